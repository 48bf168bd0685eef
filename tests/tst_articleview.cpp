// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reader/articlepane.h"
#include "reader/articleview.h"
#include "util/textoffsets.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace {

// The span of the nth occurrence of needle, in code points, as the store hands it over.
TextSpan spanOf(const QString &text, const QString &needle, int nth = 0)
{
    qsizetype at = -1;
    for (int i = 0; i <= nth; ++i)
        at = text.indexOf(needle, at + 1);
    // A fixture's needle missing from its text fails the test (Q_ASSERT is compiled out in
    // release builds); the empty result then fails the caller's comparison too.
    if (!QTest::qVerify(
            at >= 0, "at >= 0", "the needle is not in the fixture text", __FILE__, __LINE__))
        return {};
    const CodePointMap map(text);
    TextSpan span;
    span.start = map.toCodePoint(at);
    span.end = map.toCodePoint(at + needle.size());
    span.exact = needle;
    return span;
}

Annotation make(qint64 id, AnnotationKind kind, const QString &label, const TextSpan &span,
    ReviewStatus status = ReviewStatus::Accepted)
{
    Annotation a;
    a.id = id;
    a.kind = kind;
    a.label = label;
    a.span = span;
    a.status = status;
    if (status == ReviewStatus::Proposed) {
        a.origin = Origin::Automatic;
        a.confidence = 0.87;
    }
    return a;
}

const QString kEmojiText
    = u"\U0001F30A\U0001F30A Ilse Marrow met \U0001F44D Tomas Ardelan in Kessling.\n\n"
      "\u201cWe will sign in March,\u201d Marrow said."_s;

// Builds the emoji article: 1 Ilse Marrow (PERSON, entity 7), 2 Tomas Ardelan (PERSON,
// proposed), 3 Kessling (LOC, rejected), 4 the quote, 5 its speaker, 6 a tag on "met".
QList<Annotation> emojiAnnotations()
{
    const QString &t = kEmojiText;
    Annotation ilse = make(1, AnnotationKind::Entity, u"PERSON"_s, spanOf(t, u"Ilse Marrow"_s));
    ilse.entityId = 7;
    ilse.note = u"Foreign minister of Veltria"_s;
    Annotation tomas = make(2, AnnotationKind::Entity, u"PERSON"_s, spanOf(t, u"Tomas Ardelan"_s),
        ReviewStatus::Proposed);
    tomas.entityId = 8;
    Annotation speaker = make(5, AnnotationKind::Speaker, {}, spanOf(t, u"Marrow"_s, 1));
    speaker.parentId = 4;
    speaker.entityId = 7;
    return {ilse, tomas,
        make(3, AnnotationKind::Entity, u"LOC"_s, spanOf(t, u"Kessling"_s), ReviewStatus::Rejected),
        make(4, AnnotationKind::Quote, u"direct"_s, spanOf(t, u"We will sign in March,"_s)),
        speaker, make(6, AnnotationKind::Tag, u"meeting"_s, spanOf(t, u"met"_s))};
}

} // namespace

class TestArticleView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void spansMapToUtf16AfterEmoji();
    void clickOnMentionEmitsIds();
    void clickBesideTextEmitsNothing();
    void selectionReportsCodePoints();
    void layerToggleRemovesHighlights();
    void proposalsLayer();
    void rejectedNotPainted();
    void toolTipText();
    void paintsTintUnderSpan();
    void otherNamesAreHatched();
    void scrollToSpanShowsIt();
    void longParagraphSplitKeepsOffsets();
    void paneHeader();
    void marginFoldsWhenNarrow();
    void shiftClickExtendsTheSelection();
    void paragraphSpacingIgnoresLineBreaks();
    void clickOnSpeakerLabelAsksToCorrectIt();
    void longSpeakerBadgesShortenByKind();
    void renderSamples();

private:
    std::unique_ptr<ArticleView> m_view;
};

void TestArticleView::init()
{
    m_view = std::make_unique<ArticleView>();
    m_view->resize(600, 400);
    m_view->setArticle(u"Talks"_s, u"Harbour Ledger"_s, u"2025-11-24"_s, kEmojiText);
    m_view->setAnnotations(emojiAnnotations());
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestArticleView::cleanup()
{
    m_view.reset();
}

void TestArticleView::spansMapToUtf16AfterEmoji()
{
    const auto [start, end] = m_view->utf16Range(1);
    QCOMPARE(kEmojiText.mid(start, end - start), u"Ilse Marrow"_s);
    QCOMPARE(start, 5); // two emoji, two UTF-16 units each, then a space
    const auto [tStart, tEnd] = m_view->utf16Range(2);
    QCOMPARE(kEmojiText.mid(tStart, tEnd - tStart), u"Tomas Ardelan"_s);
    QCOMPARE(m_view->document()->toPlainText().mid(tStart, tEnd - tStart), u"Tomas Ardelan"_s);
}

void TestArticleView::clickOnMentionEmitsIds()
{
    QSignalSpy clicked(m_view.get(), &ArticleView::annotationClicked);
    QSignalSpy entity(m_view.get(), &ArticleView::entityClicked);
    QTextCursor cursor(m_view->document());
    cursor.setPosition(int(m_view->utf16Range(1).first) + 2);
    QTest::mouseClick(
        m_view->viewport(), Qt::LeftButton, {}, m_view->cursorRect(cursor).center() + QPoint(2, 0));
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked.at(0).at(0).toLongLong(), 1);
    QCOMPARE(entity.size(), 1);
    QCOMPARE(entity.at(0).at(0).toLongLong(), 7);

    // Inside the quote: the quote's id, and no entity.
    cursor.setPosition(int(m_view->utf16Range(4).first) + 4);
    QTest::mouseClick(
        m_view->viewport(), Qt::LeftButton, {}, m_view->cursorRect(cursor).center() + QPoint(2, 0));
    QCOMPARE(clicked.size(), 2);
    QCOMPARE(clicked.at(1).at(0).toLongLong(), 4);
    QCOMPARE(entity.size(), 1);
}

void TestArticleView::clickBesideTextEmitsNothing()
{
    QSignalSpy clicked(m_view.get(), &ArticleView::annotationClicked);
    // Far right of the first line, past its end.
    QTextCursor cursor(m_view->document());
    cursor.setPosition(int(m_view->utf16Range(1).first));
    const QPoint beside(m_view->viewport()->width() - 5, m_view->cursorRect(cursor).center().y());
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, beside);
    QCOMPARE(clicked.size(), 0);
}

void TestArticleView::selectionReportsCodePoints()
{
    QSignalSpy spy(m_view.get(), &ArticleView::selectionChangedCodePoints);
    const auto [start, end] = m_view->utf16Range(2); // "Tomas Ardelan", after three emoji
    QTextCursor cursor(m_view->document());
    cursor.setPosition(int(start));
    cursor.setPosition(int(end), QTextCursor::KeepAnchor);
    m_view->setTextCursor(cursor);
    QVERIFY(!spy.isEmpty());
    const TextSpan expected = spanOf(kEmojiText, u"Tomas Ardelan"_s);
    QCOMPARE(spy.last().at(0).value<qsizetype>(), expected.start);
    QCOMPARE(spy.last().at(1).value<qsizetype>(), expected.end);
    QCOMPARE(expected.start, start - 3);

    // The keyboard extends the selection in a read-only view.
    m_view->setFocus();
    QTest::keyClick(m_view.get(), Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(spy.last().at(1).value<qsizetype>(), expected.end + 1);
}

void TestArticleView::layerToggleRemovesHighlights()
{
    const QRect all = m_view->viewport()->rect();
    QVERIFY(m_view->visibleAnnotationsInRect(all).contains(1));
    QVERIFY(m_view->visibleAnnotationsInRect(all).contains(4));
    m_view->setLayerVisible(ArticleView::Layer::Person, false);
    QVERIFY(!m_view->visibleAnnotationsInRect(all).contains(1));
    QVERIFY(!m_view->visibleAnnotationsInRect(all).contains(2));
    QVERIFY(m_view->visibleAnnotationsInRect(all).contains(4));
    m_view->setLayerVisible(ArticleView::Layer::Quotes, false);
    QVERIFY(!m_view->visibleAnnotationsInRect(all).contains(4));
    m_view->setLayerVisible(ArticleView::Layer::Tags, false);
    QVERIFY(m_view->visibleAnnotationsInRect(all).isEmpty());
    m_view->setLayerVisible(ArticleView::Layer::Person, true);
    QVERIFY(m_view->visibleAnnotationsInRect(all).contains(1));
}

void TestArticleView::proposalsLayer()
{
    const QRect all = m_view->viewport()->rect();
    QVERIFY(m_view->visibleAnnotationsInRect(all).contains(2));
    m_view->setLayerVisible(ArticleView::Layer::Proposals, false);
    QVERIFY(!m_view->visibleAnnotationsInRect(all).contains(2));
    QVERIFY(m_view->visibleAnnotationsInRect(all).contains(1));
}

void TestArticleView::rejectedNotPainted()
{
    QVERIFY(!m_view->visibleAnnotationsInRect(m_view->viewport()->rect()).contains(3));
    QVERIFY(m_view->toolTipAt(m_view->utf16Range(3).first).isEmpty());
}

void TestArticleView::toolTipText()
{
    m_view->setEntityNames({{8, u"Tomas Ardelan (Osmark)"_s}});
    const QString proposed = m_view->toolTipAt(m_view->utf16Range(2).first + 1);
    QVERIFY2(proposed.contains(u"Entity: PERSON"_s), qPrintable(proposed));
    QVERIFY2(proposed.contains(u"Tomas Ardelan (Osmark)"_s), qPrintable(proposed));
    QVERIFY2(proposed.contains(u"Proposed, confidence 87%"_s), qPrintable(proposed));

    const QString noted = m_view->toolTipAt(m_view->utf16Range(1).first);
    QVERIFY2(noted.contains(u"Note: Foreign minister of Veltria"_s), qPrintable(noted));
    QVERIFY2(noted.contains(u"Accepted"_s), qPrintable(noted));

    const QString quote = m_view->toolTipAt(m_view->utf16Range(4).first);
    QVERIFY2(quote.contains(u"Quote: direct"_s), qPrintable(quote));
    QVERIFY2(quote.contains(u"Speaker: Marrow"_s), qPrintable(quote));
}

void TestArticleView::paintsTintUnderSpan()
{
    // Inside the tint, in the space between "Ilse" and "Marrow", where no glyph is drawn.
    QTextCursor cursor(m_view->document());
    cursor.setPosition(int(m_view->utf16Range(1).first) + 4);
    const QRect caret = m_view->cursorRect(cursor);
    const QPoint probe(caret.x() + 2, caret.center().y());
    const QColor base = m_view->palette().color(QPalette::Base);
    auto pixel = [&] {
        const QImage image = m_view->viewport()->grab().toImage();
        return image.pixelColor(probe * image.devicePixelRatio());
    };
    QVERIFY2(pixel() != base, qPrintable(pixel().name()));
    m_view->setLayerVisible(ArticleView::Layer::Person, false);
    QCOMPARE(pixel(), base);
}

// Other names and Places look alike to deuteranopes and protanopes in tint alone: Other names
// carry a hatch, seen whatever the colour vision. Counted over a stretch of spaces (no glyphs).
void TestArticleView::otherNamesAreHatched()
{
    const QString text = u"a                              b                              c"_s;
    m_view->setArticle({}, {}, {}, text);
    const QString gap(30, u' ');
    m_view->setAnnotations({make(1, AnnotationKind::Entity, u"MISC"_s, spanOf(text, gap, 0)),
        make(2, AnnotationKind::Entity, u"LOC"_s, spanOf(text, gap, 1))});
    const QImage image = m_view->viewport()->grab().toImage();
    auto colours = [&](qint64 id) {
        const auto [start, end] = m_view->utf16Range(id);
        QTextCursor from(m_view->document());
        from.setPosition(int(start) + 1);
        QTextCursor to(m_view->document());
        to.setPosition(int(end) - 1);
        const QRect a = m_view->cursorRect(from);
        const QRect b = m_view->cursorRect(to);
        QSet<QRgb> seen;
        for (int x = a.x() + 2; x < b.x() - 2; ++x) {
            for (int y = a.top() + 3; y < a.bottom() - 4; ++y)
                seen.insert(image.pixel(QPoint(x, y) * image.devicePixelRatio()));
        }
        return seen.size();
    };
    QCOMPARE(colours(2), 1); // a flat tint
    QVERIFY2(colours(1) > 1, "no hatch lines in the Other names tint");
}

void TestArticleView::scrollToSpanShowsIt()
{
    QString text;
    for (int i = 0; i < 400; ++i)
        text += u"Paragraph %1 about the talks.\n\n"_s.arg(i);
    text += u"Target\n"_s;
    m_view->setArticle({}, {}, {}, text);
    const TextSpan target = spanOf(text, u"Target"_s);
    m_view->setAnnotations({make(1, AnnotationKind::Entity, u"LOC"_s, target)});
    QVERIFY(!m_view->visibleAnnotationsInRect(m_view->viewport()->rect()).contains(1));
    m_view->scrollToSpan(target.start, target.end);
    QVERIFY(m_view->visibleAnnotationsInRect(m_view->viewport()->rect()).contains(1));
}

void TestArticleView::longParagraphSplitKeepsOffsets()
{
    QString text;
    for (int i = 0; i < 400; ++i)
        text += u"Sentence %1 of one paragraph that never ends. "_s.arg(i);
    text += u"\U0001F30A Target."_s;
    m_view->setArticle({}, {}, {}, text);
    const TextSpan target = spanOf(text, u"Target"_s);
    m_view->setAnnotations({make(1, AnnotationKind::Entity, u"LOC"_s, target)});
    QVERIFY(m_view->document()->blockCount() > 5);
    const QString shown = m_view->document()->toPlainText();
    QCOMPARE(shown.size(), text.size());
    const auto [start, end] = m_view->utf16Range(1);
    QCOMPARE(shown.mid(start, end - start), u"Target"_s);

    // Copying gives the article's characters back, spaces and all.
    m_view->selectAll();
    m_view->copy();
    QCOMPARE(QApplication::clipboard()->text(), text);
}

void TestArticleView::paneHeader()
{
    ArticlePane pane;
    QSignalSpy close(&pane, &ArticlePane::closeRequested);
    pane.setArticle(u"Title"_s, u"Harbour Ledger"_s, u"2025-11-24"_s, u"Body"_s);
    QCOMPARE(pane.view()->toPlainText(), u"Body"_s);
    QCOMPARE(pane.view()->outlet(), u"Harbour Ledger"_s);
}

// Renders the sample article with hand-made annotations; with PARALLAX_READER_PNG_DIR set the
// images are written there to be looked at.
void TestArticleView::marginFoldsWhenNarrow()
{
    // Wide: room for the speakers' names beside the text.
    m_view->resize(900, 400);
    QVERIFY(!m_view->isMarginFolded());
    const int wide = m_view->viewport()->width();
    // Narrow: a slim gutter, and the text keeps the width the names would have taken.
    m_view->resize(340, 400);
    QVERIFY(m_view->isMarginFolded());
    QCOMPARE(m_view->viewport()->x() - m_view->contentsRect().x(), ArticleView::kFoldedMargin);
    QVERIFY(m_view->viewport()->width() > 340 - (900 - wide));
    m_view->resize(900, 400);
    QVERIFY(!m_view->isMarginFolded());
}

void TestArticleView::clickOnSpeakerLabelAsksToCorrectIt()
{
    // The margin beside the quote (annotation 4): a click there, left or right, is a request to
    // correct its speaker; the margin beside plain text is no such request.
    QWidget *margin = nullptr; // the child left of the text
    for (QWidget *child : m_view->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (child != m_view->viewport() && child->isVisible()
            && child->geometry().right() < m_view->viewport()->geometry().left())
            margin = child;
    }
    QVERIFY(margin);
    QTextCursor cursor(m_view->document());
    const auto [start, end] = m_view->utf16Range(4);
    QVERIFY(end > start);
    cursor.setPosition(int(start) + 1);
    const int y = m_view->viewport()->mapTo(m_view.get(), m_view->cursorRect(cursor).center()).y()
        - margin->y();
    QSignalSpy speaker(m_view.get(), &ArticleView::speakerLabelClicked);
    QSignalSpy clicked(m_view.get(), &ArticleView::annotationClicked);
    QTest::mouseClick(margin, Qt::LeftButton, {}, QPoint(margin->width() / 2, y));
    QCOMPARE(speaker.size(), 1);
    QCOMPARE(speaker.first().first().toLongLong(), 4);
    QCOMPARE(clicked.last().first().toLongLong(), 4);
    QTest::mouseClick(margin, Qt::RightButton, {}, QPoint(margin->width() / 2, y));
    QCOMPARE(speaker.size(), 2);
    // Beside the first line (a mention, no quote): nothing.
    cursor.setPosition(int(m_view->utf16Range(1).first) + 1);
    const int other
        = m_view->viewport()->mapTo(m_view.get(), m_view->cursorRect(cursor).center()).y()
        - margin->y();
    QVERIFY(qAbs(other - y) > m_view->fontMetrics().height());
    QTest::mouseClick(margin, Qt::LeftButton, {}, QPoint(margin->width() / 2, other));
    QCOMPARE(speaker.size(), 2);
}

void TestArticleView::longSpeakerBadgesShortenByKind()
{
    // A badge too long for the margin: a person's shows the surname, an organisation's its
    // beginning (its last word, "Commission", would name any commission).
    const QString t = u"\u201cWe will sign,\u201d said Foreign Minister Ilse Marrow. The Northern "
                      "Basin Commission said the accord marked \u201ca turning point.\u201d"_s;
    Annotation ilse = make(1, AnnotationKind::Entity, u"PERSON"_s, spanOf(t, u"Ilse Marrow"_s));
    ilse.entityId = 7;
    Annotation basin
        = make(2, AnnotationKind::Entity, u"ORG"_s, spanOf(t, u"Northern Basin Commission"_s));
    basin.entityId = 9;
    Annotation first = make(4, AnnotationKind::Speaker, {}, spanOf(t, u"Ilse Marrow"_s));
    first.parentId = 3;
    first.entityId = 7;
    Annotation second
        = make(6, AnnotationKind::Speaker, {}, spanOf(t, u"The Northern Basin Commission"_s));
    second.parentId = 5;
    // Unlinked: the span is all the view knows, and a person's name inside it makes a person.
    Annotation third
        = make(8, AnnotationKind::Speaker, {}, spanOf(t, u"Foreign Minister Ilse Marrow"_s));
    third.parentId = 7;
    ArticleView view;
    view.setArticle(u"Accord"_s, u"Harbour Post"_s, {}, t);
    view.setEntityNames({{7, u"Ilse Marrow"_s}, {9, u"Northern Basin Commission"_s}});
    view.setAnnotations({ilse, basin,
        make(3, AnnotationKind::Quote, u"direct"_s, spanOf(t, u"We will sign,"_s)), first,
        make(5, AnnotationKind::Quote, u"partial"_s, spanOf(t, u"a turning point."_s)), second,
        make(7, AnnotationKind::Quote, u"direct"_s, spanOf(t, u"We will sign"_s)), third});
    const QFontMetricsF metrics(view.font());
    const qreal room = metrics.horizontalAdvance(u"Northern"_s);
    QCOMPARE(view.shownBadge(3, metrics, room), u"Marrow"_s);
    QCOMPARE(view.shownBadge(7, metrics, room), u"Marrow"_s);
    const QString organisation = view.shownBadge(5, metrics, room);
    QVERIFY2(organisation.startsWith(u"Nor"_s), qPrintable(organisation));
    QVERIFY(organisation.endsWith(QChar(0x2026)));
    // What fits is shown whole.
    QCOMPARE(view.shownBadge(5, metrics, 1000), u"The Northern Basin Commission"_s);
}

void TestArticleView::shiftClickExtendsTheSelection()
{
    QSignalSpy selected(m_view.get(), &ArticleView::selectionChangedCodePoints);
    const QRect first = m_view->cursorRect(QTextCursor(m_view->document()->findBlockByNumber(0)));
    QTextCursor end(m_view->document());
    end.movePosition(QTextCursor::End);
    const QRect last = m_view->cursorRect(end);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, first.center() + QPoint(2, 0));
    QTest::mouseClick(
        m_view->viewport(), Qt::LeftButton, Qt::ShiftModifier, last.center() - QPoint(2, 0));
    QVERIFY(m_view->textCursor().hasSelection());
    QVERIFY(m_view->textCursor().selectedText().size() > 10);
    QVERIFY(!selected.isEmpty());
}

// One newline or three between two paragraphs: the same space, and a click on the second
// paragraph's words still lands on them.
void TestArticleView::paragraphSpacingIgnoresLineBreaks()
{
    auto secondParagraphTop = [this](const QString &text) {
        m_view->setArticle(u"Talks"_s, {}, {}, text);
        QCoreApplication::processEvents();
        QTextCursor cursor(m_view->document());
        cursor.setPosition(int(text.indexOf(u"Second"_s)));
        return m_view->cursorRect(cursor).top()
            - m_view->cursorRect(QTextCursor(m_view->document())).top();
    };
    const int one = secondParagraphTop(u"First paragraph.\nSecond paragraph."_s);
    const int three = secondParagraphTop(u"First paragraph.\n\n\nSecond paragraph."_s);
    const int lineHeight = m_view->fontMetrics().height();
    QCOMPARE(three, one);
    QVERIFY2(one > lineHeight * 1.3, qPrintable(u"%1 vs line %2"_s.arg(one).arg(lineHeight)));

    QTextCursor second(m_view->document());
    second.setPosition(
        int(u"First paragraph.\n\n\nSecond paragraph."_s.indexOf(u"paragraph."_s, 20)));
    const QRect rect = m_view->cursorRect(second);
    const QTextCursor hit = m_view->cursorForPosition(rect.center() + QPoint(4, 0));
    QCOMPARE(hit.block().text(), u"Second paragraph."_s);
}

void TestArticleView::renderSamples()
{
    QFile file(QStringLiteral(PARALLAX_SOURCE_DIR) + u"/resources/sample/harbour-ledger.txt"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString raw = QString::fromUtf8(file.readAll());
    const QString t = raw.mid(raw.indexOf(u"\n\n"_s) + 2);

    QList<Annotation> list;
    qint64 id = 0;
    auto add = [&](AnnotationKind kind, const QString &label, const QString &needle, int nth = 0,
                   ReviewStatus status = ReviewStatus::Accepted) -> Annotation & {
        list << make(++id, kind, label, spanOf(t, needle, nth), status);
        return list.last();
    };
    add(AnnotationKind::Entity, u"LOC"_s, u"KESSLING"_s);
    add(AnnotationKind::Entity, u"LOC"_s, u"Veltria"_s, 0);
    add(AnnotationKind::Entity, u"LOC"_s, u"Veltria"_s, 1);
    add(AnnotationKind::Entity, u"LOC"_s, u"Osmark"_s, 0);
    add(AnnotationKind::Entity, u"DATE"_s, u"Monday"_s);
    add(AnnotationKind::Entity, u"LOC"_s, u"Lake Varn"_s);
    add(AnnotationKind::Entity, u"DATE"_s, u"2019"_s);
    add(AnnotationKind::Tag, u"water-sharing"_s, u"provisional agreement to share the water"_s);
    const qint64 quote = add(AnnotationKind::Quote, u"direct"_s,
        u"The talks were difficult but fruitful, and we will meet again in March to sign the final text,"_s)
                             .id;
    add(AnnotationKind::Entity, u"DATE"_s, u"March"_s);
    add(AnnotationKind::Entity, u"PERSON"_s, u"Ilse Marrow"_s).entityId = 100;
    add(AnnotationKind::Cue, {}, u"told"_s);
    Annotation &speaker = add(AnnotationKind::Speaker, {}, u"Ilse Marrow"_s);
    speaker.parentId = quote;
    speaker.entityId = 100;
    add(AnnotationKind::Entity, u"ORG"_s, u"Northern Basin Commission"_s, 0);
    add(AnnotationKind::Entity, u"PERSON"_s, u"Tomas Ardelan"_s, 0, ReviewStatus::Proposed);
    const qint64 guarded = add(AnnotationKind::Quote, u"direct"_s,
        u"Nothing is agreed until everything is agreed,"_s, 0, ReviewStatus::Proposed)
                               .id;
    Annotation &he = add(AnnotationKind::Speaker, {}, u"Tomas Ardelan"_s, 0);
    he.parentId = guarded;
    add(AnnotationKind::Entity, u"PERCENT"_s, u"40 percent"_s);
    add(AnnotationKind::Entity, u"MONEY"_s, u"12 million euros"_s);
    add(AnnotationKind::Entity, u"LOC"_s, u"Port Alder"_s, 0, ReviewStatus::Proposed);
    add(AnnotationKind::Entity, u"PERSON"_s, u"Dana Okoro"_s, 0, ReviewStatus::Proposed);
    add(AnnotationKind::Entity, u"DATE"_s, u"8 December"_s).note
        = u"Check: other outlets say 9 December"_s;
    add(AnnotationKind::Note, {}, u"welcomed the news"_s).note = u"Tone differs from Wire"_s;
    add(AnnotationKind::Entity, u"MISC"_s, u"Sarrel Growers' Union"_s, 0, ReviewStatus::Rejected);
    add(AnnotationKind::Entity, u"ORG"_s, u"Sarrel Growers' Union"_s);
    add(AnnotationKind::Entity, u"TIME"_s, u"closing session"_s, 0, ReviewStatus::Proposed);

    const QString dir = qEnvironmentVariable("PARALLAX_READER_PNG_DIR");
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
    for (const bool dark : {false, true}) {
        ArticlePane pane;
        QPalette palette = fusion->standardPalette();
        if (dark) {
            palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
            palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
            palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
            palette.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
            palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
            palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
            palette.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
            palette.setColor(QPalette::Highlight, QColor(0x3d, 0x6e, 0xb4));
        }
        pane.setPalette(palette);
        pane.resize(760, 820);
        pane.setArticle(
            u"Veltria and Osmark agree to share Lake Varn water after two days of talks"_s,
            u"Harbour Ledger"_s, u"24 November 2025"_s, t);
        pane.view()->setTagColor(u"water-sharing"_s, QColor(0x1b, 0x9e, 0x77));
        pane.view()->setAnnotations(list);
        pane.view()->highlightEntity(100);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        const QImage image = pane.grab().toImage();
        QVERIFY(!image.isNull());
        if (!dir.isEmpty())
            QVERIFY(image.save(dir + (dark ? u"/reader-dark.png"_s : u"/reader-light.png"_s)));
    }
}

QTEST_MAIN(TestArticleView)
#include "tst_articleview.moc"
