// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/annotation.h"
#include "storage/sql.h"
#include "util/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>
#include <memory>

namespace Parallax {

class Project;

// An annotation with what a table of annotations shows beside it.
struct AnnotationListing
{
    Annotation annotation;
    QString articleTitle;
    QString outlet;
    QString entityName;
    QString tagName;
    // A quote's speaker record (id 0: none) and its entity's name; shown through QuoteSpeaker.
    Annotation speaker;
    QString speakerEntityName;

    bool operator==(const AnnotationListing &) const = default;
};

// Reads and writes annotations. Writes join the caller's transaction.
class AnnotationStore
{
public:
    explicit AnnotationStore(Project &project);

    // Stores a new annotation; created/modified default to now. Returns its row id. An annotation
    // that carries an id is stored under that id (undo restoring a removed row).
    Result<qint64> insert(const Annotation &annotation);
    // Writes by row id return how many rows they changed: 0 when the row is gone, or, given the
    // version read before (not 0), when someone else changed it since. Each raises the version.
    Result<int> remove(qint64 id, int version = 0);
    Result<Annotation> annotation(qint64 id);
    // How many of these rows exist.
    Result<int> countExisting(const QList<qint64> &ids);
    // The annotations of a story (storyId 0: of the whole project; articleId > 0: of one article),
    // in article and text order, without a quote's cue and speaker (they go with the quote).
    Result<QList<AnnotationListing>> listing(qint64 storyId, qint64 articleId = 0);
    // The same rows handed to each as they are read, for a caller that keeps less of them (the
    // window's table: a 10,000-article story's listing was 370 MB). Brief rows leave out what a
    // table does not show (the span's prefix and suffix, the annotator's version, the created and
    // modified times), a third of the time of reading them. Returns the number of rows.
    enum class Detail { Full, Brief };
    Result<qsizetype> listing(qint64 storyId, qint64 articleId, Detail detail,
        const std::function<void(AnnotationListing &&)> &each);
    // What a table of a story's annotations shows, filtered and ordered in the query, so that a
    // table that reads only the rows in view need not hold them all (100,000 articles have
    // millions). The filters and orders are those of the window's Annotations panel; text
    // matching is case-insensitive (for ASCII letters on SQLite).
    struct ListingQuery
    {
        enum class Order {
            Text,
            Source,
            Kind,
            Label,
            Words,
            Speaker,
            Status,
            By,
            Note,
            Confidence
        };
        qint64 storyId = 0; // 0: the whole project
        qint64 articleId = 0; // > 0: one article
        int kind = -1; // AnnotationKind as int, -1 for any
        int status = -1; // ReviewStatus as int, -1 for any
        int origin = -1; // Origin as int, -1 for any
        QString label; // the type, or the tag's name, in any case; empty for any
        QString text; // in the words, note, type column or source; empty for any
        Order order = Order::Text; // Text: article and text order
        bool descending = false;
        QString unattributed; // what the Speaker and Type columns call a quote without speaker
    };
    // The top-level rows' ids, filtered and in order (ties in article and text order).
    Result<QList<qint64>> listingIds(const ListingQuery &query);
    // How many of the listing's top-level rows each article has, with the query's story and
    // filters (its order aside), in ascending article order, articles without rows left out:
    // all a table in article and text order needs to know where each row is. On an index alone
    // when no text filter names the article (2.1 M rows of 98,000 articles in 0.2 s).
    struct ArticleRows
    {
        qint64 articleId = 0;
        qint64 rows = 0;
    };
    Result<QList<ArticleRows>> listingCounts(const ListingQuery &query);
    // The query's rows of these articles (which must be in its story), filtered, in article and
    // text order (backwards when descending; query.order is not used), from offset on, at most
    // limit of them, handed to each. Returns the number of rows.
    Result<qsizetype> listing(const ListingQuery &query, const QList<qint64> &articleIds,
        qsizetype offset, qsizetype limit, Detail detail,
        const std::function<void(AnnotationListing &&)> &each);
    // The listing's rows of these ids (top-level rows; any order), handed to each.
    Result<qsizetype> listing(const QList<qint64> &ids, Detail detail,
        const std::function<void(AnnotationListing &&)> &each);
    // The analysts who made annotations in the story (0: the project), sorted.
    Result<QStringList> manualAnalysts(qint64 storyId);
    // The project's code-book tag annotations the analyst decided on (accepted, made by hand, or
    // rejected suggestions), by article: what the tag suggester learns from.
    Result<QList<Annotation>> tagDecisions();
    // The annotation followed by its children (a quote's cue and speaker).
    Result<QList<Annotation>> withChildren(qint64 id);

    // The analyst becomes the proposal's reviewer; a manual annotation keeps its analyst.
    Result<int> setStatus(qint64 id, ReviewStatus status, const QString &analyst, int version = 0);
    Result<int> setNote(qint64 id, const QString &note, int version = 0);
    Result<int> setLabel(qint64 id, const QString &label, int version = 0);
    Result<int> setSpan(qint64 id, const TextSpan &span, int version = 0);
    // Deletes the article's machine proposals nobody has reviewed yet (before annotating again);
    // returns the entities those proposals pointed at, which may have no annotation left.
    // keepEdited: except those the analyst changed (a note, another extent or label: modified
    // differs from created) without deciding on them, for the re-annotation that follows a
    // decision in the window.
    Result<QList<qint64>> removeProposals(qint64 articleId, bool keepEdited = false);

    enum class Verify { Yes, No };
    // The article's annotations in text order. With Verify::Yes each span is checked against the
    // article text in memory: one that moved is re-anchored only where its quote and context
    // occur exactly once, otherwise flagged orphaned. A read never writes: *moved (when given)
    // says whether the stored spans differ from what the text says now, for reanchor() to run
    // where writing is in order (off the GUI thread).
    Result<QList<Annotation>> forArticle(qint64 articleId, const QString &articleText,
        Verify verify = Verify::Yes, bool *moved = nullptr);
    // forArticle() with Verify::Yes, and the outcome written back (unless the project is
    // read-only), so that the analyst sees it in the review.
    Result<QList<Annotation>> reanchor(qint64 articleId, const QString &articleText);

private:
    Result<int> changeVersioned(
        const QString &assignments, QVariantList values, qint64 id, int version);

    QSqlDatabase m_db;
    bool m_readOnly = false;
    QString m_changedBy; // Project::analyst()
    std::unique_ptr<QSqlQuery> m_insert; // prepared once: see insert()
    Sql::StatementCache m_statements {m_db}; // the statements run once an article
};

} // namespace Parallax
