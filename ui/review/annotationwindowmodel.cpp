// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationwindowmodel.h"

#include "jobs/backgroundread.h"
#include "roles.h"
#include "storage/project.h"

#include <QSet>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace Parallax {

AnnotationWindowModel::AnnotationWindowModel(QObject *parent)
    : RowUpdates(parent)
{ }

void AnnotationWindowModel::setSource(Project *project, qint64 storyId)
{
    beginResetModel();
    m_project = project;
    m_query.storyId = storyId;
    m_query.unattributed = tr("unattributed");
    m_cache.clear();
    m_rowsRead = 0;
    endResetWithRows();
}

void AnnotationWindowModel::endResetWithRows()
{
    if (countInBackground()) {
        m_articles.clear();
        m_ends.clear();
        m_ids.clear();
        endResetModel();
        countInBackground(Apply::Reset);
        return;
    }
    readAll();
    endResetModel();
}

bool AnnotationWindowModel::isCounting() const
{
    return m_counting && m_counting->isBusy();
}

void AnnotationWindowModel::waitForCounts()
{
    while (isCounting())
        m_counting->waitForIdle();
}

void AnnotationWindowModel::stopCounting()
{
    if (!isCounting())
        return;
    m_counting->cancel();
    Q_EMIT countingChanged(false);
}

void AnnotationWindowModel::countInBackground(Apply apply)
{
    if (!m_counting)
        m_counting = new BackgroundRead(this);
    const bool wasCounting = m_counting->isBusy();
    const AnnotationStore::ListingQuery query = m_query;
    m_counting->start<QList<AnnotationStore::ArticleRows>>(
        *m_project,
        [query](Project &project) { return AnnotationStore(project).listingCounts(query); },
        [this, apply](Result<QList<AnnotationStore::ArticleRows>> &&counts) {
            Q_EMIT countingChanged(false);
            if (!counts) {
                Q_EMIT errorOccurred(counts.error());
                return;
            }
            QList<qint64> articles;
            QList<qint64> ends;
            toEnds(std::move(counts).value(), articles, ends);
            if (apply == Apply::Merge) {
                mergeCounts(std::move(articles), std::move(ends));
                return;
            }
            beginResetModel();
            m_articles = std::move(articles);
            m_ends = std::move(ends);
            m_ids = QList<qint64>(m_ends.isEmpty() ? 0 : m_ends.last(), 0);
            endResetModel();
        });
    if (!wasCounting)
        Q_EMIT countingChanged(true);
}

bool AnnotationWindowModel::byArticle() const
{
    return m_query.order == AnnotationStore::ListingQuery::Order::Text;
}

QList<qint64> AnnotationWindowModel::readIds(qint64 articleId) const
{
    if (!m_project)
        return {};
    AnnotationStore::ListingQuery query = m_query;
    if (articleId > 0)
        query.articleId = articleId;
    auto ids = AnnotationStore(*m_project).listingIds(query);
    if (!ids) {
        Q_EMIT const_cast<AnnotationWindowModel *>(this)->errorOccurred(ids.error());
        return {};
    }
    return std::move(ids).value();
}

bool AnnotationWindowModel::readCounts(QList<qint64> &articles, QList<qint64> &ends) const
{
    articles.clear();
    ends.clear();
    if (!m_project)
        return true;
    auto counts = AnnotationStore(*m_project).listingCounts(m_query);
    if (!counts) {
        Q_EMIT const_cast<AnnotationWindowModel *>(this)->errorOccurred(counts.error());
        return false;
    }
    toEnds(std::move(counts).value(), articles, ends);
    return true;
}

void AnnotationWindowModel::toEnds(
    QList<AnnotationStore::ArticleRows> rows, QList<qint64> &articles, QList<qint64> &ends) const
{
    articles.clear();
    ends.clear();
    if (m_query.descending)
        std::reverse(rows.begin(), rows.end());
    articles.reserve(rows.size());
    ends.reserve(rows.size());
    qint64 end = 0;
    for (const AnnotationStore::ArticleRows &r : std::as_const(rows)) {
        articles.append(r.articleId);
        ends.append(end += r.rows);
    }
}

void AnnotationWindowModel::readAll()
{
    stopCounting(); // what is read here is newer
    if (byArticle()) {
        readCounts(m_articles, m_ends);
        m_ids = QList<qint64>(m_ends.isEmpty() ? 0 : m_ends.last(), 0);
    } else {
        m_articles.clear();
        m_ends.clear();
        m_ids = readIds();
    }
}

QList<qint64> AnnotationWindowModel::ids() const
{
    if (byArticle() && m_ids.contains(0)) {
        QList<qint64> ids = readIds();
        if (ids.size() == m_ids.size())
            m_ids = ids; // the same rows (a change since is followed by a refresh)
        return ids;
    }
    return m_ids;
}

qint64 AnnotationWindowModel::idAt(int row) const
{
    if (m_ids.at(row) == 0)
        fetchAround(row);
    return m_ids.at(row);
}

qsizetype AnnotationWindowModel::articleAt(qsizetype row) const
{
    return std::upper_bound(m_ends.cbegin(), m_ends.cend(), row) - m_ends.cbegin();
}

void AnnotationWindowModel::refresh()
{
    if (byArticle()) {
        refreshByArticle();
        return;
    }
    QList<qint64> ids = readIds();
    // The rows may have changed under the same ids (a review, a note): read again when shown.
    m_cache.clear();
    if (ids.isEmpty() || m_ids.isEmpty()) {
        beginResetModel();
        m_ids = std::move(ids);
        endResetModel();
        return;
    }
    updateRows(m_ids, std::move(ids), [](qint64 id) { return id; });
    if (!m_ids.isEmpty())
        Q_EMIT dataChanged(
            index(0, 0), index(int(m_ids.size()) - 1, AnnotationTableModel::ColumnCount - 1));
}

void AnnotationWindowModel::refreshByArticle()
{
    if (countInBackground()) {
        // The rows read are read again at once by id (a review, a note), so that each stays
        // in its place; which rows there are follows with the counts.
        QList<qint64> read = m_cache.keys();
        m_cache.clear();
        if (read.size() <= kKeptRows / 10) {
            AnnotationTableModel::RowBuilder builder;
            if (auto r = AnnotationStore(*m_project)
                             .listing(read, AnnotationStore::Detail::Brief,
                                 [&](AnnotationListing &&listing) { builder.add(listing); });
                r) {
                m_rowsRead += r.value();
                keep(builder);
            }
        }
        if (!m_ids.isEmpty() && !m_updating)
            Q_EMIT dataChanged(
                index(0, 0), index(int(m_ids.size()) - 1, AnnotationTableModel::ColumnCount - 1));
        countInBackground(Apply::Merge);
        return;
    }
    stopCounting();
    QList<qint64> articles;
    QList<qint64> ends;
    if (!readCounts(articles, ends))
        return;
    mergeCounts(std::move(articles), std::move(ends));
}

void AnnotationWindowModel::mergeCounts(QList<qint64> articles, QList<qint64> ends)
{
    m_cache.clear(); // the rows may have changed under the same ids: read again when shown
    if (articles.isEmpty() || m_articles.isEmpty()) {
        beginResetModel();
        m_articles = std::move(articles);
        m_ends = std::move(ends);
        m_ids = QList<qint64>(m_ends.isEmpty() ? 0 : m_ends.last(), 0);
        endResetModel();
        return;
    }
    // The articles whose number of rows changed, old and new side by side, from the last row
    // up, so that a change leaves the rows before it where they were. An article's rows are
    // matched by id when the table had read them all, otherwise replaced as a whole.
    m_updating = true; // no page is read while the counts are half old, half new
    const bool descending = m_query.descending;
    const auto before = [descending](qint64 a, qint64 b) {
        return descending ? a > b : a < b;
    };
    // The articles of the rows the views hold on to (selection, current row) are matched row by
    // row even when their count stayed: one row may have gone and another come.
    QSet<qsizetype> held;
    for (const QModelIndex &index : persistentIndexList())
        held.insert(articleAt(index.row()));
    qsizetype o = m_articles.size() - 1;
    qsizetype n = articles.size() - 1;
    const auto newStart = [&](qsizetype i) {
        return i == 0 ? 0 : ends.at(i - 1);
    };
    while (o >= 0 || n >= 0) {
        qint64 article = 0;
        qsizetype oldCount = 0;
        qsizetype newCount = 0;
        qsizetype at = 0; // the article's first row in the table as it is now
        qsizetype was = -1; // its index in m_articles
        if (n < 0 || (o >= 0 && before(articles.at(n), m_articles.at(o)))) {
            article = m_articles.at(o); // gone
            was = o;
            at = startOf(o);
            oldCount = m_ends.at(o) - at;
            --o;
        } else if (o < 0 || before(m_articles.at(o), articles.at(n))) {
            article = articles.at(n); // new: its rows go after the old articles before it
            at = o < 0 ? 0 : m_ends.at(o);
            newCount = ends.at(n) - newStart(n);
            --n;
        } else {
            article = articles.at(n);
            was = o;
            at = startOf(o);
            oldCount = m_ends.at(o) - at;
            newCount = ends.at(n) - newStart(n);
            --o;
            --n;
        }
        if (oldCount == newCount && !held.contains(was))
            continue;
        QList<qint64> incoming = newCount > 0 ? readIds(article) : QList<qint64>();
        if (incoming.size() != newCount)
            incoming = QList<qint64>(newCount, 0); // changed again since: read by position
        // The rows read before that are still there stay (with their selection), if they are
        // in the same order; the others (gone, or never read) are removed, the new ones inserted.
        QList<qint64> present = m_ids.mid(at, oldCount);
        const QSet<qint64> wanted(incoming.cbegin(), incoming.cend());
        QSet<qint64> keep;
        for (qint64 id : std::as_const(present))
            if (id != 0 && wanted.contains(id))
                keep.insert(id);
        QList<qint64> keptBefore;
        QList<qint64> keptAfter;
        for (qint64 id : std::as_const(present))
            if (keep.contains(id))
                keptBefore.append(id);
        for (qint64 id : std::as_const(incoming))
            if (keep.contains(id))
                keptAfter.append(id);
        if (keptBefore != keptAfter)
            keep.clear();
        for (qsizetype i = oldCount - 1; i >= 0; --i) { // in runs from the article's end
            if (keep.contains(present.at(i)))
                continue;
            const qsizetype last = i;
            while (i > 0 && !keep.contains(present.at(i - 1)))
                --i;
            beginRemoveRows({}, int(at + i), int(at + last));
            m_ids.remove(at + i, last - i + 1);
            present.remove(i, last - i + 1);
            endRemoveRows();
        }
        for (qsizetype i = 0; i < incoming.size();) { // in runs between the rows kept
            if (i < present.size() && present.at(i) == incoming.at(i)) {
                ++i;
                continue;
            }
            qsizetype j = i;
            while (j < incoming.size() && !keep.contains(incoming.at(j)))
                ++j;
            beginInsertRows({}, int(at + i), int(at + j - 1));
            m_ids.insert(at + i, j - i, 0);
            present.insert(i, j - i, 0);
            for (qsizetype k = i; k < j; ++k)
                m_ids[at + k] = present[k] = incoming.at(k);
            endInsertRows();
            i = j;
        }
    }
    m_articles = std::move(articles);
    m_ends = std::move(ends);
    m_updating = false;
    // Rows of an article whose count stayed may have changed places: all read again by position.
    m_ids.fill(0);
    if (!m_ids.isEmpty())
        Q_EMIT dataChanged(
            index(0, 0), index(int(m_ids.size()) - 1, AnnotationTableModel::ColumnCount - 1));
}

void AnnotationWindowModel::applyFilter()
{
    if (byArticle()) {
        // Every article's count may change: the table starts over (a sorted one keeps its
        // selection, below).
        beginResetModel();
        m_cache.clear();
        endResetWithRows();
        return;
    }
    // As a filter proxy does: rows that stay keep their selection.
    QList<qint64> ids = readIds();
    if (ids.isEmpty() || m_ids.isEmpty()) {
        beginResetModel();
        m_ids = std::move(ids);
        endResetModel();
        return;
    }
    takeRows(m_ids, std::move(ids), [](qint64 id) { return id; });
}

void AnnotationWindowModel::setKind(int kind)
{
    if (std::exchange(m_query.kind, kind) != kind)
        applyFilter();
}

void AnnotationWindowModel::setStatus(int status)
{
    if (std::exchange(m_query.status, status) != status)
        applyFilter();
}

void AnnotationWindowModel::setOrigin(int origin)
{
    if (std::exchange(m_query.origin, origin) != origin)
        applyFilter();
}

void AnnotationWindowModel::setLabel(const QString &label)
{
    if (std::exchange(m_query.label, label) != label)
        applyFilter();
}

void AnnotationWindowModel::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (std::exchange(m_query.text, trimmed) != trimmed)
        applyFilter();
}

void AnnotationWindowModel::sort(int column, Qt::SortOrder order)
{
    using Order = AnnotationStore::ListingQuery::Order;
    Order by = Order::Text;
    switch (column) {
    case AnnotationTableModel::OutletColumn:
        by = Order::Source;
        break;
    case AnnotationTableModel::KindColumn:
        by = Order::Kind;
        break;
    case AnnotationTableModel::LabelColumn:
        by = Order::Label;
        break;
    case AnnotationTableModel::TextColumn:
        by = Order::Words;
        break;
    case AnnotationTableModel::SpeakerColumn:
        by = Order::Speaker;
        break;
    case AnnotationTableModel::StatusColumn:
        by = Order::Status;
        break;
    case AnnotationTableModel::OriginColumn:
        by = Order::By;
        break;
    case AnnotationTableModel::NoteColumn:
        by = Order::Note;
        break;
    case AnnotationTableModel::ConfidenceColumn:
        by = Order::Confidence;
        break;
    default:
        break;
    }
    const bool descending = by != Order::Text && order == Qt::DescendingOrder;
    if (by == m_query.order && descending == m_query.descending)
        return;
    m_query.order = by;
    m_query.descending = descending;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // The rows the views hold on to (selection, current row), found again by id.
    const QModelIndexList from = persistentIndexList();
    QList<qint64> fromIds;
    fromIds.reserve(from.size());
    QHash<qint64, int> rowOf;
    for (const QModelIndex &index : from) {
        fromIds.append(idAt(index.row()));
        rowOf.insert(fromIds.last(), -1);
    }
    QHash<qint64, qint64> articleOf; // of the rows held on to, read with them
    for (auto it = rowOf.cbegin(); it != rowOf.cend(); ++it)
        articleOf.insert(it.key(), m_cache.value(it.key()).articleId);
    readAll();
    if (byArticle()) {
        // Each article's ids read for the rows held on to, a few articles for a selection.
        QHash<qint64, QList<qint64>> idsOf;
        for (auto it = rowOf.begin(); it != rowOf.end(); ++it) {
            const qint64 article = articleOf.value(it.key());
            if (article == 0)
                continue;
            const auto found = m_query.descending
                ? std::lower_bound(
                    m_articles.cbegin(), m_articles.cend(), article, std::greater<qint64>())
                : std::lower_bound(m_articles.cbegin(), m_articles.cend(), article);
            if (found == m_articles.cend() || *found != article)
                continue;
            if (!idsOf.contains(article)) {
                if (idsOf.size() >= 200)
                    continue; // a selection across many articles is not kept
                idsOf.insert(article, readIds(article));
            }
            const qsizetype inArticle = idsOf.value(article).indexOf(it.key());
            if (inArticle >= 0)
                it.value() = int(startOf(found - m_articles.cbegin()) + inArticle);
        }
    } else {
        for (qsizetype row = 0; row < m_ids.size() && !rowOf.isEmpty(); ++row) {
            const auto it = rowOf.find(m_ids.at(row));
            if (it != rowOf.end())
                it.value() = int(row);
        }
    }
    QModelIndexList to;
    to.reserve(from.size());
    for (qsizetype i = 0; i < from.size(); ++i) {
        const int row = rowOf.value(fromIds.at(i), -1);
        if (row >= 0 && byArticle())
            m_ids[row] = fromIds.at(i);
        to.append(row < 0 ? QModelIndex() : index(row, from.at(i).column()));
    }
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

const AnnotationTableModel::Row &AnnotationWindowModel::row(int row) const
{
    static const AnnotationTableModel::Row kNone;
    qint64 id = m_ids.at(row);
    auto it = id == 0 ? m_cache.cend() : m_cache.constFind(id);
    if (it == m_cache.cend()) {
        fetchAround(row);
        id = m_ids.at(row);
        it = id == 0 ? m_cache.cend() : m_cache.constFind(id);
    }
    return it == m_cache.cend() ? kNone : it.value();
}

void AnnotationWindowModel::keep(AnnotationTableModel::RowBuilder &builder) const
{
    for (AnnotationTableModel::Row &r : builder.take()) {
        const qint64 id = r.id;
        m_cache.insert(id, std::move(r));
    }
}

void AnnotationWindowModel::fetchAround(int row) const
{
    if (!m_project || m_updating)
        return;
    const qsizetype from = (row / kPageSize) * qsizetype(kPageSize);
    const qsizetype to = std::min(from + kPageSize, m_ids.size());
    AnnotationTableModel::RowBuilder builder;
    if (byArticle()) {
        // The page's articles, and where the page starts in the first of them.
        if (m_cache.size() + (to - from) > kKeptRows)
            m_cache.clear(); // the rows in view are read again at the next paint
        const qsizetype first = articleAt(from);
        QList<qint64> articles;
        for (qsizetype a = first; a < m_articles.size() && startOf(a) < to; ++a)
            articles.append(m_articles.at(a));
        qsizetype at = from;
        auto read = AnnotationStore(*m_project)
                        .listing(m_query, articles, from - startOf(first), to - from,
                            AnnotationStore::Detail::Brief, [&](AnnotationListing &&listing) {
                                if (at < to)
                                    m_ids[at++] = listing.annotation.id;
                                builder.add(listing);
                            });
        if (!read)
            return;
        m_rowsRead += read.value();
        keep(builder);
        // Rows gone since the counts were read show empty until the refresh that follows.
        return;
    }
    QList<qint64> missing;
    for (qsizetype i = from; i < to; ++i) {
        if (!m_cache.contains(m_ids.at(i)))
            missing.append(m_ids.at(i));
    }
    if (m_cache.size() + missing.size() > kKeptRows)
        m_cache.clear(); // the rows in view are read again at the next paint
    auto read = AnnotationStore(*m_project)
                    .listing(missing, AnnotationStore::Detail::Brief,
                        [&](AnnotationListing &&listing) { builder.add(listing); });
    if (!read)
        return;
    m_rowsRead += read.value();
    keep(builder);
    // A row gone since the ids were read shows empty until the refresh that follows the change.
    for (qint64 id : std::as_const(missing)) {
        if (!m_cache.contains(id)) {
            AnnotationTableModel::Row gone;
            gone.id = id;
            m_cache.insert(id, gone);
        }
    }
}

int AnnotationWindowModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int AnnotationWindowModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : AnnotationTableModel::ColumnCount;
}

QVariant AnnotationWindowModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (role == Roles::AnnotationId)
        return idAt(index.row()); // read with the row's page when not yet
    return AnnotationTableModel::rowData(row(index.row()), index.column(), role);
}

QVariant AnnotationWindowModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return AnnotationTableModel::columnTitle(section);
}

} // namespace Parallax
