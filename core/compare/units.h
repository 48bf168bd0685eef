// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/comparison.h"
#include "compare/lexicon.h"

#include <QHash>

#include <optional>
#include <string_view>
#include <unordered_map>
#include <vector>

// The comparison's view of its input: every word of every document interned as an id (its stem,
// or a number's value), and the units to align (quotes, and sentences outside quotes).
namespace Parallax::Compare {

enum WordFlag : quint8 {
    Content = 1, // not a function word
    Negation = 2,
    NumberWord = 4, // a number, in digits or in words
    DateWord = 8, // a weekday or month name, or inside a date expression
};

struct Word
{
    TextRange range;
    int id = 0; // interned: the stem, "#40" for a number
    quint8 flags = 0;
    int mention = -1; // index into the document's mentions
    int temporal = -1; // index into the document's temporals
};

struct Unit
{
    int doc = 0;
    AlignmentKind kind = AlignmentKind::Sentence;
    int quote = -1; // index into the document's quotes
    TextRange range;
    std::vector<int> words; // indexes into the document's words, ascending
    std::vector<int> sequence; // the words' ids, for the diff
    std::vector<int> contentSequence; // the content words' ids in order, for seeding by pairs
    // Content features, sorted by id: stems of content words, and one "@entity" per linked
    // mention in place of its words (so "Marrow" and "Ilse Marrow" count as one match).
    std::vector<std::pair<int, int>> bag; // (id, count)
    double weight = 0; // sum of idf over the bag
    int contentWords = 0;
    float position = 0; // where it starts in its document, 0..1
    bool headline = false; // a headline or subheading: a line of its own without a full stop
    bool aroundQuote = false; // a sentence's words around a quote: mostly its attribution
    TextRange sentence; // for aroundQuote, the whole sentence with the quote
};

struct PreparedDocument
{
    std::vector<Word> words;
};

// Interned forms shared by every document of one comparison.
class Vocabulary
{
public:
    // token must stay valid as long as the vocabulary (a view into a document's text).
    int wordId(QStringView token, bool isNumber, quint8 *flags);
    int entityFeature(int entity); // "@entity"
    const QString &form(int id) const { return m_forms[size_t(id)]; }
    qsizetype size() const { return qsizetype(m_forms.size()); }

private:
    int intern(const QString &key);
    Stemmer m_stemmer;
    QHash<QString, int> m_ids; // form -> id
    // token as written -> (id, flags); the keys view the documents' texts
    std::unordered_map<std::u16string_view, std::pair<int, quint8>> m_tokens;
    std::vector<QString> m_forms;
    std::vector<int> m_entityFeatures; // entity -> id, -1 until used
};

struct Prepared
{
    Vocabulary vocabulary;
    std::vector<PreparedDocument> documents;
    std::vector<Unit> units; // by document, then position
    std::vector<double> idf; // per id
};

void prepare(const CompareInput &input, Prepared *out);

// WordNet synonyms between interned stems, each stem looked up once per comparison.
class SynonymCache
{
public:
    SynonymCache(const SynonymTable &table, const Vocabulary &vocabulary);
    bool areSynonyms(int a, int b);
    WordRelation relation(int a, int b);

private:
    void reserveFor(int a, int b);
    const SynonymTable::Entry &entry(int id);
    const SynonymTable &m_table;
    const Vocabulary &m_vocabulary;
    std::vector<std::optional<SynonymTable::Entry>> m_entries; // per id; empty entry: unknown
    QHash<quint64, WordRelation> m_relations; // (smaller id, larger id) -> relation, as asked
};

} // namespace Parallax::Compare
