// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A quote's speaker, from each way it gets into a project to what the analyst sees (the reading
// pane's badge and tooltip, the Annotations panel), what the reports and JSON-LD carry, and what
// the comparison counts (who each outlet quotes).
#include "edit/projectsession.h"
#include "export/annotationimport.h"
#include "export/exporter.h"
#include "export/report.h"
#include "jobs/annotationjob.h"
#include "jobs/exportjob.h"
#include "jobs/interchangeimport.h"
#include "jobs/storycomparison.h"
#include "model/anchoring.h"
#include "model/storedcomparison.h"
#include "reader/articleview.h"
#include "review/annotationtablemodel.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/comparisonstore.h"
#include "storage/entitystore.h"
#include "storage/project.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace {

// Invented: a fictional minister of a fictional country, quoted by two fictional outlets.
const QString kFirst = u"\u201CWe will not sign this treaty,\u201D Dana Ekholm said on Tuesday "
                       u"in Varnholm \U0001F600. The talks ended."_s;
const QString kSecond = u"Dana Ekholm spoke on Tuesday. \u201CWe will not sign this treaty,\u201D"
                        u" she said. Tomas Ardelan declined to comment."_s;
const QString kQuote = u"We will not sign this treaty,"_s;
const QString kName = u"Dana Ekholm"_s;
const QString kOther = u"Tomas Ardelan"_s; // named in the second article only

qsizetype codePoint(const QString &text, const QString &part)
{
    return CodePointMap(text).toCodePoint(text.indexOf(part));
}

} // namespace

class TestQuoteSpeaker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void windowCommand();
    void changeAndRemoveAreUndoable();
    void speakerAndKindInOneStep();
    void jsonLdRoundTrip();
    void bratImport();
    void annotatorProposalsAndReannotation();

private:
    std::unique_ptr<Project> open(const QString &name);
    qint64 quoteOf(Project &project, qint64 articleId);
    // Checks everything a user relies on for the quote of article first in project.
    void checkShown(Project &project, const QString &speaker);
    QString badge(Project &project);

    QTemporaryDir m_dir;
    std::unique_ptr<ProjectSession> m_session;
    qint64 m_story = 0;
    qint64 m_first = 0;
    qint64 m_second = 0;
    qint64 m_entity = 0;
    qint64 m_other = 0;
};

std::unique_ptr<Project> TestQuoteSpeaker::open(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    auto project = Project::create(path);
    if (!project)
        return {};
    ArticleStore store(*project.value());
    m_story = store.storyId(u"Treaty"_s, true).value();
    ArticleDraft a;
    a.title = u"Treaty refused"_s;
    a.outlet = u"Harbour Post"_s;
    a.published = u"2026-11-17"_s;
    a.body = kFirst;
    m_first = store.insert(a)->id;
    a.outlet = u"Valley Courier"_s;
    a.body = kSecond;
    m_second = store.insert(a)->id;
    if (!store.addToStory(m_story, m_first) || !store.addToStory(m_story, m_second))
        return {};
    return std::move(project).value();
}

void TestQuoteSpeaker::init()
{
    auto project = open(u"a.parallax"_s);
    QVERIFY(project);
    EntityRecord e;
    e.storyId = m_story;
    e.name = kName;
    e.type = u"PERSON"_s;
    m_entity = EntityStore(*project).insert(e).value();
    e.name = kOther;
    m_other = EntityStore(*project).insert(e).value();
    // The name in the first article is a mention of the entity, as the annotator leaves it.
    Annotation mention;
    mention.articleId = m_first;
    mention.kind = AnnotationKind::Entity;
    mention.label = u"PERSON"_s;
    mention.entityId = m_entity;
    const qsizetype at = codePoint(kFirst, kName);
    mention.span = Anchoring::makeSpan(kFirst, at, at + kName.size());
    QVERIFY(AnnotationStore(*project).insert(mention).ok());
    mention.articleId = m_second;
    mention.entityId = m_other;
    const qsizetype other = codePoint(kSecond, kOther);
    mention.span = Anchoring::makeSpan(kSecond, other, other + kOther.size());
    QVERIFY(AnnotationStore(*project).insert(mention).ok());
    m_session = std::make_unique<ProjectSession>(std::move(project));
    m_session->setAnalyst(u"Ines Vell"_s);
}

void TestQuoteSpeaker::cleanup()
{
    m_session.reset();
}

qint64 TestQuoteSpeaker::quoteOf(Project &project, qint64 articleId)
{
    auto rows = AnnotationStore(project).forArticle(articleId, {});
    if (!rows)
        return 0;
    for (const Annotation &a : rows.value()) {
        if (a.kind == AnnotationKind::Quote)
            return a.id;
    }
    return 0;
}

QString TestQuoteSpeaker::badge(Project &project)
{
    auto rows = AnnotationStore(project).forArticle(m_first, kFirst);
    if (!rows)
        return {};
    ArticleView view;
    view.setArticle(u"Treaty refused"_s, u"Harbour Post"_s, {}, kFirst);
    view.setAnnotations(rows.value());
    return view.speakerBadge(quoteOf(project, m_first));
}

void TestQuoteSpeaker::checkShown(Project &project, const QString &speaker)
{
    const qint64 quote = quoteOf(project, m_first);
    QVERIFY(quote != 0);

    // The reading pane, fed as the window feeds it.
    auto rows = AnnotationStore(project).forArticle(m_first, kFirst);
    QVERIFY(rows.ok());
    QHash<qint64, QString> names;
    auto entities = EntityStore(project).entities();
    QVERIFY(entities.ok());
    for (const EntityRecord &e : entities.value())
        names.insert(e.id, e.name);
    ArticleView view;
    view.setArticle(u"Treaty refused"_s, u"Harbour Post"_s, {}, kFirst);
    view.setEntityNames(names);
    view.setAnnotations(rows.value());
    QCOMPARE(view.speakerBadge(quote), speaker);
    QVERIFY2(view.toolTipAt(kFirst.indexOf(u"treaty"_s)).contains(u"Speaker: "_s + speaker),
        qPrintable(view.toolTipAt(kFirst.indexOf(u"treaty"_s))));

    // The Annotations panel.
    auto listing = AnnotationStore(project).listing(m_story, m_first);
    QVERIFY(listing.ok());
    bool listed = false;
    for (const AnnotationListing &row : listing.value()) {
        if (row.annotation.id == quote) {
            QCOMPARE(AnnotationTableModel::speakerText(row), speaker);
            listed = true;
        }
    }
    QVERIFY(listed);

    // The reports: the speaker beside the quote (the annotator leaves the comma out).
    const QString words = kQuote.chopped(1);
    for (ExportFormat format : {ExportFormat::Html, ExportFormat::Markdown}) {
        ExportOptions options;
        options.format = format;
        options.storyId = m_story;
        const QString path = m_dir.filePath(u"report"_s);
        QFile::remove(path);
        auto written = writeReport(project, options, path, nullptr);
        QVERIFY2(written.ok(), qPrintable(written.error()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString report = QString::fromUtf8(file.readAll());
        if (qEnvironmentVariableIsSet("KEEP_REPORT"))
            QFile::copy(path, u"/tmp/quotespeaker-report-%1"_s.arg(int(format)));
        const QRegularExpression line(format == ExportFormat::Html
                ? u"<span class=\"speaker\"><span>%1</span></span><span class=\"hl quote[^>]*>"
                  "[^<]*%2"_s.arg(speaker, words)
                : u"- \\*\\*%1\\*\\*: [^\n]*%2"_s.arg(speaker, words));
        QVERIFY2(report.contains(line), qPrintable(line.pattern()));
    }

    // The comparison: the first outlet quotes the speaker once.
    QVERIFY(compareStory(project, m_story, sharedComparer()).ok());
    auto stored = ComparisonStore(project).load(m_story);
    QVERIFY(stored.ok());
    const int column = int(stored->articleIds.indexOf(m_first));
    QVERIFY(column >= 0);
    int counted = 0;
    for (const StoredSpeakerCoverage &s : stored->speakers) {
        if (s.name == speaker)
            counted += s.quotes.value(column);
    }
    QCOMPARE(counted, 1);
}

void TestQuoteSpeaker::windowCommand()
{
    // What Alt+Q does: the quote with the speaker chosen from the story's people.
    Annotation quote;
    quote.articleId = m_first;
    quote.kind = AnnotationKind::Quote;
    quote.label = u"direct"_s;
    quote.entityId = m_entity;
    const qsizetype at = codePoint(kFirst, kQuote) - 1;
    quote.span = Anchoring::makeSpan(kFirst, at, at + kQuote.size() + 2);
    auto id = m_session->addAnnotation(quote);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    checkShown(m_session->project(), kName);
    // One undo step takes the quote and its speaker.
    m_session->undoStack()->undo();
    QCOMPARE(quoteOf(m_session->project(), m_first), 0);
    m_session->undoStack()->redo();
    QCOMPARE(quoteOf(m_session->project(), m_first), id.value());
    checkShown(m_session->project(), kName);
}

void TestQuoteSpeaker::changeAndRemoveAreUndoable()
{
    Annotation quote;
    quote.articleId = m_first;
    quote.kind = AnnotationKind::Quote;
    const qsizetype at = codePoint(kFirst, kQuote) - 1;
    quote.span = Anchoring::makeSpan(kFirst, at, at + kQuote.size() + 2);
    const qint64 id = m_session->addAnnotation(quote).value();
    QCOMPARE(badge(m_session->project()), u"unattributed"_s);

    QVERIFY(m_session->setSpeaker(id, m_entity).ok());
    checkShown(m_session->project(), kName);
    // Named where the article names her, so the comparison sees the speaker as written.
    auto rows = AnnotationStore(m_session->project()).withChildren(id);
    QCOMPARE(rows->size(), 2);
    QCOMPARE(rows->at(1).span.exact, kName);
    QCOMPARE(rows->at(1).origin, Origin::Manual);

    QVERIFY(m_session->setSpeaker(id, 0).ok());
    QCOMPARE(badge(m_session->project()), u"unattributed"_s);
    QCOMPARE(AnnotationStore(m_session->project()).withChildren(id)->size(), 1);
    m_session->undoStack()->undo(); // the removal
    checkShown(m_session->project(), kName);
    m_session->undoStack()->undo(); // the change
    QCOMPARE(badge(m_session->project()), u"unattributed"_s);
    QCOMPARE(AnnotationStore(m_session->project()).withChildren(id)->size(), 1);
    m_session->undoStack()->redo();
    QCOMPARE(AnnotationStore(m_session->project()).withChildren(id)->size(), 2);
}

void TestQuoteSpeaker::speakerAndKindInOneStep()
{
    // What the speaker chooser does: an unattributed direct quote becomes reported speech by
    // the story's person, one step to undo; the Annotations panel's Speaker column follows.
    Annotation quote;
    quote.articleId = m_first;
    quote.kind = AnnotationKind::Quote;
    quote.label = u"direct"_s;
    const qsizetype at = codePoint(kFirst, kQuote) - 1;
    quote.span = Anchoring::makeSpan(kFirst, at, at + kQuote.size() + 2);
    const qint64 id = m_session->addAnnotation(quote).value();
    QCOMPARE(m_session->quoteSpeaker(id).value(), 0);
    auto speakerColumn = [&] {
        AnnotationTableModel model;
        model.setRows(AnnotationStore(m_session->project()).listing(m_story, m_first).value());
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.row(row).id == id)
                return model.index(row, AnnotationTableModel::SpeakerColumn).data().toString();
        }
        return u"(not listed)"_s;
    };
    QCOMPARE(speakerColumn(), u"unattributed"_s);
    const int steps = m_session->undoStack()->count();

    QVERIFY(m_session->setQuoteSpeakerAndKind(id, m_entity, QuoteKind::Indirect).ok());
    QCOMPARE(m_session->undoStack()->count(), steps + 1);
    QCOMPARE(m_session->quoteSpeaker(id).value(), m_entity);
    QCOMPARE(AnnotationStore(m_session->project()).annotation(id)->label, u"indirect"_s);
    QCOMPARE(speakerColumn(), kName);
    // Nothing changed: no step.
    QVERIFY(m_session->setQuoteSpeakerAndKind(id, m_entity, QuoteKind::Indirect).ok());
    QCOMPARE(m_session->undoStack()->count(), steps + 1);
    // Only the kind: one step of its own.
    QVERIFY(m_session->setQuoteSpeakerAndKind(id, m_entity, QuoteKind::Partial).ok());
    QCOMPARE(m_session->undoStack()->count(), steps + 2);
    m_session->undoStack()->undo();
    QCOMPARE(AnnotationStore(m_session->project()).annotation(id)->label, u"indirect"_s);
    m_session->undoStack()->undo();
    QCOMPARE(m_session->quoteSpeaker(id).value(), 0);
    QCOMPARE(AnnotationStore(m_session->project()).annotation(id)->label, u"direct"_s);
    QCOMPARE(speakerColumn(), u"unattributed"_s);
    m_session->undoStack()->redo();
    QCOMPARE(m_session->quoteSpeaker(id).value(), m_entity);
    QCOMPARE(AnnotationStore(m_session->project()).annotation(id)->label, u"indirect"_s);
    // A kind is for quotes only.
    QVERIFY(!m_session->setQuoteKind(
        quoteOf(m_session->project(), m_first) + 100000, QuoteKind::Direct));
}

void TestQuoteSpeaker::jsonLdRoundTrip()
{
    // A speaker the article does not name: chosen from the story's people, with no text to mark.
    Annotation quote;
    quote.articleId = m_first;
    quote.kind = AnnotationKind::Quote;
    quote.label = u"direct"_s;
    const qsizetype at = codePoint(kFirst, kQuote) - 1;
    quote.span = Anchoring::makeSpan(kFirst, at, at + kQuote.size() + 2);
    const qint64 id = m_session->addAnnotation(quote).value();
    QVERIFY(m_session->setSpeaker(id, m_other).ok());
    checkShown(m_session->project(), kOther);

    ExportOptions options;
    options.format = ExportFormat::JsonLd;
    options.storyId = m_story;
    const QString file = m_dir.filePath(u"a.jsonld"_s);
    auto exported = exportProject(m_session->project(), options, file);
    QVERIFY2(exported.ok(), qPrintable(exported.error()));
    QFile in(file);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(in.readAll()).contains(kOther)); // JSON-LD carries the speaker

    m_session.reset();
    auto fresh = open(u"b.parallax"_s);
    QVERIFY(fresh);
    const AnnotationImportReport report = AnnotationImport::importFile(*fresh, file);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QVERIFY(report.imported >= 1);
    checkShown(*fresh, kOther);
}

void TestQuoteSpeaker::bratImport()
{
    m_session.reset();
    auto project = open(u"c.parallax"_s);
    QVERIFY(project);
    const QString txt = m_dir.filePath(u"first.txt"_s);
    QFile t(txt);
    QVERIFY(t.open(QIODevice::WriteOnly));
    t.write(kFirst.toUtf8());
    t.close();
    const qsizetype q = codePoint(kFirst, kQuote) - 1;
    const qsizetype s = codePoint(kFirst, kName);
    const QString ann = u"T1\tQuote %1 %2\t\u201C%3\u201D\nT2\tSpeaker %4 %5\t%6\n"
                        u"R1\tSaidBy Arg1:T1 Arg2:T2\nN1\tReference T2 Entity:PERSON\t%6\n"_s.arg(q)
                            .arg(q + kQuote.size() + 2)
                            .arg(kQuote)
                            .arg(s)
                            .arg(s + kName.size())
                            .arg(kName);
    QFile a(m_dir.filePath(u"first.ann"_s));
    QVERIFY(a.open(QIODevice::WriteOnly));
    a.write(ann.toUtf8());
    a.close();
    const AnnotationImportReport report
        = AnnotationImport::importFile(*project, m_dir.filePath(u"first.ann"_s));
    QVERIFY2(report.ok(),
        qPrintable(report.error
            + (report.refusals.isEmpty() ? QString() : report.refusals.first().reason)));
    checkShown(*project, kName);
}

void TestQuoteSpeaker::annotatorProposalsAndReannotation()
{
    AnnotationJob job(m_session->project());
    auto first = job.run();
    QVERIFY2(first.ok(), qPrintable(first.error()));
    checkShown(m_session->project(), kName); // the annotator's proposal, shown and counted

    // The analyst says it was someone else; annotating again keeps the analyst's word.
    const qint64 quote = quoteOf(m_session->project(), m_first);
    QVERIFY(m_session->setSpeaker(quote, m_other).ok());
    checkShown(m_session->project(), kOther);
    auto second = AnnotationJob(m_session->project()).run();
    QVERIFY2(second.ok(), qPrintable(second.error()));
    QCOMPARE(quoteOf(m_session->project(), m_first), quote);
    checkShown(m_session->project(), kOther);
}

QTEST_MAIN(TestQuoteSpeaker)
#include "tst_quotespeaker.moc"
