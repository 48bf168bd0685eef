// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "edit/projectsession.h"
#include "mainwindow.h"
#include "model/anchoring.h"
#include "reader/articlepane.h"
#include "reader/articleview.h"
#include "review/analystmenu.h"
#include "review/curationdialog.h"
#include "settings.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/curationstore.h"
#include "storage/project.h"
#include "util/textoffsets.h"
#include "workbench/readingarea.h"

#include <QAction>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace {

// Invented; the emoji makes code points and UTF-16 differ.
const QString kBody = u"🌊 Dana Ekholm of the Varn Water Board met Ilse Marrow in Kessling on "
                      "Tuesday, and the talks went on."_s;

} // namespace

class TestCurationDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void analystsSideBySideWithDisagreementsMarked();
    void acceptMergeEditRemoveWithUndo();
    void acceptAllAgreedInOneStep();
    void openedFromTheReviewMenu();
    void layerBarShowsOneAnalystOrAll();

private:
    void add(const QString &analyst, const QString &exact, const QString &label);
    QList<CuratedAnnotation> layer();
    int rowOf(const QString &text, CurationDialog &dialog);
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectSession> m_session;
    qint64 m_story = 0;
    qint64 m_article = 0;
};

void TestCurationDialog::add(const QString &analyst, const QString &exact, const QString &label)
{
    Annotation a;
    a.articleId = m_article;
    a.kind = AnnotationKind::Entity;
    a.label = label;
    a.origin = Origin::Manual;
    a.analyst = analyst;
    const CodePointMap map(kBody);
    const qsizetype at = kBody.indexOf(exact);
    a.span
        = Anchoring::makeSpan(kBody, map, map.toCodePoint(at), map.toCodePoint(at + exact.size()));
    QVERIFY(AnnotationStore(m_session->project()).insert(a).ok());
}

QList<CuratedAnnotation> TestCurationDialog::layer()
{
    return CurationStore(m_session->project()).list(0).value();
}

int TestCurationDialog::rowOf(const QString &text, CurationDialog &dialog)
{
    auto *rows = dialog.findChild<QTreeWidget *>(u"rows"_s);
    for (int i = 0; i < rows->topLevelItemCount(); ++i) {
        if (rows->topLevelItem(i)->text(0).contains(text))
            return i;
    }
    return -1;
}

void TestCurationDialog::init()
{
    auto project = Project::create(m_dir.filePath(u"curation.parallax"_s));
    QVERIFY(project.ok());
    ArticleStore articles(*project.value());
    m_story = articles.storyId(u"Lake Varn"_s, true).value();
    ArticleDraft draft;
    draft.title = u"Varn talks"_s;
    draft.body = kBody;
    m_article = articles.insert(draft).value().id;
    QVERIFY(articles.addToStory(m_story, m_article).ok());
    m_session = std::make_unique<ProjectSession>(std::move(project).value());
    m_session->setAnalyst(u"Lead"_s);
    add(u"Ana"_s, u"Dana Ekholm"_s, u"PERSON"_s);
    add(u"Ben"_s, u"Dana Ekholm"_s, u"PERSON"_s);
    add(u"Ana"_s, u"Varn Water Board"_s, u"ORG"_s);
    add(u"Ben"_s, u"Water Board"_s, u"ORG"_s);
    add(u"Ana"_s, u"Ilse Marrow"_s, u"PERSON"_s);
    add(u"Ben"_s, u"Ilse Marrow"_s, u"PERSON"_s);
    add(u"Ben"_s, u"Kessling"_s, u"LOC"_s);
}

void TestCurationDialog::cleanup()
{
    m_session.reset();
    QFile::remove(m_dir.filePath(u"curation.parallax"_s));
}

void TestCurationDialog::analystsSideBySideWithDisagreementsMarked()
{
    CurationDialog dialog(m_session.get(), m_story);
    QCOMPARE(dialog.articleId(), m_article);
    QCOMPARE(dialog.rowCount(), 4);
    auto *rows = dialog.findChild<QTreeWidget *>(u"rows"_s);
    QCOMPARE(rows->headerItem()->text(1), u"Ana"_s);
    QCOMPARE(rows->headerItem()->text(2), u"Ben"_s);
    QCOMPARE(rows->headerItem()->text(3), u"Curated"_s);
    // Agreed: nothing marked.
    QTreeWidgetItem *dana = rows->topLevelItem(rowOf(u"Dana Ekholm"_s, dialog));
    QCOMPARE(dana->text(1), u"PERSON 2–13"_s); // code points
    QCOMPARE(dana->background(1).style(), Qt::NoBrush);
    // The board: two extents, marked.
    QTreeWidgetItem *board = rows->topLevelItem(rowOf(u"Varn Water Board"_s, dialog));
    QVERIFY(board->text(0).startsWith(u"≠"_s));
    QCOMPARE(board->text(2), u"ORG 26–37"_s);
    QVERIFY(board->background(1).style() != Qt::NoBrush);
    // Kessling: Ben alone.
    QTreeWidgetItem *kessling = rows->topLevelItem(rowOf(u"Kessling"_s, dialog));
    QCOMPARE(kessling->text(1), u"—"_s);
    QCOMPARE(dialog.findChild<QLabel *>(u"status"_s)->text(),
        u"4 rows, 2 where the analysts differ, 0 curated."_s);

    QSignalSpy activated(&dialog, &CurationDialog::spanActivated);
    Q_EMIT rows->itemActivated(board, 0);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(1).toLongLong(), 21);
    QCOMPARE(activated.at(0).at(2).toLongLong(), 37);
}

void TestCurationDialog::acceptMergeEditRemoveWithUndo()
{
    CurationDialog dialog(m_session.get(), m_story);
    const int board = rowOf(u"Varn Water Board"_s, dialog);
    QVERIFY(dialog.acceptVersion(board, u"Ben"_s).ok());
    QCOMPARE(layer().size(), 1);
    QCOMPARE(layer().at(0).span.exact, u"Water Board"_s);
    // Ana's version in its place: still one curated annotation.
    QVERIFY(dialog.acceptVersion(rowOf(u"Varn Water Board"_s, dialog), u"Ana"_s).ok());
    QCOMPARE(layer().size(), 1);
    QCOMPARE(layer().at(0).span.exact, u"Varn Water Board"_s);
    QCOMPARE(layer().at(0).sourceAnalyst, u"Ana"_s);
    // The curated column shows it.
    auto *rows = dialog.findChild<QTreeWidget *>(u"rows"_s);
    QCOMPARE(rows->topLevelItem(rowOf(u"Varn Water Board"_s, dialog))->text(3), u"ORG 21–37"_s);
    m_session->undoStack()->undo();
    QCOMPARE(layer().at(0).span.exact, u"Water Board"_s);

    // Kessling: nothing from Ana to accept; Ben's, then edited, then removed.
    const int kessling = rowOf(u"Kessling"_s, dialog);
    const auto none = dialog.acceptVersion(kessling, u"Ana"_s);
    QVERIFY(!none.ok());
    QVERIFY(none.error().contains(u"Ana marked nothing here"_s));
    QVERIFY(!dialog.editCurated(kessling, u"GPE"_s, 50, 58).ok()); // nothing curated yet
    QVERIFY(dialog.mergeVersions(kessling).ok());
    const CuratedAnnotation merged = layer().last();
    QCOMPARE(merged.span.exact, u"Kessling"_s);
    QVERIFY(dialog
                .editCurated(
                    rowOf(u"Kessling"_s, dialog), u"LOC"_s, merged.span.start, merged.span.end + 3)
                .ok());
    QCOMPARE(layer().last().span.exact, u"Kessling on"_s);
    QVERIFY(dialog.removeCurated(rowOf(u"Kessling"_s, dialog)).ok());
    QCOMPARE(layer().size(), 1);
    m_session->undoStack()->undo();
    QCOMPARE(layer().last().span.exact, u"Kessling on"_s);
    QCOMPARE(dialog.findChild<QLabel *>(u"status"_s)->text(),
        u"4 rows, 2 where the analysts differ, 2 curated."_s);
}

void TestCurationDialog::acceptAllAgreedInOneStep()
{
    CurationDialog dialog(m_session.get(), m_story);
    const int steps = m_session->undoStack()->count();
    QVERIFY(dialog.acceptAllAgreed().ok());
    QCOMPARE(m_session->undoStack()->count(), steps + 1);
    const QList<CuratedAnnotation> rows = layer();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).span.exact, u"Dana Ekholm"_s);
    QCOMPARE(rows.at(1).span.exact, u"Ilse Marrow"_s);
    // Nothing agreed is left to take.
    QVERIFY(!dialog.acceptAllAgreed().ok());
    m_session->undoStack()->undo();
    QVERIFY(layer().isEmpty());
    if (const QString folder = qEnvironmentVariable("PARALLAX_SCREENSHOTS"); !folder.isEmpty()) {
        m_session->undoStack()->redo();
        QVERIFY(dialog.acceptVersion(rowOf(u"Varn Water Board"_s, dialog), u"Ana"_s).ok());
        dialog.show();
        auto *rows = dialog.findChild<QTreeWidget *>(u"rows"_s);
        rows->setCurrentItem(rows->topLevelItem(rowOf(u"Kessling"_s, dialog)));
        QVERIFY(dialog.grab().save(folder + u"/curation-dialog.png"_s));
    }
}

void TestCurationDialog::openedFromTheReviewMenu()
{
    QStandardPaths::setTestModeEnabled(true);
    Settings().setAnalystName(u"Test Analyst"_s); // the name is not asked (tst_windowdetails)
    const QString path = m_session->project().path();
    m_session.reset();
    MainWindow window;
    window.show();
    QVERIFY(window.openProject(path));
    auto *action = window.findChild<QAction *>(u"curateAction"_s);
    QVERIFY(action && action->isEnabled());
    action->trigger();
    auto *dialog = window.findChild<CurationDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->rowCount(), 4);
    // Its steps are the window's: Edit › Undo takes them back.
    QVERIFY(dialog->acceptAllAgreed().ok());
    QVERIFY(window.session()->undoStack()->canUndo());
    QCOMPARE(window.session()->undoStack()->undoText(), u"Accept 2 annotation(s)"_s);
    Q_EMIT dialog->spanActivated(m_article, 2, 13);
    QCOMPARE(window.currentArticleId(), m_article);
    QPointer<CurationDialog> guard(dialog);
    window.closeProject();
    QTRY_VERIFY(guard.isNull());
}

void TestCurationDialog::layerBarShowsOneAnalystOrAll()
{
    QStandardPaths::setTestModeEnabled(true);
    Settings().setAnalystName(u"Test Analyst"_s); // the name is not asked (tst_windowdetails)
    const QString path = m_session->project().path();
    m_session.reset();
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(window.openProject(path));
    window.showArticle(m_article);
    auto *menu = window.findChild<AnalystMenu *>();
    QVERIFY(menu);
    QCOMPARE(menu->analysts(), QStringList({u"Ana"_s, u"Ben"_s}));
    ArticleView *view = window.findChild<ReadingArea *>()->pane(0)->view();
    const auto drawn = [view] {
        return view->visibleAnnotationsInRect(view->viewport()->rect());
    };
    QTRY_COMPARE(drawn().size(), 7);
    // Only Ana's layer: her three spans.
    auto *only = menu->findChild<QAction *>(u"only:Ana"_s);
    QVERIFY(only);
    only->trigger();
    QCOMPARE(menu->hidden(), QSet<QString>({u"Ben"_s}));
    QCOMPARE(drawn().size(), 3);
    // Ben's too, by his check mark; then all again.
    menu->setShown(u"Ben"_s, true);
    QCOMPARE(drawn().size(), 7);
    menu->setShown(u"Ana"_s, false);
    QCOMPARE(drawn().size(), 4);
    menu->showAll();
    QCOMPARE(drawn().size(), 7);
}

QTEST_MAIN(TestCurationDialog)
#include "tst_curationdialog.moc"
