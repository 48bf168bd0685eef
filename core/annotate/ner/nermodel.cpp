// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nermodel.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <bit>
#include <cmath>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Parallax {
namespace {

constexpr char kMagic[8] = {'P', 'L', 'X', 'N', 'E', 'R', '\r', '\n'};

class Writer
{
public:
    explicit Writer(QByteArray *out)
        : m_out(out)
    { }
    template<typename T>
    void put(const T &value)
    {
        m_out->append(reinterpret_cast<const char *>(&value), sizeof value);
    }
    void varint(quint32 value)
    {
        while (value >= 0x80) {
            m_out->append(char(value | 0x80));
            value >>= 7;
        }
        m_out->append(char(value));
    }

private:
    QByteArray *m_out;
};

class Reader
{
public:
    Reader(const char *data, const char *end)
        : m_data(data)
        , m_end(end)
    { }
    template<typename T>
    bool get(T *value)
    {
        if (m_end - m_data < qsizetype(sizeof(T)))
            return false;
        std::memcpy(value, m_data, sizeof(T));
        m_data += sizeof(T);
        return true;
    }
    bool varint(quint32 *value)
    {
        quint32 result = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            if (m_data >= m_end)
                return false;
            const quint8 byte = quint8(*m_data++);
            result |= quint32(byte & 0x7F) << shift;
            if (!(byte & 0x80)) {
                *value = result;
                return true;
            }
        }
        return false;
    }
    const char **cursor() { return &m_data; }
    const char *end() const { return m_end; }
    bool atEnd() const { return m_data == m_end; }

private:
    const char *m_data;
    const char *m_end;
};

} // namespace

Result<NerModel> NerModel::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {u"Cannot read the entity model %1: %2"_s.arg(path, file.errorString())};
    auto model = fromBytes(file.readAll());
    if (!model)
        return Error {u"%1: %2"_s.arg(path, model.error())};
    return model;
}

// Layout (little-endian): magic, version, hash bits, label count, scale, confidence scale,
// transitions (int16: between, start, end), gazetteer size and bytes, row count, then per row
// the bucket as a varint delta from the previous one and a 32-bit mask of its non-zero labels,
// then all non-zero weights as int16 in row order.
QByteArray NerModel::toBytes() const
{
    QByteArray out;
    Writer w(&out);
    out.append(kMagic, sizeof kMagic);
    w.put(kFormatVersion);
    w.put(quint32(m_hashBits));
    w.put(quint32(Ner::kLabelCount));
    w.put(m_scale);
    w.put(m_confidenceScale);
    for (const qint32 v : m_transitions.between)
        w.put(qint16(v));
    for (const qint32 v : m_transitions.start)
        w.put(qint16(v));
    for (const qint32 v : m_transitions.end)
        w.put(qint16(v));
    QByteArray gazetteer;
    m_gazetteer.serialize(&gazetteer);
    w.put(quint32(gazetteer.size()));
    out.append(gazetteer);
    w.put(quint32(m_buckets.size()));
    quint32 previous = 0;
    std::vector<qint16> values;
    for (size_t r = 0; r < m_buckets.size(); ++r) {
        w.varint(m_buckets[r] - previous);
        previous = m_buckets[r];
        quint32 mask = 0;
        for (int y = 0; y < Ner::kLabelCount; ++y) {
            const qint16 v = m_rows[r * Ner::kLabelCount + size_t(y)];
            if (v != 0) {
                mask |= 1u << y;
                values.push_back(v);
            }
        }
        w.put(mask);
    }
    w.put(quint32(values.size()));
    out.append(reinterpret_cast<const char *>(values.data()), qsizetype(values.size() * 2));
    return out;
}

Result<NerModel> NerModel::fromBytes(const QByteArray &bytes)
{
    const Error malformed {u"not a valid entity model (truncated or corrupt)"_s};
    if (bytes.size() < qsizetype(sizeof kMagic)
        || std::memcmp(bytes.constData(), kMagic, sizeof kMagic) != 0)
        return Error {u"not an entity model (wrong magic)"_s};
    Reader r(bytes.constData() + sizeof kMagic, bytes.constData() + bytes.size());
    quint32 version = 0;
    quint32 hashBits = 0;
    quint32 labels = 0;
    NerModel model;
    if (!r.get(&version) || !r.get(&hashBits) || !r.get(&labels) || !r.get(&model.m_scale)
        || !r.get(&model.m_confidenceScale))
        return malformed;
    if (version != kFormatVersion)
        return Error {
            u"entity model format %1 is not supported (this build reads %2)"_s.arg(version).arg(
                kFormatVersion)};
    if (labels != quint32(Ner::kLabelCount) || hashBits < 8 || hashBits > 28)
        return malformed;
    model.m_hashBits = int(hashBits);
    auto getTransition = [&](qint32 *v) {
        qint16 value = 0;
        const bool ok = r.get(&value);
        *v = value;
        return ok;
    };
    for (qint32 &v : model.m_transitions.between) {
        if (!getTransition(&v))
            return malformed;
    }
    for (qint32 &v : model.m_transitions.start) {
        if (!getTransition(&v))
            return malformed;
    }
    for (qint32 &v : model.m_transitions.end) {
        if (!getTransition(&v))
            return malformed;
    }
    quint32 gazetteerSize = 0;
    if (!r.get(&gazetteerSize) || r.end() - *r.cursor() < qsizetype(gazetteerSize))
        return malformed;
    const char *gazetteerEnd = *r.cursor() + gazetteerSize;
    if (!model.m_gazetteer.deserialize(r.cursor(), gazetteerEnd) || *r.cursor() != gazetteerEnd)
        return malformed;
    quint32 rows = 0;
    if (!r.get(&rows) || rows > (1u << hashBits))
        return malformed;
    model.m_index.assign(size_t(1) << hashBits, 0);
    model.m_buckets.resize(rows);
    model.m_rows.assign(size_t(rows) * Ner::kLabelCount, 0);
    std::vector<quint32> masks(rows);
    quint32 bucket = 0;
    for (quint32 i = 0; i < rows; ++i) {
        quint32 delta = 0;
        if (!r.varint(&delta) || !r.get(&masks[i]))
            return malformed;
        bucket += delta;
        if (bucket >= (1u << hashBits) || (i > 0 && delta == 0))
            return malformed;
        model.m_buckets[i] = bucket;
        model.m_index[bucket] = i + 1;
    }
    quint32 values = 0;
    if (!r.get(&values) || quint64(r.end() - *r.cursor()) != quint64(values) * 2)
        return malformed;
    const char *data = *r.cursor();
    quint32 next = 0;
    for (quint32 i = 0; i < rows; ++i) {
        for (quint32 mask = masks[i]; mask != 0; mask &= mask - 1) {
            const int y = std::countr_zero(mask);
            if (y >= Ner::kLabelCount || next >= values)
                return malformed;
            qint16 v = 0;
            std::memcpy(&v, data + size_t(next) * 2, 2);
            model.m_rows[size_t(i) * Ner::kLabelCount + size_t(y)] = v;
            ++next;
        }
    }
    if (next != values)
        return malformed;
    return model;
}

Result<void> NerModel::save(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error {u"Cannot write the entity model %1: %2"_s.arg(path, file.errorString())};
    const QByteArray bytes = toBytes();
    if (file.write(bytes) != bytes.size() || !file.flush())
        return Error {u"Cannot write the entity model %1: %2"_s.arg(path, file.errorString())};
    return {};
}

QString NerModel::defaultPath()
{
    const QString name = QString::fromLatin1(kFileName);
    QStringList dirs;
    if (const QString env = qEnvironmentVariable("PARALLAX_MODEL_DIR"); !env.isEmpty())
        dirs.append(env);
    if (QCoreApplication::instance())
        dirs.append(QCoreApplication::applicationDirPath() + u"/../share/parallax/models"_s);
#ifdef PARALLAX_SOURCE_DIR
    dirs.append(QStringLiteral(PARALLAX_SOURCE_DIR) + u"/resources/models"_s);
#endif
    for (const QString &dir : dirs) {
        const QString path = QDir(dir).filePath(name);
        if (QFileInfo::exists(path))
            return QDir::cleanPath(path);
    }
    return {};
}

void NerModel::tag(QStringView text, const QList<Token> &tokens, const QList<Sentence> &sentences,
    QList<EntitySpan> *out) const
{
    NerTagger(*this).tag(text, tokens, sentences, out);
}

bool operator==(const NerModel &a, const NerModel &b)
{
    return a.m_hashBits == b.m_hashBits && a.m_scale == b.m_scale
        && a.m_confidenceScale == b.m_confidenceScale && a.m_buckets == b.m_buckets
        && a.m_rows == b.m_rows && a.m_index == b.m_index
        && std::memcmp(&a.m_transitions, &b.m_transitions, sizeof a.m_transitions) == 0
        && a.m_gazetteer == b.m_gazetteer;
}

NerTagger::NerTagger(const NerModel &model)
    : m_model(model)
    , m_extractor(&model.m_gazetteer)
{ }

void NerTagger::tag(QStringView text, const QList<Token> &tokens, const QList<Sentence> &sentences,
    QList<EntitySpan> *out)
{
    if (m_model.isNull() || tokens.isEmpty())
        return;
    constexpr int L = Ner::kLabelCount;
    const int shift = 64 - m_model.m_hashBits;
    const quint32 *index = m_model.m_index.data();
    const qint16 *rows = m_model.m_rows.data();
    m_extractor.prepare(text, tokens, sentences);
    for (const Sentence &sentence : sentences) {
        const int n = sentence.size();
        if (n <= 0)
            continue;
        m_extractor.extract(sentence, &m_features, &m_offsets);
        m_emissions.assign(size_t(n) * L, 0);
        for (int i = 0; i < n; ++i) {
            qint32 *acc = &m_emissions[size_t(i) * L];
            for (quint32 f = m_offsets[size_t(i)]; f < m_offsets[size_t(i) + 1]; ++f) {
                const quint32 row = index[m_features[f] >> shift];
                if (row == 0)
                    continue;
                const qint16 *w = rows + size_t(row - 1) * L;
                for (int y = 0; y < L; ++y)
                    acc[y] += w[y];
            }
        }
        m_labels.resize(size_t(n));
        m_margins.resize(size_t(n));
        m_viterbi.decode(
            m_emissions.data(), n, m_model.m_transitions, m_labels.data(), m_margins.data());
        const qsizetype first = out->size();
        Ner::labelsToSpans(m_labels.data(), n, sentence.tokenStart, out);
        for (qsizetype k = first; k < out->size(); ++k) {
            EntitySpan &span = (*out)[k];
            qint32 margin = std::numeric_limits<qint32>::max();
            for (int i = span.tokenStart; i < span.tokenEnd; ++i)
                margin = std::min(margin, m_margins[size_t(i - sentence.tokenStart)]);
            span.confidence = float(std::tanh(double(margin) / m_model.m_confidenceScale));
        }
    }
}

} // namespace Parallax
