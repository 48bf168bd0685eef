// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisoncontroller.h"

#include "compare/comparison.h"
#include "edit/projectsession.h"
#include "jobs/storycomparison.h"
#include "review/coveragedock.h"
#include "review/coveragemodel.h"
#include "review/reviewdock.h"
#include "review/reviewitemmodel.h"
#include "storage/articlestore.h"
#include "storage/comparisonstore.h"
#include "storage/entitystore.h"
#include "storage/project.h"
#include "tasks/taskrunner.h"
#include "widgets/texteditdialog.h"
#include "workbench/readingarea.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTableView>
#include <QTextEdit>

using namespace Qt::StringLiterals;

namespace Parallax {

ComparisonController::ComparisonController(QMainWindow *window, ReadingArea *reading,
    TaskRunner *tasks, std::function<qint64()> currentStory, std::function<qint64()> shownStory)
    : QObject(window)
    , m_window(window)
    , m_reading(reading)
    , m_tasks(tasks)
    , m_currentStory(std::move(currentStory))
    , m_shownStory(std::move(shownStory))
{ }

void ComparisonController::setSession(ProjectSession *session)
{
    m_session = session;
}

void ComparisonController::showMessage(const QString &message, int timeout)
{
    m_window->statusBar()->showMessage(message, timeout);
}

void ComparisonController::createDocks()
{
    m_reviewDock = new ReviewDock;
    m_coverageDock = new CoverageDock;
    auto *review = new QDockWidget(tr("Differences"), m_window);
    review->setObjectName(u"differences"_s);
    review->setWidget(m_reviewDock);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, review);
    auto *coverage = new QDockWidget(tr("Coverage"), m_window);
    coverage->setObjectName(u"coverage"_s);
    coverage->setWidget(m_coverageDock);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, coverage);
    if (auto *annotations = m_window->findChild<QDockWidget *>(u"annotations"_s)) {
        m_window->tabifyDockWidget(annotations, review);
        m_window->tabifyDockWidget(review, coverage);
        annotations->raise();
    }
    connect(m_reviewDock, &ReviewDock::currentItemChanged, this,
        [this](qint64, qint64 group) { m_reading->showGroup(group); });
    connect(m_reviewDock, &ReviewDock::noteEdited, this, [this](qint64 id, const QString &note) {
        if (!m_session)
            return;
        const QHash<qint64, int> read = m_reviewDock->versionsOf({id});
        if (auto r = m_session->setReviewNote(id, note, read.value(id)); !r)
            Q_EMIT errorOccurred(tr("Review"), r.error());
    });
    connect(m_reviewDock, &ReviewDock::noteEditRequested, this, [this](qint64 id) {
        m_reviewDock->selectItem(id);
        editReviewNote();
    });
    connect(
        m_reading, &ReadingArea::comparisonGroupClicked, m_reviewDock, &ReviewDock::selectGroup);
}

QAction *ComparisonController::createActions(QMenu *menu, QMenu *viewMenu)
{
    QAction *compare = menu->addAction(tr("&Compare Story"), this, [this] { compareStory(); });
    compare->setShortcut(tr("Ctrl+M"));
    compare->setStatusTip(tr("Align the quotes and claims of the story's articles and list "
                             "where they differ; verdicts already given are kept"));
    menu->addSeparator();
    auto add = [&](const QString &text, const QList<QKeySequence> &keys, auto slot) {
        QAction *action = menu->addAction(text, this, slot);
        action->setShortcuts(keys);
        m_compareActions.append(action);
        return action;
    };
    add(tr("&Next Difference"), {QKeySequence(tr("J")), QKeySequence(tr("F8"))},
        [this] { m_reviewDock->step(true, false); });
    add(tr("&Previous Difference"), {QKeySequence(tr("K")), QKeySequence(tr("Shift+F8"))},
        [this] { m_reviewDock->step(false, false); });
    add(tr("Next &Open Difference"), {QKeySequence(tr("Shift+J"))},
        [this] { m_reviewDock->step(true, true); });
    menu->addSeparator();
    add(tr("&Confirm Discrepancy"), {QKeySequence(tr("C"))},
        [this] { reviewVerdict(ReviewItemStatus::Confirmed); });
    add(tr("Acceptable &Paraphrase"), {QKeySequence(tr("P"))},
        [this] { reviewVerdict(ReviewItemStatus::Acceptable); });
    add(tr("&Dismiss"), {QKeySequence(tr("D"))},
        [this] { reviewVerdict(ReviewItemStatus::Dismissed); });
    add(tr("&Reopen"), {QKeySequence(tr("O"))}, [this] { reviewVerdict(ReviewItemStatus::Open); });
    add(tr("Difference &Note…"), {QKeySequence(tr("Shift+N"))}, [this] { editReviewNote(); });
    m_reviewTagMenu = menu->addMenu(tr("&Tag Difference"));
    m_compareActions.append(m_reviewTagMenu->menuAction());
    connect(m_reviewTagMenu, &QMenu::aboutToShow, this, [this] {
        m_reviewTagMenu->clear();
        if (!m_session)
            return;
        m_reviewTagMenu->addAction(tr("No Tag"), this, [this] { tagReviewItems(0); });
        m_reviewTagMenu->addSeparator();
        auto tags = EntityStore(m_session->project()).tags();
        if (!tags)
            return;
        for (const Tag &tag : tags.value()) {
            const qint64 id = tag.id;
            m_reviewTagMenu->addAction(tag.name, this, [this, id] { tagReviewItems(id); });
        }
    });

    QAction *marks = viewMenu->addAction(tr("Show &Comparison"));
    marks->setCheckable(true);
    marks->setChecked(true);
    marks->setShortcut(tr("Ctrl+Shift+M"));
    marks->setStatusTip(tr("Aligned passages, differing words and connectors between panes"));
    connect(marks, &QAction::toggled, m_reading, &ReadingArea::setComparisonVisible);
    if (auto *review = m_window->findChild<QDockWidget *>(u"differences"_s))
        viewMenu->addAction(review->toggleViewAction());
    if (auto *coverage = m_window->findChild<QDockWidget *>(u"coverage"_s))
        viewMenu->addAction(coverage->toggleViewAction());
    for (QAction *action : std::as_const(m_compareActions))
        action->setEnabled(false);
    return compare;
}

void ComparisonController::compareStory()
{
    if (!m_session || m_tasks->isBusy())
        return;
    const qint64 story = m_currentStory();
    if (story <= 0) {
        showMessage(tr("Select a story in the library first."), 4000);
        return;
    }
    if (m_session->project().isReadOnly()) {
        Q_EMIT errorOccurred(tr("Compare Story"), tr("The project is read-only."));
        return;
    }
    // On a worker with its own connection, as annotation runs: the comparison is computed before
    // its write transaction opens, and a cancelled one stores nothing.
    const QString projectPath = m_session->project().path();
    struct Outcome
    {
        QString error;
        RecomputeSummary summary;
        qint64 ms = 0;
    };
    auto outcome = std::make_shared<Outcome>();
    m_tasks->start(
        tr("Comparing the story's articles…"), 3,
        [projectPath, story, outcome](
            const std::atomic_bool &cancel, const TaskRunner::Progress &progress) {
            QElapsedTimer timer;
            timer.start();
            auto project = Project::open(projectPath);
            if (!project) {
                outcome->error = project.error();
                return;
            }
            auto summary = Parallax::compareStory(*project.value(), story, sharedComparer(),
                &cancel, [progress](int done, int) { progress(done); });
            outcome->ms = timer.elapsed();
            if (summary)
                outcome->summary = summary.value();
            else
                outcome->error = summary.error();
        },
        [this, story, outcome](bool cancelled) {
            if (cancelled) {
                showMessage(
                    tr("Comparison cancelled; the story's differences are as they were."), 8000);
                Q_EMIT finished(false);
                return;
            }
            if (m_session && outcome->error.isEmpty())
                m_session->comparisonStored(story);
            onComparisonFinished(outcome->error, outcome->summary, outcome->ms);
        });
}

namespace {

bool isWriting(const QWidget *focus)
{
    if (const auto *line = qobject_cast<const QLineEdit *>(focus))
        return !line->isReadOnly() && !line->text().isEmpty();
    if (const auto *text = qobject_cast<const QTextEdit *>(focus))
        return !text->isReadOnly();
    if (const auto *plain = qobject_cast<const QPlainTextEdit *>(focus))
        return !plain->isReadOnly();
    return qobject_cast<const QAbstractSpinBox *>(focus) != nullptr;
}

} // namespace

void ComparisonController::onComparisonFinished(
    const QString &error, const RecomputeSummary &summary, qint64 ms)
{
    if (!error.isEmpty()) {
        Q_EMIT errorOccurred(tr("Compare Story"), error);
        Q_EMIT finished(false);
        return;
    }
    reload(m_shownStory());
    const StoredComparison *c = m_reading->comparison();
    showMessage(
        tr("Compared in %1 ms: %2 aligned passages, %3 differences to review (%4 new, %5 kept)")
            .arg(ms)
            .arg(c ? c->alignments.size() : 0)
            .arg(c ? c->items.size() : 0)
            .arg(summary.added)
            .arg(summary.kept),
        8000);
    if (auto *review = m_window->findChild<QDockWidget *>(u"differences"_s)) {
        review->show();
        review->raise();
    }
    // The differences take the keys (J, K, C, P, D), unless the analyst is writing something:
    // a note, or a search or filter she has begun to type.
    if (!isWriting(QApplication::focusWidget()))
        m_reviewDock->view()->setFocus(Qt::OtherFocusReason);
    Q_EMIT finished(true);
}

void ComparisonController::reload(qint64 story)
{
    if (!m_reviewDock)
        return;
    if (!m_session)
        story = 0;
    std::shared_ptr<const StoredComparison> comparison;
    if (story > 0) {
        auto loaded = ComparisonStore(m_session->project()).load(story);
        if (loaded && !loaded->articleIds.isEmpty())
            comparison = std::make_shared<const StoredComparison>(std::move(loaded).value());
    }
    QHash<qint64, QString> outlets;
    QHash<qint64, QString> tags;
    if (comparison) {
        Project &project = m_session->project();
        ArticleStore articles(project);
        for (qint64 id : comparison->articleIds) {
            if (auto a = articles.article(id); a)
                outlets.insert(id, a->outlet.isEmpty() ? a->title : a->outlet);
        }
        if (auto all = EntityStore(project).tags(); all) {
            for (const Tag &t : all.value())
                tags.insert(t.id, t.name);
        }
    }
    m_reading->setComparison(comparison);
    m_reviewDock->setComparison(comparison, outlets, tags);
    m_coverageDock->model()->setComparison(comparison, outlets);
    // Verdicts are changes: none on a project the account may only read.
    const bool editable = m_session && !m_session->project().isReadOnly();
    for (QAction *action : std::as_const(m_compareActions))
        action->setEnabled(comparison != nullptr && editable);
}

void ComparisonController::reviewVerdict(ReviewItemStatus status)
{
    if (!m_session)
        return;
    const QList<qint64> ids = m_reviewDock->selectedIds();
    if (ids.isEmpty()) {
        showMessage(tr("Pick a difference first (J and K step through them)."), 4000);
        return;
    }
    if (auto r = m_session->setReviewStatus(ids, status, m_reviewDock->versionsOf(ids)); !r) {
        Q_EMIT errorOccurred(tr("Review"), r.error());
        return;
    }
    // Triage: on to the next difference still open.
    if (ids.size() == 1 && status != ReviewItemStatus::Open)
        m_reviewDock->step(true, true);
}

void ComparisonController::tagReviewItems(qint64 tagId)
{
    const QList<qint64> ids = m_reviewDock->selectedIds();
    if (!m_session || ids.isEmpty())
        return;
    if (auto r = m_session->setReviewTag(ids, tagId, m_reviewDock->versionsOf(ids)); !r)
        Q_EMIT errorOccurred(tr("Review"), r.error());
}

void ComparisonController::editReviewNote()
{
    const qint64 id = m_reviewDock->currentId();
    const int row = m_reviewDock->model()->rowOfItem(id);
    const ReviewItem *item = m_reviewDock->model()->item(row);
    if (!m_session || !item)
        return;
    const QString before = item->note;
    // Another analyst may save a note while this one types: the save then says so (and the
    // views reload) instead of replacing hers.
    const int version = item->version;
    const std::optional<QString> note = TextEditDialog::getText(
        m_window, tr("Difference Note"), ReviewItemModel::differenceText(*item), before);
    // The item pointer may not outlive the dialog: a reload replaces the model's items.
    if (!note || *note == before || !m_session)
        return;
    if (auto r = m_session->setReviewNote(id, *note, version); !r)
        Q_EMIT errorOccurred(tr("Review"), r.error());
}

} // namespace Parallax
