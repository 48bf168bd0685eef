// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "edit/librarycommands.h"
#include "edit/projectsession.h"
#include "model/anchoring.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/entitystore.h"
#include "storage/librarystore.h"
#include "storage/project.h"
#include "storage/searchindex.h"
#include "util/textoffsets.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace {

// Invented, with an emoji so that code points and UTF-16 differ.
const QString kFirst = u"🌊 Dana Ekholm said the Varn dam \"will hold\" through the winter."_s;
const QString kSecond = u"The Varn Water Board closed the lower sluices on Tuesday."_s;

} // namespace

class TestLibraryCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void editMetadataWithUndo();
    void deleteRestoresAnnotationsUnderTheirIds();
    void moveAndCopyKeepPositions();
    void newRenameAndDeleteStory();
    void refusals();

private:
    qint64 annotate(qint64 article, const QString &body, const QString &exact, AnnotationKind kind,
        qint64 parent = 0, qint64 entity = 0);
    QList<qint64> storyArticles(qint64 story);
    QStringList searchTitles(const QString &query);
    QUndoStack *stack() { return m_session->undoStack(); }

    QTemporaryDir m_dir;
    std::unique_ptr<ProjectSession> m_session;
    qint64 m_first = 0;
    qint64 m_second = 0;
    qint64 m_storyA = 0;
    qint64 m_storyB = 0;
};

qint64 TestLibraryCommands::annotate(qint64 article, const QString &body, const QString &exact,
    AnnotationKind kind, qint64 parent, qint64 entity)
{
    Annotation a;
    a.articleId = article;
    a.kind = kind;
    a.label = kind == AnnotationKind::Entity ? u"PERSON"_s : QString();
    a.origin = Origin::Manual;
    a.analyst = u"Ana"_s;
    a.parentId = parent;
    a.entityId = entity;
    a.note = u"checked 🌊"_s;
    const CodePointMap map(body);
    const qsizetype at = body.indexOf(exact);
    a.span
        = Anchoring::makeSpan(body, map, map.toCodePoint(at), map.toCodePoint(at + exact.size()));
    return AnnotationStore(m_session->project()).insert(a).value();
}

QList<qint64> TestLibraryCommands::storyArticles(qint64 story)
{
    return ArticleStore(m_session->project()).storyArticles(story).value();
}

QStringList TestLibraryCommands::searchTitles(const QString &query)
{
    QStringList titles;
    const QList<SearchHit> hits = SearchIndex(m_session->project()).search(query).value();
    for (const SearchHit &hit : hits)
        titles.append(hit.title);
    return titles;
}

void TestLibraryCommands::init()
{
    auto project = Project::create(m_dir.filePath(u"library.parallax"_s));
    QVERIFY(project.ok());
    ArticleStore store(*project.value());
    ArticleDraft draft;
    draft.title = u"Dam will hold"_s;
    draft.outlet = u"Varn Courier"_s;
    draft.body = kFirst;
    m_first = store.insert(draft).value().id;
    draft.title = u"Sluices closed"_s;
    draft.outlet = u"Kessling Post"_s;
    draft.body = kSecond;
    m_second = store.insert(draft).value().id;
    m_storyA = store.storyId(u"Varn dam"_s, true).value();
    m_storyB = store.storyId(u"Winter floods"_s, true).value();
    QVERIFY(store.addToStory(m_storyA, m_first).ok());
    QVERIFY(store.addToStory(m_storyA, m_second).ok());
    m_session = std::make_unique<ProjectSession>(std::move(project).value());
    m_session->setAnalyst(u"Ana"_s);
}

void TestLibraryCommands::cleanup()
{
    m_session.reset();
    QFile::remove(m_dir.filePath(u"library.parallax"_s));
}

void TestLibraryCommands::editMetadataWithUndo()
{
    QSignalSpy changed(m_session.get(), &ProjectSession::libraryChanged);
    ArticleMetadata after {u"Dam holds, board says"_s, u"Varn Evening Courier"_s, u"Lio Brandt"_s,
        u"2026-11-24"_s, u"https://courier.example/dam"_s, u"en"_s};
    QVERIFY(Library::editArticle(m_session.get(), m_first, after).ok());
    QCOMPARE(changed.size(), 1);
    LibraryStore store(m_session->project());
    QCOMPARE(store.metadata(m_first).value(), after);
    QCOMPARE(ArticleStore(m_session->project()).article(m_first)->author, u"Lio Brandt"_s);
    // The search index follows the title.
    QCOMPARE(searchTitles(u"says"_s), QStringList({u"Dam holds, board says"_s}));
    stack()->undo();
    QCOMPARE(store.metadata(m_first)->title, u"Dam will hold"_s);
    QCOMPARE(store.metadata(m_first)->outlet, u"Varn Courier"_s);
    QVERIFY(searchTitles(u"says"_s).isEmpty());
    stack()->redo();
    QCOMPARE(store.metadata(m_first).value(), after);
}

void TestLibraryCommands::deleteRestoresAnnotationsUnderTheirIds()
{
    EntityRecord dana;
    dana.storyId = m_storyA;
    dana.name = u"Dana Ekholm"_s;
    dana.type = u"PERSON"_s;
    const qint64 entity = EntityStore(m_session->project()).insert(dana).value();
    const qint64 mention
        = annotate(m_first, kFirst, u"Dana Ekholm"_s, AnnotationKind::Entity, 0, entity);
    const qint64 quote = annotate(m_first, kFirst, u"will hold"_s, AnnotationKind::Quote);
    const qint64 speaker
        = annotate(m_first, kFirst, u"Dana Ekholm"_s, AnnotationKind::Speaker, quote, entity);
    const qint64 other = annotate(m_second, kSecond, u"Varn"_s, AnnotationKind::Entity);
    AnnotationStore annotations(m_session->project());
    const QList<Annotation> before = annotations.forArticle(m_first, kFirst).value();
    QCOMPARE(before.size(), 3);

    QVERIFY(Library::removeArticles(m_session.get(), {m_first}).ok());
    QCOMPARE(stack()->undoText(), u"Delete 1 article(s)"_s);
    QVERIFY(!ArticleStore(m_session->project()).contains(m_first).value());
    QVERIFY(!annotations.annotation(mention).ok());
    QVERIFY(!annotations.annotation(speaker).ok());
    QVERIFY(annotations.annotation(other).ok()); // the other article's are left alone
    QCOMPARE(storyArticles(m_storyA), QList<qint64>({m_second}));
    QVERIFY(searchTitles(u"hold"_s).isEmpty());

    stack()->undo();
    QVERIFY(ArticleStore(m_session->project()).contains(m_first).value());
    QCOMPARE(annotations.forArticle(m_first, kFirst).value(), before);
    const Annotation restored = annotations.annotation(speaker).value();
    QCOMPARE(restored.parentId, quote);
    QCOMPARE(restored.entityId, entity);
    QCOMPARE(restored.note, u"checked 🌊"_s);
    QCOMPARE(restored.span.start, 2); // code points: the emoji counts one
    QCOMPARE(storyArticles(m_storyA), QList<qint64>({m_first, m_second})); // its place kept
    QCOMPARE(searchTitles(u"hold"_s), QStringList({u"Dam will hold"_s}));

    stack()->redo();
    QVERIFY(!ArticleStore(m_session->project()).contains(m_first).value());
    stack()->undo();
    QCOMPARE(annotations.forArticle(m_first, kFirst).value(), before);

    // Several at once: one undo step.
    QVERIFY(Library::removeArticles(m_session.get(), {m_first, m_second}).ok());
    QVERIFY(storyArticles(m_storyA).isEmpty());
    stack()->undo();
    QCOMPARE(storyArticles(m_storyA), QList<qint64>({m_first, m_second}));
    QVERIFY(annotations.annotation(other).ok());
}

void TestLibraryCommands::moveAndCopyKeepPositions()
{
    QVERIFY(Library::copyToStory(m_session.get(), {m_second}, m_storyB).ok());
    QCOMPARE(stack()->undoText(), u"Copy 1 article(s) to \u201CWinter floods\u201D"_s);
    QCOMPARE(storyArticles(m_storyA), QList<qint64>({m_first, m_second}));
    QCOMPARE(storyArticles(m_storyB), QList<qint64>({m_second}));

    QVERIFY(
        Library::moveToStory(m_session.get(), {{m_first, m_storyA}, {m_second, m_storyA}}, m_storyB)
            .ok());
    QVERIFY(storyArticles(m_storyA).isEmpty());
    // The one already there keeps its place; the other comes after it.
    QCOMPARE(storyArticles(m_storyB), QList<qint64>({m_second, m_first}));

    stack()->undo();
    QCOMPARE(storyArticles(m_storyA), QList<qint64>({m_first, m_second}));
    QCOMPARE(storyArticles(m_storyB), QList<qint64>({m_second}));
    stack()->undo();
    QVERIFY(storyArticles(m_storyB).isEmpty());
    stack()->redo();
    stack()->redo();
    QVERIFY(storyArticles(m_storyA).isEmpty());
    QCOMPARE(storyArticles(m_storyB), QList<qint64>({m_second, m_first}));
}

void TestLibraryCommands::newRenameAndDeleteStory()
{
    auto created = Library::newStory(m_session.get(), u"  Sluices "_s, {m_second, m_first});
    QVERIFY2(created.ok(), qPrintable(created.error()));
    const qint64 story = created.value();
    LibraryStore store(m_session->project());
    QCOMPARE(store.story(story).value()->name, u"Sluices"_s);
    QCOMPARE(storyArticles(story), QList<qint64>({m_second, m_first}));
    QCOMPARE(storyArticles(m_storyA).size(), 2); // they stay where they were

    QVERIFY(Library::renameStory(m_session.get(), story, u"Lower sluices"_s).ok());
    QCOMPARE(store.story(story).value()->name, u"Lower sluices"_s);
    stack()->undo();
    QCOMPARE(store.story(story).value()->name, u"Sluices"_s);
    stack()->redo();

    // Deleting a story keeps its articles; its entities go, their mentions lose them, and undo
    // brings both back.
    EntityRecord board;
    board.storyId = story;
    board.name = u"Varn Water Board"_s;
    board.type = u"ORG"_s;
    board.aliases = {u"the Board"_s};
    const qint64 entity = EntityStore(m_session->project()).insert(board).value();
    const qint64 mention
        = annotate(m_second, kSecond, u"Varn Water Board"_s, AnnotationKind::Entity, 0, entity);
    AnnotationStore annotations(m_session->project());
    QVERIFY(Library::removeStory(m_session.get(), story).ok());
    QVERIFY(!store.story(story).value().has_value());
    QCOMPARE(annotations.annotation(mention)->entityId, 0);
    QVERIFY(ArticleStore(m_session->project()).contains(m_second).value());
    QVERIFY(EntityStore(m_session->project()).entities(story)->isEmpty());
    stack()->undo();
    QCOMPARE(store.story(story).value()->name, u"Lower sluices"_s);
    QCOMPARE(storyArticles(story), QList<qint64>({m_second, m_first}));
    QCOMPARE(annotations.annotation(mention)->entityId, entity);
    const QList<EntityRecord> entities = EntityStore(m_session->project()).entities(story).value();
    QCOMPARE(entities.size(), 1);
    QCOMPARE(entities.at(0).id, entity);
    QCOMPARE(entities.at(0).aliases, QStringList({u"the Board"_s}));

    // Undoing the new story takes it away, redo brings it back under its id.
    stack()->undo(); // rename
    stack()->undo(); // new story
    QVERIFY(!store.story(story).value().has_value());
    QCOMPARE(storyArticles(m_storyA).size(), 2);
    stack()->redo();
    QCOMPARE(store.story(story).value()->name, u"Sluices"_s);
    QCOMPARE(storyArticles(story), QList<qint64>({m_second, m_first}));
}

void TestLibraryCommands::refusals()
{
    auto taken = Library::newStory(m_session.get(), u"Winter floods"_s, {m_first});
    QVERIFY(!taken.ok());
    QCOMPARE(taken.error(), u"There is already a story named \u201CWinter floods\u201D."_s);
    QVERIFY(!Library::newStory(m_session.get(), u"  "_s, {m_first}).ok());
    auto renamed = Library::renameStory(m_session.get(), m_storyA, u"Winter floods"_s);
    QVERIFY(!renamed.ok());
    QVERIFY(renamed.error().contains(u"Winter floods"_s));
    QCOMPARE(stack()->count(), 0);
    // Metadata already as given: nothing to undo.
    auto same = Library::updateMetadata(
        m_session.get(), {{m_first, LibraryStore(m_session->project()).metadata(m_first).value()}});
    QCOMPARE(same.value(), 0);
    QCOMPARE(stack()->count(), 0);
}

QTEST_GUILESS_MAIN(TestLibraryCommands)
#include "tst_librarycommands.moc"
