// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/accounts.h"

#include "storage/connection.h"
#include "storage/dialect.h"
#include "storage/sql.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parallax {
namespace {

QString ident(const QString &name)
{
    QString quoted = name;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString literal(const QString &value)
{
    QString quoted = value;
    quoted.replace(u'\'', u"''"_s);
    return u'\'' + quoted + u'\'';
}

// Account names as psql users type them unquoted: no quoting surprises in any tool.
Result<void> checkName(const QString &name)
{
    static const QRegularExpression valid(u"^[a-z_][a-z0-9_]{0,62}$"_s);
    if (!valid.match(name).hasMatch())
        return Error {u"'%1' is not an account name: use lower-case letters, digits and _, "
                      "starting with a letter (at most 63)"_s.arg(name)};
    return {};
}

Result<void> checkRole(const QString &role)
{
    if (!ProjectAccounts::roles().contains(role))
        return Error {u"'%1' is not a role; the roles are %2"_s.arg(
            role, ProjectAccounts::roles().join(u", "_s))};
    return {};
}

// The tables an analyst writes besides annotations: what importing and comparing write. The code
// book (tag), entities' merging and the curated layer are the curator's.
const QStringList kAnalystInserts {
    u"story"_s, u"article"_s, u"story_article"_s, u"entity"_s, u"entity_alias"_s, u"annotation"_s};
const QStringList kComparisonTables {u"comparison"_s, u"comparison_article"_s, u"alignment"_s,
    u"alignment_member"_s, u"alignment_difference"_s, u"difference_span"_s, u"review_item"_s,
    u"review_item_span"_s, u"coverage_entity"_s, u"coverage_entity_article"_s,
    u"coverage_speaker"_s, u"coverage_speaker_article"_s};

} // namespace

ProjectAccounts::ProjectAccounts(Project &project)
    : m_db(Storage::connection(project))
    , m_server(Sql::Dialect::of(m_db).kind() == Sql::Dialect::Kind::Postgres)
{ }

QStringList ProjectAccounts::roles()
{
    return {u"viewer"_s, u"analyst"_s, u"curator"_s};
}

Result<void> ProjectAccounts::checkServer() const
{
    if (!m_server)
        return Error {u"a project file has no accounts; they belong to server projects "
                      "(postgresql://...)"_s};
    return {};
}

Result<void> ProjectAccounts::checkAdministrator()
{
    // Asked up front: a role without the grant option only gets warnings for GRANT, not errors.
    QSqlQuery query(m_db);
    if (auto r = Sql::exec(query,
            u"SELECT pg_has_role(current_user, c.relowner, 'USAGE'), r.rolname"
            " FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner"
            " WHERE c.oid = 'meta'::regclass"_s);
        !r)
        return r;
    if (!query.next())
        return Error {u"the project has no meta table"_s};
    if (!query.value(0).toBool())
        return Error {u"only the project's administrator (%1) manages its accounts"_s.arg(
            query.value(1).toString())};
    return {};
}

Result<QString> ProjectAccounts::groupRole(const QString &role)
{
    QSqlQuery query(m_db);
    if (auto r = Sql::exec(query, u"SELECT current_database()"_s); !r || !query.next())
        return Error {r ? u"the server did not name its database"_s : r.error()};
    const QString name = u"parallax_%1_%2"_s.arg(query.value(0).toString(), role);
    // PostgreSQL cuts longer names, and two projects could then share a group.
    if (name.toUtf8().size() > 63)
        return Error {
            u"the database's name is too long for its accounts' group roles (%1)"_s.arg(name)};
    return name;
}

Result<void> ProjectAccounts::ensureGroups()
{
    QStringList groups;
    for (const QString &role : roles()) {
        auto group = groupRole(role);
        if (!group)
            return Error {group.error()};
        groups.append(group.value());
    }
    const QString viewer = ident(groups.at(0));
    const QString analyst = ident(groups.at(1));
    const QString curator = ident(groups.at(2));
    const QString all = QStringList {viewer, analyst, curator}.join(u", "_s);
    QSqlQuery query(m_db);
    if (auto r = Sql::exec(query, u"SELECT current_database()"_s); !r || !query.next())
        return Error {r ? u"the server did not name its database"_s : r.error()};
    const QString database = ident(query.value(0).toString());

    Sql::Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error {transaction.error()};
    // "Policy does not exist, skipping" is no news to the person adding an account.
    QStringList statements {u"SET LOCAL client_min_messages = warning"_s};
    for (const QString &group : groups) {
        if (auto r = Sql::exec(query, u"SELECT 1 FROM pg_roles WHERE rolname = ?"_s, {group}); !r)
            return r;
        if (!query.next())
            statements.append(u"CREATE ROLE %1 NOLOGIN"_s.arg(ident(group)));
    }
    // Nobody else connects; the project's roles read everything, and write what their role
    // allows. Creating, altering or dropping anything stays the owner's: PostgreSQL 15 gives
    // PUBLIC no CREATE on the public schema, and only an owner alters or drops a table.
    statements += {
        u"REVOKE ALL ON DATABASE %1 FROM PUBLIC"_s.arg(database),
        u"REVOKE CREATE ON SCHEMA public FROM PUBLIC"_s,
        u"GRANT CONNECT, TEMPORARY ON DATABASE %1 TO %2"_s.arg(database, all),
        u"GRANT USAGE ON SCHEMA public TO %1"_s.arg(all),
        u"GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1"_s.arg(all),
        u"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %1, %2"_s.arg(analyst, curator),
        u"GRANT INSERT ON %1 TO %2"_s.arg(kAnalystInserts.join(u", "_s), analyst),
        u"GRANT UPDATE, DELETE ON annotation TO %1"_s.arg(analyst),
        // Every analyst's decisions teach the project's entity model (docs/learning.md).
        u"GRANT INSERT, UPDATE, DELETE ON entity_model, entity_contribution TO %1"_s.arg(analyst),
        u"GRANT INSERT, UPDATE, DELETE ON %1 TO %2"_s.arg(kComparisonTables.join(u", "_s), analyst),
        u"GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1"_s.arg(curator),
        u"REVOKE INSERT, UPDATE, DELETE ON meta, change_counter FROM %1"_s.arg(curator),
        // Annotating again removes unused entities through the owner's function (pgschema.cpp).
        u"GRANT EXECUTE ON FUNCTION parallax_remove_unused_entities(BIGINT, BIGINT[]) TO %1, %2"_s
            .arg(analyst, curator),
        // An analyst sees every annotation and changes her own only. USING picks the rows she
        // may touch, WITH CHECK what they may become; the author column is the session's role
        // (the trigger in pgschema.cpp), so no row can be handed to or taken from anyone.
        u"ALTER TABLE annotation ENABLE ROW LEVEL SECURITY"_s,
        u"DROP POLICY IF EXISTS annotation_read ON annotation"_s,
        u"DROP POLICY IF EXISTS annotation_analyst_insert ON annotation"_s,
        u"DROP POLICY IF EXISTS annotation_analyst_update ON annotation"_s,
        u"DROP POLICY IF EXISTS annotation_analyst_delete ON annotation"_s,
        u"DROP POLICY IF EXISTS annotation_curator ON annotation"_s,
        u"CREATE POLICY annotation_read ON annotation FOR SELECT TO %1 USING (true)"_s.arg(all),
        u"CREATE POLICY annotation_analyst_insert ON annotation FOR INSERT TO %1"
        " WITH CHECK (analyst = current_user)"_s.arg(analyst),
        u"CREATE POLICY annotation_analyst_update ON annotation FOR UPDATE TO %1"
        " USING (analyst = current_user) WITH CHECK (analyst = current_user)"_s.arg(analyst),
        u"CREATE POLICY annotation_analyst_delete ON annotation FOR DELETE TO %1"
        " USING (analyst = current_user)"_s.arg(analyst),
        u"CREATE POLICY annotation_curator ON annotation FOR ALL TO %1"
        " USING (true) WITH CHECK (true)"_s.arg(curator),
    };
    for (const QString &statement : statements) {
        if (auto r = Sql::exec(m_db, statement); !r)
            return Error {u"only the project's administrator manages its accounts (%1)"_s.arg(
                r.error().trimmed())};
    }
    return transaction.commit();
}

Result<bool> ProjectAccounts::prepareMembership(const QString &name, const QString &role)
{
    if (auto r = checkServer(); !r)
        return Error {r.error()};
    if (auto r = checkName(name); !r)
        return Error {r.error()};
    if (auto r = checkRole(role); !r)
        return Error {r.error()};
    if (auto r = checkAdministrator(); !r)
        return Error {r.error()};
    if (auto r = ensureGroups(); !r) // creates roles: only once the checks passed
        return Error {r.error()};
    QSqlQuery query(m_db);
    if (auto r = Sql::exec(query, u"SELECT 1 FROM pg_roles WHERE rolname = ?"_s, {name}); !r)
        return Error {r.error()};
    return query.next();
}

Result<void> ProjectAccounts::add(const QString &name, const QString &role, const QString &password)
{
    auto exists = prepareMembership(name, role);
    if (!exists)
        return Error {exists.error()};
    if (!exists.value()) {
        const QString create = password.isEmpty()
            ? u"CREATE ROLE %1 LOGIN"_s.arg(ident(name))
            : u"CREATE ROLE %1 LOGIN PASSWORD %2"_s.arg(ident(name), literal(password));
        if (auto r = Sql::exec(m_db, create); !r)
            return Error {u"cannot create the account %1 (%2)"_s.arg(name, r.error().trimmed())};
    } else {
        auto accounts = list();
        if (!accounts)
            return Error {accounts.error()};
        for (const Account &a : accounts.value()) {
            if (a.name == name)
                return Error {u"%1 is already in the project, as %2; change the role with "
                              "set-role"_s.arg(name, a.role)};
        }
    }
    return setRole(name, role);
}

Result<QList<Account>> ProjectAccounts::list()
{
    if (auto r = checkServer(); !r)
        return Error {r.error()};
    QList<Account> accounts;
    QSqlQuery query(m_db);
    if (auto r = Sql::exec(query,
            u"SELECT r.rolname FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner"
            " WHERE c.oid = 'meta'::regclass"_s);
        !r)
        return Error {r.error()};
    if (query.next())
        accounts.append({query.value(0).toString(), u"administrator"_s});
    for (const QString &role : roles()) {
        auto group = groupRole(role);
        if (!group)
            return Error {group.error()};
        if (auto r = Sql::exec(query,
                u"SELECT m.rolname FROM pg_auth_members a"
                " JOIN pg_roles g ON g.oid = a.roleid JOIN pg_roles m ON m.oid = a.member"
                " WHERE g.rolname = ? ORDER BY m.rolname"_s,
                {group.value()});
            !r)
            return Error {r.error()};
        while (query.next())
            accounts.append({query.value(0).toString(), role});
    }
    std::stable_sort(accounts.begin() + (accounts.isEmpty() ? 0 : 1), accounts.end(),
        [](const Account &a, const Account &b) { return a.name < b.name; });
    return accounts;
}

Result<Account> ProjectAccounts::current()
{
    if (auto r = checkServer(); !r)
        return Error {r.error()};
    QSqlQuery query(m_db);
    if (auto r = Sql::exec(query,
            u"SELECT current_user, pg_has_role(current_user, c.relowner, 'USAGE')"
            " FROM pg_class c WHERE c.oid = 'meta'::regclass"_s);
        !r)
        return Error {r.error()};
    if (!query.next())
        return Error {u"the project has no meta table"_s};
    Account account {query.value(0).toString(), {}};
    if (query.value(1).toBool()) {
        account.role = u"administrator"_s;
        return account;
    }
    // The widest role first: set-role keeps one, but a role granted by hand could add another.
    QStringList widestFirst = roles();
    std::reverse(widestFirst.begin(), widestFirst.end());
    for (const QString &role : std::as_const(widestFirst)) {
        auto group = groupRole(role);
        if (!group)
            return Error {group.error()};
        if (auto r = Sql::exec(query,
                u"SELECT pg_has_role(current_user, oid, 'MEMBER') FROM pg_roles"
                " WHERE rolname = ?"_s,
                {group.value()});
            !r)
            return Error {r.error()};
        if (query.next() && query.value(0).toBool()) {
            account.role = role;
            break;
        }
    }
    return account;
}

Result<void> ProjectAccounts::setRole(const QString &name, const QString &role)
{
    auto exists = prepareMembership(name, role);
    if (!exists)
        return Error {exists.error()};
    if (!exists.value())
        return Error {u"there is no account %1 on the server"_s.arg(name)};
    // One role at a time: policies of two groups would add up to the wider of them.
    Sql::Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error {transaction.error()};
    // Revoking a membership she does not have is only a warning; not one worth printing.
    if (auto r = Sql::exec(m_db, u"SET LOCAL client_min_messages = error"_s); !r)
        return r;
    for (const QString &other : roles()) {
        auto group = groupRole(other);
        if (!group)
            return Error {group.error()};
        const QString statement = other == role
            ? u"GRANT %1 TO %2"_s.arg(ident(group.value()), ident(name))
            : u"REVOKE %1 FROM %2"_s.arg(ident(group.value()), ident(name));
        if (auto r = Sql::exec(m_db, statement); !r)
            return Error {
                u"cannot give %1 the role %2 (%3)"_s.arg(name, role, r.error().trimmed())};
    }
    return transaction.commit();
}

Result<void> ProjectAccounts::remove(const QString &name)
{
    if (auto r = checkServer(); !r)
        return r;
    if (auto r = checkName(name); !r)
        return r;
    if (auto r = checkAdministrator(); !r)
        return r;
    auto accounts = list();
    if (!accounts)
        return Error {accounts.error()};
    const auto it = std::find_if(
        accounts->cbegin(), accounts->cend(), [&name](const Account &a) { return a.name == name; });
    if (it == accounts->cend())
        return Error {u"%1 is not an account of this project"_s.arg(name)};
    if (it->role == "administrator"_L1)
        return Error {u"%1 is the project's administrator and cannot be removed"_s.arg(name)};
    {
        Sql::Transaction transaction(m_db);
        if (!transaction.isActive())
            return Error {transaction.error()};
        auto group = groupRole(it->role);
        if (!group)
            return Error {group.error()};
        if (auto r = Sql::exec(m_db, u"REVOKE %1 FROM %2"_s.arg(ident(group.value()), ident(name)));
            !r)
            return Error {u"cannot remove %1 (%2)"_s.arg(name, r.error().trimmed())};
        if (auto r = transaction.commit(); !r)
            return r;
    }
    // The login role goes too when nothing else holds it; a role of another project, or one
    // that owns something, stays. Tried in a transaction of its own, so that failing is harmless.
    QSqlQuery query(m_db);
    if (auto r = Sql::exec(query,
            u"SELECT count(*) FROM pg_auth_members a JOIN pg_roles m ON m.oid = a.member"
            " WHERE m.rolname = ?"_s,
            {name});
        !r || !query.next())
        return {};
    if (query.value(0).toInt() > 0)
        return {};
    query.finish();
    Sql::Transaction transaction(m_db);
    if (transaction.isActive() && Sql::exec(m_db, u"DROP ROLE %1"_s.arg(ident(name))).ok())
        return transaction.commit();
    return {};
}

} // namespace Parallax
