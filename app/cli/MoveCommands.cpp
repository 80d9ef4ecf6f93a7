#include "MoveCommands.h"

#include <shopdesk/core/Database.h>
#include <shopdesk/core/Format.h>
#include <shopdesk/core/Money.h>
#include <shopdesk/core/ShopCopy.h>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace shopdesk::cli {

using core::CliInvocation;
using core::CliOutcome;

namespace {
/// The figures as --json gives them: the rows of each table, the ledger's sums.
QJsonObject figuresJson(const core::ShopFigures &f)
{
    QJsonObject tables;
    for (const auto &[table, rows] : f.rows)
        tables.insert(table, rows);
    QJsonObject o;
    o.insert(QStringLiteral("tables"), tables);
    o.insert(QStringLiteral("ledger_rows"), f.ledgerRows);
    o.insert(QStringLiteral("ledger_pieces"), f.ledgerPieces);
    o.insert(QStringLiteral("ledger_cost_fen"), f.ledgerCostFen);
    return o;
}

qint64 totalRows(const core::ShopFigures &f)
{
    qint64 n = 0;
    for (const auto &[table, rows] : f.rows)
        n += rows;
    return n;
}

/// "3 tables checked: 12,345 rows; the stock ledger: 4,321 pieces at ¥98,765.00"
QString checkedText(const core::ShopFigures &f)
{
    return MoveCommands::tr("Checked on both sides: %1 tables, %2 rows, the same in each table; the stock ledger "
                            "%3 pieces, at cost %4.")
        .arg(f.rows.size())
        .arg(core::format::number(totalRows(f)), core::format::number(f.ledgerPieces),
            core::format::money(core::Money::fromFen(f.ledgerCostFen)));
}

void removeShopFile(const QString &path)
{
    for (const QLatin1String suffix : { QLatin1String(""), QLatin1String("-wal"), QLatin1String("-shm") })
        QFile::remove(path + suffix);
}
} // namespace

core::CliCommand MoveCommands::toServer()
{
    return { QStringLiteral("export-to-server"), QStringLiteral("export-to-server URL"),
        [] {
            return tr("Copy the shop file into an empty database (or schema) on a shop server, in one transaction, "
                      "and check the copy's row counts and stock ledger sums.");
        },
        &MoveCommands::exportToServer };
}

core::CliCommand MoveCommands::toFile()
{
    return { QStringLiteral("export-to-file"), QStringLiteral("export-to-file OUT.shopdesk"),
        [] {
            return tr("Copy the shop on the server (--server URL) into a new shop file, and check the copy's row "
                      "counts and stock ledger sums.");
        },
        &MoveCommands::exportToFile };
}

CliOutcome MoveCommands::exportToServer(const CliInvocation &in)
{
    if (in.args.size() != 1)
        return CliOutcome::failure(
            tr("export-to-server needs exactly one argument: the server's address, postgresql://USER@HOST/DATABASE."),
            2);
    const QString url = in.args.first();
    if (core::Database::isServerAddress(in.dbPath))
        return CliOutcome::failure(tr("export-to-server copies a shop file: give it with --db FILE."), 2);
    if (!core::Database::isServerAddress(url))
        return CliOutcome::failure(
            tr("“%1” is not a shop server address: write it as postgresql://USER@HOST[:PORT]/DATABASE.").arg(url), 2);
    auto from = core::Database::open(in.dbPath, core::Database::Mode::OpenExisting);
    if (!from)
        return CliOutcome::failure(from.errorMessage());
    // An empty database gets a new, empty shop; one holding another program's tables, or a shop
    // of a newer ShopDesk, is refused untouched as it opens; a shop with rows is refused by the copy.
    auto to = core::Database::open(url, core::Database::Mode::OpenOrCreate);
    if (!to)
        return CliOutcome::failure(to.errorMessage());
    auto copied = core::ShopCopy::copy(**from, **to);
    if (!copied)
        return CliOutcome::failure(copied.errorMessage());
    CliOutcome o;
    o.json.insert(QStringLiteral("ok"), true);
    o.json.insert(QStringLiteral("file"), core::cli::shownPath(in.dbPath));
    o.json.insert(QStringLiteral("server"), (*to)->path());
    o.json.insert(QStringLiteral("verified"), true);
    o.json.insert(QStringLiteral("figures"), figuresJson(*copied));
    o.text = tr("The shop %1 was copied to %2.").arg(core::cli::shownPath(in.dbPath), (*to)->displayName())
        + QLatin1Char('\n') + checkedText(*copied);
    return o;
}

CliOutcome MoveCommands::exportToFile(const CliInvocation &in)
{
    if (in.args.size() != 1)
        return CliOutcome::failure(tr("export-to-file needs exactly one argument: the new shop file to write."), 2);
    const QString out = in.args.first();
    if (!core::Database::isServerAddress(in.dbPath))
        return CliOutcome::failure(tr("export-to-file copies the shop on a server: give it with --server URL."), 2);
    if (QFileInfo::exists(out))
        return CliOutcome::failure(
            tr("“%1” already exists; choose a new name for the copy.").arg(core::cli::shownPath(out)));
    auto from = core::Database::open(in.dbPath, core::Database::Mode::OpenExisting);
    if (!from)
        return CliOutcome::failure(from.errorMessage());
    core::Result<core::ShopFigures> copied = core::ShopFigures {};
    QStringList problems;
    {
        auto to = core::Database::open(out, core::Database::Mode::OpenOrCreate);
        if (!to) {
            removeShopFile(out);
            return CliOutcome::failure(to.errorMessage());
        }
        copied = core::ShopCopy::copy(**from, **to);
        if (copied) {
            auto check = (*to)->integrityCheck();
            if (!check)
                copied = check.error();
            else
                problems = *check;
        }
    }
    if (!copied || !problems.isEmpty()) {
        removeShopFile(out); // a copy that is not whole is not left behind
        return CliOutcome::failure(!copied ? copied.errorMessage()
                                           : tr("The copy %1 did not pass the check, and was removed:\n%2")
                                                 .arg(core::cli::shownPath(out), problems.join(QLatin1Char('\n'))));
    }
    CliOutcome o;
    o.json.insert(QStringLiteral("ok"), true);
    o.json.insert(QStringLiteral("server"), (*from)->path());
    o.json.insert(QStringLiteral("file"), core::cli::shownPath(out));
    o.json.insert(QStringLiteral("verified"), true);
    o.json.insert(QStringLiteral("figures"), figuresJson(*copied));
    o.text = tr("The shop on %1 was copied to the new shop file %2.")
                 .arg((*from)->displayName(), core::cli::shownPath(out))
        + QLatin1Char('\n') + checkedText(*copied);
    return o;
}

} // namespace shopdesk::cli
