// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison engine on generated articles with edits (words replaced, dropped and added,
// numbers changed, sentences moved), and on real news text read at run time from the shared
// corpora (BASIL: the same events told by three outlets; Reuters-21578: wire copy), one thread.
// Measured alone on annotated input, and with the annotation of the texts, as 'parallax compare'
// runs it. The corpora are found in $PARALLAX_DATA, else ../shared/data; none of their text is
// stored.
// Targets (PERFORMANCE.md 7): two 2,000-word articles <= 50 ms; ten <= 500 ms; two 100,000-word
// texts <= 1 s. Also the synonym table's load time.
#include "benchdata.h"

#include "annotate/annotator.h"
#include "compare/comparison.h"
#include "compare/lexicon.h"
#include "compare/pairmodel.h"

#include "cli/corpusarticles.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>
#include <memory>

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

struct BenchStory
{
    QStringList texts;
};

BenchStory story(QRandomGenerator &rng, int documents, int words)
{
    BenchStory s;
    const QString base = BenchData::article(rng, words);
    s.texts.append(base);
    for (int d = 1; d < documents; ++d)
        s.texts.append(edited(rng, base));
    return s;
}

int wordCount(const QString &text)
{
    return int(text.split(u' ', Qt::SkipEmptyParts).size());
}

// BASIL's articles by outlet (the file suffix _1, _2, _3), events in file order.
QList<QStringList> basilByOutlet(const QString &dataDir)
{
    QList<QStringList> outlets(3);
    QStringList files;
    QDirIterator it(QDir(dataDir).filePath(u"basil/articles"_s), {u"*.json"_s}, QDir::Files,
        QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    for (const QString &file : std::as_const(files)) {
        const int outlet = file.at(file.size() - 6).digitValue() - 1; // "..._2.json"
        auto drafts = CorpusArticles::readArticles(file);
        if (outlet < 0 || outlet > 2 || !drafts || drafts->isEmpty())
            continue;
        outlets[outlet].append(drafts->constFirst().body);
    }
    return outlets;
}

// Reuters-21578 article bodies, in file order.
QStringList reutersBodies(const QString &dataDir, int wantedWords)
{
    QStringList bodies;
    int words = 0;
    static const QRegularExpression body(
        u"<BODY>(.*?)</BODY>"_s, QRegularExpression::DotMatchesEverythingOption);
    for (int n = 0; n < 22 && words < wantedWords; ++n) {
        QFile file(
            QDir(dataDir).filePath(u"reuters21578/reut2-%1.sgm"_s.arg(n, 3, 10, QLatin1Char('0'))));
        if (!file.open(QIODevice::ReadOnly))
            break;
        const QString text = QString::fromLatin1(file.readAll());
        for (auto m = body.globalMatch(text); m.hasNext() && words < wantedWords;) {
            QString b = m.next().captured(1);
            b.replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s).replace(u"&amp;"_s, u"&"_s);
            b.remove(QRegularExpression(u"&#\\d+;"_s));
            b.replace(u"\n"_s, u" "_s);
            bodies.append(b.simplified());
            words += wordCount(b);
        }
    }
    return bodies;
}

// Articles joined, paragraphs apart, from first on, until the text has words words.
QString joined(const QStringList &articles, int first, int words)
{
    QString text;
    for (int i = 0; i < articles.size() && wordCount(text) < words; ++i) {
        if (!text.isEmpty())
            text += u"\n\n"_s;
        text += articles.at((first + i) % articles.size());
    }
    return text;
}

// The real-text cases: two outlets over the same events (2,000 words each); ten documents of
// BASIL outlets from overlapping runs of events; two 100,000-word texts of Reuters wire copy of
// which the second half of the first is the first half of the second (wire stories reprinted),
// BASIL's outlets 1 and 2 added to each. Empty when the corpora are missing.
QList<BenchStory> realStories(const QString &dataDir)
{
    const QList<QStringList> basil = basilByOutlet(dataDir);
    const QStringList reuters = reutersBodies(dataDir, 150000);
    if (basil.at(0).isEmpty() || basil.at(1).isEmpty() || reuters.isEmpty())
        return {};
    QList<BenchStory> out;
    out.append({{joined(basil.at(0), 0, 2000), joined(basil.at(1), 0, 2000)}});
    BenchStory ten;
    for (int d = 0; d < 10; ++d)
        ten.texts.append(joined(basil.at(d % 3), d, 2000));
    out.append(ten);
    const int half = int(reuters.size()) / 3;
    const QStringList firstPart = reuters.mid(0, 2 * half);
    const QStringList secondPart = reuters.mid(half);
    out.append({{joined(basil.at(0), 0, 60000) + u"\n\n"_s + joined(firstPart, 0, 40000),
        joined(basil.at(1), 0, 60000) + u"\n\n"_s + joined(secondPart, 0, 40000)}});
    return out;
}

CompareInput annotate(Annotator &annotator, const BenchStory &story)
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
    // bench_compare [RUNS [CASE]]: CASE 0, 1 or 2 runs one generated case only, 3, 4 or 5 one
    // real-text case (for a profiler).
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
    // PARALLAX_BENCH_QUOTE_MODEL_ONLY=1: without the statement model (two sentences by the hand
    // rule, as compare-3 had it), to measure what the statement model costs.
    std::unique_ptr<Comparer> quoteModelOnly;
    if (qEnvironmentVariableIntValue("PARALLAX_BENCH_QUOTE_MODEL_ONLY") != 0) {
        QByteArray text;
        for (const QByteArray &line : PairModel::builtIn().serialize({}).split('\n')) {
            if (!line.startsWith("statement."))
                text += line + '\n';
        }
        quoteModelOnly = std::make_unique<Comparer>(PairModel::parse(text, u"built-in"_s).value());
        out << "without the statement model" << Qt::endl;
    }
    const Comparer builtIn;
    const Comparer &comparer = quoteModelOnly ? *quoteModelOnly : builtIn;

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
    const QString dataDir = qEnvironmentVariable("PARALLAX_DATA", u"../shared/data"_s);
    const QList<BenchStory> real = realStories(dataDir);
    if (real.isEmpty())
        out << "real text: no BASIL or Reuters under " << QDir::toNativeSeparators(dataDir)
            << " (set PARALLAX_DATA); generated text only" << Qt::endl;
    QRandomGenerator rng(11);
    for (int k = 0; k < 2 * cases.size(); ++k) {
        const Case &c = cases.at(k % cases.size());
        const bool isReal = k >= cases.size();
        if (isReal && real.isEmpty())
            break;
        const BenchStory s = isReal ? real.at(k % cases.size()) : story(rng, c.documents, c.words);
        if (only >= 0 && only != k)
            continue;
        int words = 0;
        for (const QString &text : s.texts)
            words += wordCount(text);
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
        out << (isReal ? "real " : "generated ") << c.name << " (" << words
            << " words in all): compare " << QString::number(median(compareMs), 'f', 1)
            << " ms (target " << c.targetMs << "), annotate+compare "
            << QString::number(median(totalMs), 'f', 1) << " ms; " << result.alignments.size()
            << " alignments, " << differences << " differences, " << result.unmatched.size()
            << " unmatched (median of " << runs << ")" << Qt::endl;
    }
    return 0;
}
