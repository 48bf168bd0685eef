// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backends.h"
#include "model/anchoring.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/connection.h"
#include "storage/entitystore.h"
#include "storage/project.h"
#include "testhelpers.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parallax;

class TestAnnotationStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { TestBackends::addRows(); }
    void init();
    void cleanup() { m_project.reset(); }
    void roundTrip();
    void verifyOnLoadReanchorsAndFlags();
    void restoredTextClearsTheFlag();
    void readOnlyProjectIsNotWritten();
    void readingNeverWrites();
    void entitiesListedWithoutTheirDetails();

private:
    qint64 addArticle(const QString &body);
    Annotation annotation(qint64 articleId, const QString &body, qsizetype start, qsizetype end);
    void setBody(qint64 articleId, const QString &body);
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
};

void TestAnnotationStore::init()
{
    auto project = TestBackends::freshProject(m_dir, u"a.parallax"_s);
    QVERIFY2(project.ok(), qPrintable(project.error()));
    m_project = std::move(project).value();
}

qint64 TestAnnotationStore::addArticle(const QString &body)
{
    ArticleDraft d;
    d.body = body;
    return ArticleStore(*m_project).insert(d)->id;
}

Annotation TestAnnotationStore::annotation(
    qint64 articleId, const QString &body, qsizetype start, qsizetype end)
{
    Annotation a;
    a.articleId = articleId;
    a.kind = AnnotationKind::Quote;
    a.label = u"direct"_s;
    a.span = Anchoring::makeSpan(body, start, end);
    a.origin = Origin::Automatic;
    a.annotator = u"quotes"_s;
    a.annotatorVersion = u"1"_s;
    a.confidence = 0.75;
    a.status = ReviewStatus::Proposed;
    return a;
}

void TestAnnotationStore::setBody(qint64 articleId, const QString &body)
{
    QSqlQuery query(Storage::connection(*m_project));
    query.prepare(u"UPDATE article SET body = ? WHERE id = ?"_s);
    query.addBindValue(body);
    query.addBindValue(articleId);
    QVERIFY(query.exec());
}

void TestAnnotationStore::roundTrip()
{
    const QString body = u"😀 Ilse Marrow said “the talks were fruitful” 👍🏽."_s;
    const qint64 article = addArticle(body);
    AnnotationStore store(*m_project);
    Annotation a = annotation(article, body, 20, 43);
    QCOMPARE(a.span.exact, u"the talks were fruitful"_s);
    a.note = u"Compare with the Post's wording"_s;
    a.value = u"n/a"_s;
    auto id = store.insert(a);
    QVERIFY2(id.ok(), qPrintable(id.error()));

    Annotation cue;
    cue.articleId = article;
    cue.parentId = id.value();
    cue.kind = AnnotationKind::Cue;
    cue.span = Anchoring::makeSpan(body, 14, 18);
    QCOMPARE(cue.span.exact, u"said"_s);
    QVERIFY(store.insert(cue).ok());

    auto loaded = store.forArticle(article, body);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->size(), 2);
    const Annotation &cueBack = loaded->at(0); // text order
    const Annotation &back = loaded->at(1);
    QCOMPARE(back.id, id.value());
    QCOMPARE(back.kind, AnnotationKind::Quote);
    QCOMPARE(back.label, u"direct"_s);
    QCOMPARE(back.span, a.span);
    QCOMPARE(back.origin, Origin::Automatic);
    QCOMPARE(back.annotator, u"quotes"_s);
    QCOMPARE(back.confidence, 0.75);
    QCOMPARE(back.status, ReviewStatus::Proposed);
    QCOMPARE(back.note, a.note);
    QCOMPARE(back.value, a.value);
    QCOMPARE(back.anchor, AnchorState::Ok);
    QVERIFY(back.created.isValid());
    QCOMPARE(cueBack.parentId, id.value());

    // Deleting the quote takes its cue with it.
    QVERIFY(store.remove(id.value()).ok());
    QCOMPARE(store.forArticle(article, body)->size(), 0);
}

void TestAnnotationStore::verifyOnLoadReanchorsAndFlags()
{
    const QString body = u"Talks ended after two long days of difficult negotiation. The envoy "
                         u"said the deal was close "
                         "and would be signed in March by both sides. He said yes. He said yes."_s;
    const qint64 article = addArticle(body);
    AnnotationStore store(*m_project);
    const qsizetype dealAt = body.indexOf(u"deal was close"_s);
    const qint64 moved = store.insert(annotation(article, body, dealAt, dealAt + 14)).value();
    const qint64 edited = store.insert(annotation(article, body, 0, 11)).value(); // "Talks ended"
    const qsizetype yesAt = body.indexOf(u"said yes"_s);
    Annotation ambiguous = annotation(article, body, yesAt, yesAt + 8);
    ambiguous.span.prefix = u"He "_s; // context that occurs twice
    ambiguous.span.suffix = u"."_s;
    const qint64 twice = store.insert(ambiguous).value();

    // Text inserted before, and the first words rewritten: far from "deal was close" and its
    // context.
    const QString newBody
        = u"UPDATE: Talks finished after two long days of difficult negotiation. The envoy said "
          u"the "
          "deal was close and would be signed in March by both sides. He said yes. He said yes."_s;
    setBody(article, newBody);
    auto loaded = store.reanchor(article, newBody);
    QVERIFY(loaded.ok());
    QHash<qint64, Annotation> byId;
    for (const Annotation &a : loaded.value())
        byId.insert(a.id, a);
    QCOMPARE(byId[moved].anchor, AnchorState::Reanchored);
    QCOMPARE(byId[moved].span.start, dealAt + 11);
    QCOMPARE(Offsets::midCodePoints(newBody, byId[moved].span.start, byId[moved].span.end),
        u"deal was close"_s);
    QCOMPARE(byId[edited].anchor, AnchorState::Orphaned);
    QCOMPARE(byId[edited].span.start, 0); // left where it was, never guessed
    QCOMPARE(byId[twice].anchor, AnchorState::Orphaned);
    QCOMPARE(byId[twice].span.start, yesAt);

    // The outcome is stored: a second load without verification sees it.
    auto stored = store.forArticle(article, newBody, AnnotationStore::Verify::No);
    for (const Annotation &a : stored.value()) {
        QCOMPARE(a.anchor, byId[a.id].anchor);
        QCOMPARE(a.span.start, byId[a.id].span.start);
    }

    // A change inside the context is not re-anchored either: the context must match as stored.
    QString rewritten = newBody;
    rewritten.replace(u"The envoy"_s, u"An envoy"_s);
    setBody(article, rewritten);
    QSqlQuery reset(Storage::connection(*m_project));
    QVERIFY(reset.exec(
        u"UPDATE annotation SET start_offset = 0, end_offset = 14, anchor = 'ok' WHERE id = %1"_s
            .arg(moved)));
    const auto afterRewrite = store.forArticle(article, rewritten);
    for (const Annotation &a : afterRewrite.value()) {
        if (a.id == moved)
            QCOMPARE(a.anchor, AnchorState::Orphaned);
    }
}

void TestAnnotationStore::restoredTextClearsTheFlag()
{
    const QString body = u"The minister spoke."_s;
    const qint64 article = addArticle(body);
    AnnotationStore store(*m_project);
    const qint64 id = store.insert(annotation(article, body, 4, 12)).value();
    setBody(article, u"The envoy spoke."_s);
    QCOMPARE(store.reanchor(article, u"The envoy spoke."_s)->first().anchor, AnchorState::Orphaned);
    setBody(article, body);
    const Annotation back = store.reanchor(article, body)->first();
    QCOMPARE(back.id, id);
    QCOMPARE(back.anchor, AnchorState::Ok);
}

void TestAnnotationStore::readOnlyProjectIsNotWritten()
{
    const QString body = u"The minister spoke."_s;
    const qint64 article = addArticle(body);
    QVERIFY(AnnotationStore(*m_project).insert(annotation(article, body, 4, 12)).ok());
    setBody(article, u"Now: The minister spoke."_s);
    const QString path = m_project->path();
    m_project.reset();
    auto readOnly = Project::open(path, Project::Access::ReadOnly);
    QVERIFY(readOnly.ok());
    auto loaded
        = AnnotationStore(*readOnly.value()).reanchor(article, u"Now: The minister spoke."_s);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->first().anchor, AnchorState::Reanchored);
    auto stored
        = AnnotationStore(*readOnly.value())
              .forArticle(article, u"Now: The minister spoke."_s, AnnotationStore::Verify::No);
    QCOMPARE(stored->first().anchor, AnchorState::Ok); // nothing was written
}

// Verification on load happens in memory: the window reads on the GUI thread, and the write-back
// (reanchor()) runs elsewhere.
void TestAnnotationStore::readingNeverWrites()
{
    const QString body = u"The minister spoke."_s;
    const qint64 article = addArticle(body);
    AnnotationStore store(*m_project);
    QVERIFY(store.insert(annotation(article, body, 4, 12)).ok());
    const QString moved = u"Now: The minister spoke."_s;
    setBody(article, moved);

    auto loaded = store.forArticle(article, moved);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->first().anchor, AnchorState::Reanchored);
    QCOMPARE(loaded->first().span.start, 9);
    auto stored = store.forArticle(article, moved, AnnotationStore::Verify::No);
    QCOMPARE(stored->first().anchor, AnchorState::Ok);
    QCOMPARE(stored->first().span.start, 4);
}

// The Entities panel lists a story's entities with their mentions only, and reads the aliases
// and outlets of the one selected: the same figures as the full listing.
void TestAnnotationStore::entitiesListedWithoutTheirDetails()
{
    const QString body = u"Ilse Marrow met the EU in Kessling."_s;
    ArticleStore articles(*m_project);
    ArticleDraft d;
    d.body = body;
    d.outlet = u"Harbour Ledger"_s;
    const qint64 ledger = articles.insert(d)->id;
    d.body = body + u" Again."_s;
    d.outlet = u"The Meridian Post"_s;
    const qint64 post = articles.insert(d)->id;
    const qint64 story = articles.storyId(u"Lake Varn"_s, true).value();
    QVERIFY(articles.addToStory(story, ledger).ok());
    QVERIFY(articles.addToStory(story, post).ok());
    EntityStore entities(*m_project);
    const qint64 marrow
        = entities.findOrCreate(story, u"PERSON"_s, u"Ilse Marrow"_s, {u"Marrow"_s}).value();
    const qint64 eu = entities.findOrCreate(story, u"ORG"_s, u"EU"_s).value();
    const qint64 elsewhere = entities.findOrCreate(0, u"LOC"_s, u"Kessling"_s).value();
    auto mention = [&](qint64 article, qint64 entity, ReviewStatus status) {
        Annotation a = annotation(article, body, 0, 11);
        a.kind = AnnotationKind::Entity;
        a.label = u"PERSON"_s;
        a.entityId = entity;
        a.status = status;
        QVERIFY(AnnotationStore(*m_project).insert(a).ok());
    };
    mention(ledger, marrow, ReviewStatus::Accepted);
    mention(post, marrow, ReviewStatus::Proposed);
    mention(post, marrow, ReviewStatus::Rejected); // not counted, its outlet not either
    mention(post, eu, ReviewStatus::Rejected);
    mention(ledger, eu, ReviewStatus::Proposed);

    auto full = entities.entities(story);
    auto listed = entities.entities(story, EntityStore::Detail::Listing);
    QVERIFY2(full.ok() && listed.ok(), qPrintable(full.error() + listed.error()));
    QCOMPARE(listed->size(), 2); // the story's own, not the one of no story
    QCOMPARE(full->size(), listed->size());
    for (qsizetype i = 0; i < full->size(); ++i) {
        EntityRecord brief = full->at(i);
        brief.aliases.clear();
        brief.outlets.clear();
        QCOMPARE(listed->at(i), brief);
        QCOMPARE(entities.entity(brief.id)->aliases, full->at(i).aliases);
        QCOMPARE(entities.outlets(brief.id).value(), full->at(i).outlets);
    }
    const EntityRecord &first = full->at(0).id == marrow ? full->at(0) : full->at(1);
    QCOMPARE(first.mentions, 2);
    QCOMPARE(first.aliases, QStringList {u"Marrow"_s});
    QCOMPARE(first.outlets, (QStringList {u"Harbour Ledger"_s, u"The Meridian Post"_s}));
    QCOMPARE(entities.outlets(eu).value(), QStringList {u"Harbour Ledger"_s});

    auto names = entities.names({marrow, elsewhere, 987654});
    QVERIFY2(names.ok(), qPrintable(names.error()));
    QCOMPARE(names->size(), 2); // the missing one is left out
    QCOMPARE(names->value(marrow), u"Ilse Marrow"_s);
    QCOMPARE(names->value(elsewhere), u"Kessling"_s);
    QCOMPARE(entities.names({})->size(), 0);
}

QTEST_GUILESS_MAIN(TestAnnotationStore)
#include "tst_annotationstore.moc"
