// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"

#include "import/dateparser.h"
#include "import/htmlparser.h"
#include "import/jsonarticleparser.h"
#include "import/languagedetector.h"
#include "import/markdownparser.h"
#include "import/plaintextparser.h"
#include "import/textdecoder.h"
#include "util/databasefiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcImport, "parallax.import")

namespace Parallax::Importer {
namespace {

QString displayNameOf(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

void finish(ArticleDraft *draft, const QString &path, bool detectLanguage)
{
    draft->title = draft->title.simplified();
    draft->outlet = draft->outlet.simplified();
    draft->author = draft->author.simplified();
    draft->url = draft->url.trimmed();
    if (!draft->published.isEmpty()) {
        const QString normalised = DateParser::normalise(draft->published);
        if (normalised.isEmpty())
            qCInfo(lcImport) << path << "date not understood, left out:" << draft->published;
        draft->published = normalised;
    }
    draft->language = draft->language.trimmed().toLower().section(u'-', 0, 0).section(u'_', 0, 0);
    if (draft->language.isEmpty() && detectLanguage) {
        draft->language = LanguageDetector::detect(draft->body);
        draft->languageGuessed = true;
    }
    if (draft->title.isEmpty()) {
        draft->title = QFileInfo(path).completeBaseName();
        draft->titleGuessed = true;
    }
    draft->sourcePath = path;
}

} // namespace

const QStringList &supportedSuffixes()
{
    static const QStringList suffixes {
        u"txt"_s, u"text"_s, u"html"_s, u"htm"_s, u"xhtml"_s, u"md"_s, u"markdown"_s, u"json"_s};
    return suffixes;
}

Format detectFormat(const QString &path, const QByteArray &head)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == "txt"_L1 || suffix == "text"_L1)
        return Format::Text;
    if (suffix == "html"_L1 || suffix == "htm"_L1 || suffix == "xhtml"_L1)
        return Format::Html;
    if (suffix == "md"_L1 || suffix == "markdown"_L1)
        return Format::Markdown;
    if (suffix == "json"_L1)
        return Format::Json;
    // Sniff the text, not its encoding: past a byte order mark, and UTF-16 or UTF-32 read as such.
    QByteArray start = head.left(512);
    if (const auto encoding = QStringConverter::encodingForData(start)) {
        QStringDecoder decoder(*encoding);
        start = QString(decoder(start)).toUtf8();
    }
    start = start.trimmed().toLower();
    if (start.startsWith("<!doctype html") || start.startsWith("<html") || start.contains("<body"))
        return Format::Html;
    if (start.startsWith('{') || start.startsWith('['))
        return Format::Json;
    return Format::Text;
}

Result<QList<ArticleDraft>> parse(
    const QByteArray &bytes, const QString &displayName, Format format, bool detectLanguage)
{
    if (format == Format::Auto)
        format = detectFormat(displayName, bytes);
    if (bytes.size() > kMaxFileSize)
        return Error {u"%1: the file is too large (%2 MB; the limit is %3 MB)"_s.arg(displayName)
                          .arg(double(bytes.size()) / (1024 * 1024), 0, 'f', 1)
                          .arg(kMaxFileSize / (1024 * 1024))};

    auto decoded = TextDecoder::decode(bytes, displayName,
        format == Format::Html ? TextDecoder::Hint::Html : TextDecoder::Hint::None);
    if (!decoded)
        return Error {decoded.error()};
    const QString &text = decoded->text;

    QList<ArticleDraft> drafts;
    switch (format) {
    case Format::Auto:
    case Format::Text:
        drafts.append(PlainTextParser::parse(text));
        break;
    case Format::Markdown:
        drafts.append(MarkdownParser::parse(text));
        break;
    case Format::Html: {
        auto draft = HtmlParser::parse(text, displayName);
        if (!draft)
            return Error {draft.error()};
        drafts.append(std::move(draft).value());
        break;
    }
    case Format::Json: {
        auto parsed = JsonArticleParser::parse(text.toUtf8(), displayName);
        if (!parsed)
            return Error {parsed.error()};
        drafts = std::move(parsed).value();
        break;
    }
    }
    for (ArticleDraft &draft : drafts) {
        if (QStringView(draft.body).trimmed().isEmpty()) // a view: no copy of the body
            return Error {u"%1: no article text found"_s.arg(displayName)};
        finish(&draft, displayName, detectLanguage);
    }
    return drafts;
}

Result<QList<ArticleDraft>> readFile(const QString &path, Format format, bool detectLanguage)
{
    const QString name = displayNameOf(path);
    const QFileInfo info(path);
    // isDir() first: its stat tells existence too, where exists() first is one more call.
    if (info.isDir())
        return Error {u"%1: is a folder, not a file"_s.arg(name)};
    if (!info.exists())
        return Error {u"%1: no such file"_s.arg(name)};
    if (info.size() > kMaxFileSize)
        return Error {u"%1: the file is too large (%2 MB; the limit is %3 MB)"_s.arg(name)
                          .arg(double(info.size()) / (1024 * 1024), 0, 'f', 1)
                          .arg(kMaxFileSize / (1024 * 1024))};
    // Reading the project file itself (or its journal) would close a descriptor on it and drop
    // this process's locks on the project.
    if (DatabaseFiles::isInUse(path))
        return Error {
            u"%1: this is the open project file (or its journal), not an article"_s.arg(name)};
    QFile file(path);
    // Unbuffered: the bytes go straight into the array, not through QFile's 16 KB buffer.
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return Error {u"%1: cannot be read (%2)"_s.arg(name, file.errorString())};
    // Read at most one byte past the limit: a file that grew since it was looked at is still
    // caught. The size looked at first is read at once (reading the limit at once would
    // allocate the limit for every file), and whatever came since up to the limit.
    const qint64 expected = std::min<qint64>(info.size(), kMaxFileSize);
    QByteArray bytes = file.read(expected + 1);
    if (bytes.size() > expected && file.error() == QFileDevice::NoError)
        bytes += file.read(kMaxFileSize + 1 - bytes.size());
    if (file.error() != QFileDevice::NoError)
        return Error {u"%1: cannot be read (%2)"_s.arg(name, file.errorString())};
    if (bytes.isEmpty())
        return Error {u"%1: the file is empty"_s.arg(name)};
    return parse(
        bytes, name, format == Format::Auto ? detectFormat(path, bytes) : format, detectLanguage);
}

QStringList expandPaths(const QStringList &paths)
{
    QStringList files;
    QStringList filters;
    for (const QString &suffix : supportedSuffixes())
        filters.append(u"*."_s + suffix);
    for (const QString &path : paths) {
        if (!QFileInfo(path).isDir()) {
            files.append(path);
            continue;
        }
        QStringList found;
        QDirIterator it(path, filters, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
        while (it.hasNext())
            found.append(it.next());
        found.sort();
        files.append(found);
    }
    return files;
}

} // namespace Parallax::Importer
