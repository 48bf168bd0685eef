// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/coveragemodel.h"

#include <QColor>
#include <QFont>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace Parallax {

CoverageModel::CoverageModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void CoverageModel::setComparison(
    std::shared_ptr<const StoredComparison> comparison, QHash<qint64, QString> outlets)
{
    beginResetModel();
    m_comparison = std::move(comparison);
    m_outlets = std::move(outlets);
    rebuild();
    endResetModel();
}

void CoverageModel::setMode(Mode mode)
{
    beginResetModel();
    m_mode = mode;
    rebuild();
    endResetModel();
}

void CoverageModel::setGapsOnly(bool gapsOnly)
{
    beginResetModel();
    m_gapsOnly = gapsOnly;
    rebuild();
    endResetModel();
}

void CoverageModel::rebuild()
{
    m_rows.clear();
    m_max = 1;
    if (!m_comparison)
        return;
    const qsizetype articles = m_comparison->articleIds.size();
    auto add = [&](Row row) {
        row.counts.resize(articles);
        if (m_gapsOnly && !row.counts.contains(0))
            return;
        for (int c : std::as_const(row.counts))
            m_max = qMax(m_max, c);
        m_rows << std::move(row);
    };
    if (m_mode == Mode::Entities) {
        for (const StoredEntityCoverage &e : m_comparison->entities)
            add({e.name, e.type, e.mentions, {}});
    } else {
        for (const StoredSpeakerCoverage &s : m_comparison->speakers)
            add({s.name, {}, s.quotes, s.words});
    }
}

int CoverageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CoverageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_comparison ? 0 : int(m_comparison->articleIds.size()) + 1;
}

QVariant CoverageModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (index.column() == 0) {
        if (role == Qt::DisplayRole)
            return row.type.isEmpty() ? row.name : u"%1 (%2)"_s.arg(row.name, row.type);
        return {};
    }
    const int article = index.column() - 1;
    const int count = row.counts.value(article);
    switch (role) {
    case Qt::DisplayRole:
        return count == 0 ? u"\u2014"_s : QString::number(count);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::BackgroundRole: {
        // Absent: a warm tint; present: a cool one that deepens with the count.
        if (count == 0)
            return QColor(0xC0, 0x39, 0x2B, 40);
        QColor c(0x4A, 0x6A, 0x8C);
        c.setAlpha(40 + 140 * count / m_max);
        return c;
    }
    case Qt::ToolTipRole: {
        const QString outlet
            = headerData(index.column(), Qt::Horizontal, Qt::DisplayRole).toString();
        if (m_mode == Mode::Speakers)
            return tr("%1 in %2: %n quote(s), %3 words", nullptr, count)
                .arg(row.name, outlet)
                .arg(row.words.value(article));
        return count == 0 ? tr("%1 does not mention %2").arg(outlet, row.name)
                          : tr("%1 in %2: %n mention(s)", nullptr, count).arg(row.name, outlet);
    }
    case Qt::AccessibleTextRole:
        return QString::number(count);
    }
    return {};
}

QVariant CoverageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == 0)
        return m_mode == Mode::Entities ? tr("Entity") : tr("Speaker");
    if (!m_comparison || section - 1 >= m_comparison->articleIds.size())
        return {};
    const qint64 id = m_comparison->articleIds.at(section - 1);
    return m_outlets.value(id, tr("article %1").arg(id));
}

} // namespace Parallax
