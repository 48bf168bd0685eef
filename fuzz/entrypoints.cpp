// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entrypoints.h"

#include "annotate/annotator.h"
#include "annotate/quotes/quoteextractor.h"
#include "annotate/tokenizer.h"
#include "compare/comparison.h"
#include "export/annotationimport.h"
#include "import/dateparser.h"
#include "import/htmlparser.h"
#include "import/importer.h"
#include "import/jsonarticleparser.h"
#include "import/markdownparser.h"
#include "import/plaintextparser.h"
#include "import/textdecoder.h"
#include "jobs/interchangeimport.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/connection.h"
#include "storage/entitystore.h"
#include "storage/project.h"
#include "storage/searchindex.h"
#include "util/textoffsets.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace Parallax::Fuzz {
namespace {

const QString kName = u"fuzz-input"_s;

[[noreturn]] void broken(const char *promise, const QString &detail)
{
    std::fprintf(stderr, "parallax fuzz: broken promise: %s: %s\n", promise,
        detail.left(200).toLocal8Bit().constData());
    std::abort();
}

void checkMessage(const QString &message)
{
    // Every refusal names the input it refused.
    if (!message.startsWith(kName))
        broken("the message names the input", message);
}

// A read of a damaged project may fail, with a message.
template<typename T>
void checkRead(const Result<T> &result)
{
    if (!result && result.error().isEmpty())
        broken("a failed read says why", {});
}

void checkDraft(const ArticleDraft &draft)
{
    if (draft.body.contains(u'\r'))
        broken("line endings are normalised", draft.body);
}

void textDecoder(const QByteArray &bytes)
{
    for (auto hint : {TextDecoder::Hint::None, TextDecoder::Hint::Html}) {
        auto decoded = TextDecoder::decode(bytes, kName, hint);
        if (!decoded) {
            checkMessage(decoded.error());
            continue;
        }
        if (decoded.value().text.contains(u'\r'))
            broken("line endings are normalised to \\n", decoded.value().text);
        // A U+FEFF after the stripped byte order mark is kept on purpose (it is text), so only
        // the mark's own removal is not checked here; tst_textdecoder covers it.
        if (decoded.value().encoding.isEmpty())
            broken("the encoding is named", decoded.value().text);
    }
}

void html(const QByteArray &bytes)
{
    auto draft = HtmlParser::parse(QString::fromUtf8(bytes), kName);
    if (!draft)
        checkMessage(draft.error());
}

void markdown(const QByteArray &bytes)
{
    MarkdownParser::parse(QString::fromUtf8(bytes));
}

void json(const QByteArray &bytes)
{
    auto drafts = JsonArticleParser::parse(bytes, kName);
    if (!drafts) {
        checkMessage(drafts.error());
        return;
    }
    for (const ArticleDraft &draft : drafts.value()) {
        if (draft.body.trimmed().isEmpty())
            broken("an article has a body", draft.title);
    }
}

void plainText(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    const ArticleDraft draft = PlainTextParser::parse(text);
    ArticleDraft header;
    const qsizetype length = PlainTextParser::readHeader(text, &header);
    if (length < 0 || length > text.size())
        broken("the header lies inside the text", QString::number(length));
    PlainTextParser::firstLineTitle(draft.body);
}

void date(const QByteArray &bytes)
{
    static const QRegularExpression iso(
        u"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])"
        "(T([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(Z|[+-](0\\d|1[0-4]):[0-5]\\d)?)?$"_s);
    const QString normalised = DateParser::normalise(QString::fromUtf8(bytes));
    if (!normalised.isEmpty() && !iso.match(normalised).hasMatch())
        broken("a date is ISO 8601", normalised);
}

void importer(const QByteArray &bytes)
{
    using Importer::Format;
    for (Format format :
        {Format::Auto, Format::Text, Format::Html, Format::Markdown, Format::Json}) {
        auto drafts = Importer::parse(bytes, kName, format);
        if (!drafts) {
            checkMessage(drafts.error());
            continue;
        }
        for (const ArticleDraft &draft : drafts.value())
            checkDraft(draft);
    }
}

// The bytes as a project file: refused with a message, or opened and read without a crash. Reads
// on a damaged file may fail; they must fail with an error.
void project(const QByteArray &bytes)
{
    static QTemporaryDir dir(QDir::tempPath() + u"/parallax-fuzz-XXXXXX"_s);
    const QString path = dir.filePath(u"input.parallax"_s);
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QFile::remove(path + suffix);
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return;
    }
    auto opened = Project::open(path);
    if (!opened) {
        if (!opened.error().startsWith(QDir::toNativeSeparators(path)))
            broken("the message names the project file", opened.error());
        return;
    }
    Project &p = *opened.value();
    ArticleStore articles(p);
    AnnotationStore annotations(p);
    auto listing = articles.listing();
    checkRead(listing);
    checkRead(articles.stories());
    if (listing) {
        int read = 0;
        for (const StoryListing &story : listing.value()) {
            for (const ArticleSummary &summary : story.articles) {
                if (++read > 16)
                    break;
                auto article = articles.article(summary.id);
                checkRead(article);
                if (article)
                    checkRead(annotations.forArticle(summary.id, article.value().body));
            }
            checkRead(annotations.listing(story.story.id));
        }
    }
    EntityStore entities(p);
    checkRead(entities.entities());
    checkRead(entities.tags());
    checkRead(SearchIndex(p).search(u"harbour"_s));
}

// A project holding one invented article, made once per process; every input starts from it
// without annotations. Its web address is what the JSON-LD seeds name as their target.
struct ImportFixture
{
    QTemporaryDir dir {QDir::tempPath() + u"/parallax-fuzz-XXXXXX"_s};
    std::unique_ptr<Project> project;
    QString body;
};

ImportFixture &importFixture()
{
    static ImportFixture fixture = [] {
        ImportFixture f;
        auto created = Project::create(f.dir.filePath(u"fixture.parallax"_s));
        if (!created)
            broken("the fixture project is created", created.error());
        f.project = std::move(created.value());
        ArticleDraft draft;
        draft.title = u"Lake Varn talks resume"_s;
        draft.outlet = u"Varn Courier"_s;
        draft.url = u"https://courier.example/lake-varn-talks"_s;
        draft.published = u"2026-03-14"_s;
        draft.language = u"en"_s;
        draft.body = u"Veltria and Osmark resumed the Lake Varn talks on Monday \U0001F30A.\n\n"
                     "\u201CWe are close to a harbour deal,\u201D said Ilse Marrow, "
                     "Veltria's envoy. Osmark's minister Teodor Vask said the fishing quotas "
                     "remained open."_s;
        ArticleStore store(*f.project);
        auto inserted = store.insert(draft);
        if (!inserted)
            broken("the fixture article is inserted", inserted.error());
        f.body = draft.body;
        return f;
    }();
    return fixture;
}

// The bytes as an annotation file (name ends in suffix) imported onto the fixture project: the
// whole file refused with a message naming it, or every stored annotation holding, at its
// code point offsets, exactly the text it quotes (nothing is imported where the text differs).
void annotationImport(const QByteArray &bytes, const QString &suffix)
{
    ImportFixture &f = importFixture();
    QSqlQuery query(Storage::connection(*f.project));
    for (const char *sql : {"DELETE FROM annotation", "DELETE FROM entity", "DELETE FROM tag"})
        query.exec(QString::fromLatin1(sql));
    const QString path = f.dir.filePath(u"input"_s + suffix);
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(bytes) != bytes.size())
            return;
    }
    const AnnotationImportReport report = AnnotationImport::importFile(*f.project, path);
    if (!report.error.isEmpty()) {
        if (!report.error.startsWith(QDir::toNativeSeparators(path)))
            broken("the message names the annotation file", report.error);
        if (report.imported != 0)
            broken("a refused file imports nothing", report.error);
        return;
    }
    for (const ImportRefusal &refusal : report.refusals) {
        if (refusal.reason.isEmpty())
            broken("a refusal says why", refusal.annotation);
    }
    if (!query.exec(u"SELECT start_offset, end_offset, exact FROM annotation"_s))
        broken("the imported annotations can be read", {});
    const CodePointMap map(f.body);
    int stored = 0;
    while (query.next()) {
        ++stored;
        const qsizetype start = query.value(0).toLongLong();
        const qsizetype end = query.value(1).toLongLong();
        if (start < 0 || end < start || end > map.codePointLength())
            broken("an imported span lies inside the text", u"%1-%2"_s.arg(start).arg(end));
        if (Offsets::midCodePoints(f.body, start, end) != query.value(2).toString())
            broken("an imported span holds its quoted text", query.value(2).toString());
    }
    if (stored < report.imported)
        broken("what is reported imported is stored", QString::number(report.imported));
}

void jsonLd(const QByteArray &bytes)
{
    annotationImport(bytes, u".jsonld"_s);
}

void brat(const QByteArray &bytes)
{
    // The .txt beside the .ann holds the fixture article's text, so brat finds the article.
    ImportFixture &f = importFixture();
    const QString txt = f.dir.filePath(u"input.txt"_s);
    if (!QFile::exists(txt)) {
        QFile file(txt);
        if (!file.open(QIODevice::WriteOnly) || file.write(f.body.toUtf8()) < 0)
            broken("the brat text is written", txt);
    }
    annotationImport(bytes, u".ann"_s);
}

void checkRange(const TextRange &range, qsizetype size, const char *promise)
{
    if (range.start < 0 || range.end < range.start || range.end > size)
        broken(promise, u"%1-%2 of %3"_s.arg(range.start).arg(range.end).arg(size));
}

// Tokens in order, not overlapping, not empty, inside the text; sentences non-empty token
// ranges in order.
void checkTokens(QStringView text, const QList<Token> &tokens, const QList<Sentence> &sentences)
{
    qint32 previous = 0;
    for (const Token &token : tokens) {
        if (token.start < previous || token.end <= token.start || token.end > text.size())
            broken("tokens are in order, non-empty and inside the text",
                u"%1-%2 after %3"_s.arg(token.start).arg(token.end).arg(previous));
        previous = token.end;
    }
    qint32 previousSentence = 0;
    for (const Sentence &sentence : sentences) {
        if (sentence.tokenStart < previousSentence || sentence.tokenEnd <= sentence.tokenStart
            || sentence.tokenEnd > tokens.size())
            broken("sentences are token ranges in order",
                u"%1-%2 after %3"_s.arg(sentence.tokenStart)
                    .arg(sentence.tokenEnd)
                    .arg(previousSentence));
        previousSentence = sentence.tokenEnd;
    }
}

void tokenizer(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    const QList<Token> tokens = Tokenizer::tokenize(text);
    checkTokens(text, tokens, Tokenizer::splitSentences(text, tokens));
}

std::shared_ptr<const NerModel> shippedModel()
{
    auto model = Annotator::defaultModel();
    if (!model)
        broken("the shipped model loads", model.error());
    return model.value();
}

Annotator &annotator()
{
    static Annotator instance(shippedModel());
    return instance;
}

// The whole pipeline on the text; the quotes' content, cue and speaker inside the text.
AnalyzedDocument analyze(const QString &text)
{
    Annotator &a = annotator();
    AnalyzedDocument doc = a.analyze(text, QDate(2026, 3, 14));
    checkTokens(doc.text, doc.tokens, doc.sentences);
    for (const EntityMention &mention : doc.mentions)
        checkRange(mention.range, doc.text.size(), "a mention lies inside the text");
    for (const Quote &quote : doc.quotes) {
        checkRange(quote.content, doc.text.size(), "a quote lies inside the text");
        if (!quote.content.isValid())
            broken("a quote has words", {});
        checkRange(quote.cue, doc.text.size(), "a cue lies inside the text");
        checkRange(quote.speaker, doc.text.size(), "a speaker lies inside the text");
        if (quote.speakerMention < -1 || quote.speakerMention >= doc.mentions.size())
            broken("a speaker resolves to a mention", QString::number(quote.speakerMention));
    }
    return doc;
}

void quotes(const QByteArray &bytes)
{
    annotator().resetEntities();
    analyze(QString::fromUtf8(bytes));
    // The extractor alone, without mentions, as a caller without the entity model runs it.
    const QString text = QString::fromUtf8(bytes);
    const QList<Token> tokens = Tokenizer::tokenize(text);
    const QList<Sentence> sentences = Tokenizer::splitSentences(text, tokens);
    for (const Quote &quote : QuoteExtractor::extract(text, tokens, sentences, {})) {
        checkRange(quote.content, text.size(), "a quote lies inside the text");
        checkRange(quote.cue, text.size(), "a cue lies inside the text");
        checkRange(quote.speaker, text.size(), "a speaker lies inside the text");
        if (quote.speakerMention != -1)
            broken("without mentions no speaker resolves", QString::number(quote.speakerMention));
    }
}

// Two documents, the bytes before and after the first two blank lines in a row (or halved
// when there are none), analysed and compared: alignments of at least two members, one per document
// in document order, each inside its document; a text and a range per member in every difference.
void compare(const QByteArray &bytes)
{
    qsizetype split = bytes.indexOf("\n\n\n");
    if (split < 0)
        split = bytes.size() / 2;
    annotator().resetEntities();
    CompareInput input;
    input.documents.append(compareDocument(analyze(QString::fromUtf8(bytes.left(split))), u"A"_s));
    input.documents.append(compareDocument(analyze(QString::fromUtf8(bytes.mid(split))), u"B"_s));
    input.entities = annotator().entities();
    static const Comparer comparer;
    const Comparison comparison = comparer.compare(input);
    for (const Alignment &alignment : comparison.alignments) {
        if (alignment.members.size() < 2 || alignment.members.size() > input.documents.size())
            broken("an alignment has one member per document",
                QString::number(alignment.members.size()));
        int previous = -1;
        for (const AlignedSpan &member : alignment.members) {
            if (member.doc <= previous || member.doc >= input.documents.size())
                broken(
                    "members are in document order, one per document", QString::number(member.doc));
            previous = member.doc;
            checkRange(member.range, input.documents.at(member.doc).text.size(),
                "a member lies inside its document");
        }
        for (const Difference &difference : alignment.differences) {
            if (difference.texts.size() != alignment.members.size()
                || difference.ranges.size() != alignment.members.size())
                broken(
                    "a difference has a text and a range per member", difference.texts.join(u'|'));
            for (qsizetype i = 0; i < difference.ranges.size(); ++i) {
                const QString &text = input.documents.at(alignment.members.at(i).doc).text;
                checkRange(
                    difference.ranges.at(i), text.size(), "a difference lies inside its document");
            }
        }
    }
    for (const UnmatchedItem &item : comparison.unmatched) {
        if (item.doc < 0 || item.doc >= input.documents.size())
            broken("an unmatched item names a document", QString::number(item.doc));
        checkRange(item.range, input.documents.at(item.doc).text.size(),
            "an unmatched item lies inside its document");
    }
}

using Entry = void (*)(const QByteArray &);

struct Target
{
    QString name;
    Entry entry;
};

const QList<Target> &table()
{
    static const QList<Target> targets {
        {u"textdecoder"_s, textDecoder},
        {u"html"_s, html},
        {u"markdown"_s, markdown},
        {u"json"_s, json},
        {u"plaintext"_s, plainText},
        {u"date"_s, date},
        {u"importer"_s, importer},
        {u"project"_s, project},
        {u"jsonld"_s, jsonLd},
        {u"brat"_s, brat},
        {u"tokenizer"_s, tokenizer},
        {u"quotes"_s, quotes},
        {u"compare"_s, compare},
    };
    return targets;
}

} // namespace

const QStringList &targets()
{
    static const QStringList names = [] {
        QStringList list;
        for (const Target &target : table())
            list.append(target.name);
        return list;
    }();
    return names;
}

bool run(const QString &target, const QByteArray &bytes)
{
    for (const Target &t : table()) {
        if (t.name == target) {
            t.entry(bytes);
            return true;
        }
    }
    return false;
}

} // namespace Parallax::Fuzz
