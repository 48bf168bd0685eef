// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The window on a large story: its docks count in the background (BackgroundRead), the window
// opens before they come and then shows what a window that read at once shows.
#include "edit/projectsession.h"
#include "entities/entitiesdock.h"
#include "entities/entitymodel.h"
#include "jobs/annotationjob.h"
#include "mainwindow.h"
#include "review/annotationsdock.h"
#include "review/annotationwindowmodel.h"
#include "sample/sampleproject.h"
#include "settings.h"
#include "storage/project.h"

#include <QFile>
#include <QItemSelectionModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Parallax;

class TestLargeStoryWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void docksReadInTheBackground();

private:
    QTemporaryDir m_dir;
};

void TestLargeStoryWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("HOME", QFile::encodeName(m_dir.path()));
    QStandardPaths::setTestModeEnabled(true);
    Settings().setAnalystName(u"Test Analyst"_s); // the name is not asked (tst_windowdetails)
}

namespace {

// The Entities panel's rows as shown: name, type and mentions.
QStringList entityRows(EntityModel *model)
{
    QStringList rows;
    for (int r = 0; r < model->rowCount(); ++r) {
        QStringList cells;
        for (int c :
            {EntityModel::NameColumn, EntityModel::TypeColumn, EntityModel::MentionsColumn})
            cells.append(model->index(r, c).data().toString());
        rows.append(cells.join(u'|'));
    }
    return rows;
}

} // namespace

void TestLargeStoryWindow::docksReadInTheBackground()
{
    // A story of more articles than MainWindow::kBackgroundReadArticles counts its annotations
    // and its entities' mentions off the GUI thread: the window opens before they come, and
    // then shows what a small story's window read at once; an edit is followed the same way.
    const QString path = m_dir.filePath(u"large.parallax"_s);
    QVERIFY(SampleProject::create(path).ok());
    {
        auto project = Project::open(path);
        QVERIFY(AnnotationJob(*project.value()).run().ok());
    }
    QStringList entities;
    int annotations = 0;
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(path));
        QVERIFY(!window.isReadingDocks());
        entities = entityRows(window.findChild<EntitiesDock *>()->model());
        annotations = window.findChild<AnnotationsDock *>()->model()->rowCount();
    }
    QVERIFY(entities.size() >= 2);
    QVERIFY(annotations > 10);

    MainWindow window;
    window.setBackgroundReadArticles(0); // the sample's story counts as large
    window.show();
    QVERIFY(window.openProject(path));
    auto *entitiesDock = window.findChild<EntitiesDock *>();
    auto *annotationsDock = window.findChild<AnnotationsDock *>();
    QVERIFY(window.isReadingDocks());
    QVERIFY(window.currentArticleId() > 0); // the panes are there already
    window.waitForDocks();
    QCOMPARE(entityRows(entitiesDock->model()), entities);
    QCOMPARE(annotationsDock->model()->rowCount(), annotations);

    // Merging two entities: the panel follows once the new counts come, and again at undo.
    entitiesDock->view()->selectRow(0);
    entitiesDock->view()->selectionModel()->select(entitiesDock->view()->model()->index(1, 0),
        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    entitiesDock->mergeSelected();
    QTRY_VERIFY(window.isReadingDocks() || entitiesDock->model()->rowCount() != entities.size());
    window.waitForDocks();
    QCOMPARE(entitiesDock->model()->rowCount(), entities.size() - 1);
    window.session()->undoStack()->undo();
    QTRY_VERIFY(window.isReadingDocks() || entitiesDock->model()->rowCount() == entities.size());
    window.waitForDocks();
    QCOMPARE(entityRows(entitiesDock->model()), entities);
}

QTEST_MAIN(TestLargeStoryWindow)
#include "tst_largestorywindow.moc"
