// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importjob.h"

#include "import/importer.h"
#include "storage/articlestore.h"
#include "storage/project.h"

using namespace Qt::StringLiterals;

namespace Parallax {
namespace {

struct Pending
{
    int index = 0; // into the outcome list
    QList<ArticleDraft> drafts;
};

} // namespace

// The text is already in the project: what the file says of it that the project does not. A
// field the file leaves empty (a plain text without a header has no author) keeps the
// project's; so does the title a file without a header gets from its first line or name.
Result<std::optional<ArticleMetadata>> ImportJob::metadataUpdate(
    qint64 articleId, const ArticleDraft &draft)
{
    auto stored = LibraryStore(m_project).metadata(articleId);
    if (!stored)
        return Error {stored.error()};
    ArticleMetadata merged = stored.value();
    const ArticleMetadata file = ArticleMetadata::of(draft);
    auto take = [](QString &into, const QString &from) {
        if (!from.trimmed().isEmpty())
            into = from.trimmed();
    };
    if (!draft.titleGuessed)
        take(merged.title, file.title);
    take(merged.outlet, file.outlet);
    take(merged.author, file.author);
    take(merged.published, file.published);
    take(merged.url, file.url);
    if (!draft.languageGuessed)
        take(merged.language, file.language);
    if (merged == stored.value())
        return std::optional<ArticleMetadata>();
    return std::optional<ArticleMetadata>(merged);
}

ImportJob::ImportJob(Project &project, ImportOptions options)
    : m_project(project)
    , m_options(std::move(options))
{ }

QList<ImportOutcome> ImportJob::run(const QStringList &files)
{
    QList<ImportOutcome> outcomes;
    outcomes.reserve(files.size());
    for (const QString &path : files)
        outcomes.append(ImportOutcome {path, {}, {}, 0, 0, {}});

    ArticleStore store(m_project);
    QList<Pending> pending;
    int pendingArticles = 0;
    int done = 0;

    auto report = [&](int index) {
        ++done;
        if (m_onOutcome)
            m_onOutcome(outcomes[index]);
        if (m_onProgress)
            m_onProgress(done, int(files.size()));
    };

    // Writes the given files' articles in one transaction; false when the transaction failed.
    auto write = [&](QList<Pending> &batch) -> Result<void> {
        auto transaction = m_project.transaction();
        if (!transaction.isActive())
            return Error {transaction.error()};
        qint64 storyId = 0;
        if (!m_options.storyName.isEmpty()) {
            auto id = store.storyId(m_options.storyName, true);
            if (!id)
                return Error {id.error()};
            storyId = id.value();
        }
        QList<ImportOutcome> written;
        for (const Pending &p : batch) {
            ImportOutcome outcome = outcomes[p.index];
            for (const ArticleDraft &draft : p.drafts) {
                auto inserted = store.insert(draft);
                if (!inserted)
                    return Error {inserted.error()};
                outcome.articleIds.append(inserted->id);
                (inserted->duplicate ? outcome.duplicates : outcome.added) += 1;
                if (inserted->duplicate) {
                    auto update = metadataUpdate(inserted->id, draft);
                    if (!update)
                        return Error {update.error()};
                    if (update->has_value())
                        outcome.metadataUpdates.append({inserted->id, *update.value()});
                }
                if (storyId > 0) {
                    if (auto r = store.addToStory(storyId, inserted->id); !r)
                        return r;
                }
            }
            written.append(outcome);
        }
        if (auto r = transaction.commit(); !r)
            return r;
        for (qsizetype i = 0; i < batch.size(); ++i)
            outcomes[batch[i].index] = written[i];
        return {};
    };

    auto flush = [&]() {
        if (pending.isEmpty())
            return;
        if (write(pending)) {
            for (const Pending &p : pending)
                report(p.index);
        } else {
            // Find the file the batch failed on: write each alone, so the others still go in.
            for (const Pending &p : pending) {
                QList<Pending> one {p};
                if (auto r = write(one); !r)
                    outcomes[p.index].error = u"%1: could not be saved in the project (%2)"_s.arg(
                        p.index < files.size() ? files[p.index] : QString(), r.error());
                report(p.index);
            }
        }
        pending.clear();
        pendingArticles = 0;
    };

    for (int i = 0; i < files.size(); ++i) {
        if (m_cancel && m_cancel->load()) {
            m_cancelled = true;
            break;
        }
        auto drafts = Importer::readFile(files[i]);
        if (!drafts) {
            outcomes[i].error = drafts.error();
            flush(); // keep outcomes in file order
            report(i);
            continue;
        }
        pendingArticles += int(drafts->size());
        pending.append(Pending {i, std::move(drafts).value()});
        if (pendingArticles >= m_options.batchSize)
            flush();
    }
    flush();
    if (m_cancelled)
        outcomes.resize(done);
    return outcomes;
}

} // namespace Parallax
