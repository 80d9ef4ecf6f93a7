// Layering rules that keep the codebase honest: SQL only in repositories (and the core database
// classes), never in widgets, dialogs, panels or app/; modules depend on core only.

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

#include <catch2/catch_test_macros.hpp>

namespace {
const QString kSource = QStringLiteral(SHOPDESK_SOURCE_DIR);

QStringList sourceFiles(const QString &subdir)
{
    QStringList out;
    QDirIterator it(kSource + QLatin1Char('/') + subdir, { QStringLiteral("*.h"), QStringLiteral("*.cpp") },
        QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    return out;
}

QString read(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}

// May touch QtSql: repositories and the core classes that are the database layer.
bool maySql(const QString &path)
{
    const QString name = path.section(QLatin1Char('/'), -1);
    static const QStringList dbLayer = { QStringLiteral("Database.cpp"), QStringLiteral("Database.h"),
        QStringLiteral("Migrator.cpp"), QStringLiteral("Transaction.cpp"), QStringLiteral("SqlQuery.cpp"),
        QStringLiteral("SqlQuery.h"), QStringLiteral("RecordRows.h"), QStringLiteral("RecordRows.cpp"),
        QStringLiteral("BulkInsert.h"), QStringLiteral("BulkInsert.cpp"), QStringLiteral("StatementCache.h"),
        QStringLiteral("StatementCache.cpp"), QStringLiteral("WriteRetry.cpp"), QStringLiteral("ChangeFeed.cpp"),
        QStringLiteral("RowVersions.cpp"), QStringLiteral("SqlDialect.h"), QStringLiteral("SqlDialect.cpp"),
        QStringLiteral("ShopCopy.cpp"), QStringLiteral("NativeSqlite.h"), QStringLiteral("NativeSqlite.cpp"),
        QStringLiteral("PgCopy.h"), QStringLiteral("PgCopy.cpp"), QStringLiteral("LateIndexes.h"),
        QStringLiteral("LateIndexes.cpp"), QStringLiteral("KeptSums.cpp") };
    return name.contains(QLatin1String("Repository")) || name == QLatin1String("StockLedger.cpp")
        || (path.contains(QLatin1String("/modules/core/")) && dbLayer.contains(name));
}
} // namespace

TEST_CASE("no widget, panel, dialog or app source includes QtSql")
{
    const QRegularExpression sqlInclude(QStringLiteral(
        R"(#\s*include\s*[<"](QtSql|QSql\w*|shopdesk/core/(SqlQuery|RecordRows|BulkInsert|LateIndexes)\.h)[>"])"));
    QStringList offenders;
    for (const QString &dir : { QStringLiteral("app"), QStringLiteral("modules") })
        for (const QString &file : sourceFiles(dir))
            if (!maySql(file) && sqlInclude.match(read(file)).hasMatch())
                offenders << file.mid(kSource.size() + 1);
    INFO(offenders.join(QStringLiteral(", ")).toStdString());
    CHECK(offenders.isEmpty());
}

TEST_CASE("only core's BulkInsert and NativeSqlite call SQLite's own C API; everything else goes through QtSql")
{
    // The rest stays portable to the PostgreSQL driver; BulkInsert keeps a QtSql path beside its
    // native one, and the shop check's stop (NativeSqlite) is only a quicker quit.
    const QRegularExpression sqliteInclude(QStringLiteral(R"(#\s*include\s*[<"]sqlite3\.h[>"])"));
    QStringList offenders;
    for (const QString &dir : { QStringLiteral("app"), QStringLiteral("modules") })
        for (const QString &file : sourceFiles(dir))
            if (!file.endsWith(QLatin1String("/modules/core/model/src/BulkInsert.cpp"))
                && !file.endsWith(QLatin1String("/modules/core/model/src/NativeSqlite.cpp"))
                && sqliteInclude.match(read(file)).hasMatch())
                offenders << file.mid(kSource.size() + 1);
    INFO(offenders.join(QStringLiteral(", ")).toStdString());
    CHECK(offenders.isEmpty());
}

TEST_CASE("only core's PgCopy calls libpq; everything else reaches the server through QtSql")
{
    // COPY is the server's bulk path (BulkInsert through PgCopy); every other statement stays with
    // the QPSQL driver, so the same code serves both engines.
    const QRegularExpression libpqInclude(QStringLiteral(R"(#\s*include\s*[<"]libpq-fe\.h[>"])"));
    QStringList users;
    for (const QString &dir : { QStringLiteral("app"), QStringLiteral("modules") })
        for (const QString &file : sourceFiles(dir))
            if (libpqInclude.match(read(file)).hasMatch())
                users << file.mid(kSource.size() + 1);
    CHECK(users == QStringList { QStringLiteral("modules/core/model/src/PgCopy.cpp") });
}

TEST_CASE("feature modules include only core and themselves")
{
    const QStringList modules = { QStringLiteral("listings"), QStringLiteral("service"), QStringLiteral("shipping"),
        QStringLiteral("inventory"), QStringLiteral("kpi"), QStringLiteral("buyers") };
    const QRegularExpression include(QStringLiteral(R"(#\s*include\s*[<"]shopdesk/(\w+)/)"));
    QStringList offenders;
    for (const QString &m : modules) {
        for (const QString &file : sourceFiles(QStringLiteral("modules/") + m)) {
            auto it = include.globalMatch(read(file));
            while (it.hasNext()) {
                const QString used = it.next().captured(1);
                if (used != QLatin1String("core") && used != m)
                    offenders << QStringLiteral("%1 uses %2").arg(file.mid(kSource.size() + 1), used);
            }
        }
    }
    INFO(offenders.join(QStringLiteral(", ")).toStdString());
    CHECK(offenders.isEmpty());
}

TEST_CASE("the after-sale module builds on inventory, shipping and service models only, and none builds on it")
{
    // 售后 sees a case through: goods back into stock (inventory), a replacement through the
    // packing station and the courier's claim (shipping), the buyer's reply (service). Its UI uses
    // none of their widgets; no other module includes it (the test above keeps them to core).
    const QStringList mayUse = { QStringLiteral("core"), QStringLiteral("aftersale"), QStringLiteral("inventory"),
        QStringLiteral("shipping"), QStringLiteral("service") };
    const QRegularExpression include(QStringLiteral(R"(#\s*include\s*[<"]shopdesk/(\w+)/(\w+)\.h)"));
    const QStringList modelHeadersOnly
        = { QStringLiteral("inventory"), QStringLiteral("shipping"), QStringLiteral("service") };
    QStringList offenders;
    for (const QString &file : sourceFiles(QStringLiteral("modules/aftersale"))) {
        auto it = include.globalMatch(read(file));
        while (it.hasNext()) {
            const auto m = it.next();
            const QString used = m.captured(1);
            if (!mayUse.contains(used)
                || (modelHeadersOnly.contains(used) && m.captured(2).endsWith(QLatin1String("Module"))))
                offenders << QStringLiteral("%1 uses %2/%3").arg(file.mid(kSource.size() + 1), used, m.captured(2));
        }
    }
    INFO(offenders.join(QStringLiteral(", ")).toStdString());
    CHECK(offenders.isEmpty());
}

TEST_CASE("every file dialog is core's FileDialog, which never looks inside the files it lists")
{
    // QFileDialog's own dialogs (and a desktop's in-process chooser) open files to guess their type;
    // closing such a descriptor of the open shop file drops ShopDesk's SQLite locks on it.
    const QRegularExpression qtDialog(QStringLiteral(R"(QFileDialog\s*(::\s*get\w+|\s+\w+\s*[({;]|\s*\())"));
    QStringList offenders;
    for (const QString &dir : { QStringLiteral("app"), QStringLiteral("modules") })
        for (const QString &file : sourceFiles(dir))
            if (!file.endsWith(QLatin1String("/modules/core/ui/src/FileDialog.cpp"))
                && qtDialog.match(read(file)).hasMatch())
                offenders << file.mid(kSource.size() + 1);
    INFO(offenders.join(QStringLiteral(", ")).toStdString());
    CHECK(offenders.isEmpty());
}

namespace {
/// Each SQL statement written as a literal and then completed with .arg() or + : what completes it.
/// A value put in that way (a code, a name, a number the user typed) would be string-built SQL.
struct BuiltSql {
    QString file;
    int line = 0;
    QString with; ///< the text inside .arg( … ), or what follows the +
};

QList<BuiltSql> builtSql(const QString &file, const QString &text)
{
    static const QRegularExpression statement(
        QStringLiteral(R"(QStringLiteral\(\s*"(?:SELECT|INSERT|UPDATE|DELETE|WITH|PRAGMA|REPLACE|CREATE|DROP|ALTER)\b)"
                       R"((?:[^"\\]|\\.)*"(?:\s*"(?:[^"\\]|\\.)*")*\s*\)\s*(\.arg\(|\+))"));
    QList<BuiltSql> out;
    for (auto it = statement.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        qsizetype end = m.capturedEnd();
        QString with;
        if (m.captured(1) == QLatin1String("+")) {
            with = text.mid(end, text.indexOf(QLatin1Char('\n'), end) - end).trimmed();
        } else {
            int depth = 1;
            for (; end < text.size() && depth > 0; ++end) {
                if (text[end] == QLatin1Char('('))
                    ++depth;
                else if (text[end] == QLatin1Char(')') && --depth == 0)
                    break;
                with += text[end];
            }
        }
        out.append({ file, int(text.left(m.capturedStart()).count(QLatin1Char('\n')) + 1), with.simplified() });
    }
    return out;
}

/// What may complete a statement: column lists and WHERE fragments written in the source,
/// placeholders, identifiers, and the numbers PRAGMA cannot take as a bound parameter.
bool allowedCompletion(const QString &with)
{
    static const QRegularExpression columns(QStringLiteral(R"(^((core::)?rows::\w+Columns\(\)|k\w+Columns)$)"));
    static const QStringList named = {
        QStringLiteral("mInto, all.join(QStringLiteral(\", \"))"), // BulkInsert: table name, placeholders
        QStringLiteral("Database::kApplicationId"), // PRAGMA application_id: a constant
        QStringLiteral("version"), // PRAGMA user_version: the migration's own number
        QStringLiteral("tableName(table)"), // RowVersions: one of its fixed tables (an enum), never input
        QStringLiteral("core::rows::orderColumns(), where"), // ShippingRepository::load: literal fragments
        QStringLiteral("where"),
        QStringLiteral("paidIn"), // OrderRepository: a literal FROM … WHERE fragment with binds
        // SqlDialect::BulkWriteSession (a large import): PRAGMA temp_store / cache_size set back to
        // the numbers SQLite itself gave before the import (PRAGMA takes no bound parameter).
        QStringLiteral("mTempStore"),
        QStringLiteral("mCacheSize"),
        // Database's quick check: PRAGMA cache_size set back to the connection's own number.
        QStringLiteral("pages.toLongLong()"),
        // ShopCopy and SqlDialect's resetIdentity: table and column names read from the shop's own
        // schema (Database::schemaNames), never input; the rows themselves are bound (BulkInsert).
        QStringLiteral("schemaTable"),
        QStringLiteral("schemaTable, schemaColumn"),
        QStringLiteral("schemaColumns, schemaTable, orderById"),
        // QueueRepository and QueueKeyRepository: literal fragments (columns, filters, sorts, the
        // keys' expressions) from QueueRepositorySql and placeholder lists; every value is bound.
        QStringLiteral("courier, deadline, where"),
        QStringLiteral("queued, today, overdue"),
        QStringLiteral("sql::fromOrders(), where"),
        QStringLiteral("columns, sql::fromOrders(), where"),
        QStringLiteral("columns, sql::fromOrders(), where, sql::orderBy(column, order)"),
        QStringLiteral("columns, sql::fromOrders(), of.join(QStringLiteral(\" OR \"))"),
        QStringLiteral("names.join(QStringLiteral(\", \"))"),
        // LateIndexes: index and constraint names, quoted, and their definitions, all as the server's
        // catalog gave them for the import's own tables (pg_get_indexdef, pg_get_constraintdef).
        QStringLiteral("quoted(table), quoted(name)"),
        QStringLiteral("quoted(table), quoted(name), definition"),
        QStringLiteral("quoted(name)"),
        // BuyersRepository's totals: the literal FROM fragment and the segment's literal WHERE.
        QStringLiteral("source, where"),
        // ReorderRepository: a SKU's on hand as StockOnHandRepository::onHandOf writes it, for the
        // literal SKU id expression the repository asks for.
        QStringLiteral("core::StockOnHandRepository::onHandOf(QStringLiteral(\"s.id\"))"),
    };
    // OrderRepository: the literal fragment, then a literal GROUP BY.
    static const QRegularExpression fragment(QStringLiteral(R"(^paidIn \+ QStringLiteral\("[^"]*"\)\);?$)"));
    return columns.match(with).hasMatch() || named.contains(with) || fragment.match(with).hasMatch();
}
} // namespace

TEST_CASE("SQL takes values only as bound parameters: no statement is built with a value in it")
{
    // The check itself finds a value put into a statement, with .arg() and with +.
    const auto planted = builtSql(QStringLiteral("x.cpp"),
        QStringLiteral("q.exec(QStringLiteral(\"SELECT id FROM items WHERE code = '%1'\").arg(code));\n"
                       "q.exec(QStringLiteral(\"DELETE FROM orders WHERE id = \") + QString::number(id));\n"));
    REQUIRE(planted.size() == 2);
    CHECK(planted[0].with == QStringLiteral("code"));
    CHECK(planted[1].with == QStringLiteral("QString::number(id));"));
    CHECK_FALSE(allowedCompletion(planted[0].with));
    CHECK_FALSE(allowedCompletion(planted[1].with));

    QStringList offenders;
    for (const QString &dir : { QStringLiteral("app"), QStringLiteral("modules") }) {
        for (const QString &file : sourceFiles(dir)) {
            for (const BuiltSql &b : builtSql(file.mid(kSource.size() + 1), read(file))) {
                if (!allowedCompletion(b.with))
                    offenders << QStringLiteral("%1:%2 (%3)").arg(b.file).arg(b.line).arg(b.with);
            }
        }
    }
    INFO(offenders.join(QLatin1Char('\n')).toStdString());
    CHECK(offenders.isEmpty());
}
