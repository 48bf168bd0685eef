// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindex.h"

#include "storage/connection.h"

#include "storage/sql.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Parallax {
namespace {

QString quoted(const QString &term)
{
    QString escaped = term;
    escaped.replace(u'"', u"\"\""_s);
    return u'"' + escaped + u'"';
}

// Keeps what FTS5's tokenizer would index: letters, digits and marks; the rest separates words.
QString bareTerm(QStringView word, bool *prefix)
{
    *prefix = word.endsWith(u'*');
    QString kept;
    for (const QChar c : word) {
        if (c.isLetterOrNumber() || c.isMark())
            kept += c;
        else if (!kept.isEmpty() && !kept.endsWith(u' '))
            kept += u' ';
    }
    return kept.trimmed();
}

} // namespace

SearchIndex::SearchIndex(Project &project)
    : m_db(Storage::connection(project))
{ }

QString SearchIndex::toFtsQuery(const QString &userQuery)
{
    QStringList positives;
    QStringList negatives;
    bool pendingOr = false;
    qsizetype i = 0;
    const qsizetype n = userQuery.size();
    while (i < n) {
        if (userQuery[i].isSpace()) {
            ++i;
            continue;
        }
        bool negate = false;
        if (userQuery[i] == u'-' && i + 1 < n && !userQuery[i + 1].isSpace()) {
            negate = true;
            ++i;
        }
        QString term;
        if (userQuery[i] == u'"') {
            const qsizetype close = userQuery.indexOf(u'"', i + 1);
            const qsizetype end = close < 0 ? n : close;
            bool prefix = false;
            const QString phrase
                = bareTerm(QStringView(userQuery).mid(i + 1, end - i - 1), &prefix);
            i = end + 1;
            if (phrase.isEmpty())
                continue;
            term = quoted(phrase);
        } else {
            qsizetype end = i;
            while (end < n && !userQuery[end].isSpace())
                ++end;
            const QStringView word = QStringView(userQuery).mid(i, end - i);
            i = end;
            if (word == u"OR" && !negate) {
                pendingOr = !positives.isEmpty();
                continue;
            }
            if (word == u"AND" && !negate)
                continue;
            bool prefix = false;
            const QString bare = bareTerm(word, &prefix);
            if (bare.isEmpty())
                continue;
            term = quoted(bare) + (prefix ? u"*"_s : QString());
        }
        if (negate) {
            negatives.append(term);
        } else if (pendingOr) {
            positives.last() = positives.last() + u" OR "_s + term;
            pendingOr = false;
        } else {
            positives.append(term);
        }
    }
    if (positives.isEmpty())
        return {};
    QString query;
    for (const QString &p : positives)
        query += (query.isEmpty() ? QString() : u" AND "_s) + u'(' + p + u')';
    for (const QString &n : negatives)
        query += u" NOT "_s + n;
    return query;
}

QString SearchIndex::markSnippet(const QString &snippet, const QString &open, const QString &close)
{
    QString out = snippet;
    out.replace(kMatchStart, open);
    out.replace(kMatchEnd, close);
    return out;
}

Result<QList<SearchHit>> SearchIndex::search(const QString &userQuery, int limit)
{
    QList<SearchHit> hits;
    const QString match = toFtsQuery(userQuery);
    if (match.isEmpty())
        return hits;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // Titles count five times as much as the body. The MATCH is ranked and limited on its own
    // before the join, so common terms do not drag every row through the join.
    const auto ok = Sql::exec(query,
        u"SELECT a.id, a.title, a.outlet, a.published, m.snip, m.rank FROM ("
        "  SELECT rowid AS id, snippet(article_fts, -1, char(2), char(3), '…', 16) AS snip,"
        "         bm25(article_fts, 5.0, 1.0) AS rank"
        "  FROM article_fts WHERE article_fts MATCH ? ORDER BY rank LIMIT ?) m"
        " JOIN article a ON a.id = m.id ORDER BY m.rank"_s,
        {match, limit});
    if (!ok)
        return Error {u"search failed: %1"_s.arg(ok.error())};
    while (query.next()) {
        SearchHit hit;
        hit.articleId = query.value(0).toLongLong();
        hit.title = query.value(1).toString();
        hit.outlet = query.value(2).toString();
        hit.published = query.value(3).toString();
        hit.snippet = query.value(4).toString();
        hit.score = -query.value(5).toDouble();
        hits.append(hit);
    }
    return hits;
}

} // namespace Parallax
