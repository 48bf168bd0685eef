// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/annotation.h"
#include "util/result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QUndoCommand>

#include <functional>

namespace Parallax {

class ProjectSession;

// A change to a project that can be undone. apply() runs in one transaction; when it fails on
// the first run the command is not pushed and the error reaches the caller.
class SessionCommand : public QUndoCommand
{
public:
    SessionCommand(ProjectSession *session, const QString &text);

    void redo() final;
    void undo() final;

    // The tables whose rows carry a version (Annotation::version, ReviewItem::version).
    enum class Row { Annotation, ReviewItem };

    // The first run, before the command is on the stack.
    Result<void> firstRun();
    qint64 articleId() const { return m_articleId; }
    // The articles whose annotations the command changes (none for a change of entities, tags
    // or review items): after each commit the session names them (ProjectSession::articlesEdited).
    virtual QList<qint64> articleIds() const
    {
        return m_articleId > 0 ? QList<qint64> {m_articleId} : QList<qint64> {};
    }
    bool isApplied() const { return m_applied; }
    // The last run found its row changed by someone else since it was read (the error names who).
    bool hadConflict() const { return m_conflict; }

    // Whether the rows the next undo or redo changes are still there as this command left them.
    // A re-annotation, a re-comparison or another program may have replaced them since.
    virtual Result<bool> rowsPresent() const { return true; }

protected:
    virtual Result<void> apply() = 0;
    virtual Result<void> revert() = 0;
    // Tells the views what changed, after each commit.
    virtual void notify();

    // Checks that a write by row id changed as many rows as it meant to. Fewer means the rows
    // are gone: the command cannot do what its text says, so it fails (and the session drops
    // the undo history) instead of reporting a success it did not have.
    Result<void> expectChanged(const Result<int> &changed, qsizetype expected);
    // The same for a count of existing rows.
    static Result<bool> allPresent(const Result<int> &existing, qsizetype expected);
    // SQLite gives the id of a deleted row to the next row inserted: an annotation is the one
    // the command was made for only if it was created at the same moment. A re-annotation that
    // replaces a proposal can hand its id to a new one.
    Result<bool> sameAnnotations(const QHash<qint64, QDateTime> &created) const;
    // The same as a precondition of a write: fails, as expectChanged() does, when one is not.
    Result<void> expectSameAnnotations(const QHash<qint64, QDateTime> &created);
    // A write that checked the version it read (AnnotationStore's, ComparisonStore's): nothing
    // changed means the row is gone (as expectChanged()), or someone else changed it since, a
    // conflict; the transaction then rolls back and the error names who changed it.
    Result<void> expectVersion(const Result<int> &changed, Row row, qint64 id);
    // A write of one row that checks its version (write gets the version it must find).
    // version is what this command last knew of the row: read on the first run, then the one it
    // wrote. An undo or redo allows for the session's own later edits of the row since (steps
    // undone before it); anyone else's is a conflict. On success version is the one written
    // (the one removed, for a removal, so that undo puts the row back as it was).
    enum class Removes { No, Yes };
    Result<void> writeVersioned(Row row, qint64 id, int &version,
        const std::function<Result<int>(int expected)> &write, Removes removes = Removes::No);

    ProjectSession *m_session;
    qint64 m_articleId = 0;

private:
    Result<void> inTransaction(bool forward);
    void failed(bool forward, const QString &message);
    bool m_applied = false; // the change is in the project file
    bool m_rowsGone = false; // the last run found its rows gone
    bool m_conflict = false; // the last run found a row changed by someone else
    bool m_ranOnce = false; // the first run is over: versions are the ones this command wrote
};

class AddAnnotationCommand : public SessionCommand
{
public:
    // children (a quote's speaker) are stored under the annotation in the same step.
    AddAnnotationCommand(ProjectSession *session, const Annotation &annotation,
        const QList<Annotation> &children = {});
    qint64 annotationId() const { return m_annotation.id; }

    Result<bool> rowsPresent() const override;

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    Annotation m_annotation; // keeps its row id once stored, so redo restores the same row
    QList<Annotation> m_children; // likewise
};

class RemoveAnnotationCommand : public SessionCommand
{
public:
    RemoveAnnotationCommand(ProjectSession *session, qint64 id);
    Result<void> load();

    Result<bool> rowsPresent() const override;

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    qint64 m_id;
    QList<Annotation> m_removed; // the annotation and its children (a quote's cue and speaker)

public:
    // The version the caller read (0: the one load() reads), for the first removal.
    void setReadVersion(int version);
};

// Gives a quote another speaker (entity 0: none): its Speaker records are replaced by one
// manual record, named where the article mentions the entity nearest to the quote.
class SetSpeakerCommand : public SessionCommand
{
public:
    SetSpeakerCommand(ProjectSession *session, qint64 quoteId, qint64 entityId);
    Result<void> load();

    Result<bool> rowsPresent() const override;

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    qint64 m_quoteId;
    qint64 m_entityId;
    QList<Annotation> m_before; // the quote's Speaker records before, with their row ids
    Annotation m_after; // id 0 until first stored; unused when the quote is left without one
};

class SetStatusCommand : public SessionCommand
{
public:
    SetStatusCommand(ProjectSession *session, const QList<qint64> &ids, ReviewStatus status);
    Result<void> load();
    // The versions the caller read, by id (an id left out, or 0: the one load() reads), checked
    // by the first write.
    void setReadVersions(const QHash<qint64, int> &versions);

    Result<bool> rowsPresent() const override;
    QList<qint64> articleIds() const override { return m_articleIds; }

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    ReviewStatus m_status;
    QHash<qint64, QPair<ReviewStatus, QString>> m_before; // id -> status and analyst before
    QHash<qint64, QDateTime> m_created;
    QHash<qint64, int> m_versions; // as read, then as this command last wrote them
    QList<qint64> m_ids;
    QList<qint64> m_articleIds; // of the annotations, each once
};

// A text field of one annotation: its note (typing in a note is one undo step), or its label
// (an entity's type, a quote's kind: direct, partial, indirect).
class SetTextCommand : public SessionCommand
{
public:
    enum class Field { Note, Label };

    // text: the undo step's name (default "Edit note" or "Change label").
    SetTextCommand(ProjectSession *session, qint64 id, Field field, const QString &value,
        const QString &text = {});
    Result<void> load();
    // The version the caller read (0: the one load() reads), checked by the first write.
    void setReadVersion(int version);
    int id() const override { return m_field == Field::Note ? 1 : -1; }
    bool mergeWith(const QUndoCommand *other) override;

    Result<bool> rowsPresent() const override;

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    Result<void> write(const QString &value);

    qint64 m_annotationId;
    Field m_field;
    QHash<qint64, QDateTime> m_created;
    QString m_before;
    QString m_after;
    int m_version = 0; // as read, then as this command last wrote it
};

class SetSpanCommand : public SessionCommand
{
public:
    SetSpanCommand(ProjectSession *session, qint64 id, const TextSpan &span);
    Result<void> load();
    // The version the caller read (0: the one load() reads), checked by the first write.
    void setReadVersion(int version);

    Result<bool> rowsPresent() const override;

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    Result<void> write(const TextSpan &span);

    qint64 m_annotationId;
    QHash<qint64, QDateTime> m_created;
    TextSpan m_before;
    TextSpan m_after;
    int m_version = 0; // as read, then as this command last wrote it
};

} // namespace Parallax
