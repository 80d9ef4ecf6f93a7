#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace shopdesk::app {

/// What a file dropped on the window is, decided from its header columns (the same names the
/// importers look for, in Chinese or English). No widgets: the window asks the user only when
/// this cannot tell.
class ImportClassifier {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::app::ImportClassifier)
public:
    enum class Kind {
        Shop, ///< a shop file (SQLite): opened, not imported
        Items, ///< listings: items and SKUs (宝贝)
        Orders, ///< the platform's order export (订单报表)
        OrderLines, ///< the platform's order items export (宝贝报表), goes with Orders
        ReceivingNote, ///< a receiving note (入库单)
        StockCount, ///< counted quantities for the open stock-take (盘点)
        Kpi, ///< the platform's daily KPI export (生意参谋)
        Replies, ///< the quick-reply library (快捷短语)
        TrackingList, ///< order numbers and tracking numbers (运单号)
    };

    /// Every kind a file can be imported as, in the order the window offers them.
    static QList<Kind> importable();
    /// The kind as the user reads it (translated).
    static QString title(Kind kind);

    /// The kinds whose columns the file's first rows hold: one when it is clear, several when it
    /// could be either, none when it is none of them. `rows` are the file's first records (the
    /// header first; a KPI export may have title lines above its header).
    static QList<Kind> candidates(const QList<QStringList> &rows);

    /// The same for a file: a SQLite file is a Shop; a CSV (UTF-8, GBK or UTF-16, read from its
    /// first lines only) and an .xlsx workbook (its first sheet, below any merged title rows) are
    /// classified by their header; anything else has no candidates.
    static QList<Kind> classifyFile(const QString &path);

    /// One sheet of a workbook and what its header says it holds.
    struct Sheet {
        QString name;
        QList<Kind> kinds;
    };
    /// Every sheet of an .xlsx workbook, in the workbook's order, each classified by its header;
    /// empty for a file that is not a workbook (or cannot be read as one).
    static QList<Sheet> classifySheets(const QString &path);
};

} // namespace shopdesk::app
