// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreement/agreementreport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>

using namespace Qt::StringLiterals;

namespace Parallax::Agreement {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Parallax::Agreement", text);
}

// The label of each token for one analyst: that of the first of their spans over it, or "".
QStringList tokenLabels(const ArticleLayers &article, const QList<Unit> &units)
{
    QList<Unit> sorted = units;
    std::sort(sorted.begin(), sorted.end(), [](const Unit &a, const Unit &b) {
        return a.begin != b.begin ? a.begin < b.begin : a.length > b.length;
    });
    QStringList labels;
    labels.reserve(article.tokens.size());
    qsizetype first = 0;
    for (const auto &[begin, end] : article.tokens) {
        // Spans that end before this token end before every later one too.
        while (first < sorted.size() && sorted.at(first).end() <= begin)
            ++first;
        QString label;
        for (qsizetype i = first; i < sorted.size() && sorted.at(i).begin < end; ++i) {
            if (sorted.at(i).end() > begin) {
                label = sorted.at(i).label;
                break;
            }
        }
        labels.append(label);
    }
    return labels;
}

// The tokens of the articles that one of the analysts labelled, each with every analyst's label;
// for one label, the values are the label or "" (anything else).
CodingStudy codingStudy(const QList<QList<QStringList>> &labelled, const QString &label = {})
{
    CodingStudy study;
    for (const QList<QStringList> &article : labelled) {
        if (article.isEmpty())
            continue;
        const qsizetype tokens = article.constFirst().size();
        for (qsizetype t = 0; t < tokens; ++t) {
            bool any = false;
            for (const QStringList &analyst : article)
                any = any || !analyst.at(t).isEmpty();
            if (!any)
                continue;
            QList<Value> item;
            for (const QStringList &analyst : article) {
                const QString &v = analyst.at(t);
                item.append(label.isEmpty() || v == label ? v : QString());
            }
            study.append(item);
        }
    }
    return study;
}

Measures measuresFor(const QList<const ArticleLayers *> &articles, const QStringList &analysts,
    const QStringList &labels)
{
    Measures m;
    UnitizingStudy all;
    QList<QList<QStringList>> labelled;
    all.analysts.resize(analysts.size());
    for (const ArticleLayers *article : articles) {
        QList<QStringList> perAnalyst;
        for (qsizetype i = 0; i < analysts.size(); ++i) {
            const QList<Unit> units = article->units.value(analysts.at(i));
            for (Unit u : units) {
                u.begin += all.length;
                all.analysts[i].append(u);
            }
            perAnalyst.append(tokenLabels(*article, units));
        }
        all.length += article->length;
        labelled.append(perAnalyst);
    }
    m.alphaU = unitizingAlpha(all);
    const CodingStudy coded = codingStudy(labelled);
    m.alpha = krippendorffAlpha(coded);
    m.percent = percentAgreement(coded);
    if (analysts.size() == 2)
        m.kappa = cohensKappa(coded);
    else
        m.kappa.reason = tr("Cohen's kappa compares two analysts: see the pairs, or alpha");
    for (const QString &label : labels) {
        m.alphaUByLabel.insert(label, unitizingAlpha(all, label));
        const CodingStudy one = codingStudy(labelled, label);
        m.alphaByLabel.insert(label, krippendorffAlpha(one));
        m.percentByLabel.insert(label, percentAgreement(one));
        Figure kappa;
        if (analysts.size() == 2)
            kappa = cohensKappa(one);
        else
            kappa.reason = m.kappa.reason;
        m.kappaByLabel.insert(label, kappa);
    }
    return m;
}

QList<SpanDisagreement> disagreements(const ArticleLayers &article, const QStringList &analysts)
{
    struct Key
    {
        qint64 begin;
        qint64 end;
        QString label;
        bool operator<(const Key &o) const
        {
            return std::tie(begin, end, label) < std::tie(o.begin, o.end, o.label);
        }
    };
    std::map<Key, QStringList> marked;
    for (const QString &analyst : analysts) {
        for (const Unit &u : article.units.value(analyst)) {
            QStringList &who = marked[Key {u.begin, u.end(), u.label}];
            if (!who.contains(analyst))
                who.append(analyst);
        }
    }
    QList<SpanDisagreement> out;
    for (const auto &[key, who] : marked) {
        if (who.size() == analysts.size())
            continue;
        SpanDisagreement d;
        d.articleId = article.articleId;
        d.title = article.title;
        d.begin = key.begin;
        d.end = key.end;
        d.label = key.label;
        for (const QString &analyst : analysts)
            (who.contains(analyst) ? d.marked : d.others).append(analyst);
        out.append(d);
    }
    return out;
}

QJsonValue number(const Figure &f)
{
    return f.value ? QJsonValue(std::round(*f.value * 1e4) / 1e4) : QJsonValue(QJsonValue::Null);
}

QJsonObject figureBlock(const Figure &all, const QMap<QString, Figure> &byLabel)
{
    QJsonObject labels;
    QJsonObject reasons;
    for (auto it = byLabel.cbegin(); it != byLabel.cend(); ++it) {
        labels.insert(it.key(), number(it.value()));
        if (!it.value().reason.isEmpty())
            reasons.insert(it.key(), it.value().reason);
    }
    QJsonObject block {{u"all"_s, number(all)}, {u"by_label"_s, labels}};
    if (!all.reason.isEmpty())
        block.insert(u"reason"_s, all.reason);
    if (!reasons.isEmpty())
        block.insert(u"reasons_by_label"_s, reasons);
    return block;
}

void insertMeasures(QJsonObject *o, const Measures &m)
{
    o->insert(u"alpha_u"_s, figureBlock(m.alphaU, m.alphaUByLabel));
    o->insert(u"kappa"_s, figureBlock(m.kappa, m.kappaByLabel));
    o->insert(u"alpha"_s, figureBlock(m.alpha, m.alphaByLabel));
    o->insert(u"percent"_s, figureBlock(m.percent, m.percentByLabel));
}

} // namespace

Report measure(const QList<ArticleLayers> &articles, QStringList analysts)
{
    Report r;
    if (analysts.isEmpty()) {
        QSet<QString> seen;
        for (const ArticleLayers &a : articles) {
            for (auto it = a.units.cbegin(); it != a.units.cend(); ++it)
                seen.insert(it.key());
        }
        analysts = QStringList(seen.cbegin(), seen.cend());
        analysts.sort();
    }
    r.analysts = analysts;
    QSet<QString> labels;
    QList<const ArticleLayers *> all;
    for (const ArticleLayers &a : articles) {
        all.append(&a);
        for (const QString &analyst : std::as_const(analysts)) {
            for (const Unit &u : a.units.value(analyst))
                labels.insert(u.label);
        }
    }
    r.labels = QStringList(labels.cbegin(), labels.cend());
    r.labels.sort();
    r.all = measuresFor(all, analysts, r.labels);
    for (qsizetype i = 0; i < analysts.size(); ++i) {
        for (qsizetype j = i + 1; j < analysts.size(); ++j) {
            r.pairs.append(PairMeasures {analysts.at(i), analysts.at(j),
                measuresFor(all, {analysts.at(i), analysts.at(j)}, r.labels)});
        }
    }
    for (const ArticleLayers &a : articles) {
        r.articles.append(
            ArticleMeasures {a.articleId, a.title, measuresFor({&a}, analysts, r.labels)});
        r.disagreements += disagreements(a, analysts);
    }
    return r;
}

QString formatFigure(const Figure &figure, bool precise)
{
    return figure.value ? QString::number(*figure.value, 'f', precise ? 4 : 2) : u"–"_s;
}

QJsonObject toJson(const Report &report)
{
    QJsonObject o;
    insertMeasures(&o, report.all);
    o.insert(u"analysts"_s, QJsonArray::fromStringList(report.analysts));
    QJsonArray pairs;
    for (const PairMeasures &p : report.pairs) {
        QJsonObject pair {{u"analysts"_s, QJsonArray {p.first, p.second}}};
        insertMeasures(&pair, p.measures);
        pairs.append(pair);
    }
    o.insert(u"pairs"_s, pairs);
    o.insert(u"articles"_s, qint64(report.articles.size()));
    QJsonArray byArticle;
    for (const ArticleMeasures &a : report.articles) {
        QJsonObject article {{u"id"_s, a.articleId}, {u"title"_s, a.title}};
        insertMeasures(&article, a.measures);
        byArticle.append(article);
    }
    o.insert(u"by_article"_s, byArticle);
    QJsonArray spans;
    for (const SpanDisagreement &d : report.disagreements) {
        spans.append(
            QJsonObject {{u"article"_s, d.articleId}, {u"start"_s, d.begin}, {u"end"_s, d.end},
                {u"label"_s, d.label}, {u"marked_by"_s, QJsonArray::fromStringList(d.marked)},
                {u"not_by"_s, QJsonArray::fromStringList(d.others)}});
    }
    o.insert(u"disagreements"_s, spans);
    return o;
}

QString toText(const Report &report)
{
    QString out;
    const auto line = [&](const QString &what, const Measures &m, const QString &label) {
        const auto pick = [&](const Figure &all, const QMap<QString, Figure> &by) {
            return formatFigure(label.isEmpty() ? all : by.value(label), true);
        };
        out += u"%1 %2 %3 %4 %5\n"_s.arg(what, -24)
                   .arg(pick(m.alphaU, m.alphaUByLabel), 8)
                   .arg(pick(m.kappa, m.kappaByLabel), 8)
                   .arg(pick(m.alpha, m.alphaByLabel), 8)
                   .arg(pick(m.percent, m.percentByLabel), 8);
    };
    const auto table = [&](const Measures &m) {
        out += u"%1 %2 %3 %4 %5\n"_s.arg(QString(), -24)
                   .arg(u"alpha_u"_s, 8)
                   .arg(u"kappa"_s, 8)
                   .arg(u"alpha"_s, 8)
                   .arg(u"percent"_s, 8);
        line(tr("all labels"), m, {});
        for (const QString &label : report.labels)
            line(u"  "_s + label, m, label);
    };
    out += tr("Analysts: %1; articles: %2\n")
               .arg(report.analysts.join(u", "_s))
               .arg(report.articles.size());
    table(report.all);
    for (const Figure *f : {&report.all.alphaU, &report.all.kappa, &report.all.alpha})
        if (!f->value && !f->reason.isEmpty())
            out += u"  – "_s + f->reason + u'\n';
    for (const PairMeasures &p : report.pairs) {
        out += u"\n"_s + tr("%1 and %2\n").arg(p.first, p.second);
        table(p.measures);
    }
    out += u"\n"_s
        + QCoreApplication::translate("Parallax::Agreement", "%n span(s) marked differently",
            nullptr, int(report.disagreements.size()))
        + u'\n';
    return out;
}

} // namespace Parallax::Agreement
