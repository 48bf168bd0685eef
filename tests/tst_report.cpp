// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/report.h"
#include "export/reportdata.h"
#include "export/reportmarkup.h"
#include "jobs/exportjob.h"
#include "model/anchoring.h"
#include "model/readercolors.h"
#include "model/storedcomparison.h"
#include "sample/sampleproject.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/comparisonstore.h"
#include "storage/entitystore.h"
#include "storage/project.h"
#include "storage/sql.h"
#include "util/textoffsets.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parallax;

// The sample story with what an analyst adds by hand (a tag, a note, a quote with its speaker),
// an article of its own with text outside the Basic Multilingual Plane, and a comparison built
// by hand: the reports are checked against what was put in.
class TestReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void htmlDossierStructure();
    void htmlWithoutComparison();
    void pdfTextPagesAndHeaders();
    void markdownDossier();
    void acceptedOnlyDropsProposals();
    void layersOffRemoveTheirHighlights();
    void notesOffDropNotes();
    void chosenArticlesRestrictTheComparison();
    void singleArticleReport();
    void nonBmpTextKeepsHighlightsInPlace();
    void pdfTextHasNoLigatures();
    void refusals();
    void storedComparisonIsLoaded();

private:
    QString write(const ExportOptions &options, const QString &name,
        const StoredComparison *comparison = nullptr);
    QString pdfText(const QString &pdf, int firstPage = 0, int lastPage = 0);
    ExportOptions dossier(ExportFormat format = ExportFormat::Html) const;
    StoredSpan span(qint64 articleId, const QString &needle) const;
    qint64 addAnnotation(Annotation a, const QString &needle);

    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    qint64 m_storyId = 0;
    QList<qint64> m_articles; // story order: Caldwell, Meridian, Harbour (by date, then id)
    QHash<qint64, QString> m_bodies;
    qint64 m_caldwell = 0;
    qint64 m_harbour = 0;
    qint64 m_meridian = 0;
    qint64 m_lone = 0; // the article in no story, with non-BMP text
    qint64 m_tagId = 0;
    StoredComparison m_comparison;
};

StoredSpan TestReport::span(qint64 articleId, const QString &needle) const
{
    const QString &body = m_bodies.value(articleId);
    const qsizetype at = body.indexOf(needle);
    if (at < 0)
        qFatal("fixture: \"%s\" is not in article %lld", qPrintable(needle), articleId);
    const CodePointMap map(body);
    return {articleId,
        Anchoring::makeSpan(body, map.toCodePoint(at), map.toCodePoint(at + needle.size()))};
}

qint64 TestReport::addAnnotation(Annotation a, const QString &needle)
{
    a.span = span(a.articleId, needle).span;
    if (a.analyst.isEmpty())
        a.analyst = u"Ines Vell"_s;
    auto id = AnnotationStore(*m_project).insert(a);
    if (!id)
        qFatal("fixture: %s", qPrintable(id.error()));
    return id.value();
}

void TestReport::initTestCase()
{
    const QString path = m_dir.filePath(u"sample.parallax"_s);
    QVERIFY(SampleProject::create(path).ok());
    auto project = Project::open(path);
    QVERIFY2(project.ok(), qPrintable(project.error()));
    m_project = std::move(project).value();

    ArticleStore articles(*m_project);
    auto listing = articles.listing();
    QVERIFY(listing.ok());
    for (const StoryListing &s : std::as_const(listing.value())) {
        if (s.story.name != SampleProject::storyName())
            continue;
        m_storyId = s.story.id;
        for (const ArticleSummary &a : s.articles) {
            m_articles.append(a.id);
            m_bodies.insert(a.id, articles.article(a.id)->body);
            if (a.outlet == "Caldwell Daily Wire"_L1)
                m_caldwell = a.id;
            else if (a.outlet == "Harbour Ledger"_L1)
                m_harbour = a.id;
            else if (a.outlet == "The Meridian Post"_L1)
                m_meridian = a.id;
        }
    }
    QVERIFY(m_caldwell && m_harbour && m_meridian);

    ArticleDraft lone;
    lone.title = u"Dispatch 𝐀 from Kessling"_s;
    lone.outlet = u"Varn Notes 🌊"_s;
    lone.url = u"https://varnnotes.example/dispatch"_s;
    lone.published = u"2025-11-25"_s;
    lone.body
        = u"😀🌊 𝐀𝐁 Ilse Marrow said: “we will meet again 🤝 in March” at the "
          u"lake.\n\n"
          "A second paragraph 🎉 names Port Alder."_s;
    auto inserted = articles.insert(lone);
    QVERIFY(inserted.ok());
    m_lone = inserted->id;
    m_bodies.insert(m_lone, lone.body);

    Tag tag;
    tag.name = u"Framing"_s;
    tag.color = QColor(0x7A, 0x3E, 0x9D);
    auto tagId = EntityStore(*m_project).insertTag(tag);
    QVERIFY(tagId.ok());
    m_tagId = tagId.value();

    // What an analyst adds by hand, all accepted.
    Annotation t;
    t.articleId = m_caldwell;
    t.kind = AnnotationKind::Tag;
    t.label = u"Framing"_s;
    t.tagId = m_tagId;
    addAnnotation(t, u"provisional agreement on sharing Lake Varn"_s);
    Annotation n;
    n.articleId = m_caldwell;
    n.kind = AnnotationKind::Note;
    n.note = u"Only the Wire calls the accord fragile."_s;
    addAnnotation(n, u"the agreement was fragile"_s);

    Annotation e;
    e.articleId = m_lone;
    e.kind = AnnotationKind::Entity;
    e.label = u"PERSON"_s;
    addAnnotation(e, u"Ilse Marrow"_s);
    Annotation q;
    q.articleId = m_lone;
    q.kind = AnnotationKind::Quote;
    q.label = u"direct"_s;
    q.note = u"Check the date 🤔 against the Ledger."_s;
    const qint64 quote = addAnnotation(q, u"we will meet again 🤝 in March"_s);
    Annotation s = e;
    s.kind = AnnotationKind::Speaker;
    s.parentId = quote;
    addAnnotation(s, u"Ilse Marrow"_s);
    Annotation p;
    p.articleId = m_lone;
    p.kind = AnnotationKind::Entity;
    p.label = u"LOC"_s;
    p.status = ReviewStatus::Proposed;
    p.origin = Origin::Automatic;
    addAnnotation(p, u"Port Alder"_s);

    // The comparison, as the comparison store would hand it over.
    StoredComparison &c = m_comparison;
    c.storyId = m_storyId;
    c.articleIds = m_articles;
    c.computed = QDateTime(QDate(2026, 11, 21), QTime(9, 30));
    c.comparerVersion = u"test-1"_s;
    StoredAlignment q1;
    q1.id = 11;
    q1.kind = AlignmentKind::Quote;
    q1.similarity = 0.82;
    for (const auto &[id, text] :
        {std::pair {m_caldwell, u"The talks were difficult but fruitful"_s},
            std::pair {m_meridian, u"difficult but productive"_s},
            std::pair {
                m_harbour, u"The talks were difficult but fruitful, and we will meet again"_s}}) {
        q1.members.append(span(id, text));
    }
    StoredDifference synonym;
    synonym.kind = DifferenceKind::Synonym;
    synonym.texts = {u"fruitful"_s, u"productive"_s, u"fruitful"_s};
    synonym.spans = {span(m_caldwell, u"fruitful"_s), span(m_meridian, u"productive"_s),
        span(m_harbour, u"fruitful"_s)};
    q1.differences.append(synonym);
    c.alignments.append(q1);

    StoredAlignment s1;
    s1.id = 12;
    s1.kind = AlignmentKind::Sentence;
    s1.similarity = 0.64;
    s1.members = {span(m_caldwell, u"Osmark would release 40 percent of the spring inflow"_s),
        span(m_meridian, u"gives Veltrian farmers 45 percent of the lake's spring inflow"_s)};
    StoredDifference number;
    number.kind = DifferenceKind::Number;
    number.texts = {u"40"_s, u"45"_s};
    number.spans = {span(m_caldwell, u"40"_s), span(m_meridian, u"45"_s)};
    s1.differences.append(number);
    c.alignments.append(s1);

    ReviewItem numberItem;
    numberItem.id = 1;
    numberItem.storyId = m_storyId;
    numberItem.alignmentId = 12;
    numberItem.kind = u"number"_s;
    numberItem.spans = s1.members;
    numberItem.texts = number.texts;
    numberItem.status = ReviewItemStatus::Confirmed;
    numberItem.tagId = m_tagId;
    numberItem.note = u"The Post cites a leaked copy: 45, not 40."_s;
    numberItem.analyst = u"Rana Dorsey"_s;
    numberItem.modified = QDateTime(QDate(2026, 11, 21), QTime(10, 5));
    ReviewItem synonymItem = numberItem;
    synonymItem.id = 2;
    synonymItem.alignmentId = 11;
    synonymItem.kind = u"synonym"_s;
    synonymItem.spans = q1.members;
    synonymItem.texts = synonym.texts;
    synonymItem.status = ReviewItemStatus::Acceptable;
    synonymItem.tagId = 0;
    synonymItem.note.clear();
    ReviewItem only;
    only.id = 3;
    only.storyId = m_storyId;
    only.kind = u"only-quote"_s;
    only.spans = {span(m_harbour, u"Forty percent is a start, not a solution"_s)};
    only.status = ReviewItemStatus::Open;
    only.note = u"Farmers' view appears nowhere else."_s;
    c.items = {synonymItem, numberItem, only};

    c.entities = {{u"Ilse Marrow"_s, u"PERSON"_s, m_articles, {1, 1, 1}},
        {u"Piet Vandal"_s, u"PERSON"_s, {m_harbour}, {0, 0, 0}},
        {u"Port Alder"_s, u"LOC"_s, {m_harbour, m_meridian}, {0, 0, 0}}};
    for (qsizetype i = 0; i < m_articles.size(); ++i) {
        if (m_articles.at(i) == m_harbour) {
            c.entities[1].mentions[i] = 1;
            c.entities[2].mentions[i] = 1;
        } else if (m_articles.at(i) == m_meridian) {
            c.entities[2].mentions[i] = 1;
        }
    }
    StoredSpeakerCoverage marrow;
    marrow.name = u"Ilse Marrow"_s;
    marrow.quotes = {1, 1, 1};
    marrow.words = {6, 3, 17};
    c.speakers = {marrow};
}

ExportOptions TestReport::dossier(ExportFormat format) const
{
    ExportOptions o;
    o.format = format;
    o.storyId = m_storyId;
    o.preparedBy = u"Ines Vell"_s;
    return o;
}

QString TestReport::write(
    const ExportOptions &options, const QString &name, const StoredComparison *comparison)
{
    const QString path = m_dir.filePath(name);
    auto summary = writeReport(*m_project, options, path, comparison);
    if (!summary) {
        qWarning("%s", qPrintable(summary.error()));
        return {};
    }
    if (summary->files != QStringList {path})
        return {};
    // PARALLAX_KEEP_REPORTS=DIR keeps a copy to look at.
    if (const QString keep = qEnvironmentVariable("PARALLAX_KEEP_REPORTS"); !keep.isEmpty()) {
        QFile::remove(keep + u'/' + name);
        QFile::copy(path, keep + u'/' + name);
    }
    if (options.format == ExportFormat::Pdf)
        return path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString TestReport::pdfText(const QString &pdf, int firstPage, int lastPage)
{
    QStringList arguments;
    if (firstPage > 0)
        arguments << u"-f"_s << QString::number(firstPage);
    if (lastPage > 0)
        arguments << u"-l"_s << QString::number(lastPage);
    arguments << pdf << u"-"_s;
    QProcess process;
    process.start(u"pdftotext"_s, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning("pdftotext (Debian package poppler-utils) failed: %s",
            qPrintable(process.errorString()));
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

void TestReport::htmlDossierStructure()
{
    const QString html = write(dossier(), u"dossier.html"_s, &m_comparison);
    QVERIFY(!html.isEmpty());
    // Self-contained: inline CSS, nothing fetched, nothing run.
    QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
    QVERIFY(html.contains(u"<style>"_s));
    QVERIFY(!html.contains(u"<script"_s));
    QVERIFY(!html.contains(u"<link"_s));
    QVERIFY(html.contains(u"@media print"_s));
    QVERIFY(html.contains(u"page-break-before: always"_s));
    QVERIFY(html.contains(u"@page { size: 210mm 297mm;"_s)); // A4
    QCOMPARE(html.count(u"<span"_s), html.count(u"</span>"_s));

    // Every article with its metadata and source URL.
    QCOMPARE(html.count(u"<section class=\"article\">"_s), 3);
    QVERIFY(html.contains(
        u"href=\"https://harbourledger.example/world/2025/11/24/varn-water-talks\""_s));
    QVERIFY(html.contains(u"Mara Quillen"_s));

    // Highlights carry the window's classes, and the stylesheet the window's colours.
    const ReaderColors colors = ReaderColors::forPrint();
    const QString personFill = onPaper(colors.entity[0], colors.tintAlpha).name();
    QVERIFY2(html.contains(u".ent.person { background: "_s + personFill), qPrintable(personFill));
    QVERIFY(html.contains(u"<span class=\"hl ent person"_s));
    QVERIFY(html.contains(u"<span class=\"hl quote"_s));
    QVERIFY(html.contains(colors.quote.name()));
    // The tag in its code-book colour, its name beside it.
    QVERIFY(html.contains(
        u"<span class=\"hl tag\" style=\"background:%1;border-color:#7a3e9d\" title=\"Tag: "
        "Framing\"><span class=\"tag-name\" style=\"background:#7a3e9d\">Framing</span>"
        "provisional agreement on sharing "_s.arg(
            onPaper(QColor(0x7A, 0x3E, 0x9D), colors.proposedTintAlpha).name())));
    // The note: marked in the text, referenced, listed after the article.
    QVERIFY(html.contains(u"<span class=\"hl note\""_s));
    QVERIFY(html.contains(
        u"<sup class=\"note-ref\"><a href=\"#a%1-n1\">1</a></sup>"_s.arg(m_caldwell)));
    QVERIFY(html.contains(u"Only the Wire calls the accord fragile."_s));

    // The aligned quotes side by side with the differing words marked.
    const qsizetype aligned = html.indexOf(u"<table class=\"aligned\">"_s);
    QVERIFY(aligned >= 0);
    const QString quotes = html.mid(aligned, html.indexOf(u"</table>"_s, aligned) - aligned);
    QVERIFY(quotes.contains(u"<mark class=\"diff wording\" title=\"Synonym\">productive</mark>"_s));
    QVERIFY(quotes.contains(u"<th>The Meridian Post</th>"_s));
    QVERIFY(html.contains(u"<mark class=\"diff substantive\" title=\"Number\">45</mark>"_s));

    // The review items with their status, tag, note and analyst.
    const qsizetype review = html.indexOf(u"<table class=\"review\">"_s);
    QVERIFY(review >= 0);
    const QString items = html.mid(review, html.indexOf(u"</table>"_s, review) - review);
    QCOMPARE(items.count(u"<tr class=\"item "_s), 2);
    QVERIFY(items.contains(u"<span class=\"status confirmed\">Confirmed</span>"_s));
    QVERIFY(items.contains(u"<span class=\"status acceptable\">"_s));
    QVERIFY(items.contains(u"The Post cites a leaked copy: 45, not 40."_s));
    QVERIFY(items.contains(u"Rana Dorsey"_s));
    QVERIFY(items.contains(u">Framing</span>"_s));

    // Only in one source, under its outlet.
    const qsizetype only = html.indexOf(u"id=\"only-in-one\""_s);
    QVERIFY(only > review);
    QVERIFY(html.indexOf(u"Forty percent is a start, not a solution"_s, only) > only);
    QVERIFY(html.indexOf(u"Farmers' view appears nowhere else."_s.toHtmlEscaped(), only) > only);

    // The coverage table: a count where an outlet names someone, a dash where it does not.
    const qsizetype coverage = html.indexOf(u"<table class=\"coverage\">"_s);
    QVERIFY(coverage > only);
    const QString table = html.mid(coverage, html.indexOf(u"</table>"_s, coverage) - coverage);
    const QRegularExpression vandal(u"<tr><td>Piet Vandal</td>.*?</tr>"_s);
    const QString row = vandal.match(table).captured();
    QCOMPARE(row.count(u"absent"_s), 2);
    QCOMPARE(row.count(u"<td class=\"count ent person\">1</td>"_s), 1);
    QVERIFY(html.contains(u"<table class=\"coverage speakers\">"_s));

    QVERIFY(html.contains(u"id=\"legend\""_s));
    QVERIFY(html.contains(u"Prepared by Ines Vell on "_s));
}

void TestReport::htmlWithoutComparison()
{
    const QString html = write(dossier(), u"uncompared.html"_s, nullptr);
    QVERIFY(html.contains(u"class=\"not-compared\""_s));
    QVERIFY(html.contains(u"has not been compared yet"_s));
    QVERIFY(!html.contains(u"<table class=\"aligned\">"_s));
    QCOMPARE(html.count(u"<section class=\"article\">"_s), 3);
}

void TestReport::pdfTextPagesAndHeaders()
{
    ExportOptions options = dossier(ExportFormat::Pdf);
    const QString pdf = write(options, u"dossier.pdf"_s, &m_comparison);
    QVERIFY(!pdf.isEmpty());
    const QString text = pdfText(pdf);
    QVERIFY(!text.isEmpty());
    const QString simple = text.simplified();
    QVERIFY(simple.contains(u"Nothing is agreed until everything is agreed"_s));
    QVERIFY(simple.contains(u"Farmers' groups in the Sarrel valley welcomed the news"_s));
    QVERIFY(simple.contains(u"Only the Wire calls the accord fragile."_s));
    QVERIFY(simple.contains(u"The Post cites a leaked copy: 45, not 40."_s));
    QVERIFY(simple.contains(u"Aligned quotes"_s));

    // Title page, the comparison, then each article on a page of its own.
    const QStringList pages = text.split(u'\f', Qt::SkipEmptyParts);
    const int count = int(pages.size());
    QVERIFY2(count >= 5, qPrintable(QString::number(count)));
    for (int i = 0; i < count; ++i)
        QVERIFY(pages.at(i).contains(u"Page %1 of %2"_s.arg(i + 1).arg(count)));
    // Running headers from the second page on, not on the title page.
    QVERIFY(!pages.constFirst().contains(u"Comparison dossier · Ines Vell"_s));
    for (int i = 1; i < count; ++i) {
        QVERIFY(pages.at(i).contains(u"Comparison dossier · Ines Vell"_s));
        QVERIFY(pages.at(i).contains(SampleProject::storyName()));
    }
    QVERIFY(pages.constFirst().toUpper().contains(u"COMPARISON DOSSIER"_s));
    // Each article once: a page break leaves nothing hidden at the foot of the page before.
    QCOMPARE(text.count(u"CALDWELL DAILY WIRE"_s), 1);
    QVERIFY(pages.at(2).contains(u"CALDWELL DAILY WIRE"_s));
    // The title page lists the parts with the pages they start on.
    for (int i = 1; i < count; ++i) {
        if (!pages.at(i).contains(u"HARBOUR LEDGER"_s))
            continue;
        const QRegularExpression entry(u"Harbour Ledger — Veltria and Osmark agree to share Lake "
                                       "Varn water after two days of talks\\s+(\\d+)"_s);
        QCOMPARE(entry.match(pages.constFirst()).captured(1), QString::number(i + 1));
    }
    QVERIFY(pages.constFirst().contains(u"Contents"_s));

    // A Letter page is another page.
    options.pageSize = QPageSize::Letter;
    const QString letter = write(options, u"letter.pdf"_s, &m_comparison);
    QProcess info;
    info.start(u"pdfinfo"_s, {letter});
    QVERIFY(info.waitForFinished(60000));
    QVERIFY(QString::fromUtf8(info.readAllStandardOutput()).contains(u"612 x 792 pts"_s));
}

void TestReport::markdownDossier()
{
    const QString md = write(dossier(ExportFormat::Markdown), u"dossier.md"_s, &m_comparison);
    QVERIFY(md.startsWith(u"# Lake Varn water talks\n"_s));
    QVERIFY(md.contains(u"Prepared by Ines Vell on "_s));
    QVERIFY(md.contains(u"## Aligned quotes"_s));
    QVERIFY(md.contains(u"difficult but **productive**"_s));
    QVERIFY(md.contains(u"| S1 · 64% · Number |"_s));
    QVERIFY(md.contains(u"**Number** (S1) — Confirmed · tag: Framing"_s));
    QVERIFY(md.contains(u"Note: The Post cites a leaked copy: 45, not 40. — Rana Dorsey"_s));
    QVERIFY(md.contains(
        u"### Harbour Ledger\n\n- Quote: “Forty percent is a start, not a solution”"_s));
    QVERIFY(md.contains(u"| Piet Vandal | Person |"_s));
    QVERIFY(md.contains(u"## Veltria and Osmark agree to share Lake Varn water after two days of "
                        "talks"_s));
    QVERIFY(md.contains(u"- **Framing**: “provisional agreement on sharing Lake Varn”"_s));
    QVERIFY(md.contains(u"[^a%1-1]: **Note** “the agreement was fragile”: Only the Wire calls the "
                        "accord fragile. — Ines Vell"_s.arg(m_caldwell)));
    QVERIFY(md.contains(u"fragile[^a%1-1]"_s.arg(m_caldwell)));
}

void TestReport::acceptedOnlyDropsProposals()
{
    // The sample's automatic annotations are proposals; the analyst's are accepted.
    const QString all = write(dossier(), u"all.html"_s, &m_comparison);
    QVERIFY(all.count(u" proposed\""_s) > 10);
    ExportOptions options = dossier();
    options.includeProposals = false;
    const QString accepted = write(options, u"accepted.html"_s, &m_comparison);
    QCOMPARE(accepted.count(u" proposed\""_s), 0);
    QCOMPARE(accepted.count(u" proposed cont\""_s), 0);
    QVERIFY(accepted.contains(u"<span class=\"hl tag\""_s));
    QVERIFY(accepted.contains(u"<span class=\"hl note\""_s));
    QVERIFY(accepted.contains(
        u"Only accepted and analysts' own annotations are included."_s.toHtmlEscaped()));
}

void TestReport::layersOffRemoveTheirHighlights()
{
    ExportOptions options = dossier();
    options.layers = {ExportLayer::Tags};
    const QString html = write(options, u"tags.html"_s, &m_comparison);
    QVERIFY(html.contains(u"<span class=\"hl tag\""_s));
    QVERIFY(!html.contains(u"<span class=\"hl ent"_s));
    QVERIFY(!html.contains(u"<span class=\"hl quote"_s));
    QVERIFY(!html.contains(u"<span class=\"speaker\">"_s));
    QVERIFY(!html.contains(u"<span class=\"hl note"_s));
    // The text stays whole.
    QVERIFY(html.contains(u"Nothing is agreed until everything is agreed"_s));

    options.layers = {ExportLayer::Entities};
    const QString entities = write(options, u"entities.html"_s, &m_comparison);
    QVERIFY(entities.contains(u"<span class=\"hl ent person"_s));
    QVERIFY(!entities.contains(u"<span class=\"hl ent date"_s));
    QVERIFY(!entities.contains(u"<span class=\"hl tag"_s));
}

void TestReport::notesOffDropNotes()
{
    ExportOptions options = dossier();
    options.includeNotes = false;
    const QString html = write(options, u"nonotes.html"_s, &m_comparison);
    QVERIFY(!html.contains(u"Only the Wire calls the accord fragile."_s));
    QVERIFY(!html.contains(u"The Post cites a leaked copy"_s));
    QVERIFY(!html.contains(u"<sup class=\"note-ref\">"_s));
    QVERIFY(html.contains(u"<span class=\"status confirmed\">"_s)); // the items stay

    options.format = ExportFormat::Markdown;
    const QString md = write(options, u"nonotes.md"_s, &m_comparison);
    QVERIFY(!md.contains(u"fragile."_s));
    QVERIFY(!md.contains(u"[^a"_s));
    QVERIFY(!md.contains(u"leaked copy"_s));

    options.format = ExportFormat::Pdf;
    const QString text = pdfText(write(options, u"nonotes.pdf"_s, &m_comparison)).simplified();
    QVERIFY(text.contains(u"Nothing is agreed until everything is agreed"_s));
    QVERIFY(!text.contains(u"Only the Wire calls the accord fragile."_s));
    QVERIFY(!text.contains(u"leaked copy"_s));
}

void TestReport::chosenArticlesRestrictTheComparison()
{
    ExportOptions options = dossier();
    options.articleIds = {m_meridian, m_caldwell};
    const QString html = write(options, u"two.html"_s, &m_comparison);
    QCOMPARE(html.count(u"<section class=\"article\">"_s), 2);
    QVERIFY(!html.contains(u"Mara Quillen"_s));
    QVERIFY(!html.contains(u"<th>Harbour Ledger</th>"_s));
    QVERIFY(html.contains(u"<th>The Meridian Post</th>"_s));
    // Harbour's only-in-one item and its coverage go with it; Vandal was quoted nowhere else.
    QVERIFY(!html.contains(u"Forty percent is a start"_s));
    QVERIFY(!html.contains(u"<td>Piet Vandal</td>"_s));
    QVERIFY(html.contains(u"<mark class=\"diff substantive\" title=\"Number\">45</mark>"_s));

    const StoredComparison restricted = restrictComparison(m_comparison, {m_caldwell});
    QVERIFY(restricted.alignments.isEmpty());
    QCOMPARE(restricted.items.size(), 0);
    QCOMPARE(restricted.articleIds, QList<qint64> {m_caldwell});
}

void TestReport::singleArticleReport()
{
    ExportOptions options;
    options.format = ExportFormat::Html;
    options.articleIds = {m_harbour};
    options.preparedBy = u"Ines Vell"_s;
    const QString html = write(options, u"article.html"_s, &m_comparison);
    QVERIFY(html.contains(u"ARTICLE REPORT"_s));
    QVERIFY(html.contains(u"<h1>Veltria and Osmark agree to share Lake Varn water after two days "
                          "of talks</h1>"_s));
    QCOMPARE(html.count(u"<section class=\"article\">"_s), 1);
    QVERIFY(!html.contains(u"id=\"comparison\""_s));
    QVERIFY(html.contains(u"<h3>Named in the article</h3>"_s));

    options.format = ExportFormat::Markdown;
    const QString md = write(options, u"article.md"_s);
    QVERIFY(md.startsWith(u"# Veltria and Osmark agree"_s));
    QVERIFY(!md.contains(u"## Aligned quotes"_s));

    options.format = ExportFormat::Pdf;
    const QString text = pdfText(write(options, u"article.pdf"_s)).simplified();
    QVERIFY(text.contains(u"ARTICLE REPORT"_s));
    QVERIFY(text.contains(u"Forty percent is a start, not a solution"_s));
}

void TestReport::nonBmpTextKeepsHighlightsInPlace()
{
    ExportOptions options;
    options.format = ExportFormat::Html;
    options.articleIds = {m_lone};
    const QString html = write(options, u"lone.html"_s);
    // Offsets are code points: every highlight wraps exactly its words, after the emoji.
    QVERIFY(html.contains(u"😀🌊 𝐀𝐁 <span class=\"hl ent person\" title=\"Person: Ilse Marrow\">"
                          "Ilse Marrow</span> said: “<span class=\"speaker\"><span>Ilse Marrow"
                          "</span></span><span class=\"hl quote\""_s));
    QVERIFY(html.contains(u">we will meet again 🤝 in March</span><sup class=\"note-ref\">"_s));
    // Margin labels stay beside their paragraph, wrapped inside their column.
    QVERIFY(html.contains(u".text p { margin: 0 0 .8em; display: flow-root; }"_s));
    QVERIFY(html.contains(u".speaker span { display: inline-block; max-width: 100%;"_s));
    QVERIFY(html.contains(u"names <span class=\"hl ent loc proposed\" title=\"Place: Port Alder "
                          "(proposed)\">Port Alder</span>."_s));
    QVERIFY(html.contains(u"Check the date 🤔 against the Ledger."_s));

    options.format = ExportFormat::Markdown;
    const QString md = write(options, u"lone.md"_s);
    QVERIFY(md.contains(
        u"😀🌊 𝐀𝐁 **Ilse Marrow** said: “we will meet again 🤝 in March[^a%1-1]”"_s
            .arg(m_lone)));
    QVERIFY(md.contains(u"- **Ilse Marrow**: “we will meet again 🤝 in March”"_s));

    options.format = ExportFormat::Pdf;
    const QString text = pdfText(write(options, u"lone.pdf"_s)).simplified();
    QVERIFY2(text.contains(u"Ilse Marrow said: “we will meet again"_s), qPrintable(text));
    QVERIFY(text.contains(u"A second paragraph"_s));
}

void TestReport::pdfTextHasNoLigatures()
{
    // Shaped with ligatures, "ffi" and "fl" became single glyphs whose text was U+FB03 and
    // U+FB02: pdftotext, search and copy-paste then missed "difficult" and "affluent".
    ArticleDraft draft;
    draft.title = u"Office officials find the first waffle difficult"_s;
    draft.outlet = u"Affluent Fluent Gazette"_s;
    draft.published = u"2025-11-26"_s;
    draft.body = u"The difficult office said an affluent waffle is fluent at first.\n\n"
                 "Staff offered flour, efforts and fifty souffles."_s;
    auto inserted = ArticleStore(*m_project).insert(draft);
    QVERIFY(inserted.ok());
    ExportOptions options;
    options.format = ExportFormat::Pdf;
    options.articleIds = {inserted->id};
    const QString text = pdfText(write(options, u"ligatures.pdf"_s));
    QVERIFY(!text.isEmpty());
    for (QChar c : text)
        QVERIFY2(c.unicode() < 0xFB00 || c.unicode() > 0xFB06,
            qPrintable(u"ligature U+%1 in the PDF text"_s.arg(c.unicode(), 4, 16)));
    const QString flat = text.simplified();
    for (const QString &word : {u"difficult office"_s, u"affluent waffle"_s, u"fluent at first"_s,
             u"offered flour, efforts and fifty souffles"_s, u"Office officials"_s,
             u"AFFLUENT FLUENT GAZETTE"_s})
        QVERIFY2(flat.contains(word), qPrintable(word));
}

void TestReport::refusals()
{
    ExportOptions options = dossier();
    const QString missing = m_dir.filePath(u"no/such/folder/x.html"_s);
    auto r = writeReport(*m_project, options, missing, &m_comparison);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(u"x.html"_s), qPrintable(r.error()));
    QVERIFY(!QFile::exists(missing));

    options.storyId = 0;
    options.articleIds = {m_caldwell, m_harbour};
    r = writeReport(*m_project, options, m_dir.filePath(u"y.html"_s), nullptr);
    QVERIFY(!r.ok());
    QVERIFY(r.error().contains(u"exactly one article"_s));

    options = dossier(ExportFormat::Csv);
    r = writeReport(*m_project, options, m_dir.filePath(u"z.csv"_s), nullptr);
    QVERIFY(!r.ok());

    options = dossier();
    options.articleIds = {m_lone};
    r = writeReport(*m_project, options, m_dir.filePath(u"w.html"_s), nullptr);
    QVERIFY(!r.ok());
    QVERIFY(r.error().contains(u"is not in the story"_s));
}

// writeReport() without a comparison in hand loads the story's from the project; before the
// story is compared, the dossier says so.
void TestReport::storedComparisonIsLoaded()
{
    ExportOptions options = dossier();
    const auto writeLoaded = [&](const QString &name) {
        const QString path = m_dir.filePath(name);
        auto summary = writeReport(*m_project, options, path);
        if (!summary)
            qWarning("%s", qPrintable(summary.error()));
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    };
    // A story of its own for the lone article, never compared.
    ArticleStore articles(*m_project);
    auto dispatches = articles.storyId(u"Dispatches"_s, true);
    QVERIFY(dispatches.ok());
    QVERIFY(articles.addToStory(dispatches.value(), m_lone).ok());
    options.storyId = dispatches.value();
    const QString before = writeLoaded(u"stored-before.html"_s);
    QVERIFY(before.contains(u"has not been compared yet"_s));
    QVERIFY(before.contains(u"<h1>Dispatches</h1>"_s));
    options.storyId = m_storyId;

    // The input as the comparison reads the story: its articles' texts in story order.
    CompareInput input;
    for (qint64 id : std::as_const(m_articles)) {
        CompareDocument doc;
        doc.text = m_bodies.value(id);
        input.documents.append(doc);
    }
    const QList<CompareDocument> &docs = input.documents;
    const int caldwell = int(m_articles.indexOf(m_caldwell));
    const int meridian = int(m_articles.indexOf(m_meridian));
    const auto range = [&](int doc, const QString &needle) {
        const qint32 at = qint32(docs.at(doc).text.indexOf(needle));
        return TextRange {at, qint32(at + needle.size())};
    };
    Alignment a;
    a.kind = AlignmentKind::Sentence;
    a.similarity = 0.7;
    a.members = {{std::min(caldwell, meridian), {}}, {std::max(caldwell, meridian), {}}};
    for (AlignedSpan &m : a.members) {
        m.range = range(m.doc,
            m.doc == caldwell ? u"Osmark would release 40 percent of the spring inflow"_s
                              : u"gives Veltrian farmers 45 percent of the lake's spring inflow"_s);
    }
    Difference d;
    d.kind = DifferenceKind::Number;
    for (const AlignedSpan &m : std::as_const(a.members)) {
        d.texts.append(m.doc == caldwell ? u"40"_s : u"45"_s);
        d.ranges.append(range(m.doc, d.texts.constLast()));
    }
    a.differences = {d};
    Comparison comparison;
    comparison.alignments = {a};
    {
        auto transaction = m_project->transaction();
        auto saved = ComparisonStore(*m_project)
                         .save(m_storyId, m_articles, input, comparison, u"test-2"_s);
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        QVERIFY(transaction.commit().ok());
    }

    const QString after = writeLoaded(u"stored-after.html"_s);
    QVERIFY(!after.contains(u"has not been compared yet"_s));
    QVERIFY(after.contains(u"(comparer test-2)"_s));
    QVERIFY(after.contains(u"<h2 id=\"aligned-statements\">Statements that differ</h2>"_s));
    // The review item marks the words where the comparison found them.
    const qsizetype review = after.indexOf(u"<table class=\"review\">"_s);
    QVERIFY(review > 0);
    const QString items = after.mid(review, after.indexOf(u"</table>"_s, review) - review);
    QVERIFY(items.contains(u"Osmark would release <mark class=\"diff substantive\" "
                           "title=\"Number\">40</mark> percent"_s));
    QVERIFY(items.contains(u"<span class=\"status open\">Open</span>"_s));
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"
