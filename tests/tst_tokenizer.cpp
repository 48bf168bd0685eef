// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotate/tokenizer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace {

QStringList words(const QString &text)
{
    QStringList out;
    for (const Token &t : Tokenizer::tokenize(text))
        out.append(t.text(text).toString());
    return out;
}

QStringList sentences(const QString &text)
{
    const QList<Token> tokens = Tokenizer::tokenize(text);
    QStringList out;
    for (const Sentence &s : Tokenizer::splitSentences(text, tokens)) {
        const qint32 from = tokens[s.tokenStart].start;
        const qint32 to = tokens[s.tokenEnd - 1].end;
        out.append(text.mid(from, to - from));
    }
    return out;
}

} // namespace

class TestTokenizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainWords();
    void offsetsAreUtf16();
    void nonBmpAndEmoji();
    void rightToLeft();
    void abbreviations();
    void possessivesAndContractions();
    void hyphensAndDashes();
    void numbers();
    void quotes();
    void urlsAndEmails();
    void kinds();
    void emptyAndSpaces();
    void sentencesBasic();
    void sentencesAbbreviations();
    void sentencesQuotes();
    void sentencesNewlines();
};

void TestTokenizer::plainWords()
{
    QCOMPARE(words(u"Foreign Minister Ilse Marrow met Tomas Ardelan, in Kessling."_s),
        (QStringList {u"Foreign"_s, u"Minister"_s, u"Ilse"_s, u"Marrow"_s, u"met"_s, u"Tomas"_s,
            u"Ardelan"_s, u","_s, u"in"_s, u"Kessling"_s, u"."_s}));
    QCOMPARE(words(u"(Veltria)"_s), (QStringList {u"("_s, u"Veltria"_s, u")"_s}));
}

void TestTokenizer::offsetsAreUtf16()
{
    const QString text = u"  Zoë  Ågren\tsaid"_s;
    const QList<Token> tokens = Tokenizer::tokenize(text);
    QCOMPARE(tokens.size(), 3);
    QCOMPARE(tokens[0].start, 2);
    QCOMPARE(tokens[0].end, 5);
    QCOMPARE(tokens[1].start, 7);
    QCOMPARE(tokens[1].end, 12);
    QCOMPARE(tokens[2].text(text), u"said"_s);
    // Combining marks stay inside their word.
    const QString decomposed = u"Zoe\u0308 left"_s;
    QCOMPARE(words(decomposed), (QStringList {u"Zoe\u0308"_s, u"left"_s}));
}

void TestTokenizer::nonBmpAndEmoji()
{
    const QString text
        = u"Fans 😀 cheered 👍🏽 and 👩\u200D👩\u200D👧 ran 🇫🇷🇩🇪 𝐀𝐁 end"_s;
    const QList<Token> tokens = Tokenizer::tokenize(text);
    QStringList texts;
    for (const Token &t : tokens)
        texts.append(t.text(text).toString());
    QCOMPARE(texts,
        (QStringList {u"Fans"_s, u"😀"_s, u"cheered"_s, u"👍🏽"_s, u"and"_s,
            u"👩\u200D👩\u200D👧"_s, u"ran"_s, u"🇫🇷"_s, u"🇩🇪"_s, u"𝐀𝐁"_s, u"end"_s}));
    QCOMPARE(tokens[1].start, 5);
    QCOMPARE(tokens[1].end, 7); // a surrogate pair is two units
    QCOMPARE(tokens[1].kind, TokenKind::Symbol);
    QCOMPARE(tokens[9].kind, TokenKind::Word); // mathematical letters outside the BMP
    QCOMPARE(tokens.last().end, text.size());
    // A lone surrogate does not crash nor swallow the rest.
    const QString broken = u"a "_s + QChar(0xD83D) + u" b"_s;
    QCOMPARE(Tokenizer::tokenize(broken).size(), 3);
}

void TestTokenizer::rightToLeft()
{
    const QString text = u"قال الوزير «مرحبا» في القاهرة. שלום עולם!"_s;
    QCOMPARE(words(text),
        (QStringList {u"قال"_s, u"الوزير"_s, u"«"_s, u"مرحبا"_s, u"»"_s, u"في"_s, u"القاهرة"_s,
            u"."_s, u"שלום"_s, u"עולם"_s, u"!"_s}));
    const QList<Token> tokens = Tokenizer::tokenize(text);
    QCOMPARE(tokens[1].start, 4);
    QCOMPARE(tokens[1].end, 10);
    QCOMPARE(sentences(text).size(), 2);
}

void TestTokenizer::abbreviations()
{
    QCOMPARE(words(u"Mr. Ardelan and Dr. Marrow of the U.S. met on Jan. 5 in St. Veltria."_s),
        (QStringList {u"Mr."_s, u"Ardelan"_s, u"and"_s, u"Dr."_s, u"Marrow"_s, u"of"_s, u"the"_s,
            u"U.S."_s, u"met"_s, u"on"_s, u"Jan."_s, u"5"_s, u"in"_s, u"St."_s, u"Veltria"_s,
            u"."_s}));
    QCOMPARE(words(u"J. R. Osmark, e.g. Osmark Corp. and Tiller Inc. left."_s),
        (QStringList {u"J."_s, u"R."_s, u"Osmark"_s, u","_s, u"e.g."_s, u"Osmark"_s, u"Corp."_s,
            u"and"_s, u"Tiller"_s, u"Inc."_s, u"left"_s, u"."_s}));
    QCOMPARE(words(u"It was a."_s), (QStringList {u"It"_s, u"was"_s, u"a"_s, u"."_s}));
    // A state after a city keeps its period; an abbreviation or a word with a period before a
    // hyphen is one hyphenated word, as the corpora the recogniser learns from write them.
    QCOMPARE(words(u"TARVIK, Calif. 1998-03-02"_s),
        (QStringList {u"TARVIK"_s, u","_s, u"Calif."_s, u"1998-03-02"_s}));
    QCOMPARE(words(u"a U.S.-led plan by a Tarvik, Wash.-based firm, not U.S. -led"_s),
        (QStringList {u"a"_s, u"U.S.-led"_s, u"plan"_s, u"by"_s, u"a"_s, u"Tarvik"_s, u","_s,
            u"Wash.-based"_s, u"firm"_s, u","_s, u"not"_s, u"U.S."_s, u"-"_s, u"led"_s}));
    QVERIFY(Tokenizer::isAbbreviation(u"Mrs"));
    QVERIFY(!Tokenizer::isAbbreviation(u"Veltria"));
    // A run of initials is one word however long, and keeps its letters when its last period
    // is missing or went to the end of the sentence.
    QCOMPARE(words(u"The V.F.L. and the O.S.M.A. met in the U.S, then the U.S ."_s),
        (QStringList {u"The"_s, u"V.F.L."_s, u"and"_s, u"the"_s, u"O.S.M.A."_s, u"met"_s, u"in"_s,
            u"the"_s, u"U.S"_s, u","_s, u"then"_s, u"the"_s, u"U.S"_s, u"."_s}));
    QCOMPARE(words(u"J.R.Osmark and J.Rask"_s),
        (QStringList {u"J.R."_s, u"Osmark"_s, u"and"_s, u"J."_s, u"Rask"_s}));
}

void TestTokenizer::possessivesAndContractions()
{
    // A dollar written with its country's capitals is one currency token, the sum another.
    QCOMPARE(words(u"Osmark paid HK$ 40 and A$5, US $ 3, us$ 2"_s),
        (QStringList {u"Osmark"_s, u"paid"_s, u"HK$"_s, u"40"_s, u"and"_s, u"A$"_s, u"5"_s, u","_s,
            u"US"_s, u"$"_s, u"3"_s, u","_s, u"us"_s, u"$"_s, u"2"_s}));
    QCOMPARE(words(u"Osmark's plan"_s), (QStringList {u"Osmark"_s, u"'s"_s, u"plan"_s}));
    QCOMPARE(words(u"Osmark’s plan"_s), (QStringList {u"Osmark"_s, u"’s"_s, u"plan"_s}));
    QCOMPARE(words(u"We don't know, they're sure, I'm not, can't"_s),
        (QStringList {u"We"_s, u"do"_s, u"n't"_s, u"know"_s, u","_s, u"they"_s, u"'re"_s, u"sure"_s,
            u","_s, u"I"_s, u"'m"_s, u"not"_s, u","_s, u"ca"_s, u"n't"_s}));
    QCOMPARE(words(u"O'Brien in Côte d'Ivoire"_s),
        (QStringList {u"O'Brien"_s, u"in"_s, u"Côte"_s, u"d'Ivoire"_s}));
    // Text tokenised before ("Osmark 's") keeps its clitic whole; a quote mark does not.
    QCOMPARE(words(u"Osmark 's plan , they 're sure , 'sorry' 's"_s),
        (QStringList {u"Osmark"_s, u"'s"_s, u"plan"_s, u","_s, u"they"_s, u"'re"_s, u"sure"_s,
            u","_s, u"'"_s, u"sorry"_s, u"'"_s, u"'"_s, u"s"_s}));
    QCOMPARE(words(u"Osmark Corp.'s plan, Tiller Inc. 's"_s),
        (QStringList {
            u"Osmark"_s, u"Corp."_s, u"'s"_s, u"plan"_s, u","_s, u"Tiller"_s, u"Inc."_s, u"'s"_s}));
    QCOMPARE(words(u"the ministers' view"_s),
        (QStringList {u"the"_s, u"ministers"_s, u"'"_s, u"view"_s}));
}

void TestTokenizer::hyphensAndDashes()
{
    QCOMPARE(words(u"a well-known pro-Veltria group—and more – or -- less - yes"_s),
        (QStringList {u"a"_s, u"well-known"_s, u"pro-Veltria"_s, u"group"_s, u"—"_s, u"and"_s,
            u"more"_s, u"–"_s, u"or"_s, u"--"_s, u"less"_s, u"-"_s, u"yes"_s}));
    QCOMPARE(words(u"AT&T and S&P"_s), (QStringList {u"AT&T"_s, u"and"_s, u"S&P"_s}));
}

void TestTokenizer::numbers()
{
    QCOMPARE(words(u"It rose 3.5% to $1,200.50 on 1996-08-22 at 10:30, won 3-1 in the 1990s."_s),
        (QStringList {u"It"_s, u"rose"_s, u"3.5%"_s, u"to"_s, u"$"_s, u"1,200.50"_s, u"on"_s,
            u"1996-08-22"_s, u"at"_s, u"10:30"_s, u","_s, u"won"_s, u"3-1"_s, u"in"_s, u"the"_s,
            u"1990s"_s, u"."_s}));
    QCOMPARE(words(u"Version 2. Then"_s), (QStringList {u"Version"_s, u"2"_s, u"."_s, u"Then"_s}));
    // The number of a list item opening its line keeps its period, as the corpora write it.
    QCOMPARE(words(u"1. Ardelan 54\n 12. Marrow\n3.5 and 4.\n"_s),
        (QStringList {u"1."_s, u"Ardelan"_s, u"54"_s, u"12."_s, u"Marrow"_s, u"3.5"_s, u"and"_s,
            u"4"_s, u"."_s}));
}

void TestTokenizer::quotes()
{
    QCOMPARE(words(u"“Yes,” she said. \"No\" and ‘maybe’ «oui»"_s),
        (QStringList {u"“"_s, u"Yes"_s, u","_s, u"”"_s, u"she"_s, u"said"_s, u"."_s, u"\""_s,
            u"No"_s, u"\""_s, u"and"_s, u"‘"_s, u"maybe"_s, u"’"_s, u"«"_s, u"oui"_s, u"»"_s}));
    QCOMPARE(words(u"'Hello'"_s), (QStringList {u"'"_s, u"Hello"_s, u"'"_s}));
    QCOMPARE(words(u"Wait... what…"_s), (QStringList {u"Wait"_s, u"..."_s, u"what"_s, u"…"_s}));
}

void TestTokenizer::urlsAndEmails()
{
    QCOMPARE(
        words(
            u"See https://example.org/a?b=1&c=2. Mail ilse.marrow@veltria.gov, or www.veltria.gov!"_s),
        (QStringList {u"See"_s, u"https://example.org/a?b=1&c=2"_s, u"."_s, u"Mail"_s,
            u"ilse.marrow@veltria.gov"_s, u","_s, u"or"_s, u"www.veltria.gov"_s, u"!"_s}));
    QCOMPARE(words(u"at@ home"_s), (QStringList {u"at"_s, u"@"_s, u"home"_s}));
    // Each '@' is looked for once, ahead of the words: one that starts no address, then two
    // addresses apart, then prefixes in capitals.
    QCOMPARE(words(u"Reach @varn desk or Tomas.Brel@lakevarn.org and then ana@brel.net; "
                   u"HTTP://Varn.org/x and WWW.Brel.net"_s),
        (QStringList {u"Reach"_s, u"@"_s, u"varn"_s, u"desk"_s, u"or"_s,
            u"Tomas.Brel@lakevarn.org"_s, u"and"_s, u"then"_s, u"ana@brel.net"_s, u";"_s,
            u"HTTP://Varn.org/x"_s, u"and"_s, u"WWW.Brel.net"_s}));
    QCOMPARE(words(u"ana@brel.net"_s), (QStringList {u"ana@brel.net"_s}));
    QCOMPARE(words(u"hello world"_s), (QStringList {u"hello"_s, u"world"_s}));
}

void TestTokenizer::kinds()
{
    const QString text = u"Veltria 42 , € x"_s;
    const QList<Token> tokens = Tokenizer::tokenize(text);
    QCOMPARE(tokens[0].kind, TokenKind::Word);
    QCOMPARE(tokens[1].kind, TokenKind::Number);
    QCOMPARE(tokens[2].kind, TokenKind::Punctuation);
    QCOMPARE(tokens[3].kind, TokenKind::Symbol);
}

void TestTokenizer::emptyAndSpaces()
{
    QVERIFY(Tokenizer::tokenize(QString()).isEmpty());
    QVERIFY(Tokenizer::tokenize(u" \n\t \u00A0\u200B "_s).isEmpty());
    QVERIFY(Tokenizer::splitSentences(QString(), {}).isEmpty());
    // Appending keeps what the buffer had.
    QList<Token> buffer {Token {0, 1, TokenKind::Word}};
    Tokenizer::tokenize(u"a b", &buffer);
    QCOMPARE(buffer.size(), 3);
}

void TestTokenizer::sentencesBasic()
{
    QCOMPARE(sentences(u"The talks ended. Veltria left! Why? Nobody knows"_s),
        (QStringList {u"The talks ended."_s, u"Veltria left!"_s, u"Why?"_s, u"Nobody knows"_s}));
    QCOMPARE(sentences(u"Really?! Yes."_s), (QStringList {u"Really?!"_s, u"Yes."_s}));
    QCOMPARE(sentences(u"It fell 3.5 percent. Then it rose."_s),
        (QStringList {u"It fell 3.5 percent."_s, u"Then it rose."_s}));
    // The number of a list item is part of its item, not a sentence of its own.
    QCOMPARE(sentences(u"Standings:\n1. Ardelan 54\n12. Marrow 40\nIt ended 3. Rask won."_s),
        (QStringList {u"Standings:"_s, u"1. Ardelan 54"_s, u"12. Marrow 40"_s, u"It ended 3."_s,
            u"Rask won."_s}));
}

void TestTokenizer::sentencesAbbreviations()
{
    QCOMPARE(sentences(u"Mr. Ardelan met Dr. Marrow in the U.S. capital. They spoke."_s),
        (QStringList {u"Mr. Ardelan met Dr. Marrow in the U.S. capital."_s, u"They spoke."_s}));
    QCOMPARE(sentences(u"Fruit, nuts, etc. The rest."_s),
        (QStringList {u"Fruit, nuts, etc."_s, u"The rest."_s}));
    QCOMPARE(sentences(u"J. R. Osmark spoke."_s), (QStringList {u"J. R. Osmark spoke."_s}));
}

void TestTokenizer::sentencesQuotes()
{
    QCOMPARE(sentences(u"“We will win.” The crowd cheered."_s),
        (QStringList {u"“We will win.”"_s, u"The crowd cheered."_s}));
    QCOMPARE(sentences(u"“Why?” he asked. \"Because.\" She left."_s),
        (QStringList {u"“Why?” he asked."_s, u"\"Because.\""_s, u"She left."_s}));
    QCOMPARE(sentences(u"He left (for good.) Then"_s),
        (QStringList {u"He left (for good.)"_s, u"Then"_s}));
}

void TestTokenizer::sentencesNewlines()
{
    QCOMPARE(sentences(u"Headline here\n\nFirst sentence\nwraps here. Second\nThird"_s),
        (QStringList {
            u"Headline here"_s, u"First sentence\nwraps here."_s, u"Second"_s, u"Third"_s}));
    QCOMPARE(sentences(u"one\n\nlower case after a blank line"_s),
        (QStringList {u"one"_s, u"lower case after a blank line"_s}));
    QCOMPARE(sentences(u"a\r\n\r\nb"_s), (QStringList {u"a"_s, u"b"_s}));
}

QTEST_APPLESS_MAIN(TestTokenizer)
#include "tst_tokenizer.moc"
