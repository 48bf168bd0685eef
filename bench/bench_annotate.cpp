// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The whole automatic annotation (tokens, sentences, entities, dates and amounts, quotes with
// speakers, linking) on one thread, over real news where the shared corpora are on this machine
// (about a million words of Reuters-21578, then PolNeAR's training articles and BASIL's, each
// read at run time), otherwise over a million words of generated text.
// Targets (PERFORMANCE.md): >= 500,000 words/s; the model loads in < 200 ms.
#include "benchcorpus.h"
#include "benchdata.h"

#include "annotate/annotator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace {

// Median of 5 runs over the texts, as one story (one linker).
void measure(const std::shared_ptr<const NerModel> &model, const QStringList &articles,
    const QString &what, QTextStream &out)
{
    qint64 words = 0;
    for (const QString &text : articles)
        words += BenchCorpus::wordCount(text);
    QList<double> rates;
    qint64 mentions = 0;
    qint64 quotes = 0;
    qint64 temporals = 0;
    for (int run = 0; run < 5; ++run) {
        Annotator annotator(model);
        mentions = quotes = temporals = 0;
        QElapsedTimer timer;
        timer.start();
        for (const QString &text : articles) {
            const AnalyzedDocument doc = annotator.analyze(text, QDate(2025, 11, 24));
            mentions += doc.mentions.size();
            quotes += doc.quotes.size();
            temporals += doc.temporals.size();
        }
        rates.append(double(words) / (double(timer.nsecsElapsed()) / 1e9));
    }
    std::sort(rates.begin(), rates.end());
    out << what << Qt::endl
        << "  annotated " << articles.size() << " articles (" << words << " words): " << mentions
        << " entity mentions, " << temporals << " dates and amounts, " << quotes << " quotes"
        << Qt::endl
        << "  speed (median of 5): " << qRound(rates.at(2)) << " words/s" << Qt::endl;
}

QStringList bodies(const QList<BenchCorpus::Story> &stories, qint64 maxWords)
{
    QStringList out;
    qint64 words = 0;
    for (const BenchCorpus::Story &s : stories) {
        if (words >= maxWords)
            break;
        out.append(s.body);
        words += BenchCorpus::wordCount(s.body);
    }
    return out;
}

} // namespace

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

    const QList<BenchCorpus::Story> reuters = BenchCorpus::reuters();
    if (reuters.isEmpty()) {
        out << "the shared corpora are not on this machine (set PARALLAX_CORPUS_DIR): "
               "generated text"
            << Qt::endl;
        // Articles of 600 words, as a story would hold them.
        QRandomGenerator rng(7);
        QStringList articles;
        for (int words = 0; words < totalWords; words += 600)
            articles.append(BenchData::article(rng, 600));
        measure(model.value(), articles, u"generated text"_s, out);
        return 0;
    }
    const QStringList news = bodies(reuters, totalWords);
    measure(model.value(), news,
        BenchCorpus::describe(reuters.mid(0, news.size()), u"Reuters-21578"_s), out);
    for (const auto &[name, stories] : {std::pair {u"PolNeAR train"_s, BenchCorpus::polnearTrain()},
             std::pair {u"BASIL"_s, BenchCorpus::basil()}}) {
        if (!stories.isEmpty())
            measure(model.value(), bodies(stories, totalWords),
                BenchCorpus::describe(stories, name), out);
    }
    return 0;
}
