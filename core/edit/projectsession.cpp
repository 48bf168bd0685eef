// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectsession.h"

#include "edit/commands.h"
#include "edit/entitycommands.h"
#include "edit/reviewcommands.h"
#include "jobs/proposalrevision.h"
#include "jobs/storycomparison.h"
#include "model/anchoring.h"
#include "model/quotespeaker.h"
#include "storage/accounts.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/entitystore.h"
#include "storage/project.h"
#include "util/textoffsets.h"

#include <QDir>
#include <QHash>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parallax {

ProjectSession::ProjectSession(std::unique_ptr<Project> project, QObject *parent)
    : QObject(parent)
    , m_project(std::move(project))
    , m_undoStack(new QUndoStack(this))
    , m_changeWatch(new QTimer(this))
{
    m_dataVersion = m_project->dataVersion();
    connect(m_changeWatch, &QTimer::timeout, this, &ProjectSession::checkForChanges);
    // The notifications come through this thread's event loop, where the session lives. An
    // import elsewhere commits batch after batch: the views read the project again once per
    // burst, a quarter of a second after its first commit, not once per commit.
    if (m_project->watchChanges(this, [this] {
            if (!m_changeWatch->isActive())
                m_changeWatch->start();
        })) {
        m_watch = ChangeWatch::Notification;
        m_changeWatch->setSingleShot(true);
        m_changeWatch->setInterval(250);
        return;
    }
    m_changeWatch->setInterval(1000);
    m_changeWatch->start();
}

ProjectSession::~ProjectSession()
{
    // Commands refer to the session; they go before the project closes.
    m_undoStack->clear();
}

void ProjectSession::reportError(const QString &message)
{
    Q_EMIT errorOccurred(message);
}

void ProjectSession::commandFailed(const SessionCommand *command, Step step, const QString &message)
{
    // The command, or the macro holding it, on the stack.
    int position = -1;
    const QUndoCommand *entry = nullptr;
    for (int i = 0; position < 0 && i < m_undoStack->count(); ++i) {
        entry = m_undoStack->command(i);
        bool holds = entry == command;
        for (int child = 0; !holds && child < entry->childCount(); ++child)
            holds = entry->child(child) == command;
        if (holds)
            position = i;
    }
    // Both happen once QUndoStack has moved its index (a message box's event loop must not run
    // in between). A failed undo leaves the step done, a failed redo leaves it undone; moving
    // back runs the macro's other commands again, the one that failed does nothing.
    const int index = step == Step::Undo ? position + 1 : position;
    QMetaObject::invokeMethod(
        this,
        [this, entry, position, index, message] {
            if (position >= 0 && position < m_undoStack->count()
                && m_undoStack->command(position) == entry)
                m_undoStack->setIndex(index);
            Q_EMIT errorOccurred(message);
        },
        Qt::QueuedConnection);
}

void ProjectSession::historyInvalid(const QString &message)
{
    // Queued: the failing command is running inside QUndoStack::undo() or redo().
    QMetaObject::invokeMethod(
        this,
        [this, message] {
            m_undoStack->clear();
            Q_EMIT errorOccurred(tr("%1\nThe undo history was cleared.").arg(message));
        },
        Qt::QueuedConnection);
}

void ProjectSession::conflictFound(const SessionCommand *command, Step step, const QString &message)
{
    commandFailed(command, step, message);
    reloadSoon();
}

void ProjectSession::reloadSoon()
{
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_dataVersion = m_project->dataVersion();
            dropStaleHistory();
            Q_EMIT changedElsewhere();
        },
        Qt::QueuedConnection);
}

void ProjectSession::checkForChanges()
{
    const qint64 version = m_project->dataVersion();
    if (version == m_dataVersion)
        return;
    m_dataVersion = version;
    dropStaleHistory();
    Q_EMIT changedElsewhere();
}

void ProjectSession::dropStaleHistory()
{
    int stale = 0;
    const auto check = [&stale](const QUndoCommand *entry) {
        // The stack holds session commands and macros of them.
        const auto *command = dynamic_cast<const SessionCommand *>(entry);
        if (!command)
            return;
        auto present = command->rowsPresent();
        if (!present || !present.value())
            ++stale;
    };
    for (int i = 0; i < m_undoStack->count(); ++i) {
        const QUndoCommand *entry = m_undoStack->command(i);
        check(entry);
        for (int child = 0; child < entry->childCount(); ++child)
            check(entry->child(child));
    }
    if (stale == 0)
        return;
    m_undoStack->clear();
    Q_EMIT noticed(tr("The undo history was cleared: %n step(s) referred to annotations or "
                      "review items that were replaced since (by annotating or comparing again, "
                      "or by another program).",
        nullptr, stale));
}

Result<void> ProjectSession::push(SessionCommand *command)
{
    std::unique_ptr<SessionCommand> owned(command);
    // Asked (once) before the step runs, never while its transaction is open.
    analyst();
    if (m_project->isReadOnly())
        return Error {tr("%1: the project is read-only; changes cannot be saved")
                          .arg(QDir::toNativeSeparators(m_project->path()))};
    m_project->setAnalyst(m_analyst);
    if (auto r = owned->firstRun(); !r) {
        if (owned->hadConflict())
            reloadSoon();
        return r;
    }
    m_undoStack->push(owned.release());
    return {};
}

const QString &ProjectSession::analyst()
{
    if (m_analyst.isEmpty() && m_resolver)
        m_analyst = m_resolver();
    return m_analyst;
}

Result<qint64> ProjectSession::addAnnotation(Annotation annotation)
{
    annotation.id = 0;
    annotation.origin = Origin::Manual;
    annotation.analyst = analyst();
    annotation.status = ReviewStatus::Accepted;
    // A quote's entity is its speaker, stored as the quote's Speaker record like every other.
    QList<Annotation> children;
    if (annotation.kind == AnnotationKind::Quote && annotation.entityId != 0) {
        auto article = AnnotationStore(*m_project)
                           .forArticle(annotation.articleId, {}, AnnotationStore::Verify::No);
        if (!article)
            return Error {article.error()};
        Annotation speaker = QuoteSpeaker::make(annotation, annotation.entityId,
            QuoteSpeaker::nearestMention(annotation, annotation.entityId, article.value()));
        speaker.origin = Origin::Manual;
        speaker.analyst = annotation.analyst;
        speaker.status = ReviewStatus::Accepted;
        children.append(speaker);
        annotation.entityId = 0;
    }
    auto *command = new AddAnnotationCommand(this, annotation, children);
    Revisable revisable;
    if (annotation.kind == AnnotationKind::Entity) {
        // A name marked by hand is a decision: its repeats follow it.
        if (auto all = articleAnnotations(annotation.articleId)) {
            all->append(annotation);
            revisable.after.insert(annotation.articleId, all.value());
            revisable.decided[annotation.articleId].append(annotation.span);
        }
    }
    if (auto r = pushDecision(command, revisable); !r)
        return Error {r.error()};
    return command->annotationId();
}

Result<void> ProjectSession::removeAnnotation(qint64 id, int readVersion)
{
    auto command = std::make_unique<RemoveAnnotationCommand>(this, id);
    if (auto r = command->load(); !r)
        return r;
    command->setReadVersion(readVersion);
    return push(command.release());
}

Result<void> ProjectSession::setSpeaker(qint64 quoteId, qint64 entityId)
{
    auto command = std::make_unique<SetSpeakerCommand>(this, quoteId, entityId);
    if (auto r = command->load(); !r)
        return r;
    return push(command.release());
}

Result<void> ProjectSession::setStatus(
    const QList<qint64> &ids, ReviewStatus status, const QHash<qint64, int> &readVersions)
{
    if (ids.isEmpty())
        return {};
    auto command = std::make_unique<SetStatusCommand>(this, ids, status);
    if (auto r = command->load(); !r)
        return r;
    command->setReadVersions(readVersions);
    Revisable revisable;
    if (status != ReviewStatus::Proposed) {
        AnnotationStore store(*m_project);
        const QSet<qint64> chosen(ids.cbegin(), ids.cend());
        for (const qint64 id : ids) {
            auto a = store.annotation(id);
            if (!a || a->kind != AnnotationKind::Entity || a->status == status)
                continue;
            if (!revisable.after.contains(a->articleId)) {
                auto all = articleAnnotations(a->articleId);
                if (!all)
                    continue;
                for (Annotation &each : all.value()) {
                    if (chosen.contains(each.id))
                        each.status = status;
                }
                revisable.after.insert(a->articleId, all.value());
            }
            revisable.decided[a->articleId].append(a->span);
        }
    }
    return pushDecision(command.release(), revisable);
}

Result<void> ProjectSession::setQuoteKind(qint64 quoteId, QuoteKind kind, int readVersion)
{
    auto quote = AnnotationStore(*m_project).annotation(quoteId);
    if (!quote)
        return Error {quote.error()};
    if (quote->kind != AnnotationKind::Quote)
        return Error {tr("Only a quote has a kind.")};
    if (quote->label == enumName(kind))
        return {};
    auto command = std::make_unique<SetTextCommand>(
        this, quoteId, SetTextCommand::Field::Label, enumName(kind), tr("Set quote kind"));
    if (auto r = command->load(); !r)
        return r;
    command->setReadVersion(readVersion);
    return push(command.release());
}

Result<qint64> ProjectSession::quoteSpeaker(qint64 quoteId)
{
    auto rows = AnnotationStore(*m_project).withChildren(quoteId);
    if (!rows)
        return Error {rows.error()};
    const auto speakers = QuoteSpeaker::speakerOfQuote(rows.value());
    const auto it = speakers.constFind(quoteId);
    return it == speakers.constEnd() ? 0 : rows->at(it.value()).entityId;
}

Result<void> ProjectSession::setQuoteSpeakerAndKind(
    qint64 quoteId, qint64 entityId, QuoteKind kind, int readVersion)
{
    auto speaker = quoteSpeaker(quoteId);
    if (!speaker)
        return Error {speaker.error()};
    auto quote = AnnotationStore(*m_project).annotation(quoteId);
    if (!quote)
        return Error {quote.error()};
    const bool newSpeaker = speaker.value() != entityId;
    const bool newKind = quote->label != enumName(kind);
    if (!newSpeaker)
        return newKind ? setQuoteKind(quoteId, kind, readVersion) : Result<void> {};
    if (!newKind)
        return setSpeaker(quoteId, entityId);
    return inOneStep(tr("Correct quote"), [&]() -> Result<void> {
        if (auto r = setSpeaker(quoteId, entityId); !r)
            return r;
        return setQuoteKind(quoteId, kind, readVersion);
    });
}

Result<void> ProjectSession::setNote(qint64 id, const QString &note, int readVersion)
{
    auto command = std::make_unique<SetTextCommand>(this, id, SetTextCommand::Field::Note, note);
    if (auto r = command->load(); !r)
        return r;
    command->setReadVersion(readVersion);
    return push(command.release());
}

Result<void> ProjectSession::setSpan(
    qint64 id, const QString &articleText, qsizetype start, qsizetype end, int readVersion)
{
    const CodePointMap map(articleText);
    if (start < 0 || end <= start || end > map.codePointLength())
        return Error {u"the span %1–%2 is outside the article"_s.arg(start).arg(end)};
    const TextSpan span = Anchoring::makeSpan(articleText, map, start, end);
    auto command = std::make_unique<SetSpanCommand>(this, id, span);
    if (auto r = command->load(); !r)
        return r;
    command->setReadVersion(readVersion);
    Revisable revisable;
    if (auto a = AnnotationStore(*m_project).annotation(id);
        a && a->kind == AnnotationKind::Entity) {
        if (auto all = articleAnnotations(a->articleId)) {
            for (Annotation &each : all.value()) {
                if (each.id == id)
                    each.span = span;
            }
            revisable.after.insert(a->articleId, all.value());
            revisable.decided[a->articleId].append(span);
        }
    }
    return pushDecision(command.release(), revisable);
}

Result<void> ProjectSession::updateEntity(const EntityRecord &entity)
{
    if (entity.name.trimmed().isEmpty())
        return Error {u"an entity needs a name"_s};
    auto before = EntityStore(*m_project).entity(entity.id);
    if (!before)
        return Error {before.error()};
    EntityRecord after = entity;
    after.name = entity.name.simplified();
    if (!after.aliases.contains(after.name))
        after.aliases.append(after.name);
    return push(new UpdateEntityCommand(this, before.value(), after));
}

Result<void> ProjectSession::mergeEntities(qint64 keepId, qint64 absorbedId)
{
    auto command = std::make_unique<MergeEntitiesCommand>(this, keepId, absorbedId);
    if (auto r = command->load(); !r)
        return r;
    return push(command.release());
}

Result<QList<Annotation>> ProjectSession::articleAnnotations(qint64 articleId)
{
    auto article = ArticleStore(*m_project).article(articleId);
    if (!article)
        return Error {article.error()};
    return AnnotationStore(*m_project)
        .forArticle(articleId, article->body, AnnotationStore::Verify::No);
}

Result<QString> ProjectSession::ownRowsOnly()
{
    if (!Project::isServerLocation(m_project->path()))
        return QString();
    auto me = ProjectAccounts(*m_project).current();
    if (!me)
        return Error {me.error()};
    return me->role == u"analyst"_s ? me->name : QString();
}

Result<void> ProjectSession::pushDecision(SessionCommand *decision, const Revisable &revisable)
{
    std::unique_ptr<SessionCommand> owned(decision);
    // Asked (once) before the step opens: no dialog inside an open undo step.
    analyst();
    // Read before the decision is written: the revision is worked out on the annotations as
    // they will be, so both are one step, and nothing is decoded twice.
    // One decoding per article on this thread: a bulk decision over a large story (a few
    // milliseconds an article) is left to the next Annotate rather than freeze the window.
    constexpr qsizetype kMostArticlesRevised = 16;
    const Result<QString> own
        = revisable.decided.isEmpty() ? Result<QString>(QString()) : ownRowsOnly();
    QList<ProposalRevision> revisions;
    for (auto it = revisable.decided.cbegin();
         revisable.decided.size() <= kMostArticlesRevised && it != revisable.decided.cend(); ++it) {
        auto revision
            = reviseProposals(*m_project, it.key(), revisable.after.value(it.key()), it.value());
        // No model, or an article that cannot be read: the decision alone.
        if (!revision || revision->isEmpty())
            continue;
        if (!own)
            continue;
        if (!own->isEmpty()) {
            // An analyst on a server removes only her own rows (row-level security): someone
            // else's proposal stays, and nothing is proposed over it.
            QList<Annotation> others;
            for (qsizetype i = revision->remove.size() - 1; i >= 0; --i) {
                if (revision->remove.at(i).analyst != own.value())
                    others.append(revision->remove.takeAt(i));
            }
            revision->add.removeIf([&](const Annotation &added) {
                return std::any_of(others.cbegin(), others.cend(), [&](const Annotation &o) {
                    return o.span.start < added.span.end && added.span.start < o.span.end;
                });
            });
        }
        if (!revision->isEmpty())
            revisions.append(std::move(revision).value());
    }
    if (revisions.isEmpty())
        return push(owned.release());

    m_undoStack->beginMacro(owned->text());
    auto result = push(owned.release());
    if (result) {
        for (const ProposalRevision &revision : std::as_const(revisions)) {
            bool removed = true;
            for (const Annotation &gone : revision.remove) {
                auto remove = std::make_unique<RemoveAnnotationCommand>(this, gone.id);
                if (!remove->load()) {
                    removed = false;
                    break;
                }
                remove->setReadVersion(gone.version);
                if (!push(remove.release())) {
                    removed = false;
                    break;
                }
            }
            if (!removed)
                continue;
            for (const Annotation &added : revision.add) {
                if (!push(new AddAnnotationCommand(this, added)))
                    break;
            }
        }
    }
    m_undoStack->endMacro();
    if (!result && m_undoStack->count() > 0) {
        // The decision itself failed: the step it opened holds nothing and goes.
        auto *empty = const_cast<QUndoCommand *>(m_undoStack->command(m_undoStack->index() - 1));
        if (empty && empty->childCount() == 0) {
            empty->setObsolete(true);
            m_undoStack->undo();
        }
    }
    return result;
}

Result<void> ProjectSession::inOneStep(
    const QString &text, const std::function<Result<void>()> &steps)
{
    m_undoStack->beginMacro(text);
    auto result = steps();
    m_undoStack->endMacro();
    return result;
}

Result<void> ProjectSession::mergeEntities(qint64 keepId, const QList<qint64> &absorbedIds)
{
    return inOneStep(tr("Merge %n entities", nullptr, int(absorbedIds.size() + 1)), [&] {
        for (qint64 id : absorbedIds) {
            if (auto r = mergeEntities(keepId, id); !r)
                return r;
        }
        return Result<void> {};
    });
}

Result<void> ProjectSession::setEntityType(const QList<EntityRecord> &entities, const QString &type)
{
    return inOneStep(tr("Change type"), [&] {
        for (EntityRecord e : entities) {
            e.type = type;
            if (auto r = updateEntity(e); !r)
                return r;
        }
        return Result<void> {};
    });
}

Result<qint64> ProjectSession::splitMention(qint64 annotationId)
{
    auto command = std::make_unique<SplitMentionCommand>(this, annotationId);
    if (auto r = command->load(); !r)
        return Error {r.error()};
    SplitMentionCommand *raw = command.get();
    if (auto r = push(command.release()); !r)
        return Error {r.error()};
    return raw->newEntityId();
}

Result<qint64> ProjectSession::addTag(const Tag &tag)
{
    if (tag.name.trimmed().isEmpty())
        return Error {u"a tag needs a name"_s};
    auto *command = new TagCommand(this, TagCommand::Action::Add, tag);
    if (auto r = push(command); !r)
        return Error {r.error()};
    return command->tagId();
}

QList<Tag> ProjectSession::starterCodeBook()
{
    // What media analysts look for first; colours kept apart from the entity palette's hues.
    const QList<std::pair<QString, QString>> tags {
        {tr("Framing"), u"#8e44ad"_s},
        {tr("Omission"), u"#7f8c8d"_s},
        {tr("Loaded language"), u"#c0392b"_s},
        {tr("Misattribution"), u"#16a085"_s},
        {tr("Factual claim"), u"#2c3e50"_s},
    };
    QList<Tag> result;
    for (qsizetype i = 0; i < tags.size(); ++i) {
        Tag tag;
        tag.name = tags[i].first;
        tag.color = QColor(tags[i].second);
        tag.shortcut = QString::number(i + 1);
        tag.position = int(i);
        result.append(tag);
    }
    return result;
}

Result<void> ProjectSession::addStarterCodeBook()
{
    auto existing = EntityStore(*m_project).tags();
    if (!existing)
        return Error {existing.error()};
    return inOneStep(tr("Add starter code book"), [&]() -> Result<void> {
        for (Tag tag : starterCodeBook()) {
            // A key already given to one of the analyst's own tags stays hers.
            if (std::any_of(existing->cbegin(), existing->cend(),
                    [&tag](const Tag &t) { return t.shortcut == tag.shortcut; }))
                tag.shortcut.clear();
            tag.position += int(existing->size());
            if (auto r = addTag(tag); !r)
                return Error {r.error()};
        }
        return {};
    });
}

Result<void> ProjectSession::updateTag(const Tag &tag)
{
    if (tag.name.trimmed().isEmpty())
        return Error {u"a tag needs a name"_s};
    auto command = std::make_unique<TagCommand>(this, TagCommand::Action::Update, tag);
    if (auto r = command->load(); !r)
        return r;
    return push(command.release());
}

Result<void> ProjectSession::setTagShortcut(qint64 tagId, const QString &key)
{
    auto tags = EntityStore(*m_project).tags();
    if (!tags)
        return Error {tags.error()};
    const auto tag = std::find_if(
        tags->cbegin(), tags->cend(), [tagId](const Tag &t) { return t.id == tagId; });
    if (tag == tags->cend())
        return Error {u"there is no tag %1"_s.arg(tagId)};
    return inOneStep(tr("Set tag key"), [&] {
        if (!key.isEmpty()) {
            for (Tag other : std::as_const(tags.value())) {
                if (other.shortcut == key && other.id != tagId) {
                    other.shortcut.clear();
                    if (auto r = updateTag(other); !r)
                        return r;
                }
            }
        }
        Tag changed = *tag;
        changed.shortcut = key;
        return updateTag(changed);
    });
}

Result<void> ProjectSession::removeTag(qint64 id)
{
    Tag tag;
    tag.id = id;
    auto command = std::make_unique<TagCommand>(this, TagCommand::Action::Remove, tag);
    if (auto r = command->load(); !r)
        return r;
    return push(command.release());
}

Result<void> ProjectSession::setReviewStatus(
    const QList<qint64> &ids, ReviewItemStatus status, const QHash<qint64, int> &readVersions)
{
    if (ids.isEmpty())
        return {};
    ReviewItemCommand::Change change;
    change.field = ReviewItemCommand::Field::Status;
    change.status = status;
    auto command = std::make_unique<ReviewItemCommand>(this, ids, change);
    if (auto r = command->load(); !r)
        return r;
    command->setReadVersions(readVersions);
    return push(command.release());
}

Result<void> ProjectSession::setReviewTag(
    const QList<qint64> &ids, qint64 tagId, const QHash<qint64, int> &readVersions)
{
    if (ids.isEmpty())
        return {};
    if (tagId > 0) {
        if (auto tag = EntityStore(*m_project).tag(tagId); !tag)
            return Error {tag.error()};
    }
    ReviewItemCommand::Change change;
    change.field = ReviewItemCommand::Field::Tag;
    change.tagId = std::max<qint64>(tagId, 0);
    auto command = std::make_unique<ReviewItemCommand>(this, ids, change);
    if (auto r = command->load(); !r)
        return r;
    command->setReadVersions(readVersions);
    return push(command.release());
}

Result<void> ProjectSession::setReviewNote(qint64 id, const QString &note, int readVersion)
{
    ReviewItemCommand::Change change;
    change.field = ReviewItemCommand::Field::Note;
    change.note = note;
    auto command = std::make_unique<ReviewItemCommand>(this, QList<qint64> {id}, change);
    if (auto r = command->load(); !r)
        return r;
    command->setReadVersion(readVersion);
    return push(command.release());
}

Result<RecomputeSummary> ProjectSession::recompareStory(qint64 storyId)
{
    if (m_project->isReadOnly())
        return Error {u"the project is read-only"_s};
    auto summary = compareStory(*m_project, storyId, sharedComparer());
    if (summary) {
        dropStaleHistory();
        Q_EMIT reviewItemsChanged(storyId);
    }
    return summary;
}

} // namespace Parallax
