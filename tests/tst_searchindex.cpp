// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backends.h"
#include "storage/articlestore.h"
#include "storage/connection.h"
#include "storage/project.h"
#include "storage/searchindex.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parallax;

class TestSearchIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { TestBackends::addRows(); }
    void init();
    void cleanup() { m_project.reset(); }
    void ftsQuery_data();
    void ftsQuery();
    void tsQuery_data();
    void tsQuery();
    void findsWordsInBody();
    void titleRanksAboveBody();
    void phraseAndExclusion();
    void prefixAndDiacritics();
    void snippetMarksMatches();
    void limitKeepsTheBestRanked();
    void indexFollowsUpdatesAndDeletes();
    void hostileQueriesDoNotFail();

private:
    QList<qint64> ids(const QString &query);
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    qint64 m_ledger = 0;
    qint64 m_post = 0;
    qint64 m_wire = 0;
};

void TestSearchIndex::init()
{
    auto project = TestBackends::freshProject(m_dir, u"s.parallax"_s);
    QVERIFY2(project.ok(), qPrintable(project.error()));
    m_project = std::move(project).value();
    ArticleStore store(*m_project);
    auto add = [&](const QString &title, const QString &body) {
        ArticleDraft d;
        d.title = title;
        d.body = body;
        return store.insert(d)->id;
    };
    m_ledger = add(u"Veltria and Osmark agree on water"_s,
        u"The talks were difficult but fruitful, said Ilse Marrow in Kessling. Farmers in Zürich watched."_s);
    m_post = add(u"Deal in sight"_s,
        u"Marrow described the talks as difficult but productive. The water deal nears."_s);
    m_wire = add(u"Ministers hail turning point"_s,
        u"Ardelan admitted the agreement was fragile. Fruitful, he said later."_s);
}

QList<qint64> TestSearchIndex::ids(const QString &query)
{
    QList<qint64> result;
    SearchIndex index(*m_project);
    auto hits = index.search(query);
    if (!hits) {
        qWarning("%s", qPrintable(hits.error()));
        return {};
    }
    for (const SearchHit &hit : hits.value())
        result.append(hit.articleId);
    return result;
}

void TestSearchIndex::ftsQuery_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("words") << u"water deal"_s << u"(\"water\") AND (\"deal\")"_s;
    QTest::newRow("phrase") << u"\"difficult but fruitful\""_s << u"(\"difficult but fruitful\")"_s;
    QTest::newRow("or") << u"fruitful OR productive"_s << u"(\"fruitful\" OR \"productive\")"_s;
    QTest::newRow("exclude") << u"talks -productive"_s << u"(\"talks\") NOT \"productive\""_s;
    QTest::newRow("prefix") << u"agree*"_s << u"(\"agree\"*)"_s;
    QTest::newRow("punctuation") << u"Osmark's (deal)!"_s << u"(\"Osmark s\") AND (\"deal\")"_s;
    QTest::newRow("only exclusions") << u"-water"_s << QString();
    QTest::newRow("unclosed quote") << u"\"difficult but"_s << u"(\"difficult but\")"_s;
    QTest::newRow("fts syntax is neutralised")
        << u"title:water NEAR(a b) ^x"_s
        << u"(\"title water\") AND (\"NEAR a\") AND (\"b\") AND (\"x\")"_s;
    QTest::newRow("empty") << u"   "_s << QString();
}

void TestSearchIndex::ftsQuery()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(SearchIndex::toFtsQuery(input), expected);
}

void TestSearchIndex::tsQuery_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("words") << u"water deal"_s << u"('water') & ('deal')"_s;
    QTest::newRow("phrase") << u"\"difficult but fruitful\""_s
                            << u"(('difficult' <-> 'but' <-> 'fruitful'))"_s;
    QTest::newRow("or") << u"fruitful OR productive"_s << u"('fruitful' | 'productive')"_s;
    QTest::newRow("exclude") << u"talks -productive"_s << u"('talks') & !'productive'"_s;
    QTest::newRow("prefix") << u"agree*"_s << u"('agree':*)"_s;
    QTest::newRow("punctuation") << u"Osmark's (deal)!"_s << u"(('Osmark' <-> 's')) & ('deal')"_s;
    QTest::newRow("only exclusions") << u"-water"_s << QString();
    QTest::newRow("tsquery syntax is neutralised")
        << u"a&b !c <-> d:*"_s << u"(('a' <-> 'b')) & ('c') & ('d':*)"_s;
}

void TestSearchIndex::tsQuery()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(SearchIndex::toTsQuery(input), expected);
}

void TestSearchIndex::findsWordsInBody()
{
    QCOMPARE(ids(u"Marrow"_s).size(), 2);
    QVERIFY(ids(u"Marrow"_s).contains(m_ledger));
    QCOMPARE(ids(u"ardelan fragile"_s), QList<qint64> {m_wire});
    QVERIFY(ids(u"nonexistentword"_s).isEmpty());
}

void TestSearchIndex::titleRanksAboveBody()
{
    // "water" is in the ledger's title and body, and only in the post's body.
    const QList<qint64> found = ids(u"water"_s);
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.first(), m_ledger);
}

void TestSearchIndex::phraseAndExclusion()
{
    QCOMPARE(ids(u"\"difficult but fruitful\""_s), QList<qint64> {m_ledger});
    QCOMPARE(ids(u"fruitful -Kessling"_s), QList<qint64> {m_wire});
    const QList<qint64> either = ids(u"productive OR fragile"_s);
    QCOMPARE(either.size(), 2);
    QVERIFY(!either.contains(m_ledger));
}

void TestSearchIndex::prefixAndDiacritics()
{
    QCOMPARE(ids(u"agree*"_s).size(), 2); // agree, agreement
    QCOMPARE(ids(u"Zurich"_s), QList<qint64> {m_ledger});
    QCOMPARE(ids(u"ZÜRICH"_s), QList<qint64> {m_ledger});
}

void TestSearchIndex::snippetMarksMatches()
{
    SearchIndex index(*m_project);
    auto hits = index.search(u"productive"_s);
    QVERIFY(hits.ok());
    QCOMPARE(hits->size(), 1);
    const QString marked = SearchIndex::markSnippet(hits->first().snippet, u"<b>"_s, u"</b>"_s);
    QVERIFY2(marked.contains(u"<b>productive</b>"_s), qPrintable(marked));
    QVERIFY(hits->first().score > 0);
    QCOMPARE(hits->first().title, u"Deal in sight"_s);
}

// The hits are the best ranked of all matches, best first, each with its snippet, however many
// more match: the ranking and the limit are applied before the snippets are made.
void TestSearchIndex::limitKeepsTheBestRanked()
{
    ArticleStore store(*m_project);
    QList<qint64> byCount; // article with "quota" k + 1 times among 100 words
    for (int k = 0; k < 80; ++k) {
        // Interleaved so that the best are neither the first nor the last inserted.
        const int count = (k * 37) % 80 + 1;
        QStringList words;
        for (int w = 0; w < 100; ++w)
            words.append(w < count ? u"quota"_s : u"filler%1"_s.arg(w));
        ArticleDraft d;
        d.title = u"Report %1"_s.arg(k);
        d.body = words.join(u' ') + u'.';
        const qint64 id = store.insert(d)->id;
        byCount.resize(std::max<qsizetype>(byCount.size(), count));
        byCount[count - 1] = id;
    }
    SearchIndex index(*m_project);
    auto hits = index.search(u"quota"_s, 50);
    QVERIFY2(hits.ok(), qPrintable(hits.error()));
    QCOMPARE(hits->size(), 50);
    for (int i = 0; i < 50; ++i) {
        QCOMPARE(hits->at(i).articleId, byCount.at(79 - i));
        QVERIFY(hits->at(i).snippet.contains(SearchIndex::kMatchStart));
    }
}

void TestSearchIndex::indexFollowsUpdatesAndDeletes()
{
    QSqlQuery query(Storage::connection(*m_project));
    QVERIFY(query.exec(
        u"UPDATE article SET body = 'Ardelan left the room. Nothing else.' WHERE id = %1"_s.arg(
            m_wire)));
    QVERIFY(ids(u"fragile"_s).isEmpty());
    QCOMPARE(ids(u"room"_s), QList<qint64> {m_wire});
    QVERIFY(query.exec(u"DELETE FROM article WHERE id = %1"_s.arg(m_wire)));
    QVERIFY(ids(u"room"_s).isEmpty());
    // FTS5's external-content index can drift from its table; a generated tsvector cannot.
    if (!TestBackends::onPostgres())
        QVERIFY(query.exec(u"INSERT INTO article_fts(article_fts) VALUES ('integrity-check')"_s));
}

void TestSearchIndex::hostileQueriesDoNotFail()
{
    SearchIndex index(*m_project);
    for (const QString &q :
        {u"\""_s, u"(((("_s, u"AND OR NOT"_s, u"*"_s, u"-"_s, u"😀"_s, u"a\"b\"c"_s, u"NEAR("_s}) {
        auto hits = index.search(q);
        QVERIFY2(hits.ok(), qPrintable(q + u": "_s + hits.error()));
    }
}

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
