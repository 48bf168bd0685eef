// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenizer.h"

#include <array>
#include <string_view>

namespace Parallax {
namespace {

// ASCII classes come from a table; everything else asks QChar (a rare path in English news).
enum Class : quint8 { Space, Letter, Digit, Punct, Sym, Newline };

constexpr std::array<quint8, 128> makeAsciiTable()
{
    std::array<quint8, 128> t {};
    for (int c = 0; c < 128; ++c) {
        if (c == '\n' || c == '\r' || c == '\f' || c == '\v')
            t[c] = Newline;
        else if (c <= ' ' || c == 127)
            t[c] = Space;
        else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
            t[c] = Letter;
        else if (c >= '0' && c <= '9')
            t[c] = Digit;
        else if (c == '$' || c == '+' || c == '<' || c == '=' || c == '>' || c == '^' || c == '`'
            || c == '|' || c == '~')
            t[c] = Sym;
        else
            t[c] = Punct;
    }
    return t;
}
constexpr std::array<quint8, 128> kAscii = makeAsciiTable();

// A code point and its width in UTF-16 units.
struct CodePoint
{
    char32_t value;
    int width;
};

inline CodePoint codePointAt(QStringView s, qsizetype i)
{
    const char16_t c = s[i].unicode();
    if (QChar::isHighSurrogate(c) && i + 1 < s.size() && QChar::isLowSurrogate(s[i + 1].unicode()))
        return {QChar::surrogateToUcs4(c, s[i + 1].unicode()), 2};
    return {c, 1};
}

Class classOf(char32_t c)
{
    if (c < 128)
        return Class(kAscii[c]);
    if (c == 0x2028 || c == 0x2029 || c == 0x85)
        return Newline;
    switch (QChar::category(c)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return Letter;
    case QChar::Number_DecimalDigit:
        return Digit;
    case QChar::Number_Letter:
    case QChar::Number_Other:
        return Letter;
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
    case QChar::Other_Control:
    case QChar::Other_Format: // zero-width spaces, byte order marks, soft hyphens
        return Space;
    case QChar::Symbol_Math:
    case QChar::Symbol_Currency:
    case QChar::Symbol_Modifier:
    case QChar::Symbol_Other:
        return Sym;
    default:
        return Punct;
    }
}

inline Class classAt(QStringView s, qsizetype i)
{
    const char16_t c = s[i].unicode();
    if (c < 128)
        return Class(kAscii[c]);
    return classOf(codePointAt(s, i).value);
}

inline bool isWordChar(QStringView s, qsizetype i)
{
    if (i >= s.size())
        return false;
    const Class c = classAt(s, i);
    return c == Letter || c == Digit;
}

inline bool isLetterAt(QStringView s, qsizetype i)
{
    return i < s.size() && classAt(s, i) == Letter;
}

inline bool isDigitAt(QStringView s, qsizetype i)
{
    return i < s.size() && classAt(s, i) == Digit;
}

inline bool isApostrophe(char16_t c)
{
    return c == u'\'' || c == u'\u2019';
}

inline bool isHyphen(char16_t c)
{
    return c == u'-' || c == u'\u2010' || c == u'\u2011';
}

inline char16_t lower(char16_t c)
{
    return (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c;
}

// Clitics split off in the Penn Treebank way; returns the clitic's length after the apostrophe
// when the apostrophe at i starts one ("'s", "'re", ...), else 0.
int cliticAfter(QStringView s, qsizetype i)
{
    static constexpr std::u16string_view kClitics[] = {u"s", u"m", u"d", u"ll", u"re", u"ve"};
    for (const std::u16string_view clitic : kClitics) {
        const qsizetype n = qsizetype(clitic.size());
        if (i + 1 + n > s.size())
            continue;
        bool match = true;
        for (qsizetype k = 0; k < n && match; ++k)
            match = lower(s[i + 1 + k].unicode()) == clitic[size_t(k)];
        if (match && !isWordChar(s, i + 1 + n))
            return int(n);
    }
    return 0;
}

// "n't" at i ("don't" -> "do" "n't")?
bool isNegation(QStringView s, qsizetype i)
{
    return i + 2 < s.size() && lower(s[i].unicode()) == u'n' && isApostrophe(s[i + 1].unicode())
        && lower(s[i + 2].unicode()) == u't' && !isWordChar(s, i + 3);
}

constexpr std::u16string_view kTitles[] = {u"Adm", u"Capt", u"Cmdr", u"Col", u"Dr", u"Fr", u"Ft",
    u"Gen", u"Gov", u"Hon", u"Lt", u"Maj", u"Messrs", u"Mme", u"Mr", u"Mrs", u"Ms", u"Mt", u"Pres",
    u"Prof", u"Rep", u"Rev", u"Sen", u"Sgt", u"St", u"Supt"};
constexpr std::u16string_view kOtherAbbreviations[]
    = {u"Apr", u"Aug", u"Ave", u"Blvd", u"Bros", u"Co", u"Corp", u"Dec", u"Dept", u"Feb", u"Inc",
        u"Jan", u"Jr", u"Jul", u"Jun", u"Ltd", u"Mar", u"No", u"Nov", u"Oct", u"Plc", u"Rd", u"Sep",
        u"Sept", u"Sr", u"Univ", u"al", u"approx", u"cf", u"etc", u"vs",
        // US states as the AP writes them after a city ("Irvine, Calif."); two-letter ones
        // and those that are common words ("Wash.", "Miss.", "Mass.") are left out
        u"Ala", u"Ariz", u"Ark", u"Calif", u"Colo", u"Conn", u"Fla", u"Kan", u"Mich", u"Minn",
        u"Neb", u"Nev", u"Okla", u"Tenn", u"Wis", u"Wisc", u"Wyo"};

bool inList(QStringView word, const auto &list)
{
    const std::u16string_view w(word.utf16(), size_t(word.size()));
    for (const std::u16string_view entry : list) {
        if (entry == w)
            return true;
    }
    return false;
}

// End of a URL or e-mail address starting at i, or -1. Only plain ASCII forms are recognised.
// nextAt: the position of the first '@' after i, or -1 when there is none.
qsizetype addressEnd(QStringView s, qsizetype i, qsizetype nextAt)
{
    const qsizetype n = s.size();
    auto startsWith = [&](std::u16string_view p) {
        if (i + qsizetype(p.size()) > n)
            return false;
        for (size_t k = 0; k < p.size(); ++k) {
            if (lower(s[i + qsizetype(k)].unicode()) != p[k])
                return false;
        }
        return true;
    };
    auto trimmedEnd = [&](qsizetype end) {
        while (end > i) {
            const char16_t c = s[end - 1].unicode();
            if (c == u'.' || c == u',' || c == u';' || c == u':' || c == u'!' || c == u'?'
                || c == u')' || c == u']' || c == u'"' || c == u'\'' || c == u'>')
                --end;
            else
                break;
        }
        return end;
    };
    auto untilSpace = [&] {
        qsizetype j = i;
        while (j < n) {
            const char16_t c = s[j].unicode();
            if (c >= 128 || kAscii[c] == Space || kAscii[c] == Newline)
                break;
            ++j;
        }
        return j;
    };
    static constexpr std::u16string_view kHttp = u"http://";
    static constexpr std::u16string_view kHttps = u"https://";
    static constexpr std::u16string_view kWww = u"www.";
    const char16_t first = lower(s[i].unicode());
    if ((first == u'h' && (startsWith(kHttp) || startsWith(kHttps)))
        || (first == u'w' && startsWith(kWww)))
        return trimmedEnd(untilSpace());
    if (nextAt < 0)
        return -1; // no e-mail address without an '@'
    // name@domain.tld: scan the characters an address may have, then check its shape.
    qsizetype j = i;
    qsizetype at = -1;
    bool dotAfterAt = false;
    while (j < n) {
        const char16_t c = s[j].unicode();
        if (c >= 128)
            break;
        const Class cls = Class(kAscii[c]);
        if (cls == Letter || cls == Digit || c == u'.' || c == u'_' || c == u'-' || c == u'+'
            || c == u'%') {
            if (c == u'.' && at >= 0)
                dotAfterAt = true;
        } else if (c == u'@' && at < 0) {
            at = j;
        } else {
            break;
        }
        ++j;
    }
    if (at <= i || !dotAfterAt)
        return -1;
    const qsizetype end = trimmedEnd(j);
    return end > at + 2 && s.mid(at, end - at).contains(u'.') ? end : -1;
}

class Scanner
{
public:
    Scanner(QStringView text, QList<Token> *out)
        : m_s(text)
        , m_out(out)
    { }

    void run()
    {
        const qsizetype n = m_s.size();
        qsizetype i = 0;
        while (i < n) {
            const char16_t c = m_s[i].unicode();
            const Class cls = c < 128 ? Class(kAscii[c]) : classOf(codePointAt(m_s, i).value);
            switch (cls) {
            case Space:
            case Newline:
                ++i;
                break;
            case Letter:
                i = word(i);
                break;
            case Digit:
                i = number(i);
                break;
            case Punct:
                i = punctuation(i);
                break;
            case Sym:
                i = symbol(i);
                break;
            }
        }
    }

private:
    void emitToken(qsizetype start, qsizetype end, TokenKind kind)
    {
        m_out->append(Token {qint32(start), qint32(end), kind});
    }

    qsizetype word(qsizetype start)
    {
        const qsizetype n = m_s.size();
        if (m_s[start].unicode() < 128) {
            if (const qsizetype end = addressEnd(m_s, start, nextAt(start)); end > start) {
                emitToken(start, end, TokenKind::Word);
                return end;
            }
        }
        qsizetype i = start;
        bool dashed = false;
        for (;;) {
            while (i < n && isWordChar(m_s, i)) {
                if (isNegation(m_s, i) && i > start) {
                    emitToken(start, i, TokenKind::Word); // "do" of "don't"
                    emitToken(i, i + 3, TokenKind::Word);
                    return i + 3;
                }
                i += codePointAt(m_s, i).width;
            }
            if (i >= n)
                break;
            const char16_t c = m_s[i].unicode();
            if (isHyphen(c) && isWordChar(m_s, i + 1)) {
                dashed = true;
                ++i;
                continue;
            }
            if (isApostrophe(c) && isLetterAt(m_s, i + 1)) {
                if (cliticAfter(m_s, i) > 0)
                    break; // "Osmark" then "'s" as the next token
                ++i; // O'Brien, d'Ivoire
                continue;
            }
            if (c == u'&' && i + 1 < n && m_s[i - 1].isUpper() && m_s[i + 1].isUpper()) {
                ++i; // AT&T, S&P
                continue;
            }
            if (c == u'.' && isHyphen(charAt(i + 1)) && isWordChar(m_s, i + 2)) {
                dashed = true; // "U.S.-led", "Calif.-based": one hyphenated word
                i += 2;
                continue;
            }
            if (c == u'$' && currencyPrefix(start, i)) {
                i += 1; // "US$", "HK$", "A$": the currency, one token
                break;
            }
            if (c == u'.' && !dashed) {
                i = abbreviationEnd(start, i);
                if (i > start && m_s[i - 1] == u'.' && isHyphen(charAt(i))
                    && isWordChar(m_s, i + 1)) {
                    dashed = true; // "U.S.-led"
                    ++i;
                    continue;
                }
            }
            break;
        }
        emitToken(start, i, TokenKind::Word);
        return i;
    }

    char16_t charAt(qsizetype i) const { return i < m_s.size() ? m_s[i].unicode() : u'\0'; }

    // [start, dollar) is one to three ASCII capitals ("US", "HK", "A"), written before "$"
    // as the country of a dollar.
    bool currencyPrefix(qsizetype start, qsizetype dollar) const
    {
        if (dollar - start > 3)
            return false;
        for (qsizetype k = start; k < dollar; ++k) {
            if (m_s[k] < u'A' || m_s[k] > u'Z')
                return false;
        }
        return true;
    }

    // The word [start, dot) is followed by a period at dot: where does the token end?
    qsizetype abbreviationEnd(qsizetype start, qsizetype dot)
    {
        const qsizetype n = m_s.size();
        if (dot - start == 1) {
            // Initials and letter-dot runs: "J.", "U.S.", "e.g.", "U.S.A.", "F.B.I."
            qsizetype i = dot + 1;
            while (i + 1 < n && isLetterAt(m_s, i) && m_s[i + 1] == u'.'
                && codePointAt(m_s, i).width == 1)
                i += 2;
            // A run of capitals whose last period is missing ("the U.S, Osmark") or went to the
            // end of the sentence ("in the U.S ."): its last letter stands alone.
            if (m_s[start].isUpper() && i > dot && i < n && m_s[i].isUpper()
                && codePointAt(m_s, i).width == 1 && !isWordChar(m_s, i + 1)
                && (i + 1 == n || m_s[i + 1] != u'.'))
                return i + 1;
            if (i > dot + 1 || m_s[start].isUpper())
                return i;
            return dot;
        }
        const QStringView w = m_s.mid(start, dot - start);
        if (w.size() <= 6 && (inList(w, kTitles) || inList(w, kOtherAbbreviations)))
            return dot + 1;
        return dot;
    }

    qsizetype number(qsizetype start)
    {
        const qsizetype n = m_s.size();
        qsizetype i = start;
        for (;;) {
            while (i < n && isWordChar(m_s, i))
                i += codePointAt(m_s, i).width; // digits, and letters as in 1990s, 3rd, 5km
            if (i + 1 < n) {
                const char16_t c = m_s[i].unicode();
                if ((c == u'.' || c == u',' || c == u':' || c == u'/' || isHyphen(c))
                    && isDigitAt(m_s, i + 1)) {
                    ++i;
                    continue;
                }
            }
            break;
        }
        if (i < n && m_s[i] == u'%')
            ++i;
        else if (i - start <= 3 && i + 1 < n && m_s[i] == u'.'
            && (m_s[i + 1] == u' ' || m_s[i + 1] == u'\t') && opensLine(start)
            && isDigits(start, i))
            ++i; // a list item's number keeps its period ("2. Ardelan 54"), not ending a sentence
        emitToken(start, i, TokenKind::Number);
        return i;
    }

    // Does a word or an abbreviation's period end right before i, or before one space at i - 1?
    bool followsWord(qsizetype i) const
    {
        qsizetype before = i - 1;
        if (before >= 0 && m_s[before] == u' ')
            --before;
        if (before < 0)
            return false;
        return isWordChar(m_s, before)
            || (m_s[before] == u'.' && before > 0 && isWordChar(m_s, before - 1));
    }

    // Only spaces or tabs between the line's start and i?
    bool opensLine(qsizetype i) const
    {
        while (i > 0 && (m_s[i - 1] == u' ' || m_s[i - 1] == u'\t'))
            --i;
        return i == 0 || classAt(m_s, i - 1) == Newline;
    }

    bool isDigits(qsizetype start, qsizetype end) const
    {
        for (qsizetype k = start; k < end; ++k) {
            if (m_s[k] < u'0' || m_s[k] > u'9')
                return false;
        }
        return true;
    }

    qsizetype punctuation(qsizetype start)
    {
        const qsizetype n = m_s.size();
        const char16_t c = m_s[start].unicode();
        qsizetype end = start + 1;
        // A clitic right after its word or an abbreviation's period ("Osmark Corp.'s"), or
        // after one space as text that was tokenised once writes it ("Osmark 's").
        if (isApostrophe(c) && followsWord(start)) {
            if (const int len = cliticAfter(m_s, start); len > 0) {
                emitToken(start, start + 1 + len, TokenKind::Word);
                return start + 1 + len;
            }
        }
        if (c == u'.' || c == u'-' || c == u'!' || c == u'?') {
            while (end < n && m_s[end] == c)
                ++end; // "...", "--", "!!!"
        }
        emitToken(start, end, TokenKind::Punctuation);
        return end;
    }

    qsizetype symbol(qsizetype start)
    {
        const qsizetype n = m_s.size();
        CodePoint cp = codePointAt(m_s, start);
        qsizetype i = start + cp.width;
        const bool regional = cp.value >= 0x1F1E6 && cp.value <= 0x1F1FF;
        int regionalCount = regional ? 1 : 0;
        // An emoji sequence (modifiers, variation selectors, keycaps, ZWJ joins, flag pairs)
        // is one token, as a reader sees one picture.
        while (i < n) {
            const CodePoint next = codePointAt(m_s, i);
            const char32_t v = next.value;
            if (v == 0xFE0F || v == 0xFE0E || v == 0x20E3 || (v >= 0x1F3FB && v <= 0x1F3FF)
                || (v >= 0xE0020 && v <= 0xE007F)) {
                i += next.width;
            } else if (v == 0x200D && i + 1 < n && classAt(m_s, i + 1) == Sym) {
                i += 1 + codePointAt(m_s, i + 1).width;
            } else if (regional && regionalCount == 1 && v >= 0x1F1E6 && v <= 0x1F1FF) {
                i += next.width;
                ++regionalCount;
            } else {
                break;
            }
        }
        emitToken(start, i, TokenKind::Symbol);
        return i;
    }

    // The first '@' after start, or -1; each part of the text is searched once.
    qsizetype nextAt(qsizetype start)
    {
        if (m_nextAt != -1 && m_nextAt <= start)
            m_nextAt = m_s.indexOf(u'@', start + 1);
        return m_nextAt;
    }

    QStringView m_s;
    QList<Token> *m_out;
    qsizetype m_nextAt = -2; // -2: not searched yet
};

bool isClosing(QStringView t)
{
    if (t.size() != 1)
        return false;
    const char16_t c = t[0].unicode();
    return c == u')' || c == u']' || c == u'}' || c == u'"' || c == u'\'' || c == u'\u201D'
        || c == u'\u2019' || c == u'\u00BB' || c == u'\u203A';
}

bool isTerminator(QStringView t)
{
    const char16_t c = t[0].unicode();
    return c == u'.' || c == u'!' || c == u'?' || c == u'\u2026' || c == u'\u203C' || c == u'\u2047'
        || c == u'\u2048' || c == u'\u2049';
}

bool startsLowerCase(QStringView t)
{
    return !t.isEmpty() && t[0].isLower();
}

// Line breaks between two tokens: 0, 1, or 2 for a paragraph break.
int lineBreaks(QStringView gap)
{
    int breaks = 0;
    for (qsizetype i = 0; i < gap.size(); ++i) {
        const char16_t c = gap[i].unicode();
        if (c == u'\n' || c == u'\u2029' || c == u'\u2028'
            || (c == u'\r' && (i + 1 == gap.size() || gap[i + 1] != u'\n')))
            ++breaks;
        if (breaks >= 2)
            return 2;
    }
    return breaks;
}

} // namespace

void Tokenizer::tokenize(QStringView text, QList<Token> *out)
{
    out->reserve(out->size() + text.size() / 5 + 1);
    Scanner(text, out).run();
}

QList<Token> Tokenizer::tokenize(QStringView text)
{
    QList<Token> tokens;
    tokenize(text, &tokens);
    return tokens;
}

bool Tokenizer::isAbbreviation(QStringView word)
{
    return word.size() <= 6 && (inList(word, kTitles) || inList(word, kOtherAbbreviations));
}

void Tokenizer::splitSentences(QStringView text, const QList<Token> &tokens, QList<Sentence> *out)
{
    const qint32 n = qint32(tokens.size());
    qint32 start = 0;
    auto close = [&](qint32 end) {
        if (end > start)
            out->append(Sentence {start, end});
        start = end;
    };
    for (qint32 i = 0; i < n; ++i) {
        if (i > start) {
            const int breaks
                = lineBreaks(text.mid(tokens[i - 1].end, tokens[i].start - tokens[i - 1].end));
            if (breaks == 2 || (breaks == 1 && !startsLowerCase(tokens[i].text(text))))
                close(i);
        }
        const Token &t = tokens[i];
        const QStringView word = t.text(text);
        bool ends = t.kind == TokenKind::Punctuation && isTerminator(word);
        if (!ends && t.kind == TokenKind::Word && word.endsWith(u'.') && word.size() > 1) {
            // Only "etc." of the abbreviations is usually sentence-final; titles never are.
            ends = word == u"etc.";
        }
        if (!ends)
            continue;
        qint32 end = i + 1;
        // Further terminators and closing quotes or brackets belong to this sentence.
        while (end < n) {
            const QStringView next = tokens[end].text(text);
            const bool attached = tokens[end].start == tokens[end - 1].end;
            if (tokens[end].kind == TokenKind::Punctuation
                && (isTerminator(next) || (isClosing(next) && (attached || next[0] == u')'))))
                ++end;
            else
                break;
        }
        if (end < n) {
            const Token &next = tokens[end];
            const QStringView nextText = next.text(text);
            // A lower-case word, a comma and the like continue the sentence: “Why?” he asked.
            if (startsLowerCase(nextText)
                || (next.kind == TokenKind::Punctuation && nextText.size() == 1
                    && (nextText[0] == u',' || nextText[0] == u';' || nextText[0] == u':'))) {
                i = end - 1;
                continue;
            }
        }
        close(end);
        i = end - 1;
    }
    close(n);
}

QList<Sentence> Tokenizer::splitSentences(QStringView text, const QList<Token> &tokens)
{
    QList<Sentence> sentences;
    splitSentences(text, tokens, &sentences);
    return sentences;
}

} // namespace Parallax
