// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotate/ner/decoder.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Parallax;
using namespace Parallax::Ner;

// The entity recogniser decodes with Viterbi<qint32>::decode(), which takes a faster path for
// the BILOU grammar; its labels and margins must be those of the plain decoder over every
// allowed label pair, ties and forbidden labels included.
class TestViterbi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fastPathIsGeneric_data();
    void fastPathIsGeneric();
};

void TestViterbi::fastPathIsGeneric_data()
{
    QTest::addColumn<int>("range"); // scores in [-range, range]: small ranges make ties
    QTest::addColumn<bool>("forbid"); // some labels pushed far down, as constraint masks do
    QTest::newRow("wide scores") << 5000 << false;
    QTest::newRow("many ties") << 2 << false;
    QTest::newRow("forbidden labels") << 3000 << true;
}

void TestViterbi::fastPathIsGeneric()
{
    QFETCH(int, range);
    QFETCH(bool, forbid);
    QRandomGenerator rng(quint32(range) * 7 + forbid);
    constexpr int L = kLabelCount;
    Viterbi<qint32> fast;
    Viterbi<qint32> generic;
    int differentFromOutside = 0;
    for (int round = 0; round < 400; ++round) {
        Transitions<qint32> t;
        for (qint32 &v : t.between)
            v = rng.bounded(-range, range + 1);
        for (qint32 &v : t.start)
            v = rng.bounded(-range, range + 1);
        for (qint32 &v : t.end)
            v = rng.bounded(-range, range + 1);
        const int n = 1 + int(rng.bounded(60));
        std::vector<qint32> emissions(size_t(n) * L);
        for (qint32 &v : emissions) {
            v = rng.bounded(-range, range + 1);
            if (forbid && rng.bounded(4) == 0)
                v -= 1 << 22;
        }
        std::vector<quint8> fastLabels(static_cast<size_t>(n)),
            genericLabels(static_cast<size_t>(n));
        std::vector<qint32> fastMargins(static_cast<size_t>(n)),
            genericMargins(static_cast<size_t>(n));
        fast.decode(emissions.data(), n, t, fastLabels.data(), fastMargins.data());
        generic.decodeGeneric(emissions.data(), n, t, genericLabels.data(), genericMargins.data());
        QCOMPARE(fastLabels, genericLabels);
        QCOMPARE(fastMargins, genericMargins);
        // Without margins too (the first pass decodes so).
        std::fill(fastLabels.begin(), fastLabels.end(), quint8(0));
        fast.decode(emissions.data(), n, t, fastLabels.data());
        QCOMPARE(fastLabels, genericLabels);
        // The margins asked for afterwards (the recogniser's, which reads those of names only).
        std::vector<qint32> laterMargins(static_cast<size_t>(n));
        fast.margins(emissions.data(), n, t, fastLabels.data(), laterMargins.data());
        for (int i = 0; i < n; ++i) {
            if (genericLabels[size_t(i)] != kOutside)
                QCOMPARE(laterMargins[size_t(i)], genericMargins[size_t(i)]);
        }
        for (int i = 1; i < n; ++i)
            QVERIFY(allowed(genericLabels[size_t(i - 1)], genericLabels[size_t(i)]));
        differentFromOutside += int(std::count_if(
            genericLabels.begin(), genericLabels.end(), [](quint8 l) { return l != kOutside; }));
    }
    // The random scores reach names of every kind, not only O.
    QVERIFY(differentFromOutside > 1000);
}

QTEST_GUILESS_MAIN(TestViterbi)
#include "tst_viterbi.moc"
