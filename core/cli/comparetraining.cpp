// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparetraining.h"

#include "annotate/annotator.h"
#include "compare/comparison.h"
#include "corpusarticles.h"
#include "util/textoffsets.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace Parallax::Cli::CompareTraining {

using namespace CompareGold;

namespace {

bool matchesPair(const Span &x, const Span &y, const Span &a, const Span &b)
{
    return (matches(x, a) && matches(y, b)) || (matches(x, b) && matches(y, a));
}

// A gold pair of two long quotations (or two long sentences) matches every pair of their pieces:
// only the pair that is the best for both of its units (by Dice) is a positive, the others are
// left out (they taught the model to accept any two sentences of one speech).
template<typename SpanOf>
void labelSamples(const QList<PairSample> &samples, const QList<std::pair<Span, Span>> &gold,
    const SpanOf &span, std::vector<PairFeatures> *features, std::vector<int> *labels)
{
    std::vector<int> goldOf(size_t(samples.size()), -1);
    std::map<std::pair<int, std::pair<int, qint64>>, float> best; // (gold, unit) -> Dice
    auto keyOf = [](int g, const AlignedSpan &s) {
        return std::pair {g, std::pair {s.doc, qint64(s.range.start)}};
    };
    for (qsizetype i = 0; i < samples.size(); ++i) {
        const PairSample &sample = samples.at(i);
        const Span a = span(sample.a);
        const Span b = span(sample.b);
        for (int g = 0; g < int(gold.size()) && goldOf[size_t(i)] < 0; ++g) {
            if (matchesPair(a, b, gold.at(g).first, gold.at(g).second))
                goldOf[size_t(i)] = g;
        }
        const int g = goldOf[size_t(i)];
        if (g < 0)
            continue;
        const float dice = sample.features[size_t(PairFeature::Dice)];
        for (const AlignedSpan &s : {sample.a, sample.b}) {
            auto [it, inserted] = best.try_emplace(keyOf(g, s), dice);
            if (!inserted)
                it->second = std::max(it->second, dice);
        }
    }
    for (qsizetype i = 0; i < samples.size(); ++i) {
        const PairSample &sample = samples.at(i);
        const int g = goldOf[size_t(i)];
        const float dice = sample.features[size_t(PairFeature::Dice)];
        if (g >= 0 && (best[keyOf(g, sample.a)] > dice || best[keyOf(g, sample.b)] > dice))
            continue;
        features->push_back(sample.features);
        labels->push_back(g >= 0 ? 1 : 0);
    }
}

} // namespace

Result<QList<LabelledSet>> label(
    const QList<Set> &gold, const QString &dataDir, const std::shared_ptr<const NerModel> &model)
{
    // Candidate pairs do not depend on the model's weights, only on the features.
    const Comparer comparer;
    QList<LabelledSet> out;
    for (const Set &set : gold) {
        QList<ArticleDraft> drafts;
        for (const QString &file : set.files) {
            const QString path = QDir(dataDir).filePath(file);
            auto read = CorpusArticles::readArticles(path);
            if (!read)
                return Error {read.error()};
            if (read->size() != 1)
                return Error {u"%1: holds %2 articles; a gold file names one article"_s
                                  .arg(QDir::toNativeSeparators(path))
                                  .arg(read->size())};
            drafts.append(read->constFirst());
        }
        Annotator annotator(model);
        CompareInput input;
        QList<CodePointMap> maps;
        for (const ArticleDraft &draft : std::as_const(drafts)) {
            const AnalyzedDocument analysis = annotator.analyze(
                draft.body, QDate::fromString(draft.published.left(10), Qt::ISODate));
            input.documents.append(compareDocument(analysis,
                draft.outlet.isEmpty() ? QFileInfo(draft.sourcePath).fileName() : draft.outlet));
            maps.append(CodePointMap(draft.body));
        }
        input.entities = annotator.entities();
        LabelledSet labelled;
        labelled.id = set.id;
        labelled.group = set.topic();
        // A quote sample (one side a quote) is the same statement when its two spans match a
        // gold quote pair. (Labelling them against the statement pairs too was tried: statement
        // F1 0.456 -> 0.500, quote F1 0.727 -> 0.676, as quote-sentence pairs then count against
        // the quote pairs; leaving such pairs out of the quote model's training instead: statement
        // F1 0.527 -> 0.537, quote F1 0.723 -> 0.709.) A sample of two plain sentences is
        // labelled against the statement and headline pairs, and trains the statement model
        // (without the headline samples: statement F1 0.530 -> 0.529).
        const QList<PairSample> samples = comparer.candidatePairs(input);
        QList<PairSample> quoteSamples;
        QList<PairSample> sentenceSamples;
        for (const PairSample &sample : samples) {
            const bool quote
                = sample.kindA == AlignmentKind::Quote || sample.kindB == AlignmentKind::Quote;
            if (quote)
                quoteSamples.append(sample);
            else
                sentenceSamples.append(sample);
        }
        QList<std::pair<Span, Span>> quotePairs;
        for (const Pair &pair : set.pairs)
            quotePairs.append({pair.a, pair.b});
        QList<std::pair<Span, Span>> statementPairs;
        for (const StatementPair &pair : set.statements)
            statementPairs.append({pair.a, pair.b});
        for (const StatementPair &pair : set.headlines)
            statementPairs.append({pair.a, pair.b});
        auto span = [&](const AlignedSpan &s) {
            const CodePointMap &map = maps.at(s.doc);
            return Span {s.doc, map.toCodePoint(s.range.start), map.toCodePoint(s.range.end)};
        };
        labelSamples(quoteSamples, quotePairs, span, &labelled.features, &labelled.labels);
        if (set.hasStatements())
            labelSamples(sentenceSamples, statementPairs, span, &labelled.statementFeatures,
                &labelled.statementLabels);
        out.append(labelled);
    }
    return out;
}

PairModel train(const QList<LabelledSet> &sets, const QString &exclude)
{
    std::vector<PairFeatures> features;
    std::vector<int> labels;
    std::vector<PairFeatures> statementFeatures;
    std::vector<int> statementLabels;
    for (const LabelledSet &set : sets) {
        if (!exclude.isEmpty() && set.group == exclude)
            continue;
        features.insert(features.end(), set.features.cbegin(), set.features.cend());
        labels.insert(labels.end(), set.labels.cbegin(), set.labels.cend());
        statementFeatures.insert(
            statementFeatures.end(), set.statementFeatures.cbegin(), set.statementFeatures.cend());
        statementLabels.insert(
            statementLabels.end(), set.statementLabels.cbegin(), set.statementLabels.cend());
    }
    PairModel model = PairModel::train(features, labels);
    if (std::find(statementLabels.cbegin(), statementLabels.cend(), 1) != statementLabels.cend())
        model.setStatementModel(PairModel::train(statementFeatures, statementLabels));
    return model;
}

QString describe(const QList<LabelledSet> &sets)
{
    int pairs = 0;
    int positive = 0;
    int sentencePairs = 0;
    int sentencePositive = 0;
    for (const LabelledSet &set : sets) {
        pairs += int(set.labels.size());
        for (int l : set.labels)
            positive += l;
        sentencePairs += int(set.statementLabels.size());
        for (int l : set.statementLabels)
            sentencePositive += l;
    }
    return u"Parallax pair model (logistic regression, core/compare/pairmodel.h), trained on %1 "
           "candidate pairs with a quote (%2 the same statement) and, as the statement model, %3 "
           "pairs of two sentences (%4 the same statement) of %5 gold sets by\n"
           "parallax eval compare --gold bench/gold/compare-quotes.tsv --data ../shared/data "
           "--train-model core/compare/pairmodel.tsv"_s.arg(pairs)
               .arg(positive)
               .arg(sentencePairs)
               .arg(sentencePositive)
               .arg(sets.size());
}

} // namespace Parallax::Cli::CompareTraining
