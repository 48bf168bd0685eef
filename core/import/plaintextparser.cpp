// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plaintextparser.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parallax::PlainTextParser {
namespace {

QString *fieldFor(ArticleDraft *draft, QStringView key)
{
    const QString k = key.trimmed().toString().toLower();
    if (k == "title"_L1 || k == "headline"_L1)
        return &draft->title;
    if (k == "outlet"_L1 || k == "source"_L1 || k == "publisher"_L1)
        return &draft->outlet;
    if (k == "author"_L1 || k == "byline"_L1)
        return &draft->author;
    if (k == "date"_L1 || k == "published"_L1)
        return &draft->published;
    if (k == "url"_L1 || k == "link"_L1)
        return &draft->url;
    if (k == "language"_L1 || k == "lang"_L1)
        return &draft->language;
    return nullptr;
}

} // namespace

bool setField(ArticleDraft *draft, QStringView key, const QString &value)
{
    QString *field = fieldFor(draft, key);
    if (!field)
        return false;
    *field = value;
    return true;
}

qsizetype readHeader(const QString &text, ArticleDraft *draft)
{
    ArticleDraft found;
    qsizetype pos = 0;
    int fields = 0;
    while (pos < text.size()) {
        qsizetype eol = text.indexOf(u'\n', pos);
        if (eol < 0)
            eol = text.size();
        const QStringView line = QStringView(text).mid(pos, eol - pos);
        if (line.trimmed().isEmpty()) {
            if (fields == 0)
                return 0;
            // The header ends at its blank line; blank lines after it belong to neither part.
            // Only whole lines are skipped: the body's first line keeps its indentation.
            qsizetype bodyStart = eol + 1;
            while (bodyStart < text.size()) {
                qsizetype end = text.indexOf(u'\n', bodyStart);
                if (end < 0)
                    end = text.size();
                if (!QStringView(text).mid(bodyStart, end - bodyStart).trimmed().isEmpty())
                    break;
                bodyStart = end + 1;
            }
            *draft = found;
            return std::min(bodyStart, text.size());
        }
        const qsizetype colon = line.indexOf(u':');
        QString *field = colon > 0 ? fieldFor(&found, line.left(colon)) : nullptr;
        if (!field)
            return 0;
        *field = line.mid(colon + 1).trimmed().toString();
        ++fields;
        pos = eol + 1;
    }
    return 0; // a header with no body after it is not a header
}

QString firstLineTitle(const QString &body)
{
    for (const QStringView line : QStringView(body).split(u'\n')) {
        const QStringView trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        return trimmed.size() <= 200 ? trimmed.toString() : QString();
    }
    return {};
}

ArticleDraft parse(const QString &text)
{
    ArticleDraft draft;
    draft.sourceFormat = u"text"_s;
    const qsizetype headerLength = readHeader(text, &draft);
    if (headerLength > 0) {
        draft.sourceFormat = u"text"_s;
        draft.body = text.mid(headerLength);
        // Trailing blank lines carry nothing; everything else of the body stays as written.
        while (draft.body.endsWith(u'\n'))
            draft.body.chop(1);
    } else {
        draft.body = text;
    }
    if (draft.title.isEmpty()) {
        draft.title = firstLineTitle(draft.body);
        draft.titleGuessed = true;
    }
    return draft;
}

} // namespace Parallax::PlainTextParser
