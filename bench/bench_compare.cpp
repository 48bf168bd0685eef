// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison engine on generated articles with edits (words replaced, dropped and added,
// numbers changed, sentences moved), one thread. Measured alone on annotated input, and with the
// annotation of the texts, as 'parallax compare' runs it.
// Targets (PERFORMANCE.md 7): two 2,000-word articles <= 50 ms; ten <= 500 ms; two 100,000-word
// texts <= 1 s. Also the synonym table's load time.
#include "benchdata.h"

#include "annotate/annotator.h"
#include "compare/comparison.h"
#include "compare/lexicon.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace {

// Another outlet's version of text: about one word in twelve changed, one sentence in ten moved.
QString edited(QRandomGenerator &rng, const QString &text)
{
    static const QStringList replacements
        = u"negotiations accord ministers lawmakers reservoir "
          "growers frontier allocation envoy productive crucial "
          "pivotal vital difficult hard agreed rejected"_s.split(u' ');
    QStringList sentences = text.split(u". "_s);
    for (QString &sentence : sentences) {
        QStringList words = sentence.split(u' ');
        QStringList out;
        for (const QString &word : std::as_const(words)) {
            const quint32 roll = rng.bounded(1000);
            if (roll < 25)
                continue; // dropped
            if (roll < 55 && !word.isEmpty() && word.at(0).isLower()) {
                out.append(replacements.at(int(rng.bounded(replacements.size()))));
                continue;
            }
            if (roll < 65 && !word.isEmpty() && word.at(0).isDigit()) {
                out.append(QString::number(rng.bounded(1, 2000)));
                continue;
            }
            out.append(word);
            if (roll >= 990)
                out.append(u"reportedly"_s); // added
        }
        sentence = out.join(u' ');
    }
    for (int i = 0; i + 1 < sentences.size(); ++i) {
        if (rng.bounded(100) < 10)
            sentences.swapItemsAt(i, int(rng.bounded(quint32(sentences.size()))));
    }
    return sentences.join(u". "_s);
}

struct Story
{
    QStringList texts;
};

Story story(QRandomGenerator &rng, int documents, int words)
{
    Story s;
    const QString base = BenchData::article(rng, words);
    s.texts.append(base);
    for (int d = 1; d < documents; ++d)
        s.texts.append(edited(rng, base));
    return s;
}

CompareInput annotate(Annotator &annotator, const Story &story)
{
    annotator.resetEntities();
    QList<AnalyzedDocument> analyses;
    for (const QString &text : story.texts)
        analyses.append(annotator.analyze(text, QDate(2025, 11, 24)));
    CompareInput input;
    input.entities = annotator.entities();
    for (int d = 0; d < analyses.size(); ++d)
        input.documents.append(compareDocument(analyses.at(d), u"outlet %1"_s.arg(d)));
    return input;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    // bench_compare [RUNS [CASE]]: CASE 0, 1 or 2 runs one case only (for a profiler).
    const int runs = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 5;
    const int only = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : -1;

    QElapsedTimer timer;
    timer.start();
    const auto &synonyms = Compare::SynonymTable::instance();
    out << "synonym table: " << synonyms.size() << " stems, loaded in "
        << QString::number(synonyms.loadMilliseconds(), 'f', 2) << " ms (first use "
        << QString::number(double(timer.nsecsElapsed()) / 1e6, 'f', 2) << " ms)" << Qt::endl;

    auto model = Annotator::defaultModel();
    if (!model) {
        out << model.error() << Qt::endl;
        return 1;
    }
    Annotator annotator(model.value());
    const Comparer comparer;

    struct Case
    {
        QString name;
        int documents;
        int words;
        double targetMs;
    };
    const QList<Case> cases {{u"two 2,000-word articles"_s, 2, 2000, 50},
        {u"ten 2,000-word articles"_s, 10, 2000, 500},
        {u"two 100,000-word texts"_s, 2, 100000, 1000}};
    QRandomGenerator rng(11);
    for (int k = 0; k < cases.size(); ++k) {
        const Case &c = cases.at(k);
        const Story s = story(rng, c.documents, c.words);
        if (only >= 0 && only != k)
            continue;
        QList<double> compareMs;
        QList<double> totalMs;
        Comparison result;
        for (int run = 0; run < runs; ++run) {
            timer.restart();
            const CompareInput input = annotate(annotator, s);
            const double annotateMs = double(timer.nsecsElapsed()) / 1e6;
            timer.restart();
            result = comparer.compare(input);
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            compareMs.append(ms);
            totalMs.append(ms + annotateMs);
        }
        int differences = 0;
        for (const Alignment &a : std::as_const(result.alignments))
            differences += int(a.differences.size());
        out << c.name << ": compare " << QString::number(median(compareMs), 'f', 1)
            << " ms (target " << c.targetMs << "), annotate+compare "
            << QString::number(median(totalMs), 'f', 1) << " ms; " << result.alignments.size()
            << " alignments, " << differences << " differences, " << result.unmatched.size()
            << " unmatched (median of " << runs << ")" << Qt::endl;
    }
    return 0;
}
