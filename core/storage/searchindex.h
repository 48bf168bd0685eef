// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QList>
#include <QSqlDatabase>

namespace Parallax {

class Project;

struct SearchHit
{
    qint64 articleId = 0;
    QString title;
    QString outlet;
    QString published;
    QString snippet; // matched words between kMatchStart and kMatchEnd
    double score = 0; // higher is better
};

// Full-text search over article titles and bodies. The index is SQLite FTS5 in a file project and
// a tsvector column with a GIN index on a server, kept in step by the transactions that write
// articles; this class is the only place that speaks their query syntax, and both take the same
// query from the user.
class SearchIndex
{
public:
    static constexpr QChar kMatchStart = QChar(0x02);
    static constexpr QChar kMatchEnd = QChar(0x03);

    explicit SearchIndex(Project &project);

    // Words must all occur (any order); "quoted words" form a phrase; OR between two terms
    // allows either; -word excludes; word* matches a prefix. Ranked by BM25, titles weigh more.
    Result<QList<SearchHit>> search(const QString &query, int limit = 50);

    // The FTS5 query for what a user typed; empty when nothing is left to search for.
    static QString toFtsQuery(const QString &userQuery);
    // The same as PostgreSQL's to_tsquery() reads it, for server projects.
    static QString toTsQuery(const QString &userQuery);
    // A snippet with its markers replaced by the given strings (e.g. "<b>", "</b>" after escaping).
    static QString markSnippet(const QString &snippet, const QString &open, const QString &close);

private:
    QSqlDatabase m_db;
};

} // namespace Parallax
