// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backends.h"
#include "comparisonfixture.h"
#include "storage/comparisonstore.h"
#include "storage/connection.h"
#include "storage/entitystore.h"
#include "storage/project.h"
#include "storage/sql.h"
#include "testhelpers.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parallax;

class TestComparisonStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { TestBackends::addRows(); }
    void init();
    void cleanup() { m_project.reset(); }
    void roundTripKeepsCodePoints();
    void recomputeKeepsReviewedItemsWhenRowsAndOffsetsChange();
    void itemsNoLongerFoundGoStaleOrAway();
    void staleItemFoundAgainIsLiveAgain();
    void repeatedSentenceGivesTwoItems();
    void fingerprintIgnoresOffsetsSpacingAndCase();
    void refusesMismatchedDocuments();
    void setReviewOnMissingItemFails();
    void deletingStoryArticleOrTagCascades();

private:
    Result<RecomputeSummary> save(const CompareInput &input, const Comparison &comparison);
    QList<ReviewItem> items();
    ReviewItem itemOfKind(const QString &kind);
    int count(const QString &table);

    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    qint64 m_story = 0;
    QList<qint64> m_articles;
};

void TestComparisonStore::init()
{
    auto project = TestBackends::freshProject(m_dir, u"c.parallax"_s);
    QVERIFY2(project.ok(), qPrintable(project.error()));
    m_project = std::move(project).value();
    m_articles.clear();
    m_story = Fixture::addStory(*m_project, &m_articles);
    QVERIFY(m_story > 0);
}

Result<RecomputeSummary> TestComparisonStore::save(
    const CompareInput &input, const Comparison &comparison)
{
    auto transaction = m_project->transaction();
    if (!transaction.isActive())
        return Error {transaction.error()};
    auto summary = ComparisonStore(*m_project)
                       .save(m_story, m_articles, input, comparison, u"test-1"_s, {0});
    if (!summary)
        return summary;
    if (auto r = transaction.commit(); !r)
        return Error {r.error()};
    return summary;
}

QList<ReviewItem> TestComparisonStore::items()
{
    auto result = ComparisonStore(*m_project).items(m_story);
    if (!result)
        qWarning() << result.error();
    return result ? result.value() : QList<ReviewItem> {};
}

ReviewItem TestComparisonStore::itemOfKind(const QString &kind)
{
    const QList<ReviewItem> all = items();
    for (const ReviewItem &item : all) {
        if (item.kind == kind)
            return item;
    }
    return {};
}

int TestComparisonStore::count(const QString &table)
{
    QSqlQuery query(Storage::connection(*m_project));
    return query.exec(u"SELECT COUNT(*) FROM "_s + table) && query.next() ? query.value(0).toInt()
                                                                          : -1;
}

void TestComparisonStore::roundTripKeepsCodePoints()
{
    const CompareInput input = Fixture::input();
    auto summary = save(input, Fixture::comparison(input));
    QVERIFY2(summary.ok(), qPrintable(summary.error()));
    QCOMPARE(summary->articles, 3);
    QCOMPARE(summary->alignments, 2);
    QCOMPARE(summary->items, 4);
    QCOMPARE(summary->added, 4);
    QCOMPARE(summary->kept + summary->stale + summary->removed, 0);

    auto loaded = ComparisonStore(*m_project).load(m_story);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    const StoredComparison &c = loaded.value();
    QCOMPARE(c.articleIds, m_articles);
    QCOMPARE(c.comparerVersion, u"test-1"_s);
    QVERIFY(c.computed.isValid());
    QVERIFY(qAbs(c.computed.secsTo(QDateTime::currentDateTimeUtc())) < 60);

    // Code points, not UTF-16: one emoji before the courier's spans, two in the daily's quote.
    QCOMPARE(c.alignments.size(), 2);
    const StoredAlignment &quote = c.alignments.at(0);
    QCOMPARE(quote.kind, AlignmentKind::Quote);
    QCOMPARE(quote.similarity, 0.9);
    QCOMPARE(quote.members.size(), 2);
    QCOMPARE(quote.members.at(0).articleId, m_articles.at(0));
    QCOMPARE(quote.members.at(0).span.start, 66);
    QCOMPARE(quote.members.at(0).span.end, 88);
    QCOMPARE(quote.members.at(0).span.exact, u"we agreed on 12 points"_s);
    QVERIFY(quote.members.at(0).span.prefix.endsWith(u"said “"_s));
    QVERIFY(quote.members.at(0).span.suffix.startsWith(u"” after"_s));
    QCOMPARE(quote.members.at(1).articleId, m_articles.at(1));
    QCOMPARE(quote.members.at(1).span.start, 50);
    QCOMPARE(quote.members.at(1).span.end, 72);
    QCOMPARE(Offsets::midCodePoints(Fixture::daily(), 50, 72), u"we agreed on 15 points"_s);
    QCOMPARE(quote.differences.size(), 1);
    QCOMPARE(quote.differences.at(0).kind, DifferenceKind::Number);
    QCOMPARE(quote.differences.at(0).texts, (QStringList {u"12"_s, u"15"_s}));
    QCOMPARE(quote.differences.at(0).spans.at(0).span.start, 79);
    QCOMPARE(quote.differences.at(0).spans.at(1).span.start, 63);
    QCOMPARE(quote.differences.at(0).spans.at(1).span.exact, u"15"_s);

    const StoredAlignment &sentence = c.alignments.at(1);
    QCOMPARE(sentence.kind, AlignmentKind::Sentence);
    QCOMPARE(sentence.members.at(0).span.start, 2);
    QCOMPARE(sentence.members.at(0).span.end, 38);
    QCOMPARE(sentence.differences.size(), 2);
    // The daily lacks "Lake": an empty span where it would be.
    const StoredDifference &omission = sentence.differences.at(1);
    QCOMPARE(omission.kind, DifferenceKind::Omission);
    QCOMPARE(omission.texts, (QStringList {u"Lake"_s, QString()}));
    QCOMPARE(omission.spans.at(0).span.start, 11);
    QCOMPARE(omission.spans.at(1).span.start, 9);
    QCOMPARE(omission.spans.at(1).span.end, 9);
    QVERIFY(omission.spans.at(1).span.exact.isEmpty());

    // The review items, in alignment order, then the one found in one source only.
    QCOMPARE(c.items.size(), 4);
    QCOMPARE(c.items.at(0).kind, u"number"_s);
    QCOMPARE(c.items.at(1).kind, u"date"_s);
    QCOMPARE(c.items.at(2).kind, u"omission"_s);
    QCOMPARE(c.items.at(3).kind, u"only-sentence"_s);
    const ReviewItem &number = c.items.at(0);
    QCOMPARE(number.storyId, m_story);
    QCOMPARE(number.alignmentId, quote.id);
    QCOMPARE(number.status, ReviewItemStatus::Open);
    QCOMPARE(number.texts, (QStringList {u"12"_s, u"15"_s}));
    QCOMPARE(number.spans.size(), 2);
    QCOMPARE(number.spans.at(1).span, quote.members.at(1).span);
    QCOMPARE(number.wordSpans.size(), 2);
    QCOMPARE(number.wordSpans.at(0).span.start, 79);
    QCOMPARE(number.wordSpans.at(0).span.end, 81);
    QVERIFY(!number.modified.isValid());
    QVERIFY(number.analyst.isEmpty());
    QVERIFY(!number.stale);
    QCOMPARE(number.fingerprint.size(), 40);
    const ReviewItem &only = c.items.at(3);
    QCOMPARE(only.alignmentId, 0);
    QCOMPARE(only.spans.size(), 1);
    QCOMPARE(only.spans.at(0).articleId, m_articles.at(2));
    QCOMPARE(only.spans.at(0).span.start, 2);
    QCOMPARE(only.spans.at(0).span.end, 28);
    QVERIFY(only.texts.isEmpty());
    QVERIFY(only.wordSpans.isEmpty());

    auto one = ComparisonStore(*m_project).item(number.id);
    QVERIFY(one.ok());
    QCOMPARE(one->fingerprint, number.fingerprint);
    QCOMPARE(one->wordSpans.at(1).span, number.wordSpans.at(1).span);

    // Coverage, with a count for each compared article.
    QCOMPARE(c.entities.size(), 1);
    QCOMPARE(c.entities.at(0).name, u"Ilse Marrow"_s);
    QCOMPARE(c.entities.at(0).type, u"PERSON"_s);
    QCOMPARE(c.entities.at(0).articleIds, (QList<qint64> {m_articles.at(0), m_articles.at(1)}));
    QCOMPARE(c.entities.at(0).mentions, (QList<int> {1, 1, 0}));
    QCOMPARE(c.speakers.size(), 1);
    QCOMPARE(c.speakers.at(0).quotes, (QList<int> {1, 1, 0}));
    QCOMPARE(c.speakers.at(0).words, (QList<int> {5, 5, 0}));
    QCOMPARE(c.speakers.at(0).entityId, 0); // entity row 0: none given
}

void TestComparisonStore::recomputeKeepsReviewedItemsWhenRowsAndOffsetsChange()
{
    const CompareInput input = Fixture::input();
    QVERIFY(save(input, Fixture::comparison(input)).ok());
    auto tag = EntityStore(*m_project).insertTag(Tag {0, 0, u"Numbers"_s, {}, {}, {}, 0});
    QVERIFY(tag.ok());
    const ReviewItem number = itemOfKind(u"number"_s);
    const ReviewItem date = itemOfKind(u"date"_s);
    const QDateTime when = QDateTime(QDate(2026, 11, 22), QTime(10, 30), Qt::UTC);
    ComparisonStore store(*m_project);
    QVERIFY(store
                .setReview(number.id, ReviewItemStatus::Confirmed, tag.value(), u"12 or 15? 📌"_s,
                    u"Mara Quillen"_s, when)
                .ok());
    QVERIFY(
        store.setReview(date.id, ReviewItemStatus::Dismissed, 0, {}, u"Mara Quillen"_s, when).ok());

    // The courier's text moves (a line before it), the alignments come in the other order and a
    // new item is found first: no row number, position or offset stays what it was.
    const QString moved = u"Updated 🕑 at noon.\n\n"_s + Fixture::courier();
    const CompareInput again = Fixture::input({moved, Fixture::daily(), Fixture::ledger()});
    Comparison second;
    second.unmatched = {UnmatchedItem {1, AlignmentKind::Quote,
                            Fixture::rangeOf(again.documents.at(1).text, u"to reporters"_s)},
        Fixture::onlyInLedger(again)};
    second.alignments = {Fixture::sentenceAlignment(again), Fixture::quoteAlignment(again)};
    auto summary = save(again, second);
    QVERIFY2(summary.ok(), qPrintable(summary.error()));
    QCOMPARE(summary->items, 5);
    QCOMPARE(summary->added, 1);
    QCOMPARE(summary->kept, 4);
    QCOMPARE(summary->stale, 0);
    QCOMPARE(summary->removed, 0);

    const ReviewItem kept = itemOfKind(u"number"_s);
    QCOMPARE(kept.id, number.id);
    QCOMPARE(kept.fingerprint, number.fingerprint);
    QCOMPARE(kept.status, ReviewItemStatus::Confirmed);
    QCOMPARE(kept.tagId, tag.value());
    QCOMPARE(kept.note, u"12 or 15? 📌"_s);
    QCOMPARE(kept.analyst, u"Mara Quillen"_s);
    QCOMPARE(kept.modified, when);
    QVERIFY(!kept.stale);
    // Its spans follow the text; its alignment is the new row.
    QCOMPARE(kept.spans.at(0).span.start, number.spans.at(0).span.start + 20);
    QCOMPARE(kept.spans.at(0).span.exact, number.spans.at(0).span.exact);
    auto loaded = store.load(m_story);
    QVERIFY(loaded.ok());
    QCOMPARE(kept.alignmentId, loaded->alignments.at(1).id);
    QVERIFY(kept.alignmentId != number.alignmentId);
    QCOMPARE(itemOfKind(u"date"_s).id, date.id);
    QCOMPARE(itemOfKind(u"date"_s).status, ReviewItemStatus::Dismissed);
    // Listed in the new comparison's order.
    const QList<ReviewItem> all = items();
    QCOMPARE(all.at(0).kind, u"date"_s);
    QCOMPARE(all.at(2).kind, u"number"_s);
    QCOMPARE(all.at(3).kind, u"only-quote"_s);
    QCOMPARE(all.at(3).status, ReviewItemStatus::Open);
    QCOMPARE(count(u"alignment"_s), 2);
    QCOMPARE(count(u"coverage_entity"_s), 0); // the second comparison has no coverage
}

void TestComparisonStore::itemsNoLongerFoundGoStaleOrAway()
{
    const CompareInput input = Fixture::input();
    QVERIFY(save(input, Fixture::comparison(input)).ok());
    auto tag = EntityStore(*m_project).insertTag(Tag {0, 0, u"Dates"_s, {}, {}, {}, 0});
    QVERIFY(tag.ok());
    ComparisonStore store(*m_project);
    const ReviewItem number = itemOfKind(u"number"_s);
    const ReviewItem date = itemOfKind(u"date"_s);
    const ReviewItem omission = itemOfKind(u"omission"_s);
    const QDateTime when = QDateTime::currentDateTimeUtc();
    // Reviewed; only tagged; only noted; the only-sentence item stays untouched.
    QVERIFY(store.setReview(number.id, ReviewItemStatus::Acceptable, 0, {}, u"M"_s, when).ok());
    QVERIFY(store.setReview(date.id, ReviewItemStatus::Open, tag.value(), {}, u"M"_s, when).ok());
    QVERIFY(store.setReview(omission.id, ReviewItemStatus::Open, 0, u"check"_s, u"M"_s, when).ok());

    auto summary = save(input, Comparison {});
    QVERIFY2(summary.ok(), qPrintable(summary.error()));
    QCOMPARE(summary->items, 0);
    QCOMPARE(summary->stale, 3);
    QCOMPARE(summary->removed, 1);
    const QList<ReviewItem> left = items();
    QCOMPARE(left.size(), 3);
    for (const ReviewItem &item : left) {
        QVERIFY(item.stale);
        QCOMPARE(item.alignmentId, 0);
        QCOMPARE(item.spans.size(), 2); // where it was, for the analyst to find it
    }
    QCOMPARE(itemOfKind(u"number"_s).status, ReviewItemStatus::Acceptable);
    QCOMPARE(itemOfKind(u"date"_s).tagId, tag.value());
    QCOMPARE(itemOfKind(u"omission"_s).note, u"check"_s);
    QCOMPARE(itemOfKind(u"only-sentence"_s).id, 0); // deleted
    QCOMPARE(count(u"review_item_span WHERE item_id NOT IN (SELECT id FROM review_item)"_s), 0);

    // Stale items come after the live ones.
    Comparison one;
    one.unmatched = {Fixture::onlyInLedger(input)};
    QVERIFY(save(input, one).ok());
    const QList<ReviewItem> all = items();
    QCOMPARE(all.size(), 4);
    QCOMPARE(all.first().kind, u"only-sentence"_s);
    QVERIFY(!all.first().stale);
    QVERIFY(all.last().stale);
}

void TestComparisonStore::staleItemFoundAgainIsLiveAgain()
{
    const CompareInput input = Fixture::input();
    QVERIFY(save(input, Fixture::comparison(input)).ok());
    const ReviewItem number = itemOfKind(u"number"_s);
    QVERIFY(ComparisonStore(*m_project)
                .setReview(number.id, ReviewItemStatus::Confirmed, 0, {}, u"M"_s, {})
                .ok());
    QVERIFY(save(input, Comparison {}).ok());
    QVERIFY(itemOfKind(u"number"_s).stale);
    auto summary = save(input, Fixture::comparison(input));
    QVERIFY(summary.ok());
    QCOMPARE(summary->kept, 1);
    QCOMPARE(summary->added, 3);
    const ReviewItem back = itemOfKind(u"number"_s);
    QCOMPARE(back.id, number.id);
    QVERIFY(!back.stale);
    QVERIFY(back.alignmentId > 0);
    QCOMPARE(back.status, ReviewItemStatus::Confirmed);
}

void TestComparisonStore::repeatedSentenceGivesTwoItems()
{
    const QString text = u"𝔑 The envoy left. Rain fell. The envoy left."_s;
    const CompareInput input = Fixture::input({Fixture::courier(), Fixture::daily(), text});
    Comparison c;
    const TextRange first = Fixture::rangeOf(text, u"The envoy left."_s);
    const TextRange second = Fixture::rangeOf(text, u"The envoy left."_s, first.end);
    c.unmatched = {UnmatchedItem {2, AlignmentKind::Sentence, first},
        UnmatchedItem {2, AlignmentKind::Sentence, second}};
    QVERIFY(save(input, c).ok());
    const QList<ReviewItem> before = items();
    QCOMPARE(before.size(), 2);
    QVERIFY(before.at(0).fingerprint != before.at(1).fingerprint);
    QVERIFY(ComparisonStore(*m_project)
                .setReview(before.at(1).id, ReviewItemStatus::Dismissed, 0, {}, u"M"_s, {})
                .ok());
    auto summary = save(input, c);
    QVERIFY(summary.ok());
    QCOMPARE(summary->kept, 2);
    const QList<ReviewItem> after = items();
    QCOMPARE(after.at(0).id, before.at(0).id);
    QCOMPARE(after.at(1).id, before.at(1).id);
    QCOMPARE(after.at(1).status, ReviewItemStatus::Dismissed);
    QCOMPARE(after.at(1).spans.at(0).span.start, 29);
}

void TestComparisonStore::fingerprintIgnoresOffsetsSpacingAndCase()
{
    StoredSpan a;
    a.articleId = 4;
    a.span = TextSpan {10, 32, u"we agreed on 12 points"_s, u"said "_s, u" after"_s};
    StoredSpan b = a;
    b.span = TextSpan {110, 135, u"We  agreed\non 12 points"_s, u"x"_s, u"y"_s};
    const QStringList texts {u"12"_s, u"15"_s};
    const QString base = ComparisonStore::fingerprint(u"number"_s, {a, a}, texts);
    QCOMPARE(ComparisonStore::fingerprint(u"number"_s, {b, a}, texts), base);
    // What makes it another item: the kind, the article, the words, a member's text.
    QVERIFY(ComparisonStore::fingerprint(u"wording"_s, {a, a}, texts) != base);
    StoredSpan other = a;
    other.articleId = 5;
    QVERIFY(ComparisonStore::fingerprint(u"number"_s, {other, a}, texts) != base);
    QVERIFY(ComparisonStore::fingerprint(u"number"_s, {a, a}, {u"12"_s, u"16"_s}) != base);
    StoredSpan changed = a;
    changed.span.exact = u"we agreed on 12 new points"_s;
    QVERIFY(ComparisonStore::fingerprint(u"number"_s, {changed, a}, texts) != base);
    QVERIFY(ComparisonStore::fingerprint(u"number"_s, {a, a}, texts, 2) != base);
}

void TestComparisonStore::refusesMismatchedDocuments()
{
    const CompareInput input = Fixture::input();
    auto transaction = m_project->transaction();
    ComparisonStore store(*m_project);
    auto fewer = store.save(m_story, m_articles.mid(0, 2), input, {}, u"v"_s);
    QVERIFY(!fewer.ok());
    QVERIFY2(fewer.error().contains(u"3 documents"_s), qPrintable(fewer.error()));
    Comparison wrong;
    wrong.unmatched = {UnmatchedItem {7, AlignmentKind::Sentence, TextRange {0, 3}}};
    auto outside = store.save(m_story, m_articles, input, wrong, u"v"_s);
    QVERIFY(!outside.ok());
    QVERIFY2(outside.error().contains(u"document 7"_s), qPrintable(outside.error()));
}

// The store says it changed nothing; the command that called it fails (tst_reviewcommands).
void TestComparisonStore::setReviewOnMissingItemFails()
{
    auto r = ComparisonStore(*m_project)
                 .setReview(4711, ReviewItemStatus::Confirmed, 0, {}, u"M"_s, {});
    QVERIFY(r.ok());
    QCOMPARE(r.value(), 0);
    QVERIFY(!ComparisonStore(*m_project).item(4711).ok());
}

void TestComparisonStore::deletingStoryArticleOrTagCascades()
{
    const CompareInput input = Fixture::input();
    QVERIFY(save(input, Fixture::comparison(input)).ok());
    auto tag = EntityStore(*m_project).insertTag(Tag {0, 0, u"T"_s, {}, {}, {}, 0});
    QVERIFY(tag.ok());
    ComparisonStore store(*m_project);
    const ReviewItem only = itemOfKind(u"only-sentence"_s);
    QVERIFY(
        store.setReview(only.id, ReviewItemStatus::Confirmed, tag.value(), {}, u"M"_s, {}).ok());

    // A removed tag leaves the item untagged.
    QVERIFY(EntityStore(*m_project).removeTag(tag.value()).ok());
    QCOMPARE(store.item(only.id)->tagId, 0);
    QCOMPARE(store.item(only.id)->status, ReviewItemStatus::Confirmed);

    // A removed article takes its spans along.
    QSqlQuery query(Storage::connection(*m_project));
    QVERIFY(query.exec(u"DELETE FROM article WHERE id = %1"_s.arg(m_articles.at(2))));
    QCOMPARE(store.item(only.id)->spans.size(), 0);
    QCOMPARE(store.load(m_story)->articleIds.size(), 2);

    const QStringList tables {u"comparison"_s, u"comparison_article"_s, u"alignment"_s,
        u"alignment_member"_s, u"alignment_difference"_s, u"difference_span"_s, u"review_item"_s,
        u"review_item_span"_s, u"coverage_entity"_s, u"coverage_entity_article"_s,
        u"coverage_speaker"_s, u"coverage_speaker_article"_s};
    for (const QString &table : tables)
        QVERIFY2(count(table) > 0, qPrintable(table));
    QVERIFY(query.exec(u"DELETE FROM story WHERE id = %1"_s.arg(m_story)));
    for (const QString &table : tables)
        QVERIFY2(count(table) == 0, qPrintable(table));
}

QTEST_GUILESS_MAIN(TestComparisonStore)
#include "tst_comparisonstore.moc"
