// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreement/measures.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace Parallax::Agreement {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Parallax::Agreement", text);
}

// A stretch of one analyst's continuum: one of their units of the label, or a gap between them.
struct Segment
{
    qint64 begin = 0;
    qint64 end = 0;
    bool unit = false;

    qint64 length() const { return end - begin; }
};

// The analyst's units of the label, clipped to the continuum, overlapping ones joined, with the
// gaps between them: a partition of [0, length).
QList<Segment> segments(const QList<Unit> &units, const QString &label, qint64 length)
{
    QList<Segment> marked;
    for (const Unit &u : units) {
        const qint64 b = std::clamp<qint64>(u.begin, 0, length);
        const qint64 e = std::clamp<qint64>(u.end(), 0, length);
        if (u.label == label && e > b)
            marked.append(Segment {b, e, true});
    }
    std::sort(marked.begin(), marked.end(),
        [](const Segment &a, const Segment &b) { return a.begin < b.begin; });
    QList<Segment> out;
    qint64 pos = 0;
    for (const Segment &s : std::as_const(marked)) {
        if (!out.isEmpty() && out.last().unit && s.begin < out.last().end) {
            out.last().end = std::max(out.last().end, s.end);
            pos = out.last().end;
            continue;
        }
        if (s.begin > pos)
            out.append(Segment {pos, s.begin, false});
        out.append(s);
        pos = s.end;
    }
    if (pos < length)
        out.append(Segment {pos, length, false});
    return out;
}

// Krippendorff's distance between two overlapping segments of two analysts.
double distance(const Segment &g, const Segment &h)
{
    if (g.unit && h.unit) {
        const double db = double(g.begin - h.begin);
        const double de = double(g.end - h.end);
        return db * db + de * de;
    }
    if (g.unit && !h.unit && g.begin >= h.begin && g.end <= h.end)
        return double(g.length()) * double(g.length());
    if (h.unit && !g.unit && h.begin >= g.begin && h.end <= g.end)
        return double(h.length()) * double(h.length());
    return 0;
}

// The sum of the distances between the overlapping segments of two partitions (one sweep: the
// overlapping pairs of two sorted partitions form a chain).
double observedSum(const QList<Segment> &a, const QList<Segment> &b)
{
    double sum = 0;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i).begin < b.at(j).end && b.at(j).begin < a.at(i).end)
            sum += distance(a.at(i), b.at(j));
        const qint64 ea = a.at(i).end;
        const qint64 eb = b.at(j).end;
        if (ea <= eb)
            ++i;
        if (eb <= ea)
            ++j;
    }
    return sum;
}

struct Disagreements
{
    double observed = 0;
    double expected = 0;
    int units = 0;
};

Disagreements labelDisagreements(const UnitizingStudy &study, const QString &label)
{
    const qint64 length = study.length;
    const qsizetype m = study.analysts.size();
    QList<QList<Segment>> parts;
    parts.reserve(m);
    for (const QList<Unit> &units : study.analysts)
        parts.append(segments(units, label, length));

    Disagreements d;
    const double L = double(length);
    double observed = 0;
    for (qsizetype i = 0; i < m; ++i) {
        for (qsizetype j = i + 1; j < m; ++j)
            observed += 2 * observedSum(parts.at(i), parts.at(j));
    }
    d.observed = observed / (double(m) * double(m - 1) * L * L);

    QList<double> units;
    QList<double> gaps;
    for (const QList<Segment> &part : std::as_const(parts)) {
        for (const Segment &s : part)
            (s.unit ? units : gaps).append(double(s.length()));
    }
    d.units = int(units.size());
    if (units.isEmpty())
        return d;
    // The gaps in descending order with running sums, so that the sum over the gaps at least as
    // long as a unit is one binary search.
    std::sort(gaps.begin(), gaps.end(), std::greater<double>());
    QList<double> running(gaps.size() + 1, 0.0);
    for (qsizetype k = 0; k < gaps.size(); ++k)
        running[k + 1] = running.at(k) + gaps.at(k);
    const double n = double(units.size());
    double numerator = 0;
    double squares = 0;
    for (const double l : std::as_const(units)) {
        numerator += (n - 1) * (2 * l * l * l - 3 * l * l + l) / 3;
        const qsizetype k = std::upper_bound(gaps.cbegin(), gaps.cend(), l, std::greater<double>())
            - gaps.cbegin();
        numerator += l * l * (running.at(k) - double(k) * (l - 1));
        squares += l * (l - 1);
    }
    const double mL = double(m) * L;
    const double denominator = mL * (mL - 1) - squares;
    d.expected = denominator > 0 ? (2 / L) * numerator / denominator : 0;
    return d;
}

Figure unitizingFigure(const UnitizingStudy &study, const QList<Disagreements> &parts)
{
    Figure f;
    for (const Disagreements &d : parts) {
        f.observed += d.observed;
        f.expected += d.expected;
        f.units += d.units;
    }
    if (study.analysts.size() < 2) {
        f.reason = tr("agreement needs the layers of two analysts or more");
        return f;
    }
    if (study.length <= 0) {
        f.reason = tr("the text is empty");
        return f;
    }
    if (f.units == 0) {
        f.reason = tr("no analyst marked a span: there is nothing to agree on");
        return f;
    }
    if (f.units == 1) {
        f.value = 0.0;
        f.reason = tr("a single span in all the layers: no agreement beyond chance to show");
        return f;
    }
    if (f.expected <= 0) {
        f.reason = tr("no disagreement is expected by chance, so none can be corrected for");
        return f;
    }
    f.value = 1 - f.observed / f.expected;
    return f;
}

bool numeric(const QString &text, double *value)
{
    bool ok = false;
    *value = text.toDouble(&ok);
    return ok;
}

// The values of an item that are there.
QStringList present(const QList<Value> &item)
{
    QStringList values;
    for (const Value &v : item) {
        if (v)
            values.append(*v);
    }
    return values;
}

} // namespace

QStringList UnitizingStudy::labels() const
{
    QSet<QString> seen;
    QStringList out;
    for (const QList<Unit> &units : analysts) {
        for (const Unit &u : units) {
            if (!seen.contains(u.label)) {
                seen.insert(u.label);
                out.append(u.label);
            }
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

Figure unitizingAlpha(const UnitizingStudy &study, const QString &label)
{
    if (study.analysts.size() < 2 || study.length <= 0)
        return unitizingFigure(study, {});
    return unitizingFigure(study, {labelDisagreements(study, label)});
}

Figure unitizingAlpha(const UnitizingStudy &study)
{
    QList<Disagreements> parts;
    if (study.analysts.size() >= 2 && study.length > 0) {
        for (const QString &label : study.labels())
            parts.append(labelDisagreements(study, label));
    }
    return unitizingFigure(study, parts);
}

Figure krippendorffAlpha(const CodingStudy &study, Metric metric)
{
    Figure f;
    // The coincidence matrix: each pair of values from two coders of one item counts
    // 1 / (values of the item - 1), so that every item weighs as many values as it has.
    QHash<QString, QHash<QString, double>> coincidences;
    QHash<QString, double> marginals;
    double n = 0;
    for (const QList<Value> &item : study) {
        const QStringList values = present(item);
        const qsizetype m = values.size();
        if (m < 2)
            continue;
        ++f.units;
        for (qsizetype i = 0; i < m; ++i) {
            for (qsizetype j = 0; j < m; ++j) {
                if (i != j)
                    coincidences[values.at(i)][values.at(j)] += 1.0 / double(m - 1);
            }
            marginals[values.at(i)] += 1;
        }
        n += double(m);
    }
    if (f.units == 0) {
        f.reason = tr("no item has values from two analysts");
        return f;
    }
    QHash<QString, double> numbers;
    for (auto it = marginals.cbegin(); it != marginals.cend(); ++it) {
        double v = 0;
        if (metric == Metric::Interval && !numeric(it.key(), &v)) {
            f.reason
                = tr("“%1” is not a number, so the interval metric does not apply").arg(it.key());
            return f;
        }
        numbers.insert(it.key(), v);
    }
    const auto delta = [&](const QString &c, const QString &k) {
        if (metric == Metric::Nominal)
            return c == k ? 0.0 : 1.0;
        const double d = numbers.value(c) - numbers.value(k);
        return d * d;
    };
    double observed = 0;
    for (auto row = coincidences.cbegin(); row != coincidences.cend(); ++row) {
        for (auto cell = row->cbegin(); cell != row->cend(); ++cell)
            observed += cell.value() * delta(row.key(), cell.key());
    }
    double expected = 0;
    for (auto c = marginals.cbegin(); c != marginals.cend(); ++c) {
        for (auto k = marginals.cbegin(); k != marginals.cend(); ++k)
            expected += c.value() * k.value() * delta(c.key(), k.key());
    }
    f.observed = observed / n;
    f.expected = n > 1 ? expected / (n * (n - 1)) : 0;
    if (f.expected <= 0) {
        f.reason = tr("every value is the same, so chance alone explains the agreement");
        return f;
    }
    f.value = 1 - f.observed / f.expected;
    return f;
}

Figure cohensKappa(const CodingStudy &study)
{
    Figure f;
    QHash<QString, double> first;
    QHash<QString, double> second;
    double agreeing = 0;
    for (const QList<Value> &item : study) {
        if (item.size() < 2 || !item.at(0) || !item.at(1))
            continue;
        ++f.units;
        first[*item.at(0)] += 1;
        second[*item.at(1)] += 1;
        if (*item.at(0) == *item.at(1))
            agreeing += 1;
    }
    if (f.units == 0) {
        f.reason = tr("no item was coded by both analysts");
        return f;
    }
    const double n = f.units;
    f.observed = agreeing / n;
    for (auto it = first.cbegin(); it != first.cend(); ++it)
        f.expected += (it.value() / n) * (second.value(it.key()) / n);
    if (f.expected >= 1) {
        f.reason = tr("both analysts gave one and the same value throughout, so chance alone"
                      " explains the agreement");
        return f;
    }
    f.value = (f.observed - f.expected) / (1 - f.expected);
    return f;
}

Figure percentAgreement(const CodingStudy &study)
{
    Figure f;
    double agreeing = 0;
    for (const QList<Value> &item : study) {
        const QStringList values = present(item);
        if (values.size() < 2)
            continue;
        ++f.units;
        if (std::all_of(values.cbegin(), values.cend(),
                [&](const QString &v) { return v == values.constFirst(); }))
            agreeing += 1;
    }
    if (f.units == 0) {
        f.reason = tr("no item has values from two analysts");
        return f;
    }
    f.observed = agreeing / double(f.units);
    f.value = f.observed;
    return f;
}

} // namespace Parallax::Agreement
