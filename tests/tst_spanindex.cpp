// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/spanindex.h"
#include "util/textoffsets.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace {

std::vector<int> values(const SpanIndex &index, qsizetype from, qsizetype to)
{
    std::vector<int> out;
    index.forEachOverlapping(
        from, to, [&out](const SpanIndex::Entry &e) { out.push_back(e.value); });
    return out;
}

Annotation annotation(qsizetype start, qsizetype end, ReviewStatus status = ReviewStatus::Accepted)
{
    Annotation a;
    a.span.start = start;
    a.span.end = end;
    a.status = status;
    return a;
}

} // namespace

class TestSpanIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyIndex();
    void halfOpenBounds();
    void nestedOuterFirst();
    void emptySpanIsFound();
    void emojiShiftsUtf16Positions();
    void rejectedSkipped();
    void matchesBruteForce_data();
    void matchesBruteForce();
};

void TestSpanIndex::emptyIndex()
{
    const SpanIndex index;
    QVERIFY(index.isEmpty());
    QVERIFY(values(index, 0, 100).empty());
}

void TestSpanIndex::halfOpenBounds()
{
    const SpanIndex index({{10, 20, 1}});
    QVERIFY(values(index, 0, 10).empty());
    QVERIFY(values(index, 20, 30).empty());
    QCOMPARE(values(index, 19, 20), std::vector<int>({1}));
    QCOMPARE(values(index, 0, 11), std::vector<int>({1}));
    QVERIFY(values(index, 15, 15).empty()); // an empty query range overlaps nothing
}

void TestSpanIndex::nestedOuterFirst()
{
    // A quote holding an entity holding a shorter entity, and one overlapping the quote's end.
    const SpanIndex index({{5, 8, 3}, {30, 60, 4}, {0, 40, 1}, {5, 20, 2}});
    QCOMPARE(values(index, 0, 100), std::vector<int>({1, 2, 3, 4}));
    QCOMPARE(values(index, 6, 7), std::vector<int>({1, 2, 3}));
    QCOMPARE(values(index, 35, 36), std::vector<int>({1, 4}));
    QCOMPARE(values(index, 45, 46), std::vector<int>({4}));
}

void TestSpanIndex::emptySpanIsFound()
{
    const SpanIndex index({{7, 7, 9}});
    QCOMPARE(values(index, 7, 8), std::vector<int>({9}));
    QVERIFY(values(index, 8, 9).empty());
}

void TestSpanIndex::emojiShiftsUtf16Positions()
{
    // Two emoji (two UTF-16 units each) before "Ilse": code point 4 is UTF-16 index 6.
    const QString text = u"\U0001F30A\U0001F30A  Ilse Marrow said \U0001F44D Osmark"_s;
    const CodePointMap map(text);
    const qsizetype ilse = 4;
    const qsizetype osmark = Offsets::codePointLength(text) - 6;
    QCOMPARE(Offsets::midCodePoints(text, ilse, ilse + 11), u"Ilse Marrow"_s);
    QCOMPARE(Offsets::midCodePoints(text, osmark, osmark + 6), u"Osmark"_s);

    const SpanIndex index
        = SpanIndex::fromAnnotations({annotation(ilse, ilse + 11), annotation(osmark, osmark + 6)},
            map, SpanIndex::Rejected::Skip);
    QCOMPARE(index.size(), 2);
    QCOMPARE(text.mid(index.at(0).start, index.at(0).end - index.at(0).start), u"Ilse Marrow"_s);
    QCOMPARE(text.mid(index.at(1).start, index.at(1).end - index.at(1).start), u"Osmark"_s);
    QCOMPARE(index.at(0).start, 6);
    // UTF-16 index 5 is the second emoji's low half: it must not reach "Ilse".
    QVERIFY(values(index, 0, 6).empty());
    QCOMPARE(values(index, text.indexOf(u"Osmark"_s), text.size()), std::vector<int>({1}));
}

void TestSpanIndex::rejectedSkipped()
{
    const QList<Annotation> list {annotation(0, 4), annotation(2, 6, ReviewStatus::Rejected),
        annotation(3, 9, ReviewStatus::Proposed)};
    const CodePointMap map(u"0123456789"_s);
    QCOMPARE(values(SpanIndex::fromAnnotations(list, map, SpanIndex::Rejected::Skip), 0, 10),
        std::vector<int>({0, 2}));
    QCOMPARE(values(SpanIndex::fromAnnotations(list, map, SpanIndex::Rejected::Keep), 0, 10),
        std::vector<int>({0, 1, 2}));
}

void TestSpanIndex::matchesBruteForce_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("maxLength");
    for (int count : {1, 2, 3, 7, 8, 15, 16, 17, 31, 100, 1000, 5000})
        QTest::addRow("%d short", count) << count << 20;
    QTest::addRow("1000 long") << 1000 << 5000;
    QTest::addRow("777 mixed") << 777 << 300;
}

void TestSpanIndex::matchesBruteForce()
{
    QFETCH(int, count);
    QFETCH(int, maxLength);
    QRandomGenerator rng(quint32(count * 31 + maxLength));
    const int textLength = 20000;
    std::vector<SpanIndex::Entry> entries;
    for (int i = 0; i < count; ++i) {
        const qsizetype start = rng.bounded(textLength);
        entries.push_back({start, start + rng.bounded(maxLength), i});
    }
    const SpanIndex index(entries);
    std::vector<SpanIndex::Entry> buffer;
    for (int q = 0; q < 300; ++q) {
        const qsizetype from = rng.bounded(textLength + 100) - 50;
        const qsizetype to = from + rng.bounded(1, 400);
        std::vector<int> expected;
        for (qsizetype i = 0; i < index.size(); ++i) {
            if (index.at(i).start < to && index.at(i).end > from)
                expected.push_back(index.at(i).value);
        }
        index.overlapping(from, to, &buffer);
        std::vector<int> got;
        for (const SpanIndex::Entry &e : buffer)
            got.push_back(e.value);
        QCOMPARE(got, expected);
    }
}

QTEST_APPLESS_MAIN(TestSpanIndex)
#include "tst_spanindex.moc"
