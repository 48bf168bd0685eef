// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/libraryfilterproxy.h"
#include "library/librarymodel.h"
#include "roles.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace {

ArticleSummary summary(qint64 id, const QString &title, int quotes = 0)
{
    ArticleSummary s;
    s.id = id;
    s.title = title;
    s.outlet = u"Harbour Ledger"_s;
    s.published = u"2025-11-24T18:40:00+01:00"_s;
    s.wordCount = 250;
    s.quotes = quotes;
    return s;
}

} // namespace

class TestLibraryModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void structureAndData();
    void findsArticles();
    void filterProxy();
    void editKeepsCurrentArticle();
    void newStoryResets();
};

void TestLibraryModel::structureAndData()
{
    LibraryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Story story;
    story.id = 3;
    story.name = u"Lake Varn"_s;
    model.setListing({StoryListing {story, {summary(1, u"First"_s, 2), summary(2, u"Second"_s)}},
        StoryListing {Story {}, {summary(5, u"Loose"_s)}}});
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex storyIndex = model.index(0, 0);
    QCOMPARE(model.rowCount(storyIndex), 2);
    QVERIFY(storyIndex.data(Roles::IsStory).toBool());
    QCOMPARE(storyIndex.data().toString(),
        u"Lake Varn — 2 articles"_s.left(12) + storyIndex.data().toString().mid(12));
    QVERIFY(storyIndex.data().toString().startsWith(u"Lake Varn — "_s));
    QCOMPARE(model.index(1, 0).data().toString().startsWith(u"Articles in no story"_s), true);

    const QModelIndex first = model.index(0, LibraryModel::QuotesColumn, storyIndex);
    QCOMPARE(first.data().toInt(), 2);
    QCOMPARE(
        model.index(0, LibraryModel::DateColumn, storyIndex).data().toString(), u"2025-11-24"_s);
    QCOMPARE(first.data(Roles::ArticleId).toLongLong(), 1);
    QCOMPARE(first.data(Roles::StoryId).toLongLong(), 3);
    QCOMPARE(model.parent(first), storyIndex);
    QCOMPARE(model.rowCount(first), 0);

    model.setListing({});
    QCOMPARE(model.rowCount(), 0);
}

void TestLibraryModel::findsArticles()
{
    LibraryModel model;
    model.setListing({StoryListing {Story {}, {summary(7, u"A"_s), summary(9, u"B"_s)}}});
    const QModelIndex found = model.indexForArticle(9);
    QVERIFY(found.isValid());
    QCOMPARE(found.row(), 1);
    QCOMPARE(found.data().toString(), u"B"_s);
    QVERIFY(!model.indexForArticle(8).isValid());
}

void TestLibraryModel::filterProxy()
{
    LibraryModel model;
    LibraryFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Story story;
    story.id = 3;
    story.name = u"Lake Varn"_s;
    ArticleSummary post = summary(2, u"Second"_s);
    post.outlet = u"The Meridian Post"_s;
    post.proposals = 4;
    model.setListing({StoryListing {story, {summary(1, u"First"_s), post}},
        StoryListing {Story {}, {summary(5, u"Loose"_s)}}});
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setOutlet(u"The Meridian Post"_s);
    QCOMPARE(proxy.rowCount(), 1); // the story without matches is gone
    QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 1);
    QCOMPARE(proxy.index(0, 0, proxy.index(0, 0)).data().toString(), u"Second"_s);
    proxy.setOutlet({});
    proxy.setOnlyToReview(true);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0, proxy.index(0, 0)).data(Roles::ArticleId).toLongLong(), 2);
    proxy.setOnlyToReview(false);
    QCOMPARE(proxy.rowCount(), 2);
}

// The library is read again after every edit and import; the article the analyst is on stays
// current, in its story, while articles come and go and counts change.
void TestLibraryModel::editKeepsCurrentArticle()
{
    LibraryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Story story;
    story.id = 3;
    story.name = u"Lake Varn"_s;
    model.setListing({StoryListing {story, {summary(1, u"First"_s), summary(2, u"Second"_s)}},
        StoryListing {Story {}, {summary(5, u"Loose"_s), summary(6, u"Wire"_s)}}});
    QItemSelectionModel selection(&model);
    selection.setCurrentIndex(model.indexForArticle(6), QItemSelectionModel::ClearAndSelect);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    // An article imported into the story, "Loose" filed away, "Wire" annotated.
    model.setListing(
        {StoryListing {
             story, {summary(1, u"First"_s), summary(7, u"Third"_s), summary(2, u"Second"_s)}},
            StoryListing {Story {}, {summary(6, u"Wire"_s, 4)}}});
    QCOMPARE(resets.size(), 0);
    const QModelIndex current = selection.currentIndex();
    QCOMPARE(current.data(Roles::ArticleId).toLongLong(), 6);
    QCOMPARE(current, model.indexForArticle(6));
    QCOMPARE(current.siblingAtColumn(LibraryModel::QuotesColumn).data().toInt(), 4);
    QVERIFY(selection.isSelected(current));
    QCOMPARE(model.rowCount(model.index(0, 0)), 3);
    QVERIFY(model.index(0, 0).data().toString().contains(u'3'));
    QCOMPARE(model.index(1, 0, model.index(0, 0)).data(Roles::ArticleId).toLongLong(), 7);
}

void TestLibraryModel::newStoryResets()
{
    LibraryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Story story;
    story.id = 3;
    story.name = u"Lake Varn"_s;
    model.setListing({StoryListing {Story {}, {summary(5, u"Loose"_s)}}});
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setListing({StoryListing {story, {summary(5, u"Loose"_s)}}, StoryListing {Story {}, {}}});
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.indexForArticle(5).parent().data(Roles::StoryId).toLongLong(), 3);
}

QTEST_MAIN(TestLibraryModel)
#include "tst_librarymodel.moc"
