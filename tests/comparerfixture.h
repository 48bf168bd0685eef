// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Hand-built documents for the comparison tests: annotations placed by searching the text, so
// fixtures read as prose, and the story's entities shared by every fixture.
#pragma once

#include "compare/comparison.h"

#include <QStringList>
#include <QtGlobal>

#include <algorithm>

namespace ComparerFixture {

using namespace Qt::StringLiterals;
using namespace Parallax;

// A document with its annotations placed by searching the text, so fixtures read as prose.
class Doc
{
public:
    explicit Doc(const QString &text) { m_doc.text = text; }

    TextRange find(const QString &needle, int occurrence = 0) const
    {
        qsizetype at = -1;
        for (int i = 0; i <= occurrence; ++i)
            at = m_doc.text.indexOf(needle, at + 1);
        if (at < 0)
            qFatal("fixture: '%s' is not in the text", qPrintable(needle));
        return {qint32(at), qint32(at + needle.size())};
    }
    Doc &quote(const QString &content, const QString &speaker = {}, const QString &cue = {},
        int speakerEntity = -1, QuoteKind kind = QuoteKind::Direct)
    {
        CompareQuote q;
        q.content = find(content);
        q.kind = kind;
        if (!speaker.isEmpty())
            q.speaker = find(speaker);
        if (!cue.isEmpty())
            q.cue = find(cue);
        q.speakerEntity = speakerEntity;
        m_doc.quotes.append(q);
        return *this;
    }
    Doc &mention(
        const QString &text, int entity, EntityType type = EntityType::Person, int occurrence = 0)
    {
        m_doc.mentions.append({find(text, occurrence), type, 1.0f, entity});
        return *this;
    }
    Doc &date(const QString &text, const QString &value)
    {
        m_doc.temporals.append({find(text), TemporalType::Date, value, 1.0f});
        return *this;
    }
    CompareDocument build() const
    {
        CompareDocument doc = m_doc;
        std::sort(doc.mentions.begin(), doc.mentions.end(),
            [](const EntityMention &a, const EntityMention &b) {
                return a.range.start < b.range.start;
            });
        std::sort(doc.temporals.begin(), doc.temporals.end(),
            [](const TemporalExpression &a, const TemporalExpression &b) {
                return a.range.start < b.range.start;
            });
        return doc;
    }

private:
    CompareDocument m_doc;
};

// The story's people and places, shared by every fixture: the same index is the same entity.
enum : int { Marrow, Ardelan, Okoro, Vandal, Kessling, Osmark, Veltria, Other };
inline QList<Entity> storyEntities()
{
    return {{u"Ilse Marrow"_s, EntityType::Person, {}},
        {u"Tomas Ardelan"_s, EntityType::Person, {}}, {u"Dana Okoro"_s, EntityType::Person, {}},
        {u"Piet Vandal"_s, EntityType::Person, {}}, {u"Kessling"_s, EntityType::Location, {}},
        {u"Osmark"_s, EntityType::Location, {}}, {u"Veltria"_s, EntityType::Location, {}}};
}

inline CompareInput input(const QList<Doc> &docs)
{
    CompareInput in;
    in.entities = storyEntities();
    for (const Doc &d : docs)
        in.documents.append(d.build());
    return in;
}

inline QString text(const CompareInput &in, const AlignedSpan &span)
{
    return in.documents.at(span.doc).text.mid(span.range.start, span.range.length());
}

// The alignment whose first member's text contains needle.
inline const Alignment *findAlignment(
    const CompareInput &in, const Comparison &c, const QString &needle)
{
    for (const Alignment &a : c.alignments) {
        for (const AlignedSpan &m : a.members) {
            if (text(in, m).contains(needle))
                return &a;
        }
    }
    return nullptr;
}

inline QList<const Difference *> ofKind(const Alignment &a, DifferenceKind kind)
{
    QList<const Difference *> out;
    for (const Difference &d : a.differences) {
        if (d.kind == kind)
            out.append(&d);
    }
    return out;
}

inline QString describe(const Alignment &a)
{
    QStringList parts;
    for (const Difference &d : a.differences)
        parts.append(enumName(d.kind) + u": "_s + d.texts.join(u" | "_s));
    return parts.join(u"; "_s);
}

} // namespace ComparerFixture
