#include "shopdesk/core/Migrator.h"

#include "ServerFunctions.h"
#include "shopdesk/core/Database.h"
#include "shopdesk/core/SqlDialect.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace shopdesk::core {

namespace {
const QString kMigrationDir = QStringLiteral(":/shopdesk/migrations");

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    *error = q.lastError().text();
    return false;
}
} // namespace

QStringList Migrator::scripts()
{
    QStringList files = QDir(kMigrationDir).entryList({ QStringLiteral("*.sql") }, QDir::Files, QDir::Name);
    for (QString &f : files)
        f = kMigrationDir + QLatin1Char('/') + f;
    return files;
}

int Migrator::currentVersion(QSqlDatabase db) { return SqlDialect::schemaVersion(db); }

QStringList Migrator::splitStatements(const QString &script)
{
    QStringList out;
    QString current;
    enum { Normal, Single, Double, LineComment, BlockComment } state = Normal;
    for (qsizetype i = 0; i < script.size(); ++i) {
        const QChar c = script[i];
        const QChar next = i + 1 < script.size() ? script[i + 1] : QChar();
        switch (state) {
        case Normal:
            if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
                state = LineComment;
                ++i;
                continue;
            }
            if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
                state = BlockComment;
                ++i;
                continue;
            }
            if (c == QLatin1Char('\''))
                state = Single;
            else if (c == QLatin1Char('"'))
                state = Double;
            else if (c == QLatin1Char(';')) {
                if (!current.trimmed().isEmpty())
                    out << current.trimmed();
                current.clear();
                continue;
            }
            current += c;
            break;
        case Single:
            current += c;
            if (c == QLatin1Char('\''))
                state = Normal;
            break;
        case Double:
            current += c;
            if (c == QLatin1Char('"'))
                state = Normal;
            break;
        case LineComment:
            if (c == QLatin1Char('\n')) {
                state = Normal;
                current += c;
            }
            break;
        case BlockComment:
            if (c == QLatin1Char('*') && next == QLatin1Char('/')) {
                state = Normal;
                ++i;
            }
            break;
        }
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}

Status Migrator::migrate(QSqlDatabase db, int target)
{
    const QStringList files = scripts();
    if (target < 0)
        target = int(files.size());
    const int from = currentVersion(db);
    if (from < 0)
        return Error { tr("The shop file's format version cannot be read.") };
    const SqlDialect::Engine engine = SqlDialect::of(db);
    for (int version = from + 1; version <= target; ++version) {
        QFile file(files.at(version - 1));
        if (!file.open(QIODevice::ReadOnly))
            return Error { tr("Update %1 of the shop format is missing from this ShopDesk build.").arg(version) };
        const QString script = QString::fromUtf8(file.readAll());
        QString error;
        // One transaction per migration: the schema change and the new version land together.
        if (!exec(db, SqlDialect::beginWrite(engine), &error))
            return Error { tr("The shop file could not be updated to format %1: %2").arg(version).arg(error) };
        bool ok = true;
        for (const QString &statement : SqlDialect::migrationLock(engine)) {
            if (ok)
                ok = exec(db, statement, &error);
        }
        if (ok && !SqlDialect::migrationLock(engine).isEmpty() && currentVersion(db) >= version) {
            // Another PC migrated the server shop while this one waited for the lock.
            ok = exec(db, QStringLiteral("COMMIT"), &error);
            if (ok)
                continue;
        }
        for (const QString &statement : splitStatements(script)) {
            if (!ok)
                break;
            if (!exec(db, SqlDialect::migrationStatement(engine, statement), &error)) {
                ok = false;
                error = tr("%1 (in “%2”)").arg(error, statement.left(80));
            }
        }
        if (engine == SqlDialect::Engine::PostgreSql) {
            for (const QString &statement : detail::serverFunctions()) {
                if (ok)
                    ok = exec(db, statement, &error);
            }
        }
        for (const QString &statement : SqlDialect::setSchemaVersion(engine, version)) {
            if (ok)
                ok = exec(db, statement, &error);
        }
        if (ok)
            ok = exec(db, QStringLiteral("COMMIT"), &error);
        if (!ok) {
            QString ignored;
            exec(db, QStringLiteral("ROLLBACK"), &ignored);
            return Error { tr("The shop file could not be updated to format %1; it was left as it was. Cause: %2")
                               .arg(version)
                               .arg(error) };
        }
    }
    return {};
}

} // namespace shopdesk::core
