// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sampleproject.h"

#include "import/importer.h"
#include "jobs/annotationjob.h"
#include "jobs/storycomparison.h"
#include "storage/articlestore.h"
#include "storage/project.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Parallax::SampleProject {

QString storyName()
{
    return u"Lake Varn water talks"_s;
}

namespace {

Result<void> fill(Project &project)
{

    const QDir dir(u":/sample"_s);
    const QStringList names = dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name);
    if (names.isEmpty())
        return Error {u"the sample articles are missing from this build"_s};

    ArticleStore store(project);
    auto transaction = project.transaction();
    if (!transaction.isActive())
        return Error {transaction.error()};
    auto storyId = store.storyId(storyName(), true);
    if (!storyId)
        return Error {storyId.error()};
    for (const QString &name : names) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return Error {u"%1: cannot be read"_s.arg(file.fileName())};
        auto drafts = Importer::parse(file.readAll(), name, Importer::Format::Text);
        if (!drafts)
            return Error {drafts.error()};
        for (const ArticleDraft &draft : drafts.value()) {
            auto inserted = store.insert(draft);
            if (!inserted)
                return Error {inserted.error()};
            if (auto r = store.addToStory(storyId.value(), inserted->id); !r)
                return r;
        }
    }
    return transaction.commit();
}

} // namespace

// Annotated and compared too, so that the differences and the coverage show at once. Without the
// entity model the articles still make a usable sample.
void annotateAndCompare(Project &project)
{
    if (AnnotationJob(project).run()) {
        if (auto stories = ArticleStore(project).stories(); stories) {
            for (const Story &story : stories.value())
                (void)compareStory(project, story.id, sharedComparer());
        }
    }
}

Result<void> create(const QString &path)
{
    // A server's database cannot be renamed into place: the articles go in one transaction, so a
    // failure leaves the empty project behind, nothing half-filled.
    if (Project::isServerLocation(path)) {
        auto project = Project::create(path);
        if (!project)
            return Error {project.error()};
        if (auto r = fill(*project.value()); !r)
            return Error {u"%1: the sample could not be written (%2); the project is empty"_s.arg(
                project.value()->path(), r.error())};
        annotateAndCompare(*project.value());
        return {};
    }
    const QFileInfo info(path);
    if (info.exists())
        return Error {
            u"%1: a file of that name already exists"_s.arg(QDir::toNativeSeparators(path))};
    // Filled under a temporary name, so a failure leaves no half-made sample behind.
    const QString temporary = info.absoluteFilePath() + u".sample"_s;
    QFile::remove(temporary);
    Result<void> filled;
    {
        auto project = Project::create(temporary);
        if (!project)
            return Error {project.error()};
        filled = fill(*project.value());
        // The sample shows what Parallax finds: its articles come annotated, as proposals.
        if (filled)
            annotateAndCompare(*project.value());
    }
    if (filled && !QFile::rename(temporary, info.absoluteFilePath()))
        filled = Error {u"%1: cannot be written"_s.arg(QDir::toNativeSeparators(path))};
    if (!filled) {
        QFile::remove(temporary);
        QFile::remove(temporary + u"-wal"_s);
        QFile::remove(temporary + u"-shm"_s);
    }
    return filled;
}

} // namespace Parallax::SampleProject
