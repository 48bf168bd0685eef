// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "edit/curationcommands.h"
#include "edit/projectsession.h"
#include "jobs/agreementlayers.h"
#include "jobs/exportjob.h"
#include "model/anchoring.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/curationstore.h"
#include "storage/project.h"
#include "util/textoffsets.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace {

// Invented, with an emoji before the names so that code points and UTF-16 differ.
const QString kBody = u"🌊 Dana Ekholm of the Varn Water Board met Ilse Marrow in Kessling."_s;

} // namespace

class TestCurationCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void acceptOneVersionWithUndo();
    void mergeTakesTheWholeExtent();
    void editAndRemoveWithUndo();
    void refusals();
    void exportsAndMeasuresTheCuratedLayer();
    void reviewingKeepsTheAnalystsLayer();

private:
    qint64 add(const QString &analyst, const QString &exact, const QString &label);
    QList<CuratedAnnotation> layer();
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectSession> m_session;
    qint64 m_article = 0;
};

qint64 TestCurationCommands::add(const QString &analyst, const QString &exact, const QString &label)
{
    Annotation a;
    a.articleId = m_article;
    a.kind = AnnotationKind::Entity;
    a.label = label;
    a.origin = Origin::Manual;
    a.analyst = analyst;
    const CodePointMap map(kBody);
    const qsizetype at = kBody.indexOf(exact);
    a.span
        = Anchoring::makeSpan(kBody, map, map.toCodePoint(at), map.toCodePoint(at + exact.size()));
    return AnnotationStore(m_session->project()).insert(a).value();
}

QList<CuratedAnnotation> TestCurationCommands::layer()
{
    return CurationStore(m_session->project()).list(0).value();
}

void TestCurationCommands::init()
{
    auto project = Project::create(m_dir.filePath(u"curate.parallax"_s));
    QVERIFY(project.ok());
    ArticleDraft draft;
    draft.title = u"Talks"_s;
    draft.body = kBody;
    m_article = ArticleStore(*project.value()).insert(draft).value().id;
    m_session = std::make_unique<ProjectSession>(std::move(project).value());
    m_session->setAnalyst(u"Lead"_s);
}

void TestCurationCommands::cleanup()
{
    m_session.reset();
    QFile::remove(m_dir.filePath(u"curate.parallax"_s));
}

void TestCurationCommands::acceptOneVersionWithUndo()
{
    const qint64 ana = add(u"Ana"_s, u"Varn Water Board"_s, u"ORG"_s);
    add(u"Ben"_s, u"Water Board"_s, u"ORG"_s);
    QSignalSpy changed(m_session.get(), &ProjectSession::curatedChanged);
    QVERIFY(Curation::accept(m_session.get(), {ana}).ok());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toLongLong(), m_article);
    QList<CuratedAnnotation> rows = layer();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).span.exact, u"Varn Water Board"_s);
    QCOMPARE(rows.at(0).span.start, 21); // code points: the emoji counts one (UTF-16: 22)
    QCOMPARE(rows.at(0).sourceId, ana);
    QCOMPARE(rows.at(0).sourceAnalyst, u"Ana"_s);
    QCOMPARE(rows.at(0).curator, u"Lead"_s);
    QCOMPARE(m_session->undoStack()->undoText(), u"Accept Ana's version"_s);
    // The analysts' layers are untouched.
    QCOMPARE(AnnotationStore(m_session->project()).listing(0)->size(), 2);
    const qint64 id = rows.at(0).id;
    m_session->undoStack()->undo();
    QVERIFY(layer().isEmpty());
    m_session->undoStack()->redo();
    QCOMPARE(layer().size(), 1);
    QCOMPARE(layer().at(0).id, id);
}

void TestCurationCommands::mergeTakesTheWholeExtent()
{
    const qint64 ana = add(u"Ana"_s, u"Varn Water"_s, u"ORG"_s);
    const qint64 ben = add(u"Ben"_s, u"Water Board"_s, u"LOC"_s);
    QVERIFY(Curation::accept(m_session.get(), {ben}).ok());
    const qint64 bens = layer().at(0).id;
    // Merged in place of Ben's version: one step.
    QVERIFY(Curation::merge(m_session.get(), {ana, ben}, {bens}).ok());
    const QList<CuratedAnnotation> rows = layer();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).span.exact, u"Varn Water Board"_s);
    QCOMPARE(rows.at(0).label, u"ORG"_s); // the first one's
    QCOMPARE(rows.at(0).sourceId, 0);
    QCOMPARE(rows.at(0).sourceAnalyst, u"Ana, Ben"_s);
    m_session->undoStack()->undo();
    QCOMPARE(layer().size(), 1);
    QCOMPARE(layer().at(0).id, bens);
}

void TestCurationCommands::editAndRemoveWithUndo()
{
    const qint64 ana = add(u"Ana"_s, u"Ilse Marrow"_s, u"ORG"_s);
    QVERIFY(Curation::accept(m_session.get(), {ana}).ok());
    const CuratedAnnotation before = layer().at(0);
    // The curator's own version: another label, one word only.
    QVERIFY(Curation::edit(
        m_session.get(), before.id, u"PERSON"_s, before.span.start + 5, before.span.end)
                .ok());
    CuratedAnnotation after = layer().at(0);
    QCOMPARE(after.label, u"PERSON"_s);
    QCOMPARE(after.span.exact, u"Marrow"_s);
    QCOMPARE(after.sourceAnalyst, QString());
    m_session->undoStack()->undo();
    QCOMPARE(layer().at(0), before);
    m_session->undoStack()->redo();
    QVERIFY(Curation::remove(m_session.get(), {layer().at(0).id}).ok());
    QVERIFY(layer().isEmpty());
    m_session->undoStack()->undo();
    QCOMPARE(layer().at(0).span.exact, u"Marrow"_s);
}

void TestCurationCommands::refusals()
{
    const qint64 ana = add(u"Ana"_s, u"Kessling"_s, u"LOC"_s);
    QVERIFY(!Curation::accept(m_session.get(), {}).ok());
    QVERIFY(Curation::accept(m_session.get(), {ana}).ok());
    const qint64 id = layer().at(0).id;
    const auto outside = Curation::edit(m_session.get(), id, u"LOC"_s, 60, 500);
    QVERIFY(!outside.ok());
    QVERIFY(outside.error().contains(u"not within the article"_s));
    QCOMPARE(m_session->undoStack()->count(), 1); // a refused edit is no step
    // A curated row another program removed: the step says so instead of pretending.
    QVERIFY(CurationStore(m_session->project()).remove(id).ok());
    QVERIFY(!Curation::remove(m_session.get(), {id}).ok());
}

void TestCurationCommands::exportsAndMeasuresTheCuratedLayer()
{
    const qint64 ana = add(u"Ana"_s, u"Varn Water Board"_s, u"ORG"_s);
    add(u"Ben"_s, u"Water Board"_s, u"ORG"_s);
    add(u"Ben"_s, u"Kessling"_s, u"LOC"_s);
    QVERIFY(Curation::accept(m_session.get(), {ana}).ok());

    // The data formats carry the curated layer alone when asked to.
    ExportOptions options;
    options.format = ExportFormat::Csv;
    options.articleIds = {m_article};
    options.curatedLayer = true;
    const QString curated = m_dir.filePath(u"curated.csv"_s);
    auto summary = exportProject(m_session->project(), options, curated);
    QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error()));
    QCOMPARE(summary->annotations, 1);
    QFile file(curated);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    QVERIFY(csv.contains(u"Varn Water Board"_s));
    options.curatedLayer = false;
    QCOMPARE(
        exportProject(m_session->project(), options, m_dir.filePath(u"all.csv"_s))->annotations, 3);

    // Each analyst against the curated version: Ana's is it, Ben's is not.
    AgreementSelection selection;
    selection.withCurated = true;
    auto report = AgreementLayers::measure(m_session->project(), selection);
    QVERIFY(report.ok());
    QCOMPARE(report->analysts, QStringList({AgreementLayers::curatedLayer(), u"Ana"_s, u"Ben"_s}));
    const auto pair = [&](const QString &a, const QString &b) {
        for (const Agreement::PairMeasures &p : report->pairs) {
            if ((p.first == a && p.second == b) || (p.first == b && p.second == a))
                return p.measures;
        }
        return Agreement::Measures {};
    };
    QCOMPARE(
        *pair(u"Ana"_s, AgreementLayers::curatedLayer()).alphaUByLabel.value(u"ORG"_s).value, 1.0);
    QVERIFY(*pair(u"Ben"_s, AgreementLayers::curatedLayer()).alphaU.value < 1.0);
    selection.analysts = {u"Ana"_s, u"Ben"_s};
    QCOMPARE(AgreementLayers::measure(m_session->project(), selection)->pairs.size(), 3);
}

void TestCurationCommands::reviewingKeepsTheAnalystsLayer()
{
    // The lead rejects one of Ana's annotations and accepts it again: it stays in Ana's layer
    // (it used to become the reviewer's, moving it from one layer to another).
    const qint64 ana = add(u"Ana"_s, u"Kessling"_s, u"LOC"_s);
    QVERIFY(m_session->setStatus({ana}, ReviewStatus::Rejected).ok());
    QCOMPARE(AnnotationStore(m_session->project()).annotation(ana)->analyst, u"Ana"_s);
    AgreementSelection selection;
    QVERIFY(AgreementLayers::analystAnnotations(m_session->project(), selection)->isEmpty());
    m_session->undoStack()->undo();
    QVERIFY(m_session->setStatus({ana}, ReviewStatus::Accepted).ok());
    const auto layers = AgreementLayers::analystAnnotations(m_session->project(), selection);
    QCOMPARE(layers->size(), 1);
    QCOMPARE(layers->first().annotation.analyst, u"Ana"_s);
}

QTEST_GUILESS_MAIN(TestCurationCommands)
#include "tst_curationcommands.moc"
