// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "edit/commands.h"
#include "model/entity.h"

namespace Parallax {

// Rename, retype or edit the aliases of an entity.
class UpdateEntityCommand : public SessionCommand
{
public:
    UpdateEntityCommand(
        ProjectSession *session, const EntityRecord &before, const EntityRecord &after);

    Result<bool> rowsPresent() const override;

protected:
    Result<void> apply() override;
    Result<void> revert() override;
    void notify() override;

private:
    EntityRecord m_before;
    EntityRecord m_after;
};

// Moves every mention of one entity to another, which takes its aliases; the first goes.
class MergeEntitiesCommand : public SessionCommand
{
public:
    MergeEntitiesCommand(ProjectSession *session, qint64 keepId, qint64 absorbedId);
    Result<void> load();

    Result<bool> rowsPresent() const override;

protected:
    Result<void> apply() override;
    Result<void> revert() override;
    void notify() override;

private:
    EntityRecord m_keep;
    EntityRecord m_absorbed;
    QList<qint64> m_moved;
};

// Gives one mention an entity of its own, named after the mention.
class SplitMentionCommand : public SessionCommand
{
public:
    SplitMentionCommand(ProjectSession *session, qint64 annotationId);
    Result<void> load();
    qint64 newEntityId() const { return m_created.id; }

    Result<bool> rowsPresent() const override;

protected:
    Result<void> apply() override;
    Result<void> revert() override;
    void notify() override;

private:
    qint64 m_annotationId;
    qint64 m_oldEntityId = 0;
    EntityRecord m_created;
};

// Adds, changes or removes a code-book tag. Removing keeps a snapshot of the tag, its nested tags
// and the annotations that used them, so undo restores all of it.
class TagCommand : public SessionCommand
{
public:
    enum class Action { Add, Update, Remove };
    TagCommand(ProjectSession *session, Action action, const Tag &tag);
    Result<void> load();
    qint64 tagId() const { return m_after.id; }

protected:
    Result<void> apply() override;
    Result<void> revert() override;
    void notify() override;

private:
    Action m_action;
    Tag m_before;
    Tag m_after;
    QList<Tag> m_subtree; // Remove: the tag and its descendants, parents first
    QList<QPair<qint64, qint64>> m_users; // Remove: annotation id -> tag id
    QList<QPair<qint64, qint64>> m_reviewUsers; // Remove: review item id -> tag id
};

} // namespace Parallax
