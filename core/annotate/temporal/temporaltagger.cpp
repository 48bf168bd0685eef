// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "temporaltagger.h"

#include "annotate/temporal/grammar.h"

namespace Parallax::TemporalTagger {

using namespace Parallax::Temporal;

namespace {

void tagSentence(Scan &s, QList<TemporalExpression> *out)
{
    s.future = futureSentence(s);
    s.contextDate.clear();
    int i = s.begin;
    while (i < s.end) {
        const Match m = matchAt(s, i);
        if (!m.isValid()) {
            ++i;
            continue;
        }
        TextRange range {s.tokens->at(m.begin).start, s.tokens->at(m.end - 1).end};
        // An abbreviation closing the sentence ("at 6 a.m.") has swallowed the full stop, which
        // TimeML leaves out of the expression.
        // The sentence splitter keeps going after "a.m." so look at what follows instead.
        const QStringView last = s.word(m.end - 1);
        if (last.size() > 1 && last.endsWith(u'.')
            && (m.end == s.end
                || (m.end < s.tokens->size()
                    && s.tokens->at(m.end).text(s.text).front().isUpper())))
            range.end -= 1;
        if (m.type == TemporalType::Date && m.value.size() == 10 && !m.value.startsWith(u'X'))
            s.contextDate = m.value;
        out->append(TemporalExpression {range, m.type, m.value, 1.0f});
        i = m.end;
    }
}

} // namespace

QList<TemporalExpression> tag(QStringView text, const QList<Token> &tokens,
    const QList<Sentence> &sentences, const QDate &anchor)
{
    QList<TemporalExpression> result;
    if (tokens.isEmpty())
        return result;
    // One lexicon lookup per word up front; the patterns then read flags from this table.
    QList<LexEntry> lex(tokens.size());
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token &t = tokens.at(i);
        if (t.kind == TokenKind::Word)
            lex[i] = lookup(t.text(text));
    }
    Scan s;
    s.text = text;
    s.tokens = &tokens;
    s.lex = &lex;
    s.anchor = anchor;
    if (sentences.isEmpty()) {
        s.begin = 0;
        s.end = qint32(tokens.size());
        tagSentence(s, &result);
        return result;
    }
    for (const Sentence &sentence : sentences) {
        s.begin = sentence.tokenStart;
        s.end = sentence.tokenEnd;
        tagSentence(s, &result);
    }
    return result;
}

} // namespace Parallax::TemporalTagger
