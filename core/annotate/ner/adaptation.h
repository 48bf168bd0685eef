// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "labels.h"
#include "util/result.h"

#include <QByteArray>
#include <QHash>

#include <vector>

namespace Parallax::Ner {

// What an analyst decided about a run of tokens: that it is an entity of this type (accepted,
// corrected or made by hand), or that it is not (a rejected proposal).
struct SpanConstraint
{
    qint32 tokenStart = 0;
    qint32 tokenEnd = 0;
    EntityType type = EntityType::Person;
    bool rejected = false;
};

constexpr quint32 kAllLabels = (1u << kLabelCount) - 1;

// Per-token masks of the labels decoding may choose. A kept span allows only its BILOU labels
// on its tokens. A rejected span forbids its type to start at its first token (U for one token,
// B for longer ones): negative evidence for that span, which a first-order decoder can state
// only at one of its ends. A kept span wins over a rejected one on the same tokens.
std::vector<quint32> constraintMasks(const QList<SpanConstraint> &constraints, int tokenCount);

// A project's sparse correction on top of the shipped first-pass weights, in the model's int
// units: rows of kLabelCount int32 weights keyed by the same buckets as NerModel's table. The
// shipped model stays untouched; the tagger adds both.
class WeightDelta
{
public:
    explicit WeightDelta(int hashBits = 21)
        : m_hashBits(hashBits)
    { }

    // The width of the buckets: the model's first-pass table's, or the delta does not apply.
    int hashBits() const { return m_hashBits; }
    bool isEmpty() const { return m_rows.isEmpty(); }
    qsizetype rowCount() const { return m_rows.size(); }

    // Adds the delta's weights of the features [f, end) (hashed, the top hashBits() bits pick
    // the bucket) to the kLabelCount scores at acc.
    void add(const quint64 *f, const quint64 *end, qint32 *acc) const;
    void update(quint32 bucket, int label, qint32 amount);
    // Adds factor times other's weights (of the same bucket width; 1 and -1 add and take back
    // a contribution exactly). Rows that come to zero are dropped, so that adding a delta and
    // taking it back gives the same bytes as before.
    void addDelta(const WeightDelta &other, qint32 factor);
    // The buckets with a row, and a row's kLabelCount weights (null for none).
    QList<quint32> buckets() const { return m_rows.keys(); }
    const qint32 *row(quint32 bucket) const
    {
        const auto it = m_rows.constFind(bucket);
        return it == m_rows.constEnd() ? nullptr : m_weights.data() + size_t(*it) * kLabelCount;
    }

    QByteArray toBytes() const;
    static Result<WeightDelta> fromBytes(const QByteArray &bytes);

    friend bool operator==(const WeightDelta &a, const WeightDelta &b)
    {
        return a.toBytes() == b.toBytes(); // rows may have been added in another order
    }

private:
    quint32 slot(quint32 bucket) const;

    int m_hashBits;
    QHash<quint32, quint32> m_rows; // bucket -> row
    std::vector<qint32> m_weights; // kLabelCount per row
    // One bit per bucket group: most features have no delta, and a bit test is cheaper than a
    // hash lookup.
    std::vector<quint64> m_present;
};

} // namespace Parallax::Ner
