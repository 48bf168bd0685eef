// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpusarticles.h"

#include "import/importer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamReader>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace Parallax::CorpusArticles {
namespace {

constexpr qint64 kHeadBytes = 4096;

QString nameOf(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

bool isAddress(const QString &s)
{
    return s.startsWith(u"http://"_s) || s.startsWith(u"https://"_s) || s.startsWith(u"www."_s);
}

// Tokens after which no space follows.
bool opens(QStringView t)
{
    return t == u"``" || t == u"\u201C" || t == u"(" || t == u"[" || t == u"{" || t == u"$"
        || t == u"#";
}

bool isClitic(QStringView t)
{
    static const QStringList clitics {
        u"'s"_s, u"'re"_s, u"'ve"_s, u"'ll"_s, u"'d"_s, u"'m"_s, u"n't"_s};
    return std::any_of(clitics.cbegin(), clitics.cend(),
        [t](const QString &c) { return t.compare(c, Qt::CaseInsensitive) == 0; });
}

// Tokens before which no space goes.
bool closes(QStringView t)
{
    if (t == u"''" || t == u"\u201D" || isClitic(t))
        return true;
    if (t.isEmpty())
        return false;
    for (const QChar c : t) {
        if (!u".,:;?!%)]}\u2026"_s.contains(c))
            return false;
    }
    return true;
}

// What is left of "It ’ s" once the apostrophe is split off.
bool isCliticRest(QStringView t)
{
    return t == u"s" || t == u"re" || t == u"ve" || t == u"ll" || t == u"d" || t == u"m"
        || t == u"t";
}

bool endsWithDigit(QStringView t)
{
    return !t.isEmpty() && t.back().isDigit();
}

bool startsWithDigit(QStringView t)
{
    return !t.isEmpty() && t.front().isDigit();
}

bool endsSentence(QStringView last)
{
    return !last.isEmpty() && u".!?:;\u2026\u201D\"'\u2019"_s.contains(last.back());
}

Result<QByteArray> basilArticle(const QByteArray &bytes, const QString &path)
{
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(bytes, &error).object();
    if (error.error != QJsonParseError::NoError)
        return Error {u"%1: invalid JSON (%2)"_s.arg(nameOf(path), error.errorString())};
    const QString body = basilBody(o.value(u"body-paragraphs"_s).toArray());
    if (body.isEmpty())
        return Error {u"%1: the BASIL article has no sentences"_s.arg(nameOf(path))};
    const QJsonObject article {{u"title"_s, o.value(u"title"_s).toString()},
        {u"outlet"_s, o.value(u"source"_s).toString().toLower()},
        {u"date"_s, o.value(u"date"_s).toString()}, {u"url"_s, o.value(u"url"_s).toString()},
        {u"body"_s, body}};
    return QJsonDocument(article).toJson();
}

Result<QByteArray> ecbPlusArticle(const QByteArray &bytes, const QString &path)
{
    std::map<int, QStringList> bySentence;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"token"_s)
            continue;
        bool ok = false;
        const int sentence = xml.attributes().value(u"sentence"_s).toInt(&ok);
        const QString token = xml.readElementText().trimmed();
        if (ok && !token.isEmpty())
            bySentence[sentence].append(token);
    }
    if (xml.hasError())
        return Error {u"%1: invalid XML at line %2 (%3)"_s.arg(nameOf(path))
                          .arg(xml.lineNumber())
                          .arg(xml.errorString())};
    QList<QStringList> sentences;
    for (auto &[number, tokens] : bySentence)
        sentences.append(tokens);
    const QString body = detokenize(sentences);
    if (body.isEmpty())
        return Error {u"%1: the ECB+ document has no tokens"_s.arg(nameOf(path))};
    const QJsonObject article {{u"title"_s, QFileInfo(path).completeBaseName()},
        {u"url"_s, ecbPlusUrl(sentences)}, {u"body"_s, body}};
    return QJsonDocument(article).toJson();
}

} // namespace

Kind kindOf(const QString &path, const QByteArray &head)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"xml"_s && head.contains("<Document") && head.contains("<token"))
        return Kind::EcbPlus;
    if (suffix == u"json"_s && head.contains("\"body-paragraphs\""))
        return Kind::Basil;
    return Kind::Importable;
}

Result<Converted> convert(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {u"%1: cannot be read (%2)"_s.arg(nameOf(path), file.errorString())};
    const QByteArray bytes = file.read(Importer::kMaxFileSize + 1);
    if (bytes.size() > Importer::kMaxFileSize)
        return Error {u"%1: the file is too large"_s.arg(nameOf(path))};
    // BASIL writes "body-paragraphs" after the metadata, so a JSON file is looked at whole.
    const Kind kind = kindOf(path, path.endsWith(u".json"_s) ? bytes : bytes.left(kHeadBytes));
    switch (kind) {
    case Kind::Basil: {
        auto article = basilArticle(bytes, path);
        if (!article)
            return Error {article.error()};
        return Converted {kind, article.value()};
    }
    case Kind::EcbPlus: {
        auto article = ecbPlusArticle(bytes, path);
        if (!article)
            return Error {article.error()};
        return Converted {kind, article.value()};
    }
    case Kind::Importable:
        break;
    }
    return Converted {kind, bytes};
}

Result<QList<ArticleDraft>> readArticles(const QString &path)
{
    auto converted = convert(path);
    if (!converted)
        return Error {converted.error()};
    if (converted->kind == Kind::Importable)
        return Importer::readFile(path);
    return Importer::parse(converted->bytes, nameOf(path), Importer::Format::Json);
}

QString basilBody(const QJsonArray &paragraphs)
{
    QStringList out;
    for (const QJsonValue &p : paragraphs) {
        QStringList sentences;
        for (const QJsonValue &s : p.toArray()) {
            const QString sentence = s.toString().trimmed();
            if (!sentence.isEmpty())
                sentences.append(sentence);
        }
        if (!sentences.isEmpty())
            out.append(sentences.join(u' '));
    }
    return out.join(u"\n\n"_s);
}

QString ecbPlusUrl(const QList<QStringList> &sentences)
{
    if (sentences.isEmpty())
        return {};
    const QString joined = sentences.constFirst().join(QString());
    return isAddress(joined) ? joined : QString();
}

QString detokenize(const QList<QStringList> &sentences)
{
    QString out;
    bool paragraphStart = true;
    bool glueNext = false;
    bool straightOpen = false; // inside a quotation opened by a straight double quote
    bool curlyOpen = false; // inside a quotation opened by `` or a left double quotation mark
    const qsizetype first = ecbPlusUrl(sentences).isEmpty() ? 0 : 1;
    for (qsizetype s = first; s < sentences.size(); ++s) {
        const QStringList &tokens = sentences.at(s);
        if (tokens.isEmpty())
            continue;
        const bool opensQuote
            = tokens.constFirst() == u"``"_s || tokens.constFirst() == u"\u201C"_s;
        if (!out.isEmpty()) {
            // News quotes a speaker over several paragraphs by opening each paragraph again and
            // closing only the last; ECB+ lost the paragraph breaks, so a quotation opened
            // while one is open marks where a paragraph began.
            if (endsSentence(out) && !(opensQuote && curlyOpen)) {
                out += u' ';
                glueNext = true;
            } else {
                out += u"\n\n"_s;
                paragraphStart = true;
                straightOpen = false;
                curlyOpen = false;
            }
        }
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            QString t = tokens.at(i);
            const QStringView next = i + 1 < tokens.size() ? QStringView(tokens.at(i + 1)) : u"";
            const QStringView previous = i > 0 ? QStringView(tokens.at(i - 1)) : u"";
            bool left = closes(t);
            bool right = opens(t);
            if (t == u"``"_s || t == u"\u201C"_s) {
                t = u"\u201C"_s;
                curlyOpen = true;
            } else if (t == u"''"_s || t == u"\u201D"_s) {
                t = u"\u201D"_s;
                curlyOpen = false;
            } else if (t == u"\""_s) {
                left = straightOpen;
                right = !straightOpen;
                straightOpen = !straightOpen;
            } else if (t == u"-"_s || t == u"/"_s) {
                left = right = !previous.isEmpty() && !next.isEmpty();
            } else if (t == u":"_s && endsWithDigit(previous) && startsWithDigit(next)) {
                left = right = true;
            } else if ((t == u"'"_s || t == u"\u2019"_s) && isCliticRest(next)) {
                left = right = true;
            } else if (t.contains(u'"')) {
                if (t.count(u'"') % 2 == 1)
                    straightOpen = !straightOpen;
            }
            if (!paragraphStart && !glueNext && !left)
                out += u' ';
            out += t;
            paragraphStart = false;
            glueNext = right;
        }
    }
    return out;
}

} // namespace Parallax::CorpusArticles
