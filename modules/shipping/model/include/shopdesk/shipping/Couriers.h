#pragma once

#include <shopdesk/core/Money.h>
#include <shopdesk/core/Records.h>
#include <shopdesk/core/Result.h>
#include <shopdesk/core/ShopSettings.h>

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <functional>
#include <optional>

namespace shopdesk::core {
class Database;
}

namespace shopdesk::shipping {

/// The store's courier rules: a default courier, EMS where it does not reach, the buyer's request.
struct CourierRules {
    QString defaultCourier = QStringLiteral("STO");
    QStringList emsProvinces; ///< provinces the default courier does not reach
    bool maskPhone = true; ///< print the recipient's phone with its middle digits hidden

    /// Remote provinces STO does not reach from the store (editable in the shop settings).
    static QStringList defaultEmsProvinces();
    static inline const core::Setting<QString> kDefaultCourierSetting { QStringLiteral("shipping.default_courier"),
        QStringLiteral("STO") };
    static inline const core::Setting<QStringList> kEmsProvincesSetting { QStringLiteral("shipping.ems_provinces"),
        defaultEmsProvinces() };
    static inline const core::Setting<bool> kMaskPhoneSetting { QStringLiteral("shipping.mask_phone"), true };

    /// From the shop settings (with the defaults above).
    static CourierRules load(const core::Database &db);
    /// All three rules in one transaction.
    core::Status save(const core::Database &db) const;
    bool operator==(const CourierRules &) const = default;

    /// The courier for an order: a request in the buyer's message or the seller's note (顺丰/SF,
    /// 圆通/YTO) first, EMS for a province the default does not reach, else the default.
    QString choose(const core::Order &order) const;
    /// What a request alone asks for (a buyer's message and seller's note): "SF" for 顺丰 or the
    /// word SF, "YTO" for 圆通 or the word YTO, except where turned down (不要SF, 别发顺丰), empty
    /// for none. The one reading of a request: the
    /// waybill (choose) and the dispatch queue's stored courier both use it.
    static QString requested(const QString &asked);
    /// Whether `asked` names `word` (upper-case ASCII) as a word: case-insensitive in ASCII, with
    /// no ASCII letter, digit or '_' beside it (a Chinese character may be: 请发SF asks for SF).
    static bool asksFor(const QString &asked, QLatin1StringView word);
    /// The order's own courier, or the one these rules choose while it has none.
    QString courierOf(const core::Order &order) const
    {
        return order.courier.isEmpty() ? choose(order) : order.courier;
    }
};

/// One courier's national price table: first weight (首重, 1 kg) + each additional kg (续重), by province.
class PriceTable {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::shipping::PriceTable)
public:
    QString courier;
    struct Row {
        core::Money first, additional;
    };
    QHash<QString, Row> byProvince; ///< "*" = every other province

    /// The table shipped for a courier (resources/shipping/prices/<CODE>.csv).
    static core::Result<PriceTable> forCourier(const QString &courier);
    static core::Result<PriceTable> fromCsv(const QByteArray &bytes, const QString &fileName, const QString &courier);
    /// Estimated freight of a parcel of `grams` to `province` (each started kg counts).
    core::Result<core::Money> estimate(const QString &province, int grams) const;
};

/// A line of a courier's monthly bill that does not match the price table.
struct BillMismatch {
    int line = 0;
    QString trackingNo;
    QString problem; ///< translated
    core::Money billed, expected;
};

/// A parcel of a courier's monthly bill that the store does not pay for, or claims for: lost,
/// damaged, undeliverable or refused (a claim is open for it). 月结抵扣.
struct BillDeduction {
    int line = 0;
    QString trackingNo, orderNo;
    QString kind; ///< the claim's: lost | damaged | undeliverable | refused
    core::Money fee; ///< the freight billed for it, not owed
    core::Money claim; ///< claimed for the goods (lost, damaged)
    core::Money total() const { return fee + claim; }
};

/// A courier's monthly bill as checked and settled: the lines that do not match the price table,
/// the deductions and what the store owes.
struct BillCheck {
    QList<BillMismatch> mismatches;
    QList<BillDeduction> deductions;
    core::Money billed; ///< the bill's fees, summed
    core::Money deducted; ///< the deductions, summed
    core::Money owed() const { return billed - deducted; }
};

/// A courier the shop added to the built-in ones (shipping_couriers).
struct ShopCourier {
    QString code; ///< the shop's own short code, e.g. "KYE" (never shown: the name is)
    QString name; ///< as the shop's people call it, e.g. 跨越速运
    QString platformName; ///< as the platform's 物流公司 list names it
    QString trackingPattern; ///< the form of its numbers, a regular expression, e.g. ^KY\d{12}$
    bool operator==(const ShopCourier &) const = default;
};

/// Courier codes, names and tracking number formats.
class Couriers {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::shipping::Couriers)
public:
    /// STO, YTO, ZTO, YD, SF, EMS, JT, JD, DBL, YZPY, then the couriers the open shop added.
    static QStringList codes();
    static QStringList builtInCodes();
    /// The couriers the open shop added (read from its file by ShippingService, kept for this
    /// process): codes(), displayName(), validTracking() and formatHint() know them too.
    static void setShopCouriers(const QList<ShopCourier> &couriers);
    static std::optional<ShopCourier> shopCourier(const QString &code);
    static QString displayName(const QString &code);
    /// A claim's kind as the clerk reads it: 丢件, 破损, 无法派送, 拒收.
    static QString claimKindName(const QString &kind);
    /// Whether `trackingNo` has the form the courier issues (e.g. STO: 12 to 15 digits).
    static bool validTracking(const QString &courier, const QString &trackingNo);
    /// The message for a number in the wrong form.
    static QString formatHint(const QString &courier);
    /// Checks a monthly bill (CSV with tracking number, weight in kg, fee) against the price table.
    /// `provinceOf` gives the province of a tracking number, or empty when no order has it.
    /// `everyLine`, when given, receives every line of the bill (problem empty where it matches).
    static core::Result<QList<BillMismatch>> checkBill(const QString &billPath, const PriceTable &table,
        const std::function<QString(const QString &)> &provinceOf, QList<BillMismatch> *everyLine = nullptr);
    /// Reads a list of tracking numbers (CSV: order number, tracking number) for import; `lines`, if
    /// given, receives each pair's line in the file. An order given two different numbers is refused.
    static core::Result<QList<std::pair<QString, QString>>> readTrackingList(
        const QString &path, QList<int> *lines = nullptr);
};

} // namespace shopdesk::shipping
