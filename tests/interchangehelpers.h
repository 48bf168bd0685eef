// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// For tst_interchange: reading back what the exports wrote, and comparing projects.
#pragma once

#include "storage/connection.h"
#include "storage/project.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// Every exported (not rejected) annotation of a project, as comparable lines; columns names the
// fields compared, so brat (which keeps fewer) can be compared on what it keeps.
QStringList snapshot(Parallax::Project &project, const QString &columns)
{
    QSqlQuery query(Parallax::Storage::connection(project));
    const bool ok = query.exec(u"SELECT a.content_hash, "_s + columns
        + u", COALESCE(e.name, ''), COALESCE(e.type, ''), COALESCE(t.name, ''),"
          " COALESCE(p.kind || ' ' || p.start_offset || ' ' || p.end_offset, '')"
          " FROM annotation n JOIN article a ON a.id = n.article_id"
          " LEFT JOIN entity e ON e.id = n.entity_id LEFT JOIN tag t ON t.id = n.tag_id"
          " LEFT JOIN annotation p ON p.id = n.parent_id"
          " WHERE n.status <> 'rejected' AND COALESCE(p.status, '') <> 'rejected'"_s);
    if (!ok)
        return {query.lastError().text()};
    QStringList rows;
    while (query.next()) {
        QStringList fields;
        for (int i = 0; i < query.record().count(); ++i)
            fields.append(query.value(i).toString());
        rows.append(fields.join(u" | "_s));
    }
    rows.sort();
    return rows;
}

const QString kAllFields
    = u"n.kind, n.label, n.value, n.start_offset, n.end_offset, n.exact, n.prefix, n.suffix,"
      " n.origin, n.annotator, n.annotator_version, n.analyst, n.confidence, n.status, n.note,"
      " n.anchor, n.created, n.modified"_s;
const QString kBratFields = u"n.kind, n.label, n.value, n.start_offset, n.end_offset, n.exact,"
                            " n.prefix, n.suffix, n.origin, n.status, n.note"_s;

// RFC 4180 records.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return records;
}

} // namespace
