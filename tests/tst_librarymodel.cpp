// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/libraryfilterproxy.h"
#include "library/librarymodel.h"
#include "roles.h"
#include "storage/annotationstore.h"
#include "storage/project.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTemporaryDir>
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
    void readsTheCountsOfTheRowsShown();
    void sameCountsAsTheWholeListing();
    void countsReadAgainAfterAnEdit();
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

namespace {

// A project with more articles than a page of counts, in a story and outside one, each with a
// few annotations of its own (article i: i % 3 entities, one quote when i is even, proposed
// when i % 4 == 0).
std::unique_ptr<Project> countedProject(const QString &path)
{
    auto created = Project::create(path);
    if (!created)
        return nullptr;
    std::unique_ptr<Project> project = std::move(created).value();
    ArticleStore articles(*project);
    AnnotationStore annotations(*project);
    auto transaction = project->transaction();
    const qint64 story = articles.storyId(u"Lake Varn"_s, true).value();
    for (int i = 0; i < 3 * LibraryModel::kPageSize; ++i) {
        ArticleDraft d;
        d.title = u"Report %1"_s.arg(i);
        d.outlet = i % 2 ? u"Harbour Ledger"_s : u"The Meridian Post"_s;
        d.body = u"Ilse Marrow met Tomas Ardelan in Kessling, report %1."_s.arg(i);
        d.published = u"2025-11-%1"_s.arg(1 + i % 28, 2, 10, QChar(u'0'));
        d.language = u"en"_s;
        const qint64 id = articles.insert(d)->id;
        if (i % 5 != 0)
            (void)articles.addToStory(story, id);
        auto add = [&](AnnotationKind kind, ReviewStatus status) {
            Annotation a;
            a.articleId = id;
            a.kind = kind;
            a.status = status;
            a.span = {0, 4, u"Ilse"_s, {}, {}};
            (void)annotations.insert(a);
        };
        for (int e = 0; e < i % 3; ++e)
            add(AnnotationKind::Entity, ReviewStatus::Accepted);
        if (i % 2 == 0)
            add(AnnotationKind::Quote,
                i % 4 == 0 ? ReviewStatus::Proposed : ReviewStatus::Accepted);
    }
    if (!transaction.commit())
        return nullptr;
    return project;
}

} // namespace

void TestLibraryModel::readsTheCountsOfTheRowsShown()
{
    QTemporaryDir dir;
    auto project = countedProject(dir.filePath(u"c.parallax"_s));
    QVERIFY(project);
    LibraryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProject(project.get());
    model.setListing(ArticleStore(*project).listing(ArticleStore::Counts::No).value());
    model.countsChanged();
    const QModelIndex story = model.index(0, 0);
    QVERIFY(model.rowCount(story) > 2 * LibraryModel::kPageSize);
    QCOMPARE(model.countsRead(), 0); // listed, nothing counted
    QVERIFY(model.index(0, LibraryModel::QuotesColumn, story).data().isValid());
    QCOMPARE(model.countsRead(), qsizetype(LibraryModel::kPageSize));
    // Scrolling to the end reads the last page, not the ones between.
    const int last = model.rowCount(story) - 1;
    QVERIFY(model.index(last, LibraryModel::ReviewColumn, story).data().isValid());
    QVERIFY(model.countsRead() < model.rowCount(story));
    // The title, outlet and date need no count; nor does filtering by what is left to review.
    const qsizetype read = model.countsRead();
    QVERIFY(model.index(1, LibraryModel::TitleColumn, story).data().isValid());
    LibraryFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setOnlyToReview(true);
    QVERIFY(proxy.rowCount(proxy.index(0, 0)) > 0);
    QCOMPARE(model.countsRead(), read);
}

void TestLibraryModel::sameCountsAsTheWholeListing()
{
    QTemporaryDir dir;
    auto project = countedProject(dir.filePath(u"c.parallax"_s));
    QVERIFY(project);
    LibraryModel whole;
    whole.setListing(ArticleStore(*project).listing().value());
    LibraryModel model;
    model.setProject(project.get());
    model.setListing(ArticleStore(*project).listing(ArticleStore::Counts::No).value());
    QCOMPARE(model.rowCount(), whole.rowCount());
    int toReview = 0;
    for (int s = 0; s < whole.rowCount(); ++s) {
        const QModelIndex story = model.index(s, 0);
        const QModelIndex wholeStory = whole.index(s, 0);
        QCOMPARE(model.rowCount(story), whole.rowCount(wholeStory));
        for (int r = 0; r < whole.rowCount(wholeStory); ++r) {
            for (int c = 0; c < LibraryModel::ColumnCount; ++c) {
                for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)})
                    QCOMPARE(model.index(r, c, story).data(role),
                        whole.index(r, c, wholeStory).data(role));
            }
            const bool review = model.index(r, 0, story).data(Roles::ToReview).toBool();
            QCOMPARE(review, whole.index(r, 0, wholeStory).data(Roles::ToReview).toBool());
            toReview += review;
        }
    }
    QVERIFY(toReview > 0); // the comparison saw articles of both kinds
}

void TestLibraryModel::countsReadAgainAfterAnEdit()
{
    QTemporaryDir dir;
    auto project = countedProject(dir.filePath(u"c.parallax"_s));
    QVERIFY(project);
    LibraryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProject(project.get());
    model.setListing(ArticleStore(*project).listing(ArticleStore::Counts::No).value());
    LibraryFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setOnlyToReview(true);
    const QModelIndex story = model.index(0, 0);
    // The first article of the story with nothing to review.
    int row = 0;
    while (model.index(row, 0, story).data(Roles::ToReview).toBool())
        ++row;
    const QModelIndex quotes = model.index(row, LibraryModel::QuotesColumn, story);
    const int before = quotes.data().toInt();
    const int reviewing = proxy.rowCount(proxy.index(0, 0));

    // A quote proposed in it, as a command would write it, and the library read again.
    Annotation a;
    a.articleId = quotes.data(Roles::ArticleId).toLongLong();
    a.kind = AnnotationKind::Quote;
    a.status = ReviewStatus::Proposed;
    a.span = {0, 4, u"Ilse"_s, {}, {}};
    QVERIFY(AnnotationStore(*project).insert(a).ok());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setListing(ArticleStore(*project).listing(ArticleStore::Counts::No).value());
    model.countsChanged();
    QCOMPARE(resets.count(), 0); // the same rows: the views keep their place
    const bool reported = std::any_of(changed.cbegin(), changed.cend(), [&](const auto &args) {
        const auto from = args.at(0).template value<QModelIndex>();
        const auto to = args.at(1).template value<QModelIndex>();
        return from.parent() == story && from.row() <= row && row <= to.row()
            && from.column() <= LibraryModel::QuotesColumn
            && LibraryModel::QuotesColumn <= to.column();
    });
    QVERIFY(reported);
    QCOMPARE(quotes.data().toInt(), before + 1);
    QCOMPARE(model.index(row, LibraryModel::ReviewColumn, story).data().toInt(), 1);
    QVERIFY(model.index(row, 0, story).data(Roles::ToReview).toBool());
    QCOMPARE(proxy.rowCount(proxy.index(0, 0)), reviewing + 1);
}

QTEST_MAIN(TestLibraryModel)
#include "tst_librarymodel.moc"
