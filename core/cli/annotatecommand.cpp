// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// 'parallax annotate': article files to JSON, or a project's articles into the project.
#include "command.h"

#include "annotate/annotationstream.h"
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
    AnnotationStream stream(
        &annotator, json ? AnnotationStream::Format::Json : AnnotationStream::Format::Text);
    bool warned = false;
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
            QString error;
            if (!stream.add(file, draft, &error))
                return fail(err, error);
            if (!warned && !stream.warning().isEmpty()) {
                warned = true;
                err << "parallax: " << stream.warning() << Qt::endl;
            }
        }
    }
    out.flush();
    // Straight to the device where there is one: a copy of a long article's JSON in the
    // stream's text buffer cost more than its analysis.
    QBuffer buffer;
    QIODevice *device = out.device();
    if (!device) {
        buffer.open(QIODevice::WriteOnly);
        device = &buffer;
    }
    QString error;
    const bool written = stream.finish(device, &error);
    // The last documents are analysed by finish(): their temporary file may have failed there.
    if (!warned && !stream.warning().isEmpty())
        err << "parallax: " << stream.warning() << Qt::endl;
    if (device == &buffer)
        out << QString::fromUtf8(buffer.data());
    out.flush();
    if (!written)
        return fail(err, error);
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
