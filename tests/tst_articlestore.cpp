// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backends.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/connection.h"
#include "storage/project.h"
#include "storage/sql.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace {

ArticleDraft draft(const QString &title, const QString &body, const QString &published = {})
{
    ArticleDraft d;
    d.title = title;
    d.outlet = u"Harbour Ledger"_s;
    d.body = body;
    d.published = published;
    d.language = u"en"_s;
    d.sourceFormat = u"text"_s;
    return d;
}

} // namespace

class TestArticleStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { TestBackends::addRows(); }
    void init();
    void cleanup() { m_project.reset(); }
    void insertAndReadBack();
    void duplicateBodyIsRecognised();
    void storiesAndListing();
    void positionsWithTwoWriters();
    void dataVersionChangesForOthersOnly();
    void listingCountsAnnotations();
    void missingArticleIsAnError();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
};

void TestArticleStore::init()
{
    QVERIFY(m_dir.isValid());
    auto project = TestBackends::freshProject(m_dir, u"p.parallax"_s);
    QVERIFY2(project.ok(), qPrintable(project.error()));
    m_project = std::move(project).value();
}

void TestArticleStore::insertAndReadBack()
{
    ArticleStore store(*m_project);
    ArticleDraft d = draft(u"Talks 😀 end"_s,
        u"Ilse Marrow said “yes” 👍🏽 in Kessling.\n\nنعم قال"_s, u"2025-11-24"_s);
    d.author = u"Mara Quillen"_s;
    d.url = u"https://harbourledger.example/a"_s;
    d.sourcePath = u"/tmp/a.txt"_s;
    auto inserted = store.insert(d);
    QVERIFY2(inserted.ok(), qPrintable(inserted.error()));
    QVERIFY(!inserted->duplicate);
    auto article = store.article(inserted->id);
    QVERIFY(article.ok());
    QCOMPARE(article->title, d.title);
    QCOMPARE(article->body, d.body);
    QCOMPARE(article->author, d.author);
    QCOMPARE(article->url, d.url);
    QCOMPARE(article->published, d.published);
    QCOMPARE(article->sourcePath, d.sourcePath);
    QCOMPARE(article->wordCount, 8); // the emoji is not a word
    QCOMPARE(article->contentHash.size(), 64);
    QVERIFY(article->importedAt.isValid());
}

void TestArticleStore::duplicateBodyIsRecognised()
{
    ArticleStore store(*m_project);
    auto first = store.insert(draft(u"One"_s, u"The same  text.\nTwice."_s));
    auto second = store.insert(draft(u"Other title"_s, u"The same text. Twice."_s));
    QVERIFY(first.ok() && second.ok());
    QVERIFY(second->duplicate);
    QCOMPARE(second->id, first->id);
    auto third = store.insert(draft(u"Three"_s, u"Different text."_s));
    QVERIFY(!third->duplicate);
}

void TestArticleStore::storiesAndListing()
{
    ArticleStore store(*m_project);
    auto transaction = m_project->transaction();
    const qint64 story = store.storyId(u"Lake Varn"_s, true).value();
    QCOMPARE(store.storyId(u"Lake Varn"_s, false).value(), story);
    QCOMPARE(store.storyId(u"Unknown"_s, false).value(), 0);
    const qint64 late = store.insert(draft(u"Late"_s, u"b"_s, u"2025-11-25"_s))->id;
    const qint64 early = store.insert(draft(u"Early"_s, u"a"_s, u"2025-11-24"_s))->id;
    const qint64 loose = store.insert(draft(u"Loose"_s, u"c"_s))->id;
    QVERIFY(store.addToStory(story, late).ok());
    QVERIFY(store.addToStory(story, early).ok());
    QVERIFY(store.addToStory(story, early).ok()); // adding twice is harmless
    QVERIFY(transaction.commit().ok());

    auto listing = store.listing();
    QVERIFY(listing.ok());
    QCOMPARE(listing->size(), 2);
    QCOMPARE(listing->at(0).story.name, u"Lake Varn"_s);
    QCOMPARE(listing->at(0).articles.size(), 2);
    QCOMPARE(listing->at(0).articles.at(0).id, early); // by date
    QCOMPARE(listing->at(0).articles.at(1).id, late);
    QCOMPARE(listing->at(1).story.id, 0); // articles in no story come last
    QCOMPARE(listing->at(1).articles.size(), 1);
    QCOMPARE(listing->at(1).articles.at(0).id, loose);
}

// Another connection adds to the story between two additions of this one: each article still
// gets a position of its own, after the ones already there.
void TestArticleStore::positionsWithTwoWriters()
{
    ArticleStore store(*m_project);
    const qint64 story = store.storyId(u"Lake Varn"_s, true).value();
    const qint64 first = store.insert(draft(u"First"_s, u"a"_s))->id;
    const qint64 second = store.insert(draft(u"Second"_s, u"b"_s))->id;
    const qint64 third = store.insert(draft(u"Third"_s, u"c"_s))->id;
    QVERIFY(store.addToStory(story, first).ok());
    {
        auto other = Project::open(m_project->path());
        QVERIFY(other.ok());
        QVERIFY(ArticleStore(*other.value()).addToStory(story, second).ok());
    }
    QVERIFY(store.addToStory(story, third).ok());
    QCOMPARE(store.storyArticles(story).value(), (QList<qint64> {first, second, third}));
    QSqlQuery query(Storage::connection(*m_project));
    QVERIFY(query.exec(u"SELECT COUNT(DISTINCT position) FROM story_article"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 3);
}

// What the window polls to reload when another analyst or program committed: its own commits
// leave the number alone, another connection's change it.
void TestArticleStore::dataVersionChangesForOthersOnly()
{
    const auto commitArticle = [](Project &project, const QString &body) {
        auto transaction = project.transaction();
        return ArticleStore(project).insert(draft(u"Title"_s, body)).ok()
            && transaction.commit().ok();
    };
    const qint64 start = m_project->dataVersion();
    QVERIFY(start >= 0);
    QVERIFY(commitArticle(*m_project, u"own one"_s));
    QCOMPARE(m_project->dataVersion(), start);
    auto other = Project::open(m_project->path());
    QVERIFY2(other.ok(), qPrintable(other.error()));
    QVERIFY(commitArticle(*other.value(), u"another's"_s));
    const qint64 seen = m_project->dataVersion();
    QVERIFY(seen != start);
    QCOMPARE(m_project->dataVersion(), seen);
    QVERIFY(commitArticle(*m_project, u"own two"_s));
    QCOMPARE(m_project->dataVersion(), seen);
    // A transaction rolled back changed nothing.
    {
        auto transaction = other.value()->transaction();
        QVERIFY(ArticleStore(*other.value()).insert(draft(u"Title"_s, u"undone"_s)).ok());
    }
    QCOMPARE(m_project->dataVersion(), seen);
}

void TestArticleStore::listingCountsAnnotations()
{
    ArticleStore store(*m_project);
    AnnotationStore annotations(*m_project);
    const qint64 id = store.insert(draft(u"A"_s, u"Ilse Marrow met Tomas Ardelan."_s))->id;
    auto add = [&](AnnotationKind kind, ReviewStatus status) {
        Annotation a;
        a.articleId = id;
        a.kind = kind;
        a.status = status;
        a.span = {0, 4, u"Ilse"_s, {}, {}};
        QVERIFY(annotations.insert(a).ok());
    };
    add(AnnotationKind::Entity, ReviewStatus::Accepted);
    add(AnnotationKind::Entity, ReviewStatus::Proposed);
    add(AnnotationKind::Entity, ReviewStatus::Rejected); // rejected proposals are not counted
    add(AnnotationKind::Quote, ReviewStatus::Proposed);
    add(AnnotationKind::Tag, ReviewStatus::Accepted);
    add(AnnotationKind::Note, ReviewStatus::Accepted);
    add(AnnotationKind::Note, ReviewStatus::Accepted);
    const ArticleSummary summary = store.listing()->at(0).articles.at(0);
    QCOMPARE(summary.entities, 2);
    QCOMPARE(summary.quotes, 1);
    QCOMPARE(summary.tags, 1);
    QCOMPARE(summary.notes, 2);
    QCOMPARE(summary.proposals, 2);

    // The library reads the counts of the rows it shows: the same figures, article by article.
    const qint64 bare = store.insert(draft(u"B"_s, u"Nothing to count here."_s))->id;
    const ArticleSummary uncounted = store.listing(ArticleStore::Counts::No)->at(0).articles.at(0);
    QCOMPARE(uncounted.id, id);
    QCOMPARE(uncounted.title, u"A"_s);
    QCOMPARE(uncounted.proposals, 0);
    auto counts = store.counts({id, bare});
    QVERIFY2(counts.ok(), qPrintable(counts.error()));
    QCOMPARE(counts->size(), 1); // the article without annotations has none
    QCOMPARE(counts->value(id), (ArticleCounts {2, 1, 1, 2, 2}));
    QCOMPARE(store.counts({})->size(), 0);
    auto toReview = store.articlesToReview();
    QVERIFY2(toReview.ok(), qPrintable(toReview.error()));
    QCOMPARE(toReview.value(), QSet<qint64> {id});
}

void TestArticleStore::missingArticleIsAnError()
{
    ArticleStore store(*m_project);
    auto article = store.article(4242);
    QVERIFY(!article.ok());
    QVERIFY(article.error().contains(u"4242"_s));
}

QTEST_GUILESS_MAIN(TestArticleStore)
#include "tst_articlestore.moc"
