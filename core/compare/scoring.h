// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/pairmodel.h"
#include "compare/units.h"

#include <QHash>

#include <vector>

// How alike two units are, and whether they report the same statement: the features of the pair
// (docs/compare.md, step 5) and the learned model's verdict on them.
namespace Parallax::Compare {

struct Score
{
    double dice = 0;
    double containment = 0;
    int shared = 0; // content features shared exactly or as synonyms
    int sharedAttribution = 0; // of which names and neutral reporting verbs ("said")
    double probability = 0; // the pair model's; the hand rule's 0 or 1 without a model
    bool accepted = false;
    // Refused as one utterance by the quote model, but the statement model takes a pair with a
    // quote for the same statement (a quote and another outlet's own sentence of the same fact):
    // aligned as a sentence pair, never in a quote group.
    bool statement = false;
    double statementProbability = 0;
    PairFeatures features {};
    // What the analyst sees as the alignment's similarity.
    double value() const { return std::max(dice, 0.9 * containment); }
};

class Scorer
{
public:
    // model may be null: then the hand-set rule of compare-2 decides.
    Scorer(const CompareInput &input, const Prepared &prepared, SynonymCache &synonyms,
        const PairModel *model);

    const Score &score(int u, int v); // cached
    bool accepted(int u, int v) { return score(u, v).accepted; }
    // A short quote inside a longer quote of another article, word for word (an extra pair).
    bool shortQuoteContained(int u, int v) const;
    bool isShortQuote(const Unit &unit) const;
    // What no model may overrule (a label is no utterance, and so on).
    bool passesGuards(int u, int v)
    {
        return guards(m_prepared.units[size_t(u)], m_prepared.units[size_t(v)], score(u, v));
    }
    int df(int id) const { return m_df[size_t(id)]; }
    // A short quote that is a name or a term in quotation marks, no utterance (isLabel).
    bool label(int u) const { return isLabel(m_prepared.units[size_t(u)]); }

private:
    Score compute(int u, int v);
    bool guards(const Unit &a, const Unit &b, const Score &s) const;
    bool handRule(const Unit &a, const Unit &b, const Score &s) const;
    bool shortQuoteFits(const Unit &a, const Unit &b) const;
    void fillFeatures(const Unit &a, const Unit &b, Score *s) const;
    void alignWords(const Unit &a, const Unit &b, const std::vector<std::pair<int, int>> &related,
        PairFeatures *f) const;
    std::vector<int> inTermsOf(std::vector<int> small, const std::vector<int> &large) const;
    bool onlyNames(const Unit &unit) const;
    bool isLabel(const Unit &unit) const; // a short quote that is a name or a term, no utterance
    bool speakersDiffer(const Unit &a, const Unit &b) const;
    int personShift(int u, int v, bool *speakerNamed) const;

    const CompareInput &m_input;
    const Prepared &m_prepared;
    SynonymCache &m_synonyms; // a lookup cache: asking it changes nothing observable
    const PairModel *m_model;
    QHash<quint64, Score> m_scores;
    std::vector<int> m_df; // per id: units whose bag holds it
    std::vector<char> m_attribution; // per id: an entity feature or a neutral reporting verb
    // per id: written with a capital wherever it occurs, once at least inside a sentence: a
    // name the entity linker did not link ("Marrow" where no mention was found)
    std::vector<char> m_nameLike;
    // per unit: its personal pronouns of the first and of the third person, singular and plural,
    // outside its quote's speaker and cue
    struct Persons
    {
        int singular = 0;
        int plural = 0;
        int singularThird = 0;
        int pluralThird = 0;
    };
    std::vector<Persons> m_persons;
};

} // namespace Parallax::Compare
