// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisonstore.h"

#include "storage/connection.h"
#include "storage/project.h"

#include "model/anchoring.h"
#include "model/labels.h"
#include "storage/sql.h"
#include "util/textoffsets.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parallax {
namespace {

const QString kOnlyQuote = u"only-quote"_s;
const QString kOnlySentence = u"only-sentence"_s;
const QString kMemberRole = u"member"_s;
const QString kWordsRole = u"words"_s;

// Empty for "never": a review item nobody has reviewed yet.
QVariant timestamp(const QDateTime &when)
{
    return Sql::text(when.isValid() ? when.toUTC().toString(Qt::ISODateWithMs) : QString());
}

QDateTime fromTimestamp(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

// Binds positionally and runs an already prepared statement.
Result<void> run(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        qCWarning(lcStorage) << "statement failed:" << query.lastQuery() << Sql::describe(query);
        return Error {Sql::describe(query)};
    }
    return {};
}

Result<void> prepare(QSqlQuery &query, const QString &statement)
{
    if (!query.prepare(statement))
        return Error {Sql::describe(query)};
    return {};
}

QVariantList spanValues(const StoredSpan &s)
{
    return {s.articleId, s.span.start, s.span.end, Sql::text(s.span.exact),
        Sql::text(s.span.prefix), Sql::text(s.span.suffix)};
}

// Columns articleId, start, end, exact, prefix, suffix from column `first` on.
StoredSpan spanFromRow(const QSqlQuery &q, int first)
{
    StoredSpan s;
    s.articleId = q.value(first).toLongLong();
    s.span.start = q.value(first + 1).toLongLong();
    s.span.end = q.value(first + 2).toLongLong();
    s.span.exact = q.value(first + 3).toString();
    s.span.prefix = q.value(first + 4).toString();
    s.span.suffix = q.value(first + 5).toString();
    return s;
}

const QString kSpanColumns = u"article_id, start_offset, end_offset, exact, prefix, suffix"_s;

QString normalised(const QString &text)
{
    return text.normalized(QString::NormalizationForm_C).simplified().toCaseFolded();
}

// One document of the comparison: its article and a converter from UTF-16 ranges to code point
// spans with their quote and context.
struct Doc
{
    qint64 articleId = 0;
    const QString *text = nullptr;
    CodePointMap map;

    StoredSpan span(TextRange range, const TextRange &within = {}) const
    {
        if (!range.isValid()) {
            // The member lacks the words: an empty span where they would be.
            const qint32 at = range.start >= within.start && range.start <= within.end
                ? range.start
                : within.start;
            range = TextRange {at, at};
        }
        StoredSpan s;
        s.articleId = articleId;
        s.span = Anchoring::makeSpan(
            *text, map, map.toCodePoint(range.start), map.toCodePoint(range.end));
        return s;
    }
};

struct OldItem
{
    qint64 id = 0;
    ReviewItemStatus status = ReviewItemStatus::Open;
    qint64 tagId = 0;
    QString note;
    bool found = false;
};

} // namespace

ComparisonStore::ComparisonStore(Project &project)
    : m_db(Storage::connection(project))
    , m_changedBy(project.analyst())
{ }

QString ComparisonStore::fingerprint(
    const QString &kind, const QList<StoredSpan> &spans, const QStringList &texts, int occurrence)
{
    // Unit and record separators cannot occur in normalised text (simplified() folds them).
    QString key = kind;
    for (qsizetype i = 0; i < spans.size(); ++i) {
        key += u'\x1e' + QString::number(spans.at(i).articleId) + u'\x1f'
            + normalised(spans.at(i).span.exact) + u'\x1f' + normalised(texts.value(i));
    }
    if (occurrence > 1)
        key += u'\x1e' + QString::number(occurrence);
    return QString::fromLatin1(
        QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex());
}

Result<RecomputeSummary> ComparisonStore::save(qint64 storyId, const QList<qint64> &articleIds,
    const CompareInput &input, const Comparison &comparison, const QString &comparerVersion,
    const QList<qint64> &entityIds)
{
    if (articleIds.size() != input.documents.size())
        return Error {u"the comparison has %1 documents but %2 articles were given"_s
                          .arg(input.documents.size())
                          .arg(articleIds.size())};
    QList<Doc> docs(input.documents.size());
    for (qsizetype i = 0; i < docs.size(); ++i) {
        docs[i].articleId = articleIds.at(i);
        docs[i].text = &input.documents.at(i).text;
        docs[i].map = CodePointMap(input.documents.at(i).text);
    }
    const auto docOk = [&](int doc) {
        return doc >= 0 && doc < docs.size();
    };

    // The review items as they were, by fingerprint.
    QHash<QString, OldItem> old;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (auto r = Sql::exec(query,
            u"SELECT id, fingerprint, status, tag_id, note FROM review_item WHERE story_id = ?"_s,
            {storyId});
        !r)
        return Error {r.error()};
    while (query.next()) {
        OldItem item;
        item.id = query.value(0).toLongLong();
        enumFromName(query.value(2).toString(), &item.status);
        item.tagId = query.value(3).toLongLong();
        item.note = query.value(4).toString();
        old.insert(query.value(1).toString(), item);
    }
    query.finish();

    // The comparison goes as a whole (alignments, differences, coverage by cascade); the
    // review items stay, their alignment link cleared until they are found again.
    if (auto r = Sql::exec(query, u"DELETE FROM comparison WHERE story_id = ?"_s, {storyId}); !r)
        return Error {r.error()};
    if (auto r = Sql::exec(query,
            u"INSERT INTO comparison (story_id, computed, comparer_version) VALUES (?, ?, ?)"_s,
            {storyId, timestamp(QDateTime::currentDateTimeUtc()), Sql::text(comparerVersion)});
        !r)
        return Error {r.error()};
    for (qsizetype i = 0; i < articleIds.size(); ++i) {
        if (auto r = Sql::exec(query,
                u"INSERT INTO comparison_article (story_id, article_id, position) VALUES (?, ?, ?)"_s,
                {storyId, articleIds.at(i), int(i)});
            !r)
            return Error {r.error()};
    }

    QSqlQuery insertAlignment(m_db);
    QSqlQuery insertMember(m_db);
    QSqlQuery insertDifference(m_db);
    QSqlQuery insertDifferenceSpan(m_db);
    using Statement = std::pair<QSqlQuery *, QString>;
    for (const auto &[q, statement] : {
             Statement {&insertAlignment,
                 u"INSERT INTO alignment (story_id, position, kind, similarity) VALUES (?, ?, ?, ?)"
                 " RETURNING id"_s},
             Statement {&insertMember,
                 u"INSERT INTO alignment_member (alignment_id, position, "_s + kSpanColumns
                     + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s},
             Statement {&insertDifference,
                 u"INSERT INTO alignment_difference (alignment_id, position, kind) VALUES (?, ?, ?)"
                 " RETURNING id"_s},
             Statement {&insertDifferenceSpan,
                 u"INSERT INTO difference_span (difference_id, position, text, "_s + kSpanColumns
                     + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s},
         }) {
        if (auto r = prepare(*q, statement); !r)
            return Error {r.error()};
    }

    RecomputeSummary summary;
    summary.articles = int(articleIds.size());
    QList<ReviewItem> found;
    for (qsizetype a = 0; a < comparison.alignments.size(); ++a) {
        const Alignment &alignment = comparison.alignments.at(a);
        if (auto r = run(
                insertAlignment, {storyId, int(a), enumName(alignment.kind), alignment.similarity});
            !r)
            return Error {r.error()};
        auto alignmentIdInserted = Sql::insertedId(insertAlignment);
        if (!alignmentIdInserted)
            return Error {alignmentIdInserted.error()};
        const qint64 alignmentId = alignmentIdInserted.value();
        ++summary.alignments;
        QList<StoredSpan> members;
        for (const AlignedSpan &m : alignment.members) {
            if (!docOk(m.doc))
                return Error {
                    u"alignment %1 names document %2, which is not compared"_s.arg(a).arg(m.doc)};
            members.append(docs.at(m.doc).span(m.range));
            QVariantList values {alignmentId, int(members.size() - 1)};
            values += spanValues(members.last());
            if (auto r = run(insertMember, values); !r)
                return Error {r.error()};
        }
        for (qsizetype d = 0; d < alignment.differences.size(); ++d) {
            const Difference &difference = alignment.differences.at(d);
            if (auto r = run(insertDifference, {alignmentId, int(d), enumName(difference.kind)});
                !r)
                return Error {r.error()};
            auto differenceIdInserted = Sql::insertedId(insertDifference);
            if (!differenceIdInserted)
                return Error {differenceIdInserted.error()};
            const qint64 differenceId = differenceIdInserted.value();
            ReviewItem item;
            item.alignmentId = alignmentId;
            item.kind = enumName(difference.kind);
            item.spans = members;
            for (qsizetype i = 0; i < alignment.members.size(); ++i) {
                const AlignedSpan &m = alignment.members.at(i);
                const QString text = difference.texts.value(i);
                item.texts.append(text);
                item.wordSpans.append(
                    docs.at(m.doc).span(difference.ranges.value(i, TextRange {}), m.range));
                QVariantList values {differenceId, int(i), Sql::text(text)};
                values += spanValues(item.wordSpans.last());
                if (auto r = run(insertDifferenceSpan, values); !r)
                    return Error {r.error()};
            }
            found.append(item);
        }
    }
    for (const UnmatchedItem &u : comparison.unmatched) {
        if (!docOk(u.doc))
            return Error {
                u"an unmatched item names document %1, which is not compared"_s.arg(u.doc)};
        ReviewItem item;
        item.kind = u.kind == AlignmentKind::Quote ? kOnlyQuote : kOnlySentence;
        item.spans = {docs.at(u.doc).span(u.range)};
        found.append(item);
    }

    // Match the items found with the stored ones.
    QSqlQuery updateItem(m_db);
    QSqlQuery insertItem(m_db);
    QSqlQuery clearSpans(m_db);
    QSqlQuery insertSpan(m_db);
    for (const auto &[q, statement] : {
             Statement {&updateItem,
                 u"UPDATE review_item SET alignment_id = ?, position = ?, kind = ?, stale = 0"
                 " WHERE id = ?"_s},
             Statement {&insertItem,
                 u"INSERT INTO review_item (story_id, alignment_id, position, kind, fingerprint,"
                 " status, modified) VALUES (?, ?, ?, ?, ?, 'open', '') RETURNING id"_s},
             Statement {&clearSpans, u"DELETE FROM review_item_span WHERE item_id = ?"_s},
             Statement {&insertSpan,
                 u"INSERT INTO review_item_span (item_id, role, position, text, "_s + kSpanColumns
                     + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s},
         }) {
        if (auto r = prepare(*q, statement); !r)
            return Error {r.error()};
    }
    QHash<QString, int> occurrences;
    for (qsizetype position = 0; position < found.size(); ++position) {
        ReviewItem &item = found[position];
        const QString base = fingerprint(item.kind, item.spans, item.texts);
        const int occurrence = ++occurrences[base];
        item.fingerprint
            = occurrence == 1 ? base : fingerprint(item.kind, item.spans, item.texts, occurrence);
        const auto it = old.find(item.fingerprint);
        if (it != old.end() && !it->found) {
            it->found = true;
            item.id = it->id;
            if (auto r
                = run(updateItem, {idOrNull(item.alignmentId), int(position), item.kind, item.id});
                !r)
                return Error {r.error()};
            if (auto r = run(clearSpans, {item.id}); !r)
                return Error {r.error()};
            ++summary.kept;
        } else {
            if (auto r = run(insertItem,
                    {storyId, idOrNull(item.alignmentId), int(position), item.kind,
                        item.fingerprint});
                !r)
                return Error {r.error()};
            auto inserted = Sql::insertedId(insertItem);
            if (!inserted)
                return Error {inserted.error()};
            item.id = inserted.value();
            ++summary.added;
        }
        for (qsizetype i = 0; i < item.spans.size(); ++i) {
            QVariantList values {item.id, kMemberRole, int(i), Sql::text(item.texts.value(i))};
            values += spanValues(item.spans.at(i));
            if (auto r = run(insertSpan, values); !r)
                return Error {r.error()};
        }
        for (qsizetype i = 0; i < item.wordSpans.size(); ++i) {
            QVariantList values {item.id, kWordsRole, int(i), Sql::text(item.texts.value(i))};
            values += spanValues(item.wordSpans.at(i));
            if (auto r = run(insertSpan, values); !r)
                return Error {r.error()};
        }
    }
    summary.items = int(found.size());

    // The stored items not found again: what the analyst never touched goes, the rest is kept.
    for (const OldItem &item : std::as_const(old)) {
        if (item.found)
            continue;
        const bool untouched
            = item.status == ReviewItemStatus::Open && item.tagId == 0 && item.note.isEmpty();
        if (auto r = Sql::exec(query,
                untouched ? u"DELETE FROM review_item WHERE id = ?"_s
                          : u"UPDATE review_item SET stale = 1, alignment_id = NULL WHERE id = ?"_s,
                {item.id});
            !r)
            return Error {r.error()};
        ++(untouched ? summary.removed : summary.stale);
    }

    // Coverage: who and what each article mentions, who it quotes and how much.
    QSqlQuery insertCount(m_db);
    if (auto r = prepare(insertCount,
            u"INSERT INTO coverage_entity_article (coverage_id, article_id, mentions)"
            " VALUES (?, ?, ?)"_s);
        !r)
        return Error {r.error()};
    for (qsizetype e = 0; e < comparison.entities.size(); ++e) {
        const EntityCoverage &coverage = comparison.entities.at(e);
        if (auto r = Sql::exec(query,
                u"INSERT INTO coverage_entity (story_id, position, name, type) VALUES (?, ?, ?, ?)"
                " RETURNING id"_s,
                {storyId, int(e), Sql::text(coverage.name), enumName(coverage.type)});
            !r)
            return Error {r.error()};
        auto coverageIdInserted = Sql::insertedId(query);
        if (!coverageIdInserted)
            return Error {coverageIdInserted.error()};
        const qint64 coverageId = coverageIdInserted.value();
        for (qsizetype d = 0; d < docs.size(); ++d) {
            const int mentions = coverage.mentions.value(d);
            if (mentions == 0 && !coverage.docs.contains(int(d)))
                continue;
            if (auto r = run(insertCount, {coverageId, docs.at(d).articleId, mentions}); !r)
                return Error {r.error()};
        }
    }
    if (auto r = prepare(insertCount,
            u"INSERT INTO coverage_speaker_article (coverage_id, article_id, quotes, words)"
            " VALUES (?, ?, ?, ?)"_s);
        !r)
        return Error {r.error()};
    for (qsizetype s = 0; s < comparison.speakers.size(); ++s) {
        const SpeakerCoverage &coverage = comparison.speakers.at(s);
        const qint64 entityId = coverage.entity >= 0 ? entityIds.value(coverage.entity) : 0;
        if (auto r = Sql::exec(query,
                u"INSERT INTO coverage_speaker (story_id, position, name, entity_id)"
                " VALUES (?, ?, ?, ?) RETURNING id"_s,
                {storyId, int(s), Sql::text(coverage.name), idOrNull(entityId)});
            !r)
            return Error {r.error()};
        auto coverageIdInserted = Sql::insertedId(query);
        if (!coverageIdInserted)
            return Error {coverageIdInserted.error()};
        const qint64 coverageId = coverageIdInserted.value();
        for (qsizetype d = 0; d < docs.size(); ++d) {
            const int quotes = coverage.quotes.value(d);
            const int words = coverage.words.value(d);
            if (quotes == 0 && words == 0)
                continue;
            if (auto r = run(insertCount, {coverageId, docs.at(d).articleId, quotes, words}); !r)
                return Error {r.error()};
        }
    }
    return summary;
}

Result<StoredComparison> ComparisonStore::load(qint64 storyId)
{
    StoredComparison result;
    result.storyId = storyId;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (auto r = Sql::exec(query,
            u"SELECT computed, comparer_version FROM comparison WHERE story_id = ?"_s, {storyId});
        !r)
        return Error {r.error()};
    if (query.next()) {
        result.computed = fromTimestamp(query.value(0).toString());
        result.comparerVersion = query.value(1).toString();
    }
    if (auto r = Sql::exec(query,
            u"SELECT article_id FROM comparison_article WHERE story_id = ? ORDER BY position"_s,
            {storyId});
        !r)
        return Error {r.error()};
    while (query.next())
        result.articleIds.append(query.value(0).toLongLong());

    QHash<qint64, qsizetype> alignmentAt;
    if (auto r = Sql::exec(query,
            u"SELECT id, kind, similarity FROM alignment WHERE story_id = ? ORDER BY position"_s,
            {storyId});
        !r)
        return Error {r.error()};
    while (query.next()) {
        StoredAlignment a;
        a.id = query.value(0).toLongLong();
        enumFromName(query.value(1).toString(), &a.kind);
        a.similarity = query.value(2).toDouble();
        alignmentAt.insert(a.id, result.alignments.size());
        result.alignments.append(a);
    }
    if (auto r = Sql::exec(query,
            u"SELECT m.alignment_id, m."_s + kSpanColumns.split(u", "_s).join(u", m."_s)
                + u" FROM alignment_member m JOIN alignment a ON a.id = m.alignment_id"
                  " WHERE a.story_id = ? ORDER BY a.position, m.position"_s,
            {storyId});
        !r)
        return Error {r.error()};
    while (query.next())
        result.alignments[alignmentAt.value(query.value(0).toLongLong())].members.append(
            spanFromRow(query, 1));

    // Differences and their spans, read in one pass ordered by alignment and difference.
    if (auto r = Sql::exec(query,
            u"SELECT d.alignment_id, d.id, d.kind, s.text, s."_s
                + kSpanColumns.split(u", "_s).join(u", s."_s)
                + u" FROM alignment_difference d JOIN alignment a ON a.id = d.alignment_id"
                  " LEFT JOIN difference_span s ON s.difference_id = d.id"
                  " WHERE a.story_id = ? ORDER BY a.position, d.position, s.position"_s,
            {storyId});
        !r)
        return Error {r.error()};
    qint64 lastDifference = 0;
    while (query.next()) {
        StoredAlignment &a = result.alignments[alignmentAt.value(query.value(0).toLongLong())];
        const qint64 differenceId = query.value(1).toLongLong();
        if (differenceId != lastDifference) {
            StoredDifference d;
            enumFromName(query.value(2).toString(), &d.kind);
            a.differences.append(d);
            lastDifference = differenceId;
        }
        if (query.value(4).isNull())
            continue; // a difference without spans (its article was deleted)
        a.differences.last().texts.append(query.value(3).toString());
        a.differences.last().spans.append(spanFromRow(query, 4));
    }

    auto items = readItems(u"i.story_id = ?"_s, storyId);
    if (!items)
        return Error {items.error()};
    result.items = std::move(items).value();

    // Coverage, with a count for every compared article (0 where it has none).
    const auto articleIndex = [&](qint64 articleId) {
        return result.articleIds.indexOf(articleId);
    };
    if (auto r = Sql::exec(query,
            u"SELECT c.id, c.name, c.type, n.article_id, n.mentions FROM coverage_entity c"
            " LEFT JOIN coverage_entity_article n ON n.coverage_id = c.id"
            " LEFT JOIN comparison_article p ON p.story_id = c.story_id AND p.article_id = "
            "n.article_id"
            " WHERE c.story_id = ? ORDER BY c.position, p.position"_s,
            {storyId});
        !r)
        return Error {r.error()};
    qint64 lastCoverage = 0;
    while (query.next()) {
        if (query.value(0).toLongLong() != lastCoverage) {
            lastCoverage = query.value(0).toLongLong();
            StoredEntityCoverage c;
            c.name = query.value(1).toString();
            c.type = query.value(2).toString();
            c.mentions = QList<int>(result.articleIds.size(), 0);
            result.entities.append(c);
        }
        const qsizetype at = articleIndex(query.value(3).toLongLong());
        if (query.value(3).isNull() || at < 0)
            continue;
        result.entities.last().articleIds.append(query.value(3).toLongLong());
        result.entities.last().mentions[at] = query.value(4).toInt();
    }
    if (auto r = Sql::exec(query,
            u"SELECT c.id, c.name, c.entity_id, n.article_id, n.quotes, n.words"
            " FROM coverage_speaker c LEFT JOIN coverage_speaker_article n ON n.coverage_id = c.id"
            " WHERE c.story_id = ? ORDER BY c.position"_s,
            {storyId});
        !r)
        return Error {r.error()};
    lastCoverage = 0;
    while (query.next()) {
        if (query.value(0).toLongLong() != lastCoverage) {
            lastCoverage = query.value(0).toLongLong();
            StoredSpeakerCoverage c;
            c.name = query.value(1).toString();
            c.entityId = query.value(2).toLongLong();
            c.quotes = QList<int>(result.articleIds.size(), 0);
            c.words = c.quotes;
            result.speakers.append(c);
        }
        const qsizetype at = articleIndex(query.value(3).toLongLong());
        if (query.value(3).isNull() || at < 0)
            continue;
        result.speakers.last().quotes[at] = query.value(4).toInt();
        result.speakers.last().words[at] = query.value(5).toInt();
    }
    return result;
}

Result<QList<ReviewItem>> ComparisonStore::items(qint64 storyId)
{
    return readItems(u"i.story_id = ?"_s, storyId);
}

Result<ReviewItem> ComparisonStore::item(qint64 id)
{
    auto items = readItems(u"i.id = ?"_s, id);
    if (!items)
        return Error {items.error()};
    if (items->isEmpty())
        return Error {u"there is no review item %1 in this project"_s.arg(id)};
    return items->first();
}

Result<QList<ReviewItem>> ComparisonStore::readItems(const QString &where, qint64 key)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (auto r = Sql::exec(query,
            u"SELECT i.id, i.story_id, i.alignment_id, i.kind, i.fingerprint, i.status, i.tag_id,"
            " i.note, i.analyst, i.modified, i.stale, i.version, i.changed_by"
            " FROM review_item i WHERE "_s
                + where + u" ORDER BY i.stale, i.position, i.id"_s,
            {key});
        !r)
        return Error {r.error()};
    QList<ReviewItem> items;
    QHash<qint64, qsizetype> at;
    while (query.next()) {
        ReviewItem item;
        item.id = query.value(0).toLongLong();
        item.storyId = query.value(1).toLongLong();
        item.alignmentId = query.value(2).toLongLong();
        item.kind = query.value(3).toString();
        item.fingerprint = query.value(4).toString();
        enumFromName(query.value(5).toString(), &item.status);
        item.tagId = query.value(6).toLongLong();
        item.note = query.value(7).toString();
        item.analyst = query.value(8).toString();
        item.modified = fromTimestamp(query.value(9).toString());
        item.stale = query.value(10).toInt() != 0;
        item.version = query.value(11).toInt();
        item.changedBy = query.value(12).toString();
        at.insert(item.id, items.size());
        items.append(item);
    }
    if (items.isEmpty())
        return items;
    if (auto r = Sql::exec(query,
            u"SELECT s.item_id, s.role, s.text, s."_s + kSpanColumns.split(u", "_s).join(u", s."_s)
                + u" FROM review_item_span s JOIN review_item i ON i.id = s.item_id WHERE "_s
                + where + u" ORDER BY s.item_id, s.role, s.position"_s,
            {key});
        !r)
        return Error {r.error()};
    while (query.next()) {
        ReviewItem &item = items[at.value(query.value(0).toLongLong())];
        const StoredSpan span = spanFromRow(query, 3);
        if (query.value(1).toString() == kWordsRole) {
            item.wordSpans.append(span);
            continue;
        }
        item.spans.append(span);
        if (item.kind != kOnlyQuote && item.kind != kOnlySentence)
            item.texts.append(query.value(2).toString());
    }
    return items;
}

Result<int> ComparisonStore::setReview(qint64 id, ReviewItemStatus status, qint64 tagId,
    const QString &note, const QString &analyst, const QDateTime &modified, int version)
{
    QSqlQuery query(m_db);
    QVariantList values {enumName(status), idOrNull(tagId), Sql::text(note), Sql::text(analyst),
        timestamp(modified), Sql::text(m_changedBy), id};
    QString sql = u"UPDATE review_item SET status = ?, tag_id = ?, note = ?, analyst = ?,"
                  " modified = ?, version = version + 1, changed_by = ? WHERE id = ?"_s;
    if (version > 0) {
        sql += u" AND version = ?"_s;
        values.append(version);
    }
    return Sql::change(query, sql, values);
}

Result<int> ComparisonStore::countExistingItems(const QList<qint64> &ids)
{
    return Sql::countExisting(m_db, u"review_item"_s, ids);
}

} // namespace Parallax
