// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotator.h"

#include "annotate/ner/nermodel.h"
#include "annotate/quotes/quoteextractor.h"
#include "annotate/temporal/temporaltagger.h"

#include <QMutex>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parallax {

namespace {

// Where a sign-off line at the end of the text starts, or -1: a line of its own, after a blank
// line or a line that ends a sentence, of one to three capitalised words and nothing else (no
// digits, no punctuation: "Tomas\nArdelan." ends a sentence, "led by\nTomas Ardelan" a line).
qsizetype signOffStart(QStringView text)
{
    qsizetype end = text.size();
    while (end > 0 && text[end - 1].isSpace())
        --end;
    const qsizetype start = text.lastIndexOf(u'\n', end - 1) + 1;
    if (start <= 0 || end - start > 40)
        return -1;
    qsizetype before = start - 1; // the newline before the line
    while (before > 0 && text[before - 1].isSpace() && text[before - 1] != u'\n')
        --before;
    if (before <= 0)
        return -1;
    const QChar last = text[before - 1];
    if (last != u'\n' && !QStringView(u".!?\"\u201D\u2019)").contains(last))
        return -1;
    const QStringView line = text.mid(start, end - start).trimmed();
    const QList<QStringView> words = line.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty() || words.size() > 3)
        return -1;
    for (const QStringView w : words) {
        if (!w.front().isUpper())
            return -1;
        for (const QChar c : w) {
            if (!c.isLetter() && c != u'-' && c != u'\'' && c != u'\u2019')
                return -1;
        }
    }
    return start;
}

} // namespace

QString Annotator::version()
{
    // 1.1: speakers by the learned source model; 1.2: word clusters; 1.3: a sign-off line is no
    // mention, company names keep a first word that is also a title, the source model retrained;
    // 1.4: relative and possessive sources, cues right after a quote, the source model retrained.
    // 1.5: a trailer after a question or an exclamation ("'Q?' Marrow went on, ..."), the source
    // model retrained; 1.6: a participle cue that opens the sentence speaks for the subject after
    // its clause ("Declaring it 'a shame,' the minister ..."); 1.7: a quantifier standing alone
    // is a source candidate ("Another said", "'Q,' read one"), whether a candidate stands in the
    // quote's paragraph is a feature, the source model retrained; 1.8: a text after "according
    // to" is no speaker, its holder is ("a copy seen by the Ledger"), the source model retrained;
    // 1.9: the source model retrained with a margin (train-speakers --margin, default 3), the
    // window of a quote with no cue reaching past a run of quotes before it, and to the sentence
    // before for a quote after its sentence's first word or after a sentence of speech; 1.10: a
    // participle cue with no comma before it reports when a clause follows ("issued a statement
    // saying that ..."), a reported clause starts at its subject ("said she was sure that"),
    // "Overall, she said, CLAUSE" reports the clause, and an inverted speaker runs into no verb
    // ("Marrow, 69, said he had ..."), a speaker before an age and an appositive or before a
    // relative clause ("The official, who spoke ..., said"), two joined cues as two statements
    // ("admitted that A and said B"), the source model retrained; 1.11: "US$" is one token,
    // "U.S.-led" one hyphenated word, US states keep their period ("Calif."), the entity model
    // retrained on them; 1.12: the tokenizer keeps runs of initials of any length ("F.B.I."), a
    // run missing its last period ("U.S"), a clitic after a space ("Osmark 's") or after an
    // abbreviation's period ("Corp.'s") and a list item's number with its period ("2. Ardelan").
    return u"1.12"_s;
}

Annotator::Annotator(std::shared_ptr<const NerModel> model)
    : m_model(std::move(model))
    , m_tagger(std::make_unique<NerTagger>(*m_model))
{ }

Annotator::~Annotator() = default;

Result<std::shared_ptr<const NerModel>> Annotator::defaultModel()
{
    static QMutex mutex;
    static std::shared_ptr<const NerModel> loaded;
    const QMutexLocker locker(&mutex);
    if (loaded)
        return loaded;
    const QString path = NerModel::defaultPath();
    if (path.isEmpty())
        return Error {
            u"the entity model (ner-en.bin) was not found; set PARALLAX_MODEL_DIR to its folder"_s};
    auto model = NerModel::load(path);
    if (!model)
        return Error {model.error()};
    loaded = std::make_shared<const NerModel>(std::move(model).value());
    return loaded;
}

AnalyzedDocument Annotator::analyze(const QString &text, const QDate &published)
{
    AnalyzedDocument doc = prepare(text, published);
    link(&doc);
    return doc;
}

void Annotator::setDelta(const Ner::WeightDelta *delta)
{
    m_tagger->setDelta(delta);
}

QList<Ner::SpanConstraint> Annotator::constraints(
    QStringView text, const QList<Token> &tokens, const QList<EntityDecision> &decisions)
{
    QList<Ner::SpanConstraint> out;
    const auto word = [&](qsizetype i) {
        return text.mid(tokens[i].start, tokens[i].end - tokens[i].start);
    };
    for (const EntityDecision &d : decisions) {
        const auto first = std::partition_point(
            tokens.cbegin(), tokens.cend(), [&](const Token &t) { return t.end <= d.range.start; });
        auto last = first;
        while (last != tokens.cend() && last->start < d.range.end)
            ++last;
        if (first == last)
            continue;
        out.append(
            {qint32(first - tokens.cbegin()), qint32(last - tokens.cbegin()), d.type, d.rejected});
    }
    // A correction is a rejection and a name made on the same words: what the name is, not
    // what it is not, holds for the repeats, so kept spans spread first.
    std::stable_partition(
        out.begin(), out.end(), [](const Ner::SpanConstraint &c) { return !c.rejected; });
    // Decided token runs, so that a repeat never overrides a decision on its tokens.
    std::vector<bool> decided(size_t(tokens.size()), false);
    for (const Ner::SpanConstraint &c : std::as_const(out))
        std::fill(decided.begin() + c.tokenStart, decided.begin() + c.tokenEnd, true);
    const auto capitalised = [&](qsizetype i) {
        return i >= 0 && i < tokens.size() && tokens[i].kind == TokenKind::Word
            && word(i).front().isUpper();
    };
    const qsizetype direct = out.size();
    for (qsizetype k = 0; k < direct; ++k) {
        const Ner::SpanConstraint c = out[k];
        const int n = c.tokenEnd - c.tokenStart;
        for (qsizetype i = 0; i + n <= tokens.size(); ++i) {
            bool same = true;
            for (int j = 0; j < n && same; ++j)
                same = !decided[size_t(i + j)] && word(i + j) == word(c.tokenStart + j);
            if (!same || capitalised(i - 1) || capitalised(i + n))
                continue;
            out.append({qint32(i), qint32(i + n), c.type, c.rejected});
            std::fill(decided.begin() + i, decided.begin() + i + n, true);
        }
    }
    return out;
}

AnalyzedDocument Annotator::prepare(
    const QString &text, const QDate &published, const QList<EntityDecision> &decisions)
{
    AnalyzedDocument doc;
    doc.text = text;
    doc.published = published;
    tokenize(&doc);
    tagEntities(&doc, decisions);
    tagDates(&doc);
    extractQuotes(&doc);
    return doc;
}

QList<AnalyzedDocument> Annotator::prepare(const QList<Text> &texts)
{
    QList<AnalyzedDocument> docs(texts.size());
    for (qsizetype i = 0; i < texts.size(); ++i) {
        docs[i].text = texts[i].text;
        docs[i].published = texts[i].published;
        tokenize(&docs[i]);
    }
    for (AnalyzedDocument &doc : docs)
        tagEntities(&doc, {});
    for (AnalyzedDocument &doc : docs)
        tagDates(&doc);
    for (AnalyzedDocument &doc : docs)
        extractQuotes(&doc);
    return docs;
}

void Annotator::tokenize(AnalyzedDocument *doc)
{
    Tokenizer::tokenize(doc->text, &doc->tokens);
    Tokenizer::splitSentences(doc->text, doc->tokens, &doc->sentences);
}

void Annotator::tagEntities(AnalyzedDocument *doc, const QList<EntityDecision> &decisions)
{
    const QString &text = doc->text;
    m_spans.clear();
    if (decisions.isEmpty()) {
        m_tagger->tag(text, doc->tokens, doc->sentences, &m_spans);
    } else {
        const std::vector<quint32> masks = Ner::constraintMasks(
            constraints(text, doc->tokens, decisions), int(doc->tokens.size()));
        m_tagger->tag(text, doc->tokens, doc->sentences, &m_spans, &masks);
    }
    doc->mentions.reserve(m_spans.size());
    for (const EntitySpan &span : std::as_const(m_spans)) {
        EntityMention mention;
        mention.range = {doc->tokens[span.tokenStart].start, doc->tokens[span.tokenEnd - 1].end};
        mention.type = span.type;
        mention.confidence = span.confidence;
        doc->mentions.append(mention);
    }
    // A sign-off on the last line (the agency's "Reuter", "AP", a reporter's name) is no mention
    // of anyone in the story: across a wire archive it became one entity with a mention in
    // every article.
    if (const qsizetype signOff = signOffStart(text); signOff >= 0) {
        doc->mentions.removeIf(
            [signOff](const EntityMention &m) { return m.range.start >= signOff; });
    }
}

void Annotator::tagDates(AnalyzedDocument *doc)
{
    // Dates and times are the temporal tagger's: a month the recogniser took for a name goes.
    doc->temporals = TemporalTagger::tag(doc->text, doc->tokens, doc->sentences, doc->published);
    // One sweep over both, in text order (comparing every mention with every expression, and
    // removing one at a time, made a long document quadratic).
    QList<TextRange> dates;
    for (const TemporalExpression &t : std::as_const(doc->temporals)) {
        if (t.type == TemporalType::Date || t.type == TemporalType::Time)
            dates.append(t.range);
    }
    std::sort(dates.begin(), dates.end(),
        [](const TextRange &a, const TextRange &b) { return a.start < b.start; });
    // The furthest end among the expressions starting at or before each one: an expression that
    // starts earlier may still cover a mention that a later one does not.
    QList<qint32> reach(dates.size());
    for (qsizetype i = 0; i < dates.size(); ++i)
        reach[i] = std::max(dates[i].end, i > 0 ? reach[i - 1] : dates[i].end);
    qsizetype d = 0;
    doc->mentions.removeIf([&](const EntityMention &m) {
        while (d < dates.size() && dates[d].start <= m.range.start)
            ++d;
        // dates[0 .. d) start at or before the mention; one of them covers it when the
        // furthest of their ends reaches its end.
        return d > 0 && reach[d - 1] >= m.range.end;
    });
}

void Annotator::extractQuotes(AnalyzedDocument *doc)
{
    // The quotes use the mentions' places and types, not the entities they link to.
    doc->quotes = QuoteExtractor::extract(doc->text, doc->tokens, doc->sentences, doc->mentions);
}

void Annotator::link(AnalyzedDocument *doc)
{
    QStringList surfaces;
    surfaces.reserve(doc->mentions.size());
    for (const EntityMention &m : std::as_const(doc->mentions))
        surfaces.append(doc->text.mid(m.range.start, m.range.length()));
    m_linker.link(&doc->mentions, surfaces);
}

AnalyzedDocument Annotator::prepareOnThisThread(const std::shared_ptr<const NerModel> &model,
    const QString &text, const QDate &published, const Ner::WeightDelta *delta,
    const QList<EntityDecision> &decisions)
{
    thread_local std::unique_ptr<Annotator> annotator;
    if (!annotator || annotator->m_model != model)
        annotator = std::make_unique<Annotator>(model);
    annotator->setDelta(delta);
    return annotator->prepare(text, published, decisions);
}

} // namespace Parallax
