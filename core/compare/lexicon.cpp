// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lexicon.h"

#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>
#include <QResource>
#include <QSet>
#include <QStringList>

#include <libstemmer.h>

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCompareLexicon, "parallax.compare.lexicon")

namespace Parallax::Compare {

Stemmer::Stemmer()
    : m_stemmer(sb_stemmer_new("english", "UTF_8"))
{ }

Stemmer::~Stemmer()
{
    sb_stemmer_delete(m_stemmer);
}

QString Stemmer::stem(QStringView lowerWord)
{
    if (!m_stemmer)
        return lowerWord.toString();
    m_buffer = lowerWord.toUtf8();
    const sb_symbol *s = sb_stemmer_stem(
        m_stemmer, reinterpret_cast<const sb_symbol *>(m_buffer.constData()), int(m_buffer.size()));
    if (!s)
        return lowerWord.toString();
    return QString::fromUtf8(reinterpret_cast<const char *>(s), sb_stemmer_length(m_stemmer));
}

SynonymTable::SynonymTable()
{
    QElapsedTimer timer;
    timer.start();
    QResource resource(u":/compare/synonyms-en.tsv"_s);
    if (!resource.isValid()) {
        qCWarning(lcCompareLexicon) << "the synonym table is missing from the build";
        return;
    }
    if (resource.compressionAlgorithm() == QResource::NoCompression)
        m_data = QByteArray::fromRawData(
            reinterpret_cast<const char *>(resource.data()), qsizetype(resource.size()));
    else
        m_data = resource.uncompressedData();
    m_lines.reserve(size_t(m_data.size() / 16));
    const char *begin = m_data.constData();
    const char *end = begin + m_data.size();
    for (const char *p = begin; p < end;) {
        m_lines.push_back(quint32(p - begin));
        const void *nl = std::memchr(p, '\n', size_t(end - p));
        p = nl ? static_cast<const char *>(nl) + 1 : end;
    }
    m_loadMs = double(timer.nsecsElapsed()) / 1e6;
}

const SynonymTable &SynonymTable::instance()
{
    static const SynonymTable table;
    return table;
}

namespace {

std::vector<int> parseNumbers(const char *p, const char *end)
{
    std::vector<int> out;
    int value = -1;
    for (; p < end; ++p) {
        if (*p >= '0' && *p <= '9') {
            value = (value < 0 ? 0 : value * 10) + (*p - '0');
        } else if (value >= 0) {
            out.push_back(value);
            value = -1;
        }
    }
    if (value >= 0)
        out.push_back(value);
    return out;
}

bool intersects(const std::vector<int> &a, const std::vector<int> &b)
{
    auto i = a.cbegin();
    auto j = b.cbegin();
    while (i != a.cend() && j != b.cend()) {
        if (*i == *j)
            return true;
        if (*i < *j)
            ++i;
        else
            ++j;
    }
    return false;
}

} // namespace

bool SynonymTable::find(QStringView stem, Entry *entry) const
{
    if (m_lines.empty())
        return false;
    const QByteArray key = stem.toUtf8();
    const char *data = m_data.constData();
    const char *dataEnd = data + m_data.size();
    auto keyOf = [&](quint32 start) {
        const char *p = data + start;
        const void *tab = std::memchr(p, '\t', size_t(dataEnd - p));
        const char *t = tab ? static_cast<const char *>(tab) : dataEnd;
        return QByteArrayView(p, t - p);
    };
    const auto it = std::lower_bound(m_lines.cbegin(), m_lines.cend(), key,
        [&](quint32 line, const QByteArray &k) { return keyOf(line) < QByteArrayView(k); });
    if (it == m_lines.cend() || keyOf(*it) != QByteArrayView(key))
        return false;
    const char *p = data + *it + key.size() + 1;
    const void *nl = std::memchr(p, '\n', size_t(dataEnd - p));
    const char *lineEnd = nl ? static_cast<const char *>(nl) : dataEnd;
    std::vector<int> *columns[]
        = {&entry->own, &entry->heads, &entry->derived, &entry->hypernyms, &entry->antonyms};
    for (std::vector<int> *column : columns) {
        const void *tab = std::memchr(p, '\t', size_t(lineEnd - p));
        const char *next = tab ? static_cast<const char *>(tab) : lineEnd;
        *column = parseNumbers(p, next);
        p = next < lineEnd ? next + 1 : lineEnd;
    }
    return true;
}

bool SynonymTable::areSynonyms(QStringView stemA, QStringView stemB) const
{
    if (stemA == stemB)
        return false;
    Entry a;
    Entry b;
    if (!find(stemA, &a) || !find(stemB, &b))
        return false;
    return related(a, b);
}

bool SynonymTable::related(const Entry &a, const Entry &b)
{
    return intersects(a.own, b.own) || intersects(a.own, b.heads) || intersects(a.heads, b.own);
}

WordRelation SynonymTable::relation(const Entry &a, const Entry &b)
{
    if (related(a, b))
        return WordRelation::Synonym;
    if (intersects(a.heads, b.heads))
        return WordRelation::Cluster;
    if (intersects(a.own, b.derived) || intersects(a.derived, b.own))
        return WordRelation::Derived;
    if (intersects(a.own, b.hypernyms) || intersects(a.hypernyms, b.own))
        return WordRelation::Hypernym;
    if (intersects(a.own, b.antonyms) || intersects(a.antonyms, b.own)
        || intersects(a.heads, b.antonyms) || intersects(a.antonyms, b.heads))
        return WordRelation::Antonym;
    return WordRelation::None;
}

namespace Lexicon {
namespace {

QSet<QString> wordSet(QStringView list)
{
    QSet<QString> set;
    for (QStringView w : list.tokenize(u' ', Qt::SkipEmptyParts))
        set.insert(w.toString());
    return set;
}

} // namespace

bool isStopword(QStringView lower)
{
    static const QSet<QString> words = wordSet(
        u"a an the and or but if then than so as of to in on at by for from with without into onto "
        "over under about above below after before between through during until upon within "
        "across along among around against toward towards via per "
        "is are was were be been being am 's 're 've 'd 'll 'm do does did doing done have has had "
        "having get got i me my mine we us our ours you your yours he him his she her hers it its "
        "they them their theirs this that these those there here who whom whose which what when "
        "where why how all any both each few more most other some such only own same too very "
        "just also even still yet again further once ever s t "
        "mr mrs ms dr "
        "one's oneself itself himself herself themselves ourselves yourself"_s);
    return words.contains(lower.toString());
}

bool isNegation(QStringView lower)
{
    static const QSet<QString> words
        = wordSet(u"not n't no never nobody nothing none nowhere neither nor cannot without"_s);
    return words.contains(lower.toString());
}

bool isNeutralCue(QStringView stem)
{
    // Stems (Snowball) of reporting verbs without a stance, and the frames around them.
    static const QSet<QString> words = wordSet(
        u"said say told tell add ad state note explain comment remark speak spoke report "
        "accord write wrote respond repli repli answer describ call continu mention put"_s);
    return words.contains(stem.toString());
}

qint64 numberWord(QStringView lower)
{
    static const QHash<QString, qint64> words = [] {
        QHash<QString, qint64> h;
        const QStringList units = u"zero one two three four five six seven eight nine ten eleven "
                                  "twelve thirteen fourteen fifteen sixteen seventeen eighteen "
                                  "nineteen"_s.split(u' ');
        for (int i = 0; i < units.size(); ++i)
            h.insert(units.at(i), i);
        const QStringList tens
            = u"twenty thirty forty fifty sixty seventy eighty ninety"_s.split(u' ');
        for (int i = 0; i < tens.size(); ++i)
            h.insert(tens.at(i), 20 + 10 * i);
        h.insert(u"hundred"_s, 100);
        h.insert(u"thousand"_s, 1000);
        h.insert(u"million"_s, 1000000);
        h.insert(u"billion"_s, 1000000000);
        h.insert(u"dozen"_s, 12);
        return h;
    }();
    auto it = words.constFind(lower.toString());
    if (it != words.constEnd())
        return it.value();
    const qsizetype hyphen = lower.indexOf(u'-');
    if (hyphen > 0) {
        const qint64 tens = numberWord(lower.left(hyphen));
        const qint64 unit = numberWord(lower.mid(hyphen + 1));
        if (tens >= 20 && tens <= 90 && tens % 10 == 0 && unit > 0 && unit < 10)
            return tens + unit;
    }
    return -1;
}

QString normalizedNumber(QStringView token)
{
    QString out;
    out.reserve(token.size());
    for (QChar c : token) {
        if (c == u',' || c == u'%' || c == u'\u00a0' || c == u'\u202f')
            continue;
        out += c;
    }
    while (out.endsWith(u'.'))
        out.chop(1);
    return out;
}

bool isPronoun(QStringView lower)
{
    static const QSet<QString> words
        = wordSet(u"he she they it we i you his her their its our one someone"_s);
    return words.contains(lower.toString());
}

int personOf(QStringView word)
{
    // Asked for every function word of every unit: compared in place, no copy.
    struct Pronoun
    {
        QStringView word;
        int person;
    };
    static constexpr Pronoun kPronouns[]
        = {{u"i", 1}, {u"me", 1}, {u"my", 1}, {u"mine", 1}, {u"myself", 1}, {u"we", -1},
            {u"us", -1}, {u"our", -1}, {u"ours", -1}, {u"ourselves", -1}, {u"he", 3}, {u"him", 3},
            {u"his", 3}, {u"himself", 3}, {u"she", 3}, {u"her", 3}, {u"hers", 3}, {u"herself", 3},
            {u"they", -3}, {u"them", -3}, {u"their", -3}, {u"theirs", -3}, {u"themselves", -3}};
    if (word.size() > 10)
        return 0;
    for (const Pronoun &p : kPronouns) {
        if (p.word.size() == word.size() && p.word.compare(word, Qt::CaseInsensitive) == 0)
            return p.person;
    }
    return 0;
}

bool isDateWord(QStringView lower)
{
    static const QSet<QString> words = wordSet(
        u"monday tuesday wednesday thursday friday saturday sunday january february april "
        "june july august september october november december jan feb apr jun jul aug "
        "sep sept oct nov dec yesterday today tomorrow tonight"_s);
    return words.contains(lower.toString());
}

QString baseForm(const QString &lower)
{
    static const QHash<QString, QString> forms = [] {
        QHash<QString, QString> h;
        QResource resource(u":/compare/irregular-en.tsv"_s);
        if (!resource.isValid()) {
            qCWarning(lcCompareLexicon) << "the irregular forms are missing from the build";
            return h;
        }
        const QByteArray data = resource.compressionAlgorithm() == QResource::NoCompression
            ? QByteArray::fromRawData(
                reinterpret_cast<const char *>(resource.data()), qsizetype(resource.size()))
            : resource.uncompressedData();
        for (const QByteArray &line : data.split('\n')) {
            const qsizetype tab = line.indexOf('\t');
            if (tab > 0)
                h.insert(QString::fromUtf8(line.left(tab)), QString::fromUtf8(line.mid(tab + 1)));
        }
        return h;
    }();
    return forms.value(lower, lower);
}

} // namespace Lexicon
} // namespace Parallax::Compare
