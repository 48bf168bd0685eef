// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gazetteer.h"

#include "annotate/tokenizer.h"
#include "hashing.h"

#include <QFile>

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Parallax::Ner {

namespace {

quint64 sequenceKey(quint64 previous, quint64 tokenHash)
{
    const quint64 key = combine(previous, tokenHash);
    return key == 0 ? 1 : key; // 0 marks an empty slot
}

} // namespace

Result<Gazetteer> Gazetteer::fromTsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error {u"Cannot read the gazetteer %1: %2"_s.arg(path, file.errorString())};
    Gazetteer gazetteer;
    const QString all = QString::fromUtf8(file.readAll());
    for (const QStringView line : QStringView(all).split(u'\n', Qt::SkipEmptyParts)) {
        const qsizetype tab = line.indexOf(u'\t');
        if (tab <= 0)
            continue;
        gazetteer.addEntry(line.left(tab).toString(), line.mid(tab + 1));
        if (gazetteer.categories().size() > kMaxCategories)
            return Error {u"%1: more than %2 categories"_s.arg(path).arg(kMaxCategories)};
    }
    if (gazetteer.entryCount() == 0)
        return Error {u"The gazetteer %1 has no entries"_s.arg(path)};
    return gazetteer;
}

void Gazetteer::addEntry(const QString &category, QStringView entry)
{
    qsizetype index = m_categories.indexOf(category);
    if (index < 0) {
        if (m_categories.size() >= kMaxCategories)
            return;
        index = m_categories.size();
        m_categories.append(category);
        if (category.startsWith(u"dict_"_s))
            m_caseFreeCategories |= 1u << index;
    }
    const QList<Token> tokens = Tokenizer::tokenize(entry);
    if (tokens.isEmpty() || tokens.size() > kMaxEntryTokens)
        return;
    quint64 key = kSequenceSeed;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        key = sequenceKey(key, hashLower(tokens[i].text(entry)));
        insert(key, i + 1 < tokens.size() ? kPrefixBit : (1u << index));
    }
    ++m_entryCount;
}

quint32 Gazetteer::lookup(quint64 key) const
{
    if (m_keys.empty())
        return 0;
    const size_t mask = m_keys.size() - 1;
    for (size_t slot = size_t(key) & mask;; slot = (slot + 1) & mask) {
        if (m_keys[slot] == key)
            return m_values[slot];
        if (m_keys[slot] == 0)
            return 0;
    }
}

void Gazetteer::insert(quint64 key, quint32 bits)
{
    if (size_t(m_used + 1) * 2 > m_keys.size())
        grow();
    const size_t mask = m_keys.size() - 1;
    for (size_t slot = size_t(key) & mask;; slot = (slot + 1) & mask) {
        if (m_keys[slot] == key) {
            m_values[slot] |= bits;
            return;
        }
        if (m_keys[slot] == 0) {
            m_keys[slot] = key;
            m_values[slot] = bits;
            ++m_used;
            return;
        }
    }
}

void Gazetteer::grow()
{
    std::vector<quint64> keys;
    std::vector<quint32> values;
    keys.swap(m_keys);
    values.swap(m_values);
    m_keys.assign(std::max<size_t>(1024, keys.size() * 2), 0);
    m_values.assign(m_keys.size(), 0);
    m_used = 0;
    for (size_t i = 0; i < keys.size(); ++i) {
        if (keys[i] != 0)
            insert(keys[i], values[i]);
    }
}

quint32 Gazetteer::firstBits(quint64 lowerHash) const
{
    return lookup(sequenceKey(kSequenceSeed, lowerHash));
}

void Gazetteer::match(
    const quint64 *lowerHashes, const quint8 *lowerCase, int n, quint64 *out) const
{
    match(lowerHashes, lowerCase, nullptr, n, out);
}

void Gazetteer::match(const quint64 *lowerHashes, const quint8 *lowerCase, const quint32 *first,
    int n, quint64 *out) const
{
    std::fill(out, out + n, 0);
    for (int i = 0; i < n; ++i) {
        quint64 key = kSequenceSeed;
        for (int j = i; j < n && j - i < kMaxEntryTokens; ++j) {
            key = sequenceKey(key, lowerHashes[j]);
            const quint32 bits = j == i && first ? first[i] : lookup(key);
            if (bits == 0)
                break;
            quint32 categories = bits & ~kPrefixBit;
            if (lowerCase[i] || lowerCase[j])
                categories &= m_caseFreeCategories;
            if (j > i)
                categories &= ~m_caseFreeCategories;
            for (int c = 0; categories != 0; ++c, categories >>= 1) {
                if (!(categories & 1))
                    continue;
                const quint64 base = quint64(1) << (c * 4);
                if (j == i) {
                    out[i] |= base << 3;
                    continue;
                }
                out[i] |= base;
                for (int k = i + 1; k < j; ++k)
                    out[k] |= base << 1;
                out[j] |= base << 2;
            }
            if (!(bits & kPrefixBit))
                break;
        }
    }
}

// Format: category count, each as length + UTF-8; case-free mask; entry count; slot count;
// then (key, value) pairs of the occupied slots, little-endian as the host writes them.
void Gazetteer::serialize(QByteArray *out) const
{
    auto put = [out](const auto &value) {
        out->append(reinterpret_cast<const char *>(&value), sizeof value);
    };
    put(quint32(m_categories.size()));
    for (const QString &category : m_categories) {
        const QByteArray utf8 = category.toUtf8();
        put(quint32(utf8.size()));
        out->append(utf8);
    }
    put(m_caseFreeCategories);
    put(quint64(m_entryCount));
    put(quint64(m_used));
    // Sorted, so that the bytes do not depend on the table's history.
    std::vector<std::pair<quint64, quint32>> pairs;
    pairs.reserve(size_t(m_used));
    for (size_t i = 0; i < m_keys.size(); ++i) {
        if (m_keys[i] != 0)
            pairs.emplace_back(m_keys[i], m_values[i]);
    }
    std::sort(pairs.begin(), pairs.end());
    for (const auto &[key, value] : pairs) {
        put(key);
        put(value);
    }
}

bool Gazetteer::deserialize(const char **data, const char *end)
{
    auto get = [&](auto *value) {
        if (end - *data < qsizetype(sizeof *value))
            return false;
        std::memcpy(value, *data, sizeof *value);
        *data += sizeof *value;
        return true;
    };
    *this = Gazetteer();
    quint32 categories = 0;
    if (!get(&categories) || categories > kMaxCategories)
        return false;
    for (quint32 i = 0; i < categories; ++i) {
        quint32 size = 0;
        if (!get(&size) || end - *data < qsizetype(size))
            return false;
        m_categories.append(QString::fromUtf8(*data, size));
        *data += size;
    }
    quint64 entries = 0;
    quint64 used = 0;
    if (!get(&m_caseFreeCategories) || !get(&entries) || !get(&used))
        return false;
    if (quint64(end - *data) < used * 12)
        return false;
    m_entryCount = qsizetype(entries);
    size_t slots = 1024;
    while (slots < used * 2 + 2)
        slots *= 2;
    m_keys.assign(slots, 0);
    m_values.assign(slots, 0);
    for (quint64 i = 0; i < used; ++i) {
        quint64 key = 0;
        quint32 value = 0;
        get(&key);
        get(&value);
        if (key == 0)
            return false;
        insert(key, value);
    }
    return true;
}

bool operator==(const Gazetteer &a, const Gazetteer &b)
{
    if (a.m_categories != b.m_categories || a.m_caseFreeCategories != b.m_caseFreeCategories
        || a.m_entryCount != b.m_entryCount || a.m_used != b.m_used)
        return false;
    for (size_t i = 0; i < a.m_keys.size(); ++i) {
        if (a.m_keys[i] != 0 && b.lookup(a.m_keys[i]) != a.m_values[i])
            return false;
    }
    return true;
}

} // namespace Parallax::Ner
