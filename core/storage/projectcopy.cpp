// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/projectcopy.h"

#include "storage/connection.h"
#include "storage/dialect.h"
#include "storage/project.h"
#include "storage/sql.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parallax {
namespace {

// Every table of the current format but meta (each side has its own), parents before children.
const QStringList kTables {u"story"_s, u"article"_s, u"story_article"_s, u"entity"_s,
    u"entity_alias"_s, u"tag"_s, u"annotation"_s, u"comparison"_s, u"comparison_article"_s,
    u"alignment"_s, u"alignment_member"_s, u"alignment_difference"_s, u"difference_span"_s,
    u"review_item"_s, u"review_item_span"_s, u"coverage_entity"_s, u"coverage_entity_article"_s,
    u"coverage_speaker"_s, u"coverage_speaker_article"_s, u"curated_annotation"_s};
// A row may name a parent with a higher id (a tag moved under a later one): these go in with no
// parent first and get it once every row is there.
const QStringList kSelfReferencing {u"tag"_s, u"annotation"_s};

bool hasId(const QString &table)
{
    static const QStringList withId {u"story"_s, u"article"_s, u"entity"_s, u"tag"_s,
        u"annotation"_s, u"alignment"_s, u"alignment_difference"_s, u"review_item"_s,
        u"coverage_entity"_s, u"coverage_speaker"_s, u"curated_annotation"_s};
    return withId.contains(table);
}

// The columns both sides store: the destination's, less a server's generated search column.
Result<QStringList> columns(QSqlDatabase &db, const QString &table)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT * FROM %1 LIMIT 0"_s.arg(table)))
        return Error {Sql::describe(query)};
    QStringList names;
    const QSqlRecord record = query.record();
    for (int i = 0; i < record.count(); ++i) {
        if (record.fieldName(i) != "search"_L1)
            names.append(record.fieldName(i));
    }
    return names;
}

// One value as the same text on both backends: integers whatever their width, doubles exactly.
QByteArray canonical(const QVariant &value)
{
    if (value.isNull())
        return QByteArrayLiteral("\0N");
    switch (value.metaType().id()) {
    case QMetaType::Double:
    case QMetaType::Float:
        return QByteArray::number(value.toDouble(), 'g', 17);
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QByteArray::number(value.toLongLong());
    default:
        return value.toString().toUtf8();
    }
}

Result<CopiedTable> tableHash(QSqlDatabase &db, const QString &table, const QStringList &names)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT %1 FROM %2"_s.arg(names.join(u", "_s), table)))
        return Error {Sql::describe(query)};
    QList<QByteArray> rows;
    while (query.next()) {
        QCryptographicHash row(QCryptographicHash::Sha256);
        for (int i = 0; i < names.size(); ++i) {
            row.addData(canonical(query.value(i)));
            row.addData(QByteArrayView("\x1f", 1));
        }
        rows.append(row.result());
    }
    std::sort(rows.begin(), rows.end());
    QCryptographicHash all(QCryptographicHash::Sha256);
    for (const QByteArray &row : std::as_const(rows))
        all.addData(row);
    return CopiedTable {table, rows.size(), QString::fromLatin1(all.result().toHex())};
}

Result<void> copyTable(
    QSqlDatabase &from, QSqlDatabase &to, const QString &table, const QStringList &names)
{
    const bool selfReferencing = kSelfReferencing.contains(table);
    QSqlQuery read(from);
    read.setForwardOnly(true);
    if (!read.exec(u"SELECT %1 FROM %2%3"_s.arg(
            names.join(u", "_s), table, hasId(table) ? u" ORDER BY id"_s : QString())))
        return Error {u"reading %1: %2"_s.arg(table, Sql::describe(read))};
    const qsizetype parent = names.indexOf(u"parent_id"_s);
    QSqlQuery write(to);
    const QString insert = u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(
        table, names.join(u", "_s), QStringList(names.size(), u"?"_s).join(u", "_s));
    QList<std::pair<QVariant, QVariant>> parents;
    while (read.next()) {
        QVariantList values;
        for (int i = 0; i < names.size(); ++i)
            values.append(read.value(i));
        if (selfReferencing && parent >= 0 && !values.at(parent).isNull()) {
            parents.append({values.at(0), values.at(parent)});
            values[parent] = QVariant(QMetaType::fromType<qint64>());
        }
        if (auto r = Sql::execPrepared(write, insert, values); !r)
            return Error {u"writing %1: %2"_s.arg(table, r.error())};
    }
    for (const auto &[id, parentId] : std::as_const(parents)) {
        if (auto r = Sql::execPrepared(
                write, u"UPDATE %1 SET parent_id = ? WHERE id = ?"_s.arg(table), {parentId, id});
            !r)
            return Error {u"writing %1: %2"_s.arg(table, r.error())};
    }
    // A server's sequence continues after the ids copied in.
    if (hasId(table) && Sql::Dialect::of(to).kind() == Sql::Dialect::Kind::Postgres) {
        if (auto r = Sql::exec(to,
                u"SELECT setval(pg_get_serial_sequence('%1', 'id'), COALESCE(MAX(id), 1),"
                " MAX(id) IS NOT NULL) FROM %1"_s.arg(table));
            !r)
            return r;
    }
    return {};
}

Result<QList<CopiedTable>> copyInto(Project &fromProject, Project &toProject)
{
    Project *from = &fromProject;
    Project *to = &toProject;
    QSqlDatabase &read = Storage::connection(*from);
    QSqlDatabase &write = Storage::connection(*to);
    QList<CopiedTable> copied;
    {
        auto transaction = to->transaction();
        if (!transaction.isActive())
            return Error {u"%1: %2"_s.arg(to->path(), transaction.error())};
        for (const QString &table : kTables) {
            auto names = columns(write, table);
            if (!names)
                return Error {u"%1: %2"_s.arg(to->path(), names.error())};
            if (auto r = copyTable(read, write, table, names.value()); !r)
                return Error {u"%1: %2; nothing was copied"_s.arg(to->path(), r.error())};
        }
        if (auto r = transaction.commit(); !r)
            return Error {u"%1: %2; nothing was copied"_s.arg(to->path(), r.error())};
    }
    for (const QString &table : kTables) {
        auto names = columns(write, table);
        if (!names)
            return Error {names.error()};
        auto there = tableHash(write, table, names.value());
        auto here = tableHash(read, table, names.value());
        if (!there || !here)
            return Error {there ? here.error() : there.error()};
        if (there->rows != here->rows || there->hash != here->hash)
            return Error {u"%1: the copy of %2 differs from %3 (%4 rows there, %5 here)"_s
                              .arg(to->path(), table, from->path())
                              .arg(there->rows)
                              .arg(here->rows)};
        copied.append(there.value());
    }
    to->optimize();
    return copied;
}

} // namespace

Result<QList<CopiedTable>> copyProject(const QString &source, const QString &dest)
{
    auto from = Project::open(source, Project::Access::ReadOnly);
    if (!from)
        return Error {from.error()};
    auto to = Project::create(dest);
    if (!to)
        return Error {to.error()};
    auto copied = copyInto(*from.value(), *to.value());
    if (!copied && !Project::isServerLocation(dest)) {
        // A file that is not a complete copy is no copy: gone, as if never made.
        to.value().reset();
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
            QFile::remove(dest + suffix);
    }
    return copied;
}

} // namespace Parallax
