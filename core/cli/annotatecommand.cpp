// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// 'parallax annotate': article files to JSON, or a project's articles into the project.
#include "command.h"

#include "annotate/annotationjson.h"
#include "annotate/annotator.h"
#include "cli.h"
#include "import/importer.h"
#include "jobs/annotationjob.h"
#include "storage/articlestore.h"
#include "storage/project.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace Qt::StringLiterals;

namespace Parallax::Cli {
namespace {

int annotateProject(
    QCommandLineParser &parser, const QString &path, QTextStream &out, QTextStream &err)
{
    expectPositionals(parser, 1);
    auto project = Project::open(path);
    if (!project)
        return fail(err, project.error());
    if (project.value()->isReadOnly())
        return failReadOnly(err, *project.value());
    qint64 storyId = 0;
    qint64 articleId = 0;
    if (parser.isSet(u"story"_s)) {
        const QString story = parser.value(u"story"_s);
        bool isNumber = false;
        storyId = story.toLongLong(&isNumber);
        if (!isNumber) {
            auto id = ArticleStore(*project.value()).storyId(story, false);
            if (!id)
                return fail(err, id.error());
            storyId = id.value();
        }
        if (storyId <= 0)
            return fail(
                err, u"%1: there is no story '%2'"_s.arg(QDir::toNativeSeparators(path), story));
    }
    if (parser.isSet(u"article"_s)) {
        bool ok = false;
        articleId = QString(parser.value(u"article"_s)).remove(u'#').toLongLong(&ok);
        if (!ok || articleId <= 0)
            throw UsageFailure {u"--article takes an article id, as shown by 'parallax list'"_s};
    }
    AnnotationJob job(*project.value());
    auto summary = job.run(storyId, articleId);
    if (!summary)
        return fail(err, u"%1: %2"_s.arg(QDir::toNativeSeparators(path), summary.error()));
    out << "Annotated " << summary->articles << (summary->articles == 1 ? " article" : " articles")
        << ": " << summary->proposals << " proposals to review";
    if (summary->kept > 0)
        out << ", " << summary->kept << " already reviewed and kept as they were";
    out << "." << Qt::endl;
    if (summary->left > 0)
        out << summary->left
            << (summary->left == 1 ? " proposal of another author was"
                                   : " proposals of other authors were")
            << " left as they were, unreviewed: only their author or a curator replaces them."
            << Qt::endl;
    if (summary->unsettled > 0)
        out << summary->unsettled
            << (summary->unsettled == 1 ? " entity keeps the name it was"
                                        : " entities keep the names they were")
            << " found under: renaming entities is a curator's." << Qt::endl;
    if (summary->corrections > 0)
        out << "Proposed with the project's entity model, learned from " << summary->corrections
            << (summary->corrections == 1 ? " correction" : " corrections") << " (annotator "
            << summary->annotatorVersion << ")." << Qt::endl;
    return Success;
}

// A long text's per-document arrays (tens of MB each) are above glibc's largest mmap
// threshold (32 MB): each was mapped fresh and given back when freed, so the next stage's
// arrays were faulted in page by page again. Kept in the heap, freed memory is used again: on a
// 1 M-word file 48,000 page faults instead of 59,000, for 5 MB more at the peak.
void keepFreedMemory()
{
#ifdef __GLIBC__
    constexpr int kBytes = 256 << 20;
    mallopt(M_MMAP_THRESHOLD, kBytes);
    mallopt(M_TRIM_THRESHOLD, kBytes);
#endif
}

int annotateFiles(QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    keepFreedMemory();
    const bool json = jsonWanted(parser);
    auto model = Annotator::defaultModel();
    if (!model)
        return fail(err, model.error());
    // The files given together are read as one story: their entities are linked across them.
    Annotator annotator(model.value());
    struct Done
    {
        QString file;
        ArticleDraft draft;
        AnalyzedDocument doc;
    };
    QList<Done> done;
    int refused = 0;
    for (const QString &file : Importer::expandPaths(parser.positionalArguments())) {
        // The JSON has no language: detecting it took 40% of the time of short articles.
        auto drafts = Importer::readFile(file, Importer::Format::Auto, false);
        if (!drafts) {
            ++refused;
            err << "parallax: " << drafts.error() << Qt::endl;
            continue;
        }
        for (const ArticleDraft &draft : drafts.value()) {
            const QDate published = QDate::fromString(draft.published.left(10), Qt::ISODate);
            Done d {file, draft, annotator.analyze(draft.body, published)};
            // Neither is written, and a long text's tokens are its largest part after the text.
            d.doc.tokens = {};
            d.doc.sentences = {};
            done.append(std::move(d));
        }
    }
    // Written once every file is read: an entity's name and type settle over the whole story.
    // Each document is written as it is made, element by element, and let go: the whole array
    // held at once took several times the memory of the analyses (550 MB for 6,000 wire
    // stories), and one document's tree and printout several times its analysis.
    QHash<QString, int> amountIds;
    if (json)
        out << "{\n    \"documents\": [\n";
    out.flush();
    // Straight to the device where there is one: a copy of a long article's JSON in the
    // stream's text buffer cost more than its analysis.
    QBuffer buffer;
    QIODevice *device = out.device();
    if (!device) {
        buffer.open(QIODevice::WriteOnly);
        device = &buffer;
    }
    for (qsizetype i = 0; i < done.size(); ++i) {
        Done d = std::exchange(done[i], Done {});
        {
            const QString &file = d.file;
            const ArticleDraft &draft = d.draft;
            if (json) {
                AnnotationJson::write(
                    device, 2, d.doc, annotator.entities(), draft, file, &amountIds);
                device->write(i + 1 < done.size() ? ",\n" : "\n");
                if (device == &buffer) {
                    out << QString::fromUtf8(buffer.data());
                    buffer.buffer().clear();
                    buffer.seek(0);
                }
                continue;
            }
            const QJsonObject object
                = AnnotationJson::document(d.doc, annotator.entities(), draft, file, &amountIds);
            out << QDir::toNativeSeparators(file) << ": " << draft.title << Qt::endl;
            for (const QJsonValue &e : object.value(u"entities"_s).toArray()) {
                const QJsonObject entity = e.toObject();
                out << "  " << entity.value(u"type"_s).toString() << "\t"
                    << entity.value(u"name"_s).toString() << " ("
                    << entity.value(u"mentions"_s).toArray().size() << ")" << Qt::endl;
            }
            for (const QJsonValue &d : object.value(u"dates"_s).toArray()) {
                const QJsonObject date = d.toObject();
                out << "  " << date.value(u"type"_s).toString() << "\t"
                    << date.value(u"text"_s).toString() << " = "
                    << (date.value(u"value"_s).isNull() ? u"?"_s
                                                        : date.value(u"value"_s).toString())
                    << Qt::endl;
            }
            for (const QJsonValue &q : object.value(u"quotes"_s).toArray()) {
                const QJsonObject quote = q.toObject();
                const QJsonObject speaker = quote.value(u"speaker"_s).toObject();
                out << "  QUOTE\t"
                    << (speaker.isEmpty() ? u"(speaker unknown)"_s
                                          : speaker.value(u"text"_s).toString());
                if (!speaker.value(u"name"_s).isNull() && !speaker.isEmpty())
                    out << " = " << speaker.value(u"name"_s).toString();
                out << ": " << quote.value(u"text"_s).toString() << Qt::endl;
            }
        }
    }
    if (json) {
        out << "    ]\n}\n";
        out.flush();
    }
    return refused > 0 ? UserError : Success;
}

} // namespace

int cmdAnnotate(QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString first = positional(parser, 0, u"FILE or PROJECT"_s);
    if (isProjectFile(first))
        return annotateProject(parser, first, out, err);
    if (parser.isSet(u"story"_s) || parser.isSet(u"article"_s))
        throw UsageFailure {u"--story and --article need a PROJECT"_s};
    return annotateFiles(parser, out, err);
}

void annotateOptions(QCommandLineParser &parser)
{
    parser.addOption(formatOption());
    parser.addOption({u"story"_s, u"Annotate the articles of this story (name or id)."_s, u"S"_s});
    parser.addOption({u"article"_s, u"Annotate this article only."_s, u"A"_s});
}

} // namespace Parallax::Cli
