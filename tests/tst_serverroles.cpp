// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The roles of a server project, enforced by the server: each test connects as one role, as an
// analyst with psql would, and tries what that role may not do.
#include "backends.h"
#include "edit/projectsession.h"
#include "model/anchoring.h"
#include "storage/accounts.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/comparisonstore.h"
#include "storage/connection.h"
#include "storage/entitystore.h"
#include "storage/project.h"
#include "storage/schema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace {

// One statement as one role on the project's database: whether the server ran it, and how many
// rows it changed (row-level security hides rows rather than refusing them).
struct Outcome
{
    bool ok = false;
    int rows = -1;
    QString error;
};

} // namespace

class TestServerRoles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void viewerOnlyReads();
    void analystChangesOnlyHerOwn();
    void analystCannotChangeTheSchema_data();
    void analystCannotChangeTheSchema();
    void analystWritesThroughTheStores();
    void curatorChangesAnyoneButNotTheSchema();
    void notesAreTheirAuthors();
    void reviewVerdictsAreTheirReviewers();
    void curatedLayerIsTheCurators();
    void mergingEntitiesIsTheCurators();
    void accountsAreManagedByTheAdministratorOnly();
    void changedByIsTheWritingRole();
    void formatSevenIsUpgradedByItsAdministrator();
    void formatEightGetsReviewOwnership();

private:
    QSqlDatabase connection(const QString &role);
    Outcome as(const QString &role, const QString &statement);
    QString value(const QString &role, const QString &statement);
    QString name(const QString &base) const
    {
        return u"%1_%2"_s.arg(base).arg(QCoreApplication::applicationPid());
    }

    QString m_database;
    QString m_uri;
    std::unique_ptr<Project> m_project;
    qint64 m_article = 0;
    qint64 m_ilseNote = 0;
    qint64 m_ardelanNote = 0;
    QStringList m_connections;
};

QSqlDatabase TestServerRoles::connection(const QString &role)
{
    const QString name = u"as-"_s + role;
    QSqlDatabase db = QSqlDatabase::database(name, false);
    if (!db.isValid()) {
        db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(TestBackends::serverSocketDir());
        db.setUserName(role);
        db.setDatabaseName(m_database);
        m_connections.append(name);
    }
    if (!db.isOpen())
        db.open();
    return db;
}

Outcome TestServerRoles::as(const QString &role, const QString &statement)
{
    QSqlDatabase db = connection(role);
    Outcome outcome;
    if (!db.isOpen()) {
        outcome.error = db.lastError().text();
        return outcome;
    }
    QSqlQuery query(db);
    outcome.ok = query.exec(statement);
    outcome.rows = query.numRowsAffected();
    outcome.error = query.lastError().text();
    return outcome;
}

QString TestServerRoles::value(const QString &role, const QString &statement)
{
    QSqlQuery query(connection(role));
    if (!query.exec(statement) || !query.next())
        return u"(failed: %1)"_s.arg(query.lastError().text());
    return query.value(0).toString();
}

void TestServerRoles::initTestCase()
{
    auto database = TestBackends::freshDatabase(u"roles"_s);
    QVERIFY2(database.ok(), qPrintable(database.error()));
    m_database = database.value();
    m_uri = TestBackends::serverUri(m_database);
    auto project = Project::create(m_uri);
    QVERIFY2(project.ok(), qPrintable(project.error()));
    m_project = std::move(project).value();

    ArticleDraft draft;
    draft.title = u"Water talks end"_s;
    draft.body = u"Ilse Marrow said the talks were fruitful."_s;
    m_article = ArticleStore(*m_project).insert(draft)->id;
    AnnotationStore annotations(*m_project);
    for (const auto &[analyst, id] : {std::pair {name(u"ilse"_s), &m_ilseNote},
             std::pair {name(u"ardelan"_s), &m_ardelanNote}}) {
        Annotation a;
        a.articleId = m_article;
        a.kind = AnnotationKind::Tag;
        a.span = Anchoring::makeSpan(draft.body, 0, 11);
        a.analyst = analyst;
        auto inserted = annotations.insert(a);
        QVERIFY2(inserted.ok(), qPrintable(inserted.error()));
        *id = inserted.value();
    }

    ProjectAccounts accounts(*m_project);
    for (const auto &[who, role] :
        {std::pair {u"vera"_s, u"viewer"_s}, std::pair {u"ilse"_s, u"analyst"_s},
            std::pair {u"ardelan"_s, u"analyst"_s}, std::pair {u"cora"_s, u"curator"_s}}) {
        auto added = accounts.add(name(who), role);
        QVERIFY2(added.ok(), qPrintable(added.error()));
    }
}

void TestServerRoles::cleanupTestCase()
{
    for (const QString &connection : std::as_const(m_connections))
        QSqlDatabase::removeDatabase(connection);
    m_project.reset();
}

void TestServerRoles::viewerOnlyReads()
{
    const QString vera = name(u"vera"_s);
    QCOMPARE(value(vera, u"SELECT count(*) FROM annotation"_s), u"2"_s);
    QCOMPARE(value(vera, u"SELECT title FROM article"_s), u"Water talks end"_s);
    for (const QString &statement : {
             u"INSERT INTO story (name, created) VALUES ('Mine', '')"_s,
             u"UPDATE annotation SET note = 'x'"_s,
             u"DELETE FROM annotation"_s,
             u"UPDATE article SET title = 'x'"_s,
             u"INSERT INTO tag (name) VALUES ('x')"_s,
             u"CREATE TABLE notes (id int)"_s,
         }) {
        const Outcome o = as(vera, statement);
        QVERIFY2(!o.ok, qPrintable(statement));
        QVERIFY2(o.error.contains(u"permission denied"_s), qPrintable(o.error));
    }
    QCOMPARE(value(vera, u"SELECT count(*) FROM annotation WHERE note = ''"_s), u"2"_s);
}

void TestServerRoles::analystChangesOnlyHerOwn()
{
    const QString ilse = name(u"ilse"_s);
    const QString ardelan = name(u"ardelan"_s);
    // Her own: changed. Another's: not even found.
    Outcome o = as(ilse, u"UPDATE annotation SET note = 'mine' WHERE id = %1"_s.arg(m_ilseNote));
    QVERIFY2(o.ok, qPrintable(o.error));
    QCOMPARE(o.rows, 1);
    o = as(ilse, u"UPDATE annotation SET note = 'taken' WHERE id = %1"_s.arg(m_ardelanNote));
    QVERIFY2(o.ok, qPrintable(o.error));
    QCOMPARE(o.rows, 0);
    o = as(ilse, u"DELETE FROM annotation WHERE id = %1"_s.arg(m_ardelanNote));
    QCOMPARE(o.rows, 0);
    QCOMPARE(
        value(ilse, u"SELECT note FROM annotation WHERE id = %1"_s.arg(m_ardelanNote)), QString());

    // The author column is the session's role: neither handing a row over nor writing in
    // another's name works.
    o = as(
        ilse, u"UPDATE annotation SET analyst = '%1' WHERE id = %2"_s.arg(ardelan).arg(m_ilseNote));
    QVERIFY2(o.ok, qPrintable(o.error));
    QCOMPARE(value(ilse, u"SELECT analyst FROM annotation WHERE id = %1"_s.arg(m_ilseNote)), ilse);
    o = as(ilse,
        u"INSERT INTO annotation (article_id, kind, start_offset, end_offset, exact, origin, "
        "status, analyst, created, modified) VALUES (%1, 'tag', 0, 4, 'Ilse', 'manual', "
        "'accepted', '%2', '', '')"_s.arg(m_article)
            .arg(ardelan));
    QVERIFY2(o.ok, qPrintable(o.error));
    QCOMPARE(value(ilse, u"SELECT analyst FROM annotation WHERE exact = 'Ilse'"_s), ilse);
    QCOMPARE(value(ilse, u"SELECT count(*) FROM annotation WHERE analyst = '%1'"_s.arg(ardelan)),
        u"1"_s);

    // The code book is the curator's.
    o = as(ilse, u"INSERT INTO tag (name) VALUES ('Framing')"_s);
    QVERIFY(!o.ok);
    QVERIFY2(o.error.contains(u"permission denied"_s), qPrintable(o.error));
}

void TestServerRoles::analystCannotChangeTheSchema_data()
{
    QTest::addColumn<QString>("statement");
    QTest::newRow("create") << u"CREATE TABLE notes (id int)"_s;
    QTest::newRow("alter") << u"ALTER TABLE annotation ADD COLUMN secret text"_s;
    QTest::newRow("drop") << u"DROP TABLE annotation"_s;
    QTest::newRow("policy off") << u"ALTER TABLE annotation DISABLE ROW LEVEL SECURITY"_s;
    QTest::newRow("trigger off") << u"ALTER TABLE annotation DISABLE TRIGGER annotation_author"_s;
    QTest::newRow("changed_by off")
        << u"ALTER TABLE annotation DISABLE TRIGGER annotation_changed_by"_s;
    QTest::newRow("notify off")
        << u"CREATE OR REPLACE FUNCTION parallax_count_change() RETURNS trigger"
           " LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$"_s;
    QTest::newRow("meta") << u"UPDATE meta SET value = '99' WHERE key = 'schema_version'"_s;
    QTest::newRow("function")
        << u"CREATE OR REPLACE FUNCTION parallax_annotation_author() RETURNS trigger"
           " LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$"_s;
}

void TestServerRoles::analystCannotChangeTheSchema()
{
    QFETCH(QString, statement);
    for (const QString &role : {name(u"ilse"_s), name(u"cora"_s)}) {
        const Outcome o = as(role, statement);
        QVERIFY2(!o.ok, qPrintable(role + u": "_s + statement));
        QVERIFY2(o.error.contains(u"permission denied"_s) || o.error.contains(u"must be owner"_s),
            qPrintable(o.error));
    }
    QCOMPARE(value(name(u"ilse"_s), u"SELECT value FROM meta WHERE key = 'schema_version'"_s),
        QString::number(Schema::kCurrentVersion));
}

void TestServerRoles::analystWritesThroughTheStores()
{
    // What the window and the command line do as an analyst: import, annotate.
    auto project = Project::open(TestBackends::serverUri(m_database, name(u"ilse"_s)));
    QVERIFY2(project.ok(), qPrintable(project.error()));
    ArticleStore articles(*project.value());
    ArticleDraft draft;
    draft.title = u"Deal in sight"_s;
    draft.body = u"Marrow called the talks productive. 😀"_s;
    auto article = articles.insert(draft);
    QVERIFY2(article.ok(), qPrintable(article.error()));
    auto story = articles.storyId(u"Lake Varn"_s, true);
    QVERIFY2(story.ok(), qPrintable(story.error()));
    QVERIFY(articles.addToStory(story.value(), article->id).ok());

    Annotation a;
    a.articleId = article->id;
    a.kind = AnnotationKind::Tag;
    a.span = Anchoring::makeSpan(draft.body, 0, 6);
    a.analyst = u"somebody else"_s;
    AnnotationStore annotations(*project.value());
    auto id = annotations.insert(a);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    QCOMPARE(annotations.annotation(id.value())->analyst, name(u"ilse"_s));
    // Another's annotation, through the store: no row to change, so the store says so.
    auto changed = annotations.setNote(m_ardelanNote, u"mine now"_s);
    QVERIFY(!changed.ok() || changed.value() == 0);
}

void TestServerRoles::curatorChangesAnyoneButNotTheSchema()
{
    const QString cora = name(u"cora"_s);
    Outcome o
        = as(cora, u"UPDATE annotation SET note = 'checked' WHERE id = %1"_s.arg(m_ardelanNote));
    QVERIFY2(o.ok, qPrintable(o.error));
    QCOMPARE(o.rows, 1);
    // Changed, but still the analyst's.
    QCOMPARE(value(cora, u"SELECT analyst FROM annotation WHERE id = %1"_s.arg(m_ardelanNote)),
        name(u"ardelan"_s));
    o = as(cora, u"INSERT INTO tag (name) VALUES ('Framing')"_s);
    QVERIFY2(o.ok, qPrintable(o.error));
    o = as(cora, u"CREATE ROLE intruder LOGIN"_s);
    QVERIFY(!o.ok);
    QVERIFY2(o.error.contains(u"permission denied"_s), qPrintable(o.error));
}

// A note is an annotation of its writer's: another analyst neither changes nor deletes it.
void TestServerRoles::notesAreTheirAuthors()
{
    const QString ilse = name(u"ilse"_s);
    const QString ardelan = name(u"ardelan"_s);
    Outcome o = as(u"parallax_admin"_s,
        u"INSERT INTO annotation (article_id, kind, start_offset, end_offset, exact, origin, "
        "status, note, analyst, created, modified) VALUES (%1, 'note', 0, 4, 'Ilse', 'manual', "
        "'accepted', 'ardelan''s note', '%2', '', '')"_s.arg(m_article)
            .arg(ardelan));
    QVERIFY2(o.ok, qPrintable(o.error));
    const QString id = value(ilse, u"SELECT id FROM annotation WHERE note = 'ardelan''s note'"_s);
    o = as(ilse, u"UPDATE annotation SET note = 'ilse was here' WHERE id = %1"_s.arg(id));
    QVERIFY2(o.ok, qPrintable(o.error));
    QCOMPARE(o.rows, 0);
    QCOMPARE(as(ilse, u"DELETE FROM annotation WHERE id = %1"_s.arg(id)).rows, 0);
    o = as(ardelan, u"UPDATE annotation SET note = 'revised' WHERE id = %1"_s.arg(id));
    QCOMPARE(o.rows, 1);
    QCOMPARE(value(ilse, u"SELECT note FROM annotation WHERE id = %1"_s.arg(id)), u"revised"_s);
}

// A review item's verdict (status, code, note) is its reviewer's: an analyst sets it on an item
// nobody reviewed yet or on her own, never on another's, and cannot take one over by naming
// herself; comparing again still moves everyone's items; a curator changes any.
void TestServerRoles::reviewVerdictsAreTheirReviewers()
{
    const QString ilse = name(u"ilse"_s);
    const QString ardelan = name(u"ardelan"_s);
    const QString cora = name(u"cora"_s);
    const QString admin = u"parallax_admin"_s;
    QVERIFY(as(admin, u"INSERT INTO story (name, created) VALUES ('Review roles', '')"_s).ok);
    const QString story = value(admin, u"SELECT id FROM story WHERE name = 'Review roles'"_s);
    Outcome o = as(admin,
        u"INSERT INTO review_item (story_id, kind, fingerprint, status, analyst) VALUES"
        " (%1, 'omission', 'r-open', 'open', ''), (%1, 'omission', 'r-ardelan', 'confirmed', '%2')"_s
            .arg(story, ardelan));
    QVERIFY2(o.ok, qPrintable(o.error));
    const auto item = [&](const QString &fingerprint, const QString &column) {
        return value(admin,
            u"SELECT %1 FROM review_item WHERE fingerprint = '%2'"_s.arg(column, fingerprint));
    };

    // Nobody's yet: hers once she decides, whatever name she sends.
    o = as(ilse,
        u"UPDATE review_item SET status = 'acceptable', analyst = '%1' WHERE fingerprint = 'r-open'"_s
            .arg(ardelan));
    QVERIFY2(o.ok && o.rows == 1, qPrintable(o.error));
    QCOMPARE(item(u"r-open"_s, u"analyst"_s), ilse);
    o = as(ilse, u"UPDATE review_item SET note = 'checked twice' WHERE fingerprint = 'r-open'"_s);
    QVERIFY2(o.ok && o.rows == 1, qPrintable(o.error));

    // Another's: refused, said as such, and nothing changed.
    for (const QString &statement :
        {u"UPDATE review_item SET status = 'acceptable' WHERE fingerprint = 'r-ardelan'"_s,
            u"UPDATE review_item SET note = 'mine' WHERE fingerprint = 'r-ardelan'"_s,
            u"UPDATE review_item SET status = 'open', note = '' WHERE fingerprint = 'r-ardelan'"_s,
            u"DELETE FROM review_item WHERE fingerprint = 'r-ardelan'"_s}) {
        o = as(ilse, statement);
        QVERIFY2(!o.ok, qPrintable(statement));
        QVERIFY2(o.error.contains(u"permission denied"_s), qPrintable(o.error));
    }
    // The pitfall: naming herself the reviewer takes nothing over.
    o = as(
        ilse, u"UPDATE review_item SET analyst = '%1' WHERE fingerprint = 'r-ardelan'"_s.arg(ilse));
    QVERIFY2(o.ok, qPrintable(o.error));
    QCOMPARE(item(u"r-ardelan"_s, u"analyst"_s), ardelan);
    o = as(ilse, u"UPDATE review_item SET status = 'acceptable' WHERE fingerprint = 'r-ardelan'"_s);
    QVERIFY(!o.ok);
    QCOMPARE(item(u"r-ardelan"_s, u"status"_s), u"confirmed"_s);
    QCOMPARE(item(u"r-ardelan"_s, u"note"_s), QString());
    // Comparing again moves everyone's items and marks them stale.
    o = as(
        ilse, u"UPDATE review_item SET position = 7, stale = 1 WHERE fingerprint = 'r-ardelan'"_s);
    QVERIFY2(o.ok && o.rows == 1, qPrintable(o.error));
    QCOMPARE(item(u"r-ardelan"_s, u"analyst"_s), ardelan);
    // An item inserted with a verdict in another's name is hers.
    o = as(ilse,
        u"INSERT INTO review_item (story_id, kind, fingerprint, status, analyst) VALUES"
        " (%1, 'omission', 'r-new', 'confirmed', '%2')"_s.arg(story, ardelan));
    QVERIFY2(o.ok, qPrintable(o.error));
    QCOMPARE(item(u"r-new"_s, u"analyst"_s), ilse);

    // Through the store, as the window writes it: the server's refusal in words.
    {
        auto project = Project::open(TestBackends::serverUri(m_database, ilse));
        QVERIFY2(project.ok(), qPrintable(project.error()));
        auto transaction = project.value()->transaction();
        QVERIFY(transaction.isActive());
        auto refused = ComparisonStore(*project.value())
                           .setReview(item(u"r-ardelan"_s, u"id"_s).toLongLong(),
                               ReviewItemStatus::Acceptable, 0, u"mine"_s, ilse,
                               QDateTime::currentDateTimeUtc(), 0);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(u"refused"_s), qPrintable(refused.error()));
    }
    QCOMPARE(item(u"r-ardelan"_s, u"status"_s), u"confirmed"_s);

    // A curator: anyone's, and the verdict is then hers.
    o = as(cora, u"UPDATE review_item SET status = 'acceptable' WHERE fingerprint = 'r-ardelan'"_s);
    QVERIFY2(o.ok && o.rows == 1, qPrintable(o.error));
    QCOMPARE(item(u"r-ardelan"_s, u"analyst"_s), cora);
    o = as(cora, u"DELETE FROM review_item WHERE fingerprint = 'r-new'"_s);
    QVERIFY2(o.ok && o.rows == 1, qPrintable(o.error));
}

// The curated layer is written by curators only, each row under the name of the one who wrote it.
void TestServerRoles::curatedLayerIsTheCurators()
{
    const QString ilse = name(u"ilse"_s);
    const QString cora = name(u"cora"_s);
    const QString insert
        = u"INSERT INTO curated_annotation (article_id, kind, start_offset,"
          " end_offset, curator, modified) VALUES (%1, 'entity', 0, 4, '%2', '')"_s.arg(m_article)
              .arg(u"somebody"_s);
    Outcome o = as(ilse, insert);
    QVERIFY(!o.ok);
    QVERIFY2(o.error.contains(u"permission denied"_s), qPrintable(o.error));
    o = as(cora, insert);
    QVERIFY2(o.ok, qPrintable(o.error));
    QCOMPARE(value(cora, u"SELECT curator FROM curated_annotation"_s), cora);
    o = as(cora, u"UPDATE curated_annotation SET curator = 'somebody'"_s);
    QVERIFY2(o.ok, qPrintable(o.error));
    QCOMPARE(value(cora, u"SELECT curator FROM curated_annotation"_s), cora);
    o = as(ilse, u"UPDATE curated_annotation SET label = 'x'"_s);
    QVERIFY(!o.ok);
    o = as(ilse, u"DELETE FROM curated_annotation"_s);
    QVERIFY(!o.ok);
}

// Merging two entities is a curator's: an analyst's merge through the session is refused whole
// (the absorbed entity stays, her annotation keeps its entity); a curator's goes through.
void TestServerRoles::mergingEntitiesIsTheCurators()
{
    const QString ilse = name(u"ilse"_s);
    qint64 keep = 0;
    qint64 absorbed = 0;
    qint64 annotation = 0;
    {
        auto project = Project::open(TestBackends::serverUri(m_database, ilse));
        QVERIFY2(project.ok(), qPrintable(project.error()));
        EntityStore entities(*project.value());
        keep = entities.findOrCreate(0, u"person"_s, u"Ilse Marrow"_s, {}).value();
        absorbed = entities.findOrCreate(0, u"person"_s, u"I. Marrow"_s, {}).value();
        QVERIFY(keep > 0 && absorbed > 0);
        Annotation a;
        a.articleId = m_article;
        a.kind = AnnotationKind::Entity;
        a.label = u"person"_s;
        a.span = Anchoring::makeSpan(u"Ilse Marrow said the talks were fruitful."_s, 0, 11);
        a.entityId = absorbed;
        annotation = AnnotationStore(*project.value()).insert(a).value();
        QVERIFY(annotation > 0);
        QVERIFY(!as(ilse, u"DELETE FROM entity WHERE id = %1"_s.arg(absorbed)).ok);
        QVERIFY(!as(ilse, u"UPDATE entity SET name = 'x' WHERE id = %1"_s.arg(keep)).ok);

        ProjectSession session(std::move(project).value());
        auto merged = session.mergeEntities(keep, absorbed);
        QVERIFY(!merged.ok());
        QVERIFY2(merged.error().contains(u"refused"_s), qPrintable(merged.error()));
        QVERIFY(!session.undoStack()->canUndo());
    }
    QCOMPARE(value(ilse, u"SELECT count(*) FROM entity WHERE id = %1"_s.arg(absorbed)), u"1"_s);
    QCOMPARE(value(ilse, u"SELECT entity_id FROM annotation WHERE id = %1"_s.arg(annotation)),
        QString::number(absorbed));

    auto asCora = Project::open(TestBackends::serverUri(m_database, name(u"cora"_s)));
    QVERIFY2(asCora.ok(), qPrintable(asCora.error()));
    ProjectSession session(std::move(asCora).value());
    auto merged = session.mergeEntities(keep, absorbed);
    QVERIFY2(merged.ok(), qPrintable(merged.error()));
    QCOMPARE(value(ilse, u"SELECT count(*) FROM entity WHERE id = %1"_s.arg(absorbed)), u"0"_s);
    QCOMPARE(value(ilse, u"SELECT entity_id FROM annotation WHERE id = %1"_s.arg(annotation)),
        QString::number(keep));
}

void TestServerRoles::accountsAreManagedByTheAdministratorOnly()
{
    ProjectAccounts accounts(*m_project);
    auto list = accounts.list();
    QVERIFY2(list.ok(), qPrintable(list.error()));
    QStringList seen;
    for (const Account &a : list.value())
        seen.append(a.name + u'=' + a.role);
    QCOMPARE(seen.first(), u"parallax_admin=administrator"_s);
    QVERIFY2(seen.contains(name(u"vera"_s) + u"=viewer"_s), qPrintable(seen.join(u' ')));
    QVERIFY(seen.contains(name(u"cora"_s) + u"=curator"_s));

    QVERIFY(accounts.setRole(name(u"vera"_s), u"analyst"_s).ok());
    QCOMPARE(value(name(u"vera"_s),
                 u"SELECT pg_has_role(current_user, 'parallax_%1_viewer', "
                 "'MEMBER')"_s.arg(m_database)),
        u"false"_s);
    QVERIFY(as(name(u"vera"_s), u"UPDATE annotation SET note = 'x' WHERE id = %1"_s.arg(m_ilseNote))
                .rows
        == 0);
    QVERIFY(!accounts.add(u"x"_s, u"owner"_s).ok());
    QVERIFY(!accounts.add(u"Robert'); DROP TABLE article; --"_s, u"viewer"_s).ok());
    QVERIFY(!accounts.remove(u"parallax_admin"_s).ok());

    // An analyst who connects as herself cannot hand out roles.
    auto asIlse = Project::open(TestBackends::serverUri(m_database, name(u"ilse"_s)));
    QVERIFY2(asIlse.ok(), qPrintable(asIlse.error()));
    auto promoted = ProjectAccounts(*asIlse.value()).setRole(name(u"ilse"_s), u"curator"_s);
    QVERIFY(!promoted.ok());
    QVERIFY2(promoted.error().contains(u"administrator"_s), qPrintable(promoted.error()));

    // Her connection ends first: a role with a session open can still be removed from the
    // project, but not dropped.
    connection(name(u"vera"_s)).close();
    QVERIFY(accounts.remove(name(u"vera"_s)).ok());
    QVERIFY(!connection(name(u"vera"_s)).isOpen());
    list = accounts.list();
    for (const Account &a : list.value())
        QVERIFY(a.name != name(u"vera"_s));
}

// Who changed a row last is the role that did, whatever the client sends: the name a conflict
// shows another analyst (edit/commands.cpp).
void TestServerRoles::changedByIsTheWritingRole()
{
    const QString ilse = name(u"ilse"_s);
    const QString cora = name(u"cora"_s);
    Outcome o = as(ilse,
        u"UPDATE annotation SET note = 'v', version = version + 1, changed_by = 'Someone Else'"
        " WHERE id = %1"_s.arg(m_ilseNote));
    QVERIFY2(o.ok && o.rows == 1, qPrintable(o.error));
    QCOMPARE(
        value(ilse, u"SELECT changed_by FROM annotation WHERE id = %1"_s.arg(m_ilseNote)), ilse);
    o = as(cora, u"UPDATE annotation SET note = 'w' WHERE id = %1"_s.arg(m_ilseNote));
    QVERIFY2(o.ok && o.rows == 1, qPrintable(o.error));
    QCOMPARE(
        value(ilse, u"SELECT changed_by FROM annotation WHERE id = %1"_s.arg(m_ilseNote)), cora);
    // The same for review items, which a curator writes.
    QVERIFY(as(cora, u"INSERT INTO story (name, created) VALUES ('Changed by', '')"_s).ok);
    o = as(cora,
        u"INSERT INTO review_item (story_id, kind, fingerprint, changed_by) SELECT id, 'omission',"
        " 'changed-by', 'Someone Else' FROM story WHERE name = 'Changed by'"_s);
    QVERIFY2(o.ok, qPrintable(o.error));
    QCOMPARE(value(cora, u"SELECT changed_by FROM review_item WHERE fingerprint = 'changed-by'"_s),
        cora);
}

// A project of format 7 on a server: only its administrator can upgrade it (the steps alter
// tables); anyone else is told to wait for her, and the project stays as it was.
void TestServerRoles::formatSevenIsUpgradedByItsAdministrator()
{
    auto database = TestBackends::freshDatabase(u"format7"_s);
    QVERIFY2(database.ok(), qPrintable(database.error()));
    const QString analystGroup = u"parallax_%1_analyst"_s.arg(database.value());
    const QString reader = name(u"reader7"_s); // a login role with no group of the project's
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"format7"_s);
        db.setHostName(TestBackends::serverSocketDir());
        db.setUserName(u"parallax_admin"_s);
        db.setDatabaseName(database.value());
        QVERIFY(db.open());
        auto created = Schema::migrateTo(db, 0, 7);
        QVERIFY2(created.ok(), qPrintable(created.error()));
        QCOMPARE(Schema::storedVersion(db).value(), 7);
        QSqlQuery query(db);
        QVERIFY(query.exec(u"INSERT INTO article (title, body, content_hash, imported_at)"
                           " VALUES ('Talks', 'Talks ended.', 'h', '')"_s));
        QVERIFY(query.exec(u"INSERT INTO annotation (article_id, kind, start_offset, end_offset,"
                           " exact, origin, status, created, modified) SELECT id, 'tag', 0, 5,"
                           " 'Talks', 'manual', 'accepted', '', '' FROM article"_s));
        // Accounts made before format 8, as users add does.
        QVERIFY2(query.exec(u"CREATE ROLE %1 NOLOGIN"_s.arg(analystGroup)),
            qPrintable(query.lastError().text()));
        QVERIFY(query.exec(u"CREATE ROLE %1 LOGIN"_s.arg(reader)));
        QVERIFY(query.exec(u"GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1"_s.arg(reader)));
        QVERIFY(!query.exec(u"SELECT version FROM annotation"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"format7"_s);

    auto refused = Project::open(TestBackends::serverUri(database.value(), reader));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(
                 u"needs an upgrade to format %1, which parallax_admin (the "
                 "administrator) makes by opening it once"_s.arg(Schema::kCurrentVersion)),
        qPrintable(refused.error()));
    auto project = Project::open(TestBackends::serverUri(database.value()));
    QVERIFY2(project.ok(), qPrintable(project.error()));
    QSqlDatabase &db = Storage::connection(*project.value());
    QCOMPARE(Schema::storedVersion(db).value(), Schema::kCurrentVersion);
    QSqlQuery query(db);
    QVERIFY(query.exec(u"SELECT version, changed_by FROM annotation"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QCOMPARE(query.value(1).toString(), QString());
    QVERIFY(query.exec(u"SELECT has_function_privilege('%1',"
                       " 'parallax_remove_unused_entities(bigint, bigint[])', 'EXECUTE'),"
                       " has_function_privilege('%2',"
                       " 'parallax_remove_unused_entities(bigint, bigint[])', 'EXECUTE')"_s.arg(
                           analystGroup, reader))
        && query.next());
    QCOMPARE(query.value(0).toBool(), true);
    QCOMPARE(query.value(1).toBool(), false);
    // Format 11's table of what was learned by article: the existing analysts write it.
    QVERIFY(query.exec(u"SELECT has_table_privilege('%1', 'entity_contribution', 'INSERT'),"
                       " has_table_privilege('%2', 'entity_contribution', 'INSERT')"_s.arg(
                           analystGroup, reader))
        && query.next());
    QCOMPARE(query.value(0).toBool(), true);
    QCOMPARE(query.value(1).toBool(), false);
    QVERIFY(Project::open(TestBackends::serverUri(database.value(), reader)).ok());
}

// A project of format 8 with its accounts: the administrator's opening adds format 9's review
// ownership, after which another analyst's verdict is out of an analyst's reach.
void TestServerRoles::formatEightGetsReviewOwnership()
{
    auto database = TestBackends::freshDatabase(u"format8"_s);
    QVERIFY2(database.ok(), qPrintable(database.error()));
    const QString analyst = name(u"ines8"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"format8"_s);
        db.setHostName(TestBackends::serverSocketDir());
        db.setUserName(u"parallax_admin"_s);
        db.setDatabaseName(database.value());
        QVERIFY(db.open());
        auto created = Schema::migrateTo(db, 0, 8);
        QVERIFY2(created.ok(), qPrintable(created.error()));
        QCOMPARE(Schema::storedVersion(db).value(), 8);
        QSqlQuery query(db);
        QVERIFY(query.exec(u"INSERT INTO story (name, created) VALUES ('Talks', '')"_s));
        QVERIFY(query.exec(u"INSERT INTO review_item (story_id, kind, fingerprint, status, analyst)"
                           " SELECT id, 'omission', 'f8', 'confirmed', 'someone' FROM story"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"format8"_s);
    {
        // Format 8's accounts, made as users add makes them (the groups are not the schema's).
        auto project = Project::open(TestBackends::serverUri(database.value()));
        QVERIFY2(project.ok(), qPrintable(project.error()));
        QCOMPARE(Schema::storedVersion(Storage::connection(*project.value())).value(),
            Schema::kCurrentVersion);
        QVERIFY(ProjectAccounts(*project.value()).add(analyst, u"analyst"_s).ok());
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"format8-analyst"_s);
    db.setHostName(TestBackends::serverSocketDir());
    db.setUserName(analyst);
    db.setDatabaseName(database.value());
    QVERIFY(db.open());
    {
        QSqlQuery query(db);
        QVERIFY(!query.exec(u"UPDATE review_item SET status = 'acceptable'"_s));
        QVERIFY2(query.lastError().text().contains(u"permission denied"_s),
            qPrintable(query.lastError().text()));
        QVERIFY(query.exec(u"SELECT status FROM review_item"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"confirmed"_s);
    }
    db.close();
    db = {};
    QSqlDatabase::removeDatabase(u"format8-analyst"_s);
}

QTEST_GUILESS_MAIN(TestServerRoles)
#include "tst_serverroles.moc"
