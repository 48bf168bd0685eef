// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/anchoring.h"
#include "testhelpers.h"
#include "util/textoffsets.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parallax;

class TestAnchoring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void makeSpanCarriesContext();
    void unchangedTextIsOk();
    void insertedTextBeforeIsReanchored();
    void ambiguousMatchIsOrphaned();
    void changedQuoteIsOrphaned();
    void changedContextIsOrphaned();
    void nonBmpOffsets();
};

void TestAnchoring::makeSpanCarriesContext()
{
    const QString text = u"The minister called the talks difficult but fruitful on Monday."_s;
    const TextSpan span = Anchoring::makeSpan(text, 30, 52);
    QCOMPARE(span.exact, u"difficult but fruitful"_s);
    QCOMPARE(span.prefix, u"The minister called the talks "_s);
    QCOMPARE(span.suffix, u" on Monday."_s);
}

void TestAnchoring::unchangedTextIsOk()
{
    const QString text = u"Alpha beta gamma delta."_s;
    const TextSpan span = Anchoring::makeSpan(text, 6, 10);
    const auto outcome = Anchoring::verify(text, CodePointMap(text), span);
    QCOMPARE(outcome.state, AnchorState::Ok);
    QCOMPARE(outcome.span, span);
}

void TestAnchoring::insertedTextBeforeIsReanchored()
{
    const QString before = u"Talks in Veltria ended. The envoy said the deal was close."_s;
    const TextSpan span = Anchoring::makeSpan(before, 43, 57); // "deal was close"
    QCOMPARE(span.exact, u"deal was close"_s);
    const QString after = u"UPDATED: Talks in Veltria ended. The envoy said the deal was close."_s;
    const auto outcome = Anchoring::verify(after, CodePointMap(after), span);
    QCOMPARE(outcome.state, AnchorState::Reanchored);
    QCOMPARE(outcome.span.start, 52);
    QCOMPARE(outcome.span.end, 66);
    QCOMPARE(Offsets::midCodePoints(after, outcome.span.start, outcome.span.end), span.exact);
}

void TestAnchoring::ambiguousMatchIsOrphaned()
{
    // The same sentence with the same context twice: no way to tell which one was meant.
    const QString text = u"He said yes. He said yes. He said yes."_s;
    TextSpan span = Anchoring::makeSpan(text, 16, 24); // the middle "said yes"
    span.start = 100; // stale position
    span.end = 108;
    span.prefix = u"He "_s;
    span.suffix = u"."_s;
    const auto outcome = Anchoring::verify(text, CodePointMap(text), span);
    QCOMPARE(outcome.state, AnchorState::Orphaned);
    QCOMPARE(outcome.span.start, 100); // never moved by guesswork
}

void TestAnchoring::changedQuoteIsOrphaned()
{
    const QString before = u"She called it a fruitful meeting."_s;
    const TextSpan span = Anchoring::makeSpan(before, 16, 24);
    const QString after = u"She called it a productive meeting."_s;
    const auto outcome = Anchoring::verify(after, CodePointMap(after), span);
    QCOMPARE(outcome.state, AnchorState::Orphaned);
    QCOMPARE(outcome.span, span);
}

void TestAnchoring::changedContextIsOrphaned()
{
    const QString before = u"Prefix one. The deal is done. Suffix one."_s;
    const TextSpan span = Anchoring::makeSpan(before, 12, 29);
    const QString after = u"Other words. The deal is done. Other end."_s;
    const auto outcome = Anchoring::verify(after, CodePointMap(after), span);
    QCOMPARE(outcome.state, AnchorState::Orphaned);
}

void TestAnchoring::nonBmpOffsets()
{
    const QString before = u"😀 The envoy 🇪🇺 said “fine”."_s;
    const CodePointMap map(before);
    const TextSpan span = Anchoring::makeSpan(before, map, 15, 19); // "said"
    QCOMPARE(span.exact, u"said"_s);
    const QString after = u"👍🏽👍🏽 " + before;
    const auto outcome = Anchoring::verify(after, CodePointMap(after), span);
    QCOMPARE(outcome.state, AnchorState::Reanchored);
    QCOMPARE(outcome.span.start, 20);
    QCOMPARE(outcome.span.end, 24);
}

QTEST_APPLESS_MAIN(TestAnchoring)
#include "tst_anchoring.moc"
