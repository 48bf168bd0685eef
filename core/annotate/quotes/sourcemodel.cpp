// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotate/quotes/sourcemodel.h"

#include "annotate/ner/nermodel.h"

#include <QFile>
#include <QMutex>
#include <QSaveFile>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <string_view>

using namespace Qt::StringLiterals;

namespace Parallax {
namespace {
constexpr QLatin1StringView kHeader = "parallax-source-model 1"_L1;

std::string_view trimmed(std::string_view s)
{
    const auto space = [](char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
    };
    while (!s.empty() && space(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && space(s.back()))
        s.remove_suffix(1);
    return s;
}

// A feature key in hexadecimal, as save() writes it.
bool parseKey(std::string_view field, quint64 *key)
{
    field = trimmed(field);
    const auto [end, error] = std::from_chars(field.data(), field.data() + field.size(), *key, 16);
    return !field.empty() && error == std::errc() && end == field.data() + field.size();
}

// A weight as QString::toFloat() reads it: the nearest double, then the float nearest to that,
// refused when it is beyond a float's range or a non-zero value that a float cannot hold.
bool parseWeight(std::string_view field, float *weight)
{
    field = trimmed(field);
    double value = 0;
    const auto [end, error] = std::from_chars(field.data(), field.data() + field.size(), value);
    if (field.empty() || error != std::errc() || end != field.data() + field.size()
        || !std::isfinite(value) || std::fabs(value) > std::numeric_limits<float>::max()
        || (value != 0 && float(value) == 0))
        return false;
    *weight = float(value);
    return true;
}
} // namespace

QString SourceModel::defaultPath()
{
    return findModelFile(QString::fromLatin1(kFileName));
}

std::shared_ptr<const SourceModel> SourceModel::shipped()
{
    static QMutex mutex;
    static std::shared_ptr<const SourceModel> loaded;
    static bool tried = false;
    const QMutexLocker locker(&mutex);
    if (!tried) {
        tried = true;
        if (const QString path = defaultPath(); !path.isEmpty()) {
            if (auto model = load(path); model)
                loaded = std::make_shared<const SourceModel>(std::move(model).value());
            else
                qWarning("%s", qPrintable(model.error()));
        }
    }
    return loaded;
}

Result<SourceModel> SourceModel::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {u"%1: cannot read the source model: %2"_s.arg(path, file.errorString())};
    // Parsed from the bytes: a QTextStream and QString::toFloat() per row cost some 8,000
    // instructions a row, most of what annotating a short text takes besides the entity model.
    const QByteArray data = file.readAll();
    const char *at = data.constData();
    const char *const end = at + data.size();
    const auto nextLine = [&]() {
        const char *newline = std::find(at, end, '\n');
        std::string_view row(at, size_t(newline - at));
        at = newline == end ? end : newline + 1;
        if (!row.empty() && row.back() == '\r')
            row.remove_suffix(1);
        return row;
    };
    if (nextLine() != std::string_view(kHeader.data(), size_t(kHeader.size())))
        return Error {u"%1: not a Parallax source model"_s.arg(path)};
    SourceModel model;
    int line = 1;
    while (at != end) {
        ++line;
        const std::string_view row = nextLine();
        if (row.empty())
            continue;
        const size_t tab = row.find('\t');
        quint64 key = 0;
        float weight = 0;
        if (tab == 0 || tab == std::string_view::npos || !parseKey(row.substr(0, tab), &key)
            || !parseWeight(row.substr(tab + 1), &weight))
            return Error {u"%1:%2: not a feature and a weight"_s.arg(path).arg(line)};
        model.m_weights.insert(key, weight);
    }
    return model;
}

Result<void> SourceModel::save(const QString &path) const
{
    // Sorted, so that retraining on the same data writes the same file.
    std::vector<std::pair<quint64, float>> rows(m_weights.keyValueBegin(), m_weights.keyValueEnd());
    std::sort(rows.begin(), rows.end());
    QByteArray data = kHeader.toString().toUtf8() + '\n';
    for (const auto &[key, weight] : rows) {
        if (weight == 0)
            continue;
        data += QByteArray::number(key, 16) + '\t' + QByteArray::number(weight, 'g', 6) + '\n';
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return Error {u"%1: cannot write the source model: %2"_s.arg(path, file.errorString())};
    return {};
}

int SourceModel::best(const std::vector<SourceCandidate> &candidates) const
{
    int best = -1;
    float bestScore = 0;
    for (size_t i = 0; i < candidates.size(); ++i) {
        const float s = score(candidates[i].features);
        // A tie goes to the rules' phrase, so a model that knows nothing leaves the rules be.
        if (best < 0 || s > bestScore
            || (s == bestScore && candidates[i].rule && !candidates[size_t(best)].rule)) {
            best = int(i);
            bestScore = s;
        }
    }
    return best;
}

} // namespace Parallax
