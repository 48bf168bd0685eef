// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli.h"
#include "cli/command.h"
#include "edit/projectsession.h"
#include "jobs/annotationjob.h"
#include "jobs/storycomparison.h"
#include "sample/sampleproject.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/comparisonstore.h"
#include "storage/connection.h"
#include "storage/project.h"
#include "util/textoffsets.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace Parallax;

class TestStoryComparison : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup() { m_project.reset(); }
    void inputComesFromTheAnnotations();
    void compareStoresItemsWithTheirText();
    void secondRunKeepsVerdicts();
    void rejectingAQuoteLeavesReviewedItemsStale();
    void cancelledComparisonStoresNothing();
    void nonBmpStoryKeepsCodePoints();
    void sessionRecompareSignalsAndKeeps();
    void commandPrintsSummaryAndItems();
    void commandRefusals();

private:
    int runCommand(const QStringList &arguments, QString *out, QString *err);
    QString path() const { return m_dir.filePath(u"story.parallax"_s); }
    QList<ReviewItem> items();
    // Every span of every item holds, at its code point offsets, the text it claims.
    void verifySpans(const QList<ReviewItem> &items);

    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    qint64 m_story = 0;
};

void TestStoryComparison::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The annotated sample is made once and copied for each test.
    const auto made = SampleProject::create(m_dir.filePath(u"sample.parallax"_s));
    QVERIFY2(made.ok(), qPrintable(made.error()));
    // The sample comes compared; these tests start from a story never compared.
    auto sample = Project::open(m_dir.filePath(u"sample.parallax"_s));
    QVERIFY(sample.ok());
    QSqlQuery query(Storage::connection(*sample.value()));
    QVERIFY(query.exec(u"SELECT COUNT(*) FROM review_item"_s) && query.next());
    QVERIFY(query.value(0).toInt() > 0);
    QVERIFY(query.exec(u"DELETE FROM review_item"_s));
    QVERIFY(query.exec(u"DELETE FROM comparison"_s));
    QVERIFY(query.exec(u"SELECT COUNT(*) FROM alignment"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

void TestStoryComparison::init()
{
    m_project.reset();
    QFile::remove(path());
    QVERIFY(QFile::copy(m_dir.filePath(u"sample.parallax"_s), path()));
    QFile::setPermissions(path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    auto project = Project::open(path());
    QVERIFY2(project.ok(), qPrintable(project.error()));
    m_project = std::move(project).value();
    m_story = ArticleStore(*m_project).storyId(SampleProject::storyName(), false).value();
    QVERIFY(m_story > 0);
}

QList<ReviewItem> TestStoryComparison::items()
{
    auto result = ComparisonStore(*m_project).items(m_story);
    return result ? result.value() : QList<ReviewItem> {};
}

void TestStoryComparison::verifySpans(const QList<ReviewItem> &items)
{
    ArticleStore articles(*m_project);
    QHash<qint64, QString> bodies;
    for (const ReviewItem &item : items) {
        for (const QList<StoredSpan> *list : {&item.spans, &item.wordSpans}) {
            for (const StoredSpan &s : *list) {
                if (!bodies.contains(s.articleId))
                    bodies.insert(s.articleId, articles.article(s.articleId)->body);
                QCOMPARE(
                    Offsets::midCodePoints(bodies.value(s.articleId), s.span.start, s.span.end),
                    s.span.exact);
            }
        }
        for (qsizetype i = 0; i < item.wordSpans.size(); ++i) {
            // The differing words lie inside their member (a speaker or cue of an attribution
            // difference lies outside the quote).
            if (item.kind == u"attribution"_s)
                continue;
            QVERIFY2(item.wordSpans.at(i).span.start >= item.spans.at(i).span.start
                    && item.wordSpans.at(i).span.end <= item.spans.at(i).span.end,
                qPrintable(item.kind + u": "_s + item.wordSpans.at(i).span.exact + u" / "_s
                    + item.spans.at(i).span.exact));
        }
    }
}

void TestStoryComparison::inputComesFromTheAnnotations()
{
    auto built = storyCompareInput(*m_project, m_story);
    QVERIFY2(built.ok(), qPrintable(built.error()));
    const CompareInput &input = built->input;
    QCOMPARE(input.documents.size(), 3);
    QCOMPARE(built->articleIds.size(), 3);
    QCOMPARE(built->entityIds.size(), input.entities.size());
    QSet<QString> labels;
    int speakers = 0;
    for (qsizetype d = 0; d < input.documents.size(); ++d) {
        const CompareDocument &doc = input.documents.at(d);
        const Article article = ArticleStore(*m_project).article(built->articleIds.at(d)).value();
        QCOMPARE(doc.text, article.body);
        QCOMPARE(doc.label, article.outlet);
        labels.insert(doc.label);
        QVERIFY(!doc.quotes.isEmpty());
        QVERIFY(!doc.mentions.isEmpty());
        for (const CompareQuote &q : doc.quotes) {
            QVERIFY(q.content.isValid());
            if (q.speakerEntity >= 0 && input.entities.at(q.speakerEntity).name == u"Ilse Marrow"_s)
                ++speakers;
        }
        for (const EntityMention &m : doc.mentions) {
            // Each mention keeps its own type; its entity took the type most mentions have.
            QVERIFY(m.entity >= 0 && m.entity < input.entities.size());
        }
    }
    QCOMPARE(labels.size(), 3);
    QVERIFY(speakers > 0);
    bool dated = false;
    for (const CompareDocument &doc : input.documents) {
        for (const TemporalExpression &t : doc.temporals)
            dated = dated || (t.type == TemporalType::Date && t.value == u"2025-11-24"_s);
    }
    QVERIFY(dated);

    // A rejected quote is not compared, nor are its cue and speaker.
    AnnotationStore store(*m_project);
    auto listing = store.listing(m_story, built->articleIds.at(0));
    QVERIFY(listing.ok());
    qint64 quote = 0;
    for (const AnnotationListing &row : listing.value()) {
        if (row.annotation.kind == AnnotationKind::Quote && quote == 0)
            quote = row.annotation.id;
    }
    QVERIFY(quote > 0);
    QVERIFY(store.setStatus(quote, ReviewStatus::Rejected, u"M"_s).ok());
    auto again = storyCompareInput(*m_project, m_story);
    QVERIFY(again.ok());
    QCOMPARE(again->input.documents.at(0).quotes.size(), input.documents.at(0).quotes.size() - 1);
    QCOMPARE(again->input.documents.at(1).quotes.size(), input.documents.at(1).quotes.size());
}

void TestStoryComparison::compareStoresItemsWithTheirText()
{
    auto summary = compareStory(*m_project, m_story, sharedComparer());
    QVERIFY2(summary.ok(), qPrintable(summary.error()));
    QCOMPARE(summary->articles, 3);
    QVERIFY(summary->alignments > 0);
    QVERIFY(summary->items > 0);
    QCOMPARE(summary->added, summary->items);
    const QList<ReviewItem> all = items();
    QCOMPARE(all.size(), summary->items);
    QSet<QString> kinds;
    for (const ReviewItem &item : all) {
        kinds.insert(item.kind);
        QCOMPARE(item.status, ReviewItemStatus::Open);
        QVERIFY(!item.stale);
        QVERIFY(item.kind.startsWith(u"only-"_s) ? item.alignmentId == 0 : item.alignmentId > 0);
    }
    QVERIFY2(kinds.size() >= 3, qPrintable(QStringList(kinds.cbegin(), kinds.cend()).join(u' ')));
    verifySpans(all);
    auto stored = ComparisonStore(*m_project).load(m_story);
    QVERIFY(stored.ok());
    QCOMPARE(stored->comparerVersion, Comparer::version());
    QCOMPARE(stored->articleIds.size(), 3);
    QCOMPARE(stored->alignments.size(), summary->alignments);
    QVERIFY(!stored->entities.isEmpty());
    QVERIFY(!stored->speakers.isEmpty());
}

void TestStoryComparison::secondRunKeepsVerdicts()
{
    QVERIFY(compareStory(*m_project, m_story, sharedComparer()).ok());
    const QList<ReviewItem> first = items();
    QVERIFY(first.size() >= 3);
    ComparisonStore store(*m_project);
    const QDateTime when = QDateTime::currentDateTimeUtc();
    QVERIFY(store
                .setReview(first.at(0).id, ReviewItemStatus::Confirmed, 0, u"check with the desk"_s,
                    u"Mara Quillen"_s, when)
                .ok());
    QVERIFY(
        store
            .setReview(first.last().id, ReviewItemStatus::Dismissed, 0, {}, u"Mara Quillen"_s, when)
            .ok());

    auto summary = compareStory(*m_project, m_story, sharedComparer());
    QVERIFY2(summary.ok(), qPrintable(summary.error()));
    QCOMPARE(summary->added, 0);
    QCOMPARE(summary->kept, first.size());
    QCOMPARE(summary->stale + summary->removed, 0);
    const QList<ReviewItem> second = items();
    QCOMPARE(second.size(), first.size());
    for (qsizetype i = 0; i < first.size(); ++i) {
        QCOMPARE(second.at(i).id, first.at(i).id);
        QCOMPARE(second.at(i).fingerprint, first.at(i).fingerprint);
    }
    QCOMPARE(second.first().status, ReviewItemStatus::Confirmed);
    QCOMPARE(second.first().note, u"check with the desk"_s);
    QCOMPARE(second.first().analyst, u"Mara Quillen"_s);
    QCOMPARE(second.first().modified, when);
    QCOMPARE(second.last().status, ReviewItemStatus::Dismissed);
}

void TestStoryComparison::rejectingAQuoteLeavesReviewedItemsStale()
{
    // A fourth outlet's article (invented) carries a quote that none of the others reports: it
    // is listed as only in that article, and that item is what the analyst reviews.
    ArticleStore articles(*m_project);
    ArticleDraft draft;
    draft.outlet = u"Alder Gazette"_s;
    draft.published = u"2025-11-25"_s;
    const QString lone = u"The nets came up empty three times this week"_s;
    draft.body = u"Fishermen at Port Alder fear for the autumn catch.\n\n“"_s + lone
        + u",” said Pella Grint, who runs the harbour co-operative. The foreign ministers "
          "of Veltria and Osmark met in Kessling on Monday."_s;
    auto inserted = articles.insert(draft);
    QVERIFY(inserted.ok());
    QVERIFY(articles.addToStory(m_story, inserted->id).ok());
    auto annotated = AnnotationJob(*m_project).run(m_story, inserted->id);
    QVERIFY2(annotated.ok(), qPrintable(annotated.error()));
    QVERIFY(compareStory(*m_project, m_story, sharedComparer()).ok());
    const QList<ReviewItem> first = items();
    bool loneListed = false;
    for (const ReviewItem &item : first) {
        for (const StoredSpan &s : item.spans)
            loneListed |= item.kind == u"only-quote"_s && s.span.exact == lone;
    }
    QVERIFY(loneListed);
    // The items on quotes: the analyst confirms them all, then rejects every quote annotation.
    QList<qint64> quoteItems;
    for (const ReviewItem &item : first) {
        if (item.kind == u"only-quote"_s) {
            QVERIFY(ComparisonStore(*m_project)
                        .setReview(item.id, ReviewItemStatus::Confirmed, 0, {}, u"M"_s, {})
                        .ok());
            quoteItems.append(item.id);
        }
    }
    QVERIFY(!quoteItems.isEmpty());
    AnnotationStore store(*m_project);
    auto listing = store.listing(m_story);
    QVERIFY(listing.ok());
    for (const AnnotationListing &row : listing.value()) {
        if (row.annotation.kind == AnnotationKind::Quote)
            QVERIFY(store.setStatus(row.annotation.id, ReviewStatus::Rejected, u"M"_s).ok());
    }
    auto summary = compareStory(*m_project, m_story, sharedComparer());
    QVERIFY2(summary.ok(), qPrintable(summary.error()));
    QVERIFY(summary->stale >= quoteItems.size());
    for (qint64 id : std::as_const(quoteItems)) {
        auto item = ComparisonStore(*m_project).item(id);
        QVERIFY(item.ok());
        QVERIFY(item->stale);
        QCOMPARE(item->status, ReviewItemStatus::Confirmed);
    }
    for (const ReviewItem &item : items())
        QVERIFY(item.kind != u"only-quote"_s || item.stale);
}

void TestStoryComparison::cancelledComparisonStoresNothing()
{
    // The background job: Cancel pressed while the articles are compared leaves the story as it
    // was (no comparison, no items); without Cancel the progress reaches three stages of three.
    std::atomic_bool cancel = false;
    QList<int> stages;
    auto cancelled
        = compareStory(*m_project, m_story, sharedComparer(), &cancel, [&](int done, int total) {
              QCOMPARE(total, 3);
              stages.append(done);
              if (done == 1)
                  cancel = true;
          });
    QVERIFY(!cancelled.ok());
    QVERIFY2(cancelled.error().contains(u"cancelled"_s), qPrintable(cancelled.error()));
    QCOMPARE(stages, (QList<int> {1}));
    QVERIFY(items().isEmpty());
    QSqlQuery query(Storage::connection(*m_project));
    QVERIFY(query.exec(u"SELECT COUNT(*) FROM comparison"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);

    cancel = false;
    stages.clear();
    auto done = compareStory(*m_project, m_story, sharedComparer(), &cancel,
        [&](int stage, int) { stages.append(stage); });
    QVERIFY2(done.ok(), qPrintable(done.error()));
    QCOMPARE(stages, (QList<int> {1, 2, 3}));
    QCOMPARE(items().size(), done->items);
}

void TestStoryComparison::nonBmpStoryKeepsCodePoints()
{
    ArticleStore articles(*m_project);
    const qint64 story = articles.storyId(u"Varn inflow 🌊"_s, true).value();
    const QStringList bodies {
        u"🌊🌊 Veltria's envoy Ilse Marrow said on Tuesday that the talks were “difficult but "
        "fruitful”. Osmark will release 40 percent of the spring inflow, she said."_s,
        u"😀 “The talks were difficult but productive,” Ilse Marrow told reporters on Wednesday. "
        "Osmark will release 45 percent of the spring inflow. 𝔑 The lake is low."_s,
    };
    for (qsizetype i = 0; i < bodies.size(); ++i) {
        ArticleDraft draft;
        draft.outlet = i == 0 ? u"Varn Courier"_s : u"Osmark Daily"_s;
        draft.published = u"2025-11-25"_s;
        draft.body = bodies.at(i);
        auto inserted = articles.insert(draft);
        QVERIFY(inserted.ok());
        QVERIFY(articles.addToStory(story, inserted->id).ok());
    }
    auto annotated = AnnotationJob(*m_project).run(story);
    QVERIFY2(annotated.ok(), qPrintable(annotated.error()));
    auto summary = compareStory(*m_project, story, sharedComparer());
    QVERIFY2(summary.ok(), qPrintable(summary.error()));
    QVERIFY(summary->items > 0);
    m_story = story;
    const QList<ReviewItem> all = items();
    verifySpans(all);
    bool number = false;
    for (const ReviewItem &item : all) {
        if (item.kind == u"number"_s) {
            number = true;
            QCOMPARE(item.texts, (QStringList {u"40"_s, u"45"_s}));
        }
    }
    QVERIFY(number);
}

void TestStoryComparison::sessionRecompareSignalsAndKeeps()
{
    ProjectSession session(std::move(m_project));
    session.setAnalyst(u"Mara Quillen"_s);
    QSignalSpy changed(&session, &ProjectSession::reviewItemsChanged);
    auto first = session.recompareStory(m_story);
    QVERIFY2(first.ok(), qPrintable(first.error()));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toLongLong(), m_story);
    auto listed = ComparisonStore(session.project()).items(m_story);
    QVERIFY(listed.ok() && !listed->isEmpty());
    const qint64 id = listed->first().id;
    QVERIFY(session.setReviewStatus({id}, ReviewItemStatus::Acceptable).ok());
    QCOMPARE(session.undoStack()->count(), 1);
    auto second = session.recompareStory(m_story);
    QVERIFY(second.ok());
    QCOMPARE(second->kept, first->items);
    QCOMPARE(session.undoStack()->count(), 1); // recomputing is no undo step
    QCOMPARE(ComparisonStore(session.project()).item(id)->status, ReviewItemStatus::Acceptable);
    // Undo still reaches the item, which kept its row.
    session.undoStack()->undo();
    QCOMPARE(ComparisonStore(session.project()).item(id)->status, ReviewItemStatus::Open);
}

int TestStoryComparison::runCommand(const QStringList &arguments, QString *out, QString *err)
{
    // The options 'parallax compare' defines; the project path is its first argument.
    QCommandLineParser parser;
    parser.addOption(Cli::formatOption());
    parser.addOption({u"story"_s, u"story"_s, u"S"_s});
    if (!parser.parse(QStringList {u"parallax"_s} + arguments))
        return -1;
    QTextStream o(out);
    QTextStream e(err);
    try {
        return Cli::cmdCompareProject(parser, arguments.first(), o, e);
    } catch (const Cli::UsageFailure &failure) {
        *err = failure.message;
        return Cli::UsageError;
    }
}

void TestStoryComparison::commandPrintsSummaryAndItems()
{
    m_project.reset();
    QString out, err;
    QCOMPARE(runCommand({path(), u"--story"_s, SampleProject::storyName()}, &out, &err),
        int(Cli::Success));
    QVERIFY2(
        out.startsWith(u"Compared 3 articles of 'Lake Varn water talks': "_s), qPrintable(out));
    QVERIFY2(out.contains(u" new, 0 found again)."_s), qPrintable(out));
    QVERIFY(out.contains(u"Review: "_s));
    QVERIFY(err.isEmpty());

    // Again, by id, as JSON: the same items, kept.
    out.clear();
    QCOMPARE(runCommand({path(), u"--story"_s, QString::number(m_story), u"--format"_s, u"json"_s},
                 &out, &err),
        int(Cli::Success));
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(json.value(u"story"_s).toObject().value(u"id"_s).toInteger(), m_story);
    QCOMPARE(json.value(u"articles"_s).toArray().size(), 3);
    const QJsonObject summary = json.value(u"summary"_s).toObject();
    const QJsonArray items = json.value(u"items"_s).toArray();
    QVERIFY(!items.isEmpty());
    QCOMPARE(summary.value(u"items"_s).toInt(), items.size());
    QCOMPARE(summary.value(u"new"_s).toInt(), 0);
    QCOMPARE(summary.value(u"kept"_s).toInt(), items.size());
    QCOMPARE(json.value(u"status"_s).toObject().value(u"open"_s).toInt(), items.size());
    const QJsonObject item = items.first().toObject();
    QCOMPARE(item.value(u"status"_s).toString(), u"open"_s);
    QVERIFY(item.value(u"tag"_s).isNull());
    const QJsonObject member = item.value(u"members"_s).toArray().first().toObject();
    auto project = Project::open(path());
    QVERIFY(project.ok());
    const QString body
        = ArticleStore(*project.value()).article(member.value(u"article"_s).toInteger())->body;
    QCOMPARE(Offsets::midCodePoints(
                 body, member.value(u"start"_s).toInteger(), member.value(u"end"_s).toInteger()),
        member.value(u"text"_s).toString());
}

void TestStoryComparison::commandRefusals()
{
    {
        ArticleStore articles(*m_project);
        const qint64 lonely = articles.storyId(u"One report"_s, true).value();
        ArticleDraft draft;
        draft.body = u"A single report of the talks."_s;
        QVERIFY(articles.addToStory(lonely, articles.insert(draft)->id).ok());
    }
    m_project.reset();
    QString out, err;
    QCOMPARE(
        runCommand({path(), u"--story"_s, u"No such story"_s}, &out, &err), int(Cli::UserError));
    QVERIFY2(err.contains(u"there is no story 'No such story'"_s), qPrintable(err));
    QVERIFY(err.contains(u"story.parallax"_s));
    err.clear();
    QCOMPARE(runCommand({path(), u"--story"_s, u"One report"_s}, &out, &err), int(Cli::UserError));
    QVERIFY2(err.contains(u"a comparison needs two at least"_s), qPrintable(err));
    err.clear();
    // Two stories: which one must be said.
    QCOMPARE(runCommand({path()}, &out, &err), int(Cli::UsageError));
    QVERIFY2(err.contains(u"--story"_s), qPrintable(err));
    QVERIFY(out.isEmpty());
}

QTEST_GUILESS_MAIN(TestStoryComparison)
#include "tst_storycomparison.moc"
