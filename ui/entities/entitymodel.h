// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entity.h"
#include "rowupdates.h"

#include <QAbstractTableModel>

namespace Parallax {

// The entities of a story that are still mentioned: name, type, how often mentioned, and the
// other names they go by.
class EntityModel : public RowUpdates<QAbstractTableModel>
{
    Q_OBJECT

public:
    enum Column { NameColumn, TypeColumn, MentionsColumn, AliasesColumn, ColumnCount };

    explicit EntityModel(QObject *parent = nullptr);

    void setEntities(QList<EntityRecord> entities);
    const EntityRecord &entity(int row) const { return m_entities.at(row); }
    int rowOf(qint64 entityId) const;
    // PERSON, ORG, LOC, MISC as the analyst reads them (Person, Organisation, Place, Other name).
    static QString typeName(const QString &type);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<EntityRecord> m_entities;
};

} // namespace Parallax
