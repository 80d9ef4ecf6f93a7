#include "CliCommands.h"

#include "MoveCommands.h"
#include "RestoreCommand.h"
#include "SettingsCommand.h"

#include <shopdesk/aftersale/AftersaleCommands.h>
#include <shopdesk/buyers/BuyersCommands.h>
#include <shopdesk/core/AutoBackup.h>
#include <shopdesk/core/Database.h>
#include <shopdesk/core/ItemRepository.h>
#include <shopdesk/core/OrderRepository.h>
#include <shopdesk/demo/DemoShop.h>
#include <shopdesk/inventory/InventoryCommands.h>
#include <shopdesk/kpi/KpiCommands.h>
#include <shopdesk/listings/ListingsCommands.h>
#include <shopdesk/service/ReplyLibrary.h>
#include <shopdesk/service/ServiceCommands.h>
#include <shopdesk/shipping/ShippingCommands.h>

#include <QFileInfo>
#include <QJsonArray>

namespace shopdesk::cli {

using core::CliInvocation;
using core::CliOutcome;

namespace {
CliOutcome failure(const QString &message, int exitCode = 1) { return CliOutcome::failure(message, exitCode); }
} // namespace

QList<core::CliCommand> Commands::foundation()
{
    return {
        { QStringLiteral("init"), QStringLiteral("init"), [] { return tr("Create a new, empty shop file."); },
            &Commands::init },
        { QStringLiteral("demo"), QStringLiteral("demo [--seed N] [--last-day YYYY-MM-DD]"),
            [] { return tr("Fill a new shop file with the demo clothing store."); }, &Commands::demo },
        { QStringLiteral("check"), QStringLiteral("check"),
            [] { return tr("Check the shop file's integrity and print its version."); }, &Commands::check },
        { QStringLiteral("backup"), QStringLiteral("backup OUT.db | backup --auto"),
            [] {
                return tr("Write a consistent copy of the shop, even while ShopDesk has it open; --auto: today's "
                          "checked copy in the backup folder, keeping the last 7 and 12 month-end copies.");
            },
            &Commands::backup },
    };
}

QList<core::CliCommand> Commands::all()
{
    QList<core::CliCommand> all = foundation();
    all << RestoreCommand::command();
    all << SettingsCommand::command();
    all << MoveCommands::toServer() << MoveCommands::toFile();
    all += listings::cliCommands();
    all += inventory::cliCommands();
    all += shipping::cliCommands();
    all += service::cliCommands();
    all += kpi::cliCommands();
    all += buyers::cliCommands();
    all += aftersale::cliCommands();
    return all;
}

CliOutcome Commands::init(const CliInvocation &in)
{
    const core::ShopFileInfo before = core::Database::inspect(in.dbPath);
    if (before.kind != core::ShopFileInfo::Kind::Missing && before.kind != core::ShopFileInfo::Kind::Shop)
        return failure(before.message);
    auto db = core::Database::open(in.dbPath, core::Database::Mode::OpenOrCreate);
    if (!db)
        return failure(db.errorMessage());
    const bool created = before.kind == core::ShopFileInfo::Kind::Missing;
    if (created)
        if (auto starter = service::ReplyLibrary::installStarter(**db); !starter)
            return failure(starter.errorMessage());
    CliOutcome o;
    o.json.insert(QStringLiteral("ok"), true);
    o.json.insert(QStringLiteral("file"), core::cli::shownPath(in.dbPath));
    o.json.insert(QStringLiteral("created"), created);
    o.json.insert(QStringLiteral("schema_version"), (*db)->schemaVersion());
    o.text = (created ? tr("Created the shop file %1: shop file version %2 (this program supports up to %3).")
                      : tr("%1 is already a shop file, version %2 (this program supports up to %3); nothing to do."))
                 .arg(core::cli::shownPath(in.dbPath))
                 .arg((*db)->schemaVersion())
                 .arg(core::Database::latestSchemaVersion());
    return o;
}

CliOutcome Commands::demo(const CliInvocation &in)
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
    const core::ShopFileInfo before = core::Database::inspect(in.dbPath);
    if (before.kind != core::ShopFileInfo::Kind::Missing && before.kind != core::ShopFileInfo::Kind::Shop)
        return failure(before.message);
    auto db = core::Database::open(in.dbPath, core::Database::Mode::OpenOrCreate);
    if (!db)
        return failure(db.errorMessage());
    auto made = demo::DemoShop::create(**db, options);
    if (!made)
        return failure(made.errorMessage());
    CliOutcome o;
    o.json.insert(QStringLiteral("ok"), true);
    o.json.insert(QStringLiteral("file"), core::cli::shownPath(in.dbPath));
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
                 .arg(core::cli::shownPath(in.dbPath))
                 .arg(made->items)
                 .arg(made->skus)
                 .arg(made->orders)
                 .arg(made->kpiDays)
                 .arg(made->replies);
    return o;
}

CliOutcome Commands::check(const CliInvocation &in)
{
    core::ShopFileInfo info; // a look at the file first; a server says for itself as it opens
    if (!core::Database::isServerAddress(in.dbPath)) {
        info = core::Database::inspect(in.dbPath);
        if (info.kind == core::ShopFileInfo::Kind::Missing)
            return failure(tr("There is no shop file at “%1”.").arg(core::cli::shownPath(in.dbPath)));
        if (info.kind != core::ShopFileInfo::Kind::Shop)
            return failure(info.message);
    }
    auto db = core::Database::open(in.dbPath, core::Database::Mode::Examine);
    if (!db)
        return failure(db.errorMessage());
    auto problems = (*db)->integrityCheck();
    if (!problems)
        return failure(problems.errorMessage());
    auto items = core::ItemRepository(**db).itemCount();
    auto orders = core::OrderRepository(**db).orderCount();
    CliOutcome o;
    const bool ok = problems->isEmpty();
    o.exitCode = ok ? 0 : 1;
    o.json.insert(QStringLiteral("ok"), ok);
    o.json.insert(QStringLiteral("file"), core::cli::shownPath(in.dbPath));
    o.json.insert(QStringLiteral("schema_version"), (*db)->schemaVersion());
    o.json.insert(QStringLiteral("latest_schema_version"), core::Database::latestSchemaVersion());
    if (!(*db)->isServer() && info.schemaVersion != (*db)->schemaVersion()) {
        o.json.insert(QStringLiteral("migrated_from"), info.schemaVersion);
        o.json.insert(QStringLiteral("migration_backup"), (*db)->lastMigrationBackup());
    }
    o.json.insert(QStringLiteral("items"), items ? *items : -1);
    o.json.insert(QStringLiteral("orders"), orders ? *orders : -1);
    o.json.insert(QStringLiteral("problems"), QJsonArray::fromStringList(*problems));
    o.text = ok ? tr("%1: ok, shop file version %2 (this program supports up to %3), %4 items, %5 orders.")
                      .arg(core::cli::shownPath(in.dbPath))
                      .arg((*db)->schemaVersion())
                      .arg(core::Database::latestSchemaVersion())
                      .arg(items ? *items : 0)
                      .arg(orders ? *orders : 0)
                : tr("%1 has problems:\n%2").arg(core::cli::shownPath(in.dbPath), problems->join(QLatin1Char('\n')));
    return o;
}

CliOutcome Commands::backup(const CliInvocation &in)
{
    if (in.args.size() != 1)
        return failure(tr("backup needs exactly one argument: the file to write (or --auto)."), 2);
    auto db = core::Database::open(in.dbPath, core::Database::Mode::OpenExisting);
    if (!db)
        return failure(db.errorMessage());
    if (in.args.first() == QLatin1String("--auto")) {
        const QString folder = core::AutoBackup::folder(**db);
        auto copy = core::AutoBackup::write(**db, folder, QDate::currentDate());
        if (!copy)
            return failure(copy.errorMessage());
        CliOutcome o;
        o.json.insert(QStringLiteral("ok"), true);
        o.json.insert(QStringLiteral("file"), core::cli::shownPath(in.dbPath));
        o.json.insert(QStringLiteral("backup"), core::cli::shownPath(copy->path));
        o.json.insert(QStringLiteral("bytes"), copy->bytes);
        o.json.insert(QStringLiteral("kept"), int(core::AutoBackup::copies(in.dbPath, folder).size()));
        o.text = tr("Today's backup of %1 is %2 (checked).")
                     .arg(core::cli::shownPath(in.dbPath), core::cli::shownPath(copy->path));
        return o;
    }
    if (core::Status s = (*db)->backupTo(in.args.first()); !s)
        return failure(s.errorMessage());
    CliOutcome o;
    o.json.insert(QStringLiteral("ok"), true);
    o.json.insert(QStringLiteral("file"), core::cli::shownPath(in.dbPath));
    o.json.insert(QStringLiteral("backup"), core::cli::shownPath(in.args.first()));
    o.json.insert(QStringLiteral("bytes"), QFileInfo(in.args.first()).size());
    o.text
        = tr("Backup of %1 written to %2.").arg(core::cli::shownPath(in.dbPath), core::cli::shownPath(in.args.first()));
    return o;
}

} // namespace shopdesk::cli
