// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <vector>

struct sb_stemmer;

namespace Parallax::Compare {

// The Snowball English stemmer (libstemmer). Not thread-safe: one per thread or per comparison.
class Stemmer
{
public:
    Stemmer();
    ~Stemmer();
    Q_DISABLE_COPY_MOVE(Stemmer)

    // The stem of a lower-case word: "talks" -> "talk", "agreed" -> "agre".
    QString stem(QStringView lowerWord);

private:
    sb_stemmer *m_stemmer = nullptr;
    QByteArray m_buffer;
};

// How WordNet relates two stems, strongest first: one synset or an adjective similar to the
// other's head; two adjectives similar to one head ("decisive" / "pivotal", both near "crucial");
// a derivationally related form ("decide" / "decision"); a hypernym within two steps ("envoy" /
// "diplomat"); an antonym ("productive" / "unproductive": a contradiction, not a match).
enum class WordRelation : quint8 { None, Synonym, Cluster, Derived, Hypernym, Antonym };

// WordNet synonyms by stem, generated at build time (tools/gensynonyms) and compiled in as an
// uncompressed resource: looked up in place by binary search, so loading only indexes the lines.
class SynonymTable
{
public:
    // Loaded on first use, once per process; thread-safe.
    static const SynonymTable &instance();

    // Same WordNet synset, or one is an adjective "similar to" the other's head ("pivotal" and
    // "crucial"). Takes stems; a stem is never its own synonym here (the caller matched those).
    bool areSynonyms(QStringView stemA, QStringView stemB) const;

    // A stem's synsets, for callers that cache them: two entries are synonyms when
    // related(a, b).
    struct Entry
    {
        std::vector<int> own; // synsets the stem's lemmas belong to
        std::vector<int> heads; // for adjective satellites, the heads they are similar to
        std::vector<int> derived; // synsets of derivationally related forms
        std::vector<int> hypernyms; // synsets one or two steps up
        std::vector<int> antonyms; // antonyms of the own synsets and of the heads
    };
    bool find(QStringView stem, Entry *entry) const;
    static bool related(const Entry &a, const Entry &b);
    static WordRelation relation(const Entry &a, const Entry &b);

    qsizetype size() const { return qsizetype(m_lines.size()); }
    double loadMilliseconds() const { return m_loadMs; }

private:
    SynonymTable();

    QByteArray m_data; // the resource, not copied when stored uncompressed
    std::vector<quint32> m_lines; // start of each line
    double m_loadMs = 0;
};

namespace Lexicon {

// English function words: they neither seed nor weigh in a match and a change among them alone
// is not a difference. Negations and modal verbs are not among them.
bool isStopword(QStringView lower);
// "not", "n't", "never", "no", "nobody", "nothing", "cannot", ...
bool isNegation(QStringView lower);
// Reporting verbs that carry no stance: "said", "told", "added", "according". A change from one
// to another is not an attribution difference; a change to "admitted" or "claimed" is.
bool isNeutralCue(QStringView stem);
// "forty" -> 40, "forty-five" -> 45, "twelve" -> 12, "million" -> 1000000; -1 when not one.
qint64 numberWord(QStringView lower);
// The value of a number token as written, for comparison: "1,200" -> "1200", "40%" -> "40".
QString normalizedNumber(QStringView token);
// "he", "she", "they", "we", ...: a speaker as written that names no one.
bool isPronoun(QStringView lower);
// The grammatical person of a personal pronoun, as a quote and its report shift it: 1 for "i",
// "me", "my", "mine", "myself"; -1 for "we", "us", "our", ...; 3 for "he", "she", "his", "her",
// ...; -3 for "they", "them", "their", ... ("it" is no person); 0 for any other word. In any
// case ("We", "HIS").
int personOf(QStringView word);
// Weekday and month names ("Monday", "Dec"), which make a changed word a date difference.
bool isDateWord(QStringView lower);
// The base form of an irregular verb or noun ("drank" -> "drink", "men" -> "man"; WordNet's
// exception lists, generated at build time), or the word itself.
QString baseForm(const QString &lower);

} // namespace Lexicon
} // namespace Parallax::Compare
