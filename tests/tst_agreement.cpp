// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreement/agreementreport.h"
#include "agreement/measures.h"
#include "agreement/spangroups.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parallax::Agreement;

namespace {

Unit unit(qint64 begin, qint64 length, const QString &label = u"A"_s)
{
    return Unit {begin, length, label};
}

// Krippendorff (2004, p. 254), shifted to start at 0: two analysts on a continuum of 300.
UnitizingStudy krippendorff2004()
{
    UnitizingStudy s;
    s.length = 300;
    s.analysts = {
        {unit(75, 70, u"c"_s), unit(220, 30, u"c"_s), unit(30, 60, u"k"_s), unit(150, 50, u"k"_s)},
        {unit(70, 80, u"c"_s), unit(205, 20, u"c"_s), unit(250, 20, u"c"_s), unit(30, 60, u"k"_s),
            unit(150, 50, u"k"_s)},
    };
    return s;
}

// Krippendorff's (2011) example: 3 coders, 15 units, "*" where a coder gave no value.
CodingStudy krippendorff2011()
{
    const QStringList coders {u"* * * * * 3 4 1 2 1 1 3 3 * 3"_s,
        u"1 * 2 1 3 3 4 3 * * * * * * *"_s, u"* * 2 1 3 4 4 * 2 1 1 3 3 * 4"_s};
    CodingStudy study(15);
    for (const QString &coder : coders) {
        const QStringList values = coder.split(u' ');
        for (qsizetype i = 0; i < values.size(); ++i)
            study[i].append(values.at(i) == u"*"_s ? Value() : Value(values.at(i)));
    }
    return study;
}

CodingStudy twoCoders(const QString &first, const QString &second)
{
    CodingStudy study;
    for (qsizetype i = 0; i < first.size(); ++i)
        study.append({Value(QString(first.at(i))), Value(QString(second.at(i)))});
    return study;
}

// The observed disagreement by its definition: every segment of one analyst against every
// segment of the other (units and the gaps between them), no sweep.
double bruteObserved(const QList<Unit> &a, const QList<Unit> &b, qint64 length)
{
    struct Seg
    {
        qint64 begin, end;
        bool unit;
    };
    const auto segs = [&](QList<Unit> units) {
        std::sort(units.begin(), units.end(),
            [](const Unit &x, const Unit &y) { return x.begin < y.begin; });
        QList<Seg> out;
        qint64 pos = 0;
        for (const Unit &u : units) {
            if (u.begin > pos)
                out.append({pos, u.begin, false});
            out.append({u.begin, u.end(), true});
            pos = u.end();
        }
        if (pos < length)
            out.append({pos, length, false});
        return out;
    };
    double sum = 0;
    for (const Seg &g : segs(a)) {
        for (const Seg &h : segs(b)) {
            const bool overlap = g.begin < h.end && h.begin < g.end;
            if (g.unit && h.unit && overlap)
                sum += double(
                    (g.begin - h.begin) * (g.begin - h.begin) + (g.end - h.end) * (g.end - h.end));
            else if (g.unit && !h.unit && g.begin >= h.begin && g.end <= h.end)
                sum += double((g.end - g.begin) * (g.end - g.begin));
            else if (h.unit && !g.unit && h.begin >= g.begin && h.end <= g.end)
                sum += double((h.end - h.begin) * (h.end - h.begin));
        }
    }
    return 2 * sum / (2.0 * double(length) * double(length));
}

ArticleLayers article(qint64 id, qint64 length)
{
    ArticleLayers a;
    a.articleId = id;
    a.title = u"Article %1"_s.arg(id);
    a.length = length;
    // One token every two code points: "xx xx xx ..." without the spaces.
    for (qint64 at = 0; at + 2 <= length; at += 2)
        a.tokens.append({at, at + 2});
    return a;
}

} // namespace

class TestAgreement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unitizingPublishedExample();
    void unitizingOneLongAgainstThreeShort();
    void unitizingIdenticalAndShifted();
    void unitizingEdgeCases();
    void unitizingJoinsOverlapsOfOneAnalyst();
    void unitizingSweepMatchesDefinition();
    void codingPublishedExample();
    void kappaPublishedExample();
    void codingWithoutVariation();
    void percent();
    void reportPairsLabelsAndSpans();
    void reportJsonShape();
    void spanGroupsForCuration();
};

void TestAgreement::unitizingPublishedExample()
{
    const UnitizingStudy study = krippendorff2004();
    const Figure c = unitizingAlpha(study, u"c"_s);
    QVERIFY(c.hasValue());
    QCOMPARE(qRound(c.observed * 1e4), 144);
    QCOMPARE(qRound(c.expected * 1e4), 532);
    QCOMPARE(qRound(*c.value * 1e4), 7286);
    const Figure k = unitizingAlpha(study, u"k"_s);
    QCOMPARE(k.observed, 0.0);
    QCOMPARE(*k.value, 1.0);
    // 1 - sum D_o / sum D_e. DKPro Agreement reports 0.8591 for the same units; the formula
    // gives 0.8587.
    const Figure pooled = unitizingAlpha(study);
    QCOMPARE(pooled.units, 9);
    QCOMPARE(qRound(*pooled.value * 1e4), 8587);
    QCOMPARE(study.labels(), QStringList({u"c"_s, u"k"_s}));
}

void TestAgreement::unitizingOneLongAgainstThreeShort()
{
    UnitizingStudy study;
    study.length = 10;
    study.analysts = {{unit(1, 8)}, {unit(2, 1), unit(4, 1), unit(6, 1)}};
    QCOMPARE(qRound(*unitizingAlpha(study, u"A"_s).value * 1e4), -7003);
    QCOMPARE(qRound(*unitizingAlpha(study).value * 1e4), -7003);
}

void TestAgreement::unitizingIdenticalAndShifted()
{
    UnitizingStudy study;
    study.length = 10;
    study.analysts = {{unit(2, 3)}, {unit(2, 3)}};
    QCOMPARE(*unitizingAlpha(study).value, 1.0);
    study.analysts = {{unit(2, 3)}, {unit(3, 3)}};
    QCOMPARE(qRound(*unitizingAlpha(study).value * 1e4), 7125);
    // Three analysts, two of them identical: better than the pair that differs.
    study.analysts = {{unit(2, 3)}, {unit(3, 3)}, {unit(2, 3)}};
    const double three = *unitizingAlpha(study).value;
    QVERIFY(three > 0.7125 && three < 1.0);
}

void TestAgreement::unitizingEdgeCases()
{
    UnitizingStudy study;
    study.length = 10;
    study.analysts = {{}, {}};
    Figure none = unitizingAlpha(study);
    QVERIFY(!none.hasValue());
    QVERIFY(none.reason.contains(u"no analyst marked"_s));
    QVERIFY(!unitizingAlpha(study, u"A"_s).hasValue());

    study.analysts = {{unit(2, 3)}, {}};
    const Figure one = unitizingAlpha(study);
    QCOMPARE(one.value, std::optional<double>(0.0));
    QVERIFY(!one.reason.isEmpty());

    study.analysts = {{unit(2, 3)}};
    const Figure alone = unitizingAlpha(study);
    QVERIFY(!alone.hasValue());
    QVERIFY(alone.reason.contains(u"two analysts"_s));

    // A label only one analyst used is disagreement on that label, not missing data.
    study.analysts
        = {{unit(2, 3, u"A"_s), unit(6, 1, u"B"_s), unit(8, 2, u"B"_s)}, {unit(2, 3, u"A"_s)}};
    QVERIFY(*unitizingAlpha(study, u"B"_s).value < 0);
    QCOMPARE(*unitizingAlpha(study, u"A"_s).value, 1.0);
}

void TestAgreement::unitizingJoinsOverlapsOfOneAnalyst()
{
    UnitizingStudy joined;
    joined.length = 20;
    joined.analysts = {{unit(2, 6)}, {unit(3, 5)}};
    UnitizingStudy split = joined;
    split.analysts[0] = {unit(2, 4), unit(4, 4)}; // 2–6 and 4–8: one span 2–8 in effect
    QCOMPARE(*unitizingAlpha(split).value, *unitizingAlpha(joined).value);
    // Units past the end of the text are cut at its end.
    UnitizingStudy beyond = joined;
    beyond.analysts[1] = {unit(3, 5), unit(18, 10)};
    UnitizingStudy cut = joined;
    cut.analysts[1] = {unit(3, 5), unit(18, 2)};
    QCOMPARE(*unitizingAlpha(beyond).value, *unitizingAlpha(cut).value);
}

void TestAgreement::unitizingSweepMatchesDefinition()
{
    QRandomGenerator random(18);
    for (int round = 0; round < 200; ++round) {
        UnitizingStudy study;
        study.length = 40 + random.bounded(60);
        study.analysts.resize(2);
        for (QList<Unit> &units : study.analysts) {
            qint64 pos = random.bounded(5);
            while (pos < study.length - 1) {
                const qint64 length = 1 + random.bounded(8);
                if (pos + length > study.length)
                    break;
                units.append(unit(pos, length));
                pos += length + random.bounded(6); // adjacent units stay two units
            }
        }
        const Figure f = unitizingAlpha(study, u"A"_s);
        QCOMPARE(
            f.observed, bruteObserved(study.analysts.at(0), study.analysts.at(1), study.length));
    }
}

void TestAgreement::codingPublishedExample()
{
    const CodingStudy study = krippendorff2011();
    const Figure nominal = krippendorffAlpha(study, Metric::Nominal);
    QCOMPARE(nominal.units, 12); // three units have fewer than two values
    QCOMPARE(qRound(*nominal.value * 1000), 691);
    QCOMPARE(qRound(*krippendorffAlpha(study, Metric::Interval).value * 1000), 811);
    CodingStudy words = study;
    words[2][1] = Value(u"two"_s);
    const Figure refused = krippendorffAlpha(words, Metric::Interval);
    QVERIFY(!refused.hasValue());
    QVERIFY(refused.reason.contains(u"“two”"_s));
}

void TestAgreement::kappaPublishedExample()
{
    // Krippendorff (1995, p. 57), Bertha and Bill's units digitized into 24 positions (the
    // DKPro Agreement tests): kappa 0.385, nominal alpha 0.329.
    const CodingStudy study
        = twoCoders(u"001111111100001111110000"_s, u"000011110000000110000000"_s);
    QCOMPARE(qRound(*cohensKappa(study).value * 1000), 385);
    QCOMPARE(qRound(*krippendorffAlpha(study).value * 1000), 329);
}

void TestAgreement::codingWithoutVariation()
{
    const CodingStudy same = twoCoders(u"1111"_s, u"1111"_s);
    QVERIFY(!cohensKappa(same).hasValue());
    QVERIFY(!krippendorffAlpha(same).hasValue());
    QCOMPARE(*percentAgreement(same).value, 1.0);
    QVERIFY(!krippendorffAlpha({}).hasValue());
    QVERIFY(!percentAgreement({}).hasValue());
}

void TestAgreement::percent()
{
    QCOMPARE(*percentAgreement(twoCoders(u"aabb"_s, u"abbb"_s)).value, 0.75);
    CodingStudy three {{Value(u"a"_s), Value(u"a"_s), Value(u"b"_s)},
        {Value(u"a"_s), Value(), Value(u"a"_s)}, {Value(u"a"_s), Value(), Value()}};
    const Figure f = percentAgreement(three);
    QCOMPARE(f.units, 2);
    QCOMPARE(*f.value, 0.5);
}

void TestAgreement::reportPairsLabelsAndSpans()
{
    ArticleLayers one = article(1, 20);
    one.units.insert(u"ana"_s, {unit(0, 4, u"PERSON"_s), unit(10, 4, u"ORG"_s)});
    one.units.insert(u"ben"_s, {unit(0, 4, u"PERSON"_s), unit(10, 4, u"LOC"_s)});
    ArticleLayers two = article(2, 10);
    two.units.insert(u"ana"_s, {unit(2, 2, u"PERSON"_s)});
    two.units.insert(u"ben"_s, {unit(2, 2, u"PERSON"_s)});
    two.units.insert(u"cy"_s, {unit(2, 4, u"PERSON"_s)});

    const Report r = measure({one, two}, {u"ana"_s, u"ben"_s});
    QCOMPARE(r.analysts, QStringList({u"ana"_s, u"ben"_s}));
    QCOMPARE(r.labels, QStringList({u"LOC"_s, u"ORG"_s, u"PERSON"_s}));
    QCOMPARE(r.pairs.size(), 1);
    QCOMPARE(r.articles.size(), 2);
    // Tokens labelled: 0–2, 2–4 PERSON by both; 10–12, 12–14 ORG against LOC; 2–4 in article 2.
    QCOMPARE(r.all.percent.units, 5);
    QCOMPARE(*r.all.percent.value, 3.0 / 5.0);
    QCOMPARE(*r.all.alphaUByLabel.value(u"PERSON"_s).value, 1.0);
    // ORG and LOC: one span each in all the layers.
    QCOMPARE(*r.all.alphaUByLabel.value(u"ORG"_s).value, 0.0);
    QVERIFY(*r.all.alphaU.value < 1.0);
    QVERIFY(r.all.kappa.hasValue());
    QCOMPARE(*r.articles.at(1).measures.alphaU.value, 1.0);
    // The spans they marked differently: ORG by ana alone, LOC by ben alone.
    QCOMPARE(r.disagreements.size(), 2);
    QCOMPARE(r.disagreements.at(0).label, u"LOC"_s);
    QCOMPARE(r.disagreements.at(0).marked, QStringList {u"ben"_s});
    QCOMPARE(r.disagreements.at(0).others, QStringList {u"ana"_s});
    QCOMPARE(r.disagreements.at(1).begin, 10);
    QCOMPARE(r.disagreements.at(1).end, 14);

    // Without a choice every analyst with a layer takes part: three pairs, no kappa for all.
    const Report everyone = measure({one, two});
    QCOMPARE(everyone.analysts, QStringList({u"ana"_s, u"ben"_s, u"cy"_s}));
    QCOMPARE(everyone.pairs.size(), 3);
    QVERIFY(!everyone.all.kappa.hasValue());
    QVERIFY(everyone.all.alpha.hasValue());
}

void TestAgreement::reportJsonShape()
{
    ArticleLayers a = article(7, 300);
    const UnitizingStudy study = krippendorff2004();
    a.units.insert(u"i"_s, study.analysts.at(0));
    a.units.insert(u"j"_s, study.analysts.at(1));
    const QJsonObject o = toJson(measure({a}));
    QCOMPARE(o.value(u"alpha_u"_s).toObject().value(u"all"_s).toDouble(), 0.8587);
    QCOMPARE(
        o.value(u"alpha_u"_s).toObject().value(u"by_label"_s).toObject().value(u"c"_s).toDouble(),
        0.7286);
    for (const char *key : {"kappa", "alpha", "percent"})
        QVERIFY(o.value(QLatin1String(key)).toObject().contains(u"by_label"_s));
    QCOMPARE(o.value(u"articles"_s).toInt(), 1);
    QCOMPARE(o.value(u"pairs"_s).toArray().size(), 1);
    QCOMPARE(o.value(u"pairs"_s).toArray().at(0).toObject().value(u"analysts"_s).toArray(),
        QJsonArray({u"i"_s, u"j"_s}));
    // No value is null with its reason, never a number made up.
    ArticleLayers empty = article(8, 10);
    empty.units.insert(u"i"_s, {});
    empty.units.insert(u"j"_s, {});
    const QJsonObject none = toJson(measure({empty}));
    QVERIFY(none.value(u"alpha_u"_s).toObject().value(u"all"_s).isNull());
    QVERIFY(!none.value(u"alpha_u"_s).toObject().value(u"reason"_s).toString().isEmpty());
    QVERIFY(toText(measure({a})).contains(u"0.8587"_s));
}

void TestAgreement::spanGroupsForCuration()
{
    const QStringList analysts {u"ana"_s, u"ben"_s};
    const QList<SpanGroup> groups = groupSpans(
        {
            LayerSpan {u"ben"_s, 4, 20, 30, u"ORG"_s}, LayerSpan {u"ana"_s, 1, 0, 4, u"PERSON"_s},
            LayerSpan {u"ben"_s, 3, 0, 4, u"PERSON"_s}, LayerSpan {u"ana"_s, 2, 18, 24, u"ORG"_s},
            LayerSpan {u"ana"_s, 5, 26, 28, u"ORG"_s}, // joins through ben's 20–30
            LayerSpan {u"(curated)"_s, 9, 40, 44, u"LOC"_s},
            LayerSpan {u"ben"_s, 6, 44, 46, u"LOC"_s}, // touching is no overlap
        },
        analysts);
    QCOMPARE(groups.size(), 4);
    QCOMPARE(groups.at(0).begin, 0);
    QCOMPARE(groups.at(0).end, 4);
    QVERIFY(groups.at(0).agreed);
    QCOMPARE(groups.at(1).begin, 18);
    QCOMPARE(groups.at(1).end, 30);
    QCOMPARE(groups.at(1).spans.size(), 3);
    QCOMPARE(groups.at(1).of(u"ana"_s).size(), 2);
    QVERIFY(!groups.at(1).agreed);
    // The curated layer alone: nobody's agreement; ben alone: no agreement either.
    QVERIFY(!groups.at(2).agreed);
    QCOMPARE(groups.at(2).of(u"(curated)"_s).first().id, 9);
    QVERIFY(!groups.at(3).agreed);
    QVERIFY(groupSpans({}, analysts).isEmpty());
}

QTEST_APPLESS_MAIN(TestAgreement)
#include "tst_agreement.moc"
