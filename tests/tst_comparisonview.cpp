// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison in the window: marks in the panes, connectors, jumping to counterparts, the
// review queue and the coverage matrix.
#include "edit/projectsession.h"
#include "model/storedcomparison.h"
#include "reader/articlepane.h"
#include "reader/articleview.h"
#include "review/coveragemodel.h"
#include "review/reviewdock.h"
#include "review/reviewitemmodel.h"
#include "roles.h"
#include "storage/articlestore.h"
#include "storage/project.h"
#include "util/textoffsets.h"
#include "workbench/readingarea.h"

#include <QApplication>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace {

// Two fictional reports; the quote sits far down the long one, after emoji that make UTF-16
// and code point offsets differ.
QString filler(int paragraphs)
{
    QStringList out;
    for (int i = 0; i < paragraphs; ++i)
        out << u"Paragraph %1 \U0001F30A describes the harbour at Kessling in some detail."_s.arg(
            i);
    return out.join(u"\n\n"_s);
}

const QString kQuoteA = u"The talks were difficult but fruitful"_s;
const QString kQuoteB = u"The talks were difficult but productive"_s;

StoredSpan spanIn(qint64 article, const QString &text, const QString &needle)
{
    const qsizetype at = text.indexOf(needle);
    // A fixture's needle missing from its text fails the test (Q_ASSERT is compiled out in
    // release builds); the empty result then fails the caller's comparison too.
    if (!QTest::qVerify(
            at >= 0, "at >= 0", "the needle is not in the fixture text", __FILE__, __LINE__))
        return {};
    const CodePointMap map(text);
    StoredSpan s;
    s.articleId = article;
    s.span.start = map.toCodePoint(at);
    s.span.end = map.toCodePoint(at + needle.size());
    s.span.exact = needle;
    return s;
}

} // namespace

class TestComparisonView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void marksAndGroups();
    void showGroupOpensBothArticles();
    void clickScrollsTheOtherPane();
    void connectorsNeedTwoPanes();
    void reviewQueueFiltersAndSteps();
    void reviewNoteEditAsks();
    void coverageMatrix();
    void groupInMoreArticlesIsOffered();

private:
    std::shared_ptr<StoredComparison> comparison() const;

    QTemporaryDir m_dir;
    std::unique_ptr<ProjectSession> m_session;
    qint64 m_a = 0;
    qint64 m_b = 0;
    QString m_textA;
    QString m_textB;
};

void TestComparisonView::init()
{
    QVERIFY(m_dir.isValid());
    auto project = Project::create(m_dir.filePath(
        u"compare-%1.parallax"_s.arg(QString::fromLatin1(QTest::currentTestFunction()))));
    QVERIFY2(project, qPrintable(project.error()));
    m_textA = u"\U0001F91D Ilse Marrow arrived in Kessling.\n\n\u201c"_s + kQuoteA
        + u",\u201d Marrow said.\n\n"_s + filler(3);
    m_textB = filler(60) + u"\n\n\u201c"_s + kQuoteB
        + u",\u201d Tomas Ardelan said.\n\nHe left on Friday.\n\n"_s + filler(20);
    ArticleStore store(*project.value());
    ArticleDraft a;
    a.title = u"Harbour talks"_s;
    a.outlet = u"Harbour Ledger"_s;
    a.body = m_textA;
    ArticleDraft b;
    b.title = u"Varn talks end"_s;
    b.outlet = u"The Meridian Post"_s;
    b.body = m_textB;
    auto ia = store.insert(a);
    auto ib = store.insert(b);
    QVERIFY(ia && ib);
    m_a = ia->id;
    m_b = ib->id;
    m_session = std::make_unique<ProjectSession>(std::move(project).value());
}

void TestComparisonView::cleanup()
{
    m_session.reset();
}

std::shared_ptr<StoredComparison> TestComparisonView::comparison() const
{
    auto c = std::make_shared<StoredComparison>();
    c->storyId = 1;
    c->articleIds = {m_a, m_b};
    StoredAlignment al;
    al.id = 11;
    al.kind = AlignmentKind::Quote;
    al.similarity = 0.9;
    al.members = {spanIn(m_a, m_textA, kQuoteA), spanIn(m_b, m_textB, kQuoteB)};
    StoredDifference d;
    d.kind = DifferenceKind::Synonym;
    d.texts = {u"fruitful"_s, u"productive"_s};
    d.spans = {spanIn(m_a, m_textA, u"fruitful"_s), spanIn(m_b, m_textB, u"productive"_s)};
    al.differences = {d};
    c->alignments = {al};
    ReviewItem synonym;
    synonym.id = 21;
    synonym.alignmentId = 11;
    synonym.kind = u"synonym"_s;
    synonym.spans = al.members;
    synonym.texts = d.texts;
    ReviewItem speaker;
    speaker.id = 22;
    speaker.alignmentId = 11;
    speaker.kind = u"attribution"_s;
    speaker.spans = al.members;
    speaker.texts = {u"Marrow"_s, u"Tomas Ardelan"_s};
    speaker.status = ReviewItemStatus::Confirmed;
    speaker.note = u"Who said it?"_s;
    ReviewItem only;
    only.id = 23;
    only.kind = u"only-sentence"_s;
    only.spans = {spanIn(m_b, m_textB, u"He left on Friday."_s)};
    c->items = {synonym, speaker, only};
    c->entities = {{u"Ilse Marrow"_s, u"PERSON"_s, {m_a}, {2, 0}},
        {u"Kessling"_s, u"LOC"_s, {m_a, m_b}, {4, 60}}};
    c->speakers = {{u"Ilse Marrow"_s, 1, {1, 0}, {6, 0}}, {u"Tomas Ardelan"_s, 2, {0, 1}, {0, 6}}};
    return c;
}

void TestComparisonView::marksAndGroups()
{
    ArticleView view;
    view.resize(500, 400);
    view.setArticle(u"t"_s, u"o"_s, u"d"_s, m_textA);
    const StoredSpan member = spanIn(m_a, m_textA, kQuoteA);
    const StoredSpan word = spanIn(m_a, m_textA, u"fruitful"_s);
    using Mark = ArticleView::ComparisonMark;
    view.setComparisonMarks({{member.span.start, member.span.end, Mark::Kind::Aligned, 11},
        {word.span.start, word.span.end, Mark::Kind::Differing, 11}});
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.groups(), QList<qint64> {11});
    // Code points in, code points out: the emoji before the quote does not shift the span.
    QCOMPARE(view.groupSpan(11), std::make_pair(member.span.start, member.span.end));
    const auto extent = view.groupExtent(11);
    QVERIFY(extent);
    QVERIFY(extent->first >= 0 && extent->second <= view.viewport()->height());
    QVERIFY(extent->second > extent->first);
    QVERIFY(!view.groupExtent(99));

    // A click on the differing word reports its group.
    QSignalSpy clicked(&view, &ArticleView::comparisonGroupClicked);
    const qsizetype utf16 = m_textA.indexOf(u"fruitful"_s) + 2;
    QTextCursor cursor(view.document());
    cursor.setPosition(int(utf16));
    const QPoint point = view.cursorRect(cursor).center() + QPoint(1, 0);
    QCOMPARE(view.groupAt(point), qint64(11));
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, point);
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked.at(0).at(0).toLongLong(), qint64(11));

    // Hidden marks are neither drawn nor clickable.
    view.setComparisonVisible(false);
    QCOMPARE(view.groupAt(point), qint64(0));
}

void TestComparisonView::showGroupOpensBothArticles()
{
    ReadingArea area;
    area.resize(1000, 500);
    area.setSession(m_session.get());
    area.show();
    QVERIFY(QTest::qWaitForWindowExposed(&area));
    area.setComparison(comparison());
    area.showGroup(11);
    QVERIFY(area.articleIn(0) == m_a || area.articleIn(1) == m_a);
    QVERIFY(area.articleIn(0) == m_b || area.articleIn(1) == m_b);
    QCOMPARE(area.currentGroup(), qint64(11));
    // The long article was scrolled to its member, far below its start.
    const int paneB = area.articleIn(0) == m_b ? 0 : 1;
    ArticleView *viewB = area.pane(paneB)->view();
    QVERIFY(viewB->verticalScrollBar()->value() > 0);
    const auto extent = viewB->groupExtent(11);
    QVERIFY(extent);
    QVERIFY(extent->first >= 0 && extent->second <= viewB->viewport()->height());
    QCOMPARE(viewB->currentGroup(), qint64(11));

    // An only-in-one item is a negative group: the one article is shown at its span.
    area.showGroup(-23);
    QCOMPARE(area.currentGroup(), qint64(-23));
    QVERIFY(viewB->groupExtent(-23));

    // A comparison that no longer has the current group drops it.
    auto other = comparison();
    other->alignments.clear();
    other->items.clear();
    area.setComparison(other);
    QCOMPARE(area.currentGroup(), qint64(0));
}

void TestComparisonView::clickScrollsTheOtherPane()
{
    ReadingArea area;
    area.resize(1000, 500);
    area.setSession(m_session.get());
    area.setLinkedScrolling(false);
    area.show();
    QVERIFY(QTest::qWaitForWindowExposed(&area));
    area.showArticle(m_a);
    area.showArticle(m_b); // the second, empty pane
    area.setComparison(comparison());
    ArticleView *viewA = area.pane(0)->view();
    ArticleView *viewB = area.pane(1)->view();
    QCOMPARE(area.articleIn(0), m_a);
    QCOMPARE(area.articleIn(1), m_b);
    QCOMPARE(viewB->verticalScrollBar()->value(), 0);
    const auto before = viewB->groupExtent(11);
    QVERIFY(before);
    QVERIFY2(before->first >= viewB->viewport()->height(),
        qPrintable(u"%1 %2 %3"_s.arg(before->first)
                       .arg(before->second)
                       .arg(viewB->viewport()->height()))); // off screen, below

    QSignalSpy clicked(&area, &ReadingArea::comparisonGroupClicked);
    QTextCursor cursor(viewA->document());
    cursor.setPosition(int(m_textA.indexOf(kQuoteA) + 4));
    QTest::mouseClick(viewA->viewport(), Qt::LeftButton, {}, viewA->cursorRect(cursor).center());
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(area.currentGroup(), qint64(11));
    // The counterpart is now on screen, level with the clicked quote (within a line or two).
    const auto after = viewB->groupExtent(11);
    const auto anchor = viewA->groupExtent(11);
    QVERIFY(after && anchor);
    QVERIFY2(after->first >= 0 && after->second <= viewB->viewport()->height(),
        qPrintable(u"%1 %2 %3 anchor %4"_s.arg(after->first)
                       .arg(after->second)
                       .arg(viewB->viewport()->height())
                       .arg(anchor->first)));
    QVERIFY2(qAbs(after->first - anchor->first) <= 2 * viewB->fontMetrics().lineSpacing(),
        qPrintable(u"%1 vs %2"_s.arg(after->first).arg(anchor->first)));
}

void TestComparisonView::connectorsNeedTwoPanes()
{
    ReadingArea area;
    area.resize(1000, 500);
    area.setSession(m_session.get());
    area.show();
    QVERIFY(QTest::qWaitForWindowExposed(&area));
    auto *splitter = area.findChild<QSplitter *>();
    QVERIFY(splitter);
    const int plain = splitter->handleWidth();
    area.setComparison(comparison());
    QCOMPARE(splitter->handleWidth(), 40); // room for the connectors
    area.setComparisonVisible(false);
    QCOMPARE(splitter->handleWidth(), plain);
    area.setComparisonVisible(true);
    area.setComparison(nullptr);
    QCOMPARE(splitter->handleWidth(), plain);
}

void TestComparisonView::reviewQueueFiltersAndSteps()
{
    ReviewDock dock;
    dock.setComparison(
        comparison(), {{m_a, u"Harbour Ledger"_s}, {m_b, u"The Meridian Post"_s}}, {});
    ReviewItemModel *model = dock.model();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->index(0, ReviewItemModel::DifferenceColumn).data().toString(),
        u"\u201cfruitful\u201d \u2192 \u201cproductive\u201d"_s);
    QCOMPARE(model->index(0, ReviewItemModel::SourcesColumn).data().toString(),
        u"Harbour Ledger \u00b7 The Meridian Post"_s);
    QCOMPARE(model->index(2, ReviewItemModel::DifferenceColumn).data().toString(),
        u"He left on Friday."_s);
    QCOMPARE(model->index(2, 0).data(Roles::ComparisonGroup).toLongLong(), qint64(-23));

    QSignalSpy current(&dock, &ReviewDock::currentItemChanged);
    // Open ones only: 21 then 23 (22 has a verdict), wrapping around.
    QVERIFY(dock.step(true, true));
    QCOMPARE(dock.currentId(), qint64(21));
    QVERIFY(dock.step(true, true));
    QCOMPARE(dock.currentId(), qint64(23));
    QVERIFY(dock.step(true, true));
    QCOMPARE(dock.currentId(), qint64(21));
    QCOMPARE(current.size(), 3);
    QCOMPARE(current.last().at(1).toLongLong(), qint64(11));
    QVERIFY(dock.step(false, false));
    QCOMPARE(dock.currentId(), qint64(23));

    // A span clicked in a pane selects its item without asking the panes to move again.
    dock.selectGroup(11);
    QCOMPARE(dock.currentId(), qint64(21));
    QCOMPARE(current.size(), 4);

    // The current item stays current across a reload.
    dock.setComparison(comparison(), {}, {});
    QCOMPARE(dock.currentId(), qint64(21));

    // Filters: only-in-one, a kind, a verdict, text.
    ReviewFilterProxy *proxy = dock.proxy();
    auto *summary = dock.findChild<QLabel *>(u"reviewSummary"_s);
    QVERIFY(summary);
    QVERIFY(!summary->text().contains(u"shown"_s));
    proxy->setKind(u"only"_s);
    QCOMPARE(proxy->rowCount(), 1);
    // The summary counts what the filter leaves shown.
    QVERIFY2(summary->text().endsWith(u" · 1 shown"_s), qPrintable(summary->text()));
    proxy->setKind(u"difference"_s);
    QCOMPARE(proxy->rowCount(), 2);
    proxy->setKind(u"attribution"_s);
    QCOMPARE(proxy->rowCount(), 1);
    proxy->setKind({});
    proxy->setStatus(int(ReviewItemStatus::Confirmed));
    QCOMPARE(proxy->rowCount(), 1);
    proxy->setStatus(-1);
    proxy->setText(u"productive"_s);
    QCOMPARE(proxy->rowCount(), 1);
    proxy->setText({});
    QCOMPARE(proxy->rowCount(), 3);
    QVERIFY2(!summary->text().contains(u"shown"_s), qPrintable(summary->text()));
}

void TestComparisonView::reviewNoteEditAsks()
{
    ReviewDock dock;
    dock.setComparison(comparison(), {}, {});
    QSignalSpy edited(&dock, &ReviewDock::noteEdited);
    QAbstractItemModel *model = dock.model();
    QVERIFY(model->flags(model->index(1, ReviewItemModel::NoteColumn)) & Qt::ItemIsEditable);
    QVERIFY(!(model->flags(model->index(1, ReviewItemModel::StatusColumn)) & Qt::ItemIsEditable));
    QVERIFY(
        model->setData(model->index(1, ReviewItemModel::NoteColumn), u"Ardelan, per the agency"_s));
    QCOMPARE(edited.size(), 1);
    QCOMPARE(edited.at(0).at(0).toLongLong(), qint64(22));
    QCOMPARE(edited.at(0).at(1).toString(), u"Ardelan, per the agency"_s);
    // The model does not write: the note changes only when the project says so.
    QCOMPARE(model->index(1, ReviewItemModel::NoteColumn).data().toString(), u"Who said it?"_s);
}

void TestComparisonView::coverageMatrix()
{
    CoverageModel model;
    model.setComparison(comparison(), {{m_a, u"Harbour Ledger"_s}, {m_b, u"The Meridian Post"_s}});
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(
        model.headerData(2, Qt::Horizontal, Qt::DisplayRole).toString(), u"The Meridian Post"_s);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, 0).data().toString(), u"Ilse Marrow (PERSON)"_s);
    QCOMPARE(model.index(0, 1).data().toString(), u"2"_s);
    QCOMPARE(model.index(0, 2).data().toString(), u"\u2014"_s); // the Post never names her
    QVERIFY(model.index(0, 2).data(Qt::ToolTipRole).toString().contains(u"does not mention"_s));
    model.setGapsOnly(true);
    QCOMPARE(model.rowCount(), 1);
    model.setGapsOnly(false);
    model.setMode(CoverageModel::Mode::Speakers);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, 0).data().toString(), u"Tomas Ardelan"_s);
    QCOMPARE(model.index(1, 2).data().toString(), u"1"_s);
    QVERIFY(model.index(1, 2).data(Qt::ToolTipRole).toString().contains(u"6 words"_s));
}

void TestComparisonView::groupInMoreArticlesIsOffered()
{
    // A third report quotes the same words: the group spans three articles, two panes are open.
    const QString textC = u"Later that day.\n\n\u201c"_s + kQuoteA + u",\u201d she repeated."_s;
    ArticleDraft c;
    c.title = u"Kessling, day two"_s;
    c.outlet = u"Varn Courier"_s;
    c.body = textC;
    auto ic = ArticleStore(m_session->project()).insert(c);
    QVERIFY(ic);
    auto three = comparison();
    three->articleIds.append(ic->id);
    three->alignments[0].members.append(spanIn(ic->id, textC, kQuoteA));

    ReadingArea area;
    area.resize(900, 500);
    area.setSession(m_session.get());
    area.show();
    QVERIFY(QTest::qWaitForWindowExposed(&area));
    area.showArticle(m_a);
    area.openInNewPane(m_b);
    area.closePane(1); // the empty one
    QCOMPARE(area.paneCount(), 2);
    area.setComparison(three);
    QSignalSpy offered(&area, &ReadingArea::groupArticlesHidden);
    area.showGroup(11);
    // No pane was opened unasked; the article left out is reported, to be offered.
    QCOMPARE(area.paneCount(), 2);
    QCOMPARE(offered.count(), 1);
    QCOMPARE(offered.first().at(1).toInt(), 1);
    QCOMPARE(area.currentGroup(), qint64(11));
    // Accepting the offer opens it.
    area.showGroup(11, true);
    QCOMPARE(area.paneCount(), 3);
    QCOMPARE(area.articleIn(2), ic->id);
    QCOMPARE(offered.last().at(1).toInt(), 0);
    // Three readable panes are wider than the area: the one opened is scrolled into view.
    auto *scroll = area.findChild<QScrollArea *>();
    QVERIFY(scroll);
    QTRY_VERIFY(scroll->horizontalScrollBar()->maximum() > 0);
    const auto inView = [&](int index) {
        const QWidget *pane = area.pane(index);
        const int left = pane->mapTo(scroll->viewport(), QPoint()).x();
        return left >= 0 && left + pane->width() <= scroll->viewport()->width();
    };
    QTRY_VERIFY(inView(2));
    // Going back to a difference of the first report brings its pane back into view.
    area.showGroup(-23);
    QCOMPARE(area.articleIn(1), m_b);
    QTRY_VERIFY(inView(1));
}

QTEST_MAIN(TestComparisonView)
#include "tst_comparisonview.moc"
