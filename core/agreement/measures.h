// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Parallax::Agreement {

// One agreement coefficient. A coefficient the data cannot give has no value and says why; a
// figure is never made up to fill the gap.
struct Figure
{
    std::optional<double> value;
    QString reason; // why there is no value, or what is special about the one given
    double observed = 0; // D_o (alphas), p_o (kappa, percent)
    double expected = 0; // D_e (alphas), p_e (kappa)
    int units = 0; // what it was computed over: units (alpha_u), items (coding measures)

    bool hasValue() const { return value.has_value(); }
};

// A unit on a continuum: [begin, begin + length), in code points, with its label.
struct Unit
{
    qint64 begin = 0;
    qint64 length = 0;
    QString label;

    qint64 end() const { return begin + length; }
    bool operator==(const Unit &) const = default;
};

// What each analyst marked on one continuum [0, length). Units of one analyst with one label
// that overlap or touch are taken as one (alpha_u's units of a label do not overlap).
struct UnitizingStudy
{
    qint64 length = 0;
    QList<QList<Unit>> analysts;

    QStringList labels() const;
};

// Krippendorff's alpha_u (Krippendorff 1995, 2004 p. 251 ff.) for one label: 1 - D_o / D_e, where
// D_o sums the squared differences of the begins and ends of overlapping units and the squared
// lengths of units that fall in the other analyst's gaps, over the squared continuum length, and
// D_e is the same expected of units placed at random. With no unit there is no value; with a
// single unit in all the layers the value is 0 (nothing to agree on beyond chance).
Figure unitizingAlpha(const UnitizingStudy &study, const QString &label);
// Pooled over the labels: 1 - sum of D_o / sum of D_e.
Figure unitizingAlpha(const UnitizingStudy &study);

// A coding study: for each item, each coder's value (nullopt: the coder gave none).
using Value = std::optional<QString>;
using CodingStudy = QList<QList<Value>>;

enum class Metric { Nominal, Interval };

// Krippendorff's alpha over the coincidence matrix (Krippendorff 2011, "Computing
// Krippendorff's Alpha-Reliability"); items with fewer than two values are not pairable and left
// out. Interval values are numbers; one that is not gives no value.
Figure krippendorffAlpha(const CodingStudy &study, Metric metric = Metric::Nominal);
// Cohen's kappa for the first two coders, over the items both coded.
Figure cohensKappa(const CodingStudy &study);
// The share of pairable items on which every coder gave the same value.
Figure percentAgreement(const CodingStudy &study);

} // namespace Parallax::Agreement
