// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agreement/measures.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>

namespace Parallax::Agreement {

// One article's text as the measures see it, and every analyst's layer on it.
struct ArticleLayers
{
    qint64 articleId = 0;
    QString title;
    qint64 length = 0; // code points
    QList<std::pair<qint64, qint64>> tokens; // [begin, end) in code points, in text order
    QHash<QString, QList<Unit>> units; // by analyst; an analyst with no key marked nothing
};

// The coefficients for one set of analysts.
struct Measures
{
    Figure alphaU; // unitizing alpha over code points, pooled over the labels
    QMap<QString, Figure> alphaUByLabel;
    Figure kappa; // Cohen's kappa on tokens: two analysts only
    QMap<QString, Figure> kappaByLabel;
    Figure alpha; // Krippendorff's alpha (nominal) on tokens
    QMap<QString, Figure> alphaByLabel;
    Figure percent; // share of tokens on which they agree
    QMap<QString, Figure> percentByLabel;
};

struct PairMeasures
{
    QString first;
    QString second;
    Measures measures;
};

struct ArticleMeasures
{
    qint64 articleId = 0;
    QString title;
    Measures measures;
};

// A span some analysts marked with a label and the others did not mark the same way.
struct SpanDisagreement
{
    qint64 articleId = 0;
    QString title;
    qint64 begin = 0; // code points
    qint64 end = 0;
    QString label;
    QStringList marked; // who marked exactly this span with this label
    QStringList others; // who did not
};

struct Report
{
    QStringList analysts;
    QStringList labels;
    Measures all;
    QList<PairMeasures> pairs;
    QList<ArticleMeasures> articles;
    QList<SpanDisagreement> disagreements;
};

// The measures over the articles for the analysts (all that have a layer when empty): for all of
// them, for each pair, and for each article; alpha_u over the selection puts the articles end to
// end on one continuum. A token counts for the coding measures when one of the analysts compared
// labelled it; its value for an analyst is the label of their first span over it, or none.
Report measure(const QList<ArticleLayers> &articles, QStringList analysts = {});

// The JSON shape: {"alpha_u": {"all": x, "by_label": {...}}, "kappa": ..., "alpha": ...,
// "percent": ..., "pairs": [...], "articles": N}, with the reasons for figures that have no value.
QJsonObject toJson(const Report &report);
// The same as a plain text table.
QString toText(const Report &report);

// A coefficient in two decimals (four with precise), or "–" when it has none.
QString formatFigure(const Figure &figure, bool precise = false);

} // namespace Parallax::Agreement
