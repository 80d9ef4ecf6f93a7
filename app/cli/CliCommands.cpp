#include "CliCommands.h"


#include <shopdesk/core/Database.h>
#include <shopdesk/core/ItemRepository.h>
#include <shopdesk/core/OrderRepository.h>
#include <shopdesk/demo/DemoShop.h>

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace shopdesk::cli {

namespace {
QString shown(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}
} // namespace

QList<Commands::Entry> Commands::all()
{
    return {
        {QStringLiteral("init"), QStringLiteral("init"), tr("Create a new, empty shop file."), &Commands::init},
        {QStringLiteral("demo"), QStringLiteral("demo [--seed N] [--last-day YYYY-MM-DD]"),
         tr("Fill a new shop file with the demo clothing store."), &Commands::demo},
        {QStringLiteral("check"), QStringLiteral("check"),
         tr("Check the shop file's integrity and print its format version."), &Commands::check},
        {QStringLiteral("backup"), QStringLiteral("backup OUT.db"),
         tr("Write a consistent copy of the shop, even while ShopDesk has it open."), &Commands::backup},
    };
}

Outcome Commands::failure(const QString &message, int exitCode)
{
    Outcome o;
    o.exitCode = exitCode;
    o.json.insert(QStringLiteral("ok"), false);
    o.json.insert(QStringLiteral("error"), message);
    o.text = message;
    return o;
}

Outcome Commands::init(const Invocation &in)
{
    const core::ShopFileInfo before = core::Database::inspect(in.db);
    if (before.kind != core::ShopFileInfo::Kind::Missing && before.kind != core::ShopFileInfo::Kind::Shop)
        return failure(before.message);
    auto db = core::Database::open(in.db, core::Database::Mode::OpenOrCreate);
    if (!db)
        return failure(db.errorMessage());
    Outcome o;
    const bool created = before.kind == core::ShopFileInfo::Kind::Missing;
    o.json.insert(QStringLiteral("ok"), true);
    o.json.insert(QStringLiteral("file"), shown(in.db));
    o.json.insert(QStringLiteral("created"), created);
    o.json.insert(QStringLiteral("schema_version"), (*db)->schemaVersion());
    o.text = created ? tr("Created the shop file %1 (format %2).").arg(shown(in.db)).arg((*db)->schemaVersion())
                     : tr("%1 is already a shop file (format %2); nothing to do.").arg(shown(in.db)).arg((*db)->schemaVersion());
    return o;
}

Outcome Commands::demo(const Invocation &in)
{
    demo::DemoOptions options;
    for (qsizetype i = 0; i < in.args.size(); ++i) {
        const QString &a = in.args.at(i);
        const QString value = i + 1 < in.args.size() ? in.args.at(i + 1) : QString();
        if (a == QLatin1String("--seed")) {
            bool ok = false;
            options.seed = value.toUInt(&ok);
            if (!ok)
                return failure(tr("--seed needs a whole number, not “%1”.").arg(value), 2);
            ++i;
        } else if (a == QLatin1String("--last-day")) {
            options.lastDay = QDate::fromString(value, Qt::ISODate);
            if (!options.lastDay.isValid())
                return failure(tr("--last-day needs a date like 2026-11-24, not “%1”.").arg(value), 2);
            ++i;
        } else {
            return failure(tr("demo does not know the option “%1”.").arg(a), 2);
        }
    }
    const core::ShopFileInfo before = core::Database::inspect(in.db);
    if (before.kind != core::ShopFileInfo::Kind::Missing && before.kind != core::ShopFileInfo::Kind::Shop)
        return failure(before.message);
    auto db = core::Database::open(in.db, core::Database::Mode::OpenOrCreate);
    if (!db)
        return failure(db.errorMessage());
    auto made = demo::DemoShop::create(**db, options);
    if (!made)
        return failure(made.errorMessage());
    Outcome o;
    o.json.insert(QStringLiteral("ok"), true);
    o.json.insert(QStringLiteral("file"), shown(in.db));
    o.json.insert(QStringLiteral("seed"), qint64(options.seed));
    o.json.insert(QStringLiteral("last_day"), options.lastDay.toString(Qt::ISODate));
    o.json.insert(QStringLiteral("items"), made->items);
    o.json.insert(QStringLiteral("skus"), made->skus);
    o.json.insert(QStringLiteral("suppliers"), made->suppliers);
    o.json.insert(QStringLiteral("orders"), made->orders);
    o.json.insert(QStringLiteral("order_lines"), made->orderLines);
    o.json.insert(QStringLiteral("kpi_days"), made->kpiDays);
    o.json.insert(QStringLiteral("replies"), made->replies);
    o.text = tr("Demo shop written to %1: %2 items, %3 SKUs, %4 orders over %5 days, %6 quick replies.")
                 .arg(shown(in.db)).arg(made->items).arg(made->skus).arg(made->orders).arg(made->kpiDays).arg(made->replies);
    return o;
}

Outcome Commands::check(const Invocation &in)
{
    const core::ShopFileInfo info = core::Database::inspect(in.db);
    if (info.kind == core::ShopFileInfo::Kind::Missing)
        return failure(tr("There is no shop file at “%1”.").arg(shown(in.db)));
    if (info.kind != core::ShopFileInfo::Kind::Shop)
        return failure(info.message);
    auto db = core::Database::open(in.db, core::Database::Mode::OpenExisting);
    if (!db)
        return failure(db.errorMessage());
    auto problems = (*db)->integrityCheck();
    if (!problems)
        return failure(problems.errorMessage());
    auto items = core::ItemRepository(**db).itemCount();
    auto orders = core::OrderRepository(**db).orderCount();
    Outcome o;
    const bool ok = problems->isEmpty();
    o.exitCode = ok ? 0 : 1;
    o.json.insert(QStringLiteral("ok"), ok);
    o.json.insert(QStringLiteral("file"), shown(in.db));
    o.json.insert(QStringLiteral("schema_version"), (*db)->schemaVersion());
    o.json.insert(QStringLiteral("latest_schema_version"), core::Database::latestSchemaVersion());
    if (info.schemaVersion != (*db)->schemaVersion()) {
        o.json.insert(QStringLiteral("migrated_from"), info.schemaVersion);
        o.json.insert(QStringLiteral("migration_backup"), (*db)->lastMigrationBackup());
    }
    o.json.insert(QStringLiteral("items"), items ? *items : -1);
    o.json.insert(QStringLiteral("orders"), orders ? *orders : -1);
    o.json.insert(QStringLiteral("problems"), QJsonArray::fromStringList(*problems));
    o.text = ok ? tr("%1: ok, shop format %2, %3 items, %4 orders.")
                      .arg(shown(in.db)).arg((*db)->schemaVersion()).arg(items ? *items : 0).arg(orders ? *orders : 0)
                : tr("%1 has problems:\n%2").arg(shown(in.db), problems->join(QLatin1Char('\n')));
    return o;
}

Outcome Commands::backup(const Invocation &in)
{
    if (in.args.size() != 1)
        return failure(tr("backup needs exactly one argument: the file to write."), 2);
    auto db = core::Database::open(in.db, core::Database::Mode::OpenExisting);
    if (!db)
        return failure(db.errorMessage());
    if (core::Status s = (*db)->backupTo(in.args.first()); !s)
        return failure(s.errorMessage());
    Outcome o;
    o.json.insert(QStringLiteral("ok"), true);
    o.json.insert(QStringLiteral("file"), shown(in.db));
    o.json.insert(QStringLiteral("backup"), shown(in.args.first()));
    o.json.insert(QStringLiteral("bytes"), QFileInfo(in.args.first()).size());
    o.text = tr("Backup of %1 written to %2.").arg(shown(in.db), shown(in.args.first()));
    return o;
}

} // namespace shopdesk::cli
