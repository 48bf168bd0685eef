// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/annotation.h"
#include "model/entity.h"
#include "model/labels.h"
#include "model/storedcomparison.h"
#include "storage/comparisonstore.h"
#include "util/result.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QUndoStack>

#include <functional>
#include <memory>

class QTimer;

namespace Parallax {

class Project;

// The one way the window changes a project's annotations. Each public call builds an undoable
// command holding row ids (never pointers) and pushes it; the command writes its change in one
// transaction at once, so what the analyst saw done is on disk. A bulk change is one command and
// one undo step. Undo and redo stay valid when the analyst switches articles.
class ProjectSession : public QObject
{
    Q_OBJECT

public:
    explicit ProjectSession(std::unique_ptr<Project> project, QObject *parent = nullptr);
    ~ProjectSession() override;

    Project &project() const { return *m_project; }
    QUndoStack *undoStack() const { return m_undoStack; }

    // Who is named in provenance: the analyst's name from the settings. While it is empty, the
    // first change that needs it asks the resolver (the window asks the analyst once).
    void setAnalyst(const QString &name) { m_analyst = name; }
    void setAnalystResolver(std::function<QString()> resolver) { m_resolver = std::move(resolver); }
    const QString &analyst();

    // Stores a manual annotation (origin, analyst and times are filled in). Returns its row id.
    // A quote's entityId is its speaker: stored as the quote's Speaker record (QuoteSpeaker).
    Result<qint64> addAnnotation(Annotation annotation);
    // Gives a quote another speaker, or none (entityId 0); the analyst's choice, kept when the
    // article is annotated again.
    Result<void> setSpeaker(qint64 quoteId, qint64 entityId);
    // A quote's kind: direct, partial or indirect (reported speech).
    Result<void> setQuoteKind(qint64 quoteId, QuoteKind kind, int readVersion = 0);
    // The speaker's entity (0 when none) and the kind together, one undo step; what does not
    // change is left alone.
    Result<void> setQuoteSpeakerAndKind(
        qint64 quoteId, qint64 entityId, QuoteKind kind, int readVersion = 0);
    // The entity a quote's speaker record points at; 0 when it has none.
    Result<qint64> quoteSpeaker(qint64 quoteId);
    // readVersion, where a call takes one, is the annotation's (or review item's) version as the
    // caller read it (Annotation::version): when someone else changed the row since, the edit
    // is refused with a message naming who, and the views reload. 0: as read now.
    Result<void> removeAnnotation(qint64 id, int readVersion = 0);
    // Accept or reject proposals (or put them back to proposed): one undo step for all of them.
    // readVersions, where a call takes them, are the versions the caller read by id (an id left
    // out: as read now), checked as readVersion is.
    Result<void> setStatus(
        const QList<qint64> &ids, ReviewStatus status, const QHash<qint64, int> &readVersions = {});
    Result<void> setNote(qint64 id, const QString &note, int readVersion = 0);
    // Moves a span's edges (code points); the quote and its context are taken from the text.
    Result<void> setSpan(
        qint64 id, const QString &articleText, qsizetype start, qsizetype end, int readVersion = 0);

    // Entities: rename or retype, merge two, split one mention off into an entity of its own.
    Result<void> updateEntity(const EntityRecord &entity);
    Result<void> mergeEntities(qint64 keepId, qint64 absorbedId);
    Result<qint64> splitMention(qint64 annotationId);
    // Bulk edits, each one undo step (the macro opens and closes here, never in a view); a step
    // that fails ends it, keeping the steps before it.
    Result<void> mergeEntities(qint64 keepId, const QList<qint64> &absorbedIds);
    Result<void> setEntityType(const QList<EntityRecord> &entities, const QString &type);

    // The code book: a new tag (returns its id), a changed one (name, colour, parent, shortcut),
    // or one removed with the tags nested in it.
    Result<qint64> addTag(const Tag &tag);
    // Framing, omission, loaded language, misattribution, factual claim on keys 1 to 5, in one
    // undo step; keys the project's tags already use are left off.
    Result<void> addStarterCodeBook();
    static QList<Tag> starterCodeBook();
    Result<void> updateTag(const Tag &tag);
    Result<void> removeTag(qint64 id);
    // A key belongs to one tag: the one that had it gives it up, in the same undo step.
    Result<void> setTagShortcut(qint64 tagId, const QString &key);

    // The review queue of a story's comparison: the analyst's verdict, code-book tag (0: none) or
    // note on review items, each recorded with the analyst's name and the time. A bulk change is
    // one undo step.
    Result<void> setReviewStatus(const QList<qint64> &ids, ReviewItemStatus status,
        const QHash<qint64, int> &readVersions = {});
    Result<void> setReviewTag(
        const QList<qint64> &ids, qint64 tagId, const QHash<qint64, int> &readVersions = {});
    Result<void> setReviewNote(qint64 id, const QString &note, int readVersion = 0);
    // Compares the story's articles again and stores the result, keeping the analyst's verdicts
    // (items are matched by their spans and texts). Not undoable: it changes no decision.
    Result<RecomputeSummary> recompareStory(qint64 storyId);

    // Tells the views that the story's comparison was stored on another connection (a worker's,
    // see compareStory() in jobs/storycomparison.h).
    // A job compared the story through its own connection: drops undo steps whose review items
    // it removed, and tells the views.
    void comparisonStored(qint64 storyId)
    {
        checkForChanges();
        Q_EMIT reviewItemsChanged(storyId);
    }

    // Reports a failure of a command run by undo or redo, which cannot return one.
    void reportError(const QString &message);
    // An undo or redo step could not be written (a full disk, a locked file): reports it and,
    // once the stack has moved, puts the stack back on the step, so it shows what the file holds
    // and the analyst can try again.
    enum class Step { Undo, Redo };
    void commandFailed(const class SessionCommand *command, Step step, const QString &message);
    // An undo or redo step found its rows gone: reports it and clears the undo history, whose
    // steps can no longer all be trusted to do what they say.
    void historyInvalid(const QString &message);
    // An undo or redo step found its row changed by someone else since: reports it as
    // commandFailed() does (the step stays where it was) and reloads the views.
    void conflictFound(const class SessionCommand *command, Step step, const QString &message);

    // For the commands: the versions of a row (an annotation or review item, by table) that
    // this session's own edits wrote, so that undo allows for its own later edits and refuses
    // anyone else's.
    void noteOwnVersion(int table, qint64 id, int version)
    {
        m_ownVersions[{table, id}].insert(version);
    }
    bool isOwnVersion(int table, qint64 id, int version) const
    {
        return m_ownVersions.value({table, id}).contains(version);
    }

    // How others' commits are found: a server notifies (LISTEN/NOTIFY), a file is polled once a
    // second (PRAGMA data_version).
    enum class ChangeWatch { Polling, Notification };
    ChangeWatch changeWatch() const { return m_watch; }

    // Reads whether another connection committed since the last look (a background job of this
    // window, another process): if so, drops an undo history that refers to rows that are gone
    // and emits changedElsewhere(). Runs once a second by itself; call it when a job finishes.
    void checkForChanges();

    // Runs a command made elsewhere (the curation's, edit/curationcommands.h) as one undo step.
    Result<void> execute(class SessionCommand *command) { return push(command); }

Q_SIGNALS:
    // An article's annotations changed (added, removed, reviewed, moved); -1: several.
    void annotationsChanged(qint64 articleId);
    // The articles whose annotations a step changed, each named, undo and redo included: what
    // the project's entity model follows (jobs/learningqueue.h).
    void articlesEdited(const QList<qint64> &articleIds);
    // An article's curated layer changed.
    void curatedChanged(qint64 articleId);
    void entitiesChanged();
    // Articles' metadata, stories or which story holds which article changed, or articles
    // were deleted or restored (edit/librarycommands.h).
    void libraryChanged();
    void codeBookChanged();
    // A story's review items changed (reviewed, or recomputed); -1: of several stories.
    void reviewItemsChanged(qint64 storyId);
    void errorOccurred(const QString &message);
    // Another connection committed to the project: a second window or process, the command line,
    // a background job. On a file polled once a second (PRAGMA data_version, no disk access), on
    // a server notified at each commit; also after an edit met someone else's (a conflict). The
    // views read the project again.
    void changedElsewhere();
    // Something the analyst should know that is no error (the undo history was cleared).
    void noticed(const QString &message);

private:
    Result<void> push(class SessionCommand *command);
    // Clears the undo history when a step's rows are no longer as it left them.
    void dropStaleHistory();
    Result<void> inOneStep(const QString &text, const std::function<Result<void>()> &steps);

    // A decision on names, with what it changes in the rest of each article
    // (jobs/proposalrevision.h): after maps an article to its annotations as they are once the
    // decision is made, decided to the spans just decided there. Pushes the decision alone when
    // the articles' open proposals stay as they are, or the decision and the revision as one
    // undo step (named as the decision). A revision that cannot be made (a server refusing to
    // remove someone else's proposal) leaves the decision made and the proposals as they were.
    struct Revisable
    {
        QHash<qint64, QList<Annotation>> after;
        QHash<qint64, QList<TextSpan>> decided;
    };
    Result<void> pushDecision(SessionCommand *decision, const Revisable &revisable);
    // The role whose rows alone this session may remove: an analyst's on a server, empty where
    // any row may be (a file, a curator, the administrator).
    Result<QString> ownRowsOnly();
    // The article's annotations as read now, for a Revisable.
    Result<QList<Annotation>> articleAnnotations(qint64 articleId);

    std::unique_ptr<Project> m_project;
    QUndoStack *m_undoStack = nullptr;
    QString m_analyst;
    std::function<QString()> m_resolver;
    // Reloads the views once the running command is done (after a conflict).
    void reloadSoon();

    QTimer *m_changeWatch = nullptr;
    ChangeWatch m_watch = ChangeWatch::Polling;
    qint64 m_dataVersion = 0;
    QHash<QPair<int, qint64>, QSet<int>> m_ownVersions;
};

} // namespace Parallax
