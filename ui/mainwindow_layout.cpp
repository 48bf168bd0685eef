// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's layout: the first layout on a screen, and focus mode.
#include "mainwindow.h"

#include "edit/projectsession.h"
#include "library/librarymodel.h"
#include "library/librarypanel.h"
#include "storage/project.h"
#include "workbench/readingarea.h"

#include <QAction>
#include <QCryptographicHash>
#include <QDockWidget>
#include <QGuiApplication>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Parallax {

QRect MainWindow::defaultGeometry(const QRect &available)
{
    // A window larger than the screen opens with its title bar or status bar out of reach. The
    // margin left around it holds the window manager's frame, which is not known before the
    // window is shown.
    const QSize size(available.width() * 92 / 100, available.height() * 92 / 100);
    QRect geometry(QPoint(), size);
    geometry.moveCenter(available.center());
    return geometry;
}

void MainWindow::restoreLayout()
{
    QScreen *screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1366, 768);
    const QSettings settings;
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray()))
        setGeometry(defaultGeometry(available));
    // A layout saved on a larger screen is brought back inside this one.
    if (width() > available.width() || height() > available.height())
        setGeometry(defaultGeometry(available));
    if (!restoreState(settings.value(u"window/state"_s).toByteArray()))
        resetLayout();
}

void MainWindow::resetLayout()
{
    setFocusMode(false);
    // The reading panes get most of the width: the side column takes a fifth of it and the
    // bottom row (where differences and proposals are reviewed) under a third of the height,
    // both within bounds that keep their lists legible: a fifth left three rows of the
    // Differences list on a laptop screen.
    const int side = std::clamp(width() / 5, 220, 340);
    const int bottom = std::clamp(height() * 3 / 10, 160, 320);
    auto *library = findChild<QDockWidget *>(u"library"_s);
    auto *entities = findChild<QDockWidget *>(u"entities"_s);
    auto *annotations = findChild<QDockWidget *>(u"annotations"_s);
    if (!library || !entities || !annotations)
        return;
    for (QDockWidget *dock : {library, entities, annotations})
        dock->show();
    if (width() < kNarrowWindow) {
        // Two side columns leave a narrow window one pane's width: the panels share the
        // library's column as tabs.
        tabifyDockWidget(library, entities);
        if (auto *codeBook = findChild<QDockWidget *>(u"codebook"_s))
            tabifyDockWidget(library, codeBook);
        library->raise();
        resizeDocks({library}, {side}, Qt::Horizontal);
    } else {
        // Back to their own column, should a narrower window have tabbed them.
        auto *codeBook = findChild<QDockWidget *>(u"codebook"_s);
        if (dockWidgetArea(entities) != Qt::RightDockWidgetArea) {
            addDockWidget(Qt::RightDockWidgetArea, entities);
            if (codeBook) {
                addDockWidget(Qt::RightDockWidgetArea, codeBook);
                tabifyDockWidget(entities, codeBook);
            }
            entities->raise();
        }
        resizeDocks({library, entities}, {side, side * 4 / 5}, Qt::Horizontal);
    }
    resizeDocks({annotations}, {bottom}, Qt::Vertical);
}

namespace {

QString panesKey(const QString &projectPath)
{
    // Per project; a hash keeps the settings key free of the path's separators.
    return u"panes/"_s
        + QString::fromLatin1(
            QCryptographicHash::hash(projectPath.toUtf8(), QCryptographicHash::Sha1)
                .toHex()
                .left(16));
}

} // namespace

void MainWindow::rememberPanes()
{
    if (!m_session)
        return;
    QStringList ids;
    for (int i = 0; i < m_reading->paneCount(); ++i) {
        if (m_reading->articleIn(i) > 0)
            ids << QString::number(m_reading->articleIn(i));
    }
    QSettings settings;
    settings.setValue(panesKey(m_session->project().path()), ids);
    settings.setValue(panesKey(m_session->project().path()) + u"-active"_s,
        QString::number(m_reading->articleIn(m_reading->activePane())));
}

bool MainWindow::restorePanes()
{
    QList<qint64> articles;
    const QStringList ids = QSettings().value(panesKey(m_session->project().path())).toStringList();
    for (const QString &id : ids) {
        // Articles deleted since (by another connection, or the command line) are left out.
        if (m_library->indexForArticle(id.toLongLong()).isValid())
            articles << id.toLongLong();
    }
    if (articles.isEmpty())
        return false;
    const qint64 active
        = QSettings().value(panesKey(m_session->project().path()) + u"-active"_s).toLongLong();
    const int index = std::max<int>(0, int(articles.indexOf(active)));
    m_reading->showArticles(articles, index);
    m_articleId = articles.at(index);
    m_libraryPanel->selectArticle(m_articleId);
    return true;
}

void MainWindow::createPaneOffer()
{
    m_paneOffer = new QToolButton;
    m_paneOffer->setAutoRaise(true);
    m_paneOffer->hide();
    statusBar()->addPermanentWidget(m_paneOffer);
    connect(m_reading, &ReadingArea::groupArticlesHidden, this, [this](qint64 group, int count) {
        m_paneOffer->setVisible(count > 0);
        m_offeredGroup = group;
        m_paneOffer->setText(tr("Show %n more article(s) of this difference", nullptr, count));
    });
    connect(m_paneOffer, &QToolButton::clicked, this, [this] {
        m_paneOffer->hide();
        m_reading->showGroup(m_offeredGroup, true);
    });
}

void MainWindow::createFocusAction(QMenu *viewMenu)
{
    viewMenu->addSeparator();
    m_focusAction = viewMenu->addAction(tr("&Focus Mode"));
    m_focusAction->setCheckable(true);
    m_focusAction->setShortcuts({QKeySequence(Qt::Key_F11), QKeySequence(tr("Ctrl+Shift+F"))});
    m_focusAction->setStatusTip(tr("Hide every panel and leave the reading panes"));
    // The action stays reachable from the keyboard while the menu bar is hidden.
    addAction(m_focusAction);
    connect(m_focusAction, &QAction::toggled, this, &MainWindow::setFocusMode);
    viewMenu->addAction(tr("&Reset Layout"), this, &MainWindow::resetLayout);
}

void MainWindow::setFocusMode(bool on)
{
    if (on == m_focusState.has_value())
        return;
    if (on) {
        m_focusState = saveState();
        for (QDockWidget *dock : findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly))
            dock->hide();
        for (QToolBar *bar : findChildren<QToolBar *>(Qt::FindDirectChildrenOnly))
            bar->hide();
        statusBar()->hide();
    } else {
        statusBar()->show();
        restoreState(*m_focusState);
        m_focusState.reset();
    }
    const QSignalBlocker blocker(m_focusAction);
    m_focusAction->setChecked(on);
}

} // namespace Parallax
