// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/quotespeaker.h"
#include "storage/annotationstore.h"
#include "storage/comparisonstore.h"
#include "storage/connection.h"
#include "storage/project.h"
#include "storage/schema.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace {

QByteArray fingerprint(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QString pragma(QSqlDatabase &db, const QString &name)
{
    QSqlQuery query(db);
    query.exec(u"PRAGMA "_s + name);
    return query.next() ? query.value(0).toString() : QString();
}

// Writes an SQLite file through a throwaway connection.
void writeSqlite(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"writer"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const QString &statement : statements)
            QVERIFY2(query.exec(statement), qPrintable(statement));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"writer"_s);
}

} // namespace

class TestProject : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }
    void createsCurrentSchema();
    void createRefusesExistingFile();
    void createInMissingFolderFails();
    void reopens();
    void refusals_data();
    void refusals();
    void newerVersionIsRefusedUntouched();
    void damagedFileIsRefusedUntouched();
    void readOnlyFileOpensReadOnly();
    void migrationStepsAreTransactional();
    void foreignKeysCascade();
    void upgradesVersion1Project();
    void upgradesVersion2Project();
    void upgradesVersion7Project();
    void upgradesVersion3QuoteSpeakers();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestProject::createsCurrentSchema()
{
    auto project = Project::create(path(u"new.parallax"_s));
    QVERIFY2(project.ok(), qPrintable(project.error()));
    QSqlDatabase &db = Storage::connection(*project.value());
    QCOMPARE(Schema::storedVersion(db).value(), Schema::kCurrentVersion);
    QCOMPARE(pragma(db, u"user_version"_s).toInt(), Schema::kCurrentVersion);
    QCOMPARE(pragma(db, u"application_id"_s).toInt(), Schema::kApplicationId);
    QCOMPARE(pragma(db, u"journal_mode"_s), u"wal"_s);
    QCOMPARE(pragma(db, u"foreign_keys"_s), u"1"_s);
    const QStringList tables = db.tables();
    for (const char *table : {"story", "article", "story_article", "annotation", "entity",
             "entity_alias", "tag", "meta", "article_fts"})
        QVERIFY2(tables.contains(QString::fromLatin1(table)), table);
    // The library lists every article from one index (format 13), not from the article rows.
    QSqlQuery plan(db);
    QVERIFY(plan.exec(u"EXPLAIN QUERY PLAN SELECT id, title, outlet, published, language,"
                      " word_count FROM article ORDER BY published, id"_s));
    QVERIFY(plan.next());
    QVERIFY2(plan.value(3).toString().contains(u"COVERING INDEX article_listing"_s),
        qPrintable(plan.value(3).toString()));
    QVERIFY(!QFile::exists(path(u"new.parallax.creating"_s)));
}

void TestProject::createRefusesExistingFile()
{
    const QString file = path(u"notes.parallax"_s);
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("my precious notes");
    f.close();
    auto project = Project::create(file);
    QVERIFY(!project.ok());
    QVERIFY(project.error().contains(u"notes.parallax"_s));
    QVERIFY(project.error().contains(u"already exists"_s));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("my precious notes"));
}

void TestProject::createInMissingFolderFails()
{
    auto project = Project::create(path(u"no/such/folder/x.parallax"_s));
    QVERIFY(!project.ok());
    QVERIFY(project.error().contains(u"does not exist"_s));
}

void TestProject::reopens()
{
    const QString file = path(u"again.parallax"_s);
    QVERIFY(Project::create(file).ok());
    auto project = Project::open(file);
    QVERIFY2(project.ok(), qPrintable(project.error()));
    QVERIFY(!project.value()->isReadOnly());
    QCOMPARE(Schema::storedVersion(Storage::connection(*project.value())).value(),
        Schema::kCurrentVersion);
}

void TestProject::refusals_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QByteArray() << u"empty"_s;
    QTest::newRow("text") << QByteArray("Title: not a project\n\nJust words.\n")
                          << u"not an SQLite database"_s;
    QTest::newRow("pdf") << QByteArray("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
                         << u"not an SQLite database"_s;
    QTest::newRow("short sqlite header")
        << QByteArray("SQLite format 3\0", 16) << u"not an SQLite database"_s;
}

void TestProject::refusals()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    const QString file = path(u"bad.parallax"_s);
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(content);
    f.close();
    auto project = Project::open(file);
    QVERIFY(!project.ok());
    QVERIFY2(project.error().contains(reason), qPrintable(project.error()));
    QVERIFY(project.error().contains(u"bad.parallax"_s));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), content);
}

void TestProject::newerVersionIsRefusedUntouched()
{
    const QString file = path(u"future.parallax"_s);
    QVERIFY(Project::create(file).ok());
    writeSqlite(file,
        {u"UPDATE meta SET value = '99' WHERE key = 'schema_version'"_s,
            u"PRAGMA user_version = 99"_s, u"PRAGMA journal_mode = DELETE"_s});
    const QByteArray before = fingerprint(file);
    auto project = Project::open(file);
    QVERIFY(!project.ok());
    QVERIFY2(project.error().contains(u"newer version of Parallax"_s), qPrintable(project.error()));
    QVERIFY(project.error().contains(u"99"_s));
    QCOMPARE(fingerprint(file), before);

    // A newer file whose header was not yet updated is caught by the stored version too.
    writeSqlite(file, {u"PRAGMA user_version = 1"_s});
    auto again = Project::open(file);
    QVERIFY(!again.ok());
    QVERIFY(again.error().contains(u"newer version of Parallax"_s));

    // Another application's SQLite database.
    const QString other = path(u"other.sqlite"_s);
    writeSqlite(other, {u"CREATE TABLE songs (title TEXT)"_s});
    const QByteArray otherBefore = fingerprint(other);
    auto foreign = Project::open(other);
    QVERIFY(!foreign.ok());
    QVERIFY2(foreign.error().contains(u"not a Parallax project"_s), qPrintable(foreign.error()));
    QCOMPARE(fingerprint(other), otherBefore);
}

void TestProject::damagedFileIsRefusedUntouched()
{
    const QString file = path(u"damaged.parallax"_s);
    QVERIFY(Project::create(file).ok());
    writeSqlite(file, {u"PRAGMA journal_mode = DELETE"_s});
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QByteArray bytes = f.readAll();
    QVERIFY(bytes.size() > 4096);
    // Keep the header, scramble the schema page.
    for (qsizetype i = 100; i < 4096; ++i)
        bytes[i] = char(0xA5);
    f.seek(0);
    f.write(bytes);
    f.close();
    const QByteArray before = fingerprint(file);
    auto project = Project::open(file);
    QVERIFY(!project.ok());
    QVERIFY2(project.error().contains(u"damaged"_s), qPrintable(project.error()));
    QCOMPARE(fingerprint(file), before);
}

void TestProject::readOnlyFileOpensReadOnly()
{
    const QString file = path(u"locked.parallax"_s);
    QVERIFY(Project::create(file).ok());
    QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    auto project = Project::open(file);
    QVERIFY2(project.ok(), qPrintable(project.error()));
    // root can write anywhere, so only the explicit request is checked there.
    auto explicitly = Project::open(file, Project::Access::ReadOnly);
    QVERIFY(explicitly.ok());
    QVERIFY(explicitly.value()->isReadOnly());
    QSqlQuery query(Storage::connection(*explicitly.value()));
    QVERIFY(!query.exec(u"INSERT INTO story (name, created) VALUES ('x', 'now')"_s));
    QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestProject::migrationStepsAreTransactional()
{
    const QString file = path(u"steps.parallax"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"steps"_s);
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QCOMPARE(Schema::storedVersion(db).value(), 0);
        // A step that fails half-way leaves nothing behind: occupy a name version 1 creates.
        QSqlQuery query(db);
        QVERIFY(query.exec(u"CREATE TABLE annotation (x INTEGER)"_s));
        QVERIFY(!Schema::migrateTo(db, 0, 1).ok());
        QVERIFY(!db.tables().contains(u"story"_s));
        QCOMPARE(Schema::storedVersion(db).value(), 0);
        QVERIFY(query.exec(u"DROP TABLE annotation"_s));
        // Each step in turn, up to the current version.
        for (int version = 1; version <= Schema::kCurrentVersion; ++version) {
            const auto r = Schema::migrateTo(db, version - 1, version);
            QVERIFY2(r.ok(), qPrintable(r.error()));
            QCOMPARE(Schema::storedVersion(db).value(), version);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"steps"_s);
    QVERIFY(Project::open(file).ok());
}

void TestProject::foreignKeysCascade()
{
    auto project = Project::create(path(u"fk.parallax"_s));
    QVERIFY(project.ok());
    QSqlQuery query(Storage::connection(*project.value()));
    QVERIFY(query.exec(
        u"INSERT INTO article (id, body, content_hash, imported_at) VALUES (1, 'x', 'h', 'now')"_s));
    QVERIFY(query.exec(
        u"INSERT INTO annotation (article_id, kind, start_offset, end_offset, exact, origin, "
        u"status,"
        " created, modified) VALUES (1, 'note', 0, 1, 'x', 'manual', 'accepted', 'now', 'now')"_s));
    QVERIFY(!query.exec(
        u"INSERT INTO annotation (article_id, kind, start_offset, end_offset, exact, origin, "
        u"status,"
        " created, modified) VALUES (7, 'note', 0, 1, 'x', 'manual', 'accepted', 'now', 'now')"_s));
    QVERIFY(query.exec(u"DELETE FROM article WHERE id = 1"_s));
    QVERIFY(query.exec(u"SELECT COUNT(*) FROM annotation"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

void TestProject::upgradesVersion1Project()
{
    // A project as version 1 wrote it, with an annotation in it.
    const QString file = path(u"v1.parallax"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1"_s);
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QVERIFY(Schema::migrateTo(db, 0, 1).ok());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"INSERT INTO article (id, title, body, content_hash, imported_at)"
                           " VALUES (1, 'Talks', 'Talks ended on Monday.', 'h', 'now')"_s));
        QVERIFY(query.exec(u"INSERT INTO annotation (article_id, kind, label, start_offset, "
                           u"end_offset, exact, origin,"
                           " status, created, modified) VALUES (1, 'entity', 'DATE', 16, 22, "
                           "'Monday', 'automatic',"
                           " 'accepted', 'now', 'now')"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"v1"_s);

    auto project = Project::open(file);
    QVERIFY2(project.ok(), qPrintable(project.error()));
    QSqlDatabase &db = Storage::connection(*project.value());
    QCOMPARE(Schema::storedVersion(db).value(), Schema::kCurrentVersion);
    QSqlQuery query(db);
    QVERIFY(query.exec(u"SELECT exact, value FROM annotation"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"Monday"_s);
    QCOMPARE(query.value(1).toString(), QString()); // version 2's new column, empty for old rows
    QVERIFY(query.exec(u"SELECT COUNT(*) FROM article_fts WHERE article_fts MATCH 'monday'"_s)
        && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

// Format 8's versions: an annotation and a review item of a format 7 file start at 1, and an edit
// that read version 1 goes through once and is refused after it.
void TestProject::upgradesVersion7Project()
{
    const QString file = path(u"v7.parallax"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v7"_s);
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QVERIFY(Schema::migrateTo(db, 0, 7).ok());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"INSERT INTO story (id, name, created) VALUES (1, 'Talks', 'now')"_s));
        QVERIFY(query.exec(u"INSERT INTO article (id, title, body, content_hash, imported_at)"
                           " VALUES (1, 'Talks', 'Talks ended on Monday.', 'h', 'now')"_s));
        QVERIFY(query.exec(u"INSERT INTO annotation (id, article_id, kind, start_offset,"
                           " end_offset, exact, origin, status, note, created, modified) VALUES"
                           " (1, 1, 'tag', 0, 5, 'Talks', 'manual', 'accepted', 'old', 'now',"
                           " 'now')"_s));
        QVERIFY(query.exec(u"INSERT INTO review_item (id, story_id, kind, fingerprint)"
                           " VALUES (1, 1, 'omission', 'f')"_s));
        QVERIFY(!query.exec(u"SELECT version FROM annotation"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"v7"_s);

    auto project = Project::open(file);
    QVERIFY2(project.ok(), qPrintable(project.error()));
    QCOMPARE(Schema::storedVersion(Storage::connection(*project.value())).value(),
        Schema::kCurrentVersion);
    project.value()->setAnalyst(u"Ines Varga"_s);
    AnnotationStore annotations(*project.value());
    const Annotation before = annotations.annotation(1).value();
    QCOMPARE(before.version, 1);
    QCOMPARE(before.changedBy, QString());
    QCOMPARE(before.note, u"old"_s);
    QCOMPARE(annotations.setNote(1, u"new"_s, 1).value(), 1);
    QCOMPARE(annotations.setNote(1, u"lost"_s, 1).value(), 0);
    const Annotation after = annotations.annotation(1).value();
    QCOMPARE(after.note, u"new"_s);
    QCOMPARE(after.version, 2);
    QCOMPARE(after.changedBy, u"Ines Varga"_s);
    ComparisonStore reviews(*project.value());
    QCOMPARE(reviews.item(1)->version, 1);
    QCOMPARE(reviews
                 .setReview(1, ReviewItemStatus::Confirmed, 0, u"seen"_s, u"Ines Varga"_s,
                     QDateTime::currentDateTimeUtc(), 1)
                 .value(),
        1);
    QCOMPARE(reviews.item(1)->version, 2);
}

void TestProject::upgradesVersion2Project()
{
    // A project as version 2 wrote it: a story, an article in it, a dated annotation, a tag.
    const QString file = path(u"v2.parallax"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v2"_s);
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QVERIFY(Schema::migrateTo(db, 0, 2).ok());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"INSERT INTO story (id, name, created) VALUES (1, 'Talks', 'now')"_s));
        QVERIFY(query.exec(u"INSERT INTO article (id, title, body, content_hash, imported_at)"
                           " VALUES (1, 'Talks', 'Talks ended on Monday.', 'h', 'now')"_s));
        QVERIFY(query.exec(u"INSERT INTO story_article (story_id, article_id) VALUES (1, 1)"_s));
        QVERIFY(query.exec(u"INSERT INTO tag (id, name) VALUES (1, 'Dates')"_s));
        QVERIFY(query.exec(u"INSERT INTO annotation (article_id, kind, label, value, start_offset,"
                           " end_offset, exact, origin, status, created, modified) VALUES (1,"
                           " 'entity', 'DATE', '2026-11-16', 16, 22, 'Monday', 'automatic',"
                           " 'accepted', 'now', 'now')"_s));
        QVERIFY(!db.tables().contains(u"review_item"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"v2"_s);

    auto project = Project::open(file);
    QVERIFY2(project.ok(), qPrintable(project.error()));
    QSqlDatabase &db = Storage::connection(*project.value());
    QCOMPARE(Schema::storedVersion(db).value(), Schema::kCurrentVersion);
    QCOMPARE(pragma(db, u"user_version"_s).toInt(), Schema::kCurrentVersion);
    QSqlQuery query(db);
    QVERIFY(query.exec(u"SELECT exact, value FROM annotation"_s) && query.next());
    QCOMPARE(query.value(1).toString(), u"2026-11-16"_s);
    // Version 3's tables take a comparison of the old story, with their foreign keys.
    QVERIFY(query.exec(u"INSERT INTO comparison (story_id, computed) VALUES (1, 'now')"_s));
    QVERIFY(query.exec(u"INSERT INTO review_item (id, story_id, kind, fingerprint, tag_id)"
                       " VALUES (1, 1, 'date', 'f', 1)"_s));
    QVERIFY(query.exec(u"INSERT INTO review_item_span (item_id, role, position, article_id,"
                       " start_offset, end_offset) VALUES (1, 'member', 0, 1, 0, 22)"_s));
    QVERIFY(!query.exec(u"INSERT INTO review_item (story_id, kind, fingerprint)"
                        " VALUES (7, 'date', 'g')"_s));
    QVERIFY(!query.exec(u"INSERT INTO review_item (story_id, kind, fingerprint)"
                        " VALUES (1, 'date', 'f')"_s)); // one item per fingerprint and story
    QVERIFY(query.exec(u"SELECT status, note, stale FROM review_item"_s) && query.next());
    QCOMPARE(query.value(0).toString(), u"open"_s);
    QCOMPARE(query.value(2).toInt(), 0);
    project = Error {};

    // The version after this one is refused, and the file left as it was.
    writeSqlite(file,
        {u"UPDATE meta SET value = '%1' WHERE key = 'schema_version'"_s.arg(
             Schema::kCurrentVersion + 1),
            u"PRAGMA user_version = %1"_s.arg(Schema::kCurrentVersion + 1),
            u"PRAGMA journal_mode = DELETE"_s});
    const QByteArray before = fingerprint(file);
    auto newer = Project::open(file);
    QVERIFY(!newer.ok());
    QVERIFY2(newer.error().contains(u"newer version of Parallax"_s), qPrintable(newer.error()));
    QCOMPARE(fingerprint(file), before);
}

void TestProject::upgradesVersion3QuoteSpeakers()
{
    // A project as version 3 wrote it: the window stored the analyst's speaker on the quote's
    // entity_id, which the reading pane, the reports and the comparison never read.
    const QString file = path(u"v3.parallax"_s);
    const QString body = u"\u201CWe will not sign,\u201D the minister said. Dana Ekholm left."_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v3"_s);
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QVERIFY(Schema::migrateTo(db, 0, 3).ok());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"INSERT INTO story (id, name, created) VALUES (1, 'Talks', 'now')"_s));
        query.prepare(u"INSERT INTO article (id, title, body, content_hash, imported_at)"
                      " VALUES (1, 'Talks', ?, 'h', 'now')"_s);
        query.addBindValue(body);
        QVERIFY(query.exec());
        QVERIFY(query.exec(u"INSERT INTO story_article (story_id, article_id) VALUES (1, 1)"_s));
        QVERIFY(query.exec(u"INSERT INTO entity (id, story_id, name, type, created, modified)"
                           " VALUES (5, 1, 'Dana Ekholm', 'PERSON', 'now', 'now')"_s));
        QVERIFY(query.exec(u"INSERT INTO annotation (id, article_id, kind, label, start_offset,"
                           " end_offset, exact, origin, analyst, status, entity_id, created,"
                           " modified) VALUES (9, 1, 'quote', 'direct', 0, 19,"
                           " 'x', 'manual', 'Ines', 'accepted', 5, 'now', 'now')"_s));
        // A quote without a speaker stays without one.
        QVERIFY(query.exec(u"INSERT INTO annotation (id, article_id, kind, label, start_offset,"
                           " end_offset, exact, origin, status, created, modified) VALUES (10, 1,"
                           " 'quote', 'direct', 20, 24, 'x', 'manual', 'accepted', 'now',"
                           " 'now')"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"v3"_s);

    auto project = Project::open(file);
    QVERIFY2(project.ok(), qPrintable(project.error()));
    QSqlDatabase &db = Storage::connection(*project.value());
    QCOMPARE(Schema::storedVersion(db).value(), Schema::kCurrentVersion);
    AnnotationStore store(*project.value());
    auto rows = store.forArticle(1, body, AnnotationStore::Verify::No);
    QVERIFY(rows.ok());
    const QHash<qint64, qsizetype> speakers = QuoteSpeaker::speakerOfQuote(rows.value());
    QCOMPARE(speakers.size(), 1);
    QVERIFY(speakers.contains(9));
    const Annotation &speaker = rows->at(speakers.value(9));
    QCOMPARE(speaker.entityId, 5);
    QCOMPARE(speaker.origin, Origin::Manual);
    QCOMPARE(speaker.analyst, u"Ines"_s);
    QCOMPARE(QuoteSpeaker::name(speaker, u"Dana Ekholm"_s, body), u"Dana Ekholm"_s);
    for (const Annotation &a : rows.value()) {
        if (a.kind == AnnotationKind::Quote)
            QCOMPARE(a.entityId, 0); // one record for the speaker, not two
    }
    // The Annotations panel's listing names the speaker beside the quote.
    auto listing = store.listing(1);
    QVERIFY(listing.ok());
    QCOMPARE(listing->size(), 2);
    QCOMPARE(listing->at(0).speaker.entityId, 5);
    QCOMPARE(listing->at(0).speakerEntityName, u"Dana Ekholm"_s);
    QCOMPARE(listing->at(1).speaker.id, 0);
}

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
