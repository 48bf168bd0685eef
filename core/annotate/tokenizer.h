// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringView>

namespace Parallax {

enum class TokenKind : quint8 {
    Word, // letters, possibly with digits, inner hyphens or apostrophes; abbreviations; URLs
    Number, // starts with a digit: 1,200.5  1996-08-22  10:30  5%  1990s
    Punctuation, // . , ; : ! ? quotes brackets dashes ellipses
    Symbol, // currency, maths, emoji (a whole emoji sequence is one token)
};

// A token is a half-open range of UTF-16 units in the text it was cut from, so it can be
// highlighted in a QString directly (convert with CodePointMap to store code point offsets).
struct Token
{
    qint32 start = 0;
    qint32 end = 0;
    TokenKind kind = TokenKind::Word;

    qint32 length() const { return end - start; }
    QStringView text(QStringView in) const { return in.mid(start, end - start); }
    friend bool operator==(const Token &, const Token &) = default;
};

// A sentence is a half-open range of token indices.
struct Sentence
{
    qint32 tokenStart = 0;
    qint32 tokenEnd = 0;

    qint32 size() const { return tokenEnd - tokenStart; }
    friend bool operator==(const Sentence &, const Sentence &) = default;
};

// English-oriented tokenizer shared by the annotators (entities, dates, quotes). It follows the
// Penn Treebank / CoNLL conventions where they matter for the statistical models trained on them:
// possessives and contractions are split ("Osmark" "'s", "do" "n't"), abbreviations keep their
// period ("U.S.", "Mr."), hyphenated words stay whole. It never allocates per token.
class Tokenizer
{
public:
    // Appends the tokens of text to out (which is not cleared, so a buffer can be reused).
    static void tokenize(QStringView text, QList<Token> *out);
    static QList<Token> tokenize(QStringView text);

    // Sentences over the tokens of text: a sentence ends after . ! ? or an ellipsis (with any
    // closing quotes and brackets that follow) when the next token does not continue it, and at
    // every blank line. A single line break ends a sentence unless the next line starts with a
    // lower-case word, which is how hard-wrapped prose continues.
    static void splitSentences(QStringView text, const QList<Token> &tokens, QList<Sentence> *out);
    static QList<Sentence> splitSentences(QStringView text, const QList<Token> &tokens);

    // True for words such as "Mr", "Dr", "Jan", "Corp" (without the period), which take a period
    // that does not end a sentence. Case-sensitive.
    static bool isAbbreviation(QStringView word);
};

} // namespace Parallax
