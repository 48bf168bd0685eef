// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/librarystore.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <utility>

namespace Parallax {

class Project;

// What became of one file.
struct ImportOutcome
{
    QString path;
    QString error; // empty when the file was imported
    QList<qint64> articleIds; // new or already present articles of the file
    int added = 0;
    int duplicates = 0; // articles that were already in the project (same content hash)
    // Duplicates whose file brings other metadata: the article and its metadata with the
    // file's fields taken over (an empty field in the file keeps the project's). Offered to the
    // analyst, not written by the import.
    QList<std::pair<qint64, ArticleMetadata>> metadataUpdates;

    bool ok() const { return error.isEmpty(); }
};

struct ImportOptions
{
    QString storyName; // add the articles to this story (created when missing); empty: none
    int batchSize = 400; // articles per transaction
};

// Imports files into a project. Files are parsed one by one and written in batches, each batch
// one transaction: an outcome is reported only after its articles are committed, a failed file
// never leaves anything behind, and the other files still go in.
class ImportJob
{
public:
    using OutcomeCallback = std::function<void(const ImportOutcome &)>;
    using ProgressCallback = std::function<void(int filesDone, int filesTotal)>;

    ImportJob(Project &project, ImportOptions options);

    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    void setOutcomeCallback(OutcomeCallback callback) { m_onOutcome = std::move(callback); }
    void setProgressCallback(ProgressCallback callback) { m_onProgress = std::move(callback); }

    // Returns one outcome per file, in order. Stops early (after committing what was parsed)
    // when the cancel flag is raised; wasCancelled() then tells.
    QList<ImportOutcome> run(const QStringList &files);
    bool wasCancelled() const { return m_cancelled; }

private:
    Result<std::optional<ArticleMetadata>> metadataUpdate(
        qint64 articleId, const ArticleDraft &draft);

    Project &m_project;
    ImportOptions m_options;
    const std::atomic_bool *m_cancel = nullptr;
    OutcomeCallback m_onOutcome;
    ProgressCallback m_onProgress;
    bool m_cancelled = false;
};

} // namespace Parallax
