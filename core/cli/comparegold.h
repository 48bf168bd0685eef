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
#include <utility>

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

// Whether two reports of one fact or utterance agree, and if not, on what they disagree.
enum class Agreement : quint8 {
    Same, // they report the same thing
    Number, // a count, amount or figure differs
    Date, // a day, time or period differs
    Name, // a person, place or organisation differs
    Negation, // one denies what the other asserts
    Speaker, // the same words, attributed to different people
};
constexpr int kAgreementCount = 6;
QString agreementName(Agreement agreement);

// Two statements (a sentence or a clause: reported speech, a direct or partial quote, a plain
// claim of fact) in different articles that report the same fact or utterance. A headline pair
// has a headline or subhead as its first member and is scored apart from the body pairs.
struct StatementPair
{
    Span a;
    Span b;
    Relation relation = Relation::Verbatim;
    Agreement agreement = Agreement::Same;
    QString speaker;
    int line = 0;
};

struct Set
{
    QString id;
    QStringList files; // paths under the data folder, '/'-separated
    QList<Pair> pairs;
    QList<Lone> lone; // quotes no other article of the set reports
    QList<StatementPair> statements;
    QList<StatementPair> headlines;

    // The corpus: the first folder of the first file ("basil", "ecbplus"). A set is one event, so
    // its id names the event ("basil-<triplet>", "ecb-<topic>-ecb" or "ecb-<topic>-ecbplus").
    QString corpus() const;
    // The group to hold out together in cross-validation: the ECB+ topic (its two clusters are
    // two events of one kind, say two earthquakes, and share their vocabulary), else the id.
    QString topic() const;
    // Only sets that list statement pairs are scored on them: the others were never labelled.
    bool hasStatements() const { return !statements.isEmpty() || !headlines.isEmpty(); }
};

// Reads the tab-separated gold: "set ID FILE FILE...", "pair ID FILE START END FILE START END
// RELATION [SPEAKER]", "alone ID FILE START END [SPEAKER]", "statement ID FILE START END FILE START
// END RELATION AGREEMENT [SPEAKER]" and "headline" (as statement, the headline first); '#' starts
// a comment line. Refuses unknown row kinds, relations and agreements, undeclared sets and files,
// offsets that are not 0 <= start < end, and a pair within one file, with the file name, line and
// reason.
Result<QList<Set>> parse(const QString &text, const QString &displayName);
Result<QList<Set>> read(const QString &path);

// One alignment of the comparison, its members in code points.
struct Group
{
    bool quote = true; // a quote alignment; false for a sentence alignment
    QList<Span> members;
};

// A unit the comparison lists as only in one document (Comparison::unmatched, after folding).
struct OneSourceItem
{
    Span span;
    bool quote = false; // a quote unit; else a sentence
};

// The alignments of a comparison and the quotes it left unaligned, in code points of texts (the
// compared documents' texts, in order).
struct Prediction
{
    QList<Group> groups;
    QList<double> similarities; // one per group
    QList<Span> unmatchedQuotes;
    QList<OneSourceItem> unmatched; // every unit listed as only in one document, quote or not
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

// The statement pairs of a set against all alignments of a comparison, quote or sentence: every
// two members of one alignment are a predicted pair. A predicted pair with a member on a gold
// headline span is a headline prediction, scored against the headline pairs; the others are
// statement predictions, correct when they match a statement pair or a quote pair of the set (two
// reports of one utterance are two reports of one statement). Recall counts the statement pairs.
struct StatementCounts
{
    int sets = 0; // sets with statement pairs
    int gold = 0;
    int found = 0;
    int predicted = 0;
    int correct = 0;
    std::array<int, kRelationCount> goldByRelation {};
    std::array<int, kRelationCount> foundByRelation {};
    std::array<int, kAgreementCount> goldByAgreement {};
    std::array<int, kAgreementCount> foundByAgreement {};
    int goldHeadlines = 0;
    int foundHeadlines = 0;
    int predictedHeadlines = 0;
    int correctHeadlines = 0;
    // Missed statement pairs with a member that some alignment paired with a headline instead.
    int missedForHeadline = 0;

    double precision() const;
    double recall() const;
    double f1() const;
    double headlinePrecision() const;
    double headlineRecall() const;
    StatementCounts &operator+=(const StatementCounts &other);
};

struct StatementResult
{
    StatementCounts counts;
    QList<PredictedPair> wrong; // statement predictions that match no pair (verdict unused)
    QList<StatementPair> missed;
};

// Scores nothing (all zero, sets 0) for a set without statement pairs.
// similarities, when given, runs parallel to groups and is only reported.
StatementResult scoreStatements(const Set &gold, const QList<Group> &groups,
    const QList<double> &similarities = {}, MatchRule rule = MatchRule::HalfOfShorter);

// The one-source list against the gold: an item is *false* one-source when it matches (by the
// rule of the pairs) a member of a gold pair, quote, statement or headline, whose other member is
// in another of the compared documents. The gold pairs only what its rules admit (conservatively:
// no pair when in doubt), so the false count is a lower bound and the precision an upper one.
constexpr int kOneSourceTop = 10;
struct OneSourceCounts
{
    int comparisons = 0; // sets, or pairs of articles, compared
    int documents = 0;
    int listed = 0;
    int listedQuotes = 0;
    int falseItems = 0;
    int falseQuotes = 0;
    // The first kOneSourceTop items of each comparison's list, as the analyst reads them first.
    int top = 0;
    int falseTop = 0;

    // The share of the listed items the gold pairs with no compared document (1 when none).
    double precision() const;
    OneSourceCounts &operator+=(const OneSourceCounts &other);
};

struct OneSourceResult
{
    OneSourceCounts counts;
    QList<int> listedByDocument; // per document of the set
    QList<int> falseByDocument;
    QList<std::pair<OneSourceItem, Span>> falseItems; // the item and the gold span it pairs with
};

// Scores the items a comparison of some of the set's documents listed (their spans numbered as
// the set's documents); compared names those documents, empty for all of the set's.
OneSourceResult scoreOneSource(const Set &gold, const QList<OneSourceItem> &items,
    const QList<int> &compared = {}, MatchRule rule = MatchRule::HalfOfShorter);

} // namespace Parallax::CompareGold
