// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the quote extractor's tests (tst_quoteextractor, tst_sourcemodel): invented text
// with hand-made mentions, run through the extractor.
#pragma once

#include "annotate/quotes/quoteextractor.h"

#include <QStringList>

#include <algorithm>

namespace Parallax::QuoteTests {

using namespace Qt::StringLiterals;

// Mentions made by hand, so the tests do not depend on the statistical model: every whole-word
// occurrence of the given names ("ORG:" before a name makes it an organisation, "MISC:" a
// nationality or the like), longest first.
inline QList<EntityMention> mentionsOf(const QString &text, const QStringList &names)
{
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end(),
        [](const QString &a, const QString &b) { return a.size() > b.size(); });
    QList<EntityMention> out;
    for (QString name : sorted) {
        EntityType type = EntityType::Person;
        if (name.startsWith(u"ORG:"_s)) {
            type = EntityType::Organisation;
            name = name.mid(4);
        } else if (name.startsWith(u"MISC:"_s)) {
            type = EntityType::Misc;
            name = name.mid(5);
        }
        for (qsizetype at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            const qsizetype end = at + name.size();
            if ((at > 0 && text[at - 1].isLetter()) || (end < text.size() && text[end].isLetter()))
                continue;
            const TextRange r {qint32(at), qint32(end)};
            const bool taken = std::any_of(out.cbegin(), out.cend(), [&](const EntityMention &m) {
                return m.range.start < r.end && r.start < m.range.end;
            });
            if (!taken)
                out.append(EntityMention {r, type, 1.0f, -1});
        }
    }
    std::sort(out.begin(), out.end(), [](const EntityMention &a, const EntityMention &b) {
        return a.range.start < b.range.start;
    });
    return out;
}

struct Run
{
    QString text;
    QList<EntityMention> mentions;
    QList<Quote> quotes;

    QString slice(TextRange r) const
    {
        return r.isValid() ? text.mid(r.start, r.length()) : QString();
    }

    const Quote *find(const QString &content) const
    {
        for (const Quote &q : quotes) {
            if (slice(q.content) == content)
                return &q;
        }
        return nullptr;
    }

    QString dump() const
    {
        QStringList lines;
        for (const Quote &q : quotes)
            lines << u"[%1] kind %2 cue [%3] speaker [%4] mention %5 conf %6"_s
                         .arg(slice(q.content))
                         .arg(int(q.kind))
                         .arg(slice(q.cue), slice(q.speaker))
                         .arg(q.speakerMention)
                         .arg(q.confidence);
        return lines.join(u'\n');
    }
};

inline Run run(const QString &text, const QStringList &names)
{
    Run r;
    r.text = text;
    r.mentions = mentionsOf(text, names);
    const QList<Token> tokens = Tokenizer::tokenize(text);
    const QList<Sentence> sentences = Tokenizer::splitSentences(text, tokens);
    r.quotes = QuoteExtractor::extract(text, tokens, sentences, r.mentions);
    return r;
}

} // namespace Parallax::QuoteTests
