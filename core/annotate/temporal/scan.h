// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotate/temporal/lexicon.h"
#include "annotate/tokenizer.h"
#include "model/document.h"

#include <QDate>
#include <QList>
#include <QStringView>

namespace Parallax::Temporal {

// The tokens of one sentence with their lexicon entries, as the matchers see them. Indices are
// document token indices; anything outside [begin, end) reads as an empty, flagless token so the
// patterns never look across a sentence boundary.
struct Scan
{
    QStringView text;
    const QList<Token> *tokens = nullptr;
    const QList<LexEntry> *lex = nullptr;
    qint32 begin = 0;
    qint32 end = 0;
    QDate anchor;
    bool future = false; // the sentence speaks of what will happen (see futureSentence())
    QString contextDate; // the last full date found earlier in the sentence, for clock times

    bool inside(int i) const { return i >= begin && i < end; }
    QStringView word(int i) const { return inside(i) ? tokens->at(i).text(text) : QStringView(); }
    quint32 flags(int i) const { return inside(i) ? lex->at(i).flags : 0u; }
    bool has(int i, quint32 f) const { return (flags(i) & f) != 0; }
    const LexEntry &entry(int i) const { return lex->at(i); }
    TokenKind kind(int i) const { return tokens->at(i).kind; }
    bool isNumber(int i) const { return inside(i) && kind(i) == TokenKind::Number; }
    bool isCapitalised(int i) const
    {
        const QStringView w = word(i);
        return !w.isEmpty() && w.front().isUpper();
    }
    bool is(int i, QStringView lowerWord) const
    {
        return word(i).compare(lowerWord, Qt::CaseInsensitive) == 0;
    }
    // No space between tokens i and i + 1 ("16" "-" "hour").
    bool touching(int i) const
    {
        return inside(i + 1) && tokens->at(i).end == tokens->at(i + 1).start;
    }
};

struct Match
{
    qint32 begin = -1; // token indices, half open
    qint32 end = -1;
    TemporalType type = TemporalType::Date;
    QString value;

    bool isValid() const { return end > begin; }
};

// Number parsing shared by the date and money grammars.
struct Amount
{
    double value = 0;
    bool ok = false;
    bool plainInteger = false; // digits only: "1998", not "1,998" or "3.5"
    int digits = 0; // digits before any decimal point, for years
    int power = 0; // a glued multiplier: "12m" 6, "3.5bn" 9, "40k" 3
};
Amount parseAmount(QStringView token);

// Money ("€12m", "$3.5 billion", "USD 40,000", "40,000 dollars") and percentages ("40%",
// "40 percent", "40 per cent") starting at token i; money.cpp.
Match matchMoney(const Scan &s, int i);
Match matchPercent(const Scan &s, int i);

} // namespace Parallax::Temporal
