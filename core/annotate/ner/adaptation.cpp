// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "adaptation.h"

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Parallax::Ner {
namespace {

constexpr char kMagic[8] = {'P', 'L', 'X', 'D', 'E', 'L', 'T', '1'};
constexpr int kPresentBits = 16; // 64k bits: buckets share a bit by their top 16 bits

} // namespace

std::vector<quint32> constraintMasks(const QList<SpanConstraint> &constraints, int tokenCount)
{
    std::vector<quint32> masks(size_t(qMax(tokenCount, 0)), kAllLabels);
    std::vector<quint8> kept(masks.size(), 0);
    for (const SpanConstraint &c : constraints) {
        if (c.rejected || c.tokenStart < 0 || c.tokenEnd > tokenCount || c.tokenStart >= c.tokenEnd)
            continue;
        for (int i = c.tokenStart; i < c.tokenEnd; ++i) {
            const Position p = c.tokenEnd - c.tokenStart == 1 ? Unit
                : i == c.tokenStart                           ? Begin
                : i == c.tokenEnd - 1                         ? Last
                                                              : Inside;
            masks[size_t(i)] = 1u << label(c.type, p);
            kept[size_t(i)] = 1;
        }
    }
    for (const SpanConstraint &c : constraints) {
        if (!c.rejected || c.tokenStart < 0 || c.tokenEnd > tokenCount || c.tokenStart >= c.tokenEnd
            || kept[size_t(c.tokenStart)])
            continue;
        const Position p = c.tokenEnd - c.tokenStart == 1 ? Unit : Begin;
        masks[size_t(c.tokenStart)] &= ~(1u << label(c.type, p));
    }
    return masks;
}

quint32 WeightDelta::slot(quint32 bucket) const
{
    return m_hashBits > kPresentBits ? bucket >> (m_hashBits - kPresentBits) : bucket;
}

void WeightDelta::add(const quint64 *f, const quint64 *end, qint32 *acc) const
{
    if (m_rows.isEmpty())
        return;
    const int shift = 64 - m_hashBits;
    for (; f != end; ++f) {
        const quint32 bucket = quint32(*f >> shift);
        const quint32 s = slot(bucket);
        if (!(m_present[s >> 6] >> (s & 63) & 1))
            continue;
        const auto it = m_rows.constFind(bucket);
        if (it == m_rows.constEnd())
            continue;
        const qint32 *w = m_weights.data() + size_t(it.value()) * kLabelCount;
        for (int y = 0; y < kLabelCount; ++y)
            acc[y] += w[y];
    }
}

void WeightDelta::update(quint32 bucket, int label, qint32 amount)
{
    auto it = m_rows.find(bucket);
    if (it == m_rows.end()) {
        it = m_rows.insert(bucket, quint32(m_weights.size() / kLabelCount));
        m_weights.resize(m_weights.size() + kLabelCount, 0);
        if (m_present.empty())
            m_present.assign((size_t(1) << kPresentBits) / 64, 0);
        const quint32 s = slot(bucket);
        m_present[s >> 6] |= quint64(1) << (s & 63);
    }
    m_weights[size_t(it.value()) * kLabelCount + size_t(label)] += amount;
}

void WeightDelta::addDelta(const WeightDelta &other, qint32 factor)
{
    if (other.m_hashBits != m_hashBits || factor == 0)
        return;
    for (auto it = other.m_rows.cbegin(); it != other.m_rows.cend(); ++it) {
        const qint32 *w = other.m_weights.data() + size_t(it.value()) * kLabelCount;
        for (int y = 0; y < kLabelCount; ++y) {
            if (w[y] != 0)
                update(it.key(), y, w[y] * factor);
        }
    }
    // Drop the rows that came to zero (rebuilt: rows are indices into m_weights).
    bool zero = false;
    for (auto it = m_rows.cbegin(); it != m_rows.cend() && !zero; ++it) {
        const qint32 *w = m_weights.data() + size_t(it.value()) * kLabelCount;
        zero = std::all_of(w, w + kLabelCount, [](qint32 v) { return v == 0; });
    }
    if (!zero)
        return;
    WeightDelta kept(m_hashBits);
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        const qint32 *w = m_weights.data() + size_t(it.value()) * kLabelCount;
        if (std::all_of(w, w + kLabelCount, [](qint32 v) { return v == 0; }))
            continue;
        for (int y = 0; y < kLabelCount; ++y)
            kept.update(it.key(), y, w[y]);
    }
    *this = std::move(kept);
}

// Layout (little-endian): magic, hash bits, row count, then per row its bucket and kLabelCount
// int32 weights, in bucket order (so that equal deltas give equal bytes).
QByteArray WeightDelta::toBytes() const
{
    QByteArray out(kMagic, sizeof kMagic);
    auto put = [&out](quint32 v) {
        out.append(reinterpret_cast<const char *>(&v), sizeof v);
    };
    QList<quint32> buckets = m_rows.keys();
    std::sort(buckets.begin(), buckets.end());
    put(quint32(m_hashBits));
    put(quint32(buckets.size()));
    for (const quint32 bucket : std::as_const(buckets)) {
        put(bucket);
        const qint32 *w = m_weights.data() + size_t(m_rows.value(bucket)) * kLabelCount;
        for (int y = 0; y < kLabelCount; ++y)
            put(quint32(w[y]));
    }
    return out;
}

Result<WeightDelta> WeightDelta::fromBytes(const QByteArray &bytes)
{
    const Error malformed {u"not a valid project model delta (truncated or corrupt)"_s};
    if (bytes.size() < qsizetype(sizeof kMagic) + 8
        || std::memcmp(bytes.constData(), kMagic, sizeof kMagic) != 0)
        return malformed;
    const char *p = bytes.constData() + sizeof kMagic;
    const char *end = bytes.constData() + bytes.size();
    auto get = [&p](quint32 *v) {
        std::memcpy(v, p, sizeof *v);
        p += sizeof *v;
    };
    quint32 hashBits = 0;
    quint32 rows = 0;
    get(&hashBits);
    get(&rows);
    if (hashBits < 8 || hashBits > 28
        || quint64(end - p) != quint64(rows) * (1 + kLabelCount) * sizeof(quint32))
        return malformed;
    WeightDelta delta {int(hashBits)};
    for (quint32 r = 0; r < rows; ++r) {
        quint32 bucket = 0;
        get(&bucket);
        if (bucket >= (1u << hashBits) || delta.m_rows.contains(bucket))
            return malformed;
        for (int y = 0; y < kLabelCount; ++y) {
            quint32 v = 0;
            get(&v);
            delta.update(bucket, y, qint32(v));
        }
    }
    return delta;
}

} // namespace Parallax::Ner
