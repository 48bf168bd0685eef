// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/connection.h"
#include "storage/curationstore.h"
#include "storage/project.h"
#include "storage/schema.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace {

CuratedAnnotation curated(qint64 article, qint64 start, qint64 end, const QString &label)
{
    CuratedAnnotation a;
    a.articleId = article;
    a.label = label;
    a.span.start = start;
    a.span.end = end;
    a.span.exact = u"x"_s;
    a.curator = u"Lead"_s;
    a.sourceAnalyst = u"Ana Ferro"_s;
    return a;
}

} // namespace

class TestCurationStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void upgradesVersion5Project();
    void storesListsAndRemoves();

private:
    QTemporaryDir m_dir;
};

void TestCurationStore::upgradesVersion5Project()
{
    // A project as version 5 wrote it, with an analyst's annotation.
    const QString file = m_dir.filePath(u"v5.parallax"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v5"_s);
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QVERIFY(Schema::migrateTo(db, 0, 5).ok());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"INSERT INTO article (id, title, body, content_hash, imported_at)"
                           " VALUES (1, 'Talks', 'Dana Ekholm left.', 'h', 'now')"_s));
        QVERIFY(query.exec(u"INSERT INTO annotation (id, article_id, kind, label, start_offset,"
                           " end_offset, exact, origin, analyst, status, created, modified)"
                           " VALUES (9, 1, 'entity', 'PERSON', 0, 11, 'Dana Ekholm', 'manual',"
                           " 'Ines', 'accepted', 'now', 'now')"_s));
        QVERIFY(!db.tables().contains(u"curated_annotation"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"v5"_s);

    auto project = Project::open(file);
    QVERIFY2(project.ok(), qPrintable(project.error()));
    QSqlDatabase &db = Storage::connection(*project.value());
    QCOMPARE(Schema::storedVersion(db).value(), Schema::kCurrentVersion);
    QVERIFY(db.tables().contains(u"curated_annotation"_s));
    CurationStore store(*project.value());
    CuratedAnnotation a = curated(1, 0, 11, u"PERSON"_s);
    a.sourceId = 9;
    auto id = store.insert(a);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    // The analyst's annotation may go; the curated one stays, no longer pointing at it.
    QSqlQuery query(db);
    QVERIFY(query.exec(u"DELETE FROM annotation WHERE id = 9"_s));
    QCOMPARE(store.annotation(id.value())->sourceId, 0);
    // The article going takes its curated layer with it.
    QVERIFY(query.exec(u"DELETE FROM article WHERE id = 1"_s));
    QCOMPARE(store.list(0)->size(), 0);
    // A span that ends before it starts is refused by the table itself.
    QVERIFY(query.exec(u"INSERT INTO article (id, title, body, content_hash, imported_at)"
                       " VALUES (2, 'T', 'b', 'h2', 'now')"_s));
    QVERIFY(!store.insert(curated(2, 5, 3, u"ORG"_s)).ok());
}

void TestCurationStore::storesListsAndRemoves()
{
    auto created = Project::create(m_dir.filePath(u"store.parallax"_s));
    QVERIFY(created.ok());
    QSqlDatabase &db = Storage::connection(*created.value());
    QSqlQuery query(db);
    QVERIFY(query.exec(u"INSERT INTO story (id, name, created) VALUES (1, 'Talks', 'now')"_s));
    for (int article : {1, 2}) {
        QVERIFY(query.exec(u"INSERT INTO article (id, title, body, content_hash, imported_at)"
                           " VALUES (%1, 'T', 'body', 'h%1', 'now')"_s.arg(article)));
    }
    QVERIFY(query.exec(u"INSERT INTO story_article (story_id, article_id) VALUES (1, 2)"_s));
    CurationStore store(*created.value());
    const qint64 later = store.insert(curated(2, 10, 12, u"ORG"_s)).value();
    const qint64 earlier = store.insert(curated(2, 3, 8, u"PERSON"_s)).value();
    const qint64 other = store.insert(curated(1, 0, 4, u"LOC"_s)).value();
    // In text order; by story and by article.
    const auto story = store.list(1);
    QVERIFY(story.ok());
    QCOMPARE(story->size(), 2);
    QCOMPARE(story->at(0).id, earlier);
    QCOMPARE(story->at(1).id, later);
    QCOMPARE(story->at(0).curator, u"Lead"_s);
    QCOMPARE(story->at(0).sourceAnalyst, u"Ana Ferro"_s);
    QVERIFY(story->at(0).modified.isValid());
    QCOMPARE(store.list(0, 1)->size(), 1);
    QCOMPARE(store.list(0)->size(), 3);
    // Removed, and stored again under its id, as undo does.
    const CuratedAnnotation kept = store.annotation(earlier).value();
    QCOMPARE(store.remove(earlier).value(), 1);
    QCOMPARE(store.remove(earlier).value(), 0);
    QCOMPARE(store.countExisting({earlier, later, other}).value(), 2);
    QCOMPARE(store.insert(kept).value(), earlier);
    QCOMPARE(store.annotation(earlier).value(), kept);
}

QTEST_GUILESS_MAIN(TestCurationStore)
#include "tst_curationstore.moc"
