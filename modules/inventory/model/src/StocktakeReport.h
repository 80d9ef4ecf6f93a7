#pragma once

#include "shopdesk/inventory/StocktakeRepository.h"

#include <QCoreApplication>

namespace shopdesk::inventory {

/// The stock-take report (盘点表) as CSV, xlsx and PDF: one line per SKU with system quantity,
/// moved during the count, expected, counted, 盘盈/盘亏 pieces and value at cost.
class StocktakeReport {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::inventory::StocktakeReport)
public:
    static QStringList header();
    static QList<QVariantList> rows(const QList<VarianceRow> &lines);

    static core::Status writeCsv(const QString &path, const QList<VarianceRow> &lines);
    static core::Status writeXlsx(const QString &path, const QList<VarianceRow> &lines);
    /// Needs a QGuiApplication (fonts).
    static core::Status writePdf(
        const QString &path, const Stocktake &count, const QList<VarianceRow> &lines, const QString &shopName = {});
};

} // namespace shopdesk::inventory
