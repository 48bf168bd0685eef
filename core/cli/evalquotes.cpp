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

#include <map>

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

int evalQuotes(QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString path = parser.value(polnearOption());
    if (path.isEmpty())
        throw UsageFailure {u"missing --polnear"_s};
    const QString modelPath = NerModel::defaultPath();
    if (modelPath.isEmpty())
        return fail(err, u"no entity model found; set PARALLAX_MODEL_DIR"_s);
    auto model = NerModel::load(modelPath);
    if (!model)
        return fail(err, model.error());
    auto corpus = readCorpus(path);
    if (!corpus)
        return fail(err, corpus.error());
    const QList<GoldArticle> articles = oneAnnotator(std::move(corpus.value()));

    NerTagger tagger(model.value());
    Tally quoted;
    Tally other;
    int predictedMarked = 0, predictedMarkedRight = 0;
    int predictedDirect = 0, predictedDirectRight = 0;
    int predictedIndirect = 0, predictedIndirectRight = 0;
    qint64 words = 0;
    qint64 extractNs = 0;
    QElapsedTimer timer;
    QList<EntitySpan> spans;
    for (const GoldArticle &a : articles) {
        const QList<Token> tokens = Tokenizer::tokenize(a.text);
        const QList<Sentence> sentences = Tokenizer::splitSentences(a.text, tokens);
        spans.clear();
        tagger.tag(a.text, tokens, sentences, &spans);
        QList<EntityMention> mentions;
        for (const EntitySpan &s : spans)
            mentions.append(
                EntityMention {TextRange {tokens[s.tokenStart].start, tokens[s.tokenEnd - 1].end},
                    s.type, s.confidence});
        for (const Token &t : tokens)
            words += t.kind == TokenKind::Word || t.kind == TokenKind::Number ? 1 : 0;
        timer.start();
        const QList<Quote> predicted = QuoteExtractor::extract(a.text, tokens, sentences, mentions);
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
    auto ratio = [](int a, int b) {
        return b > 0 ? double(a) / double(b) : 0.0;
    };
    out << articles.size() << " articles (one annotator each: the first by name), " << words
        << " words; extractor alone at "
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

const QCommandLineOption &polnearOption()
{
    static const QCommandLineOption option(u"polnear"_s,
        u"PolNeAR: the corpus folder, its split folder (text/ and attributions/) or dev.jsonl."_s,
        u"DIR"_s);
    return option;
}

} // namespace Parallax::Cli
