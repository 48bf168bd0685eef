// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema.h"

#include "storage/dialect.h"
#include "storage/pgschema.h"
#include "storage/sql.h"

#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Parallax::Schema {
namespace {

Result<void> execAll(QSqlDatabase &db, const QStringList &statements)
{
    for (const QString &statement : statements) {
        if (auto r = Sql::exec(db, statement); !r)
            return r;
    }
    return {};
}

// Version 1: stories, articles, annotations, entities and the code book. Types and constraints
// are kept to what PostgreSQL also understands; the full-text index is SQLite's FTS5 and lives
// only here, in the storage layer.
Result<void> createVersion1(QSqlDatabase &db)
{
    const QString id = u"  "_s + Sql::Dialect::of(db).idColumn() + u","_s;
    return execAll(db,
        {
            u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
            u"CREATE TABLE story ("_s + id
                + u"  name TEXT NOT NULL UNIQUE,"
                  "  description TEXT NOT NULL DEFAULT '',"
                  "  created TEXT NOT NULL)"_s,
            u"CREATE TABLE article ("_s + id
                + u"  title TEXT NOT NULL DEFAULT '',"
                  "  outlet TEXT NOT NULL DEFAULT '',"
                  "  author TEXT NOT NULL DEFAULT '',"
                  "  url TEXT NOT NULL DEFAULT '',"
                  "  published TEXT NOT NULL DEFAULT '',"
                  "  language TEXT NOT NULL DEFAULT '',"
                  "  body TEXT NOT NULL,"
                  "  content_hash TEXT NOT NULL UNIQUE,"
                  "  word_count INTEGER NOT NULL DEFAULT 0,"
                  "  source_path TEXT NOT NULL DEFAULT '',"
                  "  source_format TEXT NOT NULL DEFAULT '',"
                  "  imported_at TEXT NOT NULL)"_s,
            u"CREATE TABLE story_article ("
            "  story_id INTEGER NOT NULL REFERENCES story(id) ON DELETE CASCADE,"
            "  article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,"
            "  position INTEGER NOT NULL DEFAULT 0,"
            "  PRIMARY KEY (story_id, article_id))"_s,
            u"CREATE INDEX story_article_article ON story_article(article_id)"_s,
            u"CREATE TABLE entity ("_s + id
                + u"  story_id INTEGER REFERENCES story(id) ON DELETE CASCADE,"
                  "  name TEXT NOT NULL,"
                  "  type TEXT NOT NULL,"
                  "  created TEXT NOT NULL,"
                  "  modified TEXT NOT NULL)"_s,
            u"CREATE INDEX entity_story ON entity(story_id, type, name)"_s,
            u"CREATE TABLE entity_alias ("
            "  entity_id INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,"
            "  alias TEXT NOT NULL,"
            "  PRIMARY KEY (entity_id, alias))"_s,
            u"CREATE TABLE tag ("_s + id
                + u"  parent_id INTEGER REFERENCES tag(id) ON DELETE CASCADE,"
                  "  name TEXT NOT NULL,"
                  "  color TEXT NOT NULL DEFAULT '#808080',"
                  "  description TEXT NOT NULL DEFAULT '',"
                  "  shortcut TEXT NOT NULL DEFAULT '',"
                  "  position INTEGER NOT NULL DEFAULT 0)"_s,
            u"CREATE TABLE annotation ("_s + id
                + u"  article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,"
                  "  parent_id INTEGER REFERENCES annotation(id) ON DELETE CASCADE,"
                  "  kind TEXT NOT NULL,"
                  "  label TEXT NOT NULL DEFAULT '',"
                  "  start_offset INTEGER NOT NULL,"
                  "  end_offset INTEGER NOT NULL,"
                  "  exact TEXT NOT NULL,"
                  "  prefix TEXT NOT NULL DEFAULT '',"
                  "  suffix TEXT NOT NULL DEFAULT '',"
                  "  origin TEXT NOT NULL,"
                  "  annotator TEXT NOT NULL DEFAULT '',"
                  "  annotator_version TEXT NOT NULL DEFAULT '',"
                  "  analyst TEXT NOT NULL DEFAULT '',"
                  "  confidence REAL NOT NULL DEFAULT 1.0,"
                  "  status TEXT NOT NULL,"
                  "  note TEXT NOT NULL DEFAULT '',"
                  "  entity_id INTEGER REFERENCES entity(id) ON DELETE SET NULL,"
                  "  tag_id INTEGER REFERENCES tag(id) ON DELETE SET NULL,"
                  "  anchor TEXT NOT NULL DEFAULT 'ok',"
                  "  created TEXT NOT NULL,"
                  "  modified TEXT NOT NULL,"
                  "  CHECK (start_offset >= 0 AND end_offset >= start_offset))"_s,
            u"CREATE INDEX annotation_article ON annotation(article_id, kind)"_s,
            u"CREATE INDEX annotation_entity ON annotation(entity_id)"_s,
            u"CREATE INDEX annotation_parent ON annotation(parent_id)"_s,
            u"CREATE INDEX annotation_tag ON annotation(tag_id)"_s,
            // Full-text index over titles and bodies, kept in step with article by triggers, so the
            // transaction that writes an article also indexes it.
            u"CREATE VIRTUAL TABLE article_fts USING fts5("
            "  title, body, content='article', content_rowid='id',"
            "  tokenize='unicode61 remove_diacritics 2')"_s,
            u"CREATE TRIGGER article_fts_insert AFTER INSERT ON article BEGIN"
            "  INSERT INTO article_fts(rowid, title, body) VALUES (new.id, new.title, new.body);"
            " END"_s,
            u"CREATE TRIGGER article_fts_delete AFTER DELETE ON article BEGIN"
            "  INSERT INTO article_fts(article_fts, rowid, title, body)"
            "    VALUES ('delete', old.id, old.title, old.body);"
            " END"_s,
            u"CREATE TRIGGER article_fts_update AFTER UPDATE OF title, body ON article BEGIN"
            "  INSERT INTO article_fts(article_fts, rowid, title, body)"
            "    VALUES ('delete', old.id, old.title, old.body);"
            "  INSERT INTO article_fts(rowid, title, body) VALUES (new.id, new.title, new.body);"
            " END"_s,
            u"INSERT INTO meta(key, value) VALUES ('application', 'parallax')"_s,
            u"INSERT INTO meta(key, value) VALUES ('schema_version', '1')"_s,
        });
}

// Version 3: the comparison of a story's articles and the analyst's review of it. One comparison
// per story, replaced when it is computed again; review items outlive a recomputation (matched by
// their fingerprint), so they hang off the story, not off the comparison. Spans are code points
// with their quote and context, as for annotations.
Result<void> createVersion3(QSqlDatabase &db)
{
    const QString id = u"  "_s + Sql::Dialect::of(db).idColumn() + u","_s;
    const QString span = u"  start_offset INTEGER NOT NULL,"
                         "  end_offset INTEGER NOT NULL,"
                         "  exact TEXT NOT NULL DEFAULT '',"
                         "  prefix TEXT NOT NULL DEFAULT '',"
                         "  suffix TEXT NOT NULL DEFAULT '',"
                         "  CHECK (start_offset >= 0 AND end_offset >= start_offset),"_s;
    return execAll(db,
        {
            u"CREATE TABLE comparison ("
            "  story_id INTEGER PRIMARY KEY REFERENCES story(id) ON DELETE CASCADE,"
            "  computed TEXT NOT NULL,"
            "  comparer_version TEXT NOT NULL DEFAULT '')"_s,
            u"CREATE TABLE comparison_article ("
            "  story_id INTEGER NOT NULL REFERENCES comparison(story_id) ON DELETE CASCADE,"
            "  article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,"
            "  position INTEGER NOT NULL,"
            "  PRIMARY KEY (story_id, article_id))"_s,
            u"CREATE INDEX comparison_article_article ON comparison_article(article_id)"_s,
            u"CREATE TABLE alignment ("_s + id
                + u"  story_id INTEGER NOT NULL REFERENCES comparison(story_id) ON DELETE CASCADE,"
                  "  position INTEGER NOT NULL,"
                  "  kind TEXT NOT NULL,"
                  "  similarity REAL NOT NULL DEFAULT 0)"_s,
            u"CREATE INDEX alignment_story ON alignment(story_id, position)"_s,
            u"CREATE TABLE alignment_member ("
            "  alignment_id INTEGER NOT NULL REFERENCES alignment(id) ON DELETE CASCADE,"
            "  position INTEGER NOT NULL,"
            "  article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,"_s
                + span + u"  PRIMARY KEY (alignment_id, position))"_s,
            u"CREATE INDEX alignment_member_article ON alignment_member(article_id)"_s,
            u"CREATE TABLE alignment_difference ("_s + id
                + u"  alignment_id INTEGER NOT NULL REFERENCES alignment(id) ON DELETE CASCADE,"
                  "  position INTEGER NOT NULL,"
                  "  kind TEXT NOT NULL)"_s,
            u"CREATE INDEX alignment_difference_alignment ON alignment_difference(alignment_id)"_s,
            // One row per member of the alignment; start = end where the member lacks the words.
            u"CREATE TABLE difference_span ("
            "  difference_id INTEGER NOT NULL REFERENCES alignment_difference(id) ON DELETE "
            "CASCADE,"
            "  position INTEGER NOT NULL,"
            "  article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,"
            "  text TEXT NOT NULL DEFAULT '',"_s
                + span + u"  PRIMARY KEY (difference_id, position))"_s,
            u"CREATE INDEX difference_span_article ON difference_span(article_id)"_s,
            u"CREATE TABLE review_item ("_s + id
                + u"  story_id INTEGER NOT NULL REFERENCES story(id) ON DELETE CASCADE,"
                  "  alignment_id INTEGER REFERENCES alignment(id) ON DELETE SET NULL,"
                  "  position INTEGER NOT NULL DEFAULT 0,"
                  "  kind TEXT NOT NULL,"
                  "  fingerprint TEXT NOT NULL,"
                  "  status TEXT NOT NULL DEFAULT 'open',"
                  "  tag_id INTEGER REFERENCES tag(id) ON DELETE SET NULL,"
                  "  note TEXT NOT NULL DEFAULT '',"
                  "  analyst TEXT NOT NULL DEFAULT '',"
                  "  modified TEXT NOT NULL DEFAULT '',"
                  "  stale INTEGER NOT NULL DEFAULT 0,"
                  "  UNIQUE (story_id, fingerprint))"_s,
            u"CREATE INDEX review_item_alignment ON review_item(alignment_id)"_s,
            u"CREATE INDEX review_item_tag ON review_item(tag_id)"_s,
            // role 'member': the aligned member (or the one unmatched span), with the differing
            // words of that member in text; role 'words': where those words are.
            u"CREATE TABLE review_item_span ("
            "  item_id INTEGER NOT NULL REFERENCES review_item(id) ON DELETE CASCADE,"
            "  role TEXT NOT NULL,"
            "  position INTEGER NOT NULL,"
            "  article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,"
            "  text TEXT NOT NULL DEFAULT '',"_s
                + span + u"  PRIMARY KEY (item_id, role, position))"_s,
            u"CREATE INDEX review_item_span_article ON review_item_span(article_id)"_s,
            u"CREATE TABLE coverage_entity ("_s + id
                + u"  story_id INTEGER NOT NULL REFERENCES comparison(story_id) ON DELETE CASCADE,"
                  "  position INTEGER NOT NULL,"
                  "  name TEXT NOT NULL,"
                  "  type TEXT NOT NULL)"_s,
            u"CREATE INDEX coverage_entity_story ON coverage_entity(story_id, position)"_s,
            u"CREATE TABLE coverage_entity_article ("
            "  coverage_id INTEGER NOT NULL REFERENCES coverage_entity(id) ON DELETE CASCADE,"
            "  article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,"
            "  mentions INTEGER NOT NULL,"
            "  PRIMARY KEY (coverage_id, article_id))"_s,
            u"CREATE TABLE coverage_speaker ("_s + id
                + u"  story_id INTEGER NOT NULL REFERENCES comparison(story_id) ON DELETE CASCADE,"
                  "  position INTEGER NOT NULL,"
                  "  name TEXT NOT NULL,"
                  "  entity_id INTEGER REFERENCES entity(id) ON DELETE SET NULL)"_s,
            u"CREATE INDEX coverage_speaker_story ON coverage_speaker(story_id, position)"_s,
            u"CREATE TABLE coverage_speaker_article ("
            "  coverage_id INTEGER NOT NULL REFERENCES coverage_speaker(id) ON DELETE CASCADE,"
            "  article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,"
            "  quotes INTEGER NOT NULL,"
            "  words INTEGER NOT NULL,"
            "  PRIMARY KEY (coverage_id, article_id))"_s,
        });
}

Result<void> setStoredVersion(QSqlDatabase &db, int version)
{
    QSqlQuery query(db);
    if (auto r = Sql::exec(query, u"UPDATE meta SET value = ? WHERE key = 'schema_version'"_s,
            {QString::number(version)});
        !r)
        return r;
    // Mirrored in the SQLite header so that a newer file can be recognised without reading tables.
    return Sql::exec(db, u"PRAGMA user_version = %1"_s.arg(version));
}

} // namespace

Result<int> storedVersion(QSqlDatabase &db)
{
    if (Sql::Dialect::of(db).kind() == Sql::Dialect::Kind::Postgres)
        return PgSchema::storedVersion(db);
    QSqlQuery query(db);
    if (!query.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'meta'"_s))
        return Error {Sql::describe(query)};
    if (!query.next())
        return 0;
    return versionInMeta(db, u"it is an SQLite database, but not a Parallax project"_s);
}

Result<int> versionInMeta(QSqlDatabase &db, const QString &notAProject)
{
    QSqlQuery query(db);
    if (!query.exec(
            u"SELECT key, value FROM meta WHERE key IN ('application', 'schema_version')"_s))
        return Error {Sql::describe(query)};
    QString application;
    int version = -1;
    while (query.next()) {
        if (query.value(0).toString() == "application"_L1)
            application = query.value(1).toString();
        else
            version = query.value(1).toString().toInt();
    }
    if (application != "parallax"_L1 || version < 1)
        return Error {notAProject};
    return version;
}

QStringList entityCountIndex()
{
    return {u"DROP INDEX annotation_entity"_s,
        u"CREATE INDEX annotation_entity ON annotation(entity_id, kind, status)"_s};
}

QStringList panelIndexes()
{
    return {u"DROP INDEX annotation_article"_s,
        u"CREATE INDEX annotation_article ON annotation(article_id, parent_id, kind)"_s,
        u"CREATE INDEX annotation_manual ON annotation(analyst, article_id)"
        " WHERE origin = 'manual'"_s};
}

namespace {

QStringList libraryIndex()
{
    return {u"CREATE INDEX article_listing"
            " ON article(published, id, title, outlet, language, word_count)"_s};
}

} // namespace

Result<void> migrateTo(QSqlDatabase &db, int fromVersion, int targetVersion)
{
    if (fromVersion > targetVersion)
        return Error {u"cannot migrate backwards from version %1 to %2"_s.arg(fromVersion)
                          .arg(targetVersion)};
    if (fromVersion == targetVersion)
        return {};
    // A server project starts at format 7 (storage/pgschema.cpp), with steps of its own after it.
    if (Sql::Dialect::of(db).kind() == Sql::Dialect::Kind::Postgres) {
        if (fromVersion == 0)
            return PgSchema::create(db, targetVersion);
        return PgSchema::upgrade(db, fromVersion, targetVersion);
    }

    Sql::Transaction transaction(db);
    if (!transaction.isActive())
        return Error {transaction.error()};

    if (fromVersion < 1 && targetVersion >= 1) {
        if (auto r = createVersion1(db); !r)
            return r;
        if (auto r = Sql::exec(db, u"PRAGMA application_id = %1"_s.arg(kApplicationId)); !r)
            return r;
    }
    // Version 2: the normalised value of a date, time or amount ("2025-11-24", "EUR 12000000").
    if (fromVersion < 2 && targetVersion >= 2) {
        if (auto r
            = Sql::exec(db, u"ALTER TABLE annotation ADD COLUMN value TEXT NOT NULL DEFAULT ''"_s);
            !r)
            return r;
    }
    // Version 3: a story's comparison and its review queue (see docs/review.md).
    if (fromVersion < 3 && targetVersion >= 3) {
        if (auto r = createVersion3(db); !r)
            return r;
    }
    // Version 4: a quote's speaker is its Speaker record only (see model/quotespeaker.h). The
    // window used to store the analyst's choice on the quote's entity_id, which nothing showed:
    // each becomes a Speaker record with an empty span at the quote's start, as the window now
    // stores a speaker the article does not name.
    if (fromVersion < 4 && targetVersion >= 4) {
        if (auto r = Sql::exec(db,
                u"INSERT INTO annotation (article_id, parent_id, kind, label, start_offset,"
                " end_offset, exact, prefix, suffix, origin, annotator, annotator_version, analyst,"
                " confidence, status, note, entity_id, tag_id, anchor, created, modified, value)"
                " SELECT article_id, id, 'speaker', '', start_offset, start_offset, '', '', '',"
                " origin, annotator, annotator_version, analyst, confidence, status, '', entity_id,"
                " NULL, 'ok', created, modified, '' FROM annotation"
                " WHERE kind = 'quote' AND entity_id IS NOT NULL"_s);
            !r)
            return r;
        if (auto r
            = Sql::exec(db, u"UPDATE annotation SET entity_id = NULL WHERE kind = 'quote'"_s);
            !r)
            return r;
    }
    // Version 5: a story's next position is read from an index (MAX() is one lookup), so no
    // connection needs to remember it: another writer may have added articles since.
    if (fromVersion < 5 && targetVersion >= 5) {
        if (auto r = Sql::exec(
                db, u"CREATE INDEX story_article_position ON story_article(story_id, position)"_s);
            !r)
            return r;
    }
    // Version 6: the curated layer, the one version a lead keeps of the analysts' annotations
    // (docs/agreement.md). Apart from the annotations, so that no view, export or agreement
    // figure mistakes it for an analyst's work.
    if (fromVersion < 6 && targetVersion >= 6) {
        const QString id = u"  "_s + Sql::Dialect::of(db).idColumn() + u","_s;
        if (auto r = execAll(db,
                {u"CREATE TABLE curated_annotation ("_s + id
                        + u"  article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,"
                          "  kind TEXT NOT NULL,"
                          "  label TEXT NOT NULL DEFAULT '',"
                          "  start_offset INTEGER NOT NULL,"
                          "  end_offset INTEGER NOT NULL,"
                          "  exact TEXT NOT NULL DEFAULT '',"
                          "  prefix TEXT NOT NULL DEFAULT '',"
                          "  suffix TEXT NOT NULL DEFAULT '',"
                          "  entity_id INTEGER REFERENCES entity(id) ON DELETE SET NULL,"
                          "  tag_id INTEGER REFERENCES tag(id) ON DELETE SET NULL,"
                          "  source_id INTEGER REFERENCES annotation(id) ON DELETE SET NULL,"
                          "  source_analyst TEXT NOT NULL DEFAULT '',"
                          "  curator TEXT NOT NULL DEFAULT '',"
                          "  modified TEXT NOT NULL,"
                          "  CHECK (start_offset >= 0 AND end_offset >= start_offset))"_s,
                    u"CREATE INDEX curated_annotation_article"
                    " ON curated_annotation(article_id, start_offset)"_s,
                    u"CREATE INDEX curated_annotation_source ON curated_annotation(source_id)"_s});
            !r)
            return r;
    }
    // Version 7: the project's layer of the entity model, learned from the analysts' decisions
    // on top of the shipped weights (docs/learning.md). One row: the model file stays shared.
    // A null delta: decisions counted, nothing learned from them (yet).
    if (fromVersion < 7 && targetVersion >= 7) {
        if (auto r = Sql::exec(db,
                u"CREATE TABLE entity_model ("
                "  id INTEGER PRIMARY KEY CHECK (id = 1),"
                "  delta BLOB,"
                "  corrections INTEGER NOT NULL DEFAULT 0,"
                "  modified TEXT NOT NULL DEFAULT '')"_s);
            !r)
            return r;
    }
    // Version 8: the rows the window edits in place (annotations, review items) carry a version
    // that every edit checks and raises, and who made the last change, so that of two people
    // editing one row the second is told instead of overwriting the first (docs/postgresql.md,
    // "No lost update"). Existing rows start at 1, changed by nobody known.
    if (fromVersion < 8 && targetVersion >= 8) {
        for (const QString &table : {u"annotation"_s, u"review_item"_s}) {
            if (auto r = execAll(db,
                    {u"ALTER TABLE %1 ADD COLUMN version INTEGER NOT NULL DEFAULT 1"_s.arg(table),
                        u"ALTER TABLE %1 ADD COLUMN changed_by TEXT NOT NULL DEFAULT ''"_s.arg(
                            table)});
                !r)
                return r;
        }
    }
    // Version 9 changes nothing in a file: on a server, the triggers that make a review item's
    // verdict its reviewer's and the curated layer's curator the writing role (pgschema.cpp).
    // A file has one writer, whose name the session sets.
    // Version 10: the index of annotations by entity also holds their kind and status, so
    // that counting an entity's mentions (the Entities panel lists every entity of a story with
    // its count) reads the index alone, not every annotation row (docs/performance.md,
    // 2026-12-04). It still serves the look-ups by entity the old one did.
    if (fromVersion < 10 && targetVersion >= 10) {
        if (auto r = execAll(db, entityCountIndex()); !r)
            return r;
    }
    // Version 11: what the entity model learned, by article (docs/learning.md): each article's
    // contribution is made again from its decisions whenever they change, undo included, so
    // that undoing a decision also takes back what was learned from it. A project's earlier
    // single delta stays in entity_model as the base.
    if (fromVersion < 11 && targetVersion >= 11) {
        if (auto r = Sql::exec(db,
                u"CREATE TABLE entity_contribution ("
                "  article_id INTEGER PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,"
                "  delta BLOB,"
                "  decisions INTEGER NOT NULL DEFAULT 0,"
                "  fingerprint TEXT NOT NULL DEFAULT '',"
                "  modified TEXT NOT NULL DEFAULT '')"_s);
            !r)
            return r;
    }
    // Version 12: the index of annotations by article also holds their parent, so that the
    // Annotations panel counts a story's top-level rows article by article from the index alone
    // (2.1 M rows of a 100,000-article story in 0.2 s instead of 0.8 s; docs/performance.md,
    // 2026-12-04, night). It still serves the look-ups by article (and kind) the old one did.
    // The manual annotations get an index of their own, for the story's analysts read at every
    // reload of the docks (0.3 s over every annotation of that story before, 3 ms after).
    if (fromVersion < 12 && targetVersion >= 12) {
        if (auto r = execAll(db, panelIndexes()); !r)
            return r;
    }
    // Version 13: the library's listing (every article's title, outlet, date, language and
    // length, in date order) reads one index instead of every article row, whose word count
    // comes after the body and so after the body's overflow pages (100,000 articles: 0.20 s ->
    // 0.04 s in sqlite3; docs/performance.md, 2026-12-07). A server keeps long text apart from
    // its rows (TOAST) and gets no such index: a btree entry there has a size limit a long title
    // could pass.
    if (fromVersion < 13 && targetVersion >= 13) {
        if (auto r = execAll(db, libraryIndex()); !r)
            return r;
    }
    // Later steps go here as: if (fromVersion < N && targetVersion >= N) { ... }
    // (and in storage/pgschema.cpp for servers).

    if (auto r = setStoredVersion(db, targetVersion); !r)
        return r;
    return transaction.commit();
}

Result<void> migrate(QSqlDatabase &db, int fromVersion)
{
    return migrateTo(db, fromVersion, kCurrentVersion);
}

} // namespace Parallax::Schema
