// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/annotation.h"
#include "util/result.h"

#include <QHash>
#include <QList>
#include <QUndoCommand>

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

    // The first run, before the command is on the stack.
    Result<void> firstRun();
    qint64 articleId() const { return m_articleId; }

protected:
    virtual Result<void> apply() = 0;
    virtual Result<void> revert() = 0;
    // Tells the views what changed, after each commit.
    virtual void notify();

    ProjectSession *m_session;
    qint64 m_articleId = 0;

private:
    Result<void> inTransaction(bool forward);
    bool m_applied = false; // the change is in the project file
};

class AddAnnotationCommand : public SessionCommand
{
public:
    // children (a quote's speaker) are stored under the annotation in the same step.
    AddAnnotationCommand(ProjectSession *session, const Annotation &annotation,
        const QList<Annotation> &children = {});
    qint64 annotationId() const { return m_annotation.id; }

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

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    qint64 m_id;
    QList<Annotation> m_removed; // the annotation and its children (a quote's cue and speaker)
};

// Gives a quote another speaker (entity 0: none): its Speaker records are replaced by one
// manual record, named where the article mentions the entity nearest to the quote.
class SetSpeakerCommand : public SessionCommand
{
public:
    SetSpeakerCommand(ProjectSession *session, qint64 quoteId, qint64 entityId);
    Result<void> load();

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

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    ReviewStatus m_status;
    QHash<qint64, QPair<ReviewStatus, QString>> m_before; // id -> status and analyst before
    QList<qint64> m_ids;
};

class SetNoteCommand : public SessionCommand
{
public:
    SetNoteCommand(ProjectSession *session, qint64 id, const QString &note);
    Result<void> load();
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override; // typing in a note is one undo step

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    qint64 m_annotationId;
    QString m_before;
    QString m_after;
};

class SetSpanCommand : public SessionCommand
{
public:
    SetSpanCommand(ProjectSession *session, qint64 id, const TextSpan &span);
    Result<void> load();

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    qint64 m_annotationId;
    TextSpan m_before;
    TextSpan m_after;
};

} // namespace Parallax
