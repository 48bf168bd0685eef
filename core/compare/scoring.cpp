// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring.h"

#include "compare/lexicon.h"
#include "compare/wordalign/diff.h"

#include <algorithm>
#include <cmath>

namespace Parallax::Compare {

namespace {

// The hand-set acceptance of compare-2 (docs/compare.md): the IDF-weighted Dice coefficient over
// content words, or containment of the smaller unit in the larger one (a truncated or spliced
// quote). It decides where no model does, and is one feature of the model.
constexpr double kMinDice = 0.45;
constexpr double kMinDiceLong = 0.35;
constexpr int kMinSharedLong = 6;
constexpr double kMinContainment = 0.8;
constexpr double kMinDiceContainedQuote = 0.15;
constexpr double kMinDiceContained = 0.25;
// What a related word earns of a match: a synonym and an adjective of the same cluster in Dice; a
// derived form and a hypernym only in the soft Dice feature.
constexpr double kSynonymCredit = 0.8;
constexpr double kClusterCredit = 0.6;
constexpr double kDerivedCredit = 0.6;
constexpr double kHypernymCredit = 0.4;
// A quote of at most this many words ("a 'reckless' plan") aligns only by containment in a
// longer quote, and only with a word that at most this many units use.
constexpr int kShortQuoteWords = 3;
constexpr int kMaxShortQuoteDf = 5;
// A pair the hand rule accepts needs only this probability: the rule's thresholds hold what the
// few labelled pairs cannot teach the model (cross-validated F1 0.750 without, 0.765 with 0.2;
// 0.764 with 0.05; docs/compare-quality.md).
constexpr double kHandRuleFloor = 0.1;
// Changed words compared pairwise for WordNet relations, at most this many on each side.
constexpr size_t kMaxRelated = 24;

} // namespace

Scorer::Scorer(const CompareInput &input, const Prepared &prepared, SynonymCache &synonyms,
    const PairModel *model)
    : m_input(input)
    , m_prepared(prepared)
    , m_synonyms(synonyms)
    , m_model(model && model->isValid() ? model : nullptr)
{
    m_df.assign(size_t(m_prepared.vocabulary.size()), 0);
    for (const Unit &unit : m_prepared.units) {
        for (const auto &[id, count] : unit.bag)
            ++m_df[size_t(id)];
    }
    m_attribution.assign(size_t(m_prepared.vocabulary.size()), 0);
    for (qsizetype id = 0; id < m_prepared.vocabulary.size(); ++id) {
        const QString &form = m_prepared.vocabulary.form(int(id));
        m_attribution[size_t(id)] = form.startsWith(u'@') || Lexicon::isNeutralCue(form);
    }
    // 0 unseen, 1 capitalised so far (only first in a sentence), 2 capitalised inside a sentence
    // too, 3 written in lower case somewhere.
    std::vector<char> state(size_t(m_prepared.vocabulary.size()), 0);
    for (size_t d = 0; d < m_prepared.documents.size(); ++d) {
        const QString &text = m_input.documents.at(qsizetype(d)).text;
        for (const Word &word : m_prepared.documents[d].words) {
            if (!(word.flags & Content) || word.range.start >= text.size())
                continue;
            char &st = state[size_t(word.id)];
            if (!text.at(word.range.start).isUpper()) {
                st = 3;
                continue;
            }
            if (st == 3)
                continue;
            qsizetype k = word.range.start - 1;
            while (
                k >= 0 && (text.at(k).isSpace() || text.at(k) == u'"' || text.at(k) == u'\u201C'))
                --k;
            const bool initial = k < 0 || text.at(k) == u'.' || text.at(k) == u'!'
                || text.at(k) == u'?' || text.at(k) == u':';
            st = initial ? std::max<char>(st, 1) : 2;
        }
    }
    m_nameLike.assign(state.size(), 0);
    for (size_t id = 0; id < state.size(); ++id)
        m_nameLike[id] = state[id] == 1 || state[id] == 2;
    m_persons.assign(m_prepared.units.size(), {});
    for (size_t u = 0; u < m_prepared.units.size(); ++u) {
        const Unit &unit = m_prepared.units[u];
        const CompareDocument &doc = m_input.documents.at(unit.doc);
        const CompareQuote *quote
            = unit.kind == AlignmentKind::Quote ? &doc.quotes.at(unit.quote) : nullptr;
        auto inside = [](const TextRange &r, const Word &word) {
            return r.isValid() && word.range.start >= r.start && word.range.end <= r.end;
        };
        for (int w : unit.words) {
            const Word &word = m_prepared.documents[size_t(unit.doc)].words[size_t(w)];
            if ((word.flags & Content) || word.range.length() > 10)
                continue;
            if (quote && (inside(quote->speaker, word) || inside(quote->cue, word)))
                continue;
            const QStringView written
                = QStringView(doc.text).mid(word.range.start, word.range.length());
            if (written == u"US")
                continue; // the country
            const int person = Lexicon::personOf(written);
            m_persons[u].singular += person == 1;
            m_persons[u].plural += person == -1;
            m_persons[u].singularThird += person == 3;
            m_persons[u].pluralThird += person == -3;
        }
    }
}

const Score &Scorer::score(int u, int v)
{
    if (u > v)
        std::swap(u, v);
    const quint64 key = (quint64(quint32(u)) << 32) | quint32(v);
    auto it = m_scores.constFind(key);
    if (it != m_scores.constEnd())
        return it.value();
    return *m_scores.insert(key, compute(u, v));
}

Score Scorer::compute(int u, int v)
{
    const Unit &a = m_prepared.units[size_t(u)];
    const Unit &b = m_prepared.units[size_t(v)];
    const auto &idf = m_prepared.idf;
    const auto &vocabulary = m_prepared.vocabulary;
    double shared = 0;
    int sharedPlain = 0; // content words shared exactly that are neither attribution nor names
    Score s;
    PairFeatures &f = s.features;
    std::vector<std::pair<int, int>> restA;
    std::vector<std::pair<int, int>> restB;
    double exact = 0;
    double rarest = 0;
    int numbersA = 0;
    int numbersB = 0;
    auto isNumber = [&](int id) {
        return vocabulary.form(id).startsWith(u'#');
    };
    auto i = a.bag.cbegin();
    auto j = b.bag.cbegin();
    while (i != a.bag.cend() || j != b.bag.cend()) {
        if (j == b.bag.cend() || (i != a.bag.cend() && i->first < j->first)) {
            numbersA += isNumber(i->first);
            restA.push_back(*i++);
        } else if (i == a.bag.cend() || j->first < i->first) {
            numbersB += isNumber(j->first);
            restB.push_back(*j++);
        } else {
            const int common = std::min(i->second, j->second);
            const double weight = idf[size_t(i->first)];
            shared += weight * common;
            s.shared += common;
            if (m_attribution[size_t(i->first)])
                s.sharedAttribution += common;
            else if (!m_nameLike[size_t(i->first)])
                sharedPlain += common;
            const QString &form = vocabulary.form(i->first);
            if (form.startsWith(u'#')) {
                f[size_t(PairFeature::SharedNumbers)] += float(common);
                ++numbersA;
                ++numbersB;
            } else if (form.startsWith(u'@')) {
                f[size_t(PairFeature::SharedEntities)] += float(common);
            }
            rarest = std::max(rarest, weight);
            if (i->second > common)
                restA.emplace_back(i->first, i->second - common);
            if (j->second > common)
                restB.emplace_back(j->first, j->second - common);
            ++i;
            ++j;
        }
    }
    exact = shared;
    // Related words earn part of a match; not looked up where even all of them as synonyms
    // could not make the pair worth a look.
    const double total = a.weight + b.weight;
    auto restWeight = [&](const std::vector<std::pair<int, int>> &rest) {
        double w = 0;
        for (const auto &[id, count] : rest)
            w += idf[size_t(id)] * count;
        return w;
    };
    const double smallest = std::min(a.weight, b.weight);
    const double best
        = total > 0 ? shared + kSynonymCredit * std::min(restWeight(restA), restWeight(restB)) : 0;
    const bool hopeless = total <= 0
        || (2.0 * best / total < kMinDiceContainedQuote
            && (smallest <= 0 || best / smallest < kMinContainment));
    double soft = 0;
    std::vector<std::pair<int, int>> related; // (a's word, b's word) WordNet relates
    if (!hopeless && s.shared > 0 && !restA.empty() && !restB.empty() && restA.size() <= kMaxRelated
        && restB.size() <= kMaxRelated) {
        std::vector<char> used(restB.size(), 0);
        for (const auto &[x, cx] : restA) {
            // The strongest relation to any unused word of the other side.
            size_t bestK = restB.size();
            WordRelation bestRelation = WordRelation::None;
            for (size_t k = 0; k < restB.size(); ++k) {
                if (used[k])
                    continue;
                const WordRelation r = m_synonyms.relation(x, restB[k].first);
                if (r == WordRelation::Antonym) {
                    f[size_t(PairFeature::Antonyms)] += 1;
                } else if (r != WordRelation::None
                    && (bestRelation == WordRelation::None || r < bestRelation)) {
                    bestRelation = r;
                    bestK = k;
                }
            }
            if (bestK == restB.size())
                continue;
            used[bestK] = 1;
            related.emplace_back(x, restB[bestK].first);
            const double w = std::min(idf[size_t(x)], idf[size_t(restB[bestK].first)]);
            if (bestRelation == WordRelation::Synonym) {
                shared += kSynonymCredit * w;
                ++s.shared;
                f[size_t(PairFeature::Synonyms)] += 1;
            } else if (bestRelation == WordRelation::Cluster) {
                shared += kClusterCredit * w;
                ++s.shared;
                f[size_t(PairFeature::Cluster)] += 1;
            } else if (bestRelation == WordRelation::Derived) {
                soft += kDerivedCredit * w;
                f[size_t(PairFeature::Derived)] += 1;
            } else {
                soft += kHypernymCredit * w;
                f[size_t(PairFeature::Hypernyms)] += 1;
            }
        }
    }
    if (total > 0) {
        s.dice = std::min(1.0, 2.0 * shared / total);
        s.containment = smallest > 0 ? std::min(1.0, shared / smallest) : 0;
        f[size_t(PairFeature::SoftDice)] = float(std::min(1.0, 2.0 * (shared + soft) / total));
        f[size_t(PairFeature::ExactShare)]
            = float(smallest > 0 ? std::min(1.0, exact / smallest) : 0.0);
    }
    // The word alignment is a feature of pairs with a quote only: the statement model of two
    // sentences scored lower with it (cross-validated statement F1 .595 -> .588;
    // docs/compare-quality.md, 2026-12-07).
    if (a.kind == AlignmentKind::Quote || b.kind == AlignmentKind::Quote) {
        alignWords(a, b, related, &f);
        int unaligned = 0;
        for (const auto *rest : {&restA, &restB}) {
            for (const auto &[id, count] : *rest) {
                const QString &form = vocabulary.form(id);
                if (form.startsWith(u'@') || form.startsWith(u'#'))
                    unaligned += count;
            }
        }
        // The quote's "I" is the report's "he" or the speaker's name: agreement, not a
        // difference.
        bool speakerNamed = false;
        const int shifted = personShift(u, v, &speakerNamed);
        f[size_t(PairFeature::PersonShift)] = float(std::log1p(double(shifted)));
        if (speakerNamed && unaligned > 0)
            --unaligned;
        f[size_t(PairFeature::UnalignedNames)] = float(std::log1p(double(unaligned)));
    }
    f[size_t(PairFeature::ConflictingNumbers)]
        = numbersA > 0 && numbersB > 0 && f[size_t(PairFeature::SharedNumbers)] == 0;
    f[size_t(PairFeature::RarestShared)]
        = float(rarest / std::log(double(m_prepared.units.size()) + 51.0));
    f[size_t(PairFeature::ShortContained)] = shortQuoteContained(u, v);
    fillFeatures(a, b, &s);
    const bool ruled = handRule(a, b, s);
    f[size_t(PairFeature::HandRule)] = ruled;
    // The quote model decides every pair with a quote, the statement model (trained on the
    // statement pairs of the gold) two plain body sentences; otherwise the hand rule decides. (A
    // headline by the statement model found 31 instead of 11 headline pairs, cross-validated,
    // but took the place of 77 body pairs instead of 33, and scored lower on quotes and
    // statements.)
    const bool withQuote = a.kind == AlignmentKind::Quote || b.kind == AlignmentKind::Quote;
    const PairModel *model = !m_model ? nullptr
        : withQuote                   ? m_model
        : a.headline || b.headline    ? nullptr
                                      : m_model->statementModel();
    if (model) {
        s.probability = model->probability(f);
        // Two sentences that share only names (unlinked ones too) and reporting verbs are two
        // claims about the same people, whatever else the model sees.
        const bool plainShared = sharedPlain + int(f[size_t(PairFeature::Synonyms)]) > 0;
        const bool plain = withQuote || plainShared;
        const bool guarded = guards(a, b, s) && plain;
        s.accepted = guarded
            && (s.probability >= model->threshold() || (ruled && s.probability >= kHandRuleFloor));
        // Reported speech against another outlet's direct quote ("he served in Vietnam" / "the
        // days that I served in Vietnam"): the reported words, in order, inside the quote.
        if (withQuote && !s.accepted && guarded && f[size_t(PairFeature::Reported)] > 0
            && f[size_t(PairFeature::BothQuotes)] > 0 && f[size_t(PairFeature::SpeakersDiffer)] == 0
            && s.containment >= kMinContainment
            && f[size_t(PairFeature::InOrder)] >= kMinContainment
            && s.shared - s.sharedAttribution >= 2)
            s.accepted = true;
        // A pair with a quote that is not one utterance may still be one statement (a quote and
        // another outlet's own sentence of the same fact): the statement model decides that,
        // headlines aside, with the guard of two sentences (cross-validated statement F1 0.561
        // -> 0.589, quote F1 unchanged; docs/compare-quality.md).
        const PairModel *statements = m_model->statementModel();
        if (withQuote && !s.accepted && guarded && plainShared && statements && !a.headline
            && !b.headline) {
            s.statementProbability = statements->probability(f);
            s.statement = s.statementProbability >= statements->threshold();
        }
    } else {
        s.accepted = ruled;
        s.probability = ruled ? 1.0 : 0.0;
    }
    return s;
}

void Scorer::fillFeatures(const Unit &a, const Unit &b, Score *s) const
{
    PairFeatures &f = s->features;
    auto at = [&](PairFeature feature) -> float & {
        return f[size_t(feature)];
    };
    at(PairFeature::Dice) = float(s->dice);
    at(PairFeature::Containment) = float(s->containment);
    at(PairFeature::SharedContent) = float(std::log1p(double(s->shared - s->sharedAttribution)));
    at(PairFeature::SharedAttribution) = float(std::log1p(double(s->sharedAttribution)));
    const bool quoteA = a.kind == AlignmentKind::Quote;
    const bool quoteB = b.kind == AlignmentKind::Quote;
    at(PairFeature::BothQuotes) = quoteA && quoteB;
    at(PairFeature::QuoteAndSentence) = quoteA != quoteB;
    at(PairFeature::ShortQuote) = isShortQuote(a) || isShortQuote(b);
    at(PairFeature::Headline) = a.headline || b.headline;
    const int small = std::max(1, std::min(a.contentWords, b.contentWords));
    const int large = std::max(1, std::max(a.contentWords, b.contentWords));
    at(PairFeature::LengthRatio) = float(std::log(double(large) / double(small)));
    at(PairFeature::MinLength) = float(std::log1p(double(small)));
    at(PairFeature::PositionGap) = std::abs(a.position - b.position);
    auto hasNegation = [&](const Unit &unit) {
        const auto &words = m_prepared.documents[size_t(unit.doc)].words;
        return std::any_of(unit.words.cbegin(), unit.words.cend(),
            [&](int w) { return (words[size_t(w)].flags & Negation) != 0; });
    };
    at(PairFeature::NegationMismatch) = hasNegation(a) != hasNegation(b);
    // In order: the smaller's content words, in the larger's terms, as a common subsequence.
    const Unit &smaller = a.contentSequence.size() <= b.contentSequence.size() ? a : b;
    const Unit &larger = a.contentSequence.size() <= b.contentSequence.size() ? b : a;
    if (!smaller.contentSequence.empty() && s->shared > 0) {
        const auto matched = matchWords(
            inTermsOf(smaller.contentSequence, larger.contentSequence), larger.contentSequence);
        at(PairFeature::InOrder)
            = float(double(matched.size()) / double(smaller.contentSequence.size()));
    }
    const CompareQuote *p = quoteA ? &m_input.documents.at(a.doc).quotes.at(a.quote) : nullptr;
    const CompareQuote *q = quoteB ? &m_input.documents.at(b.doc).quotes.at(b.quote) : nullptr;
    if (p && q) {
        at(PairFeature::SameSpeaker)
            = p->speakerEntity >= 0 && p->speakerEntity == q->speakerEntity;
        at(PairFeature::SpeakersDiffer) = speakersDiffer(a, b);
        if (p->cue.isValid() && q->cue.isValid()) {
            const QString x = m_input.documents.at(a.doc).text.mid(p->cue.start, p->cue.length());
            const QString y = m_input.documents.at(b.doc).text.mid(q->cue.start, q->cue.length());
            at(PairFeature::SameCue) = x.compare(y, Qt::CaseInsensitive) == 0;
        }
    }
    at(PairFeature::Reported)
        = (p && p->kind == QuoteKind::Indirect) || (q && q->kind == QuoteKind::Indirect);
    at(PairFeature::LabelQuote) = isLabel(a) || isLabel(b);
}

// A monolingual word alignment in the spirit of Sultan et al. (2014): a content word is aligned
// with the same word in the other unit or with a word WordNet relates to it (a synonym, an
// adjective of its cluster, a derived form, a hypernym within two steps); an aligned word is
// supported when a neighbour of it is aligned too and the two partners stand close together in
// the other unit (the words keep their context: "guards found a boat at the pier" / "guards found
// a small fishing boat and two nets at the pier").
void Scorer::alignWords(const Unit &a, const Unit &b,
    const std::vector<std::pair<int, int>> &related, PairFeatures *f) const
{
    const auto &x = a.contentSequence;
    const auto &y = b.contentSequence;
    if (x.empty() || y.empty())
        return;
    // The partner of each of a's positions in b's words, -1 when none.
    auto partnerOf = [&](int id) {
        if (std::find(y.cbegin(), y.cend(), id) != y.cend())
            return id;
        for (const auto &[p, q] : related) {
            if (p == id)
                return q;
        }
        return -1;
    };
    std::vector<int> partner(x.size());
    for (size_t k = 0; k < x.size(); ++k)
        partner[k] = partnerOf(x[k]);
    std::vector<char> alignedY(y.size(), 0);
    for (size_t k = 0; k < y.size(); ++k) {
        const int id = y[k];
        alignedY[k] = std::find(x.cbegin(), x.cend(), id) != x.cend()
            || std::any_of(
                related.cbegin(), related.cend(), [id](const auto &r) { return r.second == id; });
    }
    const auto alignedX
        = std::count_if(partner.cbegin(), partner.cend(), [](int p) { return p >= 0; });
    const double shareX = double(alignedX) / double(x.size());
    const double shareY
        = double(std::count(alignedY.cbegin(), alignedY.cend(), 1)) / double(y.size());
    (*f)[size_t(PairFeature::AlignedShare)] = float(std::min(shareX, shareY));
    // Near: within three content words of each other in b.
    constexpr size_t kNear = 3;
    auto near = [&](int p, int q) {
        for (size_t i = 0; i < y.size(); ++i) {
            if (y[i] != p)
                continue;
            const size_t from = i >= kNear ? i - kNear : 0;
            for (size_t j = from; j < std::min(y.size(), i + kNear + 1); ++j) {
                if (j != i && y[j] == q)
                    return true;
            }
        }
        return false;
    };
    int supported = 0;
    for (size_t k = 0; k < x.size(); ++k) {
        if (partner[k] < 0)
            continue;
        const bool before = k > 0 && partner[k - 1] >= 0 && near(partner[k], partner[k - 1]);
        const bool after
            = k + 1 < x.size() && partner[k + 1] >= 0 && near(partner[k], partner[k + 1]);
        supported += before || after;
    }
    (*f)[size_t(PairFeature::Supported)]
        = float(double(supported) / double(std::min(x.size(), y.size())));
}

// What no model may overrule: a label is no utterance, a short quote's words come in order in
// the longer unit, and some content word besides names and "said" is shared.
bool Scorer::guards(const Unit &a, const Unit &b, const Score &s) const
{
    return shortQuoteFits(a, b) && s.shared - s.sharedAttribution >= 1;
}

// A short quote: a name in quotation marks with no one saying it is a label, not an utterance;
// against a longer unit its words must come in the same order there, not scattered over a long
// sentence. The short quote is the small one, even against a sentence of as few words (a
// sentence has no quote to look up).
bool Scorer::shortQuoteFits(const Unit &a, const Unit &b) const
{
    if (!isShortQuote(a) && !isShortQuote(b))
        return true;
    const bool aSmall = isShortQuote(a) && (!isShortQuote(b) || a.words.size() <= b.words.size());
    const Unit &small = aSmall ? a : b;
    const Unit &large = aSmall ? b : a;
    if (isLabel(small))
        return false;
    return isShortQuote(large)
        || matchWords(
               inTermsOf(small.contentSequence, large.contentSequence), large.contentSequence)
               .size()
        >= small.contentSequence.size();
}

bool Scorer::handRule(const Unit &a, const Unit &b, const Score &s) const
{
    if (!shortQuoteFits(a, b))
        return false;
    // Content words in common, not only function words or one name; names count only when
    // other words are shared too (a span that is mostly "..., said Lt. Brekke"); so do
    // reporting verbs.
    if (s.shared - s.sharedAttribution < 2)
        return false;
    if (s.dice >= kMinDice)
        return true;
    // Two long sentences telling the same thing in their own words share many content words.
    if (s.dice >= kMinDiceLong && s.shared >= kMinSharedLong)
        return true;
    // A truncated quote, or a partial quote inside a longer one: the smaller is contained.
    const int smaller = std::min(a.contentWords, b.contentWords);
    const bool quote = a.kind == AlignmentKind::Quote || b.kind == AlignmentKind::Quote;
    if (s.containment < kMinContainment
        || s.dice < (quote ? kMinDiceContainedQuote : kMinDiceContained) || smaller < 2
        || s.shared < std::min(3, smaller))
        return false;
    // ... and its words come in the same order in the larger one: a few words in common
    // scattered over a long sentence are not the same utterance.
    const Unit &small = a.contentWords <= b.contentWords ? a : b;
    const Unit &large = a.contentWords <= b.contentWords ? b : a;
    const auto inOrder = matchWords(small.contentSequence, large.contentSequence).size();
    return double(inOrder) >= kMinContainment * double(small.contentSequence.size());
}

// The small unit's words in the large one's terms: a word the large one lacks but has a
// synonym of stands for that synonym, so "difficult but productive" lies in order inside "the
// talks were difficult but fruitful".
std::vector<int> Scorer::inTermsOf(std::vector<int> small, const std::vector<int> &large) const
{
    for (int &id : small) {
        if (std::find(large.cbegin(), large.cend(), id) != large.cend())
            continue;
        for (int other : large) {
            if (m_synonyms.areSynonyms(id, other)) {
                id = other;
                break;
            }
        }
    }
    return small;
}

bool Scorer::isShortQuote(const Unit &unit) const
{
    return unit.kind == AlignmentKind::Quote && int(unit.words.size()) <= kShortQuoteWords;
}

// A word linked to an entity, or capitalised where a sentence does not start (the quote's
// first word counts as a sentence start when only quotation marks and spaces follow a full
// stop, a colon, a comma or the start of a paragraph).
static bool isName(
    const CompareDocument &doc, const Unit &unit, const std::vector<Word> &words, int w)
{
    const Word &word = words[size_t(w)];
    if (word.mention >= 0)
        return true;
    if (!doc.text.at(word.range.start).isUpper())
        return false;
    if (w != unit.words.front())
        return true;
    for (qsizetype i = word.range.start - 1; i >= 0; --i) {
        const QChar c = doc.text.at(i);
        if (c == u'\n' || c == u'.' || c == u'!' || c == u'?' || c == u':' || c == u',')
            return false;
        if (c.isLetterOrNumber())
            return true;
    }
    return false;
}

// A short quote that is no utterance: a name in quotation marks with no one saying it, or,
// unless the quote is a sentence of its own ("Yes.", "Wait until when?"), a title ("This Week",
// "X-Men": every word a name, whoever the extractor took for its speaker) or a term no cue
// introduces (an award's nickname, "genius grant"). Cross-validated quote F1 0.730 -> 0.751
// (docs/compare-quality.md, 2026-12-07).
bool Scorer::isLabel(const Unit &unit) const
{
    if (!isShortQuote(unit))
        return false;
    const CompareQuote &quote = m_input.documents.at(unit.doc).quotes.at(unit.quote);
    const bool names = onlyNames(unit);
    if (!quote.speaker.isValid() && names)
        return true;
    // A sentence of its own: two words or more, its last mark before the closing quotation
    // mark a full stop, a question or an exclamation mark.
    const QString &text = m_input.documents.at(unit.doc).text;
    qsizetype end = quote.content.end;
    auto endsSentence = [](QChar c) {
        return c == u'.' || c == u'?' || c == u'!';
    };
    while (end > quote.content.start && !text.at(end - 1).isLetterOrNumber()
        && !endsSentence(text.at(end - 1)))
        --end;
    const bool sentence
        = end > quote.content.start && endsSentence(text.at(end - 1)) && unit.words.size() >= 2;
    return !sentence && (names || !quote.cue.isValid());
}

// Every content word a name.
bool Scorer::onlyNames(const Unit &unit) const
{
    const CompareDocument &doc = m_input.documents.at(unit.doc);
    const auto &words = m_prepared.documents[size_t(unit.doc)].words;
    for (int w : unit.words) {
        const Word &word = words[size_t(w)];
        if ((word.flags & Content) && !isName(doc, unit, words, w))
            return false;
    }
    return true;
}

// A direct (or partial) quote against reported speech or a sentence of another outlet: the
// quote's first persons the other unit has in the third person ("we will not sign" / "they would
// not sign"), or as the quote's speaker by name ("my party" / "Marrow's party"). speakerNamed:
// the speaker's name took the place of a first person.
int Scorer::personShift(int u, int v, bool *speakerNamed) const
{
    *speakerNamed = false;
    auto direct = [&](const Unit &unit) {
        return unit.kind == AlignmentKind::Quote
            && m_input.documents.at(unit.doc).quotes.at(unit.quote).kind != QuoteKind::Indirect;
    };
    for (const auto &[d, r] : {std::pair {u, v}, std::pair {v, u}}) {
        const Unit &quote = m_prepared.units[size_t(d)];
        const Unit &report = m_prepared.units[size_t(r)];
        const Persons &p = m_persons[size_t(d)];
        const Persons &q = m_persons[size_t(r)];
        if (!direct(quote) || direct(report) || p.singular + p.plural == 0)
            continue;
        const int speaker = m_input.documents.at(quote.doc).quotes.at(quote.quote).speakerEntity;
        bool named = false;
        if (speaker >= 0) {
            // Not the report's own attribution ("..., Marrow said"): a name in what it reports.
            const CompareDocument &doc = m_input.documents.at(report.doc);
            const CompareQuote *own
                = report.kind == AlignmentKind::Quote ? &doc.quotes.at(report.quote) : nullptr;
            const auto &words = m_prepared.documents[size_t(report.doc)].words;
            named = std::any_of(report.words.cbegin(), report.words.cend(), [&](int w) {
                const Word &word = words[size_t(w)];
                if (own && own->speaker.isValid() && word.range.start >= own->speaker.start
                    && word.range.end <= own->speaker.end)
                    return false;
                return word.mention >= 0 && doc.mentions.at(word.mention).entity == speaker;
            });
        }
        // "I" against "he" or "she" or the speaker's name, "we" against "they".
        *speakerNamed = named && q.singularThird < p.singular;
        return std::min(p.singular, q.singularThird + int(named))
            + std::min(p.plural, q.pluralThird);
    }
    return 0;
}

bool Scorer::speakersDiffer(const Unit &a, const Unit &b) const
{
    if (a.kind != AlignmentKind::Quote || b.kind != AlignmentKind::Quote)
        return false;
    const CompareQuote &p = m_input.documents.at(a.doc).quotes.at(a.quote);
    const CompareQuote &q = m_input.documents.at(b.doc).quotes.at(b.quote);
    if (p.speakerEntity < 0 || q.speakerEntity < 0 || p.speakerEntity == q.speakerEntity)
        return false;
    // Named as written on both sides: a pronoun's resolution is too often wrong to forbid.
    auto named = [&](const Unit &unit, const CompareQuote &quote) {
        if (!quote.speaker.isValid())
            return false;
        const QString written = m_input.documents.at(unit.doc)
                                    .text.mid(quote.speaker.start, quote.speaker.length())
                                    .simplified()
                                    .toLower();
        return !written.isEmpty() && !Lexicon::isPronoun(written);
    };
    if (!named(a, p) || !named(b, q))
        return false;
    // Two entities that share a word may be one person the linker kept apart ("Obama" and
    // "Barack Obama" in different articles).
    const auto known = [this](int entity) {
        return entity >= 0 && entity < m_input.entities.size();
    };
    if (!known(p.speakerEntity) || !known(q.speakerEntity))
        return false;
    const Entity &x = m_input.entities.at(p.speakerEntity);
    const Entity &y = m_input.entities.at(q.speakerEntity);
    if (x.type != EntityType::Person || y.type != EntityType::Person)
        return false;
    const QStringList words = x.name.toLower().split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : y.name.toLower().split(u' ', Qt::SkipEmptyParts)) {
        if (words.contains(word))
            return false;
    }
    return true;
}

// A quote of one to three words inside a longer quote of another article, word for word and in
// order ("called the plan 'reckless'" against the full quotation), or the same short words
// quoted from the same named speaker. A name in quotation marks is a label, not an utterance,
// and a common word says nothing: the short quote needs a rare content word that is no name.
bool Scorer::shortQuoteContained(int u, int v) const
{
    const Unit &a = m_prepared.units[size_t(u)];
    const Unit &b = m_prepared.units[size_t(v)];
    if (a.kind != AlignmentKind::Quote || b.kind != AlignmentKind::Quote || a.doc == b.doc)
        return false;
    if (!isShortQuote(a) && !isShortQuote(b))
        return false;
    if (speakersDiffer(a, b))
        return false;
    const Unit &small = a.words.size() <= b.words.size() ? a : b;
    const Unit &large = a.words.size() <= b.words.size() ? b : a;
    const CompareDocument &doc = m_input.documents.at(small.doc);
    const auto &words = m_prepared.documents[size_t(small.doc)].words;
    bool rare = false;
    for (int w : small.words) {
        const Word &word = words[size_t(w)];
        if (!(word.flags & Content) || (word.flags & NumberWord))
            continue;
        const bool name = isName(doc, small, words, w);
        if (!name && m_df[size_t(word.id)] <= kMaxShortQuoteDf)
            rare = true;
    }
    if (!rare)
        return false;
    if (isShortQuote(large)) {
        // Two short quotes: the same words, from one named speaker.
        const CompareQuote &x = doc.quotes.at(small.quote);
        const CompareQuote &y = m_input.documents.at(large.doc).quotes.at(large.quote);
        const bool named = (x.speakerEntity >= 0 && x.speakerEntity == y.speakerEntity);
        return named && small.sequence == large.sequence;
    }
    // Contained word for word, in one stretch of the longer quote.
    const auto matches = matchWords(small.sequence, large.sequence);
    if (matches.size() != small.sequence.size())
        return false;
    return matches.back().b - matches.front().b == int(matches.size()) - 1;
}

} // namespace Parallax::Compare
