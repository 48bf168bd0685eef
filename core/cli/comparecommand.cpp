// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// 'parallax compare': align the quotes and claims of article files and list their differences.
#include "command.h"

#include "annotate/annotationjson.h"
#include "annotate/annotator.h"
#include "cli.h"
#include "compare/comparison.h"
#include "import/importer.h"
#include "util/textoffsets.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Parallax::Cli {
namespace {

struct Loaded
{
    QString source;
    CompareInput input;
};

QJsonObject span(const CompareDocument &doc, const CodePointMap &map, const TextRange &range)
{
    return QJsonObject {{u"start"_s, map.toCodePoint(range.start)},
        {u"end"_s, map.toCodePoint(range.end)},
        {u"text"_s, doc.text.mid(range.start, range.length())}};
}

QJsonObject toJson(const QStringList &sources, const CompareInput &input, const Comparison &c)
{
    std::vector<CodePointMap> maps;
    QJsonArray documents;
    for (int d = 0; d < input.documents.size(); ++d) {
        maps.emplace_back(input.documents.at(d).text);
        documents.append(
            QJsonObject {{u"source"_s, sources.at(d)}, {u"text"_s, input.documents.at(d).text}});
    }
    QJsonArray alignments;
    for (const Alignment &a : c.alignments) {
        QJsonArray members;
        for (const AlignedSpan &m : a.members) {
            QJsonObject member = span(input.documents.at(m.doc), maps[size_t(m.doc)], m.range);
            member.insert(u"doc"_s, m.doc);
            members.append(member);
        }
        QJsonArray differences;
        for (const Difference &d : a.differences) {
            differences.append(QJsonObject {
                {u"kind"_s, enumName(d.kind)}, {u"texts"_s, QJsonArray::fromStringList(d.texts)}});
        }
        alignments.append(QJsonObject {{u"kind"_s, enumName(a.kind)},
            {u"similarity"_s, qRound(a.similarity * 1000) / 1000.0}, {u"members"_s, members},
            {u"differences"_s, differences}});
    }
    QJsonArray unmatched;
    for (const UnmatchedItem &u : c.unmatched) {
        QJsonObject item = span(input.documents.at(u.doc), maps[size_t(u.doc)], u.range);
        item.insert(u"doc"_s, u.doc);
        item.insert(u"kind"_s, enumName(u.kind));
        unmatched.append(item);
    }
    QJsonArray entities;
    for (const EntityCoverage &e : c.entities) {
        QJsonArray docs;
        for (int d : e.docs)
            docs.append(d);
        entities.append(
            QJsonObject {{u"name"_s, e.name}, {u"type"_s, enumName(e.type)}, {u"docs"_s, docs}});
    }
    return QJsonObject {{u"documents"_s, documents}, {u"alignments"_s, alignments},
        {u"unmatched"_s, unmatched}, {u"entity_coverage"_s, entities}};
}

QString quoted(const CompareDocument &doc, const TextRange &range)
{
    QString text = doc.text.mid(range.start, range.length()).simplified();
    if (text.size() > 160)
        text = text.left(157) + u"..."_s;
    return u'\u201c' + text + u'\u201d';
}

void printText(
    QTextStream &out, const QStringList &sources, const CompareInput &input, const Comparison &c)
{
    out << "Documents:" << Qt::endl;
    for (int d = 0; d < input.documents.size(); ++d)
        out << "  [" << d << "] " << QDir::toNativeSeparators(sources.at(d)) << Qt::endl;
    out << Qt::endl << "Aligned (" << c.alignments.size() << "):" << Qt::endl;
    for (const Alignment &a : c.alignments) {
        out << "  " << enumName(a.kind).toUpper() << " " << QString::number(a.similarity, 'f', 2)
            << Qt::endl;
        for (const AlignedSpan &m : a.members)
            out << "    [" << m.doc << "] " << quoted(input.documents.at(m.doc), m.range)
                << Qt::endl;
        for (const Difference &d : a.differences) {
            QStringList texts;
            for (const QString &t : d.texts)
                texts.append(t.isEmpty() ? u"\u2014"_s : t.simplified());
            out << "      " << enumName(d.kind) << ": " << texts.join(u" | "_s) << Qt::endl;
        }
    }
    out << Qt::endl << "Only in one document (" << c.unmatched.size() << "):" << Qt::endl;
    for (const UnmatchedItem &u : c.unmatched)
        out << "  [" << u.doc << "] " << enumName(u.kind) << " "
            << quoted(input.documents.at(u.doc), u.range) << Qt::endl;
    if (!c.speakers.isEmpty()) {
        out << Qt::endl << "Speakers (quotes / words per document):" << Qt::endl;
        for (const SpeakerCoverage &s : c.speakers) {
            QStringList counts;
            for (int d = 0; d < s.quotes.size(); ++d)
                counts.append(u"%1/%2"_s.arg(s.quotes.at(d)).arg(s.words.at(d)));
            out << "  " << s.name << ": " << counts.join(u"  "_s) << Qt::endl;
        }
    }
    out << Qt::endl << "Entities (documents that mention them):" << Qt::endl;
    for (const EntityCoverage &e : c.entities) {
        QStringList docs;
        for (int d : e.docs)
            docs.append(QString::number(d));
        out << "  " << enumName(e.type) << "\t" << e.name << "  [" << docs.join(u","_s) << "]"
            << Qt::endl;
    }
}

int compareFiles(QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    auto model = Annotator::defaultModel();
    if (!model)
        return fail(err, model.error());
    // One annotator for all the files: an entity keeps one index across the documents.
    Annotator annotator(model.value());
    QList<AnalyzedDocument> analyses;
    QStringList sources;
    QStringList labels;
    int refused = 0;
    for (const QString &file : Importer::expandPaths(parser.positionalArguments())) {
        auto drafts = Importer::readFile(file);
        if (!drafts) {
            ++refused;
            err << "parallax: " << drafts.error() << Qt::endl;
            continue;
        }
        for (const ArticleDraft &draft : drafts.value()) {
            const QDate published = QDate::fromString(draft.published.left(10), Qt::ISODate);
            analyses.append(annotator.analyze(draft.body, published));
            sources.append(file);
            labels.append(draft.outlet.isEmpty() ? QFileInfo(file).fileName() : draft.outlet);
        }
    }
    if (refused > 0)
        return UserError;
    if (analyses.size() < 2)
        throw UsageFailure {u"compare needs at least two articles"_s};
    CompareInput input;
    input.entities = annotator.entities();
    for (int d = 0; d < analyses.size(); ++d)
        input.documents.append(compareDocument(analyses.at(d), labels.at(d)));
    const Comparer comparer;
    const Comparison comparison = comparer.compare(input);
    if (jsonWanted(parser))
        printJson(out, toJson(sources, input, comparison));
    else
        printText(out, sources, input, comparison);
    return Success;
}

int cmdCompare(QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString first = positional(parser, 0, u"FILE_A"_s);
    if (isProjectFile(first))
        return cmdCompareProject(parser, first, out, err);
    if (parser.isSet(u"story"_s))
        throw UsageFailure {u"--story needs a PROJECT"_s};
    positional(parser, 1, u"FILE_B"_s);
    return compareFiles(parser, out, err);
}

} // namespace

QList<Command> compareCommands()
{
    return {
        Command {u"compare"_s,
            u"compare FILE_A FILE_B [FILE...] [--format text|json] | compare PROJECT --story S"_s,
            u"Align the quotes and claims of several articles and list how they differ."_s,
            u"Reads the article files (the formats import reads) as one story, aligns the quotes\n"
            "and the other sentences that report the same thing, whatever their order, and\n"
            "classifies the differences inside each aligned group: synonym, wording, omission,\n"
            "addition, number, date, name, negation, attribution. Lists what only one article\n"
            "has, who is quoted how much, and which articles mention each entity.\n"
            "With --format json, one object {\"documents\", \"alignments\", \"unmatched\",\n"
            "\"entity_coverage\"} whose offsets count code points in each document's \"text\"."_s,
            [](QCommandLineParser &p) {
                p.addOption(formatOption());
                p.addOption(
                    {u"story"_s, u"With a PROJECT: compare this story's articles."_s, u"S"_s});
            },
            cmdCompare},
    };
}

} // namespace Parallax::Cli
