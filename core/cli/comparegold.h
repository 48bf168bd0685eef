// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotate/annotator.h" // AnalyzedDocument, which compare/comparison.h uses undeclared
#include "compare/comparison.h"
#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <array>

// A gold standard of quotes that different articles of one event report from the same utterance,
// and the scoring of the comparison's quote alignments against it. The file format and the rules
// are described in bench/gold/README.md and docs/compare-quality.md.
namespace Parallax::CompareGold {

// Code point offsets [start, end) into the text of the set's document doc.
struct Span
{
    int doc = -1;
    qint64 start = 0;
    qint64 end = 0;

    qint64 length() const { return end - start; }
};

// How the two reports of one utterance relate.
enum class Relation : quint8 {
    Verbatim, // the same words (case, punctuation and spelling aside)
    Partial, // one is a part of the other, or both share a stretch and each has words the other
             // lacks
    Paraphrase, // at least one is reported speech, or the words differ
};
constexpr int kRelationCount = 3;
QString relationName(Relation relation);

struct Pair
{
    Span a;
    Span b;
    Relation relation = Relation::Verbatim;
    QString speaker;
    int line = 0; // in the gold file
};

struct Lone
{
    Span span;
    QString speaker;
    int line = 0;
};

struct Set
{
    QString id;
    QStringList files; // paths under the data folder, '/'-separated
    QList<Pair> pairs;
    QList<Lone> lone; // quotes no other article of the set reports
};

// Reads the tab-separated gold: "set ID FILE FILE...", "pair ID FILE START END FILE START END
// RELATION [SPEAKER]" and "alone ID FILE START END [SPEAKER]"; '#' starts a comment line. Refuses
// unknown row kinds, undeclared sets and files, offsets that are not 0 <= start < end, and a pair
// within one file, with the file name, line and reason.
Result<QList<Set>> parse(const QString &text, const QString &displayName);
Result<QList<Set>> read(const QString &path);

// One alignment of the comparison, its members in code points.
struct Group
{
    bool quote = true; // a quote alignment; false for a sentence alignment
    QList<Span> members;
};

// The alignments of a comparison and the quotes it left unaligned, in code points of texts (the
// compared documents' texts, in order).
struct Prediction
{
    QList<Group> groups;
    QList<double> similarities; // one per group
    QList<Span> unmatchedQuotes;
};
Prediction prediction(const Comparison &comparison, const QStringList &texts);

// A reference point for the comparison: every two quotes of different documents whose words
// (lower-cased runs of letters and digits) overlap by at least threshold (Jaccard: shared words
// over all words) form a quote alignment of two members. No sentences, no differences.
Comparison wordOverlapBaseline(const CompareInput &input, double threshold = 0.3);

// When a predicted member matches a gold span: both in the same document, and overlapping by at
// least half of the shorter one (the rule the figures use: a quote that the extractor merged with
// its neighbour, or cut short, still counts), or, strictly, by at least half of each.
enum class MatchRule : quint8 { HalfOfShorter, HalfOfEach };
bool matches(const Span &predicted, const Span &gold, MatchRule rule = MatchRule::HalfOfShorter);

struct Counts
{
    int goldPairs = 0;
    int foundPairs = 0; // gold pairs some quote alignment holds
    int foundAnyKind = 0; // gold pairs some alignment holds, quote or sentence
    // An utterance is a group of gold quotes linked by pairs (one statement reported several
    // times); it is found when a quote alignment holds one of its pairs.
    int goldUtterances = 0;
    int foundUtterances = 0;
    std::array<int, kRelationCount> goldByRelation {};
    std::array<int, kRelationCount> foundByRelation {};
    int predictedPairs = 0; // member pairs of quote alignments (a group of n gives n(n-1)/2)
    int correctPairs = 0;
    // The wrong predicted pairs, by what their members are in the gold:
    int wrongPartner = 0; // both members are gold quotes that the gold does not pair
    int withLoneQuote = 0; // a member is a quote the gold says has no counterpart
    int notGoldQuote = 0; // a member matches no gold quote at all
    int missedUnseen = 0; // missed gold pairs with a member the comparison did not see as a quote
    int goldQuotes = 0; // gold spans, paired or alone
    int seenQuotes = 0; // gold spans that match a quote of the comparison, aligned or unmatched

    double precision() const;
    double recall() const;
    double f1() const;
    Counts &operator+=(const Counts &other);
};

enum class Verdict : quint8 { Correct, WrongPartner, LoneQuote, NotGoldQuote };

struct PredictedPair
{
    Span a;
    Span b;
    double similarity = 0.0;
    Verdict verdict = Verdict::Correct;
};

struct SetResult
{
    Counts counts;
    QList<PredictedPair> predicted;
    QList<Pair> missed; // gold pairs no quote alignment holds
};

// Scores one set's alignments (its documents in the set's file order). unmatchedQuotes are the
// quotes the comparison left unaligned; similarities, when given, runs parallel to groups and is
// only reported.
SetResult score(const Set &gold, const QList<Group> &groups,
    const QList<Span> &unmatchedQuotes = {}, const QList<double> &similarities = {},
    MatchRule rule = MatchRule::HalfOfShorter);

} // namespace Parallax::CompareGold
