// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "context.h"

#include <algorithm>

namespace Parallax::Quotes {

void Document::prepare(QStringView t, const QList<Token> &toks, const QList<Sentence> &sents,
    const QList<EntityMention> &ments)
{
    text = t;
    tokens = &toks;
    sentences = &sents;
    mentions = &ments;
    const size_t n = size_t(toks.size());
    flags.assign(n, 0);
    hashes.resize(n);
    sentenceOf.assign(n, 0);
    paragraphOf.assign(n, 0);
    mentionAt.assign(n, -1);
    quoteAt.assign(n, -1);
    mentionTokenStart.assign(size_t(ments.size()), -1);
    mentionTokenEnd.assign(size_t(ments.size()), -1);

    qint32 paragraph = 0;
    for (size_t i = 0; i < n; ++i) {
        const Token &tok = toks[qsizetype(i)];
        hashes[i] = wordHash(tok.text(t));
        if (tok.kind == TokenKind::Word)
            flags[i] = hashFlags(hashes[i]);
        if (i > 0) {
            // A blank line between two tokens starts a paragraph.
            int newlines = 0;
            for (qint32 c = toks[qsizetype(i) - 1].end; c < tok.start && newlines < 2; ++c)
                newlines += t[c] == u'\n' ? 1 : 0;
            if (newlines >= 2)
                ++paragraph;
        }
        paragraphOf[i] = paragraph;
    }
    for (qsizetype s = 0; s < sents.size(); ++s) {
        for (qint32 i = sents[s].tokenStart; i < sents[s].tokenEnd && size_t(i) < n; ++i)
            sentenceOf[size_t(i)] = qint32(s);
    }
    // Mentions and tokens are both in text order: one merge pass.
    qint32 i = 0;
    for (qsizetype m = 0; m < ments.size(); ++m) {
        const TextRange r = ments[m].range;
        while (size_t(i) < n && toks[i].end <= r.start)
            ++i;
        if (size_t(i) >= n)
            break;
        qint32 j = i;
        while (size_t(j) < n && toks[j].start < r.end) {
            mentionAt[size_t(j)] = qint32(m);
            ++j;
        }
        if (j > i) {
            mentionTokenStart[size_t(m)] = i;
            mentionTokenEnd[size_t(m)] = j;
        }
    }
    lastMentionBefore.assign(n + 1, -1);
    int last = -1;
    size_t next = 0;
    for (size_t k = 0; k <= n; ++k) {
        while (next < mentionTokenEnd.size()
            && (mentionTokenEnd[next] < 0 || mentionTokenEnd[next] <= qint32(k))) {
            if (mentionTokenEnd[next] >= 0)
                last = int(next);
            ++next;
        }
        lastMentionBefore[k] = last;
    }
}

bool Document::isDash(qint32 i) const
{
    const Token &t = token(i);
    if (t.kind != TokenKind::Punctuation)
        return false;
    const char16_t c = text[t.start].unicode();
    return c == u'\u2014' || c == u'\u2013' || c == u'\u2015' || (c == u'-' && t.length() >= 2)
        || (c == u'-' && t.length() == 1 && i > 0 && token(i - 1).end < t.start);
}

namespace {

enum Family : quint8 {
    Double,
    Single,
    Low,
    LowSingle,
    Guillemet,
    Reversed,
    SingleGuillemet,
    ReversedSingle,
    Straight,
    StraightSingle,
    Swedish
};

struct Open
{
    Family family;
    qint32 token;
};

// Whether the closing character c ends a quote opened as family.
bool closes(Family family, char16_t c)
{
    switch (family) {
    case Double:
        return c == u'\u201D' || c == u'"';
    case Straight:
        return c == u'"' || c == u'\u201D';
    case Single:
    case StraightSingle:
        return c == u'\u2019' || c == u'\'';
    case Low:
        return c == u'\u201C' || c == u'\u201D';
    case LowSingle:
        return c == u'\u2018' || c == u'\u2019';
    case Guillemet:
        return c == u'\u00BB';
    case Reversed:
        return c == u'\u00AB';
    case SingleGuillemet:
        return c == u'\u203A';
    case ReversedSingle:
        return c == u'\u2039';
    case Swedish:
        return c == u'\u201D';
    }
    return false;
}

bool isQuoteChar(char16_t c)
{
    switch (c) {
    case u'"':
    case u'\'':
    case u'\u201C':
    case u'\u201D':
    case u'\u201E':
    case u'\u2018':
    case u'\u2019':
    case u'\u00AB':
    case u'\u00BB':
    case u'\u2039':
    case u'\u203A':
        return true;
    default:
        return false;
    }
}

bool isDoubleFamily(Family f)
{
    return f == Double || f == Straight || f == Low || f == Guillemet || f == Reversed
        || f == Swedish;
}

// Words that start with an apostrophe because letters were left out: 'n', '90s, 'em, 'til.
bool isElision(QStringView w)
{
    static constexpr std::u16string_view kElisions[]
        = {u"n", u"em", u"til", u"cause", u"tis", u"twas", u"bout", u"round", u"nuff", u"scuse"};
    const std::u16string_view v(w.utf16(), size_t(w.size()));
    for (const std::u16string_view e : kElisions) {
        if (e == v)
            return true;
    }
    return false;
}

class Scanner
{
public:
    Scanner(Document &doc, std::vector<MarkedQuote> *out)
        : m_doc(doc)
        , m_out(out)
    { }

    void run()
    {
        const qint32 n = m_doc.tokenCount();
        for (qint32 i = 0; i < n; ++i) {
            if (i > 0 && m_doc.paragraph(i) != m_doc.paragraph(i - 1) && m_depth > 0) {
                if (reopens(i))
                    continue; // the newspaper convention: no closing mark before the break
                emitQuote(i - 1, -1);
            }
            const Token &t = m_doc.token(i);
            if (t.kind != TokenKind::Punctuation || t.length() != 1)
                continue;
            const char16_t c = m_doc.text[t.start].unicode();
            if (isQuoteChar(c))
                mark(i, c);
        }
        if (m_depth > 0)
            emitQuote(n - 1, -1);
    }

private:
    static constexpr int kMaxDepth = 8;

    bool spaceBefore(qint32 i) const
    {
        if (i == 0 || m_doc.token(i - 1).end < m_doc.token(i).start)
            return true;
        const Token &p = m_doc.token(i - 1);
        if (p.kind != TokenKind::Punctuation)
            return false;
        const char16_t c = m_doc.text[p.start].unicode();
        return c == u'(' || c == u'[' || c == u'\u2014' || c == u'\u2013' || c == u'-'
            || c == u'\u201C' || c == u'\u2018' || c == u'"' || c == u'\'' || c == u'\u00AB'
            || c == u'\u201E';
    }

    bool spaceAfter(qint32 i) const
    {
        if (i + 1 >= m_doc.tokenCount() || m_doc.token(i + 1).start > m_doc.token(i).end)
            return true;
        const Token &nx = m_doc.token(i + 1);
        return nx.kind == TokenKind::Punctuation;
    }

    bool afterDigit(qint32 i) const
    {
        return i > 0 && m_doc.token(i - 1).end == m_doc.token(i).start
            && m_doc.token(i - 1).kind == TokenKind::Number;
    }

    bool beforeDigit(qint32 i) const
    {
        return i + 1 < m_doc.tokenCount() && m_doc.token(i + 1).start == m_doc.token(i).end
            && m_doc.token(i + 1).kind == TokenKind::Number;
    }

    int findOpen(char16_t c) const
    {
        for (int d = m_depth - 1; d >= 0; --d) {
            if (closes(m_stack[d].family, c))
                return d;
        }
        return -1;
    }

    bool doubleOpen() const
    {
        for (int d = 0; d < m_depth; ++d) {
            if (isDoubleFamily(m_stack[d].family))
                return true;
        }
        return false;
    }

    void push(Family f, qint32 i)
    {
        if (m_depth == 0)
            m_continued = false;
        if (m_depth < kMaxDepth)
            m_stack[m_depth++] = Open {f, i};
    }

    void close(int depth, qint32 i)
    {
        m_depth = depth;
        if (m_depth == 0)
            emitQuote(i, i);
    }

    void mark(qint32 i, char16_t c)
    {
        const bool before = spaceBefore(i);
        const bool after = spaceAfter(i);
        const bool opening = before && !after;
        const bool closing = !before && after;
        switch (c) {
        case u'"': {
            // Inch marks: 12" or 5'11" when no double quote is open to be closed.
            if (afterDigit(i) && (!doubleOpen() || beforeDigit(i)))
                return;
            const int d = findOpen(c);
            if (d >= 0 && !(opening && d != m_depth - 1))
                close(d, i);
            else if (!closing)
                push(Straight, i); // a stray closing mark opens nothing
            return;
        }
        case u'\'': {
            if (afterDigit(i))
                return; // feet, minutes
            const int d = findOpen(c);
            if (d >= 0 && !opening) {
                close(d, i);
                return;
            }
            if (!opening || i + 1 >= m_doc.tokenCount())
                return;
            const Token &nx = m_doc.token(i + 1);
            if (nx.kind != TokenKind::Word || isElision(nx.text(m_doc.text)))
                return;
            push(StraightSingle, i);
            return;
        }
        case u'\u201C': {
            const int d = findOpen(c);
            if (d >= 0 && m_stack[d].family == Low) {
                close(d, i);
            } else if (closing && m_depth > 0 && m_stack[m_depth - 1].family == Double) {
                close(m_depth - 1, i); // a typo'd closing mark
            } else {
                push(Double, i);
            }
            return;
        }
        case u'\u201D': {
            if (afterDigit(i) && !doubleOpen())
                return;
            const int d = findOpen(c);
            if (d >= 0)
                close(d, i);
            else if (opening)
                push(Swedish, i);
            return;
        }
        case u'\u201E':
            push(Low, i);
            return;
        case u'\u2018': {
            const int d = findOpen(c);
            if (d >= 0 && m_stack[d].family == LowSingle && !opening)
                close(d, i);
            else if (!(i + 1 < m_doc.tokenCount() && m_doc.token(i + 1).kind == TokenKind::Number))
                push(Single, i); // not '90s
            return;
        }
        case u'\u2019': {
            // Otherwise an apostrophe: the Osmarks' plan, rock 'n' roll.
            const int d = findOpen(c);
            if (d >= 0 && !opening)
                close(d, i);
            return;
        }
        case u'\u00AB': {
            const int d = findOpen(c);
            if (d >= 0)
                close(d, i);
            else
                push(Guillemet, i);
            return;
        }
        case u'\u00BB': {
            const int d = findOpen(c);
            if (d >= 0)
                close(d, i);
            else if (opening)
                push(Reversed, i);
            return;
        }
        case u'\u2039': {
            const int d = findOpen(c);
            if (d >= 0)
                close(d, i);
            else if (opening)
                push(SingleGuillemet, i);
            return;
        }
        case u'\u203A': {
            const int d = findOpen(c);
            if (d >= 0)
                close(d, i);
            else if (opening)
                push(ReversedSingle, i);
            return;
        }
        default:
            return;
        }
    }

    // An open quote at a paragraph break continues when the new paragraph opens with a mark of
    // the same kind.
    bool reopens(qint32 i)
    {
        const Token &t = m_doc.token(i);
        if (t.kind != TokenKind::Punctuation || t.length() != 1)
            return false;
        const char16_t c = m_doc.text[t.start].unicode();
        const Family outer = m_stack[0].family;
        bool same = false;
        if (isDoubleFamily(outer))
            same
                = c == u'"' || c == u'\u201C' || c == u'\u201E' || c == u'\u00AB' || c == u'\u00BB';
        else
            same = c == u'\'' || c == u'\u2018' || c == u'\u2039' || c == u'\u203A';
        if (!same)
            return false;
        m_depth = 1; // inner quotes left open end with their paragraph
        m_continued = true;
        return true;
    }

    void emitQuote(qint32 lastOrClose, qint32 closeToken)
    {
        MarkedQuote q;
        q.openToken = m_stack[0].token;
        q.closeToken = closeToken;
        q.firstToken = q.openToken + 1;
        q.lastToken = closeToken >= 0 ? closeToken : lastOrClose + 1;
        q.continued = m_continued;
        // "The talks will continue," she said: the comma is the reporter's, not the speaker's.
        while (
            closeToken >= 0 && q.lastToken > q.firstToken && m_doc.isPunct(q.lastToken - 1, u','))
            --q.lastToken;
        m_depth = 0;
        m_continued = false;
        if (q.lastToken <= q.firstToken)
            return;
        q.content = m_doc.range(q.firstToken, q.lastToken);
        const int index = int(m_out->size());
        const qint32 markEnd = closeToken >= 0 ? closeToken + 1 : q.lastToken;
        for (qint32 k = q.openToken; k < markEnd; ++k)
            m_doc.quoteAt[size_t(k)] = index;
        m_out->push_back(q);
    }

    Document &m_doc;
    std::vector<MarkedQuote> *m_out;
    Open m_stack[kMaxDepth] = {};
    int m_depth = 0;
    bool m_continued = false;
};

} // namespace

void findMarkedQuotes(Document &doc, std::vector<MarkedQuote> *out)
{
    out->clear();
    Scanner(doc, out).run();
}

// A name in quotation marks is no quote: the news agency "Nordpress", a group called
// "Citizens First". Its words are all capitalised and a noun for a body or a naming verb
// stands right before the mark.
bool isQuotedName(const Document &doc, const Quote &q)
{
    static const quint64 kThe = wordHash(u"the");
    static const quint64 kNaming[] = {wordHash(u"called"), wordHash(u"named"), wordHash(u"dubbed"),
        wordHash(u"titled"), wordHash(u"entitled")};
    if (q.kind != QuoteKind::Partial)
        return false;
    const auto &tokens = *doc.tokens;
    const auto first = std::lower_bound(tokens.begin(), tokens.end(), q.content.start,
        [](const Token &t, qint32 o) { return t.start < o; });
    qint32 i = qint32(first - tokens.begin());
    const qint32 open = i - 1;
    int words = 0;
    for (; i < doc.tokenCount() && doc.token(i).start < q.content.end; ++i) {
        const Token &t = doc.token(i);
        if (t.kind == TokenKind::Word) {
            if (!doc.isCapitalised(i) || ++words > 4)
                return false;
        } else if (t.kind != TokenKind::Number && !doc.isPunct(i, u'-') && !doc.isPunct(i, u'.')) {
            return false;
        }
    }
    qint32 before = open - 1;
    if (words == 0 || before < 0 || doc.inQuote(before))
        return false;
    if (doc.hash(before) == kThe && before > 0)
        --before;
    const quint64 h = doc.hash(before);
    return doc.has(before, SourceNoun)
        || std::find(std::begin(kNaming), std::end(kNaming), h) != std::end(kNaming);
}

} // namespace Parallax::Quotes
