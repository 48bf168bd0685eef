// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitymodel.h"

#include "roles.h"

using namespace Qt::StringLiterals;

namespace Parallax {

EntityModel::EntityModel(QObject *parent)
    : RowUpdates(parent)
{ }

void EntityModel::setEntities(QList<EntityRecord> entities)
{
    // An entity whose mentions were all rejected is no longer in the text the analyst reads.
    entities.removeIf([](const EntityRecord &e) { return e.mentions == 0; });
    takeRows(m_entities, std::move(entities), [](const EntityRecord &e) { return e.id; });
}

QString EntityModel::typeName(const QString &type)
{
    // As the layer bar names them; an unknown type is shown as stored.
    if (type == "PERSON"_L1)
        return tr("Person");
    if (type == "ORG"_L1)
        return tr("Organisation");
    if (type == "LOC"_L1)
        return tr("Place");
    if (type == "MISC"_L1)
        return tr("Other name");
    return type;
}

int EntityModel::rowOf(qint64 entityId) const
{
    for (int i = 0; i < m_entities.size(); ++i) {
        if (m_entities[i].id == entityId)
            return i;
    }
    return -1;
}

int EntityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entities.size());
}

int EntityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EntityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const EntityRecord &e = m_entities.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return e.name;
        case TypeColumn:
            return typeName(e.type);
        case MentionsColumn:
            return e.mentions;
        case AliasesColumn: {
            QStringList others = e.aliases;
            others.removeAll(e.name);
            return others.join(u", "_s);
        }
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return index.column() == MentionsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                : QVariant();
    case Roles::EntityId:
        return e.id;
    case Roles::Label:
        return e.type;
    default:
        return {};
    }
}

QVariant EntityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    // The count's header is short, so that a narrow panel leaves the names room.
    if (role == Qt::ToolTipRole && section == MentionsColumn)
        return tr("Mentions");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case MentionsColumn:
        return tr("#", "mentions");
    case AliasesColumn:
        return tr("Also called");
    default:
        return {};
    }
}

} // namespace Parallax
