// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotate/annotator.h"
#include "jobs/annotationjob.h"
#include "sample/sampleproject.h"
#include "storage/connection.h"
#include "storage/entitystore.h"
#include "storage/project.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parallax;

class TestAnnotationJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_project.reset(); }
    void storesProposalsWithProvenance();
    void rerunKeepsManualAndReviewed();
    void entitiesAreSharedAcrossTheStory();
    void entitiesLeftWithoutAnnotationsGo();
    void cancelStopsBetweenArticles();
    void unknownArticleIsAnError();

private:
    int count(const QString &where);
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
};

void TestAnnotationJob::init()
{
    const QString path = m_dir.filePath(u"a.parallax"_s);
    QFile::remove(path);
    QVERIFY(SampleProject::create(path).ok());
    m_project = std::move(Project::open(path)).value();
    // The sample comes annotated; these tests start from articles with no annotations.
    QSqlQuery query(Storage::connection(*m_project));
    QVERIFY(query.exec(u"DELETE FROM annotation"_s) && query.exec(u"DELETE FROM entity"_s));
}

int TestAnnotationJob::count(const QString &where)
{
    QSqlQuery query(Storage::connection(*m_project));
    query.exec(u"SELECT COUNT(*) FROM annotation WHERE "_s + where);
    return query.next() ? query.value(0).toInt() : -1;
}

void TestAnnotationJob::storesProposalsWithProvenance()
{
    AnnotationJob job(*m_project);
    QList<int> progress;
    job.setProgressCallback([&](int done, int total) {
        QCOMPARE(total, 3);
        progress.append(done);
    });
    auto summary = job.run();
    QVERIFY2(summary.ok(), qPrintable(summary.error()));
    QCOMPARE(summary->articles, 3);
    QCOMPARE(progress, (QList<int> {1, 2, 3}));
    QVERIFY(summary->proposals > 20);
    QCOMPARE(count(u"1"_s), summary->proposals);
    QCOMPARE(
        count(u"origin = 'automatic' AND status = 'proposed' AND annotator = 'parallax-annotator'"
              " AND annotator_version <> '' AND confidence BETWEEN 0 AND 1"_s),
        summary->proposals);
    // Every stored span matches the article text exactly.
    QSqlQuery query(Storage::connection(*m_project));
    QVERIFY(query.exec(u"SELECT a.body, n.start_offset, n.end_offset, n.exact FROM annotation n"
                       " JOIN article a ON a.id = n.article_id"_s));
    while (query.next()) {
        const QString body = query.value(0).toString();
        QCOMPARE(body.mid(query.value(1).toInt(), query.value(2).toInt() - query.value(1).toInt()),
            query.value(3).toString());
    }
    QVERIFY(count(u"kind = 'entity' AND label = 'PERSON' AND exact = 'Tomas Ardelan'"_s) >= 1);
}

void TestAnnotationJob::rerunKeepsManualAndReviewed()
{
    QVERIFY(AnnotationJob(*m_project).run().ok());
    const int first = count(u"1"_s);
    QSqlQuery query(Storage::connection(*m_project));
    QVERIFY(query.exec(u"SELECT id FROM annotation WHERE kind = 'entity' ORDER BY id LIMIT 2"_s));
    QVERIFY(query.next());
    const qint64 accepted = query.value(0).toLongLong();
    QVERIFY(query.next());
    const qint64 rejected = query.value(0).toLongLong();
    QVERIFY(query.exec(
        u"UPDATE annotation SET status = 'accepted', analyst = 'Mara' WHERE id = %1"_s.arg(
            accepted)));
    QVERIFY(query.exec(
        u"UPDATE annotation SET status = 'rejected', analyst = 'Mara' WHERE id = %1"_s.arg(
            rejected)));
    QVERIFY(query.exec(
        u"INSERT INTO annotation (article_id, kind, label, start_offset, end_offset, exact, origin,"
        " analyst, status, note, created, modified) VALUES (1, 'note', '', 0, 8, 'KESSLING', "
        "'manual',"
        " 'Mara', 'accepted', 'check the dateline', 'now', 'now')"_s));
    const qint64 manual = query.lastInsertId().toLongLong();

    auto again = AnnotationJob(*m_project).run();
    QVERIFY(again.ok());
    // Neither decision is proposed again: the accepted one is decoded as the analyst's span and
    // kept, the rejected one's type is forbidden on its span, so it is not even found.
    QCOMPARE(again->kept, 1);
    // Replaced, not doubled: what was written, the two decisions and the manual note. (Not
    // first + 1: the rejection steers what is proposed at its span and at its repeats.)
    QCOMPARE(count(u"1"_s), again->proposals + 3);
    QVERIFY(qAbs(count(u"1"_s) - (first + 1)) <= 3);
    QCOMPARE(count(u"id = %1 AND status = 'accepted'"_s.arg(accepted)), 1);
    QCOMPARE(count(u"id = %1 AND status = 'rejected'"_s.arg(rejected)), 1);
    QCOMPARE(count(u"id = %1 AND note = 'check the dateline'"_s.arg(manual)), 1);
    // No second proposal at the span of a decided one. Cues and speakers belong to their quote:
    // one speaker phrase may speak two quotes ("'...,' he said, adding that ..."), so they are
    // compared within the same parent only.
    QVERIFY(query.exec(
        u"SELECT COUNT(*) FROM annotation a JOIN annotation b ON a.article_id = b.article_id"
        " AND a.kind = b.kind AND a.label = b.label AND a.start_offset = b.start_offset"
        " AND a.end_offset = b.end_offset AND a.parent_id IS b.parent_id AND a.id < b.id"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

void TestAnnotationJob::entitiesAreSharedAcrossTheStory()
{
    QVERIFY(AnnotationJob(*m_project).run().ok());
    QSqlQuery query(Storage::connection(*m_project));
    // "Tomas Ardelan" is mentioned in all three articles: one entity record, linked from each.
    QVERIFY(query.exec(
        u"SELECT COUNT(DISTINCT n.entity_id), COUNT(DISTINCT n.article_id) FROM annotation n"
        " JOIN entity e ON e.id = n.entity_id WHERE e.name = 'Tomas Ardelan'"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QCOMPARE(query.value(1).toInt(), 3);
    // The entities panel says where each entity is mentioned.
    bool found = false;
    const auto entities = EntityStore(*m_project).entities(1);
    for (const EntityRecord &e : entities.value()) {
        if (e.name == "Tomas Ardelan"_L1) {
            found = true;
            QCOMPARE(e.outlets,
                (QStringList {
                    u"Caldwell Daily Wire"_s, u"Harbour Ledger"_s, u"The Meridian Post"_s}));
        }
    }
    QVERIFY(found);
    QVERIFY(query.exec(u"SELECT COUNT(*) FROM entity WHERE story_id IS NULL"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    // One record per entity of the story, even when the recogniser typed its mentions differently.
    QVERIFY(
        query.exec(
            u"SELECT COUNT(*) FROM (SELECT name FROM entity GROUP BY story_id, name HAVING COUNT(*) > 1)"_s)
        && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

// Annotating again replaces the proposals; an entity that only they pointed at goes, and so does
// one of the story that nothing points at any more. (Each article once looked at every entity of
// the story for this, which made a story's annotation quadratic; now it looks at those its
// proposals touched, and the story once.)
void TestAnnotationJob::entitiesLeftWithoutAnnotationsGo()
{
    AnnotationJob job(*m_project);
    QVERIFY(job.run().ok());
    QSqlQuery query(Storage::connection(*m_project));
    QVERIFY(
        query.exec(u"SELECT story_id, article_id FROM story_article LIMIT 1"_s) && query.next());
    const qint64 story = query.value(0).toLongLong();
    const qint64 article = query.value(1).toLongLong();
    EntityStore entities(*m_project);
    const qint64 ghost = entities.findOrCreate(story, u"PERSON"_s, u"Ghost Writer"_s).value();
    const qint64 idle = entities.findOrCreate(story, u"ORG"_s, u"Idle Council"_s).value();
    QVERIFY(query.exec(u"INSERT INTO annotation (article_id, kind, label, start_offset, end_offset,"
                       " exact, origin, status, entity_id, created, modified) VALUES (%1, 'entity',"
                       " 'PERSON', 0, 1, 'x', 'automatic', 'proposed', %2, '2026-12-02T00:00:00Z',"
                       " '2026-12-02T00:00:00Z')"_s.arg(article)
                           .arg(ghost)));
    QVERIFY(query.exec(u"SELECT COUNT(*) FROM entity"_s) && query.next());
    const int before = query.value(0).toInt();

    QVERIFY(job.run().ok());
    QVERIFY(query.exec(u"SELECT id FROM entity WHERE id IN (%1, %2)"_s.arg(ghost).arg(idle)));
    QVERIFY(!query.next());
    QVERIFY(query.exec(u"SELECT COUNT(*) FROM entity"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), before - 2); // the story's real entities all stay
    QVERIFY(query.exec(u"SELECT COUNT(*) FROM entity e WHERE NOT EXISTS"
                       " (SELECT 1 FROM annotation a WHERE a.entity_id = e.id)"_s)
        && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

void TestAnnotationJob::cancelStopsBetweenArticles()
{
    std::atomic_bool cancel {false};
    AnnotationJob job(*m_project);
    job.setCancelFlag(&cancel);
    job.setProgressCallback([&](int done, int) {
        if (done == 1)
            cancel = true;
    });
    auto summary = job.run();
    QVERIFY(summary.ok());
    QVERIFY(summary->cancelled);
    QCOMPARE(summary->articles, 1);
    QSqlQuery query(Storage::connection(*m_project));
    QVERIFY(query.exec(u"SELECT COUNT(DISTINCT article_id) FROM annotation"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

void TestAnnotationJob::unknownArticleIsAnError()
{
    auto summary = AnnotationJob(*m_project).run(0, 999);
    QVERIFY(!summary.ok());
    QVERIFY(summary.error().contains(u"999"_s));
}

QTEST_GUILESS_MAIN(TestAnnotationJob)
#include "tst_annotationjob.moc"
