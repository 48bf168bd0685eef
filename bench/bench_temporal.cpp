// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Temporal tagger speed on about a million words of generated wire copy (BenchData, plus a share
// of invented sentences dense in dates, times, money and percentages), median of five runs.
// Tokenizing is timed apart: the tagger is handed tokens, as in the annotation pipeline.
#include "annotate/temporal/temporaltagger.h"
#include "annotate/tokenizer.h"
#include "benchdata.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace {

struct Doc
{
    QString text;
    QList<Token> tokens;
    QList<Sentence> sentences;
};

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
    // Plain vocabulary text rarely mentions dates; these sentences make sure every pattern runs.
    const QStringList dated {
        u"Talks in Kessling resumed on Monday, two weeks after the 24 November 2025 session."_s,
        u"Veltria will pay €12m by next year, up 40 percent on the $3.5 billion pledged in 2019."_s,
        u"The envoy arrived at 9.30 a.m. yesterday and left on Nov. 26 for a three-day visit."_s,
        u"Inspectors visit every week, and the quota was set in mid-March of last year."_s,
    };
    QRandomGenerator rng(11);
    QList<Doc> docs;
    qint64 words = 0;
    while (words < 1'000'000) {
        QString text = BenchData::article(rng, 600);
        for (int k = 0; k < 6; ++k)
            text += u' ' + dated.at(int(rng.bounded(dated.size())));
        Doc doc;
        doc.text = text;
        doc.tokens = Tokenizer::tokenize(doc.text);
        doc.sentences = Tokenizer::splitSentences(doc.text, doc.tokens);
        for (const Token &t : std::as_const(doc.tokens))
            words += t.kind == TokenKind::Punctuation ? 0 : 1;
        docs.append(std::move(doc));
    }
    const QDate anchor(2025, 11, 24);
    TemporalTagger::tag(docs.first().text, docs.first().tokens, docs.first().sentences, anchor);

    QList<double> rates;
    qint64 found = 0;
    for (int run = 0; run < 5; ++run) {
        found = 0;
        QElapsedTimer timer;
        timer.start();
        for (const Doc &doc : std::as_const(docs))
            found += TemporalTagger::tag(doc.text, doc.tokens, doc.sentences, anchor).size();
        rates.append(double(words) * 1e9 / double(std::max<qint64>(timer.nsecsElapsed(), 1)));
    }
    out << docs.size() << " articles, " << words << " words, " << found << " expressions"
        << Qt::endl;
    out << "temporal tagger: " << qint64(median(rates)) << " words/s (median of 5)" << Qt::endl;
    return 0;
}
