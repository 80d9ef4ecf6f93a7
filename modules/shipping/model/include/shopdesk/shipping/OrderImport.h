#pragma once

#include <shopdesk/core/Csv.h>
#include <shopdesk/core/CsvReader.h>
#include <shopdesk/core/Parse.h>
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
    /// compact(item code + colour + size), and compact(item code + size + colour) → SKU; kAmbiguous
    /// when two SKUs give the same compact form (then neither is taken).
    QHash<QString, qint64> byCompactCode;
    QHash<QString, QString> itemCodeByCompact; ///< compact(item code) → item code
    QHash<QString, qint64> mappings; ///< the shop's mappings: MappingKey::hashKey() → SKU
    static constexpr qint64 kAmbiguous = -1;
    static QString key(const QString &itemCode, const QString &color, const QString &size);
    /// The letters and digits of `code`, case-folded: "TX-2002-白色-XL", "tx2002 白色/xl" and
    /// "TX_2002_白色_XL" are all "tx2002白色xl".
    static QString compact(const QString &code);
    /// Adds a SKU to the lookups.
    void addSku(qint64 skuId, const QString &itemCode, const QString &itemTitle, const QString &color,
        const QString &size, const QString &barcode);
    /// The SKU of a line: a mapping the clerk made (商品对应关系) first; else the 商家编码 (outer
    /// code) as a barcode, as item code + colour + size written with any separators (TX-2002-白色-XL),
    /// or as the item code with the attributes' colour and size; without an outer code, the title as
    /// the item with the attributes' colour and size. Empty when nothing matches exactly: never guessed.
    std::optional<qint64> match(const QString &merchantCode, const QString &title, const QString &attributes) const;
};

/// One order read from the platform's export, with the line of the order report it came from.
struct ImportedOrder {
    core::Order order; ///< status, recipient, message; its lines travel separately (ImportedLine)
    QString buyerNick;
    QString createdText, paidText; ///< the times as stored ("yyyy-MM-dd HH:mm:ss"), empty when none
    int sourceLine = 0;
    /// Without the item report: the order's one line, from its title and unit count (unmatched).
    std::optional<core::OrderLine> titleLine;
};

/// One line of the item report, matched to its SKU (or not), and the position of its order in
/// the order report.
struct ImportedLine {
    qsizetype at = 0;
    core::OrderLine line;
};

/// Reporting progress: (done, total); returning false cancels.
using Progress = std::function<bool(qint64 done, qint64 total)>;

/// Hands an import from the reader to the writer while both run, so reading the export (one core)
/// overlaps writing the shop file (the other), in flat memory: the reader adds the orders in
/// chunks as it reads them, then the lines, then ends with the first error it met (or none); it
/// waits whenever the writer is a few chunks behind, so only those chunks are ever held. Either
/// side may stop the other.
class ImportFeed {
public:
    /// `orders` and `lines`: about how many records the two files hold, for progress.
    ImportFeed(qint64 orders, qint64 lines)
        : mOrders(orders)
        , mLines(lines)
    {
    }
    qint64 expectedOrders() const { return mOrders; }
    qint64 expectedLines() const { return mLines; }

    // The reader's side.
    void addOrders(QList<ImportedOrder> chunk);
    /// Every order has been added: the lines come next.
    void endOrders();
    void addLines(QList<ImportedLine> chunk);
    /// The end of reading: ok, or the error that stopped it.
    void finish(core::Status end);
    /// True once the writer has stopped (failed or cancelled): there is no point reading on.
    bool stopped() const;

    // The writer's side.
    /// The next orders read, waiting for them; empty once the orders (or the reading) have ended.
    QList<ImportedOrder> takeOrders();
    /// The next lines read, waiting for them; empty once the reading has ended and all were taken.
    QList<ImportedLine> takeLines();
    /// Waits for reading to end: ok, or the reading's error.
    core::Status result();
    void stop();

private:
    /// Chunks the reader may be ahead of the writer.
    static constexpr qsizetype kAhead = 4;
    void waitForRoom(std::unique_lock<std::mutex> &lock);

    const qint64 mOrders, mLines;
    mutable std::mutex mMutex;
    std::condition_variable mChanged;
    QList<QList<ImportedOrder>> mOrderChunks;
    QList<QList<ImportedLine>> mLineChunks;
    bool mOrdersEnded = false;
    std::optional<core::Status> mEnd;
    bool mStopped = false;
};

/// Whose orders the import takes: an export's 店铺名称 must be the shop's own name (when both are
/// known) unless the clerk agreed to import another shop's orders; and the shop's own limits.
struct ShopCheck {
    QString ownName; ///< the shop's name (ShopSettings); empty: not checked
    bool otherShopAgreed = false;
    qint64 maxLineMoneyFen = core::Parse::kMaxLineMoneyFen; ///< ShopSettings::maxLineMoneyFen
};

/// The two files of a Taobao seller-center export, open for reading (the item report is optional).
struct ExportFiles {
    std::unique_ptr<core::CsvReader> orders;
    std::unique_ptr<core::CsvReader> items; ///< null without the item report
};

/// Reads the Taobao seller-center order export (ExportOrderList….csv and, optionally, its item
/// report ExportOrderDetailList….csv) exactly as downloaded: GBK or UTF-8 with BOM, CRLF,
/// ="…" and apostrophe guards, addresses "省 市 区 street(postcode)", columns found by name.
class TaobaoImport {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::shipping::TaobaoImport)
public:
    /// Opens the files and reads their headers (`itemsPath` may be empty).
    static core::Result<ExportFiles> openFiles(const QString &ordersPath, const QString &itemsPath);
    /// Reads the export into `feed` a record at a time: the orders (each passed through `complete`,
    /// when given, as it is made), then their lines matched to SKUs. Any malformed row ends the feed
    /// with an error naming the file, line and field. Without the item report, each order gets one
    /// unmatched line from its title and unit count.
    static void read(ExportFiles &files, const SkuCatalog &catalog, ImportFeed &feed,
        const std::function<void(ImportedOrder &)> &complete = {}, const ShopCheck &shop = {});
    /// The 店铺名称 of the export's first order (empty when the report has no such column or no order).
    static core::Result<QString> shopNameOf(const QString &ordersPath);

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
