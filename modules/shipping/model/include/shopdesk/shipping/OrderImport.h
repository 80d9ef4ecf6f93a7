#pragma once

#include <shopdesk/core/Csv.h>
#include <shopdesk/core/Records.h>
#include <shopdesk/core/Result.h>

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

namespace shopdesk::shipping {

/// What the import needs to know of the catalogue to match order lines to SKUs.
struct SkuCatalog {
    QHash<QString, qint64> byBarcode; ///< barcode → SKU
    QHash<QString, QString> itemCodeByTitle; ///< item title → item code (货号)
    QHash<QString, qint64> byItemColorSize; ///< key(itemCode, colour, size) → SKU
    static QString key(const QString &itemCode, const QString &color, const QString &size);
    /// The SKU of a line: by 商家编码 as a barcode; else by 商家编码 (or the title) as the item with
    /// the attributes' colour and size. Empty when nothing matches exactly: never guessed.
    std::optional<qint64> match(const QString &merchantCode, const QString &title, const QString &attributes) const;
};

/// One order read from the platform's export, with the line of the order report it came from.
struct ImportedOrder {
    core::Order order; ///< status, recipient, message; its lines travel separately (LinesByOrder)
    QString buyerNick;
    QString createdText, paidText; ///< the times as stored ("yyyy-MM-dd HH:mm:ss"), empty when none
    int sourceLine = 0;
};

/// The lines of an import's orders (SKU matched or empty), by the order's position in the order report.
using LinesByOrder = QList<QList<core::OrderLine>>;

/// Reporting progress: (done, total); returning false cancels.
using Progress = std::function<bool(qint64 done, qint64 total)>;

/// Hands an import from the reader to the writer while both run, so reading the export (one core)
/// overlaps writing the shop file (the other): the reader adds the orders in chunks as it makes
/// them, then ends with every order's lines or with the first error it met; the writer takes the
/// orders as they come, then the lines. Either side may stop the other.
class ImportFeed {
public:
    /// `orders` and `lines`: the records in the two files, for progress.
    ImportFeed(qint64 orders, qint64 lines)
        : mOrders(orders)
        , mLines(lines)
    {
    }
    qint64 expectedOrders() const { return mOrders; }
    qint64 expectedLines() const { return mLines; }

    // The reader's side.
    void addOrders(QList<ImportedOrder> chunk);
    /// The end of reading: every order's lines, or the error that stopped it.
    void finish(core::Result<LinesByOrder> lines);
    /// True once the writer has stopped (failed or cancelled): there is no point reading on.
    bool stopped() const;

    // The writer's side.
    /// The next orders read, waiting for them; empty when reading has ended and all were taken.
    QList<ImportedOrder> takeOrders();
    /// Waits for reading to end: every order's lines, or the reading's error.
    core::Result<LinesByOrder> takeLines();
    void stop();

private:
    const qint64 mOrders, mLines;
    mutable std::mutex mMutex;
    std::condition_variable mChanged;
    QList<QList<ImportedOrder>> mChunks;
    std::optional<core::Result<LinesByOrder>> mEnd;
    bool mStopped = false;
};

/// The two files of a Taobao seller-center export, parsed (the item report is optional).
struct ExportFiles {
    core::CsvFile orders;
    std::optional<core::CsvFile> items;
};

/// Reads the Taobao seller-center order export (ExportOrderList….csv and, optionally, its item
/// report ExportOrderDetailList….csv) exactly as downloaded: GBK or UTF-8 with BOM, CRLF,
/// ="…" and apostrophe guards, addresses "省 市 区 street(postcode)", columns found by name.
class TaobaoImport {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::shipping::TaobaoImport)
public:
    /// Decodes and parses the files, the item report on a second core (`itemsPath` may be empty).
    static core::Result<ExportFiles> parseFiles(const QString &ordersPath, const QString &itemsPath);
    /// Reads the parsed export into `feed`: the orders (each passed through `complete`, when given,
    /// as it is made), then their lines matched to SKUs. Any malformed row ends the feed with an
    /// error naming the file, line and field. Without the item report, each order gets one unmatched
    /// line from its title and unit count.
    static void read(const ExportFiles &files, const SkuCatalog &catalog, ImportFeed &feed,
        const std::function<void(ImportedOrder &)> &complete = {});
    /// Frees parsed files (millions of small strings for a large export) on a second core.
    static void discard(ExportFiles files);

    /// 订单状态 text → stored status code, or empty when unknown.
    static QString statusFromPlatform(const QString &text);
    /// 物流公司 text → courier code (STO, YTO, ZTO, YD, SF, EMS), or the text itself.
    static QString courierFromPlatform(const QString &text);

    struct Address {
        QString province, city, district, street, postcode;
    };
    /// "浙江省 杭州市 西湖区 文三路100号(310012)" → its parts.
    static Address splitAddress(const QString &text);
    /// "颜色分类：黑色;尺码：XL" → (黑色, XL).
    static std::pair<QString, QString> colorAndSize(const QString &attributes);
};

} // namespace shopdesk::shipping
