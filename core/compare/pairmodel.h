// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/comparison.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <memory>
#include <vector>

// The learned part of the comparison: a logistic regression over features of a candidate pair of
// statements, trained on labelled pairs (`parallax eval compare --train-model`, from the gold in
// bench/gold/) and compiled in as core/compare/pairmodel.tsv.
namespace Parallax {

// The features of one candidate pair; names in pairFeatureName(). docs/compare.md explains them.
enum class PairFeature : quint8 {
    Dice, // IDF-weighted Dice over the bags, a WordNet synonym counting 0.8
    Containment, // of the smaller unit in the larger
    ExactShare, // exact matches only, over the smaller unit's weight
    SoftDice, // Dice with clusters (0.6), derived forms (0.6) and hypernyms (0.4) counted too
    Synonyms, // pairs of changed words that are WordNet synonyms
    Cluster, // ... adjectives similar to one head
    Derived, // ... derivationally related forms
    Hypernyms, // ... one a hypernym of the other within two steps
    Antonyms, // ... antonyms: a contradiction
    NegationMismatch, // one has a negation the other lacks
    SharedContent, // log(1 + content features shared, names and "said" aside)
    SharedAttribution, // log(1 + names and reporting verbs shared)
    InOrder, // share of the smaller unit's content words found in order in the larger
    BothQuotes,
    QuoteAndSentence,
    ShortQuote, // one of them a quote of at most three words
    ShortContained, // a short quote word for word in one stretch of a longer quote
    LengthRatio, // log(larger / smaller) in content words
    MinLength, // log(1 + content words of the smaller)
    SameSpeaker, // both attributed to one entity
    SpeakersDiffer, // both named, two different people
    SharedNumbers,
    ConflictingNumbers, // both hold numbers, none in common
    SharedEntities,
    PositionGap, // difference of the relative positions in the two articles
    SameCue, // both quotes with the same cue verb
    LabelQuote, // a short quote of names only, with no speaker: a label
    Headline, // one of them a headline or subheading
    HandRule, // the hand-set acceptance rule of compare-2 (docs/compare.md, step 5)
    RarestShared, // IDF of the rarest shared feature, over log of the units
    Reported, // one of them reported speech
    // A monolingual word alignment of the content words (the same word or a WordNet relation),
    // for pairs with a quote (0 for two sentences):
    AlignedShare, // the lower of the two units' shares of content words aligned
    Supported, // aligned words with an aligned neighbour whose partner stands near, per word
    UnalignedNames, // log(1 + entities and numbers of either unit the other lacks)
    // A direct quote against reported speech or a sentence: log(1 + the quote's first persons
    // ("I", "we", "our") the other unit has as third persons ("he", "they", "their") or as the
    // quote's speaker named)
    PersonShift,
};
constexpr int kPairFeatureCount = int(PairFeature::PersonShift) + 1;
using PairFeatures = std::array<float, kPairFeatureCount>;
QString pairFeatureName(int feature);

// A candidate pair as the comparison saw it, for training and evaluation.
struct PairSample
{
    AlignedSpan a;
    AlignedSpan b;
    AlignmentKind kindA = AlignmentKind::Sentence;
    AlignmentKind kindB = AlignmentKind::Sentence;
    PairFeatures features {};
};

class PairModel
{
public:
    // The model compiled into the binary (core/compare/pairmodel.tsv).
    static const PairModel &builtIn();

    // "name<TAB>weight" per feature, "bias<TAB>b", "threshold<TAB>t"; the same names prefixed
    // "statement." are the model of two plain sentences. '#' starts a comment. Refuses unknown
    // names and unreadable numbers with the file name, line and reason.
    static Result<PairModel> parse(const QByteArray &text, const QString &displayName);
    QByteArray serialize(const QString &comment) const;

    // Logistic regression by Newton's method with an L2 penalty on standardised features; the
    // threshold maximises F1 on the training pairs. Deterministic: the same pairs give the same
    // model. labels: 1 the same statement, 0 not.
    static PairModel train(
        const std::vector<PairFeatures> &features, const std::vector<int> &labels, double l2 = 1.0);

    double probability(const PairFeatures &features) const;
    bool accepts(const PairFeatures &features) const
    {
        return probability(features) >= m_threshold;
    }
    double threshold() const { return m_threshold; }
    bool isValid() const { return m_valid; }

    // The model that decides a pair of two plain sentences (no quote on either side), trained on
    // the statement pairs of the gold; null when there is none (the hand rule decides then).
    const PairModel *statementModel() const { return m_statements.get(); }
    void setStatementModel(const PairModel &model);

private:
    std::array<double, kPairFeatureCount> m_weights {};
    double m_bias = 0;
    double m_threshold = 0.5;
    bool m_valid = false;
    std::shared_ptr<const PairModel> m_statements;
};

} // namespace Parallax
