// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationstore.h"

#include "storage/connection.h"
#include "storage/project.h"

#include "model/anchoring.h"
#include "storage/sql.h"
#include "util/textoffsets.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Parallax {
namespace {

const QString kColumns
    = u"id, article_id, parent_id, kind, label, start_offset, end_offset, exact, prefix, suffix,"
      " origin, annotator, annotator_version, analyst, confidence, status, note, entity_id,"
      " tag_id, anchor, created, modified, value, version, changed_by"_s;
// The listing's own columns follow fromRow()'s.
constexpr int kListingColumn = 25;

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QString timestamp(const QDateTime &when)
{
    return (when.isValid() ? when : QDateTime::currentDateTimeUtc())
        .toUTC()
        .toString(Qt::ISODateWithMs);
}

Annotation fromRow(const QSqlQuery &q)
{
    Annotation a;
    a.id = q.value(0).toLongLong();
    a.articleId = q.value(1).toLongLong();
    a.parentId = q.value(2).toLongLong();
    enumFromName(q.value(3).toString(), &a.kind);
    a.label = q.value(4).toString();
    a.span.start = q.value(5).toLongLong();
    a.span.end = q.value(6).toLongLong();
    a.span.exact = q.value(7).toString();
    a.span.prefix = q.value(8).toString();
    a.span.suffix = q.value(9).toString();
    enumFromName(q.value(10).toString(), &a.origin);
    a.annotator = q.value(11).toString();
    a.annotatorVersion = q.value(12).toString();
    a.analyst = q.value(13).toString();
    a.confidence = q.value(14).toDouble();
    enumFromName(q.value(15).toString(), &a.status);
    a.note = q.value(16).toString();
    a.entityId = q.value(17).toLongLong();
    a.tagId = q.value(18).toLongLong();
    enumFromName(q.value(19).toString(), &a.anchor);
    a.created = QDateTime::fromString(q.value(20).toString(), Qt::ISODateWithMs);
    a.modified = QDateTime::fromString(q.value(21).toString(), Qt::ISODateWithMs);
    a.value = q.value(22).toString();
    a.version = q.value(23).toInt();
    a.changedBy = q.value(24).toString();
    return a;
}

} // namespace

AnnotationStore::AnnotationStore(Project &project)
    : m_db(Storage::connection(project))
    , m_readOnly(project.isReadOnly())
    , m_changedBy(project.analyst())
{ }

// An edit in place raises the row's version and names who made it; with a version read before
// (not 0) it changes the row only if nobody else has since, and then reports 0 rows, as for a
// row that is gone (ProjectSession tells the two apart).
Result<int> AnnotationStore::changeVersioned(
    const QString &assignments, QVariantList values, qint64 id, int version)
{
    QSqlQuery query(m_db);
    QString sql = u"UPDATE annotation SET "_s + assignments
        + u", version = version + 1, changed_by = ? WHERE id = ?"_s;
    values << Sql::text(m_changedBy) << id;
    if (version > 0) {
        sql += u" AND version = ?"_s;
        values << version;
    }
    return Sql::change(query, sql, values);
}

Result<qint64> AnnotationStore::insert(const Annotation &a)
{
    // One statement prepared for the store's life: a job inserts tens of thousands, and
    // parsing the statement again for each took a sixth of annotating a story.
    if (!m_insert) {
        m_insert = std::make_unique<QSqlQuery>(m_db);
        m_insert->setForwardOnly(true);
    }
    QSqlQuery &query = *m_insert;
    const auto ok = Sql::execPrepared(query,
        u"INSERT INTO annotation (id, article_id, parent_id, kind, label, start_offset, "
        u"end_offset, "
        u"exact, prefix,"
        " suffix, origin, annotator, annotator_version, analyst, confidence, status, note, "
        "entity_id, tag_id,"
        " anchor, created, modified, value, version, changed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?,"
        " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " RETURNING id"_s,
        {idOrNull(a.id), a.articleId, idOrNull(a.parentId), enumName(a.kind), Sql::text(a.label),
            a.span.start, a.span.end, Sql::text(a.span.exact), Sql::text(a.span.prefix),
            Sql::text(a.span.suffix), enumName(a.origin), Sql::text(a.annotator),
            Sql::text(a.annotatorVersion), Sql::text(a.analyst), a.confidence, enumName(a.status),
            Sql::text(a.note), idOrNull(a.entityId), idOrNull(a.tagId), enumName(a.anchor),
            timestamp(a.created), timestamp(a.modified), Sql::text(a.value), std::max(a.version, 1),
            Sql::text(a.changedBy.isEmpty() ? m_changedBy : a.changedBy)});
    if (!ok)
        return Error {ok.error()};
    auto inserted = Sql::insertedId(query);
    if (!inserted)
        return Error {inserted.error()};
    const qint64 id = inserted.value();
    query.finish(); // stays prepared
    return id;
}

Result<int> AnnotationStore::remove(qint64 id, int version)
{
    QSqlQuery query(m_db);
    if (version > 0)
        return Sql::change(
            query, u"DELETE FROM annotation WHERE id = ? AND version = ?"_s, {id, version});
    return Sql::change(query, u"DELETE FROM annotation WHERE id = ?"_s, {id});
}

Result<int> AnnotationStore::countExisting(const QList<qint64> &ids)
{
    return Sql::countExisting(m_db, u"annotation"_s, ids);
}

Result<Annotation> AnnotationStore::annotation(qint64 id)
{
    QSqlQuery query(m_db);
    if (auto r
        = Sql::exec(query, u"SELECT "_s + kColumns + u" FROM annotation WHERE id = ?"_s, {id});
        !r)
        return Error {r.error()};
    if (!query.next())
        return Error {u"there is no annotation %1 in this project"_s.arg(id)};
    return fromRow(query);
}

Result<QList<AnnotationListing>> AnnotationStore::listing(qint64 storyId, qint64 articleId)
{
    QList<AnnotationListing> rows;
    auto read = listing(storyId, articleId, Detail::Full,
        [&](AnnotationListing &&row) { rows.append(std::move(row)); });
    if (!read)
        return Error {read.error()};
    return rows;
}

namespace {

// The listing's select list and joins, up to its WHERE.
QString listingSelect(AnnotationStore::Detail detail)
{
    static const QStringList kBriefOmits {
        u"prefix"_s, u"suffix"_s, u"annotator_version"_s, u"created"_s, u"modified"_s};
    QStringList columns;
    for (const QString &c : kColumns.split(u',')) { // the same columns as fromRow(), prefixed
        const QString column = c.trimmed();
        columns.append(detail == AnnotationStore::Detail::Brief && kBriefOmits.contains(column)
                ? u"''"_s
                : u"n."_s + column);
    }
    return u"SELECT "_s + columns.join(u", "_s)
        + u", a.title, a.outlet, COALESCE(e.name, ''), COALESCE(t.name, ''), s.id, s.kind,"
          " s.parent_id, s.status, s.origin, s.entity_id, s.start_offset, s.end_offset,"
          " s.exact, COALESCE(se.name, '') FROM annotation n"
          " JOIN article a ON a.id = n.article_id"
          // A quote's speaker: the one QuoteSpeaker::speakerOfQuote() picks (the analyst's first).
          " LEFT JOIN annotation s ON s.id = (SELECT c.id FROM annotation c WHERE c.parent_id = "
          "n.id"
          "   AND c.kind = 'speaker' AND c.status <> 'rejected'"
          "   ORDER BY c.origin = 'manual' DESC, c.id DESC LIMIT 1)"
          " LEFT JOIN entity se ON se.id = s.entity_id"
          " LEFT JOIN entity e ON e.id = n.entity_id LEFT JOIN tag t ON t.id = n.tag_id"
          " WHERE n.parent_id IS NULL"_s;
}

// Reads the rows of a listing query, each handed over as it is read.
Result<qsizetype> readListing(
    QSqlQuery &query, const std::function<void(AnnotationListing &&)> &each)
{
    qsizetype count = 0;
    while (query.next()) {
        AnnotationListing row;
        row.annotation = fromRow(query);
        row.articleTitle = query.value(kListingColumn).toString();
        row.outlet = query.value(kListingColumn + 1).toString();
        row.entityName = query.value(kListingColumn + 2).toString();
        row.tagName = query.value(kListingColumn + 3).toString();
        if (!query.value(kListingColumn + 4).isNull()) {
            Annotation speaker;
            speaker.id = query.value(kListingColumn + 4).toLongLong();
            enumFromName(query.value(kListingColumn + 5).toString(), &speaker.kind);
            speaker.parentId = query.value(kListingColumn + 6).toLongLong();
            enumFromName(query.value(kListingColumn + 7).toString(), &speaker.status);
            enumFromName(query.value(kListingColumn + 8).toString(), &speaker.origin);
            speaker.entityId = query.value(kListingColumn + 9).toLongLong();
            speaker.span.start = query.value(kListingColumn + 10).toLongLong();
            speaker.span.end = query.value(kListingColumn + 11).toLongLong();
            speaker.span.exact = query.value(kListingColumn + 12).toString();
            row.speaker = speaker;
            row.speakerEntityName = query.value(kListingColumn + 13).toString();
        }
        each(std::move(row));
        ++count;
    }
    if (query.lastError().isValid())
        return Error {Sql::describe(query)};
    return count;
}

} // namespace

Result<qsizetype> AnnotationStore::listing(qint64 storyId, qint64 articleId, Detail detail,
    const std::function<void(AnnotationListing &&)> &each)
{
    QString sql = listingSelect(detail);
    QVariantList values;
    if (articleId > 0) {
        sql += u" AND n.article_id = ?"_s;
        values.append(articleId);
    } else if (storyId > 0) {
        sql += u" AND n.article_id IN (SELECT article_id FROM story_article WHERE story_id = ?)"_s;
        values.append(storyId);
    }
    sql += u" ORDER BY n.article_id, n.start_offset, n.id"_s;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (auto r = Sql::exec(query, sql, values); !r)
        return Error {r.error()};
    return readListing(query, each);
}

Result<qsizetype> AnnotationStore::listing(
    const QList<qint64> &ids, Detail detail, const std::function<void(AnnotationListing &&)> &each)
{
    qsizetype count = 0;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    for (qsizetype from = 0; from < ids.size(); from += 500) {
        if (auto r = Sql::exec(query,
                listingSelect(detail)
                    + u" AND n.id IN (%1)"_s.arg(Sql::idList(ids.mid(from, 500))));
            !r)
            return Error {r.error()};
        auto read = readListing(query, each);
        if (!read)
            return read;
        count += read.value();
    }
    return count;
}

namespace {

// What the panel's columns show, as SQL (AnnotationTableModel::data() says the same in C++).
const QString kSpeakerColumn
    = u"(SELECT COALESCE(NULLIF(se.name, ''), s.exact) FROM annotation s"
      " LEFT JOIN entity se ON se.id = s.entity_id WHERE s.id = (SELECT c.id FROM annotation c"
      " WHERE c.parent_id = n.id AND c.kind = 'speaker' AND c.status <> 'rejected'"
      " ORDER BY c.origin = 'manual' DESC, c.id DESC LIMIT 1))"_s;
const QString kSourceColumn
    = u"(CASE WHEN COALESCE(a.outlet, '') = '' THEN a.title ELSE a.outlet END)"_s;
const QString kEntityName = u"(SELECT e.name FROM entity e WHERE e.id = n.entity_id)"_s;
const QString kTagName = u"(SELECT t.name FROM tag t WHERE t.id = n.tag_id)"_s;
const QString kLabelRole = u"(CASE WHEN n.kind = 'tag' AND COALESCE(%1, '') <> '' THEN %1"
                           " ELSE n.label END)"_s.arg(kTagName);

// The Type column, with the unattributed quote's word as a parameter appended to values.
QString labelColumn(const AnnotationStore::ListingQuery &q, QVariantList &values)
{
    values.append(q.unattributed);
    return u"(CASE WHEN n.kind = 'tag' THEN %1"
           " WHEN COALESCE(n.value, '') <> '' THEN n.label || ' = ' || n.value"
           " WHEN n.kind = 'quote' THEN n.label || ' · ' || COALESCE(%2, ?)"
           " WHEN COALESCE(%3, '') = '' THEN n.label ELSE n.label || ' · ' || %3 END)"_s.arg(
               kLabelRole, kSpeakerColumn, kEntityName);
}

// The listing's conditions after "WHERE n.parent_id IS NULL" (the story or article and the
// filters), their parameters appended to values. They may name the article as a.
QString listingConditions(const AnnotationStore::ListingQuery &q, QVariantList &values)
{
    QString sql;
    if (q.articleId > 0) {
        sql += u" AND n.article_id = ?"_s;
        values.append(q.articleId);
    } else if (q.storyId > 0) {
        sql += u" AND n.article_id IN (SELECT article_id FROM story_article WHERE story_id = ?)"_s;
        values.append(q.storyId);
    }
    if (q.kind >= 0) {
        sql += u" AND n.kind = ?"_s;
        values.append(enumName(AnnotationKind(q.kind)));
    }
    if (q.status >= 0) {
        sql += u" AND n.status = ?"_s;
        values.append(enumName(ReviewStatus(q.status)));
    }
    if (q.origin >= 0) {
        sql += u" AND n.origin = ?"_s;
        values.append(enumName(Origin(q.origin)));
    }
    if (!q.label.isEmpty()) {
        sql += u" AND LOWER(%1) = LOWER(?)"_s.arg(kLabelRole);
        values.append(q.label);
    }
    if (!q.text.isEmpty()) {
        QString pattern = q.text.toLower();
        pattern.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
        pattern = u'%' + pattern + u'%';
        QStringList any;
        // In the order of their parameters: the Type column's comes before its pattern.
        const auto like = [&](const QString &column) {
            any.append(u"LOWER(%1) LIKE ? ESCAPE '\\'"_s.arg(column));
            values.append(pattern);
        };
        like(u"n.exact"_s);
        like(u"COALESCE(n.note, '')"_s);
        like(labelColumn(q, values));
        like(kSourceColumn);
        sql += u" AND ("_s + any.join(u" OR "_s) + u')';
    }
    return sql;
}

// The article and text order, forwards or backwards.
QString textOrder(bool descending)
{
    return descending ? u"n.article_id DESC, n.start_offset DESC, n.id DESC"_s
                      : u"n.article_id, n.start_offset, n.id"_s;
}

} // namespace

Result<QList<qint64>> AnnotationStore::listingIds(const ListingQuery &q)
{
    using Order = ListingQuery::Order;
    const QString speaker = kSpeakerColumn;
    const QString source = kSourceColumn;
    QVariantList values;
    const auto label = [&] {
        return labelColumn(q, values);
    };
    QString sql = u"SELECT n.id FROM annotation n JOIN article a ON a.id = n.article_id"
                  " WHERE n.parent_id IS NULL"_s
        + listingConditions(q, values);
    QStringList key; // one or more terms
    switch (q.order) {
    case Order::Text:
        break;
    case Order::Source:
        key = QStringList {source};
        break;
    case Order::Kind:
        key = QStringList {u"n.kind"_s}; // the kinds' names sort as the column's words do
        break;
    case Order::Label:
        key = QStringList {label()};
        break;
    case Order::Words:
        key = QStringList {u"n.exact"_s};
        break;
    case Order::Speaker:
        values.append(q.unattributed);
        key = QStringList {
            u"(CASE WHEN n.kind = 'quote' THEN COALESCE(%1, ?) ELSE '' END)"_s.arg(speaker)};
        break;
    case Order::Status:
        key = QStringList {u"n.status"_s, u"n.anchor = 'orphaned'"_s};
        break;
    case Order::By:
        key = QStringList {
            u"(CASE WHEN n.origin = 'manual' THEN n.analyst ELSE n.annotator END)"_s};
        break;
    case Order::Note:
        key = QStringList {u"COALESCE(n.note, '')"_s};
        break;
    case Order::Confidence:
        key = QStringList {
            u"(CASE WHEN n.origin = 'automatic' THEN ROUND(n.confidence * 100) ELSE -1 END)"_s};
        break;
    }
    const QString direction = q.descending ? u" DESC"_s : QString();
    if (!key.isEmpty())
        sql += u" ORDER BY "_s + key.join(direction + u", "_s) + direction + u", "_s;
    else
        sql += u" ORDER BY "_s;
    sql += textOrder(q.descending && key.isEmpty());
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (auto r = Sql::exec(query, sql, values); !r)
        return Error {r.error()};
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    if (query.lastError().isValid())
        return Error {Sql::describe(query)};
    return ids;
}

Result<QList<AnnotationStore::ArticleRows>> AnnotationStore::listingCounts(const ListingQuery &q)
{
    QVariantList values;
    const QString conditions = listingConditions(q, values);
    // The article is joined only for a condition on it: without, the count reads the index alone.
    QString sql = u"SELECT n.article_id, COUNT(*) FROM annotation n"_s;
    if (!q.text.isEmpty())
        sql += u" JOIN article a ON a.id = n.article_id"_s;
    sql += u" WHERE n.parent_id IS NULL"_s + conditions
        + u" GROUP BY n.article_id ORDER BY n.article_id"_s;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (auto r = Sql::exec(query, sql, values); !r)
        return Error {r.error()};
    QList<ArticleRows> counts;
    while (query.next())
        counts.append({query.value(0).toLongLong(), query.value(1).toLongLong()});
    if (query.lastError().isValid())
        return Error {Sql::describe(query)};
    return counts;
}

Result<qsizetype> AnnotationStore::listing(const ListingQuery &q, const QList<qint64> &articleIds,
    qsizetype offset, qsizetype limit, Detail detail,
    const std::function<void(AnnotationListing &&)> &each)
{
    if (articleIds.isEmpty() || limit <= 0)
        return 0;
    QVariantList values;
    // The story's condition is left out: the articles are the story's.
    ListingQuery filters = q;
    filters.storyId = 0;
    filters.articleId = 0;
    QString sql = listingSelect(detail)
        + u" AND n.article_id IN (%1)"_s.arg(Sql::idList(articleIds))
        + listingConditions(filters, values) + u" ORDER BY "_s + textOrder(q.descending)
        + u" LIMIT %1 OFFSET %2"_s.arg(limit).arg(offset);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (auto r = Sql::exec(query, sql, values); !r)
        return Error {r.error()};
    return readListing(query, each);
}

Result<QStringList> AnnotationStore::manualAnalysts(qint64 storyId)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // From the index of the manual annotations (schema 11): the unary pluses keep SQLite from
    // taking the index by article instead, which reads every annotation of the story.
    QString sql = u"SELECT DISTINCT analyst FROM annotation n WHERE origin = 'manual'"
                  " AND +parent_id IS NULL AND COALESCE(analyst, '') <> ''"_s;
    QVariantList values;
    if (storyId > 0) {
        sql += u" AND +n.article_id IN (SELECT article_id FROM story_article WHERE story_id = ?)"_s;
        values.append(storyId);
    }
    if (auto r = Sql::exec(query, sql + u" ORDER BY analyst"_s, values); !r)
        return Error {r.error()};
    QStringList analysts;
    while (query.next())
        analysts.append(query.value(0).toString());
    return analysts;
}

Result<QList<Annotation>> AnnotationStore::withChildren(qint64 id)
{
    QSqlQuery query(m_db);
    if (auto r = Sql::exec(query,
            u"SELECT "_s + kColumns
                + u" FROM annotation WHERE id = ? OR parent_id = ? ORDER BY parent_id IS NOT NULL, id"_s,
            {id, id});
        !r)
        return Error {r.error()};
    QList<Annotation> result;
    while (query.next())
        result.append(fromRow(query));
    if (result.isEmpty())
        return Error {u"there is no annotation %1 in this project"_s.arg(id)};
    return result;
}

Result<int> AnnotationStore::setStatus(
    qint64 id, ReviewStatus status, const QString &analyst, int version)
{
    // A manual annotation keeps the analyst who made it: it is their layer's, whoever reviews it
    // (docs/agreement.md). A proposal is the reviewer's.
    return changeVersioned(u"status = ?, analyst = CASE WHEN origin = 'manual' AND"
                           " analyst <> '' THEN analyst ELSE ? END, modified = ?"_s,
        {enumName(status), Sql::text(analyst), timestamp({})}, id, version);
}

Result<int> AnnotationStore::setNote(qint64 id, const QString &note, int version)
{
    return changeVersioned(
        u"note = ?, modified = ?"_s, {Sql::text(note), timestamp({})}, id, version);
}

Result<int> AnnotationStore::setLabel(qint64 id, const QString &label, int version)
{
    return changeVersioned(
        u"label = ?, modified = ?"_s, {Sql::text(label), timestamp({})}, id, version);
}

Result<int> AnnotationStore::setSpan(qint64 id, const TextSpan &span, int version)
{
    return changeVersioned(
        u"start_offset = ?, end_offset = ?, exact = ?, prefix = ?, suffix = ?, anchor = 'ok',"
        " modified = ?"_s,
        {span.start, span.end, Sql::text(span.exact), Sql::text(span.prefix),
            Sql::text(span.suffix), timestamp({})},
        id, version);
}

Result<QList<Annotation>> AnnotationStore::tagDecisions()
{
    QSqlQuery query(m_db);
    if (auto r = Sql::exec(query,
            u"SELECT "_s + kColumns
                + u" FROM annotation WHERE kind = 'tag' AND tag_id IS NOT NULL"
                  " AND status <> 'proposed' ORDER BY article_id, start_offset"_s);
        !r)
        return Error {r.error()};
    QList<Annotation> out;
    while (query.next())
        out.append(fromRow(query));
    return out;
}

Result<QList<qint64>> AnnotationStore::removeProposals(qint64 articleId, bool keepEdited)
{
    // A proposed quote the analyst gave a speaker stays, with its cue: the speaker is a decision,
    // and it needs its quote.
    static const QString kRemovable
        = u" FROM annotation WHERE article_id = ? AND origin = 'automatic'"
          " AND status = 'proposed'"
          " AND NOT EXISTS (SELECT 1 FROM annotation s"
          "   WHERE s.kind = 'speaker' AND s.origin = 'manual'"
          "   AND s.parent_id IN (annotation.id, annotation.parent_id))"_s;
    const QString removable
        = keepEdited ? kRemovable + u" AND note = '' AND modified = created"_s : kRemovable;
    auto query = m_statements.exec(
        u"SELECT DISTINCT entity_id"_s + removable + u" AND entity_id IS NOT NULL"_s, {articleId});
    if (!query)
        return Error {query.error()};
    QList<qint64> entities;
    while (query.value()->next())
        entities.append(query.value()->value(0).toLongLong());
    query.value()->finish();
    if (auto r = m_statements.exec(u"DELETE"_s + removable, {articleId}); !r)
        return Error {r.error()};
    return entities;
}

namespace {

// Checks each span against the text; the annotations whose span or state changed are listed.
QList<const Annotation *> verifyAll(const QString &text, QList<Annotation> &annotations)
{
    const CodePointMap map(text);
    QList<const Annotation *> changed;
    for (Annotation &a : annotations) {
        const Anchoring::Outcome outcome = Anchoring::verify(text, map, a.span);
        if (outcome.state == AnchorState::Ok) {
            if (a.anchor == AnchorState::Orphaned) {
                a.anchor = AnchorState::Ok; // the text was restored
                changed.append(&a);
            }
            continue;
        }
        if (outcome.state == a.anchor && outcome.span == a.span)
            continue;
        a.anchor = outcome.state;
        a.span = outcome.span;
        changed.append(&a);
    }
    return changed;
}

} // namespace

Result<QList<Annotation>> AnnotationStore::forArticle(
    qint64 articleId, const QString &text, Verify verify, bool *moved)
{
    auto read = m_statements.exec(u"SELECT "_s + kColumns
            + u" FROM annotation WHERE article_id = ? ORDER BY start_offset, end_offset DESC, id"_s,
        {articleId});
    if (!read)
        return Error {read.error()};
    QSqlQuery &query = *read.value();
    QList<Annotation> annotations;
    while (query.next())
        annotations.append(fromRow(query));
    query.finish();
    if (moved)
        *moved = false;
    if (verify == Verify::No)
        return annotations;
    const bool changed = !verifyAll(text, annotations).isEmpty();
    if (moved)
        *moved = changed;
    return annotations;
}

Result<QList<Annotation>> AnnotationStore::reanchor(qint64 articleId, const QString &text)
{
    auto read = forArticle(articleId, text, Verify::No);
    if (!read)
        return read;
    QList<Annotation> &annotations = read.value();
    const QList<const Annotation *> changed = verifyAll(text, annotations);
    if (changed.isEmpty() || m_readOnly)
        return annotations;

    Sql::Transaction transaction(m_db);
    if (!transaction.isActive())
        return annotations; // still correct in memory; the check runs again next time
    QSqlQuery update(m_db);
    update.prepare(
        u"UPDATE annotation SET start_offset = ?, end_offset = ?, anchor = ? WHERE id = ?"_s);
    for (const Annotation *a : changed) {
        update.addBindValue(a->span.start);
        update.addBindValue(a->span.end);
        update.addBindValue(enumName(a->anchor));
        update.addBindValue(a->id);
        if (!update.exec())
            return Error {Sql::describe(update)};
    }
    if (auto r = transaction.commit(); !r)
        return Error {r.error()};
    return annotations;
}

} // namespace Parallax
