// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Quote extractor speed on about a million words of generated articles with quotes of every
// style, median of five runs. Tokens, sentences and mentions are prepared outside the timing.
#include "annotate/quotes/quoteextractor.h"
#include "benchdata.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace {

struct Article
{
    QString text;
    QList<Token> tokens;
    QList<Sentence> sentences;
    QList<EntityMention> mentions;
};

const QStringList &names()
{
    static const QStringList list {
        u"Ilse Marrow"_s, u"Tomas Ardelan"_s, u"Dana Okoro"_s, u"Piet Vandal"_s, u"Mara Quillen"_s};
    return list;
}

// Wire copy: paragraphs of plain sentences with a quote or reported speech in most of them.
QString articleText(QRandomGenerator &rng)
{
    const QStringList quotes {
        u"\u201CThe talks will continue until the quota is agreed,\u201D %1 said."_s,
        u"\"We will not sign a draft that hurts our farmers,\" said %1."_s,
        u"%1 said, \u201CThe border stays open for the water convoys.\u201D"_s,
        u"%1 described the plan as \u201Cdifficult but workable\u201D on Monday."_s,
        u"According to %1, the commission will vote in the spring."_s,
        u"%1 told reporters that the deal was close. \u201CBut not signed,\u201D she added."_s,
        u"\u00ABNothing is agreed until everything is agreed\u00BB, %1 insisted."_s,
        u"The so-called \u2018deal\u2019 was never published, %1 said."_s,
        u"\u201CWe have waited long enough.\n\n\u201CThe lake is drying out,\u201D %1 warned."_s};
    QString text;
    for (int p = 0; p < 12; ++p) {
        text += BenchData::article(rng, 40 + int(rng.bounded(40)));
        text += u' ';
        text += quotes.at(int(rng.bounded(quotes.size())))
                    .arg(names().at(int(rng.bounded(names().size()))));
        text += u"\n\n"_s;
    }
    return text;
}

QList<EntityMention> mentionsOf(const QString &text)
{
    QList<EntityMention> out;
    for (const QString &name : names()) {
        for (qsizetype at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
            out.append(EntityMention {TextRange {qint32(at), qint32(at + name.size())}});
    }
    std::sort(out.begin(), out.end(), [](const EntityMention &a, const EntityMention &b) {
        return a.range.start < b.range.start;
    });
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QRandomGenerator rng(11);
    QList<Article> articles;
    qint64 words = 0;
    while (words < 1'000'000) {
        Article a;
        a.text = articleText(rng);
        a.tokens = Tokenizer::tokenize(a.text);
        a.sentences = Tokenizer::splitSentences(a.text, a.tokens);
        a.mentions = mentionsOf(a.text);
        for (const Token &t : a.tokens)
            words += t.kind == TokenKind::Word || t.kind == TokenKind::Number ? 1 : 0;
        articles.append(std::move(a));
    }
    QList<double> rates;
    qint64 quotes = 0;
    for (int run = 0; run < 5; ++run) {
        quotes = 0;
        QElapsedTimer timer;
        timer.start();
        for (const Article &a : articles)
            quotes += QuoteExtractor::extract(a.text, a.tokens, a.sentences, a.mentions).size();
        rates.append(double(words) * 1e9 / double(std::max<qint64>(timer.nsecsElapsed(), 1)));
    }
    std::sort(rates.begin(), rates.end());
    out << articles.size() << " articles, " << words << " words, " << quotes << " quotes"
        << Qt::endl;
    out << "quote extractor: " << qint64(rates.at(2)) << " words/s (median of 5)" << Qt::endl;
    return 0;
}
