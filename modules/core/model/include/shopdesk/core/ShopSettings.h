#pragma once

#include "shopdesk/core/Result.h"

#include <QList>
#include <QLoggingCategory>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace shopdesk::core {

class Database;

Q_DECLARE_LOGGING_CATEGORY(lcSettings)

/// One shop setting, declared once with its key in the shop file and its default (as Tiled
/// declares a Preference<T>): no caller repeats a default. T is QString, int, bool, double or
/// QStringList (stored as text: numbers in C form, "1"/"0", items joined by commas).
template<typename T>
struct Setting {
    QString key;
    T fallback {};

    operator const QString &() const { return key; } ///< for the raw value() / setValue()
};

/// Shop-wide settings kept in the shop file (shop name, return address, a workbench's rules).
class ShopSettings {
public:
    explicit ShopSettings(const Database &db)
        : mDb(db)
    {
    }

    static inline const Setting<QString> kShopName { QStringLiteral("shop.name") };
    /// Where the shop sells: "taobao", "tmall" or "jd" (shown through Vocabulary::platform).
    static inline const Setting<QString> kPlatform { QStringLiteral("shop.platform"), QStringLiteral("taobao") };
    static inline const Setting<QString> kReturnAddress { QStringLiteral("shop.return_address") };
    static inline const Setting<QString> kReturnRecipient { QStringLiteral("shop.return_recipient") };
    static inline const Setting<QString> kReturnPhone { QStringLiteral("shop.return_phone") };
    static inline const Setting<QString> kSenderName { QStringLiteral("shop.sender_name") };
    static inline const Setting<QString> kSenderPhone { QStringLiteral("shop.sender_phone") };
    static inline const Setting<QString> kSenderAddress { QStringLiteral("shop.sender_address") };
    static inline const Setting<QString> kBankAccount { QStringLiteral("shop.bank_account") };
    /// The promotion announced in customer-service replies ({promotion}), free text.
    static inline const Setting<QString> kPromotion { QStringLiteral("shop.promotion") };
    /// The people who work in the shop; the one working is recorded as the actor of every write.
    static inline const Setting<QStringList> kStaff { QStringLiteral("shop.staff") };
    /// The most money one imported line may carry, in whole yuan (¥10,000,000 unless the shop
    /// raises it): a larger amount is taken for a typing or export error and refused.
    static inline const Setting<int> kMaxLineMoney { QStringLiteral("shop.max_line_money"), 10'000'000 };
    /// The highest value kMaxLineMoney may be set to, in yuan.
    static constexpr int kMaxLineMoneyCeiling = 1'000'000'000;
    static QStringList platforms()
    {
        return { QStringLiteral("taobao"), QStringLiteral("tmall"), QStringLiteral("jd") };
    }

    /// Several settings written together (a dialog's OK, the new-shop set-up): all or none.
    class Batch {
    public:
        template<typename T>
        Batch &set(const Setting<T> &setting, const T &value)
        {
            mValues.append({ setting.key, toText(value) });
            return *this;
        }
        Batch &setText(const QString &name, const QString &value)
        {
            mValues.append({ name, value });
            return *this;
        }
        const QList<std::pair<QString, QString>> &values() const { return mValues; }

    private:
        QList<std::pair<QString, QString>> mValues;
    };
    /// Writes every setting of `batch` in one transaction.
    Status apply(const Batch &batch);

    /// The stored value, or the setting's default when none is stored or it does not read as a
    /// T. A shop file that cannot be read is logged (shopdesk.settings) and gives the default:
    /// the next write reports the trouble to the user.
    template<typename T>
    T get(const Setting<T> &setting) const
    {
        const std::optional<QString> text = stored(setting.key);
        if (!text)
            return setting.fallback;
        bool ok = false;
        T value = fromText(*text, &ok, setting.fallback);
        return ok ? value : setting.fallback;
    }
    template<typename T>
    Status set(const Setting<T> &setting, const T &value)
    {
        return setValue(setting.key, toText(value));
    }

    /// kMaxLineMoney in fen, within 1 yuan and kMaxLineMoneyCeiling.
    qint64 maxLineMoneyFen() const
    {
        const int yuan = get(kMaxLineMoney);
        return qint64(yuan < 1 || yuan > kMaxLineMoneyCeiling ? kMaxLineMoney.fallback : yuan) * 100;
    }

    /// The stored text of a setting edited as text, or empty.
    QString value(const QString &name) const { return stored(name).value_or(QString()); }
    Status setValue(const QString &name, const QString &value);

    /// A value as it is stored (numbers in C form, "1"/"0", lists joined by commas).
    static QString toText(const QString &v) { return v; }
    static QString toText(int v) { return QString::number(v); }
    static QString toText(double v) { return QString::number(v, 'g', 12); }
    static QString toText(bool v) { return v ? QStringLiteral("1") : QStringLiteral("0"); }
    static QString toText(const QStringList &v) { return v.join(QLatin1Char(',')); }

    /// A setting's stored text as `T` reads it: false when it does not (a number that is not one).
    template<typename T>
    static bool reads(const QString &text, const T &sample = {})
    {
        bool ok = false;
        fromText(text, &ok, sample);
        return ok;
    }

private:
    std::optional<QString> stored(const QString &name) const;

    static QString fromText(const QString &t, bool *ok, const QString &)
    {
        *ok = true;
        return t;
    }
    static int fromText(const QString &t, bool *ok, int) { return t.toInt(ok); }
    static double fromText(const QString &t, bool *ok, double) { return t.toDouble(ok); }
    static bool fromText(const QString &t, bool *ok, bool)
    {
        *ok = t == QLatin1String("1") || t == QLatin1String("0");
        return t == QLatin1String("1");
    }
    static QStringList fromText(const QString &t, bool *ok, const QStringList &);

    const Database &mDb;
};

} // namespace shopdesk::core
