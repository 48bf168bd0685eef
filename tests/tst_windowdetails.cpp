// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Details of the window a daily user trips on: what a narrow library shows, what keys an open
// menu takes.
#include "codebook/codebookdock.h"
#include "codebook/codebookmodel.h"
#include "edit/projectsession.h"
#include "library/librarymodel.h"
#include "library/librarypanel.h"
#include "mainwindow.h"
#include "modalhelpers.h"
#include "reader/articlepane.h"
#include "reader/articleview.h"
#include "sample/sampleproject.h"
#include "settings.h"
#include "storage/articlestore.h"
#include "storage/connection.h"
#include "storage/project.h"
#include "workbench/readingarea.h"

#include <QApplication>
#include <QInputDialog>
#include <QMenu>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace Parallax;

class TestWindowDetails : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void libraryTitlesStayReadable();
    void tagPopupTakesTheTagsKeys();
    void analystNameIsAskedOnce();

private:
    QTemporaryDir m_dir;
    QString m_sample;
};

void TestWindowDetails::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_sample = m_dir.filePath(u"sample.parallax"_s);
    QVERIFY(SampleProject::create(m_sample).ok());
}

// The library is read by its titles: in the narrow panel of a laptop screen the dates, outlets
// and counts must not squeeze the title column to nothing (they once left it the indentation).
void TestWindowDetails::libraryTitlesStayReadable()
{
    MainWindow window;
    window.resize(1366, 740);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openProject(m_sample));
    auto *panel = window.findChild<LibraryPanel *>();
    QVERIFY(panel);
    QTreeView *tree = panel->tree();
    const auto check = [&](int width) {
        panel->resize(width, panel->height());
        QCoreApplication::processEvents();
        const int viewport = tree->viewport()->width();
        const int title = tree->columnWidth(LibraryModel::TitleColumn) - tree->indentation();
        QVERIFY2(title >= viewport / 2 - tree->indentation(),
            qPrintable(u"panel %1: title %2 of %3"_s.arg(width).arg(title).arg(viewport)));
        int others = 0;
        for (int c = LibraryModel::OutletColumn; c < LibraryModel::ColumnCount; ++c)
            others += tree->isColumnHidden(c) ? 0 : tree->columnWidth(c);
        QVERIFY(others <= viewport - viewport / 2);
    };
    check(600);
    // Room for all: outlet, date and the count to review are shown, each as wide as its text.
    for (int c : {LibraryModel::OutletColumn, LibraryModel::DateColumn, LibraryModel::ReviewColumn})
        QVERIFY(!tree->isColumnHidden(c));
    const QModelIndex story = tree->model()->index(0, 0);
    const QModelIndex outlet = tree->model()->index(0, LibraryModel::OutletColumn, story);
    QVERIFY(tree->columnWidth(LibraryModel::OutletColumn)
        >= tree->fontMetrics().horizontalAdvance(outlet.data().toString()));
    check(260);
    // In a narrow panel the date gives way before the outlet: one event's reports share a date.
    QVERIFY(tree->isColumnHidden(LibraryModel::DateColumn));
    QVERIFY(!tree->isColumnHidden(LibraryModel::OutletColumn));
    check(170);
    // Wider again, the date is back; a column shown from the header's menu takes its share of
    // the others' half, not the title's.
    check(600);
    QVERIFY(!tree->isColumnHidden(LibraryModel::DateColumn));
    panel->setColumnShown(LibraryModel::WordsColumn, true);
    QVERIFY(!tree->isColumnHidden(LibraryModel::WordsColumn));
    check(300);
    panel->setColumnShown(LibraryModel::WordsColumn, false);
    QVERIFY(tree->isColumnHidden(LibraryModel::WordsColumn));
}

// T opens the code book where she reads; the key shown next to a tag must work in it, and an
// empty code book offers the starter one there.
void TestWindowDetails::tagPopupTakesTheTagsKeys()
{
    const QString path = m_dir.filePath(u"tagpopup.parallax"_s);
    QVERIFY(SampleProject::create(path).ok());
    MainWindow window;
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openProject(path));
    window.session()->setAnalyst(u"Mara Quillen"_s);
    auto *reading = window.findChild<ReadingArea *>();
    ArticleView *view = reading->pane(reading->activePane())->view();
    const QString body = ArticleStore(*window.project()).article(reading->activeArticle())->body;
    const qsizetype at = body.indexOf(u"Kessling"_s);
    QVERIFY(at >= 0);
    view->setFocus();
    QTextCursor cursor = view->textCursor();
    cursor.setPosition(int(at));
    cursor.setPosition(int(at + 8), QTextCursor::KeepAnchor);
    view->setTextCursor(cursor);

    QTest::keyClick(view, Qt::Key_T);
    auto *popup = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    QVERIFY(popup);
    QAction *starter = nullptr;
    for (QAction *a : popup->actions())
        starter = a->text().contains(u"Starter"_s) ? a : starter;
    QVERIFY(starter && starter->isEnabled());
    popup->hide();
    starter->trigger();
    QCOMPARE(window.findChild<CodeBookDock *>()->model()->tags().size(), 5);

    QTest::keyClick(view, Qt::Key_T);
    popup = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    QVERIFY(popup);
    QTest::keyClick(popup, Qt::Key_2); // the second tag's key, typed in the open menu
    QTRY_VERIFY(!popup->isVisible());
    QSqlQuery query(Storage::connection(*window.project()));
    QVERIFY(query.exec(u"SELECT t.shortcut, a.exact FROM annotation a JOIN tag t ON t.id = a.tag_id"
                       " WHERE a.kind = 'tag'"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"2"_s);
    QCOMPARE(query.value(1).toString(), u"Kessling"_s);
    QVERIFY(!query.next());
}

// Her name goes on what she makes: asked the first time a change needs it, kept in the settings,
// and not asked again.
void TestWindowDetails::analystNameIsAskedOnce()
{
    QSettings().remove(u"analyst/name"_s);
    const QString path = m_dir.filePath(u"analyst.parallax"_s);
    QVERIFY(SampleProject::create(path).ok());
    MainWindow window;
    window.show();
    QVERIFY(window.openProject(path));
    const qint64 article = window.findChild<ReadingArea *>()->activeArticle();
    QVERIFY(article > 0);
    auto note = [article](int start) {
        Annotation a;
        a.articleId = article;
        a.kind = AnnotationKind::Note;
        a.span.start = start;
        a.span.end = start + 4;
        a.note = u"Check the figure"_s;
        return a;
    };
    int asked = 0;
    Testing::onNextModal(
        [&asked](QWidget *dialog) {
            ++asked;
            auto *input = qobject_cast<QInputDialog *>(dialog);
            QVERIFY(input);
            input->setTextValue(u"Mara Quillen"_s);
            input->accept();
        },
        &window);
    const auto first = window.session()->addAnnotation(note(0));
    QVERIFY(first.ok());
    QCOMPARE(asked, 1);
    QCOMPARE(Settings().storedAnalystName(), u"Mara Quillen"_s);

    Testing::onNextModal(
        [&asked](QWidget *dialog) {
            ++asked;
            Testing::closeIfOpen(dialog);
        },
        &window);
    const auto second = window.session()->addAnnotation(note(10));
    QVERIFY(second.ok());
    QCOMPARE(asked, 1);
    QSqlQuery query(Storage::connection(*window.project()));
    QVERIFY(query.exec(u"SELECT DISTINCT analyst FROM annotation WHERE origin = 'manual'"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"Mara Quillen"_s);
    QVERIFY(!query.next());
}

QTEST_MAIN(TestWindowDetails)
#include "tst_windowdetails.moc"
