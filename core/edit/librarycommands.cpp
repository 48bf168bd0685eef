// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "edit/librarycommands.h"

#include "edit/projectsession.h"
#include "storage/project.h"

#include <QObject>

using namespace Qt::StringLiterals;

namespace Parallax {

void LibraryCommand::notify()
{
    Q_EMIT m_session->libraryChanged();
}

// --- metadata

EditArticlesCommand::EditArticlesCommand(ProjectSession *session,
    const QList<std::pair<qint64, ArticleMetadata>> &after, const QString &text)
    : LibraryCommand(session, text)
    , m_after(after)
{
    if (after.size() == 1)
        m_articleId = after.first().first;
}

Result<void> EditArticlesCommand::load()
{
    LibraryStore store(m_session->project());
    m_before.clear();
    for (const auto &[id, metadata] : std::as_const(m_after)) {
        auto before = store.metadata(id);
        if (!before)
            return Error {before.error()};
        m_before.append({id, before.value()});
    }
    return {};
}

Result<void> EditArticlesCommand::write(const QList<std::pair<qint64, ArticleMetadata>> &values)
{
    LibraryStore store(m_session->project());
    for (const auto &[id, metadata] : values) {
        if (auto r = expectChanged(store.setMetadata(id, metadata), 1); !r)
            return r;
    }
    return {};
}

Result<void> EditArticlesCommand::apply()
{
    return write(m_after);
}

Result<void> EditArticlesCommand::revert()
{
    return write(m_before);
}

Result<bool> EditArticlesCommand::rowsPresent() const
{
    QList<qint64> ids;
    for (const auto &value : m_after)
        ids.append(value.first);
    return allPresent(LibraryStore(m_session->project()).countArticles(ids), ids.size());
}

// --- delete articles

RemoveArticlesCommand::RemoveArticlesCommand(ProjectSession *session, const QList<qint64> &ids)
    : LibraryCommand(session, QObject::tr("Delete %n article(s)", nullptr, int(ids.size())))
    , m_ids(ids)
{ }

Result<void> RemoveArticlesCommand::apply()
{
    // Read in the transaction that deletes: what undo stores is what the deletion removed.
    LibraryStore store(m_session->project());
    m_removed.clear();
    for (qint64 id : std::as_const(m_ids)) {
        auto rows = store.articleRows(id);
        if (!rows)
            return Error {rows.error()};
        if (auto r = expectChanged(store.removeArticle(id), 1); !r)
            return r;
        m_removed.append(std::move(rows).value());
    }
    return {};
}

Result<void> RemoveArticlesCommand::revert()
{
    LibraryStore store(m_session->project());
    for (const RowSnapshot &rows : std::as_const(m_removed)) {
        if (auto r = store.restore(rows); !r)
            return r;
    }
    return {};
}

Result<bool> RemoveArticlesCommand::rowsPresent() const
{
    auto there = LibraryStore(m_session->project()).countArticles(m_ids);
    if (!there)
        return Error {there.error()};
    return there.value() == (isApplied() ? 0 : m_ids.size());
}

// --- move or copy into a story

StoryMembershipCommand::StoryMembershipCommand(ProjectSession *session,
    const QList<std::pair<qint64, qint64>> &articles, qint64 toStoryId, const QString &text)
    : LibraryCommand(session, text)
    , m_articles(articles)
    , m_to(toStoryId)
{ }

Result<void> StoryMembershipCommand::apply()
{
    LibraryStore store(m_session->project());
    if (m_firstRun) {
        // What is to do is worked out once: an article already in the story is not added
        // again, and one not in the story it is moved out of is only added.
        for (const auto &[id, from] : std::as_const(m_articles)) {
            auto inTarget = store.position(m_to, id);
            if (!inTarget)
                return Error {inTarget.error()};
            if (!inTarget->has_value()) {
                auto position = store.addToStory(m_to, id);
                if (!position)
                    return Error {position.error()};
                m_added.append({m_to, id, position.value()});
            }
            if (from == 0 || from == m_to)
                continue;
            auto inSource = store.position(from, id);
            if (!inSource)
                return Error {inSource.error()};
            if (inSource->has_value()) {
                if (auto r = expectChanged(store.removeFromStory(from, id), 1); !r)
                    return r;
                m_removed.append({from, id, *inSource.value()});
            }
        }
        m_firstRun = false;
        return {};
    }
    for (const Membership &m : std::as_const(m_added)) {
        if (auto r = store.addToStory(m.storyId, m.articleId, m.position); !r)
            return Error {r.error()};
    }
    for (const Membership &m : std::as_const(m_removed)) {
        if (auto r = expectChanged(store.removeFromStory(m.storyId, m.articleId), 1); !r)
            return r;
    }
    return {};
}

Result<void> StoryMembershipCommand::revert()
{
    LibraryStore store(m_session->project());
    for (const Membership &m : std::as_const(m_added)) {
        if (auto r = expectChanged(store.removeFromStory(m.storyId, m.articleId), 1); !r)
            return r;
    }
    for (const Membership &m : std::as_const(m_removed)) {
        if (auto r = store.addToStory(m.storyId, m.articleId, m.position); !r)
            return Error {r.error()};
    }
    return {};
}

Result<bool> StoryMembershipCommand::rowsPresent() const
{
    LibraryStore store(m_session->project());
    QList<qint64> stories {m_to};
    QList<qint64> articles;
    for (const auto &[id, from] : m_articles) {
        articles.append(id);
        if (from > 0 && !stories.contains(from))
            stories.append(from);
    }
    auto storiesThere = store.countStories(stories);
    if (!storiesThere)
        return Error {storiesThere.error()};
    auto articlesThere = store.countArticles(articles);
    if (!articlesThere)
        return Error {articlesThere.error()};
    return storiesThere.value() == stories.size() && articlesThere.value() == articles.size();
}

// --- new story

NewStoryCommand::NewStoryCommand(
    ProjectSession *session, const QString &name, const QList<qint64> &articleIds)
    : LibraryCommand(session, QObject::tr("New story \u201C%1\u201D").arg(name))
    , m_name(name)
    , m_articleIds(articleIds)
{ }

Result<void> NewStoryCommand::apply()
{
    LibraryStore store(m_session->project());
    if (m_undone)
        return store.restore(*m_undone);
    auto id = store.insertStory(Story {0, m_name, {}, {}});
    if (!id)
        return Error {id.error()};
    m_storyId = id.value();
    for (qint64 article : std::as_const(m_articleIds)) {
        if (auto r = store.addToStory(m_storyId, article); !r)
            return Error {r.error()};
    }
    return {};
}

Result<void> NewStoryCommand::revert()
{
    LibraryStore store(m_session->project());
    auto rows = store.storyRows(m_storyId);
    if (!rows)
        return Error {rows.error()};
    if (auto r = expectChanged(store.removeStory(m_storyId), 1); !r)
        return r;
    m_undone = std::move(rows).value();
    return {};
}

Result<bool> NewStoryCommand::rowsPresent() const
{
    auto there = LibraryStore(m_session->project()).countStories({m_storyId});
    if (!there)
        return Error {there.error()};
    return there.value() == (isApplied() ? 1 : 0);
}

// --- rename a story

RenameStoryCommand::RenameStoryCommand(
    ProjectSession *session, qint64 storyId, const QString &before, const QString &after)
    : LibraryCommand(session, QObject::tr("Rename story \u201C%1\u201D").arg(before))
    , m_storyId(storyId)
    , m_before(before)
    , m_after(after)
{ }

Result<void> RenameStoryCommand::apply()
{
    return expectChanged(LibraryStore(m_session->project()).renameStory(m_storyId, m_after), 1);
}

Result<void> RenameStoryCommand::revert()
{
    return expectChanged(LibraryStore(m_session->project()).renameStory(m_storyId, m_before), 1);
}

Result<bool> RenameStoryCommand::rowsPresent() const
{
    return allPresent(LibraryStore(m_session->project()).countStories({m_storyId}), 1);
}

// --- delete a story

RemoveStoryCommand::RemoveStoryCommand(ProjectSession *session, qint64 storyId)
    : LibraryCommand(session, QObject::tr("Delete story"))
    , m_storyId(storyId)
{ }

Result<void> RemoveStoryCommand::apply()
{
    LibraryStore store(m_session->project());
    auto rows = store.storyRows(m_storyId);
    if (!rows)
        return Error {rows.error()};
    if (auto r = expectChanged(store.removeStory(m_storyId), 1); !r)
        return r;
    m_removed = std::move(rows).value();
    return {};
}

Result<void> RemoveStoryCommand::revert()
{
    return LibraryStore(m_session->project()).restore(m_removed);
}

Result<bool> RemoveStoryCommand::rowsPresent() const
{
    auto there = LibraryStore(m_session->project()).countStories({m_storyId});
    if (!there)
        return Error {there.error()};
    return there.value() == (isApplied() ? 0 : 1);
}

// --- what the menus call

namespace Library {
namespace {

// A story name the analyst typed: not empty, not another story's.
Result<QString> checkedName(ProjectSession *session, const QString &typed, qint64 exceptStory)
{
    const QString name = typed.trimmed();
    if (name.isEmpty())
        return Error {QObject::tr("A story needs a name.")};
    auto existing = LibraryStore(session->project()).storyNamed(name);
    if (!existing)
        return Error {existing.error()};
    if (existing.value() != 0 && existing.value() != exceptStory)
        return Error {QObject::tr("There is already a story named \u201C%1\u201D.").arg(name)};
    return name;
}

} // namespace

Result<void> editArticle(ProjectSession *session, qint64 articleId, const ArticleMetadata &after)
{
    auto *command = new EditArticlesCommand(
        session, {{articleId, after}}, QObject::tr("Edit article \u201C%1\u201D").arg(after.title));
    if (auto r = command->load(); !r) {
        delete command;
        return r;
    }
    return session->execute(command);
}

Result<int> updateMetadata(
    ProjectSession *session, const QList<std::pair<qint64, ArticleMetadata>> &after)
{
    LibraryStore store(session->project());
    QList<std::pair<qint64, ArticleMetadata>> changed;
    for (const auto &value : after) {
        auto before = store.metadata(value.first);
        if (!before)
            return Error {before.error()};
        if (before.value() != value.second)
            changed.append(value);
    }
    if (changed.isEmpty())
        return 0;
    auto *command = new EditArticlesCommand(session, changed,
        QObject::tr("Update the metadata of %n article(s)", nullptr, int(changed.size())));
    if (auto r = command->load(); !r) {
        delete command;
        return Error {r.error()};
    }
    if (auto r = session->execute(command); !r)
        return Error {r.error()};
    return int(changed.size());
}

Result<void> removeArticles(ProjectSession *session, const QList<qint64> &articleIds)
{
    if (articleIds.isEmpty())
        return {};
    return session->execute(new RemoveArticlesCommand(session, articleIds));
}

namespace {

Result<void> intoStory(ProjectSession *session, const QList<std::pair<qint64, qint64>> &articles,
    qint64 toStoryId, bool move)
{
    if (articles.isEmpty())
        return {};
    auto story = LibraryStore(session->project()).story(toStoryId);
    if (!story)
        return Error {story.error()};
    if (!story->has_value())
        return Error {QObject::tr("There is no story %1 in this project.").arg(toStoryId)};
    const int n = int(articles.size());
    const QString text = move
        ? QObject::tr("Move %n article(s) to \u201C%1\u201D", nullptr, n).arg(story.value()->name)
        : QObject::tr("Copy %n article(s) to \u201C%1\u201D", nullptr, n).arg(story.value()->name);
    return session->execute(new StoryMembershipCommand(session, articles, toStoryId, text));
}

} // namespace

Result<void> copyToStory(ProjectSession *session, const QList<qint64> &articleIds, qint64 toStoryId)
{
    QList<std::pair<qint64, qint64>> articles;
    for (qint64 id : articleIds)
        articles.append({id, 0});
    return intoStory(session, articles, toStoryId, false);
}

Result<void> moveToStory(
    ProjectSession *session, const QList<std::pair<qint64, qint64>> &articles, qint64 toStoryId)
{
    return intoStory(session, articles, toStoryId, true);
}

Result<qint64> newStory(
    ProjectSession *session, const QString &name, const QList<qint64> &articleIds)
{
    auto checked = checkedName(session, name, 0);
    if (!checked)
        return Error {checked.error()};
    auto *command = new NewStoryCommand(session, checked.value(), articleIds);
    if (auto r = session->execute(command); !r)
        return Error {r.error()};
    return command->storyId();
}

Result<void> renameStory(ProjectSession *session, qint64 storyId, const QString &name)
{
    auto story = LibraryStore(session->project()).story(storyId);
    if (!story)
        return Error {story.error()};
    if (!story->has_value())
        return Error {QObject::tr("There is no story %1 in this project.").arg(storyId)};
    auto checked = checkedName(session, name, storyId);
    if (!checked)
        return Error {checked.error()};
    if (checked.value() == story.value()->name)
        return {};
    return session->execute(
        new RenameStoryCommand(session, storyId, story.value()->name, checked.value()));
}

Result<void> removeStory(ProjectSession *session, qint64 storyId)
{
    return session->execute(new RemoveStoryCommand(session, storyId));
}

} // namespace Library
} // namespace Parallax
