// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/pgschema.h"

#include "storage/schema.h"
#include "storage/sql.h"

#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Parallax::PgSchema {
namespace {

// The tables whose id the database assigns. SQLite fills in an id given as NULL, and the stores
// rely on that ("a new row" is id NULL); a sequence's default does not, so a trigger does.
const QStringList kIdTables {u"story"_s, u"article"_s, u"entity"_s, u"tag"_s, u"annotation"_s,
    u"alignment"_s, u"alignment_difference"_s, u"review_item"_s, u"coverage_entity"_s,
    u"coverage_speaker"_s, u"curated_annotation"_s};

const QString kId = u"  id BIGSERIAL PRIMARY KEY,"_s;
const QString kSpan = u"  start_offset INTEGER NOT NULL,"
                      "  end_offset INTEGER NOT NULL,"
                      "  exact TEXT NOT NULL DEFAULT '',"
                      "  prefix TEXT NOT NULL DEFAULT '',"
                      "  suffix TEXT NOT NULL DEFAULT '',"
                      "  CHECK (start_offset >= 0 AND end_offset >= start_offset),"_s;

// Version 7, as storage/schema.cpp builds it step by step; ids and the columns naming them are
// BIGINT, SQLite's REAL is DOUBLE PRECISION. The search column replaces SQLite's FTS5 table.
QStringList tables()
{
    return {
        u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
        u"CREATE TABLE story ("_s + kId
            + u"  name TEXT NOT NULL UNIQUE,"
              "  description TEXT NOT NULL DEFAULT '',"
              "  created TEXT NOT NULL)"_s,
        // Titles weigh A, bodies B: ts_rank's weights then count a title five times (searchindex).
        u"CREATE TABLE article ("_s + kId
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
              "  imported_at TEXT NOT NULL,"
              "  search tsvector GENERATED ALWAYS AS ("
              "    setweight(to_tsvector('parallax_search', title), 'A')"
              "    || setweight(to_tsvector('parallax_search', body), 'B')) STORED)"_s,
        u"CREATE INDEX article_search ON article USING GIN (search)"_s,
        u"CREATE TABLE story_article ("
        "  story_id BIGINT NOT NULL REFERENCES story(id) ON DELETE CASCADE,"
        "  article_id BIGINT NOT NULL REFERENCES article(id) ON DELETE CASCADE,"
        "  position INTEGER NOT NULL DEFAULT 0,"
        "  PRIMARY KEY (story_id, article_id))"_s,
        u"CREATE INDEX story_article_article ON story_article(article_id)"_s,
        u"CREATE INDEX story_article_position ON story_article(story_id, position)"_s,
        u"CREATE TABLE entity ("_s + kId
            + u"  story_id BIGINT REFERENCES story(id) ON DELETE CASCADE,"
              "  name TEXT NOT NULL,"
              "  type TEXT NOT NULL,"
              "  created TEXT NOT NULL,"
              "  modified TEXT NOT NULL)"_s,
        u"CREATE INDEX entity_story ON entity(story_id, type, name)"_s,
        u"CREATE TABLE entity_alias ("
        "  entity_id BIGINT NOT NULL REFERENCES entity(id) ON DELETE CASCADE,"
        "  alias TEXT NOT NULL,"
        "  PRIMARY KEY (entity_id, alias))"_s,
        u"CREATE TABLE tag ("_s + kId
            + u"  parent_id BIGINT REFERENCES tag(id) ON DELETE CASCADE,"
              "  name TEXT NOT NULL,"
              "  color TEXT NOT NULL DEFAULT '#808080',"
              "  description TEXT NOT NULL DEFAULT '',"
              "  shortcut TEXT NOT NULL DEFAULT '',"
              "  position INTEGER NOT NULL DEFAULT 0)"_s,
        u"CREATE TABLE annotation ("_s + kId
            + u"  article_id BIGINT NOT NULL REFERENCES article(id) ON DELETE CASCADE,"
              "  parent_id BIGINT REFERENCES annotation(id) ON DELETE CASCADE,"
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
              "  confidence DOUBLE PRECISION NOT NULL DEFAULT 1.0,"
              "  status TEXT NOT NULL,"
              "  note TEXT NOT NULL DEFAULT '',"
              "  entity_id BIGINT REFERENCES entity(id) ON DELETE SET NULL,"
              "  tag_id BIGINT REFERENCES tag(id) ON DELETE SET NULL,"
              "  anchor TEXT NOT NULL DEFAULT 'ok',"
              "  created TEXT NOT NULL,"
              "  modified TEXT NOT NULL,"
              "  value TEXT NOT NULL DEFAULT '',"
              "  CHECK (start_offset >= 0 AND end_offset >= start_offset))"_s,
        u"CREATE INDEX annotation_article ON annotation(article_id, kind)"_s,
        u"CREATE INDEX annotation_entity ON annotation(entity_id)"_s,
        u"CREATE INDEX annotation_parent ON annotation(parent_id)"_s,
        u"CREATE INDEX annotation_tag ON annotation(tag_id)"_s,
        u"CREATE TABLE comparison ("
        "  story_id BIGINT PRIMARY KEY REFERENCES story(id) ON DELETE CASCADE,"
        "  computed TEXT NOT NULL,"
        "  comparer_version TEXT NOT NULL DEFAULT '')"_s,
        u"CREATE TABLE comparison_article ("
        "  story_id BIGINT NOT NULL REFERENCES comparison(story_id) ON DELETE CASCADE,"
        "  article_id BIGINT NOT NULL REFERENCES article(id) ON DELETE CASCADE,"
        "  position INTEGER NOT NULL,"
        "  PRIMARY KEY (story_id, article_id))"_s,
        u"CREATE INDEX comparison_article_article ON comparison_article(article_id)"_s,
        u"CREATE TABLE alignment ("_s + kId
            + u"  story_id BIGINT NOT NULL REFERENCES comparison(story_id) ON DELETE CASCADE,"
              "  position INTEGER NOT NULL,"
              "  kind TEXT NOT NULL,"
              "  similarity DOUBLE PRECISION NOT NULL DEFAULT 0)"_s,
        u"CREATE INDEX alignment_story ON alignment(story_id, position)"_s,
        u"CREATE TABLE alignment_member ("
        "  alignment_id BIGINT NOT NULL REFERENCES alignment(id) ON DELETE CASCADE,"
        "  position INTEGER NOT NULL,"
        "  article_id BIGINT NOT NULL REFERENCES article(id) ON DELETE CASCADE,"_s
            + kSpan + u"  PRIMARY KEY (alignment_id, position))"_s,
        u"CREATE INDEX alignment_member_article ON alignment_member(article_id)"_s,
        u"CREATE TABLE alignment_difference ("_s + kId
            + u"  alignment_id BIGINT NOT NULL REFERENCES alignment(id) ON DELETE CASCADE,"
              "  position INTEGER NOT NULL,"
              "  kind TEXT NOT NULL)"_s,
        u"CREATE INDEX alignment_difference_alignment ON alignment_difference(alignment_id)"_s,
        u"CREATE TABLE difference_span ("
        "  difference_id BIGINT NOT NULL REFERENCES alignment_difference(id) ON DELETE CASCADE,"
        "  position INTEGER NOT NULL,"
        "  article_id BIGINT NOT NULL REFERENCES article(id) ON DELETE CASCADE,"
        "  text TEXT NOT NULL DEFAULT '',"_s
            + kSpan + u"  PRIMARY KEY (difference_id, position))"_s,
        u"CREATE INDEX difference_span_article ON difference_span(article_id)"_s,
        u"CREATE TABLE review_item ("_s + kId
            + u"  story_id BIGINT NOT NULL REFERENCES story(id) ON DELETE CASCADE,"
              "  alignment_id BIGINT REFERENCES alignment(id) ON DELETE SET NULL,"
              "  position INTEGER NOT NULL DEFAULT 0,"
              "  kind TEXT NOT NULL,"
              "  fingerprint TEXT NOT NULL,"
              "  status TEXT NOT NULL DEFAULT 'open',"
              "  tag_id BIGINT REFERENCES tag(id) ON DELETE SET NULL,"
              "  note TEXT NOT NULL DEFAULT '',"
              "  analyst TEXT NOT NULL DEFAULT '',"
              "  modified TEXT NOT NULL DEFAULT '',"
              "  stale INTEGER NOT NULL DEFAULT 0,"
              "  UNIQUE (story_id, fingerprint))"_s,
        u"CREATE INDEX review_item_alignment ON review_item(alignment_id)"_s,
        u"CREATE INDEX review_item_tag ON review_item(tag_id)"_s,
        u"CREATE TABLE review_item_span ("
        "  item_id BIGINT NOT NULL REFERENCES review_item(id) ON DELETE CASCADE,"
        "  role TEXT NOT NULL,"
        "  position INTEGER NOT NULL,"
        "  article_id BIGINT NOT NULL REFERENCES article(id) ON DELETE CASCADE,"
        "  text TEXT NOT NULL DEFAULT '',"_s
            + kSpan + u"  PRIMARY KEY (item_id, role, position))"_s,
        u"CREATE INDEX review_item_span_article ON review_item_span(article_id)"_s,
        u"CREATE TABLE coverage_entity ("_s + kId
            + u"  story_id BIGINT NOT NULL REFERENCES comparison(story_id) ON DELETE CASCADE,"
              "  position INTEGER NOT NULL,"
              "  name TEXT NOT NULL,"
              "  type TEXT NOT NULL)"_s,
        u"CREATE INDEX coverage_entity_story ON coverage_entity(story_id, position)"_s,
        u"CREATE TABLE coverage_entity_article ("
        "  coverage_id BIGINT NOT NULL REFERENCES coverage_entity(id) ON DELETE CASCADE,"
        "  article_id BIGINT NOT NULL REFERENCES article(id) ON DELETE CASCADE,"
        "  mentions INTEGER NOT NULL,"
        "  PRIMARY KEY (coverage_id, article_id))"_s,
        u"CREATE TABLE coverage_speaker ("_s + kId
            + u"  story_id BIGINT NOT NULL REFERENCES comparison(story_id) ON DELETE CASCADE,"
              "  position INTEGER NOT NULL,"
              "  name TEXT NOT NULL,"
              "  entity_id BIGINT REFERENCES entity(id) ON DELETE SET NULL)"_s,
        u"CREATE INDEX coverage_speaker_story ON coverage_speaker(story_id, position)"_s,
        u"CREATE TABLE coverage_speaker_article ("
        "  coverage_id BIGINT NOT NULL REFERENCES coverage_speaker(id) ON DELETE CASCADE,"
        "  article_id BIGINT NOT NULL REFERENCES article(id) ON DELETE CASCADE,"
        "  quotes INTEGER NOT NULL,"
        "  words INTEGER NOT NULL,"
        "  PRIMARY KEY (coverage_id, article_id))"_s,
        u"CREATE TABLE curated_annotation ("_s + kId
            + u"  article_id BIGINT NOT NULL REFERENCES article(id) ON DELETE CASCADE,"
              "  kind TEXT NOT NULL,"
              "  label TEXT NOT NULL DEFAULT '',"
              "  start_offset INTEGER NOT NULL,"
              "  end_offset INTEGER NOT NULL,"
              "  exact TEXT NOT NULL DEFAULT '',"
              "  prefix TEXT NOT NULL DEFAULT '',"
              "  suffix TEXT NOT NULL DEFAULT '',"
              "  entity_id BIGINT REFERENCES entity(id) ON DELETE SET NULL,"
              "  tag_id BIGINT REFERENCES tag(id) ON DELETE SET NULL,"
              "  source_id BIGINT REFERENCES annotation(id) ON DELETE SET NULL,"
              "  source_analyst TEXT NOT NULL DEFAULT '',"
              "  curator TEXT NOT NULL DEFAULT '',"
              "  modified TEXT NOT NULL,"
              "  CHECK (start_offset >= 0 AND end_offset >= start_offset))"_s,
        u"CREATE INDEX curated_annotation_article ON curated_annotation(article_id, start_offset)"_s,
        u"CREATE INDEX curated_annotation_source ON curated_annotation(source_id)"_s,
        // The project's layer of the entity model (schema version 7; docs/learning.md).
        u"CREATE TABLE entity_model ("
        "  id BIGINT PRIMARY KEY CHECK (id = 1),"
        "  delta BYTEA,"
        "  corrections INTEGER NOT NULL DEFAULT 0,"
        "  modified TEXT NOT NULL DEFAULT '')"_s,
    };
}

Result<void> execAll(QSqlDatabase &db, const QStringList &statements)
{
    for (const QString &statement : statements) {
        if (auto r = Sql::exec(db, statement); !r)
            return r;
    }
    return {};
}

} // namespace

Result<int> storedVersion(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT count(*), count(*) FILTER (WHERE tablename = 'meta')"
                    " FROM pg_catalog.pg_tables WHERE schemaname = current_schema()"_s)
        || !query.next())
        return Error {Sql::describe(query)};
    const int tables = query.value(0).toInt();
    const bool hasMeta = query.value(1).toInt() > 0;
    if (tables == 0)
        return 0;
    const QString notAProject = u"the database holds other tables; it is not a Parallax project"_s;
    if (!hasMeta)
        return Error {notAProject};
    query.finish();
    return Schema::versionInMeta(db, notAProject);
}

namespace {

// Format 7, the first on a server: what storage/schema.cpp builds step by step up to 7.
QStringList version7()
{
    // Searching "zurich" finds "Zürich", as FTS5's remove_diacritics does for file projects;
    // unaccent is a trusted extension, so the database's owner may create it.
    QStringList statements {
        u"SET LOCAL client_min_messages = warning"_s,
        u"CREATE EXTENSION IF NOT EXISTS unaccent"_s,
        u"CREATE TEXT SEARCH CONFIGURATION parallax_search (COPY = simple)"_s,
        u"ALTER TEXT SEARCH CONFIGURATION parallax_search"
        " ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple"_s,
        u"CREATE FUNCTION parallax_fill_id() RETURNS trigger LANGUAGE plpgsql AS $$"
        " BEGIN"
        "  IF NEW.id IS NULL THEN"
        "   NEW.id := nextval(pg_get_serial_sequence(format('%I.%I', TG_TABLE_SCHEMA, "
        "TG_TABLE_NAME), 'id'));"
        "  END IF;"
        "  RETURN NEW;"
        " END $$"_s,
    };
    statements += tables();
    // An annotation's author is the role that wrote it, whatever the client sends, and stays
    // so when a curator changes it; only the owner (the administrator, who copies projects in
    // with their authors) writes the column as given. Policies on it: storage/accounts.cpp.
    statements += {
        u"CREATE FUNCTION parallax_annotation_author() RETURNS trigger LANGUAGE plpgsql AS $$"
        " BEGIN"
        "  IF current_user <> (SELECT r.rolname FROM pg_class c"
        "                      JOIN pg_roles r ON r.oid = c.relowner WHERE c.oid = TG_RELID) THEN"
        "   IF TG_OP = 'INSERT' THEN NEW.analyst := current_user;"
        "   ELSE NEW.analyst := OLD.analyst; END IF;"
        "  END IF;"
        "  RETURN NEW;"
        " END $$"_s,
        u"CREATE TRIGGER annotation_author BEFORE INSERT OR UPDATE ON annotation"
        " FOR EACH ROW EXECUTE FUNCTION parallax_annotation_author()"_s,
    };
    for (const QString &table : kIdTables)
        statements.append(u"CREATE TRIGGER %1_fill_id BEFORE INSERT ON %1"
                          " FOR EACH ROW EXECUTE FUNCTION parallax_fill_id()"_s.arg(table));
    // A number that every writing statement raises, for PostgresBackend::dataVersion(): what
    // PRAGMA data_version is on SQLite. Raised by the owner's function, so that roles which may
    // write rows need no right on the counter; a trigger function cannot be called otherwise.
    statements += {
        u"CREATE TABLE change_counter (value BIGINT NOT NULL)"_s,
        u"INSERT INTO change_counter VALUES (0)"_s,
        u"CREATE FUNCTION parallax_count_change() RETURNS trigger LANGUAGE plpgsql"
        " SECURITY DEFINER SET search_path FROM CURRENT AS $$"
        " BEGIN UPDATE change_counter SET value = value + 1; RETURN NULL; END $$"_s,
        u"DO $$ DECLARE t text; BEGIN"
        " FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
        "   AND tablename <> 'change_counter' LOOP"
        "  EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I"
        " FOR EACH STATEMENT EXECUTE FUNCTION parallax_count_change()', t || '_changes', t);"
        " END LOOP; END $$"_s,
    };
    statements += {
        u"INSERT INTO meta(key, value) VALUES ('application', 'parallax')"_s,
        u"INSERT INTO meta(key, value) VALUES ('schema_version', '7')"_s,
    };
    return statements;
}

// Format 8: every commit notifies the windows (LISTEN/NOTIFY, with the writer's backend pid, so
// that a window can leave out its own), and the rows the window edits in place carry a version
// that each edit checks and raises, with who made the last change (docs/postgresql.md, "No lost
// update"). changed_by is the writing role, as an annotation's author is; the owner writes it as
// given (a copied project keeps its names).
QStringList version8()
{
    QStringList statements {
        u"CREATE OR REPLACE FUNCTION parallax_count_change() RETURNS trigger LANGUAGE plpgsql"
        " SECURITY DEFINER SET search_path FROM CURRENT AS $$"
        " BEGIN"
        "  UPDATE change_counter SET value = value + 1;"
        "  PERFORM pg_notify('%1', pg_backend_pid()::text);"
        "  RETURN NULL;"
        " END $$"_s.arg(kChangeChannel),
        u"CREATE FUNCTION parallax_changed_by() RETURNS trigger LANGUAGE plpgsql AS $$"
        " BEGIN"
        "  IF current_user <> (SELECT r.rolname FROM pg_class c"
        "                      JOIN pg_roles r ON r.oid = c.relowner WHERE c.oid = TG_RELID) THEN"
        "   NEW.changed_by := current_user;"
        "  END IF;"
        "  RETURN NEW;"
        " END $$"_s,
    };
    // Annotating again removes the entities no annotation names any more; deleting entities is
    // otherwise a curator's (merging them), so an analyst's job deletes through the owner's
    // function, which deletes nothing else. Given to the analysts and curators
    // (storage/accounts.cpp), and here to a project's groups made before format 8.
    statements += {
        u"CREATE FUNCTION parallax_remove_unused_entities(in_story BIGINT, in_ids BIGINT[])"
        " RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$"
        " BEGIN"
        "  DELETE FROM entity WHERE"
        "   (CASE WHEN in_ids IS NULL THEN story_id IS NOT DISTINCT FROM in_story"
        "    ELSE id = ANY (in_ids) END)"
        "   AND NOT EXISTS (SELECT 1 FROM annotation WHERE annotation.entity_id = entity.id);"
        " END $$"_s,
        u"REVOKE EXECUTE ON FUNCTION parallax_remove_unused_entities(BIGINT, BIGINT[])"
        " FROM PUBLIC"_s,
        u"DO $$ DECLARE g text; BEGIN"
        " FOREACH g IN ARRAY ARRAY['analyst', 'curator'] LOOP"
        "  IF EXISTS (SELECT 1 FROM pg_roles"
        "             WHERE rolname = 'parallax_' || current_database() || '_' || g) THEN"
        "   EXECUTE format('GRANT EXECUTE ON FUNCTION parallax_remove_unused_entities(BIGINT,"
        " BIGINT[]) TO %I', 'parallax_' || current_database() || '_' || g);"
        "  END IF;"
        " END LOOP; END $$"_s,
    };
    for (const QString &table : {u"annotation"_s, u"review_item"_s}) {
        statements += {
            u"ALTER TABLE %1 ADD COLUMN version INTEGER NOT NULL DEFAULT 1,"
            " ADD COLUMN changed_by TEXT NOT NULL DEFAULT ''"_s.arg(table),
            u"CREATE TRIGGER %1_changed_by BEFORE INSERT OR UPDATE ON %1"
            " FOR EACH ROW EXECUTE FUNCTION parallax_changed_by()"_s.arg(table),
        };
    }
    return statements;
}

// Format 9: who owns a review item's verdict and a curated annotation is the server's to say,
// as an annotation's author is (docs/postgresql.md, "Accounts and roles"). A review item is its
// reviewer's once she set its status, code or note (review_item.analyst, the writing role, not
// what the client sends): an analyst changes the verdict of an item no one reviewed yet or her
// own, and removes no one else's; a curator (or the owner) any. Comparing again moves everyone's
// items (position, alignment, staleness), so this is a trigger on the verdict's columns, not a
// row policy, which could only hide whole rows: and it refuses (42501) rather than hides, so
// the window says so. The curated layer's curator is the writing role.
QStringList version9()
{
    const QString owner = u"(SELECT r.rolname FROM pg_class c"
                          " JOIN pg_roles r ON r.oid = c.relowner WHERE c.oid = TG_RELID)"_s;
    return {
        u"CREATE FUNCTION parallax_review_owner() RETURNS trigger LANGUAGE plpgsql AS $$"
        " DECLARE"
        "  curators text := 'parallax_' || current_database() || '_curator';"
        "  verdict_changed boolean;"
        " BEGIN"
        "  IF current_user = %1 THEN"
        "   IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;"
        "   RETURN NEW;"
        "  END IF;"
        "  IF TG_OP = 'INSERT' THEN"
        "   NEW.analyst := CASE WHEN NEW.status = 'open' AND NEW.note = '' AND NEW.tag_id IS NULL"
        "                  THEN '' ELSE current_user END;"
        "   RETURN NEW;"
        "  END IF;"
        "  IF TG_OP = 'DELETE' THEN"
        "   verdict_changed := OLD.status <> 'open' OR OLD.note <> '' OR OLD.tag_id IS NOT NULL;"
        "  ELSE"
        "   verdict_changed := (NEW.status, NEW.note, NEW.tag_id)"
        "                      IS DISTINCT FROM (OLD.status, OLD.note, OLD.tag_id);"
        "  END IF;"
        "  IF verdict_changed AND OLD.analyst NOT IN ('', current_user)"
        "     AND NOT (EXISTS (SELECT 1 FROM pg_roles WHERE rolname = curators)"
        "              AND pg_has_role(current_user, curators, 'MEMBER')) THEN"
        "   RAISE EXCEPTION 'permission denied: review item % is %''s review; only a curator"
        " changes another''s', OLD.id, OLD.analyst USING ERRCODE = 'insufficient_privilege';"
        "  END IF;"
        "  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;"
        "  NEW.analyst := CASE WHEN verdict_changed THEN current_user ELSE OLD.analyst END;"
        "  RETURN NEW;"
        " END $$"_s.arg(owner),
        u"CREATE TRIGGER review_item_owner BEFORE INSERT OR UPDATE OR DELETE ON review_item"
        " FOR EACH ROW EXECUTE FUNCTION parallax_review_owner()"_s,
        u"CREATE FUNCTION parallax_curated_by() RETURNS trigger LANGUAGE plpgsql AS $$"
        " BEGIN"
        "  IF current_user <> %1 THEN NEW.curator := current_user; END IF;"
        "  RETURN NEW;"
        " END $$"_s.arg(owner),
        u"CREATE TRIGGER curated_annotation_curator BEFORE INSERT OR UPDATE ON curated_annotation"
        " FOR EACH ROW EXECUTE FUNCTION parallax_curated_by()"_s,
    };
}

// Format 11: what the entity model learned, by article (storage/schema.cpp says why). Analysts
// write it as they write entity_model; a server of an earlier format has its groups already
// (storage/accounts.cpp grants the rights to new ones).
QStringList version11()
{
    return {
        u"CREATE TABLE entity_contribution ("
        "  article_id BIGINT PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,"
        "  delta BYTEA,"
        "  decisions INTEGER NOT NULL DEFAULT 0,"
        "  fingerprint TEXT NOT NULL DEFAULT '',"
        "  modified TEXT NOT NULL DEFAULT '')"_s,
        u"CREATE TRIGGER entity_contribution_changes AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE"
        " ON entity_contribution FOR EACH STATEMENT EXECUTE FUNCTION parallax_count_change()"_s,
        u"DO $$ DECLARE g text; BEGIN"
        " FOREACH g IN ARRAY ARRAY['viewer', 'analyst', 'curator'] LOOP"
        "  IF EXISTS (SELECT 1 FROM pg_roles"
        "             WHERE rolname = 'parallax_' || current_database() || '_' || g) THEN"
        "   EXECUTE format('GRANT SELECT ON entity_contribution TO %I',"
        "                  'parallax_' || current_database() || '_' || g);"
        "   IF g <> 'viewer' THEN"
        "    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON entity_contribution TO %I',"
        "                   'parallax_' || current_database() || '_' || g);"
        "   END IF;"
        "  END IF;"
        " END LOOP; END $$"_s,
    };
}

// The steps after format 7, each as its own function above.
Result<void> upgradeSteps(QSqlDatabase &db, int fromVersion, int toVersion)
{
    if (fromVersion < 8 && toVersion >= 8) {
        if (auto r = execAll(db, version8()); !r)
            return r;
    }
    if (fromVersion < 9 && toVersion >= 9) {
        if (auto r = execAll(db, version9()); !r)
            return r;
    }
    if (fromVersion < 10 && toVersion >= 10) {
        if (auto r = execAll(db, Schema::entityCountIndex()); !r)
            return r;
    }
    if (fromVersion < 11 && toVersion >= 11) {
        if (auto r = execAll(db, version11()); !r)
            return r;
    }
    if (fromVersion < 12 && toVersion >= 12) {
        if (auto r = execAll(db, Schema::panelIndexes()); !r)
            return r;
    }
    // Version 13 adds the library's index to a file only (storage/schema.cpp): nothing here.
    // Later steps go here, as in storage/schema.cpp.
    return Sql::exec(
        db, u"UPDATE meta SET value = '%1' WHERE key = 'schema_version'"_s.arg(toVersion));
}

} // namespace

Result<void> create(QSqlDatabase &db, int version)
{
    if (version < 7 || version > Schema::kCurrentVersion)
        return Error {u"no server project of format %1 (servers start at format 7)"_s.arg(version)};
    Sql::Transaction transaction(db);
    if (!transaction.isActive())
        return Error {transaction.error()};
    if (auto r = execAll(db, version7()); !r)
        return r;
    if (auto r = upgradeSteps(db, 7, version); !r)
        return r;
    return transaction.commit();
}

Result<void> upgrade(QSqlDatabase &db, int fromVersion, int toVersion)
{
    if (fromVersion < 7 || fromVersion > toVersion || toVersion > Schema::kCurrentVersion)
        return Error {u"no upgrade of a server project from format %1 to %2"_s.arg(fromVersion)
                          .arg(toVersion)};
    Sql::Transaction transaction(db);
    if (!transaction.isActive())
        return Error {transaction.error()};
    if (auto r = Sql::exec(db, u"SET LOCAL client_min_messages = warning"_s); !r)
        return r;
    if (auto r = upgradeSteps(db, fromVersion, toVersion); !r)
        return r;
    return transaction.commit();
}

} // namespace Parallax::PgSchema
