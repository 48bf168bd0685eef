// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/storedcomparison.h"

#include <QAbstractTableModel>

#include <memory>

namespace Parallax {

// The coverage matrix: entities (or speakers) by article. A cell counts the entity's mentions
// (or the speaker's quotes) in one article; an empty cell is what that outlet leaves out.
class CoverageModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Mode { Entities, Speakers };
    explicit CoverageModel(QObject *parent = nullptr);

    // outlets: what to call each article's column.
    void setComparison(
        std::shared_ptr<const StoredComparison> comparison, QHash<qint64, QString> outlets);
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    // Only rows some article lacks.
    void setGapsOnly(bool gapsOnly);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void rebuild();
    struct Row
    {
        QString name;
        QString type;
        QList<int> counts; // per article
        QList<int> words; // speakers: quoted words per article
    };
    std::shared_ptr<const StoredComparison> m_comparison;
    QHash<qint64, QString> m_outlets;
    Mode m_mode = Mode::Entities;
    bool m_gapsOnly = false;
    QList<Row> m_rows;
    int m_max = 1;
};

} // namespace Parallax
