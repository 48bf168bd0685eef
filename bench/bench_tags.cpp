// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The learning curve of code-book tag suggestions (docs/learning.md) on a labelled set of our
// own making: invented sentences from templates, a third of them untagged, the others loaded
// language, a factual claim or an attribution. The analyst tags the first k sentences; the
// suggester, trained on them, suggests for the rest.
// Usage: bench_tags
#include "annotate/tagsuggester.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QStringList>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace {

struct Labelled
{
    QString text;
    int tag = 0; // 0: none
};

const QStringList kActors {u"regime"_s, u"government"_s, u"council"_s, u"minister"_s, u"police"_s,
    u"party"_s, u"commission"_s, u"mayor"_s};
const QStringList kTopics {u"budget"_s, u"water agreement"_s, u"harbour plan"_s, u"election"_s,
    u"reform"_s, u"border"_s, u"strike"_s, u"dam"_s};

QString pick(QRandomGenerator &r, const QStringList &words)
{
    return words.at(int(r.bounded(quint32(words.size()))));
}

Labelled make(QRandomGenerator &r)
{
    const QString actor = pick(r, kActors);
    const QString topic = pick(r, kTopics);
    switch (r.bounded(6)) {
    case 0:
    case 1: // none: plain reporting
        return {pick(r,
                    {u"The %1 met on %3 to discuss the %2."_s,
                        u"Talks on the %2 will resume %3, the %1 said."_s,
                        u"The %1 is expected to publish its view of the %2 %3."_s,
                        // Harder: a loaded word the outlet reports rather than uses.
                        u"Critics called the %1 reckless over the %2, which it denied %3."_s})
                    .arg(actor, topic,
                        pick(r, {u"Tuesday"_s, u"next week"_s, u"in March"_s, u"soon"_s})),
            0};
    case 2: // 1: loaded language, the verb alone
        return {
            u"Once again the %1 %2 the %3."_s.arg(actor,
                pick(r, {u"crushed"_s, u"trampled"_s, u"sabotaged"_s, u"betrayed"_s, u"gutted"_s}),
                topic),
            1};
    case 3: // 1: loaded language
        return {
            u"The %1 %2 %3 the %4."_s.arg(
                pick(
                    r, {u"reckless"_s, u"thuggish"_s, u"corrupt"_s, u"shameless"_s, u"cowardly"_s}),
                actor,
                pick(r, {u"crushed"_s, u"trampled"_s, u"sabotaged"_s, u"betrayed"_s, u"gutted"_s}),
                topic),
            1};
    case 4: // 2: a factual claim
        return {u"The %1 said %2 percent of the %3 was %4 in %5."_s.arg(actor,
                    QString::number(r.bounded(5, 95)), topic,
                    pick(r, {u"spent"_s, u"approved"_s, u"completed"_s, u"funded"_s}),
                    QString::number(r.bounded(2015, 2026))),
            2};
    default: // 3: an attribution
        return {u"According to %1, the %2 %3 the %4."_s.arg(
                    pick(r,
                        {u"a source close to the talks"_s, u"unnamed officials"_s,
                            u"people familiar with the matter"_s, u"a leaked memo"_s}),
                    actor, pick(r, {u"discussed"_s, u"reviewed"_s, u"delayed"_s}), topic),
            3};
    }
}

} // namespace

int main()
{
    QTextStream out(stdout);
    QRandomGenerator random(20261203);
    QList<Labelled> set;
    for (int i = 0; i < 600; ++i)
        set.append(make(random));
    const QStringList names {QString(), u"Loaded language"_s, u"Factual claim"_s, u"Attribution"_s};
    const qsizetype held = 200; // the first 200 can be tagged; the rest is scored
    QElapsedTimer timer;
    for (const int k : {10, 25, 50, 100, 200}) {
        TagSuggester suggester;
        for (int i = 0; i < k; ++i)
            suggester.add(set[i].text, set[i].tag, names[set[i].tag]);
        int tp = 0, fp = 0, fn = 0;
        timer.start();
        for (qsizetype i = held; i < set.size(); ++i) {
            const auto s = suggester.suggest(set[i].text);
            const int got = s ? int(s->tagId) : 0;
            if (got != 0 && got == set[i].tag)
                ++tp;
            else {
                fp += got != 0;
                fn += set[i].tag != 0;
            }
        }
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        const double p = tp + fp ? double(tp) / (tp + fp) : 0;
        const double r = tp + fn ? double(tp) / (tp + fn) : 0;
        out << "k " << k << "  tags suggestable " << suggester.tagCount() << "  precision "
            << QString::number(100 * p, 'f', 1) << "  recall " << QString::number(100 * r, 'f', 1)
            << "  F1 " << QString::number(p + r > 0 ? 200 * p * r / (p + r) : 0, 'f', 1) << "  ("
            << QString::number(ms / double(set.size() - held) * 1000, 'f', 1)
            << " us a sentence)\n";
    }
    return 0;
}
