// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clusters.h"

#include "annotate/tokenizer.h"
#include "hashing.h"

#include <QFile>
#include <QSaveFile>
#include <QTextStream>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <functional>
#include <map>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace Parallax::Ner {
namespace {

constexpr int kContextWords = 1000; // the most frequent words, as left and right contexts

struct Sparse
{
    std::vector<std::pair<qint32, float>> entries; // dimension, value; sorted by dimension
};

float dot(const Sparse &v, const std::vector<float> &dense)
{
    float s = 0;
    for (const auto &[d, x] : v.entries)
        s += x * dense[size_t(d)];
    return s;
}

void normalise(std::vector<float> *v)
{
    double n = 0;
    for (const float x : *v)
        n += double(x) * x;
    if (n <= 0)
        return;
    const float scale = float(1.0 / std::sqrt(n));
    for (float &x : *v)
        x *= scale;
}

// Splits words in two, recursively (bisecting spherical k-means), writing each word's path.
class Bisector
{
public:
    Bisector(const std::vector<Sparse> &vectors, int depth)
        : m_vectors(vectors)
        , m_depth(depth)
        , m_paths(vectors.size(), 1)
    { }

    std::vector<quint32> run()
    {
        std::vector<qint32> all(m_vectors.size());
        for (size_t i = 0; i < all.size(); ++i)
            all[i] = qint32(i);
        split(all, 0, 1);
        return m_paths;
    }

private:
    std::vector<float> centroid(const std::vector<qint32> &members) const
    {
        std::vector<float> c(2 * kContextWords + 2, 0.0f);
        for (const qint32 m : members) {
            for (const auto &[d, x] : m_vectors[size_t(m)].entries)
                c[size_t(d)] += x;
        }
        normalise(&c);
        return c;
    }

    void split(const std::vector<qint32> &members, int level, quint32 path)
    {
        for (const qint32 m : members)
            m_paths[size_t(m)] = path;
        if (level >= m_depth || members.size() < 4)
            return;
        // The first split is along the members' principal direction (PDDP, Boley 1998): sparse
        // context vectors are nearly orthogonal, and seeds picked among them peel one odd word
        // off at a time. Power iteration on the centred vectors, then 2-means refines it.
        const size_t dimensions = 2 * kContextWords + 2;
        std::vector<float> mean(dimensions, 0.0f);
        for (const qint32 m : members) {
            for (const auto &[d, x] : m_vectors[size_t(m)].entries)
                mean[size_t(d)] += x;
        }
        for (float &x : mean)
            x /= float(members.size());
        std::vector<float> direction(dimensions);
        for (size_t d = 0; d < dimensions; ++d)
            direction[d] = float((d * 2654435761u) % 1000) / 1000.0f - 0.5f; // fixed start
        normalise(&direction);
        std::vector<float> projection(members.size());
        for (int iteration = 0; iteration < 12; ++iteration) {
            float meanDot = 0;
            for (size_t d = 0; d < dimensions; ++d)
                meanDot += mean[d] * direction[d];
            std::vector<float> next(dimensions, 0.0f);
            float sum = 0;
            for (size_t i = 0; i < members.size(); ++i) {
                const Sparse &v = m_vectors[size_t(members[i])];
                projection[i] = dot(v, direction) - meanDot;
                for (const auto &[d, x] : v.entries)
                    next[size_t(d)] += x * projection[i];
                sum += projection[i];
            }
            for (size_t d = 0; d < dimensions; ++d)
                next[d] -= mean[d] * sum;
            normalise(&next);
            direction = std::move(next);
        }
        std::vector<qint32> left;
        std::vector<qint32> right;
        for (size_t i = 0; i < members.size(); ++i)
            (projection[i] >= 0 ? left : right).push_back(members[i]);
        for (int iteration = 0; iteration < 4 && !left.empty() && !right.empty(); ++iteration) {
            const std::vector<float> c0 = centroid(left);
            const std::vector<float> c1 = centroid(right);
            left.clear();
            right.clear();
            for (const qint32 m : members)
                (dot(m_vectors[size_t(m)], c0) >= dot(m_vectors[size_t(m)], c1) ? left : right)
                    .push_back(m);
        }
        if (left.empty() || right.empty())
            return;
        split(left, level + 1, path << 1);
        split(right, level + 1, path << 1 | 1);
    }

    const std::vector<Sparse> &m_vectors;
    int m_depth;
    std::vector<quint32> m_paths;
};

} // namespace

quint32 WordClusters::prefix(quint32 path, int bits)
{
    if (path == 0)
        return 0;
    const int depth = 31 - std::countl_zero(path);
    return depth <= bits ? path : path >> (depth - bits);
}

WordClusters WordClusters::build(const QList<QString> &texts, int depth, int minCount)
{
    // Words by their lower-cased hash, numbers as one word.
    const quint64 number = hashLower(u"<number>");
    std::vector<std::vector<quint64>> documents;
    std::unordered_map<quint64, qint64> counts;
    for (const QString &text : texts) {
        const QList<Token> tokens = Tokenizer::tokenize(text);
        std::vector<quint64> words;
        words.reserve(size_t(tokens.size()));
        for (const Token &t : tokens) {
            const quint64 h = t.kind == TokenKind::Number ? number : hashLower(t.text(text));
            words.push_back(h);
            ++counts[h];
        }
        documents.push_back(std::move(words));
    }
    std::vector<std::pair<quint64, qint64>> byCount(counts.begin(), counts.end());
    std::sort(byCount.begin(), byCount.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    std::unordered_map<quint64, qint32> context; // word -> context dimension
    std::unordered_map<quint64, qint32> vocabulary; // word -> row
    for (const auto &[word, count] : byCount) {
        if (qint32(context.size()) < kContextWords)
            context.emplace(word, qint32(context.size()));
        if (count >= minCount)
            vocabulary.emplace(word, qint32(vocabulary.size()));
    }
    // Left contexts are dimensions [0, kContextWords), right ones the next kContextWords; the
    // two last dimensions stand for a document boundary on either side.
    std::vector<std::map<qint32, float>> cooccurrence(vocabulary.size());
    for (const auto &words : documents) {
        for (size_t i = 0; i < words.size(); ++i) {
            const auto row = vocabulary.find(words[i]);
            if (row == vocabulary.end())
                continue;
            auto &cell = cooccurrence[size_t(row->second)];
            if (i == 0) {
                cell[2 * kContextWords] += 1;
            } else if (const auto c = context.find(words[i - 1]); c != context.end()) {
                cell[c->second] += 1;
            }
            if (i + 1 == words.size()) {
                cell[2 * kContextWords + 1] += 1;
            } else if (const auto c = context.find(words[i + 1]); c != context.end()) {
                cell[kContextWords + c->second] += 1;
            }
        }
    }
    // Positive pointwise mutual information, rows normalised to length 1.
    std::vector<double> columns(2 * kContextWords + 2, 0.0);
    double total = 0;
    for (const auto &row : cooccurrence) {
        for (const auto &[d, x] : row) {
            columns[size_t(d)] += x;
            total += x;
        }
    }
    std::vector<Sparse> vectors(cooccurrence.size());
    for (size_t r = 0; r < cooccurrence.size(); ++r) {
        double rowTotal = 0;
        for (const auto &[d, x] : cooccurrence[r])
            rowTotal += x;
        double norm = 0;
        for (const auto &[d, x] : cooccurrence[r]) {
            const double pmi = std::log(x * total / (rowTotal * columns[size_t(d)]));
            if (pmi > 0) {
                vectors[r].entries.emplace_back(d, float(pmi));
                norm += pmi * pmi;
            }
        }
        for (auto &e : vectors[r].entries)
            e.second = float(e.second / std::sqrt(norm));
    }
    const std::vector<quint32> paths = Bisector(vectors, depth).run();
    WordClusters out;
    for (const auto &[word, row] : vocabulary)
        out.m_paths.insert(word, paths[size_t(row)]);
    return out;
}

Result<WordClusters> WordClusters::fromTsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error {u"%1: cannot read the word clusters: %2"_s.arg(path, file.errorString())};
    WordClusters out;
    int line = 0;
    while (!file.atEnd()) {
        ++line;
        const QByteArray row = file.readLine().trimmed();
        if (row.isEmpty())
            continue;
        const QList<QByteArray> cols = row.split('\t');
        bool ok = cols.size() == 2 && !cols[1].isEmpty() && cols[1].size() <= 30;
        const quint64 hash = ok ? cols[0].toULongLong(&ok, 16) : 0;
        quint32 bits = 1;
        for (const char c : ok ? cols[1] : QByteArray()) {
            ok = ok && (c == '0' || c == '1');
            bits = bits << 1 | quint32(c == '1');
        }
        if (!ok)
            return Error {u"%1:%2: not a word hash and a path of 0 and 1"_s.arg(path).arg(line)};
        out.m_paths.insert(hash, bits);
    }
    return out;
}

Result<void> WordClusters::saveTsv(const QString &path) const
{
    std::vector<std::pair<quint64, quint32>> rows(m_paths.keyValueBegin(), m_paths.keyValueEnd());
    std::sort(rows.begin(), rows.end());
    QByteArray data;
    for (const auto &[hash, bits] : rows) {
        data += QByteArray::number(hash, 16) + '\t';
        const int depth = 31 - std::countl_zero(bits);
        for (int k = depth - 1; k >= 0; --k)
            data += (bits >> k) & 1 ? '1' : '0';
        data += '\n';
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return Error {u"%1: cannot write the word clusters: %2"_s.arg(path, file.errorString())};
    return {};
}

void WordClusters::serialize(QByteArray *out) const
{
    std::vector<std::pair<quint64, quint32>> rows(m_paths.keyValueBegin(), m_paths.keyValueEnd());
    std::sort(rows.begin(), rows.end());
    const quint64 n = rows.size();
    out->append(reinterpret_cast<const char *>(&n), sizeof n);
    for (const auto &[hash, bits] : rows) {
        out->append(reinterpret_cast<const char *>(&hash), sizeof hash);
        out->append(reinterpret_cast<const char *>(&bits), sizeof bits);
    }
}

bool WordClusters::deserialize(const char **data, const char *end)
{
    m_paths.clear();
    quint64 n = 0;
    if (end - *data < qsizetype(sizeof n))
        return false;
    std::memcpy(&n, *data, sizeof n);
    *data += sizeof n;
    if (quint64(end - *data) < n * 12)
        return false;
    m_paths.reserve(qsizetype(n));
    for (quint64 i = 0; i < n; ++i) {
        quint64 hash = 0;
        quint32 bits = 0;
        std::memcpy(&hash, *data, sizeof hash);
        std::memcpy(&bits, *data + sizeof hash, sizeof bits);
        *data += 12;
        if (bits == 0)
            return false;
        m_paths.insert(hash, bits);
    }
    return true;
}

} // namespace Parallax::Ner
