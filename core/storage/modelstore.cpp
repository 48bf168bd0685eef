// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/modelstore.h"

#include "storage/connection.h"
#include "storage/project.h"
#include "storage/sql.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Parallax {

ModelStore::ModelStore(Project &project)
    : m_db(Storage::connection(project))
{ }

Result<StoredEntityModel> ModelStore::entityModel()
{
    QSqlQuery query(m_db);
    if (auto r
        = Sql::exec(query, u"SELECT delta, corrections, modified FROM entity_model WHERE id = 1"_s);
        !r)
        return Error {r.error()};
    StoredEntityModel model;
    if (query.next()) {
        model.delta = query.value(0).toByteArray();
        model.corrections = query.value(1).toInt();
        model.modified = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
    }
    return model;
}

Result<void> ModelStore::setEntityModel(const StoredEntityModel &model)
{
    QSqlQuery query(m_db);
    if (model.isEmpty())
        return Sql::exec(query, u"DELETE FROM entity_model"_s);
    const QDateTime when
        = model.modified.isValid() ? model.modified : QDateTime::currentDateTimeUtc();
    // A blob, never text: the delta's bytes are not UTF-8.
    return Sql::exec(query,
        u"INSERT INTO entity_model (id, delta, corrections, modified) VALUES (1, ?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET delta = excluded.delta,"
        " corrections = excluded.corrections, modified = excluded.modified"_s,
        {QVariant(model.delta), model.corrections, when.toUTC().toString(Qt::ISODateWithMs)});
}

} // namespace Parallax
