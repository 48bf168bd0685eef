// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarypanel.h"

#include "edit/projectsession.h"
#include "libraryfilterproxy.h"
#include "librarymodel.h"
#include "roles.h"
#include "storage/articlestore.h"
#include "storage/project.h"
#include "storage/searchindex.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QResizeEvent>
#include <QStackedWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Parallax {

namespace {

// The rows' own width of a column, without its header's, is protected in QTreeView.
class LibraryTree : public QTreeView
{
public:
    using QTreeView::sizeHintForColumn;
};

} // namespace

LibraryPanel::LibraryPanel(QWidget *parent)
    : QWidget(parent)
    , m_library(new LibraryModel(this))
    , m_proxy(new LibraryFilterProxy(this))
    , m_search(new QLineEdit)
    , m_outletFilter(new QComboBox)
    , m_toReview(new QCheckBox(tr("To review")))
    , m_tree(new LibraryTree)
    , m_results(new QListWidget)
    , m_stack(new QStackedWidget)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_search->setPlaceholderText(tr("Search titles and text (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_library);
    m_outletFilter->setToolTip(tr("Show the articles of one outlet"));
    // A narrow panel must not be held open by the longest outlet name.
    m_outletFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_outletFilter->setMinimumContentsLength(8);
    m_toReview->setToolTip(tr("Show only articles with proposals left to review"));
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    // One level of stories: a small step is enough to tell articles from their story, and the
    // title keeps the rest.
    m_tree->setIndentation(fontMetrics().averageCharWidth() * 2);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &LibraryPanel::showContextMenu);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    // Columns may become narrower than their header's text (elided) so that the title keeps room.
    m_tree->header()->setMinimumSectionSize(16);
    m_tree->header()->setSectionResizeMode(LibraryModel::TitleColumn, QHeaderView::Stretch);
    // Counts that matter while reviewing; the others can be shown from the header's menu.
    m_hiddenColumns = {LibraryModel::WordsColumn, LibraryModel::EntitiesColumn,
        LibraryModel::QuotesColumn, LibraryModel::TagsColumn, LibraryModel::NotesColumn};
    for (int c : std::as_const(m_hiddenColumns))
        m_tree->setColumnHidden(c, true);
    m_tree->header()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree->header(), &QHeaderView::customContextMenuRequested, this,
        &LibraryPanel::showColumnMenu);
    // Files dropped on a story row go into that story; the viewport gets the drop events.
    m_tree->setAcceptDrops(true);
    m_tree->viewport()->setAcceptDrops(true);
    m_tree->viewport()->installEventFilter(this);
    m_results->setWordWrap(true);
    m_stack->addWidget(m_tree);
    m_stack->addWidget(m_results);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_outletFilter, 1);
    filters->addWidget(m_toReview);
    layout->addWidget(m_search);
    layout->addLayout(filters);
    layout->addWidget(m_stack);

    connect(m_outletFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setOutlet(m_outletFilter->currentData().toString());
        spanStoryRows();
    });
    connect(m_toReview, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setOnlyToReview(on);
        spanStoryRows();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) {
            if (!current.isValid())
                return;
            if (!current.data(Roles::IsStory).toBool())
                Q_EMIT articleChosen(current.data(Roles::ArticleId).toLongLong());
            const qint64 story = current.data(Roles::StoryId).toLongLong();
            if (story != m_currentStory) {
                m_currentStory = story;
                Q_EMIT currentStoryChanged(story);
            }
        });
    auto *searchTimer = new QTimer(this);
    searchTimer->setSingleShot(true);
    searchTimer->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, searchTimer, qOverload<>(&QTimer::start));
    connect(searchTimer, &QTimer::timeout, this, &LibraryPanel::runSearch);
    connect(m_results, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            Q_EMIT articleChosen(item->data(Roles::ArticleId).toLongLong());
    });
    setSession(nullptr);
}

void LibraryPanel::setSession(ProjectSession *session)
{
    m_session = session;
    m_currentStory = -1;
    m_library->setProject(session ? &session->project() : nullptr);
    m_library->setListing({});
    m_results->clear();
    m_search->clear();
    m_search->setEnabled(session != nullptr);
    m_stack->setCurrentWidget(m_tree);
    if (session) {
        reload();
        m_tree->expandAll();
    }
}

void LibraryPanel::showColumnMenu(const QPoint &pos)
{
    QMenu menu;
    for (int c = LibraryModel::OutletColumn; c < LibraryModel::ColumnCount; ++c) {
        QAction *column = menu.addAction(m_library->headerData(c, Qt::Horizontal).toString());
        column->setCheckable(true);
        column->setChecked(!m_hiddenColumns.contains(c));
        connect(column, &QAction::toggled, this, [this, c](bool on) { setColumnShown(c, on); });
    }
    menu.exec(m_tree->header()->mapToGlobal(pos));
}

void LibraryPanel::setContextActions(const QList<QAction *> &actions)
{
    for (QAction *action : std::as_const(m_contextActions))
        m_tree->removeAction(action);
    m_contextActions = actions;
    for (QAction *action : actions) {
        if (action && !action->isSeparator())
            m_tree->addAction(action);
    }
}

void LibraryPanel::showContextMenu(const QPoint &pos)
{
    // A right click outside the selection selects the row under the pointer first, as file
    // managers do; inside it, the selection stays (several articles moved at once).
    const QModelIndex at = m_tree->indexAt(pos);
    if (at.isValid() && !m_tree->selectionModel()->isSelected(at))
        m_tree->setCurrentIndex(at);
    if (m_contextActions.isEmpty() || !m_session)
        return;
    QMenu menu;
    for (QAction *action : std::as_const(m_contextActions)) {
        if (!action)
            menu.addSeparator();
        else if (action->menu())
            menu.addMenu(action->menu());
        else
            menu.addAction(action);
    }
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

QList<std::pair<qint64, qint64>> LibraryPanel::selectedArticleRows() const
{
    QList<std::pair<qint64, qint64>> rows;
    QModelIndexList selected = m_tree->selectionModel()->selectedRows();
    std::sort(selected.begin(), selected.end(), [this](const QModelIndex &a, const QModelIndex &b) {
        return m_tree->visualRect(a).top() < m_tree->visualRect(b).top();
    });
    for (const QModelIndex &row : std::as_const(selected)) {
        if (row.data(Roles::IsStory).toBool())
            continue;
        const qint64 id = row.data(Roles::ArticleId).toLongLong();
        if (id > 0)
            rows.append({id, row.data(Roles::StoryId).toLongLong()});
    }
    return rows;
}

QList<qint64> LibraryPanel::selectedArticleIds() const
{
    QList<qint64> ids;
    for (const auto &[id, story] : selectedArticleRows()) {
        if (!ids.contains(id))
            ids.append(id);
    }
    return ids;
}

qint64 LibraryPanel::articleAfterSelection() const
{
    const QList<qint64> selected = selectedArticleIds();
    if (selected.isEmpty())
        return 0;
    // The tree's rows from top to bottom, articles only.
    QList<qint64> order;
    for (QModelIndex at = m_tree->model()->index(0, 0); at.isValid(); at = m_tree->indexBelow(at)) {
        if (!at.data(Roles::IsStory).toBool())
            order.append(at.data(Roles::ArticleId).toLongLong());
    }
    qsizetype last = -1;
    qsizetype first = order.size();
    for (qsizetype i = 0; i < order.size(); ++i) {
        if (selected.contains(order[i])) {
            last = i;
            first = std::min(first, i);
        }
    }
    for (qsizetype i = last + 1; i < order.size(); ++i) {
        if (!selected.contains(order[i]))
            return order[i];
    }
    for (qsizetype i = first - 1; i >= 0; --i) {
        if (!selected.contains(order[i]))
            return order[i];
    }
    return 0;
}

QList<qint64> LibraryPanel::selectedStoryIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &row : m_tree->selectionModel()->selectedRows()) {
        const qint64 id = row.data(Roles::StoryId).toLongLong();
        if (!ids.contains(id))
            ids.append(id);
    }
    return ids;
}

bool LibraryPanel::isStoryRowCurrent() const
{
    return m_tree->currentIndex().data(Roles::IsStory).toBool();
}

void LibraryPanel::reload()
{
    if (!m_session)
        return;
    ArticleStore store(m_session->project());
    // The counts are read for the rows shown (LibraryModel), not for the whole archive here.
    auto listing = store.listing(ArticleStore::Counts::No);
    if (!listing) {
        Q_EMIT errorOccurred(tr("Library"), listing.error());
        return;
    }
    // The outlets of the project, for the filter; the current choice is kept.
    QStringList outlets;
    for (const StoryListing &l : listing.value()) {
        for (const ArticleSummary &a : l.articles) {
            if (!a.outlet.isEmpty() && !outlets.contains(a.outlet))
                outlets.append(a.outlet);
        }
    }
    outlets.sort(Qt::CaseInsensitive);
    const QString chosen = m_outletFilter->currentData().toString();
    {
        const QSignalBlocker blocker(m_outletFilter);
        m_outletFilter->clear();
        m_outletFilter->addItem(tr("All outlets"), QString());
        for (const QString &outlet : std::as_const(outlets))
            m_outletFilter->addItem(outlet, outlet);
        m_outletFilter->setCurrentIndex(std::max(0, m_outletFilter->findData(chosen)));
    }
    m_library->setListing(std::move(listing).value());
    m_library->countsChanged();
    spanStoryRows();
    fitColumns();
}

void LibraryPanel::refreshCounts()
{
    if (m_session)
        m_library->countsChanged();
}

void LibraryPanel::setColumnShown(int column, bool shown)
{
    if (shown)
        m_hiddenColumns.remove(column);
    else
        m_hiddenColumns.insert(column);
    fitColumns();
}

void LibraryPanel::fitColumns()
{
    // The title is what the analyst reads the list by: it keeps at least half of the width (the
    // tree's indentation comes out of it). The columns she chose share the rest at their
    // contents' width where they fit. When they do not, the date goes first (the reports of one
    // event share it; the tooltip still has it), then the outlet is cut short and then left out,
    // then the counts narrow. A column left out comes back when the panel grows.
    const int available = m_tree->viewport()->width();
    const int budget = available - available / 2;
    const int chars = fontMetrics().averageCharWidth();
    std::vector<std::pair<int, int>> shown; // column, width
    int total = 0;
    for (int c = 0; c < LibraryModel::ColumnCount; ++c) {
        if (c == LibraryModel::TitleColumn || m_hiddenColumns.contains(c))
            continue;
        const int contents = static_cast<LibraryTree *>(m_tree)->sizeHintForColumn(c);
        const int header = m_tree->header()->sectionSizeHint(c);
        // Counts need no more than twice their digits; a longer header's text is elided.
        const int width = std::max(contents, std::min(header, contents * 2));
        shown.emplace_back(c, width);
        total += width;
    }
    const auto drop = [&](int column) {
        for (auto it = shown.begin(); it != shown.end(); ++it) {
            if (it->first == column) {
                total -= it->second;
                shown.erase(it);
                return;
            }
        }
    };
    const auto widthOf = [&](int column) -> int * {
        for (auto &[c, w] : shown) {
            if (c == column)
                return &w;
        }
        return nullptr;
    };
    if (total > budget)
        drop(LibraryModel::DateColumn);
    if (int *outlet = widthOf(LibraryModel::OutletColumn); outlet && total > budget) {
        const int cut = std::min(total - budget, *outlet);
        *outlet -= cut;
        total -= cut;
        if (*outlet < 6 * chars)
            drop(LibraryModel::OutletColumn);
    }
    if (total > budget && total > 0) {
        for (auto &[c, w] : shown)
            w = std::max(2 * chars, w * budget / total);
    }
    for (int c = 0; c < LibraryModel::ColumnCount; ++c) {
        if (c != LibraryModel::TitleColumn)
            m_tree->setColumnHidden(c, !widthOf(c));
    }
    for (const auto &[c, w] : shown)
        m_tree->setColumnWidth(c, w);
}

void LibraryPanel::spanStoryRows()
{
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        m_tree->setFirstColumnSpanned(row, {}, true);
    m_tree->expandAll();
}

qint64 LibraryPanel::currentStoryId() const
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid())
        return 0;
    return current.data(Roles::StoryId).toLongLong();
}

void LibraryPanel::selectArticle(qint64 articleId, qint64 storyId)
{
    QModelIndex index = m_proxy->mapFromSource(m_library->indexForArticle(articleId, storyId));
    if (!index.isValid())
        index = m_proxy->mapFromSource(m_library->indexForArticle(articleId));
    if (index.isValid())
        m_tree->setCurrentIndex(index);
}

qint64 LibraryPanel::currentArticleId() const
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid() || current.data(Roles::IsStory).toBool())
        return 0;
    return current.data(Roles::ArticleId).toLongLong();
}

void LibraryPanel::selectFirstArticle()
{
    const QModelIndex first = m_library->index(0, 0, m_library->index(0, 0));
    if (first.isValid())
        m_tree->setCurrentIndex(m_proxy->mapFromSource(first));
}

void LibraryPanel::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void LibraryPanel::runSearch()
{
    const QString query = m_search->text().trimmed();
    if (query.isEmpty() || !m_session) {
        m_stack->setCurrentWidget(m_tree);
        return;
    }
    m_stack->setCurrentWidget(m_results);
    m_results->clear();
    SearchIndex index(m_session->project());
    auto hits = index.search(query, 50);
    if (!hits) {
        Q_EMIT statusMessage(hits.error(), 5000);
        return;
    }
    for (const SearchHit &hit : hits.value()) {
        const QString snippet = SearchIndex::markSnippet(hit.snippet, u"»"_s, u"«"_s).simplified();
        auto *item = new QListWidgetItem(
            u"%1\n%2 · %3\n%4"_s.arg(hit.title, hit.outlet, hit.published.left(10), snippet));
        item->setData(Roles::ArticleId, hit.articleId);
        m_results->addItem(item);
    }
    Q_EMIT statusMessage(tr("%n matching article(s)", nullptr, int(hits->size())), 3000);
}

bool LibraryPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_tree->viewport())
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::Resize) {
        auto *resize = static_cast<QResizeEvent *>(event);
        if (resize->size().width() != resize->oldSize().width())
            fitColumns();
        return false;
    }
    if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
        auto *drag = static_cast<QDropEvent *>(event);
        if (m_session && drag->mimeData()->hasUrls()) {
            drag->acceptProposedAction();
            return true;
        }
        return false;
    }
    if (event->type() != QEvent::Drop)
        return QWidget::eventFilter(watched, event);
    auto *drop = static_cast<QDropEvent *>(event);
    QStringList paths;
    for (const QUrl &url : drop->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (paths.isEmpty())
        return false;
    // The story of the row under the pointer, whether the story row or one of its articles.
    const qint64 storyId
        = m_tree->indexAt(drop->position().toPoint()).data(Roles::StoryId).toLongLong();
    QString storyName;
    for (const StoryListing &l : m_library->listing()) {
        if (storyId != 0 && l.story.id == storyId)
            storyName = l.story.name;
    }
    drop->acceptProposedAction();
    Q_EMIT filesDropped(paths, storyName);
    return true;
}

} // namespace Parallax
