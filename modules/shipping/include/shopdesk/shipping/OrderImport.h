#pragma once

#include <shopdesk/core/Csv.h>
#include <shopdesk/core/Records.h>
#include <shopdesk/core/Result.h>

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>

namespace shopdesk::shipping {

/// What the import needs to know of the catalogue to match order lines to SKUs.
struct SkuCatalog {
    QHash<QString, qint64> byBarcode;              ///< barcode → SKU
    QHash<QString, QString> itemCodeByTitle;        ///< item title → item code (货号)
    QHash<QString, qint64> byItemColorSize;         ///< key(itemCode, colour, size) → SKU
    static QString key(const QString &itemCode, const QString &color, const QString &size);
    /// The SKU of a line: by 商家编码 as a barcode; else by 商家编码 (or the title) as the item with
    /// the attributes' colour and size. Empty when nothing matches exactly: never guessed.
    std::optional<qint64> match(const QString &merchantCode, const QString &title, const QString &attributes) const;
};

/// One order read from the platform's export, with the line of the order report it came from.
struct ImportedOrder {
    core::Order order;      ///< status, recipient, message, lines (sku matched or empty)
    QString buyerNick;
    QString createdText, paidText; ///< the times as stored ("yyyy-MM-dd HH:mm:ss"), empty when none
    int sourceLine = 0;
};

/// The two files of a Taobao seller-center export, read and checked, ready to be written.
struct ImportPlan {
    QString ordersFile, itemsFile;
    QList<ImportedOrder> orders;
};

/// Reporting progress: (done, total); returning false cancels.
using Progress = std::function<bool(qint64 done, qint64 total)>;

/// Reads the Taobao seller-center order export (ExportOrderList….csv and, optionally, its item
/// report ExportOrderDetailList….csv) exactly as downloaded: GBK or UTF-8 with BOM, CRLF,
/// ="…" and apostrophe guards, addresses "省 市 区 street(postcode)", columns found by name.
class TaobaoImport {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::shipping::TaobaoImport)
public:
    /// Any malformed row gives an error naming the file, line and field; nothing is returned then.
    static core::Result<ImportPlan> read(const core::CsvFile &orders, const core::CsvFile *items,
                                         const SkuCatalog &catalog);
    static core::Result<ImportPlan> readFiles(const QString &ordersPath, const QString &itemsPath,
                                              const SkuCatalog &catalog);

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
