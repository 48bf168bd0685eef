// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// train-clusters: word classes for the entity recogniser, learned from unlabelled news.
#include "evalmodes.h"

#include "annotate/ner/clusters.h"
#include "cli.h"
#include "command.h"

#include <QCommandLineParser>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Parallax::Cli {
namespace {

// The stories of a Reuters-21578 file: the text between <BODY> and </BODY>, entities decoded.
QList<QString> reutersStories(const QByteArray &sgml)
{
    static const QRegularExpression body(
        u"<BODY>(.*?)</BODY>"_s, QRegularExpression::DotMatchesEverythingOption);
    QList<QString> out;
    const QString text = QString::fromLatin1(sgml);
    for (auto it = body.globalMatch(text); it.hasNext();) {
        QString story = it.next().captured(1);
        story.replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s).replace(u"&amp;"_s, u"&"_s);
        story.remove(QChar(0x03)); // the end-of-text mark before </BODY>
        out.append(story);
    }
    return out;
}

// The texts of a file given with --text: a plain text file is one text; a JSON Lines file
// (.jsonl) gives the "text" field of each record (ECB+, TempEval-3 and PolNeAR's convenience
// files); a .json file gives its "title" and "body-paragraphs" (BASIL's articles).
QList<QString> textsOf(const QString &name, const QByteArray &data)
{
    if (name.endsWith(u".jsonl"_s)) {
        QList<QString> out;
        for (const QByteArray &line : data.split('\n')) {
            const QString text = QJsonDocument::fromJson(line).object().value(u"text"_s).toString();
            if (!text.isEmpty())
                out.append(text);
        }
        return out;
    }
    if (name.endsWith(u".json"_s)) {
        const QJsonObject o = QJsonDocument::fromJson(data).object();
        QString text = o.value(u"title"_s).toString() + u"\n\n"_s;
        for (const QJsonValue paragraph : o.value(u"body-paragraphs"_s).toArray()) {
            QStringList sentences;
            for (const QJsonValue sentence : paragraph.toArray())
                sentences.append(sentence.toString());
            text += sentences.join(u' ') + u"\n\n"_s;
        }
        return {text};
    }
    return {QString::fromUtf8(data)};
}

} // namespace

const QCommandLineOption &reutersOption()
{
    static const QCommandLineOption option(
        u"reuters"_s, u"Folder of the Reuters-21578 SGML files (reut2-*.sgm)."_s, u"DIR"_s);
    return option;
}

const QCommandLineOption &textOption()
{
    static const QCommandLineOption option(u"text"_s,
        u"A plain UTF-8 text file, a .jsonl file (each record's \"text\"), a .json article "
        "(\"title\" and \"body-paragraphs\"), or a folder of .txt and .json files, to learn "
        "from as well (repeatable)."_s,
        u"FILE"_s);
    return option;
}

int trainClusters(QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString outPath = parser.value(u"out"_s);
    if (outPath.isEmpty())
        throw UsageFailure {u"missing --out"_s};
    bool ok = false;
    const int depth = parser.value(u"depth"_s).toInt(&ok);
    if (!ok || depth < 1 || depth > 30)
        throw UsageFailure {u"--depth wants a whole number from 1 to 30"_s};
    const int minCount = parser.value(u"min-count"_s).toInt(&ok);
    if (!ok || minCount < 1)
        throw UsageFailure {u"--min-count wants a whole number of at least 1"_s};
    QList<QString> texts;
    if (parser.isSet(reutersOption())) {
        const QDir dir(parser.value(reutersOption()));
        const QStringList files = dir.entryList({u"*.sgm"_s}, QDir::Files, QDir::Name);
        if (files.isEmpty())
            return fail(err,
                u"%1: no Reuters-21578 .sgm files"_s.arg(QDir::toNativeSeparators(dir.path())));
        for (const QString &name : files) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                return fail(err,
                    u"%1: %2"_s.arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
            texts += reutersStories(file.readAll());
        }
    }
    for (const QString &path : parser.values(textOption())) {
        // A folder stands for the .txt and .json files in it and below it.
        QStringList files {path};
        if (QFileInfo(path).isDir()) {
            files.clear();
            for (QDirIterator it(
                     path, {u"*.txt"_s, u"*.json"_s}, QDir::Files, QDirIterator::Subdirectories);
                 it.hasNext();)
                files.append(it.next());
            files.sort();
        }
        for (const QString &name : std::as_const(files)) {
            QFile file(name);
            if (!file.open(QIODevice::ReadOnly))
                return fail(
                    err, u"%1: %2"_s.arg(QDir::toNativeSeparators(name), file.errorString()));
            texts += textsOf(name, file.readAll());
        }
    }
    if (texts.isEmpty())
        throw UsageFailure {u"give --reuters DIR or --text FILE"_s};
    QElapsedTimer timer;
    timer.start();
    const Ner::WordClusters clusters = Ner::WordClusters::build(texts, depth, minCount);
    if (auto saved = clusters.saveTsv(outPath); !saved)
        return fail(err, saved.error());
    out << texts.size() << " texts; " << clusters.size() << " words in clusters of depth " << depth
        << " in " << timer.elapsed() << " ms; wrote " << QDir::toNativeSeparators(outPath)
        << Qt::endl;
    return Success;
}

} // namespace Parallax::Cli
