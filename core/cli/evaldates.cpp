// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// 'parallax eval dates': the temporal tagger scored against TimeML (TempEval-3) TIMEX3 spans.
#include "evalmodes.h"

#include "annotate/temporal/temporaltagger.h"
#include "annotate/tokenizer.h"
#include "cli.h"
#include "command.h"
#include "util/textoffsets.h"

#include <QCommandLineParser>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QXmlStreamReader>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace Parallax::Cli {
namespace {

struct GoldTimex
{
    TextRange range; // UTF-16 offsets into GoldDocument::text
    QString type; // DATE, TIME, DURATION, SET
    QString value;
};

struct GoldDocument
{
    QString name;
    QString text;
    QDate dct;
    QList<GoldTimex> timexes;
};

QDate dateOf(const QString &value)
{
    return QDate::fromString(value.left(10), Qt::ISODate);
}

// Inline TIMEX3 tags inside <TEXT> are stripped; their extents become offsets into the text.
std::optional<GoldDocument> readTml(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1"_s.arg(path);
        return std::nullopt;
    }
    GoldDocument doc;
    doc.name = QFileInfo(path).completeBaseName();
    QXmlStreamReader xml(&file);
    bool inText = false;
    bool inDct = false;
    QList<GoldTimex> open;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QStringView name = xml.name();
            if (name == u"TEXT") {
                inText = true;
            } else if (name == u"DCT") {
                inDct = true;
            } else if (name == u"TIMEX3") {
                const QXmlStreamAttributes a = xml.attributes();
                if (inDct || a.value(u"functionInDocument"_s) == u"CREATION_TIME") {
                    if (!doc.dct.isValid())
                        doc.dct = dateOf(a.value(u"value"_s).toString());
                } else if (inText) {
                    GoldTimex t;
                    t.range.start = qint32(doc.text.size());
                    t.type = a.value(u"type"_s).toString();
                    t.value = a.value(u"value"_s).toString();
                    open.append(t);
                }
            }
        } else if (xml.isEndElement()) {
            const QStringView name = xml.name();
            if (name == u"TEXT") {
                inText = false;
            } else if (name == u"DCT") {
                inDct = false;
            } else if (name == u"TIMEX3" && inText && !open.isEmpty()) {
                GoldTimex t = open.takeLast();
                t.range.end = qint32(doc.text.size());
                doc.timexes.append(t);
            }
        } else if (xml.isCharacters() && inText) {
            doc.text += xml.text();
        }
    }
    if (xml.hasError()) {
        *error = u"%1: %2 (line %3)"_s.arg(path, xml.errorString()).arg(xml.lineNumber());
        return std::nullopt;
    }
    return doc;
}

// The convenience JSON Lines file: offsets there are code points, converted to UTF-16 here.
std::optional<QList<GoldDocument>> readJsonl(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1"_s.arg(path);
        return std::nullopt;
    }
    QList<GoldDocument> docs;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        GoldDocument doc;
        doc.name = o.value(u"doc_id"_s).toString();
        doc.text = o.value(u"text"_s).toString();
        doc.dct = dateOf(o.value(u"dct"_s).toObject().value(u"value"_s).toString());
        const CodePointMap map(doc.text);
        for (const QJsonValue &v : o.value(u"timex3"_s).toArray()) {
            const QJsonObject t = v.toObject();
            doc.timexes.append(
                GoldTimex {TextRange {qint32(map.toUtf16(t.value(u"start"_s).toInteger())),
                               qint32(map.toUtf16(t.value(u"end"_s).toInteger()))},
                    t.value(u"type"_s).toString(), t.value(u"value"_s).toString()});
        }
        docs.append(doc);
    }
    return docs;
}

struct Counts
{
    qint64 gold = 0;
    qint64 predicted = 0;
    qint64 strictGold = 0; // gold spans matched exactly (equals strictPredicted)
    qint64 relaxedGold = 0; // gold spans overlapped by a prediction
    qint64 relaxedPredicted = 0; // predictions overlapping a gold span
    qint64 valueCorrect = 0; // exact matches whose values agree

    static double f1(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0; }
    double strictP() const { return predicted ? double(strictGold) / double(predicted) : 0; }
    double strictR() const { return gold ? double(strictGold) / double(gold) : 0; }
    double relaxedP() const { return predicted ? double(relaxedPredicted) / double(predicted) : 0; }
    double relaxedR() const { return gold ? double(relaxedGold) / double(gold) : 0; }
};

bool overlaps(const TextRange &a, const TextRange &b)
{
    return a.start < b.end && b.start < a.end;
}

// Gold decades and centuries are written "199X" and "19XX"; the tagger writes "199" and "19"
// (the ISO 8601 reduced form). Both mean the same period.
QString comparable(const QString &value)
{
    const bool digits3 = value.size() == 4 && value.at(0).isDigit() && value.at(1).isDigit();
    if (digits3 && value.at(2).isDigit() && value.at(3) == u'X')
        return value.left(3);
    if (digits3 && value.endsWith(u"XX"_s))
        return value.left(2);
    return value;
}

void score(const GoldDocument &doc, const QList<TemporalExpression> &predicted,
    const std::function<bool(const QString &)> &goldWanted,
    const std::function<bool(TemporalType)> &predictedWanted, Counts *c, bool verbose,
    QTextStream &err)
{
    QList<const GoldTimex *> gold;
    for (const GoldTimex &t : doc.timexes) {
        if (goldWanted(t.type))
            gold.append(&t);
    }
    QList<const TemporalExpression *> pred;
    for (const TemporalExpression &e : predicted) {
        if (predictedWanted(e.type))
            pred.append(&e);
    }
    c->gold += gold.size();
    c->predicted += pred.size();
    for (const GoldTimex *g : gold) {
        bool strict = false, relaxed = false;
        for (const TemporalExpression *p : pred) {
            if (p->range == g->range) {
                strict = true;
                if (comparable(p->value) == comparable(g->value))
                    ++c->valueCorrect;
                else if (verbose)
                    err << "VALUE " << doc.name << " ["
                        << doc.text.mid(g->range.start, g->range.length()) << "] gold " << g->value
                        << " got " << p->value << Qt::endl;
            }
            relaxed = relaxed || overlaps(p->range, g->range);
        }
        c->strictGold += strict;
        c->relaxedGold += relaxed;
        if (verbose && !strict) {
            err << "MISS " << doc.name << " [" << doc.text.mid(g->range.start, g->range.length())
                << "] " << g->type << ' ' << g->value;
            for (const TemporalExpression *p : pred) {
                if (overlaps(p->range, g->range))
                    err << " overlapped by [" << doc.text.mid(p->range.start, p->range.length())
                        << ']';
            }
            err << Qt::endl;
        }
    }
    for (const TemporalExpression *p : pred) {
        bool relaxed = false, strict = false;
        for (const GoldTimex *g : gold) {
            relaxed = relaxed || overlaps(p->range, g->range);
            strict = strict || p->range == g->range;
        }
        c->relaxedPredicted += relaxed;
        if (verbose && !relaxed)
            err << "EXTRA " << doc.name << " [" << doc.text.mid(p->range.start, p->range.length())
                << "] " << p->value << Qt::endl;
    }
}

QString fixed(double v)
{
    return QString::number(v, 'f', 3);
}

void printRow(QTextStream &out, const QString &label, const Counts &c)
{
    out << label.leftJustified(12) << QString::number(c.gold).rightJustified(6)
        << QString::number(c.predicted).rightJustified(6) << "  " << fixed(c.strictP()) << ' '
        << fixed(c.strictR()) << ' ' << fixed(Counts::f1(c.strictP(), c.strictR())) << "   "
        << fixed(c.relaxedP()) << ' ' << fixed(c.relaxedR()) << ' '
        << fixed(Counts::f1(c.relaxedP(), c.relaxedR())) << "   "
        << (c.strictGold ? fixed(double(c.valueCorrect) / double(c.strictGold)) : u"-"_s)
        << Qt::endl;
}

} // namespace

int evalDates(QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    if (!parser.isSet(timemlOption()))
        throw UsageFailure {u"missing --timeml DIR"_s};
    const QString path = parser.value(timemlOption());
    QList<GoldDocument> docs;
    QString error;
    const QFileInfo info(path);
    if (info.isFile() && path.endsWith(u".jsonl"_s)) {
        auto read = readJsonl(path, &error);
        if (!read)
            return fail(err, error);
        docs = std::move(*read);
    } else if (info.isDir()) {
        QStringList files;
        QDirIterator it(path, {u"*.tml"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
        std::sort(files.begin(), files.end());
        for (const QString &file : std::as_const(files)) {
            auto doc = readTml(file, &error);
            if (!doc)
                return fail(err, error);
            docs.append(std::move(*doc));
        }
        if (docs.isEmpty()) {
            const QStringList jsonl = QDir(path).entryList({u"*.jsonl"_s}, QDir::Files);
            if (!jsonl.isEmpty()) {
                auto read = readJsonl(QDir(path).filePath(jsonl.first()), &error);
                if (!read)
                    return fail(err, error);
                docs = std::move(*read);
            }
        }
    } else {
        return fail(err, u"%1 is neither a folder of .tml files nor a .jsonl file"_s.arg(path));
    }
    if (docs.isEmpty())
        return fail(err, u"no TimeML documents in %1"_s.arg(path));

    const bool verbose = qEnvironmentVariableIsSet("PARALLAX_EVAL_VERBOSE");
    Counts dateTime, date, time, duration, set;
    std::map<QString, qint64> goldTypes;
    std::map<int, qint64> predictedTypes;
    qint64 words = 0;
    qint64 tagNs = 0;
    QElapsedTimer timer;
    for (const GoldDocument &doc : std::as_const(docs)) {
        const QList<Token> tokens = Tokenizer::tokenize(doc.text);
        const QList<Sentence> sentences = Tokenizer::splitSentences(doc.text, tokens);
        for (const Token &t : tokens)
            words += t.kind == TokenKind::Punctuation ? 0 : 1;
        timer.start();
        const QList<TemporalExpression> predicted
            = TemporalTagger::tag(doc.text, tokens, sentences, doc.dct);
        tagNs += timer.nsecsElapsed();
        for (const GoldTimex &t : doc.timexes)
            ++goldTypes[t.type];
        for (const TemporalExpression &e : predicted)
            ++predictedTypes[int(e.type)];
        auto typeIs = [](const char16_t *name) {
            return [name](const QString &t) {
                return t == QStringView(name);
            };
        };
        auto predIs = [](TemporalType type) {
            return [type](TemporalType t) {
                return t == type;
            };
        };
        score(
            doc, predicted, [](const QString &t) { return t == u"DATE"_s || t == u"TIME"_s; },
            [](TemporalType t) { return t == TemporalType::Date || t == TemporalType::Time; },
            &dateTime, verbose, err);
        QTextStream quiet(stderr);
        score(doc, predicted, typeIs(u"DATE"), predIs(TemporalType::Date), &date, false, quiet);
        score(doc, predicted, typeIs(u"TIME"), predIs(TemporalType::Time), &time, false, quiet);
        score(doc, predicted, typeIs(u"DURATION"), predIs(TemporalType::Duration), &duration, false,
            quiet);
        score(doc, predicted, typeIs(u"SET"), predIs(TemporalType::Set), &set, false, quiet);
    }

    out << docs.size() << " documents, " << words << " words, tagged at "
        << qint64(double(words) * 1e9 / double(std::max<qint64>(tagNs, 1))) << " words/s"
        << Qt::endl;
    out << "Gold TIMEX3:";
    for (const auto &[type, n] : goldTypes)
        out << ' ' << type << ' ' << n;
    out << Qt::endl << "Predicted:";
    static const char *const kNames[] = {"Date", "Time", "Duration", "Set", "Money", "Percent"};
    for (const auto &[type, n] : predictedTypes)
        out << ' ' << kNames[type] << ' ' << n;
    out << Qt::endl << Qt::endl;
    out << "type          gold  pred  strict P/R/F1         relaxed P/R/F1        value acc"
        << Qt::endl;
    printRow(out, u"DATE+TIME"_s, dateTime);
    printRow(out, u"DATE"_s, date);
    printRow(out, u"TIME"_s, time);
    printRow(out, u"DURATION"_s, duration);
    printRow(out, u"SET"_s, set);
    out << Qt::endl
        << "Strict: identical extent. Relaxed: extents overlap. Value accuracy: share of strict"
           " matches whose normalised value equals the gold value (types pooled)."
        << Qt::endl;
    out << "DATE/TIME relaxed span F1 "
        << fixed(Counts::f1(dateTime.relaxedP(), dateTime.relaxedR())) << Qt::endl;
    out << "DATE/TIME span F1 " << fixed(Counts::f1(dateTime.strictP(), dateTime.strictR()))
        << " (strict)" << Qt::endl;
    return Success;
}

const QCommandLineOption &timemlOption()
{
    static const QCommandLineOption option(
        u"timeml"_s, u"Folder of TimeML (.tml) files."_s, u"DIR"_s);
    return option;
}

} // namespace Parallax::Cli
