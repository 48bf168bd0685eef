// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// eval quotes: the quote extractor (after the tokenizer and the shipped entity model) against
// the attributions of PolNeAR. The scoring rules are described in docs/quotes.md.
#include "evalmodes.h"

#include "annotate/ner/nermodel.h"
#include "annotate/quotes/quoteextractor.h"
#include "cli.h"
#include "command.h"
#include "util/textoffsets.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <functional>
#include <map>
#include <numeric>
#include <random>

using namespace Qt::StringLiterals;

namespace Parallax::Cli {
namespace {

// One gold attribution, in UTF-16 ranges of the article text. Discontinuous spans keep their
// fragments.
struct GoldAttribution
{
    QList<TextRange> source;
    QList<TextRange> content; // Content and Content2
    bool quoteMarks = false; // the content contains a double quotation mark
};

struct GoldArticle
{
    QString id;
    QString annotator;
    QString text;
    QList<GoldAttribution> attributions;
};

bool hasQuoteMarks(QStringView s)
{
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u == u'"' || u == u'\u201C' || u == u'\u201D' || u == u'\u00AB' || u == u'\u00BB')
            return true;
    }
    return false;
}

QList<TextRange> toRanges(const CodePointMap &map, const QList<std::pair<qint64, qint64>> &cps)
{
    QList<TextRange> out;
    for (const auto &[s, e] : cps)
        out.append(TextRange {qint32(map.toUtf16(s)), qint32(map.toUtf16(e))});
    return out;
}

QString contentText(const QString &text, const QList<TextRange> &ranges)
{
    QString s;
    for (const TextRange &r : ranges)
        s += QStringView(text).mid(r.start, r.length());
    return s;
}

QList<std::pair<qint64, qint64>> fragments(const QJsonValue &v)
{
    QList<std::pair<qint64, qint64>> out;
    for (const QJsonValue f : v.toArray()) {
        const QJsonObject o = f.toObject();
        out.append({o.value(u"start"_s).toInteger(), o.value(u"end"_s).toInteger()});
    }
    return out;
}

// dev.jsonl: one record per annotation file.
Result<QList<GoldArticle>> readJsonl(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {u"cannot read %1"_s.arg(QDir::toNativeSeparators(path))};
    QList<GoldArticle> out;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(line, &error).object();
        if (error.error != QJsonParseError::NoError)
            return Error {u"%1: %2"_s.arg(QDir::toNativeSeparators(path), error.errorString())};
        GoldArticle a;
        a.id = o.value(u"doc_id"_s).toString();
        a.annotator = o.value(u"annotator"_s).toString();
        a.text = o.value(u"text"_s).toString();
        const CodePointMap map(a.text);
        for (const QJsonValue v : o.value(u"attributions"_s).toArray()) {
            const QJsonObject r = v.toObject();
            GoldAttribution g;
            g.source = toRanges(map, fragments(r.value(u"source"_s)));
            g.content = toRanges(map, fragments(r.value(u"content"_s)))
                + toRanges(map, fragments(r.value(u"content2"_s)));
            g.quoteMarks = hasQuoteMarks(contentText(a.text, g.content));
            a.attributions.append(g);
        }
        out.append(a);
    }
    return out;
}

// A split folder: text/<article>.txt and attributions/<article>_<annotator>.ann (brat).
Result<QList<GoldArticle>> readBrat(const QString &dir)
{
    const QDir annotations(dir + u"/attributions"_s);
    QList<GoldArticle> out;
    for (const QFileInfo &info : annotations.entryInfoList({u"*.ann"_s}, QDir::Files, QDir::Name)) {
        const QString base = info.completeBaseName();
        const qsizetype underscore = base.lastIndexOf(u'_');
        if (underscore <= 0)
            continue;
        GoldArticle a;
        a.id = base.left(underscore);
        a.annotator = base.mid(underscore + 1);
        QFile textFile(dir + u"/text/"_s + a.id + u".txt"_s);
        QFile annFile(info.filePath());
        if (!textFile.open(QIODevice::ReadOnly) || !annFile.open(QIODevice::ReadOnly))
            return Error {u"cannot read %1"_s.arg(QDir::toNativeSeparators(info.filePath()))};
        a.text = QString::fromUtf8(textFile.readAll());
        const CodePointMap map(a.text);
        std::map<QString, QList<std::pair<qint64, qint64>>> spans;
        QList<QStringList> events;
        for (const QByteArray &raw : annFile.readAll().split('\n')) {
            const QStringList cols = QString::fromUtf8(raw).split(u'\t');
            if (cols.size() < 2)
                continue;
            if (cols[0].startsWith(u'T')) {
                const qsizetype space = cols[1].indexOf(u' ');
                QList<std::pair<qint64, qint64>> frags;
                for (const QString &part : cols[1].mid(space + 1).split(u';')) {
                    const QStringList se = part.split(u' ');
                    if (se.size() == 2)
                        frags.append({se[0].toLongLong(), se[1].toLongLong()});
                }
                spans[cols[0]] = frags;
            } else if (cols[0].startsWith(u'E')) {
                events.append(cols[1].split(u' ', Qt::SkipEmptyParts));
            }
        }
        for (const QStringList &event : events) {
            GoldAttribution g;
            for (const QString &arg : event) {
                const qsizetype colon = arg.indexOf(u':');
                const QString role = arg.left(colon);
                const auto it = spans.find(arg.mid(colon + 1));
                if (it == spans.end())
                    continue;
                if (role == u"Source"_s)
                    g.source += toRanges(map, it->second);
                else if (role.startsWith(u"Content"_s))
                    g.content += toRanges(map, it->second);
            }
            g.quoteMarks = hasQuoteMarks(contentText(a.text, g.content));
            a.attributions.append(g);
        }
        out.append(a);
    }
    return out;
}

// The folder of the corpus (with dev/), the split folder itself, or a .jsonl file.
Result<QList<GoldArticle>> readCorpus(const QString &path)
{
    const QFileInfo info(path);
    if (info.isFile())
        return readJsonl(path);
    if (QFileInfo::exists(path + u"/attributions"_s))
        return readBrat(path);
    if (QFileInfo::exists(path + u"/dev/attributions"_s))
        return readBrat(path + u"/dev"_s);
    return Error {u"%1 holds neither attributions/ nor dev/attributions/"_s.arg(
        QDir::toNativeSeparators(path))};
}

// One annotator per article: the first in name order, also for the articles everyone annotated.
QList<GoldArticle> oneAnnotator(QList<GoldArticle> articles)
{
    std::sort(articles.begin(), articles.end(), [](const GoldArticle &a, const GoldArticle &b) {
        return a.id != b.id ? a.id < b.id : a.annotator < b.annotator;
    });
    QList<GoldArticle> out;
    for (GoldArticle &a : articles) {
        if (out.isEmpty() || out.constLast().id != a.id)
            out.append(std::move(a));
    }
    return out;
}

qint32 overlap(TextRange a, TextRange b)
{
    return std::max(0, std::min(a.end, b.end) - std::max(a.start, b.start));
}

// Rule "word": the ranges share at least one letter or digit.
bool sharesWord(QStringView text, TextRange a, TextRange b)
{
    const qint32 s = std::max(a.start, b.start);
    const qint32 e = std::min(a.end, b.end);
    for (qint32 i = s; i < e; ++i) {
        if (text[i].isLetterOrNumber())
            return true;
    }
    return false;
}

bool sharesWord(QStringView text, TextRange a, const QList<TextRange> &b)
{
    for (const TextRange &r : b) {
        if (sharesWord(text, a, r))
            return true;
    }
    return false;
}

qint32 overlap(TextRange a, const QList<TextRange> &b)
{
    qint32 n = 0;
    for (const TextRange &r : b)
        n += overlap(a, r);
    return n;
}

qint32 length(const QList<TextRange> &ranges)
{
    qint32 n = 0;
    for (const TextRange &r : ranges)
        n += r.length();
    return n;
}

struct Tally
{
    int gold = 0;
    int foundWord = 0; // some prediction shares a word with the gold content
    int foundHalf = 0; // predictions cover at least half of the gold content's characters
    int withSource = 0; // found (word rule) and the gold names a source
    int speakerRight = 0;

    QString row(const QString &name) const
    {
        auto ratio = [](int a, int b) {
            return b > 0 ? double(a) / double(b) : 0.0;
        };
        return u"%1 %2 %3 %4 %5 %6"_s.arg(name, -28)
            .arg(gold, 6)
            .arg(QString::number(ratio(foundWord, gold), 'f', 4), 12)
            .arg(QString::number(ratio(foundHalf, gold), 'f', 4), 12)
            .arg(QString::number(ratio(speakerRight, withSource), 'f', 4), 10)
            .arg(withSource, 8);
    }
};

// PARALLAX_EVAL_VERBOSE=1: each speaker miss on quoted content, with some context, for error
// analysis on the terminal. Corpus text is printed only, never stored.
bool verbose()
{
    static const bool on = qEnvironmentVariableIntValue("PARALLAX_EVAL_VERBOSE") > 0;
    return on;
}

QString flat(QStringView s)
{
    QString out = s.toString();
    out.replace(u'\n', u' ');
    return out;
}

void reportMiss(const GoldArticle &a, const GoldAttribution &g, const Quote &q)
{
    qint32 from = q.content.start;
    qint32 to = q.content.end;
    for (const TextRange &r : g.source + g.content) {
        from = std::min(from, r.start);
        to = std::max(to, r.end);
    }
    from = std::max(0, std::min(from, q.speaker.isValid() ? q.speaker.start : from) - 60);
    to = std::min(qint32(a.text.size()), std::max(to, q.speaker.end) + 40);
    if (to - from > 700)
        to = from + 700;
    QTextStream err(stderr);
    err << "MISS " << a.id << " gold=[" << contentText(a.text, g.source) << "] pred=["
        << (q.speaker.isValid() ? QStringView(a.text).mid(q.speaker.start, q.speaker.length())
                                : QStringView())
        << "] cue=["
        << (q.cue.isValid() ? QStringView(a.text).mid(q.cue.start, q.cue.length()) : QStringView())
        << "] kind=" << int(q.kind) << "\n    " << flat(QStringView(a.text).mid(from, to - from))
        << "\n";
}

// A quote in marks whose gold source is none of the source model's candidates.
void reportNoCandidate(const GoldArticle &a, const GoldAttribution &g, const Quote &q,
    const std::vector<SourceCandidate> &candidates)
{
    QTextStream err(stderr);
    err << "NOCAND " << a.id << " gold=[" << contentText(a.text, g.source) << "] rules=["
        << (q.speaker.isValid() ? QStringView(a.text).mid(q.speaker.start, q.speaker.length())
                                : QStringView())
        << "] cue=["
        << (q.cue.isValid() ? QStringView(a.text).mid(q.cue.start, q.cue.length()) : QStringView())
        << "] candidates:";
    for (const SourceCandidate &c : candidates)
        err << " ["
            << (c.span.isValid() ? QStringView(a.text).mid(c.span.start, c.span.length())
                                 : QStringView(u"-"))
            << "]";
    qint32 from = q.content.start;
    qint32 to = q.content.end;
    for (const TextRange &r : g.source) {
        from = std::min(from, r.start);
        to = std::max(to, r.end);
    }
    from = std::max(0, from - 60);
    to = std::min(qint32(a.text.size()), to + 40);
    if (to - from > 700)
        to = from + 700;
    err << "\n    " << flat(QStringView(a.text).mid(from, to - from)) << "\n";
}

void score(const GoldArticle &a, const QList<Quote> &predicted, Tally *quoted, Tally *other)
{
    for (const GoldAttribution &g : a.attributions) {
        if (g.content.isEmpty())
            continue;
        Tally *t = g.quoteMarks ? quoted : other;
        ++t->gold;
        const Quote *best = nullptr;
        qint32 bestOverlap = 0;
        qint32 covered = 0;
        for (const Quote &q : predicted) {
            // Quotes in marks are found by quotes in marks; reported speech by anything.
            if (g.quoteMarks && q.kind == QuoteKind::Indirect)
                continue;
            if (!sharesWord(a.text, q.content, g.content))
                continue;
            const qint32 n = overlap(q.content, g.content);
            covered += n;
            if (n > bestOverlap) {
                bestOverlap = n;
                best = &q;
            }
        }
        if (!best)
            continue;
        ++t->foundWord;
        if (2 * std::min(covered, length(g.content)) >= length(g.content))
            ++t->foundHalf;
        if (g.source.isEmpty())
            continue;
        ++t->withSource;
        if (best->speaker.isValid() && overlap(best->speaker, g.source) > 0)
            ++t->speakerRight;
        else if (g.quoteMarks && verbose())
            reportMiss(a, g, *best);
    }
}

} // namespace

namespace {

// The tokens, sentences and entity mentions of one article, as `parallax annotate` makes them.
struct Prepared
{
    QList<Token> tokens;
    QList<Sentence> sentences;
    QList<EntityMention> mentions;
    qint64 words = 0;
};

std::vector<Prepared> prepare(const QList<GoldArticle> &articles, const NerModel &model)
{
    NerTagger tagger(model);
    std::vector<Prepared> out(size_t(articles.size()));
    QList<EntitySpan> spans;
    for (qsizetype i = 0; i < articles.size(); ++i) {
        const QString &text = articles[i].text;
        Prepared &p = out[size_t(i)];
        p.tokens = Tokenizer::tokenize(text);
        p.sentences = Tokenizer::splitSentences(text, p.tokens);
        spans.clear();
        tagger.tag(text, p.tokens, p.sentences, &spans);
        for (const EntitySpan &s : spans)
            p.mentions.append(EntityMention {
                TextRange {p.tokens[s.tokenStart].start, p.tokens[s.tokenEnd - 1].end}, s.type,
                s.confidence});
        for (const Token &t : p.tokens)
            p.words += t.kind == TokenKind::Word || t.kind == TokenKind::Number ? 1 : 0;
    }
    return out;
}

Result<QList<GoldArticle>> readArticles(const QCommandLineParser &parser)
{
    const QString path = parser.value(polnearOption());
    if (path.isEmpty())
        throw UsageFailure {u"missing --polnear"_s};
    auto corpus = readCorpus(path);
    if (!corpus)
        return Error {corpus.error()};
    return oneAnnotator(std::move(corpus.value()));
}

Result<NerModel> entityModel()
{
    const QString modelPath = NerModel::defaultPath();
    if (modelPath.isEmpty())
        return Error {u"no entity model found; set PARALLAX_MODEL_DIR"_s};
    return NerModel::load(modelPath);
}

// One training example: the candidates of a quote the rules found, and which of them overlap
// the source of the gold attribution the quote matches best.
struct Example
{
    std::vector<SourceCandidate> candidates;
    std::vector<char> positive;
    qsizetype article = 0;
};

std::vector<Example> examples(
    const QList<GoldArticle> &articles, const std::vector<Prepared> &prepared, int *matched)
{
    std::vector<Example> out;
    for (qsizetype i = 0; i < articles.size(); ++i) {
        const GoldArticle &a = articles[i];
        const Prepared &p = prepared[size_t(i)];
        const QList<Quote> quotes
            = QuoteExtractor::extract(a.text, p.tokens, p.sentences, p.mentions, nullptr);
        auto candidates
            = QuoteExtractor::sourceCandidates(a.text, p.tokens, p.sentences, p.mentions, quotes);
        for (qsizetype q = 0; q < quotes.size(); ++q) {
            if (candidates[size_t(q)].empty())
                continue;
            const GoldAttribution *best = nullptr;
            qint32 bestOverlap = 0;
            for (const GoldAttribution &g : a.attributions) {
                if (!sharesWord(a.text, quotes[q].content, g.content))
                    continue;
                if (const qint32 n = overlap(quotes[q].content, g.content); n > bestOverlap) {
                    bestOverlap = n;
                    best = &g;
                }
            }
            if (!best)
                continue;
            ++*matched;
            Example e;
            e.article = i;
            e.candidates = std::move(candidates[size_t(q)]);
            bool any = false;
            for (const SourceCandidate &c : e.candidates) {
                const bool right = best->source.isEmpty()
                    ? !c.span.isValid()
                    : c.span.isValid() && overlap(c.span, best->source) > 0;
                e.positive.push_back(right);
                any = any || right;
            }
            if (any)
                out.push_back(std::move(e));
            else if (verbose() && best->quoteMarks && !best->source.isEmpty())
                reportNoCandidate(a, *best, quotes[q], e.candidates);
        }
    }
    return out;
}

// An averaged perceptron that ranks candidates: on a wrong choice, the best-scoring right
// candidate's features gain and the chosen one's lose; so they do on a right choice that beats
// the best wrong candidate by less than margin (0: only wrong choices teach).
SourceModel train(const std::vector<const Example *> &data, int epochs, quint32 seed, float margin)
{
    SourceModel current;
    QHash<quint64, float> &w = current.weights();
    QHash<quint64, double> stamped; // sum of step * update, for the average
    std::vector<size_t> order(data.size());
    std::iota(order.begin(), order.end(), 0);
    std::mt19937 rng(seed);
    qint64 step = 1;
    for (int epoch = 0; epoch < epochs; ++epoch) {
        std::shuffle(order.begin(), order.end(), rng);
        for (const size_t i : order) {
            const Example &e = *data[i];
            ++step;
            int chosen = current.best(e.candidates);
            if (chosen < 0)
                continue;
            if (e.positive[size_t(chosen)]) {
                if (margin <= 0)
                    continue;
                // A right choice still teaches when the best wrong candidate comes within the
                // margin of it: the weights learn to keep the two apart, not only to order them.
                const float top = current.score(e.candidates[size_t(chosen)].features);
                int wrong = -1;
                float wrongScore = 0;
                for (size_t c = 0; c < e.candidates.size(); ++c) {
                    if (e.positive[c])
                        continue;
                    const float s = current.score(e.candidates[c].features);
                    if (wrong < 0 || s > wrongScore) {
                        wrong = int(c);
                        wrongScore = s;
                    }
                }
                if (wrong < 0 || top - wrongScore >= margin)
                    continue;
                chosen = wrong;
            }
            int right = -1;
            float rightScore = 0;
            for (size_t c = 0; c < e.candidates.size(); ++c) {
                if (!e.positive[c])
                    continue;
                const float s = current.score(e.candidates[c].features);
                if (right < 0 || s > rightScore) {
                    right = int(c);
                    rightScore = s;
                }
            }
            auto update = [&](const SourceCandidate &c, float delta) {
                for (const quint64 f : c.features) {
                    w[f] += delta;
                    stamped[f] += double(step) * delta;
                }
            };
            update(e.candidates[size_t(right)], 1.0f);
            update(e.candidates[size_t(chosen)], -1.0f);
        }
    }
    SourceModel averaged;
    for (auto it = w.cbegin(); it != w.cend(); ++it) {
        const double avg = double(it.value()) - stamped.value(it.key()) / double(step);
        if (std::abs(avg) > 1e-4)
            averaged.weights().insert(it.key(), float(avg));
    }
    return averaged;
}

// Perceptrons trained on several orders of the same data, averaged: the choice of order matters
// less (a model's figure moved by 0.2 points from one shuffle to the next).
SourceModel trainBagged(
    const std::vector<const Example *> &data, int epochs, quint32 seed, int n, float margin)
{
    if (n <= 1)
        return train(data, epochs, seed, margin);
    SourceModel out;
    for (int k = 0; k < n; ++k) {
        const SourceModel m = train(data, epochs, seed + quint32(k) * 7919u, margin);
        for (auto it = m.weights().cbegin(); it != m.weights().cend(); ++it)
            out.weights()[it.key()] += it.value() / float(n);
    }
    return out;
}

struct Scores
{
    Tally quoted;
    Tally other;
};

Scores evaluate(const QList<GoldArticle> &articles, const std::vector<Prepared> &prepared,
    const SourceModel *model, const std::function<bool(qsizetype)> &include)
{
    Scores s;
    for (qsizetype i = 0; i < articles.size(); ++i) {
        if (!include(i))
            continue;
        const Prepared &p = prepared[size_t(i)];
        score(articles[i],
            QuoteExtractor::extract(articles[i].text, p.tokens, p.sentences, p.mentions, model),
            &s.quoted, &s.other);
    }
    return s;
}

double ratio(int a, int b)
{
    return b > 0 ? double(a) / double(b) : 0.0;
}

} // namespace

const QCommandLineOption &speakerModelOption()
{
    static const QCommandLineOption option(u"speaker-model"_s,
        u"Source model to choose speakers with (default: the shipped one)."_s, u"FILE"_s);
    return option;
}

const QCommandLineOption &rulesOnlyOption()
{
    static const QCommandLineOption option(
        u"rules-only"_s, u"Choose speakers by the rules alone, without the source model."_s);
    return option;
}

int evalQuotes(QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    auto read = readArticles(parser);
    if (!read)
        return fail(err, read.error());
    const QList<GoldArticle> articles = std::move(read).value();
    auto model = entityModel();
    if (!model)
        return fail(err, model.error());
    std::shared_ptr<const SourceModel> sources;
    if (parser.isSet(speakerModelOption())) {
        auto loaded = SourceModel::load(parser.value(speakerModelOption()));
        if (!loaded)
            return fail(err, loaded.error());
        sources = std::make_shared<const SourceModel>(std::move(loaded).value());
    } else if (!parser.isSet(rulesOnlyOption())) {
        sources = SourceModel::shipped();
    }
    const std::vector<Prepared> prepared = prepare(articles, model.value());

    Tally quoted;
    Tally other;
    int predictedMarked = 0, predictedMarkedRight = 0;
    int predictedDirect = 0, predictedDirectRight = 0;
    int predictedIndirect = 0, predictedIndirectRight = 0;
    qint64 words = 0;
    qint64 extractNs = 0;
    QElapsedTimer timer;
    for (qsizetype i = 0; i < articles.size(); ++i) {
        const GoldArticle &a = articles[i];
        const Prepared &p = prepared[size_t(i)];
        words += p.words;
        timer.start();
        const QList<Quote> predicted
            = QuoteExtractor::extract(a.text, p.tokens, p.sentences, p.mentions, sources.get());
        extractNs += timer.nsecsElapsed();
        score(a, predicted, &quoted, &other);
        for (const Quote &q : predicted) {
            bool right = false;
            for (const GoldAttribution &g : a.attributions)
                right = right || sharesWord(a.text, q.content, g.content);
            if (q.kind == QuoteKind::Indirect) {
                ++predictedIndirect;
                predictedIndirectRight += right ? 1 : 0;
            } else {
                ++predictedMarked;
                predictedMarkedRight += right ? 1 : 0;
                if (q.kind == QuoteKind::Direct) {
                    ++predictedDirect;
                    predictedDirectRight += right ? 1 : 0;
                }
            }
        }
    }
    out << articles.size() << " articles (one annotator each: the first by name), " << words
        << " words; speakers chosen by " << (sources ? u"the source model"_s : u"the rules alone"_s)
        << "; extractor alone at "
        << qint64(double(words) * 1e9 / double(std::max<qint64>(extractNs, 1))) << " words/s"
        << Qt::endl;
    out << "found: a predicted content shares a word with the gold content (word) / covers at "
           "least half of its characters (half); speaker: the predicted speaker overlaps the "
           "gold source, on the found (word) attributions that have a source."
        << Qt::endl;
    out << u"%1 %2 %3 %4 %5 %6"_s.arg(u"gold attributions"_s, -28)
               .arg(u"count"_s, 6)
               .arg(u"recall word"_s, 12)
               .arg(u"recall half"_s, 12)
               .arg(u"speaker"_s, 10)
               .arg(u"sourced"_s, 8)
        << Qt::endl;
    out << quoted.row(u"content in quotation marks"_s) << Qt::endl;
    out << other.row(u"other (reported speech)"_s) << Qt::endl;
    out << u"%1 %2 %3"_s.arg(u"predicted"_s, -28).arg(u"count"_s, 6).arg(u"precision"_s, 12)
        << Qt::endl;
    out << u"%1 %2 %3"_s.arg(u"in marks (direct+partial)"_s, -28)
               .arg(predictedMarked, 6)
               .arg(QString::number(ratio(predictedMarkedRight, predictedMarked), 'f', 4), 12)
        << Qt::endl;
    out << u"%1 %2 %3"_s.arg(u"direct"_s, -28)
               .arg(predictedDirect, 6)
               .arg(QString::number(ratio(predictedDirectRight, predictedDirect), 'f', 4), 12)
        << Qt::endl;
    out << u"%1 %2 %3"_s.arg(u"indirect"_s, -28)
               .arg(predictedIndirect, 6)
               .arg(QString::number(ratio(predictedIndirectRight, predictedIndirect), 'f', 4), 12)
        << Qt::endl;
    out << "quotes in marks: recall "
        << QString::number(ratio(quoted.foundWord, quoted.gold), 'f', 4) << ", speaker accuracy "
        << QString::number(ratio(quoted.speakerRight, quoted.withSource), 'f', 4) << Qt::endl;
    return Success;
}

int trainSpeakers(QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString outPath = parser.value(u"out"_s);
    if (outPath.isEmpty())
        throw UsageFailure {u"missing --out"_s};
    bool ok = false;
    const int epochs = parser.value(u"epochs"_s).toInt(&ok);
    if (!ok || epochs < 1)
        throw UsageFailure {u"--epochs wants a whole number of at least 1"_s};
    const int folds = parser.value(u"folds"_s).toInt(&ok);
    if (!ok || folds < 0)
        throw UsageFailure {u"--folds wants a whole number"_s};
    const quint32 seed = parser.value(u"seed"_s).toUInt(&ok);
    if (!ok)
        throw UsageFailure {u"--seed wants a whole number"_s};
    const int bag = parser.value(u"bag"_s).toInt(&ok);
    if (!ok || bag < 1)
        throw UsageFailure {u"--bag wants a whole number of at least 1"_s};
    const float margin = parser.value(u"margin"_s).toFloat(&ok);
    if (!ok || !(margin >= 0))
        throw UsageFailure {u"--margin wants a number of at least 0"_s};
    auto read = readArticles(parser);
    if (!read)
        return fail(err, read.error());
    const QList<GoldArticle> articles = std::move(read).value();
    auto model = entityModel();
    if (!model)
        return fail(err, model.error());
    const std::vector<Prepared> prepared = prepare(articles, model.value());
    int matched = 0;
    const std::vector<Example> all = examples(articles, prepared, &matched);
    out << articles.size() << " articles; " << matched
        << " quotes match a gold attribution; the right source (or none) is among the "
           "candidates for "
        << all.size() << Qt::endl;
    auto row = [&](const QString &name, const Scores &s) {
        out << u"%1 speaker accuracy: in marks %2 (%3), reported speech %4 (%5)"_s.arg(name, -22)
                   .arg(ratio(s.quoted.speakerRight, s.quoted.withSource), 0, 'f', 4)
                   .arg(s.quoted.withSource)
                   .arg(ratio(s.other.speakerRight, s.other.withSource), 0, 'f', 4)
                   .arg(s.other.withSource)
            << Qt::endl;
    };
    const auto everything = [](qsizetype) {
        return true;
    };
    row(u"rules alone"_s, evaluate(articles, prepared, nullptr, everything));
    // Articles in folds by their position: each fold is scored with a model that never saw it.
    if (folds >= 2) {
        if (verbose())
            err << "== misses of the cross-validated folds" << Qt::endl;
        Scores pooled;
        for (int f = 0; f < folds; ++f) {
            std::vector<const Example *> training;
            for (const Example &e : all) {
                if (e.article % folds != f)
                    training.push_back(&e);
            }
            const SourceModel foldModel = trainBagged(training, epochs, seed, bag, margin);
            const Scores s = evaluate(
                articles, prepared, &foldModel, [&](qsizetype i) { return i % folds == f; });
            for (auto [to, from] :
                {std::pair {&pooled.quoted, &s.quoted}, std::pair {&pooled.other, &s.other}}) {
                to->withSource += from->withSource;
                to->speakerRight += from->speakerRight;
            }
        }
        row(u"%1-fold cross-validated"_s.arg(folds), pooled);
    }
    if (verbose())
        err << "== misses of the final model on the data it saw" << Qt::endl;
    std::vector<const Example *> training;
    for (const Example &e : all)
        training.push_back(&e);
    const SourceModel final = trainBagged(training, epochs, seed, bag, margin);
    row(u"trained on all (seen)"_s, evaluate(articles, prepared, &final, everything));
    if (auto saved = final.save(outPath); !saved)
        return fail(err, saved.error());
    out << "wrote " << final.weights().size() << " weights to " << outPath << Qt::endl;
    return Success;
}

const QCommandLineOption &polnearOption()
{
    static const QCommandLineOption option(u"polnear"_s,
        u"PolNeAR: the corpus folder, its split folder (text/ and attributions/) or dev.jsonl."_s,
        u"DIR"_s);
    return option;
}

} // namespace Parallax::Cli
