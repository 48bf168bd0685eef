// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Within an article, a correction propagates at once: the article is decoded again with the
// analyst's decisions as constraints, and the open proposals at the decided words' other runs
// follow, in the same undo step as the decision (docs/learning.md).
#include "annotate/annotator.h"
#include "annotate/ner/adaptation.h"
#include "backends.h"
#include "edit/projectsession.h"
#include "jobs/proposalrevision.h"
#include "model/anchoring.h"
#include "storage/accounts.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/connection.h"
#include "storage/project.h"
#include "util/textoffsets.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parallax;

class TestProposalRevision : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_session.reset(); }
    void correctionFixesTheRepeatsInOneUndoStep();
    void rejectionWithdrawsTheRepeats();
    void decidedAnnotationsAreNeverTouched();
    void otherArticlesAndOtherNamesStay();
    void offsetsAreCodePoints();
    void theCorrectedNameSpreadsNotItsRejection();
    void analystOnAServerLeavesOthersProposals();

private:
    // A machine proposal of label on the n-th run (0-based) of words in text.
    qint64 propose(
        qint64 article, const QString &text, const QString &words, int n, const QString &label);
    // The entity annotations of an article on the n-th run of words: "STATUS LABEL ORIGIN".
    QStringList at(qint64 article, const QString &text, const QString &words, int n);
    static qsizetype run(const QString &text, const QString &words, int n);

    QTemporaryDir m_dir;
    std::unique_ptr<ProjectSession> m_session;
    qint64 m_article = 0;
    qint64 m_other = 0;
    // Invented: a fictional minister and a fictional town, the surname alone three times.
    const QString m_text
        = u"🌍 The envoy Dara Kessling arrived in Vorne on Monday. Later, Kessling "
          "told reporters the talks had been useful. Kessling left on Tuesday, and "
          "Vorne's mayor thanked Kessling for the visit."_s;
    const QString m_otherText = u"Kessling was not mentioned again. Vorne was quiet."_s;
};

void TestProposalRevision::init()
{
    const QString path = m_dir.filePath(u"r.parallax"_s);
    QFile::remove(path);
    auto project = Project::create(path);
    QVERIFY(project.ok());
    ArticleStore store(*project.value());
    ArticleDraft a;
    a.body = m_text;
    m_article = store.insert(a)->id;
    a.body = m_otherText;
    m_other = store.insert(a)->id;
    m_session = std::make_unique<ProjectSession>(std::move(project).value());
    m_session->setAnalyst(u"Mara Quillen"_s);
}

qsizetype TestProposalRevision::run(const QString &text, const QString &words, int n)
{
    qsizetype from = 0;
    for (int i = 0;; ++i) {
        const qsizetype at = text.indexOf(words, from);
        if (at < 0 || i == n)
            return at;
        from = at + words.size();
    }
}

qint64 TestProposalRevision::propose(
    qint64 article, const QString &text, const QString &words, int n, const QString &label)
{
    const CodePointMap map(text);
    const qsizetype start = run(text, words, n);
    Annotation a;
    a.articleId = article;
    a.kind = AnnotationKind::Entity;
    a.label = label;
    a.span = Anchoring::makeSpan(
        text, map, map.toCodePoint(start), map.toCodePoint(start + words.size()));
    a.origin = Origin::Automatic;
    a.annotator = u"parallax-annotator"_s;
    a.annotatorVersion = u"1.3"_s;
    a.status = ReviewStatus::Proposed;
    a.confidence = 0.6;
    a.created = a.modified = QDateTime::currentDateTimeUtc();
    auto id = AnnotationStore(m_session->project()).insert(a);
    return id ? id.value() : 0;
}

QStringList TestProposalRevision::at(
    qint64 article, const QString &text, const QString &words, int n)
{
    const CodePointMap map(text);
    const qsizetype start = run(text, words, n);
    QSqlQuery query(Storage::connection(m_session->project()));
    query.exec(
        u"SELECT status, label, origin FROM annotation WHERE kind = 'entity'"
        " AND article_id = %1 AND start_offset = %2 AND end_offset = %3 ORDER BY id"_s.arg(article)
            .arg(map.toCodePoint(start))
            .arg(map.toCodePoint(start + words.size())));
    QStringList out;
    while (query.next())
        out.append(u"%1 %2 %3"_s.arg(
            query.value(0).toString(), query.value(1).toString(), query.value(2).toString()));
    return out;
}

void TestProposalRevision::correctionFixesTheRepeatsInOneUndoStep()
{
    // The machine read the bare surname as an organisation at each of its runs.
    const qint64 first = propose(m_article, m_text, u"Kessling"_s, 1, u"ORG"_s);
    propose(m_article, m_text, u"Kessling"_s, 2, u"ORG"_s);
    propose(m_article, m_text, u"Kessling"_s, 3, u"ORG"_s);
    QVERIFY(first);
    const int steps = m_session->undoStack()->count();

    // She corrects the first: rejects the ORG reading and marks the name a person.
    QVERIFY(m_session->setStatus({first}, ReviewStatus::Rejected).ok());
    auto rejected = AnnotationStore(m_session->project()).annotation(first);
    QVERIFY(rejected.ok());
    Annotation person;
    person.articleId = m_article;
    person.kind = AnnotationKind::Entity;
    person.label = u"PERSON"_s;
    person.span = rejected->span;
    auto made = m_session->addAnnotation(person);
    QVERIFY2(made.ok(), qPrintable(made.error()));

    // The other runs now read PERSON, proposed (she has not decided on them), and the ORG
    // proposals there are gone; the run inside "Dara Kessling" is part of a longer name.
    for (int n : {2, 3}) {
        const QStringList there = at(m_article, m_text, u"Kessling"_s, n);
        QVERIFY2(there.contains(u"proposed PERSON automatic"_s), qPrintable(there.join(u"; ")));
        QVERIFY2(!there.contains(u"proposed ORG automatic"_s), qPrintable(there.join(u"; ")));
    }
    QCOMPARE(at(m_article, m_text, u"Kessling"_s, 1),
        QStringList({u"rejected ORG automatic"_s, u"accepted PERSON manual"_s}));

    // Two decisions, two undo steps, each taking its revision back with it.
    QCOMPARE(m_session->undoStack()->count(), steps + 2);
    m_session->undoStack()->undo();
    m_session->undoStack()->undo();
    for (int n : {1, 2, 3})
        QCOMPARE(
            at(m_article, m_text, u"Kessling"_s, n), QStringList {u"proposed ORG automatic"_s});
    m_session->undoStack()->redo();
    m_session->undoStack()->redo();
    for (int n : {2, 3})
        QCOMPARE(
            at(m_article, m_text, u"Kessling"_s, n), QStringList {u"proposed PERSON automatic"_s});
}

void TestProposalRevision::rejectionWithdrawsTheRepeats()
{
    // The place read as a person, twice; she rejects the first.
    const qint64 first = propose(m_article, m_text, u"Vorne"_s, 0, u"PERSON"_s);
    propose(m_article, m_text, u"Vorne"_s, 1, u"PERSON"_s);
    QVERIFY(m_session->setStatus({first}, ReviewStatus::Rejected).ok());
    // A rejection is negative evidence for that span and label at the repeat too: no open
    // PERSON proposal is left there (another reading may be proposed instead).
    const QStringList there = at(m_article, m_text, u"Vorne"_s, 1);
    QVERIFY2(!there.contains(u"proposed PERSON automatic"_s), qPrintable(there.join(u"; ")));
    m_session->undoStack()->undo();
    QCOMPARE(at(m_article, m_text, u"Vorne"_s, 1), QStringList {u"proposed PERSON automatic"_s});
    QCOMPARE(at(m_article, m_text, u"Vorne"_s, 0), QStringList {u"proposed PERSON automatic"_s});
}

void TestProposalRevision::decidedAnnotationsAreNeverTouched()
{
    const qint64 first = propose(m_article, m_text, u"Kessling"_s, 1, u"ORG"_s);
    // She accepted ORG on the third run before: that stays, whatever she decides elsewhere.
    const qint64 third = propose(m_article, m_text, u"Kessling"_s, 3, u"ORG"_s);
    QVERIFY(m_session->setStatus({third}, ReviewStatus::Accepted).ok());
    QVERIFY(m_session->setStatus({first}, ReviewStatus::Rejected).ok());
    QCOMPARE(at(m_article, m_text, u"Kessling"_s, 3), QStringList {u"accepted ORG automatic"_s});
    QCOMPARE(at(m_article, m_text, u"Kessling"_s, 1), QStringList {u"rejected ORG automatic"_s});
}

void TestProposalRevision::otherArticlesAndOtherNamesStay()
{
    const qint64 first = propose(m_article, m_text, u"Kessling"_s, 1, u"ORG"_s);
    propose(m_other, m_otherText, u"Kessling"_s, 0, u"ORG"_s);
    const qint64 town = propose(m_article, m_text, u"Vorne"_s, 0, u"PERSON"_s);
    QVERIFY(m_session->setStatus({first}, ReviewStatus::Rejected).ok());
    // The other article is revised at its next Annotate, not now; a name not decided on keeps
    // its proposal (and its row) even where the model would now read it otherwise.
    QCOMPARE(at(m_other, m_otherText, u"Kessling"_s, 0), QStringList {u"proposed ORG automatic"_s});
    QCOMPARE(AnnotationStore(m_session->project()).annotation(town)->label, u"PERSON"_s);
}

void TestProposalRevision::offsetsAreCodePoints()
{
    // The revision's own result, without a session: the emoji before the names counts one.
    const CodePointMap map(m_text);
    const qsizetype start = run(m_text, u"Kessling"_s, 1);
    Annotation decided;
    decided.id = 7;
    decided.articleId = m_article;
    decided.kind = AnnotationKind::Entity;
    decided.label = u"PERSON"_s;
    decided.origin = Origin::Manual;
    decided.status = ReviewStatus::Accepted;
    decided.span
        = Anchoring::makeSpan(m_text, map, map.toCodePoint(start), map.toCodePoint(start + 8));
    QCOMPARE(decided.span.exact, u"Kessling"_s);
    RevisionInput in;
    in.articleId = m_article;
    in.text = m_text;
    in.annotations = {decided};
    in.decided = {decided.span};
    in.annotatorVersion = u"1.3"_s;
    auto revision = reviseProposals(in);
    QVERIFY2(revision.ok(), qPrintable(revision.error()));
    QVERIFY(revision->remove.isEmpty());
    QList<qsizetype> starts;
    for (const Annotation &a : revision->add) {
        QCOMPARE(a.label, u"PERSON"_s);
        QCOMPARE(a.span.exact, u"Kessling"_s);
        QCOMPARE(a.status, ReviewStatus::Proposed);
        starts.append(a.span.start);
    }
    const qsizetype second = run(m_text, u"Kessling"_s, 2);
    const qsizetype third = run(m_text, u"Kessling"_s, 3);
    QVERIFY2(starts.contains(map.toCodePoint(second)), qPrintable(QString::number(starts.size())));
    QVERIFY(starts.contains(map.toCodePoint(third)));
    QCOMPARE(map.toCodePoint(second), second - 1); // the emoji is two UTF-16 units
}

void TestProposalRevision::theCorrectedNameSpreadsNotItsRejection()
{
    // A correction is two decisions on the same words, the machine's type rejected and the
    // right one made, stored in that order. At the repeats the right type holds, not only
    // "not the rejected one" (which let the decoder pick a third type there).
    const QString text = u"Later, Kessling spoke. Kessling left."_s;
    QList<Token> tokens;
    Tokenizer::tokenize(text, &tokens);
    const qint32 first = qint32(text.indexOf(u"Kessling"_s));
    const TextRange range {first, first + 8};
    const QList<EntityDecision> decisions {
        {range, EntityType::Organisation, true}, {range, EntityType::Person, false}};
    const QList<Ner::SpanConstraint> constraints = Annotator::constraints(text, tokens, decisions);
    const qint32 second = qint32(text.lastIndexOf(u"Kessling"_s));
    bool repeatKept = false;
    for (const Ner::SpanConstraint &c : constraints) {
        if (tokens.at(c.tokenStart).start != second)
            continue;
        QVERIFY2(!c.rejected, "the repeat took the rejection, not the name");
        QCOMPARE(c.type, EntityType::Person);
        repeatKept = true;
    }
    QVERIFY(repeatKept);
}

void TestProposalRevision::analystOnAServerLeavesOthersProposals()
{
    // The administrator annotated; an analyst marks a name by hand. The server lets her remove
    // only her own rows, so the administrator's proposals at the repeats stay, nothing is
    // proposed over them, and her step is one undo step like any other (no refused removal
    // taken for rows gone, which would clear her undo history).
    auto database = TestBackends::freshDatabase(u"revision"_s);
    QVERIFY2(database.ok(), qPrintable(database.error()));
    auto admin = Project::create(TestBackends::serverUri(database.value()));
    QVERIFY2(admin.ok(), qPrintable(admin.ok() ? QString() : admin.error()));
    ArticleDraft draft;
    draft.body = m_text;
    auto article = ArticleStore(*admin.value()).insert(draft);
    QVERIFY(article.ok());
    // propose() writes through m_session's project: the administrator's, for these rows.
    m_session = std::make_unique<ProjectSession>(std::move(admin).value());
    for (int n : {1, 2})
        QVERIFY(propose(article->id, m_text, u"Kessling"_s, n, u"ORG"_s));
    const QString analyst = u"rev_%1"_s.arg(QCoreApplication::applicationPid());
    QVERIFY(ProjectAccounts(m_session->project()).add(analyst, u"analyst"_s).ok());

    auto opened = Project::open(TestBackends::serverUri(database.value(), analyst));
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error()));
    // One proposal at the last run is hers (she annotated once herself).
    {
        const qsizetype last = run(m_text, u"Kessling"_s, 3);
        const CodePointMap map(m_text);
        Annotation own;
        own.articleId = article->id;
        own.label = u"ORG"_s;
        own.span
            = Anchoring::makeSpan(m_text, map, map.toCodePoint(last), map.toCodePoint(last + 8));
        own.origin = Origin::Automatic;
        own.status = ReviewStatus::Proposed;
        QVERIFY(AnnotationStore(*opened.value()).insert(own).ok());
    }
    ProjectSession session(std::move(opened).value());
    session.setAnalyst(analyst);
    QSignalSpy errors(&session, &ProjectSession::errorOccurred);
    QSignalSpy notices(&session, &ProjectSession::noticed);
    const CodePointMap map(m_text);
    const qsizetype start = run(m_text, u"Kessling"_s, 1);
    Annotation person;
    person.articleId = article->id;
    person.kind = AnnotationKind::Entity;
    person.label = u"PERSON"_s;
    person.span
        = Anchoring::makeSpan(m_text, map, map.toCodePoint(start), map.toCodePoint(start + 8));
    auto made = session.addAnnotation(person);
    QVERIFY2(made.ok(), qPrintable(made.error()));
    QCOMPARE(session.undoStack()->count(), 1);

    QCOMPARE(errors.count(), 0);
    QCOMPARE(notices.count(), 0);
    // The administrator's proposal stays; hers follows her correction.
    QCOMPARE(at(article->id, m_text, u"Kessling"_s, 2), QStringList {u"proposed ORG automatic"_s});
    QCOMPARE(
        at(article->id, m_text, u"Kessling"_s, 3), QStringList {u"proposed PERSON automatic"_s});
    session.undoStack()->undo();
    QCOMPARE(at(article->id, m_text, u"Kessling"_s, 3), QStringList {u"proposed ORG automatic"_s});
    QCOMPARE(at(article->id, m_text, u"Kessling"_s, 1), QStringList {u"proposed ORG automatic"_s});
}

QTEST_MAIN(TestProposalRevision)
#include "tst_proposalrevision.moc"
