// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The whole automatic annotation (tokens, sentences, entities, dates and amounts, quotes with
// speakers, linking) over about a million words of generated news text, on one thread.
// Targets (PERFORMANCE.md): >= 500,000 words/s; the model loads in < 200 ms.
#include "benchdata.h"

#include "annotate/annotator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Parallax;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int totalWords = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000000;
    QTextStream out(stdout);

    QElapsedTimer timer;
    timer.start();
    auto model = Annotator::defaultModel();
    const qint64 loadMs = timer.elapsed();
    if (!model) {
        out << model.error() << Qt::endl;
        return 1;
    }
    out << "model load: " << loadMs << " ms" << Qt::endl;

    // Articles of 600 words, as a story would hold them.
    QRandomGenerator rng(7);
    QStringList articles;
    for (int words = 0; words < totalWords; words += 600)
        articles.append(BenchData::article(rng, 600));

    QList<double> rates;
    qint64 mentions = 0;
    qint64 quotes = 0;
    qint64 temporals = 0;
    for (int run = 0; run < 5; ++run) {
        Annotator annotator(model.value());
        mentions = quotes = temporals = 0;
        timer.restart();
        for (const QString &text : std::as_const(articles)) {
            const AnalyzedDocument doc = annotator.analyze(text, QDate(2025, 11, 24));
            mentions += doc.mentions.size();
            quotes += doc.quotes.size();
            temporals += doc.temporals.size();
        }
        rates.append(double(articles.size()) * 600.0 / (double(timer.nsecsElapsed()) / 1e9));
    }
    std::sort(rates.begin(), rates.end());
    out << "annotated " << articles.size() << " articles (" << articles.size() * 600
        << " words): " << mentions << " entity mentions, " << temporals << " dates and amounts, "
        << quotes << " quotes" << Qt::endl;
    out << "speed (median of 5): " << qRound(rates.at(2)) << " words/s" << Qt::endl;
    return 0;
}
