// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pairmodel.h"

#include <QFile>
#include <QLoggingCategory>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcPairModel, "parallax.compare.model", QtWarningMsg)

namespace Parallax {

namespace {

constexpr const char *kNames[kPairFeatureCount] = {"dice", "containment", "exact_share",
    "soft_dice", "synonyms", "cluster", "derived", "hypernyms", "antonyms", "negation_mismatch",
    "shared_content", "shared_attribution", "in_order", "both_quotes", "quote_and_sentence",
    "short_quote", "short_contained", "length_ratio", "min_length", "same_speaker",
    "speakers_differ", "shared_numbers", "conflicting_numbers", "shared_entities", "position_gap",
    "same_cue", "label_quote", "headline", "hand_rule", "rarest_shared", "reported",
    "aligned_share", "supported", "unaligned_names", "person_shift"};

double sigmoid(double x)
{
    return 1.0 / (1.0 + std::exp(-x));
}

// Solves a x = b for a symmetric positive definite a (Gaussian elimination with partial
// pivoting; n is about thirty).
std::vector<double> solve(std::vector<std::vector<double>> a, std::vector<double> b)
{
    const size_t n = b.size();
    for (size_t c = 0; c < n; ++c) {
        size_t pivot = c;
        for (size_t r = c + 1; r < n; ++r) {
            if (std::abs(a[r][c]) > std::abs(a[pivot][c]))
                pivot = r;
        }
        std::swap(a[c], a[pivot]);
        std::swap(b[c], b[pivot]);
        if (std::abs(a[c][c]) < 1e-12)
            continue;
        for (size_t r = c + 1; r < n; ++r) {
            const double f = a[r][c] / a[c][c];
            for (size_t k = c; k < n; ++k)
                a[r][k] -= f * a[c][k];
            b[r] -= f * b[c];
        }
    }
    std::vector<double> x(n, 0.0);
    for (size_t i = n; i-- > 0;) {
        double sum = b[i];
        for (size_t k = i + 1; k < n; ++k)
            sum -= a[i][k] * x[k];
        x[i] = std::abs(a[i][i]) < 1e-12 ? 0.0 : sum / a[i][i];
    }
    return x;
}

} // namespace

QString pairFeatureName(int feature)
{
    return feature >= 0 && feature < kPairFeatureCount ? QString::fromLatin1(kNames[feature])
                                                       : QString();
}

const PairModel &PairModel::builtIn()
{
    static const PairModel model = [] {
        QFile file(u":/compare/pairmodel.tsv"_s);
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcPairModel) << "the pair model is missing from the build";
            return PairModel();
        }
        auto parsed = parse(file.readAll(), u"pairmodel.tsv"_s);
        if (!parsed) {
            qCWarning(lcPairModel).noquote() << parsed.error();
            return PairModel();
        }
        return parsed.value();
    }();
    return model;
}

Result<PairModel> PairModel::parse(const QByteArray &text, const QString &displayName)
{
    PairModel model;
    std::optional<PairModel> statements;
    int lineNumber = 0;
    for (const QByteArray &raw : text.split('\n')) {
        ++lineNumber;
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> f = line.split('\t');
        bool ok = false;
        const double value = f.size() == 2 ? f.at(1).toDouble(&ok) : 0.0;
        if (!ok || !std::isfinite(value))
            return Error {u"%1, line %2: expected a name, a tab and a number"_s.arg(displayName)
                              .arg(lineNumber)};
        QString name = QString::fromUtf8(f.at(0));
        PairModel *target = &model;
        if (name.startsWith(u"statement."_s)) {
            name = name.mid(10);
            if (!statements)
                statements.emplace();
            target = &*statements;
        }
        if (name == u"bias"_s) {
            target->m_bias = value;
        } else if (name == u"threshold"_s) {
            target->m_threshold = value;
        } else {
            int feature = 0;
            while (feature < kPairFeatureCount && pairFeatureName(feature) != name)
                ++feature;
            if (feature == kPairFeatureCount)
                return Error {u"%1, line %2: unknown feature \"%3\""_s.arg(displayName)
                                  .arg(lineNumber)
                                  .arg(name)};
            target->m_weights[size_t(feature)] = value;
        }
    }
    model.m_valid = true;
    if (statements) {
        statements->m_valid = true;
        model.setStatementModel(*statements);
    }
    return model;
}

QByteArray PairModel::serialize(const QString &comment) const
{
    QByteArray out;
    for (const QString &line : comment.split(u'\n'))
        out += "# " + line.toUtf8() + '\n';
    auto write = [&out](const PairModel &model, const QByteArray &prefix) {
        out += prefix + "bias\t" + QByteArray::number(model.m_bias, 'g', 8) + '\n';
        out += prefix + "threshold\t" + QByteArray::number(model.m_threshold, 'g', 8) + '\n';
        for (int f = 0; f < kPairFeatureCount; ++f)
            out += prefix + pairFeatureName(f).toUtf8() + '\t'
                + QByteArray::number(model.m_weights[size_t(f)], 'g', 8) + '\n';
    };
    write(*this, {});
    if (m_statements)
        write(*m_statements, "statement.");
    return out;
}

void PairModel::setStatementModel(const PairModel &model)
{
    PairModel copy = model;
    copy.m_statements.reset(); // one level only
    m_statements = std::make_shared<const PairModel>(copy);
}

double PairModel::probability(const PairFeatures &features) const
{
    double z = m_bias;
    for (int f = 0; f < kPairFeatureCount; ++f)
        z += m_weights[size_t(f)] * double(features[size_t(f)]);
    return sigmoid(z);
}

PairModel PairModel::train(
    const std::vector<PairFeatures> &features, const std::vector<int> &labels, double l2)
{
    PairModel model;
    model.m_valid = true;
    const size_t n = features.size();
    if (n == 0)
        return model;
    constexpr size_t k = kPairFeatureCount;
    // Standardised features, so that one penalty fits them all; folded back at the end.
    std::array<double, k> mean {};
    std::array<double, k> scale {};
    for (const PairFeatures &x : features) {
        for (size_t f = 0; f < k; ++f)
            mean[f] += x[f];
    }
    for (size_t f = 0; f < k; ++f)
        mean[f] /= double(n);
    for (const PairFeatures &x : features) {
        for (size_t f = 0; f < k; ++f)
            scale[f] += (x[f] - mean[f]) * (x[f] - mean[f]);
    }
    for (size_t f = 0; f < k; ++f) {
        scale[f] = std::sqrt(scale[f] / double(n));
        if (scale[f] < 1e-9)
            scale[f] = 0; // a constant feature carries nothing
    }
    auto z = [&](const PairFeatures &x, size_t f) {
        return scale[f] > 0 ? (x[f] - mean[f]) / scale[f] : 0.0;
    };
    // Parameters: bias at index k, not penalised.
    std::vector<double> w(k + 1, 0.0);
    for (int iteration = 0; iteration < 30; ++iteration) {
        std::vector<double> gradient(k + 1, 0.0);
        std::vector<std::vector<double>> hessian(k + 1, std::vector<double>(k + 1, 0.0));
        std::vector<double> row(k + 1, 1.0);
        for (size_t i = 0; i < n; ++i) {
            for (size_t f = 0; f < k; ++f)
                row[f] = z(features[i], f);
            double dot = w[k];
            for (size_t f = 0; f < k; ++f)
                dot += w[f] * row[f];
            const double p = sigmoid(dot);
            const double r = p - double(labels[i]);
            const double s = std::max(p * (1 - p), 1e-9);
            for (size_t a = 0; a <= k; ++a) {
                gradient[a] += r * row[a];
                for (size_t b = a; b <= k; ++b)
                    hessian[a][b] += s * row[a] * row[b];
            }
        }
        for (size_t a = 0; a <= k; ++a) {
            for (size_t b = 0; b < a; ++b)
                hessian[a][b] = hessian[b][a];
        }
        for (size_t f = 0; f < k; ++f) {
            gradient[f] += l2 * w[f];
            hessian[f][f] += l2;
        }
        const std::vector<double> step = solve(hessian, gradient);
        double change = 0;
        for (size_t a = 0; a <= k; ++a) {
            w[a] -= step[a];
            change = std::max(change, std::abs(step[a]));
        }
        if (change < 1e-8)
            break;
    }
    model.m_bias = w[k];
    for (size_t f = 0; f < k; ++f) {
        if (scale[f] > 0) {
            model.m_weights[f] = w[f] / scale[f];
            model.m_bias -= w[f] * mean[f] / scale[f];
        }
    }
    // The threshold with the best F1 on the training pairs, in steps of 0.05.
    double bestF1 = -1;
    for (int step = 4; step <= 16; ++step) {
        const double t = step * 0.05;
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (size_t i = 0; i < n; ++i) {
            const bool yes = model.probability(features[i]) >= t;
            tp += yes && labels[i];
            fp += yes && !labels[i];
            fn += !yes && labels[i];
        }
        const double f1 = tp > 0 ? 2.0 * tp / double(2 * tp + fp + fn) : 0.0;
        if (f1 > bestF1 + 1e-12) {
            bestF1 = f1;
            model.m_threshold = t;
        }
    }
    return model;
}

} // namespace Parallax
