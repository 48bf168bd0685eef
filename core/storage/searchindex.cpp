// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindex.h"

#include "storage/connection.h"
#include "storage/dialect.h"
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

// What a user typed, as groups that must all match (each one term or several alternatives)
// and terms that must not. A term is its words, space-separated, as the index splits them; more
// than one word is a phrase.
struct ParsedQuery
{
    struct Term
    {
        QString words;
        bool prefix = false;
    };
    QList<QList<Term>> groups;
    QList<Term> excluded;
};

ParsedQuery parseQuery(const QString &userQuery)
{
    ParsedQuery parsed;
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
        ParsedQuery::Term term;
        if (userQuery[i] == u'"') {
            const qsizetype close = userQuery.indexOf(u'"', i + 1);
            const qsizetype end = close < 0 ? n : close;
            bool prefix = false;
            term.words = bareTerm(QStringView(userQuery).mid(i + 1, end - i - 1), &prefix);
            i = end + 1;
            if (term.words.isEmpty())
                continue;
        } else {
            qsizetype end = i;
            while (end < n && !userQuery[end].isSpace())
                ++end;
            const QStringView word = QStringView(userQuery).mid(i, end - i);
            i = end;
            if (word == u"OR" && !negate) {
                pendingOr = !parsed.groups.isEmpty();
                continue;
            }
            if (word == u"AND" && !negate)
                continue;
            term.words = bareTerm(word, &term.prefix);
            if (term.words.isEmpty())
                continue;
        }
        if (negate) {
            parsed.excluded.append(term);
        } else if (pendingOr) {
            parsed.groups.last().append(term);
            pendingOr = false;
        } else {
            parsed.groups.append({term});
        }
    }
    return parsed;
}

} // namespace

SearchIndex::SearchIndex(Project &project)
    : m_db(Storage::connection(project))
{ }

QString SearchIndex::toFtsQuery(const QString &userQuery)
{
    const ParsedQuery parsed = parseQuery(userQuery);
    if (parsed.groups.isEmpty())
        return {};
    const auto render = [](const ParsedQuery::Term &t) -> QString {
        return quoted(t.words) + (t.prefix ? u"*"_s : QString());
    };
    QString query;
    for (const auto &group : parsed.groups) {
        QStringList alternatives;
        for (const auto &t : group)
            alternatives.append(render(t));
        query += (query.isEmpty() ? QString() : u" AND "_s) + u'(' + alternatives.join(u" OR "_s)
            + u')';
    }
    for (const auto &t : parsed.excluded)
        query += u" NOT "_s + render(t);
    return query;
}

QString SearchIndex::toTsQuery(const QString &userQuery)
{
    const ParsedQuery parsed = parseQuery(userQuery);
    if (parsed.groups.isEmpty())
        return {};
    // Each word is a quoted lexeme, so no operator a user types reaches to_tsquery; a phrase is
    // its words in sequence (<->), a prefix marks its last word.
    const auto render = [](const ParsedQuery::Term &t) -> QString {
        QStringList lexemes;
        for (QString word : t.words.split(u' ', Qt::SkipEmptyParts)) {
            word.replace(u'\\', u"\\\\"_s);
            word.replace(u'\'', u"''"_s);
            lexemes.append(u'\'' + word + u'\'');
        }
        if (t.prefix && !lexemes.isEmpty())
            lexemes.last() += u":*"_s;
        return lexemes.size() == 1 ? lexemes.first() : u'(' + lexemes.join(u" <-> "_s) + u')';
    };
    QStringList parts;
    for (const auto &group : parsed.groups) {
        QStringList alternatives;
        for (const auto &t : group)
            alternatives.append(render(t));
        parts.append(u'(' + alternatives.join(u" | "_s) + u')');
    }
    for (const auto &t : parsed.excluded)
        parts.append(u"!"_s + render(t));
    return parts.join(u" & "_s);
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
    const bool postgres = Sql::Dialect::of(m_db).kind() == Sql::Dialect::Kind::Postgres;
    const QString match = postgres ? toTsQuery(userQuery) : toFtsQuery(userQuery);
    if (match.isEmpty())
        return hits;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // Titles count five times as much as the body: they are weighed A, bodies B (pgschema.cpp),
    // and the weights are {D, C, B, A}. The snippet comes from the body where it matches, as
    // FTS5's from the best column; ts_headline runs on the hits only, after the limit.
    const auto ok = postgres
        ? Sql::exec(query,
            u"SELECT m.id, m.title, m.outlet, m.published,"
            "  ts_headline('parallax_search',"
            "    CASE WHEN m.in_body THEN m.body ELSE m.title END, m.q,"
            "    'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', MaxWords=16, MinWords=8'),"
            "  m.rank FROM ("
            "  SELECT a.id, a.title, a.outlet, a.published, a.body, q.q,"
            "         to_tsvector('parallax_search', a.body) @@ q.q AS in_body,"
            "         ts_rank('{0.1, 0.2, 0.2, 1.0}', a.search, q.q) AS rank"
            "  FROM article a, to_tsquery('parallax_search', ?) AS q(q) WHERE a.search @@ q.q"
            "  ORDER BY rank DESC, a.id LIMIT ?) m ORDER BY m.rank DESC, m.id"_s,
            {match, limit})
        : Sql::exec(query,
            // Ranked by FTS5 itself (the rank column, given the weights): it then hands the
            // rows over in order and the snippets are made for the hits kept only. Ordered by
            // bm25() instead, every match's snippet was made before the sort (oil over 100,000
            // articles: 300 ms, now 10, the same hits in the same order).
            u"SELECT a.id, a.title, a.outlet, a.published, m.snip, m.rank FROM ("
            "  SELECT rowid AS id, snippet(article_fts, -1, char(2), char(3), '…', 16) AS snip,"
            "         rank FROM article_fts"
            "  WHERE article_fts MATCH ? AND rank MATCH 'bm25(5.0, 1.0)' ORDER BY rank LIMIT ?) m"
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
        // BM25 is better the lower; ts_rank the higher.
        hit.score = postgres ? query.value(5).toDouble() : -query.value(5).toDouble();
        hits.append(hit);
    }
    return hits;
}

} // namespace Parallax
