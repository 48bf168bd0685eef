// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entrypoints.h"

#include "import/dateparser.h"
#include "import/htmlparser.h"
#include "import/importer.h"
#include "import/jsonarticleparser.h"
#include "import/markdownparser.h"
#include "import/plaintextparser.h"
#include "import/textdecoder.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/entitystore.h"
#include "storage/project.h"
#include "storage/searchindex.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
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
    ArticleStore articles(p.database());
    AnnotationStore annotations(p.database());
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
    EntityStore entities(p.database());
    checkRead(entities.entities());
    checkRead(entities.tags());
    checkRead(SearchIndex(p.database()).search(u"harbour"_s));
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
