// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Two analysts' annotations of one invented article, as W3C JSON-LD files another tool would
// write: for 'import-annotations' and 'agreement' on a file (tst_agreementcli) and on a server
// (tst_cliserver).
#pragma once

#include "util/textoffsets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace Parallax::AgreementFiles {

using namespace Qt::StringLiterals;

inline const QString kUrl = u"https://ledger.example/varn/agreement"_s;

// An invented text of exactly 300 code points that starts with an emoji, so that code points
// and UTF-16 differ from the first unit on.
inline QString body()
{
    const QStringList words {u"Varn"_s, u"accord"_s, u"talks"_s, u"Kessling"_s, u"harbour"_s,
        u"council"_s, u"water"_s, u"rights"_s};
    QString text = u"🌊"_s;
    for (int i = 0; Offsets::codePointLength(text) < 300; ++i)
        text += u' ' + words.at(i % words.size());
    text = Offsets::midCodePoints(text, 0, 300);
    if (text.endsWith(u' '))
        text.back() = u'x';
    return text;
}

struct Span
{
    qint64 begin;
    qint64 length;
    const char *type; // as another tool names it
};

// W3C Web Annotations by one person (none: no creator), at code point positions, with the text they
// mark.
inline QByteArray annotations(const QString &creator, const QList<Span> &spans)
{
    const QString text = body();
    QJsonArray items;
    for (const Span &s : spans) {
        const QJsonArray selectors {QJsonObject {{u"type"_s, u"TextPositionSelector"_s},
                                        {u"start"_s, s.begin}, {u"end"_s, s.begin + s.length}},
            QJsonObject {{u"type"_s, u"TextQuoteSelector"_s},
                {u"exact"_s, Offsets::midCodePoints(text, s.begin, s.begin + s.length)}}};
        QJsonObject item {{u"type"_s, u"Annotation"_s},
            {u"body"_s,
                QJsonArray {QJsonObject {{u"type"_s, u"TextualBody"_s},
                    {u"purpose"_s, u"classifying"_s}, {u"value"_s, QLatin1String(s.type)}}}},
            {u"target"_s, QJsonObject {{u"source"_s, kUrl}, {u"selector"_s, selectors}}}};
        if (!creator.isEmpty())
            item.insert(u"creator"_s, QJsonObject {{u"type"_s, u"Person"_s}, {u"name"_s, creator}});
        items.append(item);
    }
    return QJsonDocument(items).toJson();
}

} // namespace Parallax::AgreementFiles
