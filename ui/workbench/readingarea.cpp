// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "readingarea.h"

#include "edit/projectsession.h"
#include "reader/articlepane.h"
#include "settings.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/entitystore.h"
#include "storage/project.h"
#include "util/workpool.h"
#include "workbench/connectoroverlay.h"

#include <QMetaEnum>
#include <QPointer>
#include <QTimer>

#include <QEvent>
#include <QFontMetrics>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace Parallax {

ReadingArea::ReadingArea(QWidget *parent)
    : QWidget(parent)
    , m_splitter(new QSplitter(Qt::Horizontal))
    , m_scroll(new QScrollArea)
{
    m_splitter->setChildrenCollapsible(false);
    // Panes below a readable width are not squeezed further: the row of panes scrolls instead.
    m_scroll->setWidget(m_splitter);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
    m_handleWidth = m_splitter->handleWidth();
    m_connectors = new ConnectorOverlay(this);
    connect(m_splitter, &QSplitter::splitterMoved, m_connectors, qOverload<>(&QWidget::update));
    connect(m_scroll->horizontalScrollBar(), &QScrollBar::valueChanged, m_connectors,
        qOverload<>(&QWidget::update));
    addPane();
    addPane();
    applySettings();
}

ReadingArea::~ReadingArea()
{
    for (QFuture<void> &future : m_reanchoring)
        future.waitForFinished();
}

void ReadingArea::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateConnectors();
}

void ReadingArea::setSession(ProjectSession *session)
{
    m_session = session;
    clear();
}

void ReadingArea::clear()
{
    for (int i = 0; i < m_panes.size(); ++i) {
        m_articles[i] = 0;
        m_panes[i]->setArticle({}, {}, {}, {});
        m_panes[i]->view()->setAnnotations({});
    }
    setComparison(nullptr);
    m_currentAnnotation = 0;
    m_selectionStart = m_selectionEnd = 0;
}

ArticlePane *ReadingArea::addPane()
{
    auto *pane = new ArticlePane;
    m_splitter->addWidget(pane);
    m_panes.append(pane);
    m_articles.append(0);
    ArticleView *view = pane->view();
    view->installEventFilter(this);
    view->viewport()->installEventFilter(this);
    for (auto it = m_layers.cbegin(); it != m_layers.cend(); ++it)
        view->setLayerVisible(it.key(), it.value());
    view->setHiddenAnalysts(m_hiddenAnalysts);
    for (auto it = m_tagColors.cbegin(); it != m_tagColors.cend(); ++it)
        view->setTagColor(it.key(), it.value());
    connect(pane, &ArticlePane::closeRequested, this,
        [this, pane] { closePane(int(m_panes.indexOf(pane))); });
    connect(pane, &ArticlePane::swapRequested, this,
        [this, pane] { swapPane(int(m_panes.indexOf(pane))); });
    connect(view, &ArticleView::entityClicked, this, &ReadingArea::entityClicked);
    connect(view, &ArticleView::annotationClicked, this, [this](qint64 id) {
        m_currentAnnotation = id;
        Q_EMIT annotationClicked(id);
    });
    connect(view, &ArticleView::speakerLabelClicked, this, &ReadingArea::speakerLabelClicked);
    connect(view, &ArticleView::selectionChangedCodePoints, this,
        [this, pane](qsizetype start, qsizetype end) {
            setActive(int(m_panes.indexOf(pane)));
            m_selectionStart = start;
            m_selectionEnd = end;
        });
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this, pane] {
        followScroll(int(m_panes.indexOf(pane)));
        m_connectors->update();
    });
    connect(view, &ArticleView::comparisonGroupClicked, this,
        [this, pane](qint64 group) { scrollOthersToGroup(int(m_panes.indexOf(pane)), group); });
    updateConnectors();
    return pane;
}

bool ReadingArea::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::MouseButtonPress) {
        for (int i = 0; i < m_panes.size(); ++i) {
            ArticleView *view = m_panes[i]->view();
            if (watched == view || watched == view->viewport())
                setActive(i);
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ReadingArea::setActive(int index)
{
    if (index < 0 || index >= m_panes.size() || index == m_active)
        return;
    m_active = index;
    m_selectionStart = m_selectionEnd = 0;
    for (int i = 0; i < m_panes.size(); ++i)
        m_panes[i]->setProperty("active", i == m_active);
    Q_EMIT activeArticleChanged(m_articles[m_active]);
}

void ReadingArea::load(int index, qint64 articleId)
{
    if (!m_session || index < 0 || index >= m_panes.size())
        return;
    auto article = ArticleStore(m_session->project()).article(articleId);
    if (!article)
        return;
    m_articles[index] = articleId;
    m_panes[index]->setArticle(
        article->title, article->outlet, article->published.left(10), article->body);
    reloadAnnotations(articleId);
    applyComparison(index);
}

void ReadingArea::showArticle(qint64 articleId)
{
    const int shown = int(m_articles.indexOf(articleId));
    if (shown >= 0) {
        setActive(shown);
        return;
    }
    // An empty pane first, so picking articles one after another fills the panes side by side.
    int target = m_active;
    if (m_articles.value(m_active) != 0) {
        const int empty = int(m_articles.indexOf(0));
        if (empty >= 0)
            target = empty;
    }
    load(target, articleId);
    setActive(target);
    Q_EMIT activeArticleChanged(articleId);
}

bool ReadingArea::openInNewPane(qint64 articleId)
{
    if (m_panes.size() >= kMaxPanes)
        return false;
    addPane();
    applySettings();
    load(int(m_panes.size() - 1), articleId);
    setActive(int(m_panes.size() - 1));
    // A pane opened beyond the right edge of a narrow window was there only for the scroll bar.
    revealPanes(int(m_panes.size() - 1), int(m_panes.size() - 1));
    return true;
}

void ReadingArea::revealPanes(int first, int last)
{
    if (first < 0 || last >= m_panes.size())
        return;
    // The new pane has its place only once the splitter has been laid out again.
    QTimer::singleShot(0, this,
        [this, firstPane = QPointer<ArticlePane>(m_panes.at(first)),
            lastPane = QPointer<ArticlePane>(m_panes.at(last))] {
            if (lastPane)
                m_scroll->ensureWidgetVisible(lastPane, 0, 0);
            if (firstPane && lastPane) {
                // The first one too where both fit, without losing the last one's left edge.
                const int left = firstPane->mapTo(m_splitter, QPoint()).x();
                const int right = lastPane->mapTo(m_splitter, QPoint(lastPane->width(), 0)).x();
                if (right - left <= m_scroll->viewport()->width())
                    m_scroll->horizontalScrollBar()->setValue(
                        std::min(left, m_scroll->horizontalScrollBar()->value()));
            }
        });
}

void ReadingArea::showArticles(const QList<qint64> &articleIds, int active)
{
    const int wanted = int(std::clamp<qsizetype>(articleIds.size(), 2, kMaxPanes));
    while (m_panes.size() > wanted)
        closePane(int(m_panes.size() - 1));
    while (m_panes.size() < wanted)
        addPane();
    applySettings();
    for (int i = 0; i < m_panes.size(); ++i) {
        if (i < articleIds.size()) {
            load(i, articleIds.at(i));
        } else {
            m_articles[i] = 0;
            m_panes[i]->setArticle({}, {}, {}, {});
        }
    }
    m_active = -1;
    setActive(std::clamp(active, 0, int(m_panes.size() - 1)));
}

void ReadingArea::closePane(int index)
{
    if (index < 0 || index >= m_panes.size())
        return;
    if (m_panes.size() == 1) { // the last pane stays, empty
        m_articles[0] = 0;
        m_panes[0]->setArticle({}, {}, {}, {});
        return;
    }
    ArticlePane *pane = m_panes.takeAt(index);
    m_articles.removeAt(index);
    pane->hide();
    pane->deleteLater();
    updateConnectors();
    m_active = std::min<int>(m_active, int(m_panes.size() - 1));
    Q_EMIT activeArticleChanged(m_articles[m_active]);
}

void ReadingArea::reloadArticles()
{
    if (!m_session)
        return;
    ArticleStore store(m_session->project());
    for (int i = 0; i < m_panes.size(); ++i) {
        const qint64 id = m_articles[i];
        if (id == 0)
            continue;
        auto there = store.contains(id);
        if (there && there.value()) {
            load(i, id);
            continue;
        }
        m_articles[i] = 0;
        m_panes[i]->setArticle({}, {}, {}, {});
        m_panes[i]->view()->setAnnotations({});
        if (i == m_active)
            Q_EMIT activeArticleChanged(0);
    }
}

void ReadingArea::swapPane(int index)
{
    if (m_panes.size() < 2 || index < 0 || index >= m_panes.size())
        return;
    const int other = (index + 1) % int(m_panes.size());
    const int first = std::min(index, other);
    const int second = std::max(index, other);
    ArticlePane *a = m_panes[first];
    ArticlePane *b = m_panes[second];
    m_splitter->insertWidget(first, b);
    m_splitter->insertWidget(second, a);
    m_panes.swapItemsAt(first, second);
    m_articles.swapItemsAt(first, second);
    updateConnectors();
}

QString ReadingArea::activeText() const
{
    if (!m_session || m_articles.value(m_active) == 0)
        return {};
    auto article = ArticleStore(m_session->project()).article(m_articles[m_active]);
    return article ? article->body : QString();
}

int ReadingArea::annotationVersion(qint64 id) const
{
    for (const ArticlePane *pane : m_panes) {
        for (const Annotation &a : pane->view()->annotations()) {
            if (a.id == id)
                return a.version;
        }
    }
    return 0;
}

void ReadingArea::reloadAnnotations(qint64 articleId)
{
    if (!m_session)
        return;
    Project &project = m_session->project();
    for (int i = 0; i < m_panes.size(); ++i) {
        if (m_articles[i] == 0 || (articleId >= 0 && m_articles[i] != articleId))
            continue;
        auto article = ArticleStore(project).article(m_articles[i]);
        if (!article)
            continue;
        bool moved = false;
        auto annotations = AnnotationStore(project).forArticle(
            m_articles[i], article->body, AnnotationStore::Verify::Yes, &moved);
        if (moved && !project.isReadOnly()) {
            // Shown re-anchored at once; written back on a connection of a worker's own, so that
            // reading an article never writes on the GUI thread.
            m_reanchoring.removeIf([](const QFuture<void> &f) { return f.isFinished(); });
            m_reanchoring.append(QtConcurrent::run(
                workPool(), [path = project.path(), id = m_articles[i], text = article->body] {
                    // A write that fails (a full disk, a lock) is tried again on the next read.
                    if (auto worker = Project::open(path); worker)
                        (void)AnnotationStore(*worker.value()).reanchor(id, text);
                }));
        }
        // The names of the entities this article's annotations point at, not every entity of
        // the project.
        const QList<Annotation> shown = annotations ? annotations.value() : QList<Annotation> {};
        QList<qint64> entityIds;
        for (const Annotation &a : shown) {
            if (a.entityId > 0)
                entityIds.append(a.entityId);
        }
        auto names = EntityStore(project).names(entityIds);
        ArticleView *view = m_panes[i]->view();
        view->setEntityNames(names ? names.value() : QHash<qint64, QString> {});
        view->setAnnotations(shown);
        view->highlightEntity(m_highlightedEntity);
    }
}

void ReadingArea::setHiddenAnalysts(const QSet<QString> &analysts)
{
    m_hiddenAnalysts = analysts;
    for (ArticlePane *pane : std::as_const(m_panes))
        pane->view()->setHiddenAnalysts(analysts);
}

void ReadingArea::setLayerVisible(ArticleView::Layer layer, bool visible)
{
    m_layers.insert(layer, visible);
    for (ArticlePane *pane : std::as_const(m_panes))
        pane->view()->setLayerVisible(layer, visible);
}

void ReadingArea::setTagColors(const QHash<QString, QColor> &colors)
{
    m_tagColors = colors;
    for (ArticlePane *pane : std::as_const(m_panes)) {
        for (auto it = colors.cbegin(); it != colors.cend(); ++it)
            pane->view()->setTagColor(it.key(), it.value());
    }
}

void ReadingArea::applySettings()
{
    const Settings settings;
    const QFont font = settings.readingFont();
    const int minimum = minimumPaneWidth(font);
    for (ArticlePane *pane : std::as_const(m_panes)) {
        ArticleView *view = pane->view();
        view->setFont(font);
        pane->setMinimumWidth(minimum);
        const bool dark = view->palette().color(QPalette::Base).lightness() < 128;
        const QMetaEnum layers = QMetaEnum::fromType<ArticleView::Layer>();
        const QStringList types = Settings::colorTypes();
        for (int i = 0; i < types.size(); ++i) {
            // colorTypes() lists the entity layers in the view's order, then quotes.
            const auto layer = types[i] == "QUOTE"_L1 ? ArticleView::Layer::Quotes
                                                      : ArticleView::Layer(layers.value(i));
            const QColor color = settings.typeColor(types[i], dark);
            view->setLayerColor(
                layer, color == Settings::defaultTypeColor(types[i], dark) ? QColor() : color);
        }
    }
}

int ReadingArea::minimumPaneWidth(const QFont &font)
{
    // About forty characters a line: below that a line holds five or six words and reading
    // turns into scanning down a column.
    return QFontMetrics(font).averageCharWidth() * kMinimumLineLength + 60;
}

void ReadingArea::setLinkedScrolling(bool linked)
{
    m_linked = linked;
    if (linked)
        followScroll(m_active);
}

void ReadingArea::followScroll(int from)
{
    if (!m_linked || m_following || from < 0 || from >= m_panes.size())
        return;
    // Articles differ in length: keep the panes at the same fraction of their text.
    const QScrollBar *source = m_panes[from]->view()->verticalScrollBar();
    const double fraction
        = source->maximum() > 0 ? double(source->value()) / source->maximum() : 0.0;
    m_following = true;
    if (followByAlignment(from)) {
        m_following = false;
        return;
    }
    for (int i = 0; i < m_panes.size(); ++i) {
        if (i == from)
            continue;
        QScrollBar *bar = m_panes[i]->view()->verticalScrollBar();
        bar->setValue(qRound(fraction * bar->maximum()));
    }
    m_following = false;
}

void ReadingArea::highlightEntity(qint64 entityId)
{
    m_highlightedEntity = entityId;
    for (ArticlePane *pane : std::as_const(m_panes))
        pane->view()->highlightEntity(entityId);
}

void ReadingArea::scrollToSpan(qint64 articleId, qint64 start, qint64 end)
{
    showArticle(articleId);
    const int index = int(m_articles.indexOf(articleId));
    if (index >= 0)
        m_panes[index]->view()->scrollToSpan(start, end);
}

} // namespace Parallax
