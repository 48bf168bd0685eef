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

#include <map>

using namespace Qt::StringLiterals;

namespace Parallax::Cli::CompareTraining {

using namespace CompareGold;

namespace {

bool matchesPair(const Span &x, const Span &y, const Span &a, const Span &b)
{
    return (matches(x, a) && matches(y, b)) || (matches(x, b) && matches(y, a));
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
        // A sample is the same statement when its two spans match a gold quote pair. (Labelling
        // the statement pairs too was tried: cross-validated statement F1 0.456 -> 0.500, quote
        // F1 0.727 -> 0.676, as quote-sentence pairs then count against the quote pairs.) A gold
        // pair of two long quotations matches every pair of their sentences, though: only the pair
        // that is the best for both of its units (by Dice) is a positive, the others are left out.
        const QList<PairSample> samples = comparer.candidatePairs(input);
        std::vector<int> goldOf(size_t(samples.size()), -1);
        std::map<std::pair<int, std::pair<int, qint64>>, float> best; // (gold, unit) -> Dice
        auto keyOf = [](int g, const AlignedSpan &s) {
            return std::pair {g, std::pair {s.doc, qint64(s.range.start)}};
        };
        auto span = [&](const AlignedSpan &s) {
            const CodePointMap &map = maps.at(s.doc);
            return Span {s.doc, map.toCodePoint(s.range.start), map.toCodePoint(s.range.end)};
        };
        for (qsizetype i = 0; i < samples.size(); ++i) {
            const PairSample &sample = samples.at(i);
            const Span a = span(sample.a);
            const Span b = span(sample.b);
            for (int g = 0; g < int(set.pairs.size()) && goldOf[size_t(i)] < 0; ++g) {
                if (matchesPair(a, b, set.pairs.at(g).a, set.pairs.at(g).b))
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
            labelled.features.push_back(sample.features);
            labelled.labels.push_back(g >= 0 ? 1 : 0);
        }
        out.append(labelled);
    }
    return out;
}

PairModel train(const QList<LabelledSet> &sets, const QString &exclude)
{
    std::vector<PairFeatures> features;
    std::vector<int> labels;
    for (const LabelledSet &set : sets) {
        if (!exclude.isEmpty() && set.group == exclude)
            continue;
        features.insert(features.end(), set.features.cbegin(), set.features.cend());
        labels.insert(labels.end(), set.labels.cbegin(), set.labels.cend());
    }
    return PairModel::train(features, labels);
}

QString describe(const QList<LabelledSet> &sets)
{
    int pairs = 0;
    int positive = 0;
    for (const LabelledSet &set : sets) {
        pairs += int(set.labels.size());
        for (int l : set.labels)
            positive += l;
    }
    return u"Parallax pair model (logistic regression, core/compare/pairmodel.h), trained on %1 "
           "candidate pairs (%2 the same statement) of %3 gold sets by\n"
           "parallax eval compare --gold bench/gold/compare-quotes.tsv --data ../shared/data "
           "--train-model core/compare/pairmodel.tsv"_s.arg(pairs)
               .arg(positive)
               .arg(sets.size());
}

} // namespace Parallax::Cli::CompareTraining
