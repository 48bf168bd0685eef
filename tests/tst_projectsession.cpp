// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "edit/projectsession.h"
#include "jobs/annotationjob.h"
#include "model/anchoring.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/connection.h"
#include "storage/entitystore.h"
#include "storage/project.h"
#include "testhelpers.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parallax;

class TestProjectSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_session.reset(); }
    void addUndoRedo();
    void starterCodeBookIsOneStep();
    void removeRestoresChildren();
    void bulkReviewIsOneUndoStep();
    void noteEditsMerge();
    void spanChangeKeepsSelectors();
    void undoSurvivesSwitchingArticlesAndReopening();
    void readOnlyProjectRefusesEdits();
    void renameAndRetypeEntity();
    void mergeEntitiesAndUndo();
    void splitMentionOff();
    void codeBookEdits();
    void storesCountTheRowsTheyChange();
    void redoAfterReannotationFailsVisibly();
    void reannotationDropsStaleHistory();
    void externalRemovalDropsStaleHistory();

private:
    int count(const QString &where = u"1"_s);
    Annotation tag(qint64 article, qsizetype start, qsizetype end);
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectSession> m_session;
    qint64 m_first = 0;
    qint64 m_second = 0;
    const QString m_text = u"😀 Ilse Marrow said “the talks were fruitful” in Kessling."_s;
};

void TestProjectSession::init()
{
    const QString path = m_dir.filePath(u"s.parallax"_s);
    QFile::remove(path);
    auto project = Project::create(path);
    QVERIFY(project.ok());
    ArticleStore store(*project.value());
    ArticleDraft a;
    a.body = m_text;
    m_first = store.insert(a)->id;
    a.body = u"Tomas Ardelan left."_s;
    m_second = store.insert(a)->id;
    m_session = std::make_unique<ProjectSession>(std::move(project).value());
    m_session->setAnalyst(u"Mara Quillen"_s);
}

int TestProjectSession::count(const QString &where)
{
    QSqlQuery query(Storage::connection(m_session->project()));
    query.exec(u"SELECT COUNT(*) FROM annotation WHERE "_s + where);
    return query.next() ? query.value(0).toInt() : -1;
}

Annotation TestProjectSession::tag(qint64 article, qsizetype start, qsizetype end)
{
    Annotation a;
    a.articleId = article;
    a.kind = AnnotationKind::Tag;
    a.label = u"Diplomacy"_s;
    a.span = Anchoring::makeSpan(m_text, start, end);
    return a;
}

void TestProjectSession::addUndoRedo()
{
    QSignalSpy changed(m_session.get(), &ProjectSession::annotationsChanged);
    auto id = m_session->addAnnotation(tag(m_first, 2, 13));
    QVERIFY2(id.ok(), qPrintable(id.error()));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toLongLong(), m_first);
    // Stored at once, with manual provenance and the analyst's name.
    QCOMPARE(
        count(
            u"id = %1 AND origin = 'manual' AND analyst = 'Mara Quillen' AND exact = 'Ilse Marrow'"_s
                .arg(id.value())),
        1);
    m_session->undoStack()->undo();
    QCOMPARE(count(), 0);
    m_session->undoStack()->redo();
    QCOMPARE(count(u"id = %1"_s.arg(id.value())), 1); // the same row comes back
    QCOMPARE(changed.count(), 3);
}

void TestProjectSession::removeRestoresChildren()
{
    AnnotationStore store(m_session->project());
    Annotation quote = tag(m_first, 20, 43);
    quote.kind = AnnotationKind::Quote;
    const qint64 quoteId = store.insert(quote).value();
    Annotation cue = tag(m_first, 14, 18);
    cue.kind = AnnotationKind::Cue;
    cue.parentId = quoteId;
    QVERIFY(store.insert(cue).ok());
    QCOMPARE(count(), 2);
    QVERIFY(m_session->removeAnnotation(quoteId).ok());
    QCOMPARE(count(), 0);
    m_session->undoStack()->undo();
    QCOMPARE(count(), 2);
    QCOMPARE(count(u"parent_id = %1 AND kind = 'cue'"_s.arg(quoteId)), 1);
    QVERIFY(!m_session->removeAnnotation(9999).ok());
}

void TestProjectSession::bulkReviewIsOneUndoStep()
{
    AnnotationStore store(m_session->project());
    QList<qint64> ids;
    for (int i = 0; i < 5; ++i) {
        Annotation a = tag(m_first, 2 + i, 13);
        a.origin = Origin::Automatic;
        a.status = ReviewStatus::Proposed;
        ids.append(store.insert(a).value());
    }
    QVERIFY(m_session->setStatus(ids, ReviewStatus::Accepted).ok());
    QCOMPARE(count(u"status = 'accepted' AND analyst = 'Mara Quillen'"_s), 5);
    QCOMPARE(m_session->undoStack()->count(), 1);
    QVERIFY(m_session->undoStack()->undoText().startsWith(u"Accept 5 proposal"_s));
    m_session->undoStack()->undo();
    QCOMPARE(count(u"status = 'proposed' AND analyst = ''"_s), 5);
    QVERIFY(m_session->setStatus(ids.mid(0, 2), ReviewStatus::Rejected).ok());
    QCOMPARE(count(u"status = 'rejected'"_s), 2);
}

void TestProjectSession::noteEditsMerge()
{
    const qint64 id = m_session->addAnnotation(tag(m_first, 2, 13)).value();
    QVERIFY(m_session->setNote(id, u"C"_s).ok());
    QVERIFY(m_session->setNote(id, u"Ch"_s).ok());
    QVERIFY(m_session->setNote(id, u"Check the Post’s wording 😀"_s).ok());
    QCOMPARE(count(u"note = 'Check the Post’s wording 😀'"_s), 1);
    QCOMPARE(m_session->undoStack()->count(), 2); // the add, and one note edit
    m_session->undoStack()->undo();
    QCOMPARE(count(u"note = ''"_s), 1);
}

void TestProjectSession::spanChangeKeepsSelectors()
{
    const qint64 id = m_session->addAnnotation(tag(m_first, 2, 13)).value();
    QVERIFY(m_session->setSpan(id, m_text, 7, 13).ok()); // shrink to "Marrow"
    auto a = AnnotationStore(m_session->project()).annotation(id);
    QCOMPARE(a->span.exact, u"Marrow"_s);
    QCOMPARE(a->span.prefix, u"😀 Ilse "_s);
    m_session->undoStack()->undo();
    QCOMPARE(AnnotationStore(m_session->project()).annotation(id)->span.exact, u"Ilse Marrow"_s);
    QVERIFY(!m_session->setSpan(id, m_text, 10, 500).ok());
}

void TestProjectSession::undoSurvivesSwitchingArticlesAndReopening()
{
    const qint64 a = m_session->addAnnotation(tag(m_first, 2, 13)).value();
    Annotation other = tag(m_second, 0, 5);
    other.span = Anchoring::makeSpan(u"Tomas Ardelan left."_s, 0, 5);
    const qint64 b = m_session->addAnnotation(other).value();
    m_session->undoStack()->undo(); // the second article's tag
    m_session->undoStack()->undo(); // the first article's
    QCOMPARE(count(), 0);
    m_session->undoStack()->redo();
    QCOMPARE(count(u"id = %1"_s.arg(a)), 1);
    // Everything done is on disk: another connection sees it without any save.
    auto reader = Project::open(m_session->project().path(), Project::Access::ReadOnly);
    QSqlQuery query(Storage::connection(*reader.value()));
    QVERIFY(query.exec(u"SELECT COUNT(*) FROM annotation WHERE id IN (%1, %2)"_s.arg(a).arg(b))
        && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

void TestProjectSession::readOnlyProjectRefusesEdits()
{
    const QString path = m_session->project().path();
    m_session.reset();
    auto project = Project::open(path, Project::Access::ReadOnly);
    ProjectSession session(std::move(project).value());
    auto r = session.addAnnotation(tag(m_first, 2, 13));
    QVERIFY(!r.ok());
    QVERIFY(r.error().contains(u"read-only"_s));
    QCOMPARE(session.undoStack()->count(), 0);
}

namespace {

qint64 addEntity(Project &project, const QString &name, const QString &type)
{
    EntityRecord e;
    e.name = name;
    e.type = type;
    e.aliases = {name};
    return EntityStore(project).insert(e).value();
}

} // namespace

void TestProjectSession::renameAndRetypeEntity()
{
    Project &project = m_session->project();
    const qint64 id = addEntity(project, u"Marrow"_s, u"ORG"_s);
    QSignalSpy changed(m_session.get(), &ProjectSession::entitiesChanged);
    EntityRecord e = EntityStore(project).entity(id).value();
    e.name = u" Ilse  Marrow "_s;
    e.type = u"PERSON"_s;
    QVERIFY(m_session->updateEntity(e).ok());
    QCOMPARE(changed.count(), 1);
    auto after = EntityStore(project).entity(id);
    QCOMPARE(after->name, u"Ilse Marrow"_s);
    QCOMPARE(after->type, u"PERSON"_s);
    QVERIFY(after->aliases.contains(u"Marrow"_s) && after->aliases.contains(u"Ilse Marrow"_s));
    m_session->undoStack()->undo();
    QCOMPARE(EntityStore(project).entity(id)->name, u"Marrow"_s);
    QCOMPARE(EntityStore(project).entity(id)->type, u"ORG"_s);
    e.name = u"  "_s;
    QVERIFY(!m_session->updateEntity(e).ok());
}

void TestProjectSession::mergeEntitiesAndUndo()
{
    Project &project = m_session->project();
    const qint64 eu = addEntity(project, u"European Union"_s, u"ORG"_s);
    const qint64 short_ = addEntity(project, u"EU"_s, u"ORG"_s);
    Annotation a = tag(m_first, 2, 13);
    a.kind = AnnotationKind::Entity;
    a.entityId = short_;
    const qint64 mention = AnnotationStore(project).insert(a).value();
    QVERIFY(m_session->mergeEntities(eu, short_).ok());
    QCOMPARE(AnnotationStore(project).annotation(mention)->entityId, eu);
    QVERIFY(!EntityStore(project).entity(short_).ok());
    QVERIFY(EntityStore(project).entity(eu)->aliases.contains(u"EU"_s));
    m_session->undoStack()->undo();
    QCOMPARE(AnnotationStore(project).annotation(mention)->entityId, short_);
    QCOMPARE(EntityStore(project).entity(short_)->name, u"EU"_s);
    QVERIFY(!EntityStore(project).entity(eu)->aliases.contains(u"EU"_s));
    m_session->undoStack()->redo();
    QCOMPARE(AnnotationStore(project).annotation(mention)->entityId, eu);
    QVERIFY(!m_session->mergeEntities(eu, eu).ok());
}

void TestProjectSession::splitMentionOff()
{
    Project &project = m_session->project();
    const qint64 person = addEntity(project, u"Tomas Ardelan"_s, u"PERSON"_s);
    Annotation a = tag(m_first, 2, 13); // "Ilse Marrow" wrongly linked to Ardelan
    a.kind = AnnotationKind::Entity;
    a.entityId = person;
    const qint64 mention = AnnotationStore(project).insert(a).value();
    auto created = m_session->splitMention(mention);
    QVERIFY2(created.ok(), qPrintable(created.error()));
    QCOMPARE(AnnotationStore(project).annotation(mention)->entityId, created.value());
    QCOMPARE(EntityStore(project).entity(created.value())->name, u"Ilse Marrow"_s);
    QCOMPARE(EntityStore(project).entity(created.value())->type, u"PERSON"_s);
    m_session->undoStack()->undo();
    QCOMPARE(AnnotationStore(project).annotation(mention)->entityId, person);
    QVERIFY(!EntityStore(project).entity(created.value()).ok());
}

void TestProjectSession::codeBookEdits()
{
    Project &project = m_session->project();
    QSignalSpy changed(m_session.get(), &ProjectSession::codeBookChanged);
    Tag framing;
    framing.name = u"Framing"_s;
    framing.color = QColor(u"#c0392b"_s);
    framing.shortcut = u"1"_s;
    const qint64 parent = m_session->addTag(framing).value();
    Tag blame;
    blame.name = u"Blame"_s;
    blame.color = QColor(u"#8e44ad"_s);
    blame.parentId = parent;
    const qint64 child = m_session->addTag(blame).value();
    QCOMPARE(changed.count(), 2);
    // A tag in use, then the parent removed with its child: undo restores both and the use.
    Annotation a = tag(m_first, 2, 13);
    a.tagId = child;
    const qint64 tagged = AnnotationStore(project).insert(a).value();
    Tag renamed = EntityStore(project).tag(parent).value();
    renamed.name = u"Frames"_s;
    renamed.color = QColor(u"#2980b9"_s);
    QVERIFY(m_session->updateTag(renamed).ok());
    QCOMPARE(EntityStore(project).tag(parent)->color, QColor(u"#2980b9"_s));
    Tag loop = EntityStore(project).tag(parent).value();
    loop.parentId = child; // nesting a tag inside its own child
    QVERIFY(!m_session->updateTag(loop).ok());
    QVERIFY(m_session->removeTag(parent).ok());
    QCOMPARE(EntityStore(project).tags()->size(), 0);
    QCOMPARE(AnnotationStore(project).annotation(tagged)->tagId, 0);
    m_session->undoStack()->undo();
    QCOMPARE(EntityStore(project).tags()->size(), 2);
    QCOMPARE(EntityStore(project).tag(child)->parentId, parent);
    QCOMPARE(AnnotationStore(project).annotation(tagged)->tagId, child);
    m_session->undoStack()->undo();
    QCOMPARE(EntityStore(project).tag(parent)->name, u"Framing"_s);
}

void TestProjectSession::storesCountTheRowsTheyChange()
{
    AnnotationStore store(m_session->project());
    const qint64 id = store.insert(tag(m_first, 2, 6)).value();
    QCOMPARE(store.setNote(id, u"Check the date."_s).value(), 1);
    QCOMPARE(store.setNote(id + 100, u"Check the date."_s).value(), 0);
    QCOMPARE(store.setStatus(id + 100, ReviewStatus::Accepted, {}).value(), 0);
    QCOMPARE(store.remove(id).value(), 1);
    QCOMPARE(store.remove(id).value(), 0);
    QCOMPARE(EntityStore(m_session->project()).removeTag(4711).value(), 0);
}

namespace {

// The article's proposals as the annotator left them: ids of rows still proposed.
QList<qint64> proposals(Project &project, qint64 articleId)
{
    QList<qint64> ids;
    QSqlQuery query(Storage::connection(project));
    query.exec(u"SELECT id FROM annotation WHERE origin = 'automatic' AND status = 'proposed' "
               "AND parent_id IS NULL AND article_id = %1 ORDER BY id"_s.arg(articleId));
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

// Annotates the article again the way the window's background job does: through a connection
// of its own, which replaces the proposals nobody decided on.
bool reannotate(const QString &path, qint64 articleId)
{
    auto other = Project::open(path);
    if (!other)
        return false;
    auto summary = AnnotationJob(*other.value()).run(0, articleId);
    return summary.ok() && summary->proposals > 0;
}

} // namespace

// Accept a proposal, undo, annotate again, redo: the proposal the step accepts is gone, so the
// redo must not report a success it did not have.
void TestProjectSession::redoAfterReannotationFailsVisibly()
{
    const QString path = m_session->project().path();
    QVERIFY(reannotate(path, m_first));
    const QList<qint64> before = proposals(m_session->project(), m_first);
    QVERIFY(!before.isEmpty());
    QVERIFY(m_session->setStatus({before.first()}, ReviewStatus::Accepted).ok());
    m_session->undoStack()->undo();
    QVERIFY(reannotate(path, m_first));
    const QList<qint64> after = proposals(m_session->project(), m_first);
    QVERIFY(!after.isEmpty());

    QSignalSpy errors(m_session.get(), &ProjectSession::errorOccurred);
    QVERIFY(m_session->undoStack()->canRedo());
    m_session->undoStack()->redo();
    QTRY_COMPARE(errors.size(), 1);
    QVERIFY2(errors.first().first().toString().contains(u"no longer in the project"_s),
        qPrintable(errors.first().first().toString()));
    QCOMPARE(m_session->undoStack()->count(), 0);
    QCOMPARE(count(u"status = 'accepted'"_s), 0);
    QCOMPARE(proposals(m_session->project(), m_first), after);
}

// The session notices the job's commit and drops the history before the analyst presses redo.
void TestProjectSession::reannotationDropsStaleHistory()
{
    const QString path = m_session->project().path();
    QVERIFY(reannotate(path, m_first));
    const QList<qint64> before = proposals(m_session->project(), m_first);
    QVERIFY(before.size() >= 2);
    QVERIFY(m_session->addAnnotation(tag(m_first, 2, 6)).ok());
    QVERIFY(m_session->setStatus({before.first()}, ReviewStatus::Accepted).ok());
    QVERIFY(m_session->setStatus({before.last()}, ReviewStatus::Rejected).ok());
    m_session->undoStack()->undo(); // the rejected one is proposed again
    QCOMPARE(m_session->undoStack()->count(), 3);

    QSignalSpy noticed(m_session.get(), &ProjectSession::noticed);
    QSignalSpy elsewhere(m_session.get(), &ProjectSession::changedElsewhere);
    QVERIFY(reannotate(path, m_first));
    m_session->checkForChanges();
    QCOMPARE(elsewhere.size(), 1);
    QCOMPARE(noticed.size(), 1);
    QCOMPARE(m_session->undoStack()->count(), 0);
    QVERIFY(!m_session->undoStack()->canRedo());
    // What the analyst decided is kept: the accepted proposal and the manual tag.
    QCOMPARE(count(u"id = %1 AND status = 'accepted'"_s.arg(before.first())), 1);
    QCOMPARE(count(u"origin = 'manual'"_s), 1);
}

// Another program removes an annotation a step refers to; an unrelated change keeps history.
void TestProjectSession::externalRemovalDropsStaleHistory()
{
    QVERIFY(m_session->addAnnotation(tag(m_first, 2, 6)).ok());
    auto note = m_session->addAnnotation(tag(m_first, 7, 12));
    QVERIFY(note.ok());
    QVERIFY(m_session->setNote(note.value(), u"Ask the press office."_s).ok());
    QSignalSpy noticed(m_session.get(), &ProjectSession::noticed);
    auto other = Project::open(m_session->project().path());
    QVERIFY(other.ok());
    QVERIFY(
        QSqlQuery(Storage::connection(*other.value()))
            .exec(u"UPDATE article SET title = 'Kessling talks' WHERE id = %1"_s.arg(m_second)));
    m_session->checkForChanges();
    QCOMPARE(noticed.size(), 0);
    QCOMPARE(m_session->undoStack()->count(), 3);
    QVERIFY(QSqlQuery(Storage::connection(*other.value()))
                .exec(u"DELETE FROM annotation WHERE id = %1"_s.arg(note.value())));
    m_session->checkForChanges();
    QCOMPARE(noticed.size(), 1);
    QCOMPARE(m_session->undoStack()->count(), 0);
}

void TestProjectSession::starterCodeBookIsOneStep()
{
    Tag own;
    own.name = u"Blame"_s;
    own.shortcut = u"2"_s;
    QVERIFY(m_session->addTag(own));
    const int steps = m_session->undoStack()->count();
    QVERIFY(m_session->addStarterCodeBook());
    QCOMPARE(m_session->undoStack()->count(), steps + 1);
    auto tags = EntityStore(m_session->project()).tags();
    QVERIFY(tags);
    QCOMPARE(tags->size(), 6);
    QHash<QString, QString> keys;
    for (const Tag &t : tags.value())
        keys.insert(t.name, t.shortcut);
    QCOMPARE(keys.value(u"Framing"_s), u"1"_s);
    QCOMPARE(keys.value(u"Factual claim"_s), u"5"_s);
    // The analyst's own tag keeps its key; the starter tag that wanted it goes without.
    QCOMPARE(keys.value(u"Blame"_s), u"2"_s);
    QCOMPARE(keys.value(u"Omission"_s), QString());
    m_session->undoStack()->undo();
    QCOMPARE(EntityStore(m_session->project()).tags()->size(), 1);
}

QTEST_GUILESS_MAIN(TestProjectSession)
#include "tst_projectsession.moc"
