// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nermodel.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
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

// A weight table: hash bits, row count, per row the bucket as a varint delta from the previous
// one and a 32-bit mask of its non-zero labels, then the count of non-zero weights and the
// weights as int16 in row order.
void writeTable(const Ner::WeightTable &table, QByteArray *out)
{
    Writer w(out);
    w.put(quint32(table.hashBits));
    w.put(quint32(table.buckets.size()));
    quint32 previous = 0;
    std::vector<qint16> values;
    for (size_t r = 0; r < table.buckets.size(); ++r) {
        w.varint(table.buckets[r] - previous);
        previous = table.buckets[r];
        quint32 mask = 0;
        for (int y = 0; y < Ner::kLabelCount; ++y) {
            const qint16 v = table.rows[r * Ner::kLabelCount + size_t(y)];
            if (v != 0) {
                mask |= 1u << y;
                values.push_back(v);
            }
        }
        w.put(mask);
    }
    w.put(quint32(values.size()));
    out->append(reinterpret_cast<const char *>(values.data()), qsizetype(values.size()) * 2);
}

// hashBits: 0 to read them from the table (format 2), else the header's (format 1).
bool readTable(Reader &r, Ner::WeightTable *table, quint32 hashBits = 0)
{
    quint32 rows = 0;
    if ((hashBits == 0 && !r.get(&hashBits)) || !r.get(&rows))
        return false;
    table->hashBits = int(hashBits);
    if (hashBits == 0) { // no table (a model without the second pass)
        quint32 values = 0;
        return rows == 0 && r.get(&values) && values == 0;
    }
    if (hashBits < 8 || hashBits > 28 || rows > (1u << hashBits))
        return false;
    table->buckets.resize(rows);
    table->rows.assign(size_t(rows) * Ner::kLabelCount, 0);
    std::vector<quint32> masks(rows);
    quint32 bucket = 0;
    for (quint32 i = 0; i < rows; ++i) {
        quint32 delta = 0;
        if (!r.varint(&delta) || !r.get(&masks[i]))
            return false;
        bucket += delta;
        if (bucket >= (1u << hashBits) || (i > 0 && delta == 0))
            return false;
        table->buckets[i] = bucket;
    }
    quint32 values = 0;
    if (!r.get(&values) || quint64(r.end() - *r.cursor()) < quint64(values) * 2)
        return false;
    const char *data = *r.cursor();
    quint32 next = 0;
    for (quint32 i = 0; i < rows; ++i) {
        for (quint32 mask = masks[i]; mask != 0; mask &= mask - 1) {
            const int y = std::countr_zero(mask);
            if (y >= Ner::kLabelCount || next >= values)
                return false;
            qint16 v = 0;
            std::memcpy(&v, data + size_t(next) * 2, 2);
            table->rows[size_t(i) * Ner::kLabelCount + size_t(y)] = v;
            ++next;
        }
    }
    *r.cursor() += size_t(values) * 2;
    table->buildIndex();
    return next == values;
}

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

// Layout (little-endian): magic, version, label count, scale, confidence scale, transitions
// (int16: between, start, end), gazetteer size and bytes, then the first-pass and the
// second-pass weight tables (see writeTable).
QByteArray NerModel::toBytes() const
{
    QByteArray out;
    Writer w(&out);
    out.append(kMagic, sizeof kMagic);
    w.put(kFormatVersion);
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
    QByteArray clusters;
    m_clusters.serialize(&clusters);
    w.put(quint32(clusters.size()));
    out.append(clusters);
    writeTable(m_local, &out);
    writeTable(m_document, &out);
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
    quint32 hashBits = 0; // format 1 has them in the header, and no second pass
    quint32 labels = 0;
    NerModel model;
    if (!r.get(&version))
        return malformed;
    if (version < 1 || version > kFormatVersion)
        return Error {
            u"entity model format %1 is not supported (this build reads 1 to %2)"_s.arg(version)
                .arg(kFormatVersion)};
    if ((version == 1 && (!r.get(&hashBits) || hashBits == 0)) || !r.get(&labels)
        || !r.get(&model.m_scale) || !r.get(&model.m_confidenceScale))
        return malformed;
    if (labels != quint32(Ner::kLabelCount))
        return malformed;
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
    if (version >= 3) {
        quint32 clustersSize = 0;
        if (!r.get(&clustersSize) || r.end() - *r.cursor() < qsizetype(clustersSize))
            return malformed;
        const char *clustersEnd = *r.cursor() + clustersSize;
        if (!model.m_clusters.deserialize(r.cursor(), clustersEnd) || *r.cursor() != clustersEnd)
            return malformed;
    }
    if (!readTable(r, &model.m_local, hashBits) || (version > 1 && !readTable(r, &model.m_document))
        || !r.atEnd())
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
    return findModelFile(QString::fromLatin1(kFileName));
}

QString findModelFile(const QString &name)
{
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
    return a.m_scale == b.m_scale && a.m_confidenceScale == b.m_confidenceScale
        && a.m_local == b.m_local && a.m_document == b.m_document
        && std::memcmp(&a.m_transitions, &b.m_transitions, sizeof a.m_transitions) == 0
        && a.m_gazetteer == b.m_gazetteer && a.m_clusters == b.m_clusters;
}

NerTagger::NerTagger(const NerModel &model)
    : m_model(model)
    , m_extractor(&model.m_gazetteer, &model.m_clusters)
{ }

void NerTagger::setDelta(const Ner::WeightDelta *delta)
{
    m_delta = delta && !delta->isEmpty() && delta->hashBits() == m_model.m_local.hashBits ? delta
                                                                                          : nullptr;
}

namespace {
constexpr size_t kFormScoreBytes
    = sizeof(qint32) * size_t(Ner::FeatureExtractor::kFormRoles) * Ner::kLabelCount;
constexpr size_t kPrefetchAhead = 4;
} // namespace

void NerTagger::firstPass(QStringView text, const QList<Token> &tokens,
    const QList<Sentence> &sentences, bool decode, const quint32 *masks)
{
    constexpr int L = Ner::kLabelCount;
    // Far below any sum of weights, far above the decoder's "unreachable" score.
    constexpr qint32 kForbidden = 1 << 22;
    const int n = int(tokens.size());
    m_extractor.prepare(text, tokens, sentences);
    // With a delta every feature is looked up in it too; without, the weights of the features
    // a word form decides are summed once per form (scoreForms()).
    const bool byForm = !m_delta && m_decoding == Decoding::Fast;
    if (byForm)
        scoreForms();
    m_emissions.assign(size_t(n) * L, 0);
    m_labels.assign(size_t(n), quint8(Ner::kOutside));
    for (const Sentence &sentence : sentences) {
        if (sentence.size() <= 0)
            continue;
        if (byForm)
            m_extractor.extractContext(sentence, &m_features, &m_offsets);
        else
            m_extractor.extract(sentence, &m_features, &m_offsets);
        qint32 *emissions = &m_emissions[size_t(sentence.tokenStart) * L];
        if (byForm) {
            // The sentence's forms, kStartForm and kEndForm two places beyond its ends: token
            // i's neighbours at -2 to +2 are m_sentenceForms[i] to [i + 4].
            using Extractor = Ner::FeatureExtractor;
            m_sentenceForms.resize(size_t(sentence.size()) + 4);
            m_sentenceForms[0] = m_sentenceForms[1] = Extractor::kStartForm;
            for (int i = 0; i < sentence.size(); ++i)
                m_sentenceForms[size_t(i) + 2] = m_extractor.form(sentence.tokenStart + i);
            m_sentenceForms[size_t(sentence.size()) + 2] = Extractor::kEndForm;
            m_sentenceForms[size_t(sentence.size()) + 3] = Extractor::kEndForm;
        }
        for (int i = 0; i < sentence.size(); ++i) {
            const quint64 *begin = m_features.data() + m_offsets[size_t(i)];
            const quint64 *end = m_features.data() + m_offsets[size_t(i) + 1];
            if (byForm) {
                using Extractor = Ner::FeatureExtractor;
                const quint32 *forms = &m_sentenceForms[size_t(i)];
#if defined(__GNUC__)
                // The scores of the form kPrefetchAhead tokens on (all its roles, 340 bytes): a
                // long text has tens of thousands of forms, and these reads missed the cache.
                if (size_t(i) + 2 + kPrefetchAhead < m_sentenceForms.size()) {
                    const char *ahead = reinterpret_cast<const char *>(
                        formScores(forms[2 + kPrefetchAhead], Extractor::Own));
                    for (size_t at = 0; at < kFormScoreBytes; at += 64)
                        __builtin_prefetch(ahead + at);
                }
#endif
                const qint32 *const parts[5] = {formScores(forms[2], Extractor::Own),
                    formScores(forms[1], Extractor::Before), formScores(forms[3], Extractor::After),
                    formScores(forms[0], Extractor::SecondBefore),
                    formScores(forms[4], Extractor::SecondAfter)};
                m_model.m_local.sum(parts, begin, end, emissions + size_t(i) * L);
            } else {
                m_model.m_local.add(begin, end, emissions + size_t(i) * L);
            }
            if (m_delta)
                m_delta->add(begin, end, emissions + size_t(i) * L);
            if (masks && masks[sentence.tokenStart + i] != Ner::kAllLabels) {
                const quint32 mask = masks[sentence.tokenStart + i];
                for (int y = 0; y < L; ++y) {
                    if (!(mask >> y & 1))
                        emissions[size_t(i) * L + size_t(y)] -= kForbidden;
                }
            }
        }
        if (decode)
            m_viterbi.decode(emissions, sentence.size(), m_model.m_transitions,
                &m_labels[size_t(sentence.tokenStart)]);
    }
    if (!m_model.m_document.isEmpty())
        m_evidence.compute(m_extractor, sentences, m_labels.data(), n);
}

void NerTagger::scoreForms()
{
    constexpr size_t kPerForm = size_t(Ner::FeatureExtractor::kFormRoles) * Ner::kLabelCount;
    if (m_formGeneration != m_extractor.formGeneration()) {
        m_formScores.clear();
        m_formGeneration = m_extractor.formGeneration();
    }
    const quint32 scored = quint32(m_formScores.size() / kPerForm);
    const quint32 forms = m_extractor.formCount();
    m_formScores.resize(size_t(forms) * kPerForm, 0);
    for (quint32 form = scored; form < forms; ++form) {
        for (int role = 0; role < Ner::FeatureExtractor::kFormRoles; ++role) {
            m_extractor.formFeatures(form, Ner::FeatureExtractor::FormRole(role), &m_features);
            m_model.m_local.add(m_features.data(), m_features.data() + m_features.size(),
                m_formScores.data() + form * kPerForm + size_t(role) * Ner::kLabelCount);
        }
    }
}

void NerTagger::decode(QStringView text, const QList<Token> &tokens,
    const QList<Sentence> &sentences, const quint32 *masks, bool margins)
{
    constexpr int L = Ner::kLabelCount;
    // Without a second pass, the first pass's labels are not needed before the final decoding.
    const bool secondPass = !m_model.m_document.isEmpty();
    const bool full = m_decoding == Decoding::Full;
    firstPass(text, tokens, sentences, secondPass, masks);
    m_final.assign(size_t(tokens.size()), quint8(Ner::kOutside));
    m_margins.assign(margins ? size_t(tokens.size()) : 0, 0);
    // Margins are read for the tokens of names only.
    const auto hasName = [](const quint8 *labels, int n) {
        return std::any_of(labels, labels + n, [](quint8 l) { return l != Ner::kOutside; });
    };
    for (const Sentence &sentence : sentences) {
        const int n = sentence.size();
        if (n <= 0)
            continue;
        const size_t start = size_t(sentence.tokenStart);
        const qint32 *emissions = &m_emissions[start * L];
        quint8 *labels = &m_final[start];
        qint32 *sentenceMargins = margins ? &m_margins[start] : nullptr;
        if (secondPass
            && m_evidence.features(
                sentence.tokenStart, sentence.tokenEnd, &m_features, &m_offsets)) {
            m_sentenceEmissions.assign(emissions, emissions + size_t(n) * L);
            for (int i = 0; i < n; ++i) {
                m_model.m_document.add(m_features.data() + m_offsets[size_t(i)],
                    m_features.data() + m_offsets[size_t(i) + 1],
                    &m_sentenceEmissions[size_t(i) * L]);
            }
            emissions = m_sentenceEmissions.data();
        } else if (secondPass && !full) {
            // No evidence: the first pass's emissions again, so the first pass's labels.
            std::copy_n(&m_labels[start], n, labels);
            if (sentenceMargins && hasName(labels, n)) {
                // The margins need this sentence's forward pass, which the first pass's
                // decoding of the next sentences overwrote.
                m_viterbi.decode(emissions, n, m_model.m_transitions, labels);
                m_viterbi.margins(emissions, n, m_model.m_transitions, labels, sentenceMargins);
            }
            continue;
        }
        m_viterbi.decode(emissions, n, m_model.m_transitions, labels);
        if (full && sentenceMargins)
            m_viterbi.decode(emissions, n, m_model.m_transitions, labels, sentenceMargins);
        else if (sentenceMargins && hasName(labels, n))
            m_viterbi.margins(emissions, n, m_model.m_transitions, labels, sentenceMargins);
    }
}

void NerTagger::tag(QStringView text, const QList<Token> &tokens, const QList<Sentence> &sentences,
    QList<EntitySpan> *out, const std::vector<quint32> *masks)
{
    if (m_model.isNull() || tokens.isEmpty())
        return;
    const quint32 *maskData
        = masks && masks->size() == size_t(tokens.size()) ? masks->data() : nullptr;
    decode(text, tokens, sentences, maskData, true);
    for (const Sentence &sentence : sentences) {
        const int n = sentence.size();
        if (n <= 0)
            continue;
        const qsizetype first = out->size();
        Ner::labelsToSpans(&m_final[size_t(sentence.tokenStart)], n, sentence.tokenStart, out);
        for (qsizetype k = first; k < out->size(); ++k) {
            EntitySpan &span = (*out)[k];
            qint32 margin = std::numeric_limits<qint32>::max();
            for (int i = span.tokenStart; i < span.tokenEnd; ++i)
                margin = std::min(margin, m_margins[size_t(i)]);
            span.confidence = float(std::tanh(double(margin) / m_model.m_confidenceScale));
        }
    }
    if (tokens.size() > kKeptBufferTokens)
        releaseBuffers();
}

void NerTagger::releaseBuffers()
{
    m_extractor.releaseBuffers();
    m_evidence.releaseBuffers();
    for (auto *buffer : {&m_emissions, &m_sentenceEmissions, &m_margins, &m_formScores})
        std::vector<qint32>().swap(*buffer);
    for (auto *buffer : {&m_labels, &m_final, &m_target})
        std::vector<quint8>().swap(*buffer);
    std::vector<quint64>().swap(m_features);
    std::vector<quint32>().swap(m_offsets);
    std::vector<quint32>().swap(m_sentenceForms);
}

int NerTagger::learn(QStringView text, const QList<Token> &tokens, const QList<Sentence> &sentences,
    const std::vector<quint32> &masks, Ner::WeightDelta *delta, float rate,
    LearnedFeatures features)
{
    if (m_model.isNull() || tokens.isEmpty() || masks.size() != size_t(tokens.size())
        || delta->hashBits() != m_model.m_local.hashBits)
        return 0;
    const Ner::WeightDelta *kept = m_delta;
    m_delta = delta;
    decode(text, tokens, sentences, masks.data(), false);
    m_target = m_final;
    decode(text, tokens, sentences, nullptr, false);
    const qint32 amount = std::max<qint32>(1, qint32(std::lround(rate / m_model.m_scale)));
    const int shift = 64 - m_model.m_local.hashBits;
    int wrong = 0;
    for (const Sentence &sentence : sentences) {
        if (sentence.size() <= 0
            || std::equal(m_final.begin() + sentence.tokenStart,
                m_final.begin() + sentence.tokenEnd, m_target.begin() + sentence.tokenStart))
            continue;
        m_extractor.extract(sentence, &m_features, &m_offsets);
        for (int i = 0; i < sentence.size(); ++i) {
            const size_t token = size_t(sentence.tokenStart + i);
            if (m_final[token] == m_target[token])
                continue;
            ++wrong;
            for (quint32 f = m_offsets[size_t(i)]; f < m_offsets[size_t(i) + 1]; ++f) {
                // Only the features that name the token: what a project teaches is about its
                // names; moving the context and shape weights on a hundred documents cost F1
                // on the others (docs/learning.md).
                const quint32 position = f - m_offsets[size_t(i)];
                if (features == LearnedFeatures::Identity
                    && (position >= 32 || !(Ner::kIdentityFeatures >> position & 1)))
                    continue;
                const quint32 bucket = quint32(m_features[f] >> shift);
                delta->update(bucket, m_target[token], amount);
                delta->update(bucket, m_final[token], -amount);
            }
        }
    }
    m_delta = kept;
    return wrong;
}

} // namespace Parallax
