// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sqlitebackend.h"

#include "storage/dialect.h"
#include "storage/schema.h"
#include "storage/sql.h"
#include "util/databasefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QUrl>
#include <QtEndian>

#include <atomic>

using namespace Qt::StringLiterals;

namespace Parallax {
namespace {

QString nextConnectionName()
{
    static std::atomic<quint64> counter {0};
    return u"parallax-project-%1"_s.arg(++counter);
}

Error fileError(const QString &path, const QString &reason)
{
    return Error {u"%1: %2"_s.arg(QDir::toNativeSeparators(path), reason)};
}

// Looks at the file header before SQLite touches the file, so that a foreign or newer file is
// refused without being opened for writing. It reads the file with a descriptor of its own, so
// it runs only while this process has no connection to the file (see DatabaseFiles).
Result<void> checkHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fileError(path, u"cannot be read (%1)"_s.arg(file.errorString()));
    if (file.size() == 0)
        return fileError(path, u"the file is empty; it is not a Parallax project"_s);
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return fileError(path, u"not a Parallax project (the file is not an SQLite database)"_s);
    const auto userVersion = qFromBigEndian<qint32>(header.constData() + 60);
    const auto applicationId = qFromBigEndian<qint32>(header.constData() + 68);
    if (applicationId != 0 && applicationId != Schema::kApplicationId)
        return fileError(
            path, u"not a Parallax project (it is an SQLite database of another application)"_s);
    if (userVersion > Schema::kCurrentVersion)
        return fileError(path,
            u"this project was written by a newer version of Parallax (project format %1; "
            "this version reads up to format %2). Update Parallax to open it."_s.arg(userVersion)
                .arg(Schema::kCurrentVersion));
    return {};
}

} // namespace

SqliteBackend::SqliteBackend(QString path, QString connectionName, bool readOnly)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_readOnly(readOnly)
{ }

SqliteBackend::~SqliteBackend()
{
    if (m_db.isOpen())
        m_db.close();
    // The handle must be gone before the connection is removed.
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    if (!m_fileKey.isEmpty())
        DatabaseFiles::release(m_fileKey);
}

Result<std::unique_ptr<SqliteBackend>> SqliteBackend::openConnection(
    const QString &path, bool readOnly, bool creating, const std::function<Result<void>()> &check)
{
    const QString name = nextConnectionName();
    std::unique_ptr<SqliteBackend> project(new SqliteBackend(path, name, readOnly));
    auto key = DatabaseFiles::acquire(path, check);
    if (!key)
        return Error {key.error()};
    project->m_fileKey = key.value();
    project->m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    project->m_db.setDatabaseName(path);
    QString options = u"QSQLITE_BUSY_TIMEOUT=5000"_s;
    if (readOnly)
        options += u";QSQLITE_OPEN_READONLY"_s;
    // Reading a WAL project needs its -shm index, which SQLite cannot create in a read-only
    // folder. With no write-ahead log left over, the file alone is the whole project: open it
    // immutable. A leftover log holds commits the file lacks; refuse rather than hide them.
    const QFileInfo file(path);
    if (readOnly && !creating && !QFileInfo(file.absolutePath()).isWritable()
        && !QFile::exists(path + u"-shm"_s)) {
        if (QFileInfo(path + u"-wal"_s).size() > 0)
            return fileError(path,
                u"the folder is read-only and the project has changes still in its journal (%1); "
                "open it once where it can be written"_s.arg(file.fileName() + u"-wal"_s));
        QUrl url = QUrl::fromLocalFile(file.absoluteFilePath());
        url.setQuery(u"immutable=1"_s);
        project->m_db.setDatabaseName(QString::fromUtf8(url.toEncoded()));
        options += u";QSQLITE_OPEN_URI"_s;
    }
    project->m_db.setConnectOptions(options);
    if (!project->m_db.open())
        return fileError(path, u"cannot be opened (%1)"_s.arg(Sql::describe(project->m_db)));

    QSqlDatabase &db = project->m_db;
    auto version = Schema::storedVersion(db);
    if (!version) {
        // SQLite reports damage to the file as "file is not a database" or "malformed".
        return fileError(path,
            version.error().contains(u"malformed"_s)
                    || version.error().contains(u"not a database"_s)
                ? u"the project file is damaged (%1)"_s.arg(version.error())
                : version.error());
    }
    if (version.value() == 0 && !creating)
        return fileError(path, u"it is an SQLite database, but not a Parallax project"_s);
    if (version.value() > Schema::kCurrentVersion)
        return fileError(path,
            u"this project was written by a newer version of Parallax (project format %1; "
            "this version reads up to format %2). Update Parallax to open it."_s
                .arg(version.value())
                .arg(Schema::kCurrentVersion));

    if (auto r = Sql::exec(db, u"PRAGMA foreign_keys = ON"_s); !r)
        return fileError(path, r.error());
    if (readOnly) {
        if (version.value() < Schema::kCurrentVersion)
            return fileError(path,
                u"this project uses an older format that must be upgraded, "
                "but the file is read-only"_s);
        return project;
    }

    if (version.value() < Schema::kCurrentVersion) {
        if (auto r = Schema::migrate(db, version.value()); !r)
            return fileError(
                path, u"could not be upgraded (%1); it was left unchanged"_s.arg(r.error()));
    }
    // WAL lets readers and the writer work at once; NORMAL syncs at checkpoints only, which
    // keeps every commit durable against a crash of the program, at a fraction of the fsyncs.
    if (!creating) {
        if (auto r = Sql::exec(db, u"PRAGMA journal_mode = WAL"_s); !r)
            return fileError(path, r.error());
    }
    if (auto r = Sql::exec(db, u"PRAGMA synchronous = NORMAL"_s); !r)
        return fileError(path, r.error());
    return project;
}

Result<std::unique_ptr<Backend>> SqliteBackend::create(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists())
        return fileError(path, u"a file of that name already exists"_s);
    if (!info.absoluteDir().exists())
        return fileError(path,
            u"the folder %1 does not exist"_s.arg(QDir::toNativeSeparators(info.absolutePath())));

    // Build the project under a temporary name and rename it into place once it is complete.
    const QString temporary = info.absoluteFilePath() + u".creating"_s;
    QFile::remove(temporary);
    {
        auto building = openConnection(temporary, false, true, nullptr);
        if (!building) {
            QFile::remove(temporary);
            return fileError(path, building.error().section(u": "_s, 1));
        }
    }
    if (!QFile::rename(temporary, info.absoluteFilePath())) {
        QFile::remove(temporary);
        return fileError(path, u"cannot be written"_s);
    }
    return open(info.absoluteFilePath(), false);
}

Result<std::unique_ptr<Backend>> SqliteBackend::open(const QString &path, bool readOnlyAccess)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fileError(path, u"no such file"_s);
    if (info.isDir())
        return fileError(path, u"is a folder, not a project file"_s);
    if (info.size() == 0)
        return fileError(path, u"the file is empty; it is not a Parallax project"_s);
    const bool readOnly
        = readOnlyAccess || !info.isWritable() || !QFileInfo(info.absolutePath()).isWritable();
    // The header is read only when no connection of this process is open on the file; otherwise
    // it was checked when the first one opened, and SQLite checks the version again below.
    const QString absolute = info.absoluteFilePath();
    auto opened
        = openConnection(absolute, readOnly, false, [&absolute] { return checkHeader(absolute); });
    if (!opened)
        return Error {opened.error()};
    return std::unique_ptr<Backend>(std::move(opened).value());
}

const Sql::Dialect &SqliteBackend::dialect() const
{
    return Sql::Dialect::of(m_db);
}

Result<void> SqliteBackend::begin()
{
    return Sql::beginWrite(m_db);
}

Result<void> SqliteBackend::commit()
{
    return Sql::commit(m_db);
}

void SqliteBackend::rollback()
{
    Sql::rollback(m_db);
}

qint64 SqliteBackend::dataVersion()
{
    QSqlQuery query(m_db);
    if (!query.exec(u"PRAGMA data_version"_s) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

void SqliteBackend::optimize()
{
    if (m_readOnly)
        return;
    QSqlQuery query(m_db);
    query.exec(u"INSERT INTO article_fts(article_fts) VALUES ('optimize')"_s);
    query.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
}

} // namespace Parallax
