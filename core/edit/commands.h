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
    AddAnnotationCommand(ProjectSession *session, const Annotation &annotation);
    qint64 annotationId() const { return m_annotation.id; }

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    Annotation m_annotation; // keeps its row id once stored, so redo restores the same row
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
