// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonarticleparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parallax::JsonArticleParser {
namespace {

QString stringOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isArray()) { // several authors
        QStringList parts;
        for (const QJsonValue &item : value.toArray())
            parts.append(stringOf(item));
        parts.removeAll(QString());
        return parts.join(u", "_s);
    }
    if (value.isObject())
        return stringOf(value.toObject().value(u"name"_s));
    if (value.isDouble())
        return QString::number(value.toDouble());
    return {};
}

QString firstOf(const QJsonObject &object, std::initializer_list<QStringView> keys)
{
    for (const QStringView key : keys) {
        QString value = stringOf(object.value(key));
        if (!value.isEmpty())
            return value;
    }
    return {};
}

Result<ArticleDraft> readObject(const QJsonObject &object, const QString &where)
{
    ArticleDraft draft;
    draft.sourceFormat = u"json"_s;
    draft.title = firstOf(object, {u"title", u"headline"});
    draft.outlet = firstOf(object, {u"outlet", u"source", u"publisher"});
    draft.author = firstOf(object, {u"author", u"authors", u"byline"});
    draft.url = firstOf(object, {u"url", u"link"});
    draft.published = firstOf(object, {u"published", u"date", u"datePublished", u"publishedAt"});
    draft.language = firstOf(object, {u"language", u"lang", u"inLanguage"});
    for (const QStringView key : {u"body", u"text", u"content", u"articleBody"}) {
        const QJsonValue value = object.value(key);
        if (value.isString()) {
            draft.body = value.toString();
            break;
        }
        if (value.isArray()) { // a list of paragraphs
            QStringList paragraphs;
            for (const QJsonValue &p : value.toArray())
                paragraphs.append(p.toString());
            draft.body = paragraphs.join(u"\n\n"_s);
            break;
        }
    }
    draft.body.replace(u"\r\n"_s, u"\n"_s);
    if (draft.body.trimmed().isEmpty())
        return Error {
            u"%1: no article text (expected a \"body\" field with the text)"_s.arg(where)};
    return draft;
}

} // namespace

Result<QList<ArticleDraft>> parse(const QByteArray &utf8, const QString &displayName)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError) {
        // Report the position as a line and column, which is what an editor shows: columns
        // count characters, not the bytes UTF-8 takes for them. Qt may place the error one
        // past the end of the input.
        const QByteArray before = utf8.left(std::clamp<qsizetype>(error.offset, 0, utf8.size()));
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column
            = QString::fromUtf8(before.mid(before.lastIndexOf('\n') + 1)).toUcs4().size() + 1;
        return Error {u"%1: invalid JSON at line %2, column %3 (%4)"_s.arg(displayName)
                          .arg(line)
                          .arg(column)
                          .arg(error.errorString())};
    }
    QList<ArticleDraft> drafts;
    if (document.isObject()) {
        auto draft = readObject(document.object(), displayName);
        if (!draft)
            return Error {draft.error()};
        drafts.append(std::move(draft).value());
    } else {
        const QJsonArray array = document.array();
        if (array.isEmpty())
            return Error {u"%1: the JSON array holds no articles"_s.arg(displayName)};
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString where = u"%1, article %2"_s.arg(displayName).arg(i + 1);
            if (!array.at(i).isObject())
                return Error {u"%1: not an article object"_s.arg(where)};
            auto draft = readObject(array.at(i).toObject(), where);
            if (!draft)
                return Error {draft.error()};
            drafts.append(std::move(draft).value());
        }
    }
    return drafts;
}

} // namespace Parallax::JsonArticleParser
