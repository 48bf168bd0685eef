// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarymodel.h"

#include "storage/project.h"

#include <QFont>

using namespace Qt::StringLiterals;

namespace Parallax {
namespace {
// Internal ids: 0 for story rows, story row + 1 for article rows (their parent's row).
constexpr quintptr kStoryRow = 0;
} // namespace

LibraryModel::LibraryModel(QObject *parent)
    : RowUpdates(parent)
{ }

void LibraryModel::setListing(QList<StoryListing> listing)
{
    const bool sameStories = !m_listing.isEmpty() && listing.size() == m_listing.size()
        && std::equal(listing.cbegin(), listing.cend(), m_listing.cbegin(),
            [](const StoryListing &a, const StoryListing &b) { return a.story.id == b.story.id; });
    if (sameStories) {
        for (int s = 0; s < m_listing.size(); ++s) {
            const QModelIndex story = index(s, 0);
            const qsizetype count = m_listing[s].articles.size();
            updateRows(
                m_listing[s].articles, std::move(listing[s].articles),
                [](const ArticleSummary &a) { return a.id; }, story);
            // The story's row shows its name and how many articles it has.
            if (m_listing[s].story == listing[s].story && m_listing[s].articles.size() == count)
                continue;
            m_listing[s].story = std::move(listing[s].story);
            Q_EMIT dataChanged(story, story.siblingAtColumn(ColumnCount - 1));
        }
        return;
    }
    beginResetModel();
    m_listing = std::move(listing);
    endResetModel();
}

void LibraryModel::setProject(Project *project)
{
    m_project = project;
    m_counts.clear();
    m_toReview.reset();
    m_countsRead = 0;
}

void LibraryModel::countsChanged()
{
    const bool filtered = m_toReview.has_value();
    m_toReview.reset();
    if (!m_project)
        return;
    const QHash<qint64, ArticleCounts> shown = std::exchange(m_counts, {});
    if (shown.isEmpty() && !filtered)
        return;
    // Only the rows whose counts were read can show stale ones; the others read theirs when
    // they come into view. A filter on what is left to review looks at every row again.
    for (int s = 0; s < m_listing.size(); ++s) {
        const auto &articles = m_listing[s].articles;
        const QModelIndex story = index(s, 0);
        int from = -1;
        for (int a = 0; a <= articles.size(); ++a) {
            const bool stale = a < articles.size() && (filtered || shown.contains(articles[a].id));
            if (stale && from < 0)
                from = a;
            if (!stale && from >= 0) {
                Q_EMIT dataChanged(
                    index(from, WordsColumn, story), index(a - 1, ColumnCount - 1, story));
                from = -1;
            }
        }
    }
}

const ArticleCounts *LibraryModel::countsAt(const QModelIndex &articleRow) const
{
    const auto &articles = m_listing[int(articleRow.internalId() - 1)].articles;
    const qint64 id = articles[articleRow.row()].id;
    if (auto it = m_counts.constFind(id); it != m_counts.constEnd())
        return &it.value();
    // The page of the story's articles around the row, those not read yet, in one query. The
    // cache is bounded: scrolling through a whole archive starts it again.
    constexpr qsizetype kMostKept = 20'000;
    if (m_counts.size() > kMostKept)
        m_counts.clear();
    const int first = articleRow.row() - articleRow.row() % kPageSize;
    const int last = std::min(int(articles.size()), first + kPageSize);
    QList<qint64> ids;
    for (int a = first; a < last; ++a) {
        if (!m_counts.contains(articles[a].id))
            ids.append(articles[a].id);
    }
    auto read = ArticleStore(*m_project).counts(ids);
    if (!read)
        qWarning("library: %s", qPrintable(read.error())); // shown as none until the next edit
    m_countsRead += ids.size();
    for (qint64 article : std::as_const(ids))
        m_counts.insert(article, read ? read->value(article) : ArticleCounts {});
    return &m_counts[id];
}

qsizetype LibraryModel::articleCount(qint64 storyId) const
{
    qsizetype count = 0;
    for (const StoryListing &story : m_listing) {
        if (storyId <= 0 || story.story.id == storyId)
            count += story.articles.size();
    }
    return count;
}

QModelIndex LibraryModel::indexForArticle(qint64 articleId, qint64 storyId) const
{
    for (int s = 0; s < m_listing.size(); ++s) {
        if (storyId >= 0 && m_listing[s].story.id != storyId)
            continue;
        const auto &articles = m_listing[s].articles;
        for (int a = 0; a < articles.size(); ++a) {
            if (articles[a].id == articleId)
                return createIndex(a, 0, quintptr(s) + 1);
        }
    }
    return {};
}

QModelIndex LibraryModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kStoryRow);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex LibraryModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kStoryRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kStoryRow);
}

int LibraryModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_listing.size());
    if (parent.internalId() == kStoryRow && parent.column() == 0)
        return int(m_listing[parent.row()].articles.size());
    return 0;
}

int LibraryModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant LibraryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kStoryRow) {
        const StoryListing &story = m_listing[index.row()];
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() != TitleColumn)
                return {};
            return u"%1 — %2"_s.arg(
                story.story.id == 0 ? tr("Articles in no story") : story.story.name,
                tr("%n article(s)", nullptr, int(story.articles.size())));
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        case Roles::StoryId:
            return story.story.id;
        case Roles::IsStory:
            return true;
        default:
            return {};
        }
    }
    const ArticleSummary &a = m_listing[int(index.internalId() - 1)].articles[index.row()];
    if (role == Roles::ToReview) {
        if (!m_project)
            return a.proposals > 0;
        if (!m_toReview) {
            auto read = ArticleStore(*m_project).articlesToReview();
            m_toReview = read ? std::move(read).value() : QSet<qint64> {};
        }
        return m_toReview->contains(a.id);
    }
    const bool counted = index.column() > WordsColumn || role == Qt::ToolTipRole;
    const ArticleCounts *read
        = m_project && counted && (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        ? countsAt(index)
        : nullptr;
    const ArticleCounts c
        = read ? *read : ArticleCounts {a.entities, a.quotes, a.tags, a.notes, a.proposals};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return a.title;
        case OutletColumn:
            return a.outlet;
        case DateColumn:
            return a.published.left(10);
        case WordsColumn:
            return a.wordCount;
        case EntitiesColumn:
            return c.entities;
        case QuotesColumn:
            return c.quotes;
        case TagsColumn:
            return c.tags;
        case NotesColumn:
            return c.notes;
        case ReviewColumn:
            return c.proposals;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return tr(
            "%1\n%2 · %3 · %n word(s)\n%4 entities, %5 quotes, %6 tags, %7 notes, %8 to review",
            nullptr, a.wordCount)
            .arg(a.title, a.outlet, a.published.left(10))
            .arg(c.entities)
            .arg(c.quotes)
            .arg(c.tags)
            .arg(c.notes)
            .arg(c.proposals);
    case Qt::TextAlignmentRole:
        return index.column() >= WordsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                             : QVariant();
    case Roles::ArticleId:
        return a.id;
    case Roles::StoryId:
        return m_listing[int(index.internalId() - 1)].story.id;
    case Roles::IsStory:
        return false;
    default:
        return {};
    }
}

QVariant LibraryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case OutletColumn:
        return tr("Outlet");
    case DateColumn:
        return tr("Date");
    case WordsColumn:
        return tr("Words");
    case EntitiesColumn:
        return tr("Entities");
    case QuotesColumn:
        return tr("Quotes");
    case TagsColumn:
        return tr("Tags");
    case NotesColumn:
        return tr("Notes");
    case ReviewColumn:
        return tr("To review");
    default:
        return {};
    }
}

} // namespace Parallax
