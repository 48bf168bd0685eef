// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A project's entity model learns from its analysts' decisions, stored in the project: the
// next annotation proposes with it, and another project is not affected.
#include "annotate/annotator.h"
#include "annotate/ner/nermodel.h"
#include "edit/librarycommands.h"
#include "edit/projectsession.h"
#include "import/importer.h"
#include "jobs/annotationjob.h"
#include "jobs/entitylearning.h"
#include "jobs/interchangeimport.h"
#include "jobs/learningqueue.h"
#include "sample/sampleproject.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/connection.h"
#include "storage/modelstore.h"
#include "storage/project.h"
#include "util/textoffsets.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace {

// The name the tests correct: a place in two of the sample's articles.
const QString kName = u"Kessling"_s;

struct Proposal
{
    qint64 id = 0;
    qint64 articleId = 0;
    QString label;
    QString version;
    QString status;
};

} // namespace

class TestEntityLearning : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void correctionChangesTheNextProposalsOfThisProjectOnly();
    void correctionFixesItsRepeatsInTheArticle();
    void rejectionIsNegativeEvidence();
    void resetBringsBackTheShippedModel();
    void importedAcceptedNamesAreLearned();
    void unreadableStoredModelIsAClearError();
    void decisionsAreReadInCodePoints();
    void editedProposalsSurviveTheReannotationAfterADecision();
    void undoTakesBackWhatWasLearned();
    void contributionsAreOrderFreeAndExactlyTakenBack();
    void deltaOfAnEarlierFormatStaysAsTheBase();
    void bulkDecisionNamesEachArticle();

private:
    std::unique_ptr<Project> makeProject(const QString &name);
    static QList<Proposal> mentions(Project &project, const QString &exact);
    // The project's model as Annotate loads it: its bytes and how many corrections it holds.
    static std::pair<QByteArray, int> learned(Project &project);
    // The first of the mentions whose article has another one, or -1.
    static qsizetype firstRepeated(const QList<Proposal> &mentions);
    // The analyst corrects the first mention of kName in its first article to another type:
    // the proposal is rejected and a manual annotation of that type made on its span. Returns
    // the new type.
    static QString correctFirstMention(Project &project, qint64 *articleId);

    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
};

std::unique_ptr<Project> TestEntityLearning::makeProject(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    if (!SampleProject::create(path).ok())
        return nullptr;
    auto project = std::move(Project::open(path)).value();
    // The sample comes annotated and reviewed; these tests start from the machine's proposals.
    QSqlQuery query(Storage::connection(*project));
    query.exec(u"DELETE FROM annotation"_s);
    query.exec(u"DELETE FROM entity"_s);
    if (!AnnotationJob(*project).run().ok())
        return nullptr;
    return project;
}

void TestEntityLearning::init()
{
    m_project = makeProject(u"a.parallax"_s);
    QVERIFY(m_project);
}

void TestEntityLearning::cleanup()
{
    m_project.reset();
}

QList<Proposal> TestEntityLearning::mentions(Project &project, const QString &exact)
{
    QList<Proposal> out;
    QSqlQuery query(Storage::connection(project));
    query.exec(
        u"SELECT id, article_id, label, annotator_version, status FROM annotation"
        " WHERE kind = 'entity' AND exact = '%1' ORDER BY article_id, start_offset"_s.arg(exact));
    while (query.next())
        out.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
            query.value(2).toString(), query.value(3).toString(), query.value(4).toString()});
    return out;
}

std::pair<QByteArray, int> TestEntityLearning::learned(Project &project)
{
    auto model = Annotator::defaultModel();
    if (!model)
        return {};
    auto loaded = ProjectEntityModel::load(project, *model.value());
    if (!loaded)
        return {};
    return {loaded->delta() ? loaded->delta()->toBytes() : QByteArray(), loaded->corrections()};
}

qsizetype TestEntityLearning::firstRepeated(const QList<Proposal> &mentions)
{
    for (qsizetype i = 0; i + 1 < mentions.size(); ++i) {
        if (mentions[i].articleId == mentions[i + 1].articleId)
            return i;
    }
    return -1;
}

QString TestEntityLearning::correctFirstMention(Project &project, qint64 *articleId)
{
    AnnotationStore store(project);
    const QList<Proposal> before = mentions(project, kName);
    const qsizetype first = firstRepeated(before);
    if (first < 0)
        return {};
    auto proposal = store.annotation(before[first].id);
    if (!proposal)
        return {};
    const QString wanted = proposal->label == u"ORG"_s ? u"PERSON"_s : u"ORG"_s;
    Annotation manual = proposal.value();
    manual.id = 0;
    manual.origin = Origin::Manual;
    manual.label = wanted;
    manual.status = ReviewStatus::Accepted;
    manual.analyst = u"Mara"_s;
    manual.entityId = 0;
    if (!store.setStatus(proposal->id, ReviewStatus::Rejected, u"Mara"_s).ok()
        || !store.insert(manual).ok())
        return {};
    *articleId = proposal->articleId;
    return wanted;
}

void TestEntityLearning::correctionChangesTheNextProposalsOfThisProjectOnly()
{
    auto other = makeProject(u"b.parallax"_s);
    QVERIFY(other);
    const QList<Proposal> before = mentions(*m_project, kName);
    QVERIFY(before.size() >= 3);
    QCOMPARE(mentions(*other, kName).size(), before.size());

    qint64 article = 0;
    const QString wanted = correctFirstMention(*m_project, &article);
    QVERIFY(!wanted.isEmpty());
    auto learned = learnFromArticle(*m_project, article);
    QVERIFY2(learned.ok(), qPrintable(learned.error()));
    QVERIFY(learned->wrongTokens > 0);
    QCOMPARE(learned->corrections, 2);
    QVERIFY(learned->changed);
    QCOMPARE(TestEntityLearning::learned(*m_project).second, 2);
    // The same decisions again: nothing to learn.
    auto again = learnFromArticle(*m_project, article);
    QVERIFY(again.ok());
    QVERIFY(!again->changed);
    QCOMPARE(again->corrections, 2);

    QVERIFY(AnnotationJob(*m_project).run().ok());
    // The articles the analyst did not touch now read the name as she does, and say so in
    // their provenance.
    int elsewhere = 0;
    for (const Proposal &p : mentions(*m_project, kName)) {
        if (p.articleId == article)
            continue;
        ++elsewhere;
        QCOMPARE(p.label, wanted);
        QCOMPARE(p.status, u"proposed"_s);
        QCOMPARE(p.version, Annotator::version() + u"+project.2"_s);
    }
    QVERIFY(elsewhere > 0);

    // The other project, annotated again, proposes as before: the shipped model is untouched.
    QVERIFY(AnnotationJob(*other).run().ok());
    const QList<Proposal> untouched = mentions(*other, kName);
    QCOMPARE(untouched.size(), before.size());
    for (qsizetype i = 0; i < untouched.size(); ++i) {
        QCOMPARE(untouched[i].label, before[i].label);
        QCOMPARE(untouched[i].version, Annotator::version());
    }
    QVERIFY(ModelStore(*other).entityModel()->isEmpty());
}

void TestEntityLearning::correctionFixesItsRepeatsInTheArticle()
{
    qint64 article = 0;
    const QString wanted = correctFirstMention(*m_project, &article);
    QVERIFY(!wanted.isEmpty());
    // Nothing learned: the analyst's span alone, as a constraint, steers its repeats.
    QVERIFY(AnnotationJob(*m_project).run(0, article).ok());
    int repeats = 0;
    for (const Proposal &p : mentions(*m_project, kName)) {
        if (p.articleId != article || p.status != u"proposed"_s)
            continue;
        ++repeats;
        QCOMPARE(p.label, wanted);
    }
    QVERIFY(repeats > 0);
    QVERIFY(ModelStore(*m_project).entityModel()->isEmpty());
}

void TestEntityLearning::rejectionIsNegativeEvidence()
{
    const QList<Proposal> before = mentions(*m_project, kName);
    const qsizetype first = firstRepeated(before);
    QVERIFY(first >= 0);
    const qint64 article = before[first].articleId;
    for (const Proposal &p : before) {
        if (p.articleId == article)
            QVERIFY(AnnotationStore(*m_project)
                        .setStatus(p.id, ReviewStatus::Rejected, u"Mara"_s)
                        .ok());
    }
    auto learned = learnFromArticle(*m_project, article);
    QVERIFY2(learned.ok(), qPrintable(learned.error()));
    QVERIFY(learned->wrongTokens > 0);
    QVERIFY(AnnotationJob(*m_project).run().ok());
    for (const Proposal &p : mentions(*m_project, kName)) {
        if (p.articleId != article)
            QVERIFY(p.label != before[first].label);
    }
}

void TestEntityLearning::resetBringsBackTheShippedModel()
{
    const QList<Proposal> before = mentions(*m_project, kName);
    qint64 article = 0;
    QVERIFY(!correctFirstMention(*m_project, &article).isEmpty());
    QVERIFY(learnFromArticle(*m_project, article).ok());
    QVERIFY(!learned(*m_project).first.isEmpty());
    QVERIFY(resetEntityModel(*m_project).ok());
    QVERIFY(ModelStore(*m_project).entityModel()->isEmpty());
    QVERIFY(ModelStore(*m_project).contributions()->isEmpty());
    QCOMPARE(learned(*m_project), std::pair(QByteArray(), 0));
    QVERIFY(AnnotationJob(*m_project).run().ok());
    for (const Proposal &p : mentions(*m_project, kName)) {
        if (p.articleId == article)
            continue;
        QCOMPARE(p.label, before.last().label);
        QCOMPARE(p.version, Annotator::version());
    }
}

void TestEntityLearning::importedAcceptedNamesAreLearned()
{
    const QList<Proposal> before = mentions(*m_project, kName);
    const qint64 article = before.first().articleId;
    auto body = ArticleStore(*m_project).article(article);
    QVERIFY(body.ok());
    const QString wanted = before.first().label == u"ORG"_s ? u"PERSON"_s : u"ORG"_s;
    IncomingArticle incoming;
    incoming.source = u"ines.jsonld"_s;
    incoming.contentHash = Importer::contentHash(body->body);
    const qsizetype at = body->body.indexOf(kName);
    QVERIFY(at >= 0);
    const CodePointMap map(body->body); // spans are code points
    IncomingAnnotation a;
    a.ref = u"T1"_s;
    a.annotation.kind = AnnotationKind::Entity;
    a.annotation.label = wanted;
    a.annotation.origin = Origin::Manual;
    a.annotation.status = ReviewStatus::Accepted;
    a.annotation.analyst = u"Ines"_s;
    a.annotation.span.start = map.toCodePoint(at);
    a.annotation.span.end = map.toCodePoint(at + kName.size());
    a.annotation.span.exact = kName;
    a.hasPosition = a.hasQuote = true;
    incoming.annotations.append(a);
    const AnnotationImportReport report
        = AnnotationImport::importIncoming(*m_project, u"ines.jsonld"_s, {incoming});
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.imported, 1);
    QCOMPARE(report.learned, 1);
    QVERIFY(report.learningError.isEmpty());
    QCOMPARE(learned(*m_project).second, 1);
    QVERIFY(!learned(*m_project).first.isEmpty());
}

void TestEntityLearning::unreadableStoredModelIsAClearError()
{
    StoredEntityModel broken;
    broken.delta = "not a delta"_ba;
    broken.corrections = 3;
    QVERIFY(ModelStore(*m_project).setEntityModel(broken).ok());
    auto run = AnnotationJob(*m_project).run();
    QVERIFY(!run.ok());
    QVERIFY2(run.error().contains(m_project->path()), qPrintable(run.error()));
    QVERIFY2(run.error().contains(u"Reset"_s), qPrintable(run.error()));
}

// Stored spans are code points; the tokens are UTF-16: an emoji before a name must not shift
// the decision off it.
void TestEntityLearning::decisionsAreReadInCodePoints()
{
    const QString text = u"\U0001F30A\U0001F30A Brennock said no, and the proposed one stays."_s;
    const CodePointMap map(text);
    const qsizetype at = text.indexOf(u"Brennock"_s);
    Annotation kept;
    kept.kind = AnnotationKind::Entity;
    kept.label = u"ORG"_s;
    kept.span.start = map.toCodePoint(at);
    kept.span.end = map.toCodePoint(at + 8);
    QCOMPARE(kept.span.start, at - 2);
    Annotation rejected = kept;
    rejected.label = u"PERSON"_s;
    rejected.status = ReviewStatus::Rejected;
    Annotation open = kept;
    open.status = ReviewStatus::Proposed;
    Annotation date = kept;
    date.label = u"DATE"_s;
    const QList<EntityDecision> decisions = entityDecisions({kept, rejected, open, date}, text);
    QCOMPARE(decisions.size(), 2);
    QCOMPARE(text.mid(decisions[0].range.start, decisions[0].range.length()), u"Brennock"_s);
    QCOMPARE(decisions[0].type, EntityType::Organisation);
    QVERIFY(!decisions[0].rejected);
    QCOMPARE(decisions[1].type, EntityType::Person);
    QVERIFY(decisions[1].rejected);
}

// The window annotates an article again after each decision: a proposal the analyst gave a
// note or another type without accepting it stays; an untouched one is replaced.
void TestEntityLearning::editedProposalsSurviveTheReannotationAfterADecision()
{
    const QList<Proposal> all = mentions(*m_project, kName);
    const qsizetype first = firstRepeated(all);
    QVERIFY(first >= 0);
    const qint64 noted = all[first].id;
    const qint64 relabelled = all[first + 1].id;
    const qint64 article = all[first].articleId;
    QSqlQuery query(Storage::connection(*m_project));
    QVERIFY(query.exec(u"SELECT id FROM annotation WHERE article_id = %1 AND status = 'proposed'"
                       " AND kind = 'entity' AND id NOT IN (%2, %3) LIMIT 1"_s.arg(article)
                           .arg(noted)
                           .arg(relabelled)));
    QVERIFY(query.next());
    const qint64 untouched = query.value(0).toLongLong();
    query.finish();
    AnnotationStore store(*m_project);
    QTest::qWait(5); // an edit is told by its modification time
    QVERIFY(store.setNote(noted, u"check the spelling"_s).ok());
    QVERIFY(store.setLabel(relabelled, u"MISC"_s).ok());

    AnnotationJob job(*m_project);
    job.setKeepEdited(true);
    QVERIFY(job.run(0, article).ok());
    QVERIFY(store.annotation(noted).ok());
    QCOMPARE(store.annotation(noted)->note, u"check the spelling"_s);
    QCOMPARE(store.annotation(relabelled)->label, u"MISC"_s);
    QVERIFY(!store.annotation(untouched).ok());

    // Annotate itself replaces every open proposal, as it always did.
    QVERIFY(AnnotationJob(*m_project).run(0, article).ok());
    QVERIFY(!store.annotation(noted).ok());
}

// Ctrl+Z on a correction also takes back what the model learned from it, as the window runs
// it: the session's changes go to the learning queue, undo and redo included.
void TestEntityLearning::undoTakesBackWhatWasLearned()
{
    const QString path = m_project->path();
    const QList<Proposal> all = mentions(*m_project, kName);
    const qsizetype first = firstRepeated(all);
    QVERIFY(first >= 0);
    const qint64 article = all[first].articleId;
    m_project.reset();
    auto opened = Project::open(path);
    QVERIFY(opened.ok());
    ProjectSession session(std::move(opened).value());
    session.setAnalyst(u"Mara"_s);
    LearningQueue queue(path);
    QObject::connect(
        &session, &ProjectSession::articlesEdited, &queue, [&queue](const QList<qint64> &articles) {
            for (const qint64 article : articles)
                queue.learn(article);
        });
    QSignalSpy learnedSpy(&queue, &LearningQueue::learned);
    QSignalSpy failed(&queue, &LearningQueue::failed);
    const auto settle = [&] {
        QTRY_VERIFY(queue.isIdle());
        queue.waitForIdle();
    };

    // Something learned before, in another article: the model is not empty to begin with.
    qint64 elsewhere = 0;
    for (const Proposal &p : all) {
        if (p.articleId != article) {
            elsewhere = p.id;
            break;
        }
    }
    QVERIFY(elsewhere > 0);
    QVERIFY(session.setStatus({elsewhere}, ReviewStatus::Accepted).ok());
    settle();
    const auto before = learned(session.project());
    QCOMPARE(before.second, 1);

    // The correction: the proposal rejected, the other type made by hand (two undo steps).
    auto proposal = AnnotationStore(session.project()).annotation(all[first].id);
    QVERIFY(proposal.ok());
    QVERIFY(session.setStatus({proposal->id}, ReviewStatus::Rejected).ok());
    Annotation manual = proposal.value();
    manual.id = 0;
    manual.entityId = 0;
    manual.label = proposal->label == u"ORG"_s ? u"PERSON"_s : u"ORG"_s;
    QVERIFY(session.addAnnotation(manual).ok());
    settle();
    const auto corrected = learned(session.project());
    QVERIFY(corrected.first != before.first);
    QCOMPARE(corrected.second, 3);
    QCOMPARE(learnedSpy.last().at(0).toLongLong(), article);

    session.undoStack()->undo();
    session.undoStack()->undo();
    settle();
    QCOMPARE(learned(session.project()), before);
    QCOMPARE(ModelStore(session.project()).contribution(article)->articleId, 0);

    session.undoStack()->redo();
    session.undoStack()->redo();
    settle();
    QCOMPARE(learned(session.project()), corrected);

    // The article deleted: its decisions and what was learned from them go; its undo brings
    // both back.
    QVERIFY(Library::removeArticles(&session, {article}).ok());
    QCOMPARE(learned(session.project()), before);
    session.undoStack()->undo();
    settle();
    QCOMPARE(learned(session.project()), corrected);

    // The first decision undone too: nothing learned at all.
    session.undoStack()->undo();
    session.undoStack()->undo();
    session.undoStack()->undo();
    settle();
    QCOMPARE(learned(session.project()), std::pair(QByteArray(), 0));
    QVERIFY(failed.isEmpty());
}

// The project's model is a function of the contributions, whatever their order; adding one and
// taking it back gives the same bytes.
void TestEntityLearning::contributionsAreOrderFreeAndExactlyTakenBack()
{
    Ner::WeightDelta a(12), b(12), c(12);
    a.update(5, 1, 40);
    a.update(9, 2, -7);
    b.update(5, 1, 20);
    b.update(7, 3, 11);
    c.update(9, 2, 7);
    const Ner::WeightDelta abc = combineContributions({a, b, c}, 12);
    QCOMPARE(combineContributions({c, a, b}, 12), abc);
    // A weight two contributions moved is their mean, not their sum.
    QCOMPARE(abc.row(5)[1], 30);
    QCOMPARE(abc.row(7)[3], 11);
    QCOMPARE(abc.row(9), nullptr); // -7 and 7: nothing left
    Ner::WeightDelta sum = a;
    sum.addDelta(b, 1);
    QVERIFY(sum != a);
    sum.addDelta(b, -1);
    QCOMPARE(sum, a);
    QCOMPARE(sum.rowCount(), a.rowCount());

    QList<EntityDecision> decisions {
        {{0, 5}, EntityType::Person, false}, {{10, 14}, EntityType::Location, true}};
    const QByteArray print = decisionFingerprint(decisions);
    std::reverse(decisions.begin(), decisions.end());
    QCOMPARE(decisionFingerprint(decisions), print);
    decisions[0].rejected = false;
    QVERIFY(decisionFingerprint(decisions) != print);
}

// A project of format 10 kept one delta for everything it learned: it opens, the delta is the
// base of the model, and what is learned since is added to it and taken back without it.
void TestEntityLearning::deltaOfAnEarlierFormatStaysAsTheBase()
{
    auto model = Annotator::defaultModel();
    QVERIFY(model.ok());
    Ner::WeightDelta old(model.value()->firstPassHashBits());
    old.update(12345, 2, 99);
    StoredEntityModel stored;
    stored.delta = old.toBytes();
    stored.corrections = 4;
    QVERIFY(ModelStore(*m_project).setEntityModel(stored).ok());
    QCOMPARE(learned(*m_project), std::pair(old.toBytes(), 4));

    qint64 article = 0;
    QVERIFY(!correctFirstMention(*m_project, &article).isEmpty());
    QVERIFY(learnFromArticle(*m_project, article).ok());
    const auto after = learned(*m_project);
    QCOMPARE(after.second, 6);
    auto loaded = ProjectEntityModel::load(*m_project, *model.value());
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->delta()->row(12345)[2], 99);
    QVERIFY(loaded->delta()->rowCount() > 1);
    QCOMPARE(loaded->annotatorVersion(), Annotator::version() + u"+project.6"_s);

    // The correction taken back (its rows removed): the base alone again.
    QSqlQuery query(Storage::connection(*m_project));
    QVERIFY(query.exec(
        u"DELETE FROM annotation WHERE article_id = %1 AND status <> 'proposed'"_s.arg(article)));
    query.finish();
    QVERIFY(learnFromArticle(*m_project, article).ok());
    QCOMPARE(learned(*m_project), std::pair(old.toBytes(), 4));
}

// A decision over names in several articles is one step that the learning queue must see
// article by article, and so must its undo.
void TestEntityLearning::bulkDecisionNamesEachArticle()
{
    const QString path = m_project->path();
    QList<qint64> ids;
    QList<qint64> articles;
    for (const Proposal &p : mentions(*m_project, kName)) {
        if (!articles.contains(p.articleId)) {
            articles.append(p.articleId);
            ids.append(p.id);
        }
    }
    QVERIFY(articles.size() >= 2);
    m_project.reset();
    auto opened = Project::open(path);
    QVERIFY(opened.ok());
    ProjectSession session(std::move(opened).value());
    session.setAnalyst(u"Mara"_s);
    QSignalSpy edited(&session, &ProjectSession::articlesEdited);
    QVERIFY(session.setStatus(ids, ReviewStatus::Accepted).ok());
    QList<qint64> named;
    for (const QList<QVariant> &call : std::as_const(edited))
        named += call.at(0).value<QList<qint64>>();
    for (const qint64 article : std::as_const(articles))
        QVERIFY(named.contains(article));
    edited.clear();
    session.undoStack()->undo();
    QVERIFY(!edited.isEmpty());
    named.clear();
    for (const QList<QVariant> &call : std::as_const(edited))
        named += call.at(0).value<QList<qint64>>();
    for (const qint64 article : std::as_const(articles))
        QVERIFY(named.contains(article));
}

QTEST_GUILESS_MAIN(TestEntityLearning)
#include "tst_entitylearning.moc"
