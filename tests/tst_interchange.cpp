// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The data interchange formats: JSON-LD, brat, CSV, CoNLL; export and import.
#include "annotate/ner/conll.h"
#include "export/annotationimport.h"
#include "export/exporter.h"
#include "export/selection.h"
#include "import/importer.h"
#include "interchangehelpers.h"
#include "jobs/exportjob.h"
#include "jobs/interchangeimport.h"
#include "model/anchoring.h"
#include "model/quotespeaker.h"
#include "sample/sampleproject.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/connection.h"
#include "storage/entitystore.h"
#include "storage/project.h"
#include "storage/sql.h"
#include "util/textoffsets.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace {

// An invented report with text outside the Basic Multilingual Plane: emoji, an astral CJK
// ideograph, a musical symbol, a flag.
const QString kEmojiBody
    = u"Mara Quillen 😀 reported from Kessling: “The 𠀋 lake accord 👍🏽 "
      "is fragile,” said Ilse Marrow.\n\nA second line with 𝄞 music and "
      "Port Alder 🇪🇺 follows, said Mara Quillen."_s;
const QString kEmojiUrl = u"https://ledger.example/varn/emoji"_s;

} // namespace

class TestInterchange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void namesOfFormatsAndLayers();
    void jsonLdFollowsTheW3CModel();
    void jsonLdRoundTripIsExact();
    void jsonLdRefusesTextThatDoesNotMatch();
    void jsonLdForAnArticleNotInTheProject();
    void bratRoundTrip();
    void bratRefusesWrongOffsetsAndUnknownText();
    void csvHasOneRowPerAnnotationWithItsExactText();
    void conllMatchesTheEntitySpans();
    void optionsChooseWhatIsExported();
    void badTargetsAreRefused();

private:
    ExportOptions options(ExportFormat format) const;
    ExportSummary exportTo(ExportFormat format, const QString &path);
    std::unique_ptr<Project> freshProject(const QString &name, const QString &editedEmojiBody = {});
    qint64 addAnnotation(Annotation a, const QString &exact, int occurrence = 0);

    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_source;
    qint64 m_storyId = 0;
    qint64 m_emojiId = 0;
    int m_exported = 0;
};

qint64 TestInterchange::addAnnotation(Annotation a, const QString &exact, int occurrence)
{
    auto article = ArticleStore(*m_source).article(a.articleId);
    const QString &body = article->body;
    qsizetype at = body.indexOf(exact);
    for (int i = 0; i < occurrence; ++i)
        at = body.indexOf(exact, at + 1);
    const CodePointMap map(body);
    a.span
        = Anchoring::makeSpan(body, map, map.toCodePoint(at), map.toCodePoint(at + exact.size()));
    auto id = AnnotationStore(*m_source).insert(a);
    return id ? id.value() : -1;
}

void TestInterchange::initTestCase()
{
    const QString path = m_dir.filePath(u"source.parallax"_s);
    QVERIFY(SampleProject::create(path).ok());
    m_source = std::move(Project::open(path)).value();
    QSqlDatabase &db = Storage::connection(*m_source);
    ArticleStore articles(*m_source);
    m_storyId = articles.storyId(SampleProject::storyName(), false).value();
    QVERIFY(m_storyId > 0);

    ArticleDraft draft;
    draft.title = u"Emoji 😀 and the accord"_s;
    draft.outlet = u"Harbour Ledger"_s;
    draft.url = kEmojiUrl;
    draft.published = u"2025-11-25"_s;
    draft.body = kEmojiBody;
    m_emojiId = articles.insert(draft)->id;
    QVERIFY(articles.addToStory(m_storyId, m_emojiId).ok());

    EntityStore entities(*m_source);
    EntityRecord person;
    person.storyId = m_storyId;
    person.type = u"PERSON"_s;
    person.name = u"Ilse Marrow"_s;
    const qint64 ilse = entities.insert(person).value();
    person.name = u"Mara Quillen"_s;
    const qint64 mara = entities.insert(person).value();
    Tag water;
    water.name = u"Water rights"_s;
    water.color = QColor(u"#3366cc"_s);
    const qint64 waterTag = entities.insertTag(water).value();
    Tag sources;
    sources.name = u"Sources, named"_s;
    sources.color = QColor(u"#cc6633"_s);
    const qint64 sourcesTag = entities.insertTag(sources).value();

    Annotation manual;
    manual.articleId = m_emojiId;
    manual.origin = Origin::Manual;
    manual.analyst = u"Ana Lyst"_s;
    manual.status = ReviewStatus::Accepted;
    manual.created = QDateTime(QDate(2026, 11, 20), QTime(9, 15, 30, 250), Qt::UTC);
    manual.modified = manual.created.addSecs(90);

    Annotation mention = manual;
    mention.kind = AnnotationKind::Entity;
    mention.label = u"PERSON"_s;
    mention.entityId = ilse;
    mention.note = u"the foreign minister, 😀"_s;
    QVERIFY(addAnnotation(mention, u"Ilse Marrow"_s) > 0);
    Annotation tag = manual;
    tag.kind = AnnotationKind::Tag;
    tag.label = u"Water rights"_s;
    tag.tagId = waterTag;
    QVERIFY(addAnnotation(tag, u"𠀋 lake accord 👍🏽"_s) > 0);
    // Across the paragraph break: brat writes it as two fragments.
    Annotation across = tag;
    across.label = u"Sources, named"_s;
    across.tagId = sourcesTag;
    QVERIFY(addAnnotation(across, u"said Ilse Marrow.\n\nA second"_s) > 0);
    Annotation note = manual;
    note.kind = AnnotationKind::Note;
    note.note = u"Check with the desk, \"twice\";\nsecond line\ttab \\ backslash 𝄞"_s;
    QVERIFY(addAnnotation(note, u"fragile"_s) > 0);
    Annotation date = manual;
    date.kind = AnnotationKind::Entity;
    date.label = u"MONEY"_s;
    date.value = u"EUR 12000000"_s;
    date.status = ReviewStatus::Proposed;
    date.origin = Origin::Automatic;
    date.annotator = u"parallax-annotator"_s;
    date.annotatorVersion = u"1.0"_s;
    date.analyst.clear();
    date.confidence = 0.8125;
    QVERIFY(addAnnotation(date, u"Port Alder 🇪🇺"_s) > 0);
    // A quote found by the annotator, with its cue and speaker; one chosen by hand.
    Annotation quote = date;
    quote.kind = AnnotationKind::Quote;
    quote.label = u"direct"_s;
    quote.value.clear();
    const qint64 quoteId = addAnnotation(quote, u"The 𠀋 lake accord 👍🏽 is fragile,"_s);
    Annotation cue = quote;
    cue.kind = AnnotationKind::Cue;
    cue.label.clear();
    cue.parentId = quoteId;
    QVERIFY(addAnnotation(cue, u"said"_s) > 0);
    Annotation speaker = cue;
    speaker.kind = AnnotationKind::Speaker;
    speaker.entityId = ilse;
    QVERIFY(addAnnotation(speaker, u"Ilse Marrow"_s) > 0);
    Annotation byHand = manual;
    byHand.kind = AnnotationKind::Quote;
    byHand.label = u"partial"_s;
    const qint64 byHandId = addAnnotation(byHand, u"A second line with 𝄞 music"_s);
    QVERIFY(byHandId > 0);
    // Its speaker chosen from the list, as Alt+Q stores it: a Speaker record the text does not
    // name (an empty span at the quote's start).
    byHand.id = byHandId;
    byHand.span = AnnotationStore(*m_source).annotation(byHandId)->span;
    Annotation chosen = QuoteSpeaker::make(byHand, mara);
    chosen.origin = byHand.origin;
    chosen.analyst = byHand.analyst;
    chosen.status = byHand.status;
    chosen.created = byHand.created;
    chosen.modified = byHand.modified;
    QVERIFY(AnnotationStore(*m_source).insert(chosen).ok());
    Annotation rejected = manual;
    rejected.kind = AnnotationKind::Entity;
    rejected.label = u"LOC"_s;
    rejected.status = ReviewStatus::Rejected;
    QVERIFY(addAnnotation(rejected, u"Kessling"_s) > 0);

    // Some of the sample's proposals reviewed.
    QSqlQuery query(db);
    QVERIFY(query.exec(
        u"UPDATE annotation SET status = 'accepted', analyst = 'Ana Lyst'"
        " WHERE parent_id IS NULL AND id % 3 = 0 AND article_id <> %1"_s.arg(m_emojiId)));
    QVERIFY(query.exec(u"UPDATE annotation SET status = 'rejected' WHERE parent_id IS NULL AND"
                       " id % 7 = 1 AND article_id <> %1"_s.arg(m_emojiId)));
    QVERIFY(query.exec(u"SELECT COUNT(*) FROM annotation WHERE parent_id IS NULL AND status <>"
                       " 'rejected'"_s));
    QVERIFY(query.next());
    m_exported = query.value(0).toInt();
    QVERIFY(m_exported > 50);
}

ExportOptions TestInterchange::options(ExportFormat format) const
{
    ExportOptions o;
    o.format = format;
    o.storyId = m_storyId;
    return o;
}

ExportSummary TestInterchange::exportTo(ExportFormat format, const QString &path)
{
    auto summary = exportProject(*m_source, options(format), path);
    if (!summary)
        qWarning("%s", qPrintable(summary.error()));
    return summary ? summary.value() : ExportSummary {};
}

// A project with the source's articles (the emoji article's text edited, when asked) and none
// of its annotations.
std::unique_ptr<Project> TestInterchange::freshProject(
    const QString &name, const QString &editedEmojiBody)
{
    auto created = Project::create(m_dir.filePath(name));
    if (!created)
        return nullptr;
    std::unique_ptr<Project> project = std::move(created).value();
    ArticleStore from(*m_source);
    ArticleStore to(*project);
    const qint64 story = to.storyId(SampleProject::storyName(), true).value();
    QSqlQuery query(Storage::connection(*m_source));
    query.exec(u"SELECT article_id FROM story_article WHERE story_id = %1 ORDER BY position"_s.arg(
        m_storyId));
    while (query.next()) {
        ArticleDraft draft = from.article(query.value(0).toLongLong()).value();
        if (draft.url == kEmojiUrl && !editedEmojiBody.isEmpty())
            draft.body = editedEmojiBody;
        (void)to.addToStory(story, to.insert(draft)->id);
    }
    return project;
}

void TestInterchange::namesOfFormatsAndLayers()
{
    const QStringList formats {
        u"html"_s, u"pdf"_s, u"md"_s, u"jsonld"_s, u"csv"_s, u"brat"_s, u"conll"_s};
    for (const QString &name : formats) {
        ExportFormat format;
        QVERIFY2(enumFromName(name, &format), qPrintable(name));
        QCOMPARE(enumName(format), name);
    }
    for (const QString &name : {u"entities"_s, u"quotes"_s, u"dates"_s, u"tags"_s, u"notes"_s}) {
        ExportLayer layer;
        QVERIFY2(enumFromName(name, &layer), qPrintable(name));
        QCOMPARE(enumName(layer), name);
    }
    ExportFormat format;
    ExportLayer layer;
    QVERIFY(!enumFromName(u"xml"_s, &format));
    QVERIFY(!enumFromName(u"Entities"_s, &layer));
}

void TestInterchange::jsonLdFollowsTheW3CModel()
{
    const QString path = m_dir.filePath(u"shape.jsonld"_s);
    const ExportSummary summary = exportTo(ExportFormat::JsonLd, path);
    QCOMPARE(summary.files, QStringList {path});
    QCOMPARE(summary.articles, 4);
    QCOMPARE(summary.annotations, m_exported);
    const QJsonObject top = QJsonDocument::fromJson(readAll(path).toUtf8()).object();
    const QJsonArray context = top.value(u"@context"_s).toArray();
    QCOMPARE(context.first().toString(), u"http://www.w3.org/ns/anno.jsonld"_s);
    QCOMPARE(top.value(u"type"_s).toString(), u"AnnotationCollection"_s);
    QCOMPARE(top.value(u"label"_s).toString(), SampleProject::storyName());
    const QJsonObject page = top.value(u"first"_s).toObject();
    QCOMPARE(page.value(u"type"_s).toString(), u"AnnotationPage"_s);
    const QJsonArray items = page.value(u"items"_s).toArray();
    QCOMPARE(items.size(), m_exported);
    QCOMPARE(top.value(u"total"_s).toInt(), m_exported);

    QHash<QString, QString> bodies; // article IRI -> text
    ArticleStore articles(*m_source);
    for (qint64 id = 1; id <= 4; ++id) {
        const Article a = articles.article(id).value();
        bodies.insert(u"urn:parallax:article:"_s + a.contentHash, a.body);
    }
    const QSet<QString> motivations {
        u"identifying"_s, u"tagging"_s, u"commenting"_s, u"describing"_s, u"classifying"_s};
    const QRegularExpression dateTime(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z$"_s);
    const auto checkSelectors = [&](const QJsonArray &selectors, const QString &text) {
        QCOMPARE(selectors.size(), 2);
        const QJsonObject position = selectors.at(0).toObject();
        const QJsonObject quote = selectors.at(1).toObject();
        QCOMPARE(position.value(u"type"_s).toString(), u"TextPositionSelector"_s);
        QCOMPARE(quote.value(u"type"_s).toString(), u"TextQuoteSelector"_s);
        const int start = position.value(u"start"_s).toInt(-1);
        const int end = position.value(u"end"_s).toInt(-1);
        QVERIFY(start >= 0 && end > start);
        QCOMPARE(Offsets::midCodePoints(text, start, end), quote.value(u"exact"_s).toString());
        QVERIFY(
            Offsets::midCodePoints(text, 0, start).endsWith(quote.value(u"prefix"_s).toString()));
        QVERIFY(Offsets::midCodePoints(text, end, Offsets::codePointLength(text))
                    .startsWith(quote.value(u"suffix"_s).toString()));
    };
    int children = 0;
    int nonBmp = 0;
    QSet<QString> ids;
    for (const QJsonValue &v : items) {
        const QJsonObject a = v.toObject();
        QCOMPARE(a.value(u"type"_s).toString(), u"Annotation"_s);
        QVERIFY(a.value(u"id"_s).toString().startsWith(u"urn:uuid:"_s));
        ids.insert(a.value(u"id"_s).toString());
        QVERIFY(motivations.contains(a.value(u"motivation"_s).toString()));
        QVERIFY(dateTime.match(a.value(u"created"_s).toString()).hasMatch());
        QVERIFY(dateTime.match(a.value(u"modified"_s).toString()).hasMatch());
        const QString creator = a.value(u"creator"_s).toObject().value(u"type"_s).toString();
        QVERIFY2(creator == "Software"_L1 || creator == "Person"_L1, qPrintable(creator));
        const QJsonObject target = a.value(u"target"_s).toObject();
        const QJsonObject source = target.value(u"source"_s).toObject();
        QCOMPARE(source.value(u"type"_s).toString(), u"Text"_s);
        QCOMPARE(source.value(u"format"_s).toString(), u"text/plain"_s);
        const QString text = bodies.value(source.value(u"id"_s).toString());
        QVERIFY(!text.isEmpty());
        checkSelectors(target.value(u"selector"_s).toArray(), text);
        if (text == kEmojiBody)
            ++nonBmp;
        QVERIFY(QStringList({u"proposed"_s, u"accepted"_s})
                    .contains(a.value(u"px:status"_s).toString()));
        const QJsonArray bodyList = a.value(u"body"_s).isArray() ? a.value(u"body"_s).toArray()
                                                                 : QJsonArray {a.value(u"body"_s)};
        for (const QJsonValue &b : bodyList) {
            const QJsonObject body = b.toObject();
            QVERIFY(motivations.contains(body.value(u"purpose"_s).toString()));
            if (body.value(u"type"_s).toString() == "SpecificResource"_L1) {
                QCOMPARE(a.value(u"px:kind"_s).toString(), u"quote"_s);
                QCOMPARE(body.value(u"source"_s).toString(), source.value(u"id"_s).toString());
                checkSelectors(body.value(u"selector"_s).toArray(), text);
                ++children;
            } else {
                QCOMPARE(body.value(u"type"_s).toString(), u"TextualBody"_s);
                QVERIFY(body.contains(u"value"_s));
            }
        }
    }
    QCOMPARE(ids.size(), items.size());
    QVERIFY(children > 4);
    QCOMPARE(nonBmp, 7);
}

void TestInterchange::jsonLdRoundTripIsExact()
{
    const QString path = m_dir.filePath(u"roundtrip.jsonld"_s);
    exportTo(ExportFormat::JsonLd, path);
    auto fresh = freshProject(u"fresh-jsonld.parallax"_s);
    QVERIFY(fresh);
    const AnnotationImportReport report = AnnotationImport::importFile(*fresh, path);
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.refused(), 0);
    QCOMPARE(report.imported, m_exported);
    QCOMPARE(report.reanchored, 0);
    const QStringList expected = snapshot(*m_source, kAllFields);
    QCOMPARE(snapshot(*fresh, kAllFields), expected);

    // The same file again adds nothing.
    const AnnotationImportReport again = AnnotationImport::importFile(*fresh, path);
    QCOMPARE(again.imported, 0);
    QCOMPARE(again.alreadyPresent, m_exported);
    QCOMPARE(snapshot(*fresh, kAllFields), expected);
}

void TestInterchange::jsonLdRefusesTextThatDoesNotMatch()
{
    const QString path = m_dir.filePath(u"edited.jsonld"_s);
    ExportOptions o = options(ExportFormat::JsonLd);
    o.articleIds = {m_emojiId};
    QVERIFY(exportProject(*m_source, o, path).ok());

    // The text the tag marks was edited; everything after it moved by one code point.
    QString edited = kEmojiBody;
    edited.replace(u"lake accord"_s, u"lake accords"_s);
    auto fresh = freshProject(u"fresh-edited.parallax"_s, edited);
    AnnotationImportReport report = AnnotationImport::importFile(*fresh, path);
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    // The tag and the quote marked "lake accord 👍🏽": refused, by name, with the reason. So
    // are the spans whose stored context takes in the edit: they are not moved by a guess.
    QCOMPARE(report.refused(), 5);
    const auto tag = std::find_if(report.refusals.cbegin(), report.refusals.cend(),
        [](const ImportRefusal &r) { return r.annotation.contains(u"Water rights"_s); });
    QVERIFY(tag != report.refusals.cend());
    QVERIFY2(
        tag->annotation.endsWith(u"(Water rights “𠀋 lake accord 👍🏽” at 44–60)"_s),
        qPrintable(tag->annotation));
    QCOMPARE(tag->reason,
        u"the article has “𠀋 lake accords 👍” at 44–60, not “𠀋 lake accord "
        u"👍🏽”; "
        u"the "
        u"quoted"
        " text with its context does not occur in the article"_s);
    // Further on, with context untouched: moved by one code point and flagged.
    QCOMPARE(report.imported, 2);
    QCOMPARE(report.reanchored, 2);
    QSqlQuery query(Storage::connection(*fresh));
    QVERIFY(query.exec(u"SELECT start_offset, end_offset, anchor FROM annotation"
                       " WHERE exact = 'Port Alder 🇪🇺'"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 125);
    QCOMPARE(Offsets::midCodePoints(edited, 125, query.value(1).toInt()), u"Port Alder 🇪🇺"_s);
    QCOMPARE(query.value(2).toString(), u"reanchored"_s);

    // Wrong offsets without context are refused rather than moved.
    QJsonObject top = QJsonDocument::fromJson(readAll(path).toUtf8()).object();
    QJsonObject page = top.value(u"first"_s).toObject();
    QJsonArray items = page.value(u"items"_s).toArray();
    QJsonObject first = items.at(0).toObject();
    QJsonObject target = first.value(u"target"_s).toObject();
    const QJsonArray selectors = target.value(u"selector"_s).toArray();
    QJsonObject position = selectors.at(0).toObject();
    position.insert(u"start"_s, position.value(u"start"_s).toInt() + 3);
    position.insert(u"end"_s, position.value(u"end"_s).toInt() + 3);
    const QJsonObject quote {{u"type"_s, u"TextQuoteSelector"_s},
        {u"exact"_s, selectors.at(1).toObject().value(u"exact"_s)}};
    target.insert(u"selector"_s, QJsonArray {position, quote});
    first.insert(u"target"_s, target);
    const QString exact = quote.value(u"exact"_s).toString();
    QJsonArray one {first};
    const QString wrong = m_dir.filePath(u"wrong.jsonld"_s);
    QFile file(wrong);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(one).toJson());
    file.close();
    auto empty = freshProject(u"fresh-wrong.parallax"_s);
    report = AnnotationImport::importFile(*empty, wrong);
    QCOMPARE(report.imported, 0);
    QCOMPARE(report.refusals.size(), 1);
    QVERIFY2(report.refusals.first().reason.contains(u", not “%1”"_s.arg(exact))
            && report.refusals.first().reason.contains(u"without a prefix or suffix"_s),
        qPrintable(report.refusals.first().reason));
}

void TestInterchange::jsonLdForAnArticleNotInTheProject()
{
    const QString path = m_dir.filePath(u"elsewhere.jsonld"_s);
    exportTo(ExportFormat::JsonLd, path);
    auto empty = Project::create(m_dir.filePath(u"empty.parallax"_s));
    QVERIFY(empty.ok());
    const AnnotationImportReport report = AnnotationImport::importFile(*empty.value(), path);
    QCOMPARE(report.imported, 0);
    QCOMPARE(report.refused(), m_exported);
    QCOMPARE(report.refusals.size(), 4); // one line per article
    QVERIFY(
        report.refusals.first().reason.startsWith(u"no article in the project has this text"_s));
    QSqlQuery query(Storage::connection(*empty.value()));
    QVERIFY(query.exec(u"SELECT COUNT(*) FROM annotation"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);

    QFile notJson(m_dir.filePath(u"broken.jsonld"_s));
    QVERIFY(notJson.open(QIODevice::WriteOnly));
    notJson.write("{\"type\": \"Annotation\", ");
    notJson.close();
    const AnnotationImportReport broken
        = AnnotationImport::importFile(*empty.value(), notJson.fileName());
    QVERIFY(broken.error.contains(u"broken.jsonld: not JSON"_s));
}

void TestInterchange::bratRoundTrip()
{
    const QString folder = m_dir.filePath(u"brat"_s);
    const ExportSummary summary = exportTo(ExportFormat::Brat, folder);
    QCOMPARE(summary.files.size(), 4 * 2 + 1);
    QVERIFY(QFile::exists(folder + u"/annotation.conf"_s));
    const QString base = folder + u'/' + QString::number(m_emojiId) + u"-emoji-and-the-accord"_s;
    QFile txt(base + u".txt"_s);
    QVERIFY(txt.open(QIODevice::ReadOnly));
    QCOMPARE(txt.readAll(), kEmojiBody.toUtf8()); // exactly the text, no BOM
    // Every text-bound line's offsets are code points of the .txt.
    const QString ann = readAll(base + u".ann"_s);
    int lines = 0;
    for (const QString &line : ann.split(u'\n', Qt::SkipEmptyParts)) {
        if (!line.startsWith(u'T'))
            continue;
        const QStringList parts = line.split(u'\t');
        QStringList texts;
        for (const QString &range : parts.at(1).section(u' ', 1).split(u';')) {
            const qsizetype s = range.section(u' ', 0, 0).toLongLong();
            const qsizetype e = range.section(u' ', 1, 1).toLongLong();
            texts.append(Offsets::midCodePoints(kEmojiBody, s, e));
        }
        QCOMPARE(texts.join(u' '), parts.at(2));
        ++lines;
    }
    QCOMPARE(lines, 9);
    QVERIFY(ann.contains(u"Sources__named 74 91;93 101\tsaid Ilse Marrow. A second"_s));
    QVERIFY(ann.contains(u"\tAnnotatorNotes "_s));
    QVERIFY(
        ann.contains(u"Check with the desk, \"twice\";\\nsecond line\\ttab \\\\ backslash 𝄞\n"_s));

    auto fresh = freshProject(u"fresh-brat.parallax"_s);
    int imported = 0;
    for (const QString &file : AnnotationImport::expandPaths({folder})) {
        const AnnotationImportReport report = AnnotationImport::importFile(*fresh, file);
        QVERIFY2(report.ok(),
            qPrintable(report.error
                + (report.refusals.isEmpty() ? QString() : report.refusals.first().reason)));
        imported += report.imported;
    }
    QCOMPARE(imported, m_exported);
    QCOMPARE(snapshot(*fresh, kBratFields), snapshot(*m_source, kBratFields));
    const AnnotationImportReport again = AnnotationImport::importFile(*fresh, base + u".ann"_s);
    QCOMPARE(again.imported, 0);
    QCOMPARE(again.alreadyPresent, 7);
}

void TestInterchange::bratRefusesWrongOffsetsAndUnknownText()
{
    const QString folder = m_dir.filePath(u"brat-wrong"_s);
    ExportOptions o = options(ExportFormat::Brat);
    o.articleIds = {m_emojiId};
    QVERIFY(exportProject(*m_source, o, folder).ok());
    const QString base = folder + u'/' + QString::number(m_emojiId) + u"-emoji-and-the-accord"_s;
    QString ann = readAll(base + u".ann"_s);
    // The person "Ilse Marrow" at 79–90, one code point off.
    const qsizetype at = ann.indexOf(u"\tPERSON 79 90\tIlse Marrow\n"_s);
    QVERIFY(at > 0);
    const QString id = ann.mid(ann.lastIndexOf(u'\n', at) + 1).section(u'\t', 0, 0);
    ann.replace(u"\tPERSON 79 90\t"_s, u"\tPERSON 80 91\t"_s);
    QFile file(base + u".ann"_s);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(ann.toUtf8());
    file.close();
    auto fresh = freshProject(u"fresh-brat-wrong.parallax"_s);
    AnnotationImportReport report = AnnotationImport::importFile(*fresh, base + u".ann"_s);
    QCOMPARE(report.refused(), 1);
    QCOMPARE(report.imported, 6);
    QVERIFY(report.refusals.first().annotation.startsWith(id + u" (line "_s));
    QCOMPARE(report.refusals.first().reason,
        u"its text “Ilse Marrow” is not what the .txt holds at 80–91 (“lse Marrow.”)"_s);

    // A .txt no article of the project has: nothing is placed.
    QFile txt(base + u".txt"_s);
    QVERIFY(txt.open(QIODevice::WriteOnly | QIODevice::Truncate));
    txt.write(QString(kEmojiBody).replace(u"fragile"_s, u"sturdy"_s).toUtf8());
    txt.close();
    report = AnnotationImport::importFile(*fresh, base + u".ann"_s);
    QCOMPARE(report.imported, 0);
    QVERIFY(report.refusals.last().reason.startsWith(u"no article in the project has this text"_s));
    QFile::remove(base + u".txt"_s);
    report = AnnotationImport::importFile(*fresh, base + u".ann"_s);
    QVERIFY(report.error.contains(u"is not beside it"_s));
}

void TestInterchange::csvHasOneRowPerAnnotationWithItsExactText()
{
    const QString path = m_dir.filePath(u"annotations.csv"_s);
    exportTo(ExportFormat::Csv, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)));
    QCOMPARE(rows.size(), m_exported + 1);
    const QStringList header = rows.first();
    QCOMPARE(header.first(), u"article_id"_s);
    const auto column = [&header](const char *name) {
        return int(header.indexOf(QLatin1String(name)));
    };
    ArticleStore articles(*m_source);
    QHash<qint64, QString> bodies;
    bool sawNote = false;
    bool sawQuote = false;
    for (const QStringList &row : rows.mid(1)) {
        QCOMPARE(row.size(), header.size());
        const qint64 id = row.at(column("article_id")).toLongLong();
        if (!bodies.contains(id))
            bodies.insert(id, articles.article(id)->body);
        const QString text = Offsets::midCodePoints(bodies.value(id),
            row.at(column("start")).toLongLong(), row.at(column("end")).toLongLong());
        QCOMPARE(row.at(column("text")), text);
        if (row.at(column("kind")) == "note"_L1) {
            QCOMPARE(row.at(column("note")),
                u"Check with the desk, \"twice\";\nsecond line\ttab \\ backslash 𝄞"_s);
            sawNote = true;
        }
        if (row.at(column("label")) == "partial"_L1 && id == m_emojiId) {
            QCOMPARE(row.at(column("speaker")), u"Mara Quillen"_s);
            sawQuote = true;
        }
        if (row.at(column("label")) == "direct"_L1 && id == m_emojiId) {
            QCOMPARE(row.at(column("speaker")), u"Ilse Marrow"_s);
            QCOMPARE(row.at(column("cue")), u"said"_s);
        }
    }
    QVERIFY(sawNote && sawQuote);
}

void TestInterchange::conllMatchesTheEntitySpans()
{
    const QString path = m_dir.filePath(u"entities.conll"_s);
    ExportOptions o = options(ExportFormat::Conll);
    o.layers = {ExportLayer::Entities};
    auto summary = exportProject(*m_source, o, path);
    QVERIFY(summary.ok());
    // Our own CoNLL-2003 reader takes it.
    auto documents = Ner::readConll(path);
    QVERIFY2(documents.ok(), qPrintable(documents.error()));
    QCOMPARE(documents->size(), 4);

    // Tokens in order are the article text without its spaces; B-/I- runs are the entity spans.
    const QStringList docs = readAll(path).split(u"-DOCSTART- -X- -X- O\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(docs.size(), 4);
    auto selection = ExportSelector::select(*m_source, o);
    for (int d = 0; d < 4; ++d) {
        const ExportedArticle &article = selection->articles.at(d);
        const QString &text = article.article.body;
        const CodePointMap map(text);
        QStringList expected;
        for (const ExportedAnnotation &e : article.annotations)
            expected.append(
                u"%1 %2 %3"_s.arg(e.annotation.span.start)
                    .arg(e.annotation.span.end)
                    .arg(e.annotation.label == "PERSON"_L1 ? u"PER"_s : e.annotation.label));
        QStringList found;
        qsizetype cursor = 0;
        qsizetype openStart = -1;
        qsizetype lastEnd = 0;
        QString openType;
        const auto close = [&] {
            if (openStart >= 0)
                found.append(u"%1 %2 %3"_s.arg(map.toCodePoint(openStart))
                                 .arg(map.toCodePoint(lastEnd))
                                 .arg(openType));
            openStart = -1;
        };
        for (const QString &line : docs.at(d).split(u'\n')) {
            if (line.isEmpty()) {
                close(); // a span never crosses a sentence break
                continue;
            }
            const QStringList parts = line.split(u' ');
            QCOMPARE(parts.size(), 2);
            const qsizetype at = text.indexOf(parts.at(0), cursor);
            QVERIFY2(at >= 0 && text.mid(cursor, at - cursor).trimmed().isEmpty(),
                qPrintable(parts.at(0)));
            cursor = at + parts.at(0).size();
            const QString &tag = parts.at(1);
            if (tag == "O"_L1 || tag.startsWith(u"B-"_s))
                close();
            if (tag.startsWith(u"B-"_s)) {
                openStart = at;
                openType = tag.mid(2);
            } else if (tag.startsWith(u"I-"_s)) {
                QVERIFY2(openStart >= 0 && openType == tag.mid(2), qPrintable(line));
            } else {
                QCOMPARE(tag, u"O"_s);
            }
            lastEnd = cursor;
        }
        close();
        QVERIFY(text.mid(cursor).trimmed().isEmpty());
        expected.sort();
        found.sort();
        QCOMPARE(found, expected);
    }
    QVERIFY(summary->warnings.isEmpty());

    // With dates: DATE and MONEY tags too.
    o.layers = {ExportLayer::Entities, ExportLayer::Dates};
    QVERIFY(exportProject(*m_source, o, path).ok());
    const QString withDates = readAll(path);
    QVERIFY(withDates.contains(u"B-MONEY\n"_s) && withDates.contains(u"B-DATE\n"_s));
    QVERIFY(withDates.contains(u"🇪🇺 I-MONEY\n"_s));
}

void TestInterchange::optionsChooseWhatIsExported()
{
    ExportOptions o = options(ExportFormat::JsonLd);
    auto all = ExportSelector::select(*m_source, o);
    QCOMPARE(all->annotationCount(), m_exported);

    o.includeProposals = false;
    auto reviewed = ExportSelector::select(*m_source, o);
    for (const ExportedArticle &article : reviewed->articles) {
        for (const ExportedAnnotation &e : article.annotations)
            QVERIFY(e.annotation.status == ReviewStatus::Accepted
                || e.annotation.origin == Origin::Manual);
    }
    QVERIFY(reviewed->annotationCount() > 5 && reviewed->annotationCount() < m_exported);

    o = options(ExportFormat::JsonLd);
    o.layers = {ExportLayer::Tags};
    o.articleIds = {m_emojiId};
    auto tags = ExportSelector::select(*m_source, o);
    QCOMPARE(tags->articles.size(), 1);
    QCOMPARE(tags->annotationCount(), 2);
    QCOMPARE(tags->articles.first().annotations.first().tagName, u"Water rights"_s);

    o.layers = {ExportLayer::Entities, ExportLayer::Notes};
    o.includeNotes = false;
    auto noNotes = ExportSelector::select(*m_source, o);
    QCOMPARE(noNotes->annotationCount(), 1); // the person; the note and its text left out
    QVERIFY(noNotes->articles.first().annotations.first().annotation.note.isEmpty());

    o = options(ExportFormat::JsonLd);
    o.articleIds = {999};
    auto missing = exportProject(*m_source, o, m_dir.filePath(u"none.jsonld"_s));
    QVERIFY(!missing.ok());
    QVERIFY2(
        missing.error().contains(u"article 999 is not in story"_s), qPrintable(missing.error()));
    o.storyId = 0;
    missing = exportProject(*m_source, o, m_dir.filePath(u"none.jsonld"_s));
    QVERIFY(missing.error().contains(u"there is no article 999"_s));
    QVERIFY(!QFile::exists(m_dir.filePath(u"none.jsonld"_s)));
}

void TestInterchange::badTargetsAreRefused()
{
    const QString folder = m_dir.filePath(u"full"_s);
    QVERIFY(QDir().mkpath(folder));
    QFile other(folder + u"/keep.txt"_s);
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.close();
    auto r = exportProject(*m_source, options(ExportFormat::Brat), folder);
    QVERIFY(!r.ok());
    QVERIFY(r.error().contains(u"not empty"_s));
    r = exportProject(
        *m_source, options(ExportFormat::Csv), m_dir.filePath(u"no/such/folder/a.csv"_s));
    QVERIFY(!r.ok());
    QVERIFY(r.error().contains(u"does not exist"_s));
}

QTEST_GUILESS_MAIN(TestInterchange)
#include "tst_interchange.moc"
