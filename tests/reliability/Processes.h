#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace shopdesk::test {

/// shopdesk-cli on `shop` (English messages, --json), started and not waited for.
void startCli(QProcess &p, const QString &shop, const QStringList &args);

/// What a finished shopdesk-cli run gave.
struct CliRun {
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::NormalExit;
    QByteArray out;
    QByteArray err;
};
/// Waits for a started run to finish (up to two minutes).
CliRun finish(QProcess &p);
/// Runs shopdesk-cli to its end, with `input` on its standard input.
CliRun runCli(const QString &shop, const QStringList &args, const QByteArray &input = {});

/// Writes `bytes` to `path` (a test's own input file).
void writeFile(const QString &path, const QByteArray &bytes);

/// An items CSV of `items` items coded PREFIX-0001…, each in `skus` sizes, with no barcodes (the
/// import generates them).
QByteArray itemsCsv(const QString &prefix, int items, int skus);

/// The catalogue writeOrderExport's orders are of: an items CSV of one item coded `merchantCode`
/// (the lines' 商家编码) with the SKU 深蓝/30 (their 商品属性), so each line matches that SKU and a
/// batch prints them (a line not matched to a SKU holds its waybill back).
QByteArray orderCatalogueCsv(const QString &merchantCode = QStringLiteral("NZK1000"));

/// The two Taobao export files (订单报表, 宝贝报表) for `n` paid orders numbered from `first`, each of
/// one piece of the SKU whose 商家编码 is `merchantCode`.
void writeOrderExport(const QString &orders, const QString &lines, qint64 first, int n,
    const QString &merchantCode = QStringLiteral("NZK1000"));

} // namespace shopdesk::test
