// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/postgresbackend.h"

#include "storage/dialect.h"
#include "storage/pgschema.h"
#include "storage/schema.h"
#include "storage/sql.h"

#include <QHash>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QUrl>

#include <atomic>

using namespace Qt::StringLiterals;

namespace Parallax {
namespace {

QString nextConnectionName()
{
    static std::atomic<quint64> counter {0};
    return u"parallax-server-%1"_s.arg(++counter);
}

QString decoded(QStringView part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

// A libpq keyword's value, quoted as its conninfo strings want.
QString conninfoValue(QString value)
{
    value.replace(u'\\', u"\\\\"_s);
    value.replace(u'\'', u"\\'"_s);
    return u'\'' + value + u'\'';
}

} // namespace

bool ServerAddress::isServerLocation(const QString &location)
{
    return location.startsWith("postgresql://"_L1) || location.startsWith("postgres://"_L1);
}

// By hand rather than with QUrl: libpq allows an empty host before the path (the socket folder
// then comes in ?host=), which QUrl's authority rules do not all accept.
Result<ServerAddress> ServerAddress::parse(const QString &uri)
{
    if (!isServerLocation(uri))
        return Error {u"%1: not a PostgreSQL address (it starts with postgresql://)"_s.arg(uri)};
    ServerAddress address;
    QStringView rest = QStringView(uri).mid(uri.indexOf("://"_L1) + 3);
    QStringView query;
    if (const qsizetype mark = rest.indexOf(u'?'); mark >= 0) {
        query = rest.mid(mark + 1);
        rest = rest.left(mark);
    }
    const qsizetype slash = rest.indexOf(u'/');
    const QStringView authority = slash >= 0 ? rest.left(slash) : rest;
    address.database = slash >= 0 ? decoded(rest.mid(slash + 1)) : QString();
    QStringView hostPort = authority;
    if (const qsizetype at = authority.lastIndexOf(u'@'); at >= 0) {
        const QStringView userInfo = authority.left(at);
        hostPort = authority.mid(at + 1);
        const qsizetype colon = userInfo.indexOf(u':');
        address.user = decoded(colon >= 0 ? userInfo.left(colon) : userInfo);
        if (colon >= 0)
            address.password = decoded(userInfo.mid(colon + 1));
    }
    QStringView portText;
    if (hostPort.startsWith(u'[')) {
        const qsizetype close = hostPort.indexOf(u']');
        if (close < 0)
            return Error {u"%1: the host's closing ] is missing"_s.arg(uri)};
        address.host = hostPort.mid(1, close - 1).toString();
        if (hostPort.mid(close + 1).startsWith(u':'))
            portText = hostPort.mid(close + 2);
    } else {
        const qsizetype colon = hostPort.indexOf(u':');
        address.host = decoded(colon >= 0 ? hostPort.left(colon) : hostPort);
        if (colon >= 0)
            portText = hostPort.mid(colon + 1);
    }
    for (const QStringView pair : query.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype equals = pair.indexOf(u'=');
        if (equals <= 0)
            return Error {
                u"%1: the parameter '%2' has no value"_s.arg(address.display(), pair.toString())};
        const QString key = decoded(pair.left(equals));
        const QString value = decoded(pair.mid(equals + 1));
        if (key == "host"_L1)
            address.host = value;
        else if (key == "port"_L1)
            portText = pair.mid(equals + 1);
        else if (key == "user"_L1)
            address.user = value;
        else if (key == "password"_L1)
            address.password = value;
        else if (key == "dbname"_L1)
            address.database = value;
        else
            address.options.insert(key, value);
    }
    if (!portText.isEmpty()) {
        bool ok = false;
        address.port = portText.toInt(&ok);
        if (!ok || address.port <= 0 || address.port > 65535)
            return Error {
                u"%1: '%2' is not a port number"_s.arg(address.display(), portText.toString())};
    }
    if (address.database.isEmpty())
        return Error {u"%1: the address names no database (postgresql://host/DATABASE)"_s.arg(
            address.display())};
    return address;
}

namespace {

QString buildUri(const ServerAddress &a, bool withPassword)
{
    const auto encode = [](const QString &part) {
        return QString::fromUtf8(QUrl::toPercentEncoding(part));
    };
    QString out = u"postgresql://"_s;
    if (!a.user.isEmpty() || (withPassword && !a.password.isEmpty())) {
        out += encode(a.user);
        if (withPassword && !a.password.isEmpty())
            out += u':' + encode(a.password);
        out += u'@';
    }
    const bool socket = a.host.startsWith(u'/');
    if (!socket)
        out += a.host.contains(u':') ? u'[' + a.host + u']' : encode(a.host);
    if (a.port > 0)
        out += u':' + QString::number(a.port);
    out += u'/' + encode(a.database);
    QStringList query;
    if (socket)
        query.append(u"host="_s + a.host);
    for (auto it = a.options.cbegin(); it != a.options.cend(); ++it)
        query.append(encode(it.key()) + u'=' + encode(it.value()));
    if (!query.isEmpty())
        out += u'?' + query.join(u'&');
    return out;
}

// Passwords that opened a connection, by the address without them: a worker thread opens the
// project again by its path(), which has none. In memory only, for the life of the process.
QMutex passwordsLock;
QHash<QString, QString> &passwords()
{
    static QHash<QString, QString> known;
    return known;
}

// libpq's reasons, in words a person can act on. libpq says what failed only in its message (a
// connection that never opened has no SQLSTATE); its wording has been stable since 9.x.
QString explainConnectFailure(const ServerAddress &a, const QString &reason)
{
    const QString user = a.user.isEmpty() ? u"your login name"_s : a.user;
    if (reason.contains("no password supplied"_L1))
        return u"the server asks for the password of %1 (none was given, and libpq found none "
               "in PGPASSWORD or ~/.pgpass)"_s.arg(user);
    if (reason.contains("password authentication failed"_L1))
        return u"the server did not accept the password of %1"_s.arg(user);
    if (reason.contains("does not exist"_L1) && reason.contains("database"_L1))
        return u"the server has no database %1"_s.arg(a.database);
    if (reason.contains("does not exist"_L1) && reason.contains("role"_L1))
        return u"the server has no account %1"_s.arg(user);
    if (reason.contains("No such file or directory"_L1))
        return u"no server is running with its socket in %1"_s.arg(
            a.host.startsWith(u'/') ? a.host : u"the default folder"_s);
    if (reason.contains("could not translate host name"_L1))
        return u"the host %1 is not known"_s.arg(a.host);
    if (reason.contains("Connection refused"_L1))
        return u"no server answers at %1 (connection refused)"_s.arg(
            a.host + (a.port > 0 ? u':' + QString::number(a.port) : QString()));
    if (reason.contains("timeout expired"_L1))
        return u"the server did not answer in time"_s;
    if (reason.contains("permission denied for database"_L1))
        return u"the account %1 may not connect to %2; the project's administrator adds it "
               "with 'parallax users URI add NAME --role viewer|analyst|curator'"_s.arg(
                   user, a.database);
    if (reason.contains("no pg_hba.conf entry"_L1))
        return u"the server does not let %1 connect to %2 from here (pg_hba.conf)"_s.arg(
            user, a.database);
    return reason;
}

} // namespace

QString ServerAddress::display() const
{
    return buildUri(*this, false);
}

QString ServerAddress::uri() const
{
    return buildUri(*this, true);
}

ConnectProblem connectProblem(const QString &message)
{
    if (message.contains("the server asks for the password of"_L1))
        return ConnectProblem::PasswordMissing;
    if (message.contains("the server did not accept the password of"_L1))
        return ConnectProblem::PasswordRefused;
    return ConnectProblem::Other;
}

PostgresBackend::PostgresBackend(QString location, QString connectionName, bool readOnly)
    : m_location(std::move(location))
    , m_connectionName(std::move(connectionName))
    , m_readOnly(readOnly)
{ }

PostgresBackend::~PostgresBackend()
{
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<PostgresBackend>> PostgresBackend::connect(const QString &uri, bool readOnly)
{
    auto address = ServerAddress::parse(uri);
    if (!address)
        return Error {address.error()};
    const ServerAddress &a = address.value();
    const QString location = a.display();
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
        return Error {
            u"%1: Qt's PostgreSQL driver is not installed (libqt6sql6-psql)"_s.arg(location)};
    std::unique_ptr<PostgresBackend> backend(
        new PostgresBackend(location, nextConnectionName(), readOnly));
    QSqlDatabase &db = backend->m_db;
    db = QSqlDatabase::addDatabase(u"QPSQL"_s, backend->m_connectionName);
    db.setDatabaseName(a.database);
    if (!a.host.isEmpty())
        db.setHostName(a.host);
    if (a.port > 0)
        db.setPort(a.port);
    if (!a.user.isEmpty())
        db.setUserName(a.user);
    QString password = a.password;
    if (password.isEmpty()) {
        const QMutexLocker locker(&passwordsLock);
        password = passwords().value(location);
    }
    if (!password.isEmpty())
        db.setPassword(password);
    QMap<QString, QString> options = a.options;
    // A server that does not answer is reported instead of hanging the window.
    if (!options.contains(u"connect_timeout"_s))
        options.insert(u"connect_timeout"_s, u"10"_s);
    QStringList conninfo;
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        conninfo.append(it.key() + u'=' + conninfoValue(it.value()));
    db.setConnectOptions(conninfo.join(u';'));
    if (!db.open()) {
        const QString reason = Sql::describe(db).trimmed();
        if (reason.contains("password authentication failed"_L1)) {
            const QMutexLocker locker(&passwordsLock);
            passwords().remove(location);
        }
        return Error {u"%1: cannot connect: %2"_s.arg(location, explainConnectFailure(a, reason))};
    }
    if (!a.password.isEmpty()) {
        const QMutexLocker locker(&passwordsLock);
        passwords().insert(location, a.password);
    }
    if (readOnly) {
        if (auto r = Sql::exec(db, u"SET default_transaction_read_only = on"_s); !r)
            return Error {u"%1: %2"_s.arg(location, r.error())};
    }
    return backend;
}

Result<std::unique_ptr<Backend>> PostgresBackend::create(const QString &uri)
{
    auto connected = connect(uri, false);
    if (!connected)
        return Error {connected.error()};
    PostgresBackend &backend = *connected.value();
    auto version = Schema::storedVersion(backend.m_db);
    if (!version)
        return Error {u"%1: %2; nothing was changed"_s.arg(backend.m_location, version.error())};
    if (version.value() > 0)
        return Error {u"%1: the database already holds a Parallax project (format %2); nothing "
                      "was changed"_s.arg(backend.m_location)
                          .arg(version.value())};
    if (auto r = Schema::migrate(backend.m_db, 0); !r)
        return Error {u"%1: the project could not be created (%2); nothing was changed"_s.arg(
            backend.m_location, r.error())};
    return std::unique_ptr<Backend>(std::move(connected).value());
}

Result<std::unique_ptr<Backend>> PostgresBackend::open(const QString &uri, bool readOnly)
{
    auto connected = connect(uri, readOnly);
    if (!connected)
        return Error {connected.error()};
    PostgresBackend &backend = *connected.value();
    auto version = Schema::storedVersion(backend.m_db);
    if (!version && version.error().contains("permission denied"_L1))
        return Error {u"%1: the account may not read this project; its administrator adds it "
                      "with 'parallax users URI add NAME --role viewer|analyst|curator'"_s.arg(
                          backend.m_location)};
    if (!version)
        return Error {u"%1: %2"_s.arg(backend.m_location, version.error())};
    if (version.value() == 0)
        return Error {u"%1: the database holds no project; create one with 'parallax new %1'"_s.arg(
            backend.m_location)};
    if (version.value() > Schema::kCurrentVersion)
        return Error {u"%1: this project was written by a newer version of Parallax (project "
                      "format %2; this version reads up to format %3). Update Parallax to open "
                      "it."_s.arg(backend.m_location)
                          .arg(version.value())
                          .arg(Schema::kCurrentVersion)};
    if (version.value() < Schema::kCurrentVersion) {
        // The steps alter tables, which only their owner may; the others wait for her.
        QSqlQuery owner(backend.m_db);
        if (!owner.exec(u"SELECT tableowner, pg_has_role(current_user, tableowner, 'USAGE')"
                        " FROM pg_tables WHERE schemaname = current_schema()"
                        " AND tablename = 'meta'"_s)
            || !owner.next())
            return Error {u"%1: %2"_s.arg(backend.m_location, Sql::describe(owner))};
        const auto upgradeBy = [&](const QString &reason) {
            return Error {u"%1: the project is in format %2 and needs an upgrade to format %3, "
                          "which %4 (the administrator) makes by opening it once with this "
                          "version%5"_s.arg(backend.m_location)
                              .arg(version.value())
                              .arg(Schema::kCurrentVersion)
                              .arg(owner.value(0).toString(), reason)};
        };
        if (!owner.value(1).toBool())
            return upgradeBy(QString());
        if (readOnly)
            return upgradeBy(u", not read-only"_s);
        owner.finish();
        if (auto r = Schema::migrate(backend.m_db, version.value()); !r)
            return Error {u"%1: the upgrade from format %2 failed (%3); nothing was changed"_s
                              .arg(backend.m_location)
                              .arg(version.value())
                              .arg(r.error())};
    }
    // A role that may not even add an annotation (a viewer) reads the project, as a file that is
    // not writable opens read-only: changes are refused before they reach the server.
    if (!readOnly) {
        QSqlQuery query(backend.m_db);
        if (!query.exec(u"SELECT has_table_privilege('annotation', 'INSERT')"_s) || !query.next())
            return Error {u"%1: %2"_s.arg(backend.m_location, Sql::describe(query))};
        if (!query.value(0).toBool()) {
            query.finish();
            if (auto r = Sql::exec(backend.m_db, u"SET default_transaction_read_only = on"_s); !r)
                return Error {u"%1: %2"_s.arg(backend.m_location, r.error())};
            backend.m_readOnly = true;
            backend.m_readOnlyAccount = true;
        }
    }
    return std::unique_ptr<Backend>(std::move(connected).value());
}

const Sql::Dialect &PostgresBackend::dialect() const
{
    return Sql::Dialect::of(m_db);
}

Result<qint64> PostgresBackend::changeCounter()
{
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT value FROM change_counter"_s) || !query.next())
        return Error {Sql::describe(query)};
    return query.value(0).toLongLong();
}

QSqlDatabase &PostgresBackend::connection()
{
    if (!m_db.isOpen() && (!m_lastReconnect.isValid() || m_lastReconnect.hasExpired(2000)))
        reconnect();
    return m_db;
}

bool PostgresBackend::alive()
{
    QSqlQuery query(m_db);
    return m_db.isOpen() && query.exec(u"SELECT 1"_s);
}

bool PostgresBackend::reconnect()
{
    m_lastReconnect.start();
    m_counterAtBegin = -1;
    if (m_db.isOpen())
        m_db.close();
    if (!m_db.open()) {
        qCWarning(lcStorage) << m_location << "cannot connect again:" << Sql::describe(m_db);
        return false;
    }
    if (m_readOnly && !Sql::exec(m_db, u"SET default_transaction_read_only = on"_s)) {
        m_db.close();
        return false;
    }
    if (m_onChange && m_watcher) {
        if (m_db.driver())
            m_db.driver()->subscribeToNotification(PgSchema::kChangeChannel);
        m_onChange();
    }
    return true;
}

Result<void> PostgresBackend::begin()
{
    if (m_readOnlyAccount)
        return Error {u"%1: this account may only read the project (a viewer's)"_s.arg(m_location)};
    if (m_readOnly)
        return Error {u"%1: the project is open read-only"_s.arg(m_location)};
    auto begun = Sql::beginWrite(connection());
    // A session the server ended (a restart, a dropped network) fails its first statement;
    // nothing of this transaction was written yet, so it starts again on a new connection.
    if (!begun && !alive() && reconnect())
        begun = Sql::beginWrite(m_db);
    if (!begun)
        return begun;
    // Read under the write lock: from here to the commit, only this transaction raises it.
    auto counter = changeCounter();
    if (!counter) {
        Sql::rollback(m_db);
        return Error {counter.error()};
    }
    m_counterAtBegin = counter.value();
    return {};
}

Result<void> PostgresBackend::commit()
{
    // After a failed statement the read fails too, and the commit below reports it.
    const auto counter = changeCounter();
    const qint64 own = counter && m_counterAtBegin >= 0 ? counter.value() - m_counterAtBegin : 0;
    m_counterAtBegin = -1;
    if (auto r = Sql::commit(m_db); !r)
        return r;
    m_ownChanges += own;
    return {};
}

void PostgresBackend::rollback()
{
    m_counterAtBegin = -1;
    Sql::rollback(m_db);
}

qint64 PostgresBackend::dataVersion()
{
    auto counter = changeCounter();
    return counter ? counter.value() - m_ownChanges : -1;
}

bool PostgresBackend::watchChanges(QObject *context, std::function<void()> onChange)
{
    QSqlDriver *driver = m_db.driver();
    const QString channel = PgSchema::kChangeChannel;
    if (!driver || !driver->subscribeToNotification(channel))
        return false;
    m_onChange = onChange;
    m_watcher = context;
    QObject::connect(driver, &QSqlDriver::notification, context,
        [channel, onChange = std::move(onChange)](
            const QString &name, QSqlDriver::NotificationSource source, const QVariant &) {
            if (name == channel && source == QSqlDriver::OtherSource)
                onChange();
        });
    return true;
}

void PostgresBackend::optimize()
{
    if (m_readOnly)
        return;
    // The project's own tables, and only those the role owns: a bare ANALYZE by anyone else
    // walks the whole catalogue and warns about every table in it.
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT string_agg(quote_ident(tablename), ', ') FROM pg_tables"
                    " WHERE schemaname = current_schema()"
                    " AND pg_has_role(current_user, tableowner, 'USAGE')"_s)
        || !query.next() || query.value(0).toString().isEmpty())
        return;
    const QString tables = query.value(0).toString();
    query.exec(u"ANALYZE "_s + tables);
}

} // namespace Parallax
