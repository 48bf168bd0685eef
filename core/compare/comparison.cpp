// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparison.h"

#include "annotate/annotator.h"

using namespace Qt::StringLiterals;

namespace Parallax {
CompareDocument compareDocument(const AnalyzedDocument &analysis, const QString &label)
{
    CompareDocument doc;
    doc.text = analysis.text;
    doc.label = label;
    doc.mentions = analysis.mentions;
    doc.temporals = analysis.temporals;
    doc.quotes.reserve(analysis.quotes.size());
    for (const Quote &quote : analysis.quotes) {
        CompareQuote q;
        q.content = quote.content;
        q.kind = quote.kind;
        q.cue = quote.cue;
        q.speaker = quote.speaker;
        if (quote.speakerMention >= 0 && quote.speakerMention < analysis.mentions.size())
            q.speakerEntity = analysis.mentions.at(quote.speakerMention).entity;
        doc.quotes.append(q);
    }
    return doc;
}

} // namespace Parallax
