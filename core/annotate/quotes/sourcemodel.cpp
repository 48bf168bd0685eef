// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotate/quotes/sourcemodel.h"

#include "annotate/ner/nermodel.h"

#include <QFile>
#include <QMutex>
#include <QSaveFile>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parallax {
namespace {
constexpr QLatin1StringView kHeader = "parallax-source-model 1"_L1;
}

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
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error {u"%1: cannot read the source model: %2"_s.arg(path, file.errorString())};
    QTextStream in(&file);
    if (in.readLine() != kHeader)
        return Error {u"%1: not a Parallax source model"_s.arg(path)};
    SourceModel model;
    int line = 1;
    while (!in.atEnd()) {
        ++line;
        const QString row = in.readLine();
        if (row.isEmpty())
            continue;
        const qsizetype tab = row.indexOf(u'\t');
        bool keyOk = false, weightOk = false;
        const quint64 key = tab > 0 ? QStringView(row).left(tab).toULongLong(&keyOk, 16) : 0;
        const float weight = tab > 0 ? QStringView(row).mid(tab + 1).toFloat(&weightOk) : 0;
        if (!keyOk || !weightOk)
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
