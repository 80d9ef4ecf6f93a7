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
        QStringLiteral("StatementCache.cpp") };
    return name.contains(QLatin1String("Repository")) || name == QLatin1String("StockLedger.cpp")
        || (path.contains(QLatin1String("/modules/core/")) && dbLayer.contains(name));
}
} // namespace

TEST_CASE("no widget, panel, dialog or app source includes QtSql")
{
    const QRegularExpression sqlInclude(
        QStringLiteral(R"(#\s*include\s*[<"](QtSql|QSql\w*|shopdesk/core/(SqlQuery|RecordRows|BulkInsert)\.h)[>"])"));
    QStringList offenders;
    for (const QString &dir : { QStringLiteral("app"), QStringLiteral("modules") })
        for (const QString &file : sourceFiles(dir))
            if (!maySql(file) && sqlInclude.match(read(file)).hasMatch())
                offenders << file.mid(kSource.size() + 1);
    INFO(offenders.join(QStringLiteral(", ")).toStdString());
    CHECK(offenders.isEmpty());
}

TEST_CASE("only core's BulkInsert calls SQLite's own C API; everything else goes through QtSql")
{
    // The rest stays portable to the PostgreSQL driver; BulkInsert keeps a QtSql path beside its native one.
    const QRegularExpression sqliteInclude(QStringLiteral(R"(#\s*include\s*[<"]sqlite3\.h[>"])"));
    QStringList offenders;
    for (const QString &dir : { QStringLiteral("app"), QStringLiteral("modules") })
        for (const QString &file : sourceFiles(dir))
            if (!file.endsWith(QLatin1String("/modules/core/model/src/BulkInsert.cpp"))
                && sqliteInclude.match(read(file)).hasMatch())
                offenders << file.mid(kSource.size() + 1);
    INFO(offenders.join(QStringLiteral(", ")).toStdString());
    CHECK(offenders.isEmpty());
}

TEST_CASE("feature modules include only core and themselves")
{
    const QStringList modules = { QStringLiteral("listings"), QStringLiteral("service"), QStringLiteral("shipping"),
        QStringLiteral("inventory"), QStringLiteral("kpi") };
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
