// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Builds the comparison's distributional word vectors from unlabelled news: the bodies of
// Reuters-21578 (reuters21578/reut2-*.sgm) and the raw texts of the PolNeAR training articles
// (polnear/train/text/*.txt) under the data folder. Run by hand, not while building (the corpora
// are not part of the build):
//     genwordvectors DATA_DIR OUTPUT.tsv
// The table is not shipped: as pair features (docs/compare-quality.md) it lowered the
// cross-validated figures a little, so the comparison does not read it. The tool stays so that
// the experiment can be repeated.
// Method: Snowball stems; the most frequent stems are function words and dropped from the stream;
// co-occurrence counts within four stems either side; positive pointwise mutual information with
// the context distribution smoothed (exponent 0.75); a truncated SVD by randomised subspace
// iteration (fixed seed); vectors U * sqrt(S), normalised, as signed bytes. Output, sorted by
// stem (bytes of UTF-8): a header line "#dimensions<TAB>N", then "stem<TAB>hex bytes" per stem.
// Only derived numbers leave the corpora, never their text. Deterministic: the same corpora
// give the same file.
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <libstemmer.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr int kDimensions = 64;
constexpr int kOversample = 16;
constexpr int kPowerIterations = 3;
constexpr int kFunctionWords = 50; // the most frequent stems: no content, no context
constexpr int kTargets = 7000; // stems that get a vector
constexpr int kContexts = 4000;
constexpr int kMinCount = 15;
constexpr int kWindow = 4;

void warn(const QString &message)
{
    std::fprintf(stderr, "genwordvectors: %s\n", qPrintable(message));
}

// A fixed generator, so that the output does not depend on the standard library's distributions.
struct Random
{
    quint64 state = 0x9E3779B97F4A7C15ull;
    double next() // in [-1, 1)
    {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        return double(state >> 11) / double(1ull << 52) - 1.0;
    }
};

using Matrix = std::vector<std::vector<double>>; // rows

// Orthonormalises the columns of m (rows x k) in place (modified Gram-Schmidt).
void orthonormalise(Matrix &m, int k)
{
    for (int c = 0; c < k; ++c) {
        for (int p = 0; p < c; ++p) {
            double dot = 0;
            for (const auto &row : m)
                dot += row[size_t(c)] * row[size_t(p)];
            for (auto &row : m)
                row[size_t(c)] -= dot * row[size_t(p)];
        }
        double norm = 0;
        for (const auto &row : m)
            norm += row[size_t(c)] * row[size_t(c)];
        norm = std::sqrt(norm);
        for (auto &row : m)
            row[size_t(c)] = norm > 1e-12 ? row[size_t(c)] / norm : 0.0;
    }
}

// Eigen-decomposition of a symmetric matrix by cyclic Jacobi rotations; a is destroyed, the
// eigenvalues are its diagonal, the eigenvectors the columns of v.
void jacobi(Matrix &a, Matrix &v)
{
    const size_t n = a.size();
    v.assign(n, std::vector<double>(n, 0.0));
    for (size_t i = 0; i < n; ++i)
        v[i][i] = 1;
    for (int sweep = 0; sweep < 60; ++sweep) {
        double off = 0;
        for (size_t p = 0; p < n; ++p)
            for (size_t q = p + 1; q < n; ++q)
                off += a[p][q] * a[p][q];
        if (off < 1e-18)
            break;
        for (size_t p = 0; p < n; ++p) {
            for (size_t q = p + 1; q < n; ++q) {
                if (std::abs(a[p][q]) < 1e-15)
                    continue;
                const double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
                const double t
                    = (theta >= 0 ? 1.0 : -1.0) / (std::abs(theta) + std::sqrt(theta * theta + 1));
                const double c = 1 / std::sqrt(t * t + 1);
                const double s = t * c;
                for (size_t k = 0; k < n; ++k) {
                    const double akp = a[k][p];
                    const double akq = a[k][q];
                    a[k][p] = c * akp - s * akq;
                    a[k][q] = s * akp + c * akq;
                }
                for (size_t k = 0; k < n; ++k) {
                    const double apk = a[p][k];
                    const double aqk = a[q][k];
                    a[p][k] = c * apk - s * aqk;
                    a[q][k] = s * apk + c * aqk;
                }
                for (size_t k = 0; k < n; ++k) {
                    const double vkp = v[k][p];
                    const double vkq = v[k][q];
                    v[k][p] = c * vkp - s * vkq;
                    v[k][q] = s * vkp + c * vkq;
                }
            }
        }
    }
}

QStringList texts(const QString &dataDir, bool *ok)
{
    QStringList out;
    const QDir reuters(QDir(dataDir).filePath(u"reuters21578"_s));
    const QDir polnear(QDir(dataDir).filePath(u"polnear/train/text"_s));
    const QStringList sgm = reuters.entryList({u"reut2-*.sgm"_s}, QDir::Files, QDir::Name);
    const QStringList txt = polnear.entryList({u"*.txt"_s}, QDir::Files, QDir::Name);
    if (sgm.isEmpty() || txt.isEmpty()) {
        warn(u"%1: expected reuters21578/reut2-*.sgm and polnear/train/text/*.txt there"_s.arg(
            QDir::toNativeSeparators(dataDir)));
        *ok = false;
        return out;
    }
    static const QRegularExpression body(
        u"<BODY>(.*?)</BODY>"_s, QRegularExpression::DotMatchesEverythingOption);
    for (const QString &name : sgm) {
        QFile file(reuters.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            warn(u"%1: %2"_s.arg(file.fileName(), file.errorString()));
            *ok = false;
            return out;
        }
        const QString text = QString::fromLatin1(file.readAll());
        for (auto it = body.globalMatch(text); it.hasNext();)
            out.append(it.next().captured(1));
    }
    for (const QString &name : txt) {
        QFile file(polnear.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            warn(u"%1: %2"_s.arg(file.fileName(), file.errorString()));
            *ok = false;
            return out;
        }
        out.append(QString::fromUtf8(file.readAll()));
    }
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: genwordvectors DATA_DIR OUTPUT\n");
        return 2;
    }
    bool ok = true;
    const QStringList documents = texts(QString::fromLocal8Bit(argv[1]), &ok);
    if (!ok)
        return 1;
    sb_stemmer *stemmer = sb_stemmer_new("english", "UTF_8");
    static const QRegularExpression word(u"[A-Za-z]+(?:['\u2019][a-z]+)?"_s);
    std::unordered_map<std::string, int> ids;
    std::vector<std::string> forms;
    std::vector<long> counts;
    std::vector<std::vector<int>> streams;
    for (const QString &document : documents) {
        std::vector<int> &stream = streams.emplace_back();
        for (auto it = word.globalMatch(document); it.hasNext();) {
            QString w = it.next().captured().toLower();
            w.replace(u'\u2019', u'\'');
            const QByteArray utf8 = w.toUtf8();
            const sb_symbol *s = sb_stemmer_stem(
                stemmer, reinterpret_cast<const sb_symbol *>(utf8.constData()), int(utf8.size()));
            const std::string stem(
                reinterpret_cast<const char *>(s), size_t(sb_stemmer_length(stemmer)));
            auto [at, inserted] = ids.try_emplace(stem, int(forms.size()));
            if (inserted) {
                forms.push_back(stem);
                counts.push_back(0);
            }
            ++counts[size_t(at->second)];
            stream.push_back(at->second);
        }
    }
    sb_stemmer_delete(stemmer);
    // Rank by frequency (ties by form, for determinism).
    std::vector<int> order(forms.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        return counts[size_t(a)] != counts[size_t(b)] ? counts[size_t(a)] > counts[size_t(b)]
                                                      : forms[size_t(a)] < forms[size_t(b)];
    });
    std::vector<int> target(forms.size(), -1);
    std::vector<int> context(forms.size(), -1);
    std::vector<int> targets;
    for (size_t r = kFunctionWords; r < order.size(); ++r) {
        const int id = order[r];
        if (counts[size_t(id)] < kMinCount)
            break;
        if (int(targets.size()) < kTargets) {
            target[size_t(id)] = int(targets.size());
            targets.push_back(id);
        }
        if (int(r) - kFunctionWords < kContexts)
            context[size_t(id)] = int(r) - kFunctionWords;
    }
    const int contexts = std::min<int>(kContexts, int(targets.size()));
    // Co-occurrences within the window, function words dropped from the stream first.
    std::vector<std::map<int, double>> cooc(targets.size());
    for (const std::vector<int> &raw : streams) {
        std::vector<int> stream;
        for (int id : raw) {
            if (target[size_t(id)] >= 0 || context[size_t(id)] >= 0)
                stream.push_back(id);
        }
        for (size_t i = 0; i < stream.size(); ++i) {
            const int t = target[size_t(stream[i])];
            if (t < 0)
                continue;
            const size_t from = i >= kWindow ? i - kWindow : 0;
            const size_t to = std::min(stream.size(), i + kWindow + 1);
            for (size_t j = from; j < to; ++j) {
                const int c = context[size_t(stream[j])];
                if (j != i && c >= 0)
                    cooc[size_t(t)][c] += 1.0;
            }
        }
    }
    // PPMI with the context distribution smoothed.
    double total = 0;
    std::vector<double> rowSum(targets.size(), 0.0);
    std::vector<double> colSum(size_t(contexts), 0.0);
    for (size_t t = 0; t < targets.size(); ++t) {
        for (const auto &[c, n] : cooc[t]) {
            rowSum[t] += n;
            colSum[size_t(c)] += n;
            total += n;
        }
    }
    double smoothed = 0;
    for (double &c : colSum) {
        c = std::pow(c, 0.75);
        smoothed += c;
    }
    std::vector<std::vector<std::pair<int, double>>> m(targets.size());
    for (size_t t = 0; t < targets.size(); ++t) {
        for (const auto &[c, n] : cooc[t]) {
            const double pmi
                = std::log((n / total) / ((rowSum[t] / total) * (colSum[size_t(c)] / smoothed)));
            if (pmi > 0)
                m[t].emplace_back(c, pmi);
        }
    }
    cooc.clear();
    // Randomised subspace iteration: Y = M Omega, then (M M^T) Y a few times, orthonormalised.
    const int k = kDimensions + kOversample;
    const size_t rows = targets.size();
    Random random;
    Matrix omega(size_t(contexts), std::vector<double>(size_t(k), 0.0));
    for (auto &row : omega)
        for (double &x : row)
            x = random.next();
    auto timesM = [&](const Matrix &x) { // M (rows x contexts) * x (contexts x k)
        Matrix y(rows, std::vector<double>(size_t(k), 0.0));
        for (size_t r = 0; r < rows; ++r)
            for (const auto &[c, v] : m[r])
                for (int j = 0; j < k; ++j)
                    y[r][size_t(j)] += v * x[size_t(c)][size_t(j)];
        return y;
    };
    auto timesMt = [&](const Matrix &y) { // M^T * y (rows x k)
        Matrix x(size_t(contexts), std::vector<double>(size_t(k), 0.0));
        for (size_t r = 0; r < rows; ++r)
            for (const auto &[c, v] : m[r])
                for (int j = 0; j < k; ++j)
                    x[size_t(c)][size_t(j)] += v * y[r][size_t(j)];
        return x;
    };
    Matrix q = timesM(omega);
    orthonormalise(q, k);
    for (int i = 0; i < kPowerIterations; ++i) {
        Matrix z = timesMt(q);
        orthonormalise(z, k);
        q = timesM(z);
        orthonormalise(q, k);
    }
    // B = Q^T M (k x contexts); B B^T = W L W^T; U = Q W, S = sqrt(L).
    const Matrix bt = timesMt(q); // contexts x k: B^T
    Matrix bbt(size_t(k), std::vector<double>(size_t(k), 0.0));
    for (const auto &row : bt)
        for (int a = 0; a < k; ++a)
            for (int b = 0; b < k; ++b)
                bbt[size_t(a)][size_t(b)] += row[size_t(a)] * row[size_t(b)];
    Matrix w;
    jacobi(bbt, w);
    std::vector<int> byValue(size_t(k), 0);
    for (int i = 0; i < k; ++i)
        byValue[size_t(i)] = i;
    std::sort(byValue.begin(), byValue.end(),
        [&](int a, int b) { return bbt[size_t(a)][size_t(a)] > bbt[size_t(b)][size_t(b)]; });
    std::map<std::string, std::string> lines;
    for (size_t r = 0; r < rows; ++r) {
        std::vector<double> v(kDimensions, 0.0);
        for (int d = 0; d < kDimensions; ++d) {
            const int e = byValue[size_t(d)];
            double u = 0;
            for (int j = 0; j < k; ++j)
                u += q[r][size_t(j)] * w[size_t(j)][size_t(e)];
            // A singular vector's sign is arbitrary; cosines do not depend on it.
            v[size_t(d)] = u * std::pow(std::max(0.0, bbt[size_t(e)][size_t(e)]), 0.25);
        }
        double norm = 0;
        for (double x : v)
            norm += x * x;
        norm = std::sqrt(norm);
        if (norm < 1e-12 || m[r].empty())
            continue;
        std::string hex;
        static const char digits[] = "0123456789abcdef";
        for (double x : v) {
            const int byte = int(std::lround(std::clamp(x / norm * 127.0, -127.0, 127.0))) & 0xff;
            hex += digits[byte >> 4];
            hex += digits[byte & 15];
        }
        lines[forms[size_t(targets[r])]] = hex;
    }
    QFile out(QString::fromLocal8Bit(argv[2]));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        warn(u"%1: %2"_s.arg(out.fileName(), out.errorString()));
        return 1;
    }
    out.write("#dimensions\t" + QByteArray::number(kDimensions) + '\n');
    for (const auto &[stem, hex] : lines)
        out.write(QByteArray::fromStdString(stem + '\t' + hex + '\n'));
    std::fprintf(stderr, "genwordvectors: %zu stems, %d dimensions, from %lld documents\n",
        lines.size(), kDimensions, qlonglong(documents.size()));
    return 0;
}
