// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitycommands.h"

#include "edit/projectsession.h"
#include "storage/annotationstore.h"
#include "storage/entitystore.h"
#include "storage/project.h"

using namespace Qt::StringLiterals;

namespace Parallax {
namespace {

EntityStore store(ProjectSession *session)
{
    return EntityStore(session->project());
}

} // namespace

// --- update

UpdateEntityCommand::UpdateEntityCommand(
    ProjectSession *session, const EntityRecord &before, const EntityRecord &after)
    : SessionCommand(session,
        before.name != after.name ? QObject::tr("Rename entity") : QObject::tr("Edit entity"))
    , m_before(before)
    , m_after(after)
{
    m_articleId = -1;
}

Result<void> UpdateEntityCommand::apply()
{
    return expectChanged(store(m_session).update(m_after), 1);
}

Result<void> UpdateEntityCommand::revert()
{
    return expectChanged(store(m_session).update(m_before), 1);
}

Result<bool> UpdateEntityCommand::rowsPresent() const
{
    return allPresent(store(m_session).countExisting({m_after.id}), 1);
}

void UpdateEntityCommand::notify()
{
    Q_EMIT m_session->entitiesChanged();
    Q_EMIT m_session->annotationsChanged(-1);
}

// --- merge

MergeEntitiesCommand::MergeEntitiesCommand(
    ProjectSession *session, qint64 keepId, qint64 absorbedId)
    : SessionCommand(session, QObject::tr("Merge entities"))
{
    m_keep.id = keepId;
    m_absorbed.id = absorbedId;
    m_articleId = -1;
}

Result<void> MergeEntitiesCommand::load()
{
    if (m_keep.id == m_absorbed.id)
        return Error {u"an entity cannot be merged with itself"_s};
    auto keep = store(m_session).entity(m_keep.id);
    if (!keep)
        return Error {keep.error()};
    auto absorbed = store(m_session).entity(m_absorbed.id);
    if (!absorbed)
        return Error {absorbed.error()};
    m_keep = keep.value();
    m_absorbed = absorbed.value();
    auto moved = store(m_session).annotationsOf(m_absorbed.id);
    if (!moved)
        return Error {moved.error()};
    m_moved = moved.value();
    return {};
}

Result<void> MergeEntitiesCommand::apply()
{
    EntityStore s = store(m_session);
    if (auto r = expectChanged(s.setAnnotationEntity(m_moved, m_keep.id), m_moved.size()); !r)
        return r;
    EntityRecord merged = m_keep;
    for (const QString &alias : QStringList {m_absorbed.name} + m_absorbed.aliases) {
        if (!merged.aliases.contains(alias))
            merged.aliases.append(alias);
    }
    if (auto r = expectChanged(s.update(merged), 1); !r)
        return r;
    return expectChanged(s.remove(m_absorbed.id), 1);
}

Result<void> MergeEntitiesCommand::revert()
{
    EntityStore s = store(m_session);
    if (auto r = s.insert(m_absorbed); !r)
        return Error {r.error()};
    if (auto r = expectChanged(s.setAnnotationEntity(m_moved, m_absorbed.id), m_moved.size()); !r)
        return r;
    return expectChanged(s.update(m_keep), 1);
}

// Both entities and every moved mention are there while the merge is undone; once it is done
// the absorbed entity is gone.
Result<bool> MergeEntitiesCommand::rowsPresent() const
{
    EntityStore s = store(m_session);
    auto keep = allPresent(s.countExisting({m_keep.id}), 1);
    auto absorbed = allPresent(s.countExisting({m_absorbed.id}), 1);
    auto moved
        = allPresent(AnnotationStore(m_session->project()).countExisting(m_moved), m_moved.size());
    for (const auto *r : {&keep, &absorbed, &moved}) {
        if (!*r)
            return *r;
    }
    return keep.value() && moved.value() && absorbed.value() != isApplied();
}

void MergeEntitiesCommand::notify()
{
    Q_EMIT m_session->entitiesChanged();
    Q_EMIT m_session->annotationsChanged(-1);
}

// --- split

SplitMentionCommand::SplitMentionCommand(ProjectSession *session, qint64 annotationId)
    : SessionCommand(session, QObject::tr("Split mention off"))
    , m_annotationId(annotationId)
{ }

Result<void> SplitMentionCommand::load()
{
    auto a = AnnotationStore(m_session->project()).annotation(m_annotationId);
    if (!a)
        return Error {a.error()};
    if (a->entityId <= 0)
        return Error {u"this mention belongs to no entity"_s};
    auto old = store(m_session).entity(a->entityId);
    if (!old)
        return Error {old.error()};
    m_articleId = a->articleId;
    m_oldEntityId = a->entityId;
    m_created.storyId = old->storyId;
    m_created.type = old->type;
    m_created.name = a->span.exact.simplified();
    m_created.aliases = {m_created.name};
    return {};
}

Result<void> SplitMentionCommand::apply()
{
    EntityStore s = store(m_session);
    auto id = s.insert(m_created);
    if (!id)
        return Error {id.error()};
    m_created.id = id.value();
    return expectChanged(s.setAnnotationEntity({m_annotationId}, m_created.id), 1);
}

Result<void> SplitMentionCommand::revert()
{
    EntityStore s = store(m_session);
    if (auto r = expectChanged(s.setAnnotationEntity({m_annotationId}, m_oldEntityId), 1); !r)
        return r;
    return expectChanged(s.remove(m_created.id), 1);
}

Result<bool> SplitMentionCommand::rowsPresent() const
{
    auto mention
        = allPresent(AnnotationStore(m_session->project()).countExisting({m_annotationId}), 1);
    auto old = allPresent(store(m_session).countExisting({m_oldEntityId}), 1);
    if (!mention)
        return mention;
    if (!old)
        return old;
    return mention.value() && old.value();
}

void SplitMentionCommand::notify()
{
    Q_EMIT m_session->entitiesChanged();
    Q_EMIT m_session->annotationsChanged(m_articleId);
}

// --- code book

TagCommand::TagCommand(ProjectSession *session, Action action, const Tag &tag)
    : SessionCommand(session,
        action == Action::Add          ? QObject::tr("Add tag %1").arg(tag.name)
            : action == Action::Remove ? QObject::tr("Remove tag")
                                       : QObject::tr("Change tag %1").arg(tag.name))
    , m_action(action)
    , m_after(tag)
{
    m_articleId = -1;
}

Result<void> TagCommand::load()
{
    if (m_action == Action::Add)
        return {};
    EntityStore s = store(m_session);
    auto before = s.tag(m_after.id);
    if (!before)
        return Error {before.error()};
    m_before = before.value();
    if (m_action == Action::Update) {
        // Nesting a tag under one of its own descendants would make a loop.
        auto all = s.tags();
        if (!all)
            return Error {all.error()};
        for (qint64 parent = m_after.parentId; parent > 0;) {
            if (parent == m_after.id)
                return Error {u"a tag cannot be nested inside itself"_s};
            const auto it = std::find_if(
                all->cbegin(), all->cend(), [parent](const Tag &t) { return t.id == parent; });
            parent = it == all->cend() ? 0 : it->parentId;
        }
        return {};
    }
    auto all = s.tags();
    if (!all)
        return Error {all.error()};
    m_subtree = {m_before};
    for (qsizetype i = 0; i < m_subtree.size(); ++i) {
        for (const Tag &t : all.value()) {
            if (t.parentId == m_subtree[i].id)
                m_subtree.append(t);
        }
    }
    for (const Tag &t : std::as_const(m_subtree)) {
        auto annotations = s.annotationsTagged(t.id);
        if (!annotations)
            return Error {annotations.error()};
        for (qint64 id : std::as_const(annotations.value()))
            m_users.append({id, t.id});
        auto items = s.reviewItemsTagged(t.id);
        if (!items)
            return Error {items.error()};
        for (qint64 id : std::as_const(items.value()))
            m_reviewUsers.append({id, t.id});
    }
    return {};
}

Result<void> TagCommand::apply()
{
    EntityStore s = store(m_session);
    switch (m_action) {
    case Action::Add: {
        auto id = s.insertTag(m_after);
        if (!id)
            return Error {id.error()};
        m_after.id = id.value();
        return {};
    }
    case Action::Update:
        return expectChanged(s.updateTag(m_after), 1);
    case Action::Remove: // nested tags go with it; annotations lose the tag
        return expectChanged(s.removeTag(m_before.id), 1);
    }
    return {};
}

Result<void> TagCommand::revert()
{
    EntityStore s = store(m_session);
    switch (m_action) {
    case Action::Add:
        return expectChanged(s.removeTag(m_after.id), 1);
    case Action::Update:
        return expectChanged(s.updateTag(m_before), 1);
    case Action::Remove: {
        for (const Tag &t : std::as_const(m_subtree)) {
            if (auto r = s.insertTag(t); !r)
                return Error {r.error()};
        }
        for (const auto &[annotation, tag] : std::as_const(m_users)) {
            if (auto r = s.setAnnotationTag(annotation, tag); !r)
                return r;
        }
        for (const auto &[item, tag] : std::as_const(m_reviewUsers)) {
            if (auto r = s.setReviewItemTag(item, tag); !r)
                return r;
        }
        return {};
    }
    }
    return {};
}

void TagCommand::notify()
{
    Q_EMIT m_session->codeBookChanged();
    Q_EMIT m_session->annotationsChanged(-1);
    if (!m_reviewUsers.isEmpty())
        Q_EMIT m_session->reviewItemsChanged(-1);
}

} // namespace Parallax
