// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The real parallax binary on a project on the test server (a postgresql:// address), as a team's
// script would use it.
#include "agreementfiles.h"
#include "backends.h"
#include "clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parallax;

class TestCliServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void newImportListSearchShow();
    void newRefusesADatabaseInUse_data();
    void newRefusesADatabaseInUse();
    void openRefusesAnEmptyDatabase();
    void badAddressIsAUserError();
    void users();
    void sampleAnnotateCompareExport();
    void analystAnnotatesAgain();
    void analystLeavesOthersProposals();
    void copyBetweenFileAndServer();
    void importAnnotationsAndAgreement();

private:
    QString write(const QString &name, const QByteArray &content)
    {
        return Test::writeFile(QDir(m_dir.path()), name, content);
    }
    // The tables of the database's public schema, as the superuser sees them.
    static QStringList tables(const QString &database);
    QTemporaryDir m_dir;
};

void TestCliServer::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(PARALLAX_BINARY)));
    QVERIFY2(!TestBackends::serverSocketDir().isEmpty(),
        "PARALLAX_TEST_PGHOST is not set: run the test through ctest (scripts/pgcluster)");
}

QStringList TestCliServer::tables(const QString &database)
{
    QStringList names;
    const QString connection = u"tables-"_s + database;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connection);
        db.setHostName(TestBackends::serverSocketDir());
        db.setUserName(u"parallax_admin"_s);
        db.setDatabaseName(database);
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(u"SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
                       " ORDER BY tablename"_s);
            while (query.next())
                names.append(query.value(0).toString());
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return names;
}

void TestCliServer::newImportListSearchShow()
{
    auto database = TestBackends::freshDatabase(u"work"_s);
    QVERIFY2(database.ok(), qPrintable(database.error()));
    const QString project = TestBackends::serverUri(database.value());
    Test::CliRun r = Test::runParallax({u"new"_s, project});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(tables(database.value()).contains(u"article"_s));
    r = Test::runParallax({u"new"_s, project});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"already holds a Parallax project"_s), qPrintable(r.err));

    const QString a = write(u"ledger.txt"_s,
        "Title: Water talks end\nOutlet: Harbour Ledger\nDate: 2025-11-24\n\n"
        "Zürich 😀 watched as \"the talks were difficult but fruitful,\" Ilse Marrow said in "
        "Kessling.");
    const QString b
        = write(u"post.json"_s, R"({"title": "Deal in sight", "outlet": "The Meridian Post",
        "published": "2025-11-24T09:30:00Z", "body": "Marrow called the talks difficult but productive."})");
    r = Test::runParallax({u"import"_s, project, a, b, u"--story"_s, u"Lake Varn"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(u"Imported 2 articles"_s));

    r = Test::runParallax({u"list"_s, project});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"Lake Varn (2 articles)"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"Harbour Ledger — Water talks end"_s));

    r = Test::runParallax({u"search"_s, project, u"zurich fruitful"_s, u"--format"_s, u"json"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray results = r.json().value(u"results"_s).toArray();
    QCOMPARE(results.size(), 1);
    const QJsonObject hit = results.at(0).toObject();
    QCOMPARE(hit.value(u"title"_s).toString(), u"Water talks end"_s);
    // The highlights are code points into the snippet, as for a file project: the emoji between
    // the two matches counts one. "zurich" found "Zürich" (unaccent, as FTS5's diacritics).
    const QList<uint> snippet = hit.value(u"snippet"_s).toString().toUcs4();
    const QJsonArray highlights = hit.value(u"highlights"_s).toArray();
    QStringList marked;
    for (const QJsonValue &range : highlights) {
        const int start = range.toArray().at(0).toInt();
        const QList<uint> part = snippet.mid(start, range.toArray().at(1).toInt() - start);
        marked.append(
            QString::fromUcs4(reinterpret_cast<const char32_t *>(part.constData()), part.size()));
    }
    QCOMPARE(marked, (QStringList {u"Zürich"_s, u"fruitful"_s}));

    r = Test::runParallax({u"search"_s, project, u"difficult -fruitful"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(u"Deal in sight"_s));
    QVERIFY(!r.out.contains(u"Water talks end"_s));

    r = Test::runParallax({u"show"_s, project, QString::number(hit.value(u"id"_s).toInteger())});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith(u"Title: Water talks end\nOutlet: Harbour Ledger\n"_s));
    QVERIFY(r.out.contains(u"Zürich 😀 watched as"_s));

    // The same file again: recognised on the server too.
    r = Test::runParallax({u"import"_s, project, a});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(u"already in the project"_s));
}

void TestCliServer::newRefusesADatabaseInUse_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QString>("message");
    QTest::newRow("other tables") << QStringList {u"CREATE TABLE invoices (id int)"_s}
                                  << u"holds other tables"_s;
    QTest::newRow("newer project")
        << QStringList {u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
               u"INSERT INTO meta VALUES ('application', 'parallax'), ('schema_version', '99')"_s}
        << u"already holds a Parallax project (format 99)"_s;
}

void TestCliServer::newRefusesADatabaseInUse()
{
    QFETCH(QStringList, statements);
    QFETCH(QString, message);
    auto database = TestBackends::freshDatabase(u"inuse"_s);
    QVERIFY2(database.ok(), qPrintable(database.error()));
    auto made = TestBackends::onServer(database.value(), statements);
    QVERIFY2(made.ok(), qPrintable(made.error()));
    const QStringList before = tables(database.value());
    const QString project = TestBackends::serverUri(database.value());
    Test::CliRun r = Test::runParallax({u"new"_s, project});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY2(r.err.contains(project), qPrintable(r.err));
    QCOMPARE(tables(database.value()), before);
    r = Test::runParallax({u"list"_s, project});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(tables(database.value()), before);
}

void TestCliServer::openRefusesAnEmptyDatabase()
{
    auto database = TestBackends::freshDatabase(u"empty"_s);
    QVERIFY2(database.ok(), qPrintable(database.error()));
    Test::CliRun r = Test::runParallax({u"list"_s, TestBackends::serverUri(database.value())});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"holds no project"_s), qPrintable(r.err));
    QVERIFY(tables(database.value()).isEmpty());
}

void TestCliServer::badAddressIsAUserError()
{
    // No such database, no such role, no server in that folder: one line naming the address.
    for (const QString &uri : {TestBackends::serverUri(u"nosuchdatabase"_s),
             TestBackends::serverUri(u"postgres"_s, u"nosuchrole"_s),
             u"postgresql://parallax_admin@/postgres?host=%1"_s.arg(m_dir.path())}) {
        Test::CliRun r = Test::runParallax({u"list"_s, uri});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"cannot connect"_s), qPrintable(r.err));
        QVERIFY2(r.err.startsWith(u"parallax: postgresql://"_s) || r.err.contains(uri),
            qPrintable(r.err));
    }
    Test::CliRun r = Test::runParallax({u"list"_s, u"postgresql://host:notaport/db"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"'notaport' is not a port number"_s), qPrintable(r.err));
}

void TestCliServer::users()
{
    auto database = TestBackends::freshDatabase(u"team"_s);
    QVERIFY2(database.ok(), qPrintable(database.error()));
    const QString project = TestBackends::serverUri(database.value());
    QCOMPARE(Test::runParallax({u"new"_s, project}).exitCode, 0);
    const QString user = u"mara_%1"_s.arg(QCoreApplication::applicationPid());
    const QString passwordFile = write(u"password"_s, "s3cret 'quoted'\n");

    Test::CliRun r = Test::runParallax({u"users"_s, project, u"add"_s, user, u"--role"_s,
        u"analyst"_s, u"--password-file"_s, passwordFile});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(u"Added %1 as analyst"_s.arg(user)));
    // The password reached the server (as a hash), not the role's name or nothing.
    QVERIFY(TestBackends::onServer(u"postgres"_s,
        {u"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_authid WHERE rolname = '%1'"
         " AND rolpassword LIKE 'SCRAM-SHA-256$%') THEN RAISE 'no password'; END IF; END $$"_s.arg(
             user)})
                .ok());

    r = Test::runParallax({u"users"_s, project, u"list"_s, u"--format"_s, u"json"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray accounts = r.json().value(u"accounts"_s).toArray();
    QCOMPARE(accounts.size(), 2);
    QCOMPARE(accounts.at(0).toObject().value(u"role"_s).toString(), u"administrator"_s);
    QCOMPARE(accounts.at(1).toObject().value(u"name"_s).toString(), user);
    QCOMPARE(accounts.at(1).toObject().value(u"role"_s).toString(), u"analyst"_s);

    r = Test::runParallax({u"users"_s, project, u"set-role"_s, user, u"curator"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = Test::runParallax({u"users"_s, project, u"list"_s});
    QVERIFY2(r.out.contains(user + u"  curator"_s), qPrintable(r.out));

    // What she may not: manage accounts, connected as herself.
    r = Test::runParallax({u"users"_s, TestBackends::serverUri(database.value(), user), u"add"_s,
        u"friend"_s, u"--role"_s, u"curator"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"only the project's administrator"_s), qPrintable(r.err));

    r = Test::runParallax({u"users"_s, project, u"set-role"_s, user, u"owner"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"'owner' is not a role"_s), qPrintable(r.err));
    r = Test::runParallax({u"users"_s, project, u"add"_s, u"x"_s});
    QCOMPARE(r.exitCode, 2);

    // A viewer's import: refused with one message, no pages of server warnings after it.
    const QString viewer = u"vic_%1"_s.arg(QCoreApplication::applicationPid());
    QCOMPARE(Test::runParallax({u"users"_s, project, u"add"_s, viewer, u"--role"_s, u"viewer"_s})
                 .exitCode,
        0);
    const QString article = write(u"viewer.txt"_s, "Title: Mine\n\nA viewer tries to import.");
    r = Test::runParallax(
        {u"import"_s, TestBackends::serverUri(database.value(), viewer), article});
    QCOMPARE(r.exitCode, 1);
    // Refused before it reaches the server: the account may only read.
    QVERIFY2(r.err.contains(u"this account may only read the project (a viewer's)"_s),
        qPrintable(r.err));
    QVERIFY2(r.err.count(u'\n') <= 3, qPrintable(r.err.left(2000)));
    QVERIFY(Test::runParallax({u"list"_s, project}).out.contains(u"no articles yet"_s));

    r = Test::runParallax({u"users"_s, project, u"remove"_s, user});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = Test::runParallax({u"users"_s, project, u"list"_s});
    QVERIFY(!r.out.contains(user));
    // A file project has no accounts.
    const QString file = m_dir.filePath(u"alone.parallax"_s);
    QCOMPARE(Test::runParallax({u"new"_s, file}).exitCode, 0);
    r = Test::runParallax({u"users"_s, file, u"list"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"server projects"_s), qPrintable(r.err));
}

void TestCliServer::sampleAnnotateCompareExport()
{
    auto database = TestBackends::freshDatabase(u"sample"_s);
    QVERIFY2(database.ok(), qPrintable(database.error()));
    const QString project = TestBackends::serverUri(database.value());
    const QString story = u"Lake Varn water talks"_s;
    Test::CliRun r = Test::runParallax({u"new"_s, project, u"--sample"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = Test::runParallax({u"list"_s, project});
    QVERIFY2(r.out.contains(story + u" (3 articles)"_s), qPrintable(r.out + r.err));

    // A URI is a project to annotate and compare, not a file to read.
    r = Test::runParallax({u"annotate"_s, project, u"--story"_s, story});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.startsWith(u"Annotated 3 articles"_s), qPrintable(r.out + r.err));
    r = Test::runParallax({u"compare"_s, project, u"--story"_s, story});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"aligned passages"_s), qPrintable(r.out));

    const QString out = m_dir.filePath(u"dossier.md"_s);
    r = Test::runParallax({u"export"_s, project, u"--story"_s, story, u"--format"_s, u"md"_s,
        u"--out"_s, out, u"--prepared-by"_s, u"Ines Vell"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.startsWith(u"Exported 3 articles with "_s), qPrintable(r.out + r.err));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("Prepared by Ines Vell on "));
}

// Annotating again replaces the proposals and removes the entities only they named. An analyst
// may not delete entities herself (merging is a curator's), so the job does it through the
// administrator's function, which deletes nothing an annotation still names.
void TestCliServer::analystAnnotatesAgain()
{
    auto database = TestBackends::freshDatabase(u"reannotate"_s);
    QVERIFY2(database.ok(), qPrintable(database.error()));
    const QString project = TestBackends::serverUri(database.value());
    const QString story = u"Lake Varn water talks"_s;
    Test::CliRun r = Test::runParallax({u"new"_s, project, u"--sample"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString analyst = u"ana_%1"_s.arg(QCoreApplication::applicationPid());
    r = Test::runParallax({u"users"_s, project, u"add"_s, analyst, u"--role"_s, u"analyst"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString asAnalyst = TestBackends::serverUri(database.value(), analyst);
    for (int run = 0; run < 2; ++run) {
        r = Test::runParallax({u"annotate"_s, asAnalyst, u"--story"_s, story});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(u"Annotated 3 articles"_s), qPrintable(r.out + r.err));
    }
    // An unused entity the administrator left: the analyst's function call removes it, her own
    // DELETE does not, and nobody but an analyst or curator may call it.
    QVERIFY(TestBackends::onServer(database.value(),
        {u"INSERT INTO entity (story_id, name, type, created, modified)"
         " VALUES (NULL, 'Nobody Named', 'PERSON', '', '')"_s})
                .ok());
    auto psql = [&](const QString &role, const QString &statement) {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"as-"_s + role);
        db.setHostName(TestBackends::serverSocketDir());
        db.setUserName(role);
        db.setDatabaseName(database.value());
        QString error;
        if (!db.open())
            error = db.lastError().text();
        else if (QSqlQuery query(db); !query.exec(statement))
            error = query.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"as-"_s + role);
        return error;
    };
    QVERIFY(psql(analyst, u"DELETE FROM entity"_s).contains(u"permission denied"_s));
    const QString viewer = u"vic2_%1"_s.arg(QCoreApplication::applicationPid());
    QCOMPARE(Test::runParallax({u"users"_s, project, u"add"_s, viewer, u"--role"_s, u"viewer"_s})
                 .exitCode,
        0);
    QVERIFY(psql(viewer, u"SELECT parallax_remove_unused_entities(NULL, NULL)"_s)
                .contains(u"permission denied"_s));
    const QString used = u"SELECT count(*) FROM entity e WHERE EXISTS"
                         " (SELECT 1 FROM annotation a WHERE a.entity_id = e.id)"_s;
    const auto count = [&](const QString &sql) {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"count"_s);
        db.setHostName(TestBackends::serverSocketDir());
        db.setUserName(u"parallax_admin"_s);
        db.setDatabaseName(database.value());
        int n = -1;
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                n = query.value(0).toInt();
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"count"_s);
        return n;
    };
    const int usedBefore = count(used);
    QVERIFY(usedBefore > 0);
    QCOMPARE(count(u"SELECT count(*) FROM entity WHERE name = 'Nobody Named'"_s), 1);
    QCOMPARE(psql(analyst, u"SELECT parallax_remove_unused_entities(NULL, NULL)"_s), QString());
    QCOMPARE(count(u"SELECT count(*) FROM entity WHERE name = 'Nobody Named'"_s), 0);
    QCOMPARE(count(used), usedBefore);
}

// An analyst annotating articles that hold a curator's unreviewed proposals: she may not remove
// them (they are the curator's), so they stay as they were, she adds no second copy of them, and
// the command says so instead of calling them reviewed.
void TestCliServer::analystLeavesOthersProposals()
{
    auto database = TestBackends::freshDatabase(u"others"_s);
    QVERIFY2(database.ok(), qPrintable(database.error()));
    const QString project = TestBackends::serverUri(database.value());
    const QString story = u"Lake Varn water talks"_s;
    Test::CliRun r = Test::runParallax({u"new"_s, project, u"--sample"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString curator = u"cur_%1"_s.arg(QCoreApplication::applicationPid());
    const QString analyst = u"ann_%1"_s.arg(QCoreApplication::applicationPid());
    for (const auto &[who, role] :
        {std::pair {curator, u"curator"_s}, std::pair {analyst, u"analyst"_s}}) {
        r = Test::runParallax({u"users"_s, project, u"add"_s, who, u"--role"_s, role});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }
    const auto count = [&](const QString &sql) {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"count"_s);
        db.setHostName(TestBackends::serverSocketDir());
        db.setUserName(u"parallax_admin"_s);
        db.setDatabaseName(database.value());
        int n = -1;
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                n = query.value(0).toInt();
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"count"_s);
        return n;
    };
    const QString proposalsOf = u"SELECT count(*) FROM annotation WHERE origin = 'automatic'"
                                " AND status = 'proposed' AND analyst = '%1'"_s;
    r = Test::runParallax(
        {u"annotate"_s, TestBackends::serverUri(database.value(), curator), u"--story"_s, story});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const int curators = count(proposalsOf.arg(curator));
    QVERIFY(curators > 0);
    const int all = count(u"SELECT count(*) FROM annotation"_s);

    r = Test::runParallax(
        {u"annotate"_s, TestBackends::serverUri(database.value(), analyst), u"--story"_s, story});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"proposals of other authors were left as they were, unreviewed: only"
                            " their author or a curator replaces them."_s),
        qPrintable(r.out));
    QVERIFY2(!r.out.contains(u"already reviewed"_s), qPrintable(r.out));
    QCOMPARE(count(proposalsOf.arg(curator)), curators);
    QCOMPARE(count(proposalsOf.arg(analyst)), 0);
    QCOMPARE(count(u"SELECT count(*) FROM annotation"_s), all);

    // The curator's run replaces her own, as before, and finds nobody else's.
    r = Test::runParallax(
        {u"annotate"_s, TestBackends::serverUri(database.value(), curator), u"--story"_s, story});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(!r.out.contains(u"left as they were"_s), qPrintable(r.out));
    QCOMPARE(count(proposalsOf.arg(curator)), curators);
}

// A team starts from a file, an analyst takes a snapshot back: the same rows, ids and text at
// each step, checked by the command (hashes) and here (what list and search show).
void TestCliServer::copyBetweenFileAndServer()
{
    const QString file = m_dir.filePath(u"start.parallax"_s);
    QCOMPARE(Test::runParallax({u"new"_s, file, u"--sample"_s}).exitCode, 0);
    // A tag under a parent made after it (moved there): the copy must not need parents first.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"start"_s);
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(
            query.exec(u"INSERT INTO tag (id, parent_id, name) VALUES (901, NULL, 'Framing')"_s));
        QVERIFY(query.exec(u"INSERT INTO tag (id, parent_id, name) VALUES (900, 901, 'Blame')"_s));
    }
    QSqlDatabase::removeDatabase(u"start"_s);
    const QString story = u"Lake Varn water talks"_s;
    auto database = TestBackends::freshDatabase(u"copy"_s);
    QVERIFY2(database.ok(), qPrintable(database.error()));
    const QString server = TestBackends::serverUri(database.value());

    Test::CliRun r = Test::runParallax({u"copy"_s, file, server, u"--format"_s, u"json"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray tables = r.json().value(u"tables"_s).toArray();
    QVERIFY(tables.size() > 10);
    qint64 annotations = 0;
    for (const QJsonValue &t : tables) {
        if (t.toObject().value(u"table"_s).toString() == "annotation"_L1)
            annotations = t.toObject().value(u"rows"_s).toInteger();
    }
    QVERIFY(annotations > 0); // the sample comes annotated

    const QString listed = Test::runParallax({u"list"_s, file, u"--format"_s, u"json"_s}).out;
    QCOMPARE(Test::runParallax({u"list"_s, server, u"--format"_s, u"json"_s}).out, listed);
    auto parent = TestBackends::onServer(database.value(),
        {u"DO $$ BEGIN IF (SELECT parent_id FROM tag WHERE id = 900) IS DISTINCT FROM 901"
         " THEN RAISE 'the tag lost its parent'; END IF; END $$"_s});
    QVERIFY2(parent.ok(), qPrintable(parent.error()));
    r = Test::runParallax({u"search"_s, server, u"water"_s});
    QVERIFY2(r.exitCode == 0 && r.out.contains(u"#"_s), qPrintable(r.out + r.err));

    // New rows on the server continue after the copied ids.
    const QString more = write(u"more.txt"_s, "Title: Later\n\nA later report from Kessling.");
    r = Test::runParallax({u"import"_s, server, more, u"--story"_s, story});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    const QString back = m_dir.filePath(u"snapshot.parallax"_s);
    r = Test::runParallax({u"copy"_s, server, back});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(u"counts and content hashes match"_s));
    QCOMPARE(Test::runParallax({u"list"_s, back, u"--format"_s, u"json"_s}).out,
        Test::runParallax({u"list"_s, server, u"--format"_s, u"json"_s}).out);

    // DEST must be new: the file and the filled database are refused, untouched.
    r = Test::runParallax({u"copy"_s, server, back});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"already exists"_s), qPrintable(r.err));
    r = Test::runParallax({u"copy"_s, back, server});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"already holds a Parallax project"_s), qPrintable(r.err));
}

// Two analysts' JSON-LD files imported by the administrator (who writes the authors as the files
// name them, as a copy would), and the agreement of their layers: the figures of the same files
// on a project file (tst_agreementcli). An analyst's import is recorded as hers.
void TestCliServer::importAnnotationsAndAgreement()
{
    using namespace AgreementFiles;
    auto database = TestBackends::freshDatabase(u"agree"_s);
    QVERIFY2(database.ok(), qPrintable(database.error()));
    const QString project = TestBackends::serverUri(database.value());
    QCOMPARE(Test::runParallax({u"new"_s, project}).exitCode, 0);
    const QString article = write(u"agreement.json"_s,
        QJsonDocument(
            QJsonObject {{u"title"_s, u"Varn accord"_s}, {u"outlet"_s, u"Harbour Ledger"_s},
                {u"url"_s, kUrl}, {u"body"_s, body()}})
            .toJson());
    Test::CliRun r
        = Test::runParallax({u"import"_s, project, article, u"--story"_s, u"Lake Varn"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString ana = write(u"ana.jsonld"_s,
        annotations(u"Ana Ferro"_s,
            {{75, 70, "PER"}, {220, 30, "PER"}, {30, 60, "ORG"}, {150, 50, "ORG"}}));
    const QString ben = write(u"ben.jsonld"_s,
        annotations(u"Ben Osei"_s,
            {{70, 80, "PER"}, {205, 20, "PER"}, {250, 20, "PER"}, {30, 60, "ORG"},
                {150, 50, "ORG"}}));

    r = Test::runParallax({u"import-annotations"_s, project, ana, ben});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(u"Imported 9 annotations, 0 already present"_s), qPrintable(r.out));
    r = Test::runParallax({u"import-annotations"_s, project, ana});
    QVERIFY2(r.out.contains(u"Imported 0 annotations, 4 already present"_s), qPrintable(r.out));

    r = Test::runParallax({u"agreement"_s, project, u"--format"_s, u"json"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QJsonObject o = r.json();
    QCOMPARE(o.value(u"analysts"_s).toArray(), QJsonArray({u"Ana Ferro"_s, u"Ben Osei"_s}));
    QCOMPARE(o.value(u"alpha_u"_s).toObject().value(u"all"_s).toDouble(), 0.8587);
    QCOMPARE(o.value(u"kappa"_s).toObject().value(u"all"_s).toDouble(), 0.5685);
    QCOMPARE(o.value(u"disagreements"_s).toArray().size(), 5);

    // An analyst's file naming someone else: the annotation is hers (the server's trigger), so
    // agreement finds a third layer under her account's name.
    const QString ilse = u"ilse_%1"_s.arg(QCoreApplication::applicationPid());
    const QString vic = u"vic_a_%1"_s.arg(QCoreApplication::applicationPid());
    QCOMPARE(Test::runParallax({u"users"_s, project, u"add"_s, ilse, u"--role"_s, u"analyst"_s})
                 .exitCode,
        0);
    QCOMPARE(
        Test::runParallax({u"users"_s, project, u"add"_s, vic, u"--role"_s, u"viewer"_s}).exitCode,
        0);
    const QString other
        = write(u"other.jsonld"_s, annotations(u"Cara Lind"_s, {{75, 70, "PER"}, {30, 60, "ORG"}}));
    r = Test::runParallax(
        {u"import-annotations"_s, TestBackends::serverUri(database.value(), ilse), other});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(u"Imported 2 annotations"_s), qPrintable(r.out));
    r = Test::runParallax(
        {u"agreement"_s, TestBackends::serverUri(database.value(), vic), u"--format"_s, u"json"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err)); // a viewer reads the figures
    o = r.json();
    QCOMPARE(o.value(u"analysts"_s).toArray(), QJsonArray({u"Ana Ferro"_s, u"Ben Osei"_s, ilse}));

    // A viewer's import is refused whole.
    r = Test::runParallax({u"import-annotations"_s, TestBackends::serverUri(database.value(), vic),
        write(u"viewer.jsonld"_s, annotations(u"Vic"_s, {{10, 5, "ORG"}}))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"may only read the project"_s), qPrintable(r.err));
    r = Test::runParallax({u"agreement"_s, project, u"--format"_s, u"json"_s});
    QCOMPARE(r.json().value(u"analysts"_s).toArray().size(), 3);
}

QTEST_GUILESS_MAIN(TestCliServer)
#include "tst_cliserver.moc"
