// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "edit/commands.h"
#include "storage/librarystore.h"

#include <QList>

#include <utility>

namespace Parallax {

// The library's changes: each one undo step, written in one transaction and told to the views
// by ProjectSession::libraryChanged(). Every command holds row ids; a deletion keeps the rows it
// removed, so that undo stores them again under the same ids.
class LibraryCommand : public SessionCommand
{
public:
    using SessionCommand::SessionCommand;

protected:
    void notify() override;
};

// New metadata for one article or several (a re-import that brings a new header).
class EditArticlesCommand : public LibraryCommand
{
public:
    EditArticlesCommand(ProjectSession *session,
        const QList<std::pair<qint64, ArticleMetadata>> &after, const QString &text);
    Result<void> load();

    Result<bool> rowsPresent() const override;

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    Result<void> write(const QList<std::pair<qint64, ArticleMetadata>> &values);

    QList<std::pair<qint64, ArticleMetadata>> m_before;
    QList<std::pair<qint64, ArticleMetadata>> m_after;
};

// Articles deleted with their annotations, notes, curated layer and their part of comparisons.
class RemoveArticlesCommand : public LibraryCommand
{
public:
    RemoveArticlesCommand(ProjectSession *session, const QList<qint64> &ids);

    Result<bool> rowsPresent() const override;

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    QList<qint64> m_ids;
    QList<RowSnapshot> m_removed; // one for each id, read when the deletion runs
};

// Articles put into a story (copied: they stay where they were), or moved out of one story into
// another. Positions are kept, so undo and redo put each row back where it was.
class StoryMembershipCommand : public LibraryCommand
{
public:
    // Each article with the story it moves out of (0: a copy, or an article in no story).
    StoryMembershipCommand(ProjectSession *session,
        const QList<std::pair<qint64, qint64>> &articles, qint64 toStoryId, const QString &text);

    Result<bool> rowsPresent() const override;

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    struct Membership
    {
        qint64 storyId = 0;
        qint64 articleId = 0;
        int position = 0;
    };
    QList<std::pair<qint64, qint64>> m_articles;
    qint64 m_to;
    bool m_firstRun = true;
    QList<Membership> m_added;
    QList<Membership> m_removed;
};

// A story made of these articles (they stay in their stories as well). Undo deletes it with
// what was made of it since (a comparison), redo restores all of it under the same ids.
class NewStoryCommand : public LibraryCommand
{
public:
    NewStoryCommand(ProjectSession *session, const QString &name, const QList<qint64> &articleIds);
    qint64 storyId() const { return m_storyId; }

    Result<bool> rowsPresent() const override;

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    QString m_name;
    QList<qint64> m_articleIds;
    qint64 m_storyId = 0;
    std::optional<RowSnapshot> m_undone;
};

class RenameStoryCommand : public LibraryCommand
{
public:
    RenameStoryCommand(
        ProjectSession *session, qint64 storyId, const QString &before, const QString &after);

    Result<bool> rowsPresent() const override;

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    qint64 m_storyId;
    QString m_before;
    QString m_after;
};

// A story deleted with its entities, comparison and review; its articles stay in the project.
class RemoveStoryCommand : public LibraryCommand
{
public:
    RemoveStoryCommand(ProjectSession *session, qint64 storyId);

    Result<bool> rowsPresent() const override;

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    qint64 m_storyId;
    RowSnapshot m_removed;
};

// What the library's menus do, each one undo step on the session's stack.
namespace Library {

Result<void> editArticle(ProjectSession *session, qint64 articleId, const ArticleMetadata &after);
// Several articles' metadata at once, one step; articles whose metadata is already that are
// left out. Returns how many changed.
Result<int> updateMetadata(
    ProjectSession *session, const QList<std::pair<qint64, ArticleMetadata>> &after);
Result<void> removeArticles(ProjectSession *session, const QList<qint64> &articleIds);
// Copies into the story (the articles stay where they are as well).
Result<void> copyToStory(
    ProjectSession *session, const QList<qint64> &articleIds, qint64 toStoryId);
// Moves each article (id, the story it is in; 0: none) into the story.
Result<void> moveToStory(
    ProjectSession *session, const QList<std::pair<qint64, qint64>> &articles, qint64 toStoryId);
Result<qint64> newStory(
    ProjectSession *session, const QString &name, const QList<qint64> &articleIds);
Result<void> renameStory(ProjectSession *session, qint64 storyId, const QString &name);
Result<void> removeStory(ProjectSession *session, qint64 storyId);

} // namespace Library
} // namespace Parallax
