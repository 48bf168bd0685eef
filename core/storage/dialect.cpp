// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/dialect.h"

using namespace Qt::StringLiterals;

namespace Parallax::Sql {
namespace {

class SqliteDialect final : public Dialect
{
public:
    QString name() const override { return u"SQLite"_s; }
    // INTEGER PRIMARY KEY is the rowid: filled in on insert, and kept when a row is put back
    // with its old id (undo).
    QString idColumn() const override { return u"id INTEGER PRIMARY KEY"_s; }
    QString beginWrite() const override { return u"BEGIN IMMEDIATE"_s; }
};

} // namespace

const Dialect &Dialect::of(const QSqlDatabase &)
{
    // One backend so far; the driver name picks the dialect once there are two.
    static const SqliteDialect sqlite;
    return sqlite;
}

} // namespace Parallax::Sql
