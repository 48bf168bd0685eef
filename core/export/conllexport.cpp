// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "conllexport.h"

#include "annotate/tokenizer.h"
#include "util/textoffsets.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parallax::ConllExport {
namespace {

struct Span
{
    qsizetype start = 0; // UTF-16
    qsizetype end = 0;
    QString tag;
    bool isName = false;
};

// The spans BIO can carry: no two overlap.
QList<Span> spansOf(const ExportedArticle &article, int *dropped)
{
    const CodePointMap map(article.article.body);
    QList<Span> candidates;
    for (const ExportedAnnotation &e : article.annotations) {
        const Annotation &a = e.annotation;
        const QString tag = a.kind == AnnotationKind::Entity ? tagFor(a.label) : QString();
        if (tag.isEmpty() || a.span.end <= a.span.start)
            continue;
        candidates.append(Span {map.toUtf16(a.span.start), map.toUtf16(a.span.end), tag,
            ExportSelector::layerOf(a) == ExportLayer::Entities});
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const Span &x, const Span &y) {
        if (x.isName != y.isName)
            return x.isName;
        if (x.end - x.start != y.end - y.start)
            return x.end - x.start > y.end - y.start;
        return x.start < y.start;
    });
    QList<Span> kept;
    for (const Span &s : std::as_const(candidates)) {
        const bool overlaps = std::any_of(kept.cbegin(), kept.cend(),
            [&s](const Span &k) { return s.start < k.end && k.start < s.end; });
        if (overlaps) {
            if (dropped)
                ++*dropped;
            continue;
        }
        kept.append(s);
    }
    std::sort(
        kept.begin(), kept.end(), [](const Span &x, const Span &y) { return x.start < y.start; });
    return kept;
}

QString tokenText(QStringView text)
{
    QString out = text.toString();
    for (QChar &c : out) {
        if (c.isSpace())
            c = u'_'; // a token line has one space, before the tag
    }
    return out;
}

void writeArticle(const ExportedArticle &article, QString *out, int *dropped)
{
    const QString &text = article.article.body;
    const QList<Span> spans = spansOf(article, dropped);
    const QList<Token> tokens = Tokenizer::tokenize(text);
    const QList<Sentence> sentences = Tokenizer::splitSentences(text, tokens);

    // Where sentences end (UTF-16), except inside a span: a span stays in one sentence.
    QList<qsizetype> sentenceEnds;
    for (const Sentence &s : sentences) {
        if (s.size() == 0)
            continue;
        const qsizetype end = tokens.at(s.tokenEnd - 1).end;
        const bool inside = std::any_of(spans.cbegin(), spans.cend(),
            [end](const Span &sp) { return sp.start < end && end < sp.end; });
        if (!inside)
            sentenceEnds.append(end);
    }

    // Tokens cut where a span starts or ends inside one, so every span is whole tokens.
    QList<qsizetype> cuts;
    for (const Span &s : spans)
        cuts += {s.start, s.end};
    std::sort(cuts.begin(), cuts.end());
    QList<Token> pieces;
    for (const Token &t : tokens) {
        qint32 from = t.start;
        for (auto it = std::upper_bound(cuts.cbegin(), cuts.cend(), qsizetype(t.start));
             it != cuts.cend() && *it < t.end; ++it) {
            if (*it > from) {
                pieces.append(Token {from, qint32(*it), t.kind});
                from = qint32(*it);
            }
        }
        pieces.append(Token {from, t.end, t.kind});
    }

    *out += u"-DOCSTART- -X- -X- O\n\n"_s;
    qsizetype span = 0;
    qsizetype sentence = 0;
    bool lineWritten = false;
    for (const Token &t : std::as_const(pieces)) {
        while (sentence < sentenceEnds.size() && sentenceEnds.at(sentence) <= t.start) {
            if (lineWritten)
                *out += u'\n';
            lineWritten = false;
            ++sentence;
        }
        while (span < spans.size() && spans.at(span).end <= t.start)
            ++span;
        QString tag = u"O"_s;
        if (span < spans.size() && spans.at(span).start <= t.start && t.end <= spans.at(span).end)
            tag = (spans.at(span).start == t.start ? u"B-"_s : u"I-"_s) + spans.at(span).tag;
        *out += tokenText(t.text(text)) + u' ' + tag + u'\n';
        lineWritten = true;
    }
    if (lineWritten)
        *out += u'\n';
}

} // namespace

QString tagFor(const QString &label)
{
    if (label == "PERSON"_L1)
        return u"PER"_s;
    static const QStringList same {u"ORG"_s, u"LOC"_s, u"MISC"_s, u"DATE"_s, u"TIME"_s,
        u"DURATION"_s, u"SET"_s, u"MONEY"_s, u"PERCENT"_s};
    return same.contains(label) ? label : QString();
}

QString write(const ExportSelection &selection, int *dropped)
{
    QString out;
    for (const ExportedArticle &article : selection.articles)
        writeArticle(article, &out, dropped);
    return out;
}

} // namespace Parallax::ConllExport
