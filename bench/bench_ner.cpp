// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Entity recogniser speed: model load time, then tokenizer and tagger throughput on about a
// million tokens of generated news-like text, median of five runs each.
#include "annotate/ner/nermodel.h"
#include "annotate/tokenizer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <random>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace {

// Articles of invented sentences: names, places, organisations and common words, so that the
// tagger meets both entities and plain text.
QStringList generateArticles(int tokensWanted)
{
    const QStringList first {u"Ilse"_s, u"Tomas"_s, u"Karel"_s, u"Mira"_s, u"Jonas"_s, u"Petra"_s};
    const QStringList last {u"Marrow"_s, u"Ardelan"_s, u"Vostrin"_s, u"Osmark"_s, u"Tiller"_s};
    const QStringList places {
        u"Veltria"_s, u"Kessling"_s, u"Germany"_s, u"Paris"_s, u"Brazil"_s, u"New Kessling"_s};
    const QStringList orgs {u"Osmark Corp."_s, u"the European Union"_s, u"Tiller Holdings"_s,
        u"the Veltrian Football Association"_s};
    const QStringList verbs {u"met"_s, u"criticised"_s, u"visited"_s, u"praised"_s, u"called"_s};
    const QStringList filler {u"on Monday"_s, u"after long talks"_s,
        u"despite protests by 1,200 workers"_s, u"in a statement"_s,
        u"for the second time this year"_s, u"as shares fell 3.5%"_s};
    std::mt19937 random(7);
    auto pick = [&](const QStringList &list) {
        return list.at(int(random() % list.size()));
    };
    QStringList articles;
    int tokens = 0;
    while (tokens < tokensWanted) {
        QString text;
        for (int s = 0; s < 25; ++s) {
            QString sentence;
            switch (random() % 4) {
            case 0:
                sentence = u"%1 %2 %3 %4 in %5 %6, %7 said."_s.arg(pick(first), pick(last),
                    pick(verbs), pick(orgs), pick(places), pick(filler), pick(last));
                break;
            case 1:
                sentence = u"“We will not accept this,” %1 %2 told reporters in %3 %4."_s.arg(
                    pick(first), pick(last), pick(places), pick(filler));
                break;
            case 2:
                sentence
                    = u"Officials of %1 %2 the plan %3, and the talks in %4 ended without a deal."_s
                          .arg(pick(orgs), pick(verbs), pick(filler), pick(places));
                break;
            default:
                sentence = u"Mr. %1 %2 %3 %4 but the minister's office declined to comment."_s.arg(
                    pick(last), pick(verbs), pick(orgs), pick(filler));
            }
            text += sentence + (s % 5 == 4 ? u"\n\n"_s : u" "_s);
        }
        tokens += int(Tokenizer::tokenize(text).size());
        articles.append(text);
    }
    return articles;
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
    const QString path = argc > 1 ? QString::fromLocal8Bit(argv[1]) : NerModel::defaultPath();
    if (path.isEmpty()) {
        out << "no entity model found" << Qt::endl;
        return 1;
    }
    QList<double> loads;
    NerModel model;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto loaded = NerModel::load(path);
        loads.append(double(timer.nsecsElapsed()) / 1e6);
        if (!loaded) {
            out << loaded.error() << Qt::endl;
            return 1;
        }
        model = std::move(loaded.value());
    }
    out << "model " << path << Qt::endl;
    out << "load: " << QString::number(median(loads), 'f', 1) << " ms (median of 5)" << Qt::endl;

    const QStringList articles = generateArticles(1000000);
    QList<QList<Token>> tokens(articles.size());
    QList<QList<Sentence>> sentences(articles.size());
    qint64 tokenCount = 0;
    QList<double> tokenizeRates;
    QList<double> tagRates;
    NerTagger tagger(model);
    QList<EntitySpan> spans;
    qint64 entityCount = 0;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        tokenCount = 0;
        for (qsizetype a = 0; a < articles.size(); ++a) {
            tokens[a].clear();
            sentences[a].clear();
            Tokenizer::tokenize(articles[a], &tokens[a]);
            Tokenizer::splitSentences(articles[a], tokens[a], &sentences[a]);
            tokenCount += tokens[a].size();
        }
        tokenizeRates.append(double(tokenCount) * 1e9 / double(timer.nsecsElapsed()));
        timer.restart();
        entityCount = 0;
        for (qsizetype a = 0; a < articles.size(); ++a) {
            spans.clear();
            tagger.tag(articles[a], tokens[a], sentences[a], &spans);
            entityCount += spans.size();
        }
        tagRates.append(double(tokenCount) * 1e9 / double(timer.nsecsElapsed()));
    }
    out << tokenCount << " tokens in " << articles.size() << " articles, " << entityCount
        << " entities" << Qt::endl;
    out << "tokenize + sentences: " << qint64(median(tokenizeRates)) << " tokens/s (median of 5)"
        << Qt::endl;
    out << "entity tagging: " << qint64(median(tagRates)) << " tokens/s (median of 5)" << Qt::endl;
    return 0;
}
