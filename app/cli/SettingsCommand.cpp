#include "SettingsCommand.h"

#include <shopdesk/aftersale/AftersaleRecords.h>
#include <shopdesk/core/AutoBackup.h>
#include <shopdesk/core/Members.h>
#include <shopdesk/core/ShopSettings.h>
#include <shopdesk/kpi/KpiReport.h>
#include <shopdesk/kpi/ProfitService.h>
#include <shopdesk/service/BuyerListsRepository.h>
#include <shopdesk/service/Revisits.h>
#include <shopdesk/shipping/Couriers.h>

#include <QJsonArray>

#include <optional>

namespace shopdesk::cli {

using core::CliInvocation;
using core::CliOutcome;

namespace {

/// One setting the command line may read and write.
struct Entry {
    QString key;
    QString fallback; ///< as stored
    std::function<QString()> label;
    /// The stored text for what the user typed, or an error (translated).
    std::function<core::Result<QString>(const QString &)> check;
};

core::Result<QString> anyText(const QString &v) { return v.trimmed(); }

template<typename T>
Entry entry(const core::Setting<T> &s, std::function<QString()> label,
    std::function<core::Result<QString>(const QString &)> check = anyText)
{
    return { s.key, core::ShopSettings::toText(s.fallback), std::move(label), std::move(check) };
}

core::Result<QString> oneOf(const QString &v, const QStringList &allowed)
{
    if (allowed.contains(v.trimmed()))
        return v.trimmed();
    return core::Error { SettingsCommand::tr("“%1” is not one of: %2.").arg(v, allowed.join(QStringLiteral(", "))) };
}

core::Result<QString> flag(const QString &v)
{
    const QString t = v.trimmed().toLower();
    if (QStringList { QStringLiteral("1"), QStringLiteral("true"), QStringLiteral("yes"), QStringLiteral("on"),
            QString::fromUtf8("是") }
            .contains(t))
        return QStringLiteral("1");
    if (QStringList { QStringLiteral("0"), QStringLiteral("false"), QStringLiteral("no"), QStringLiteral("off"),
            QString::fromUtf8("否") }
            .contains(t))
        return QStringLiteral("0");
    return core::Error { SettingsCommand::tr("“%1” is not yes or no (1/0, true/false).").arg(v) };
}

/// A share of sales written as 0.2 or 20%, from 0 to `max`; empty when it is not one.
std::optional<double> share(const QString &v, double max)
{
    bool ok = false;
    QString t = v.trimmed();
    const bool percent = t.endsWith(QLatin1Char('%'));
    if (percent)
        t.chop(1);
    double m = t.toDouble(&ok);
    if (ok && percent)
        m /= 100.0;
    if (!ok || !(m >= 0.0 && m <= max))
        return std::nullopt;
    return m;
}

core::Result<QString> margin(const QString &v)
{
    const auto m = share(v, 0.95);
    if (!m)
        return core::Error {
            SettingsCommand::tr("The margin must be between 0 and 0.95 (or 0% and 95%), not “%1”.").arg(v)
        };
    return QString::number(*m, 'g', 12);
}

core::Result<QString> reasonList(const QString &v)
{
    QStringList out;
    for (const QString &part : v.split(QLatin1Char(','))) {
        const QString t = part.trimmed();
        if (t.isEmpty())
            return core::Error {
                SettingsCommand::tr("“%1” has an empty reason; separate reasons by single commas.").arg(v)
            };
        if (out.contains(t))
            return core::Error { SettingsCommand::tr("The reason “%1” is on the list twice.").arg(t) };
        out << t;
    }
    return out.join(QLatin1Char(','));
}

core::Result<QString> fee(const QString &v)
{
    const auto m = share(v, 0.5);
    if (!m)
        return core::Error {
            SettingsCommand::tr("The platform fee must be between 0 and 0.5 (or 0% and 50%), not “%1”.").arg(v)
        };
    return QString::number(*m, 'g', 12);
}

QList<Entry> catalog()
{
    using S = core::ShopSettings;
    using shipping::CourierRules;
    return {
        entry(S::kShopName, [] { return SettingsCommand::tr("Shop name"); }),
        entry(
            S::kPlatform, [] { return SettingsCommand::tr("Platform (taobao, tmall or jd)"); },
            [](const QString &v) { return oneOf(v, S::platforms()); }),
        entry(S::kSenderName, [] { return SettingsCommand::tr("Sender name on waybills"); }),
        entry(S::kSenderPhone, [] { return SettingsCommand::tr("Sender phone"); }),
        entry(S::kSenderAddress, [] { return SettingsCommand::tr("Sender address"); }),
        entry(S::kReturnRecipient, [] { return SettingsCommand::tr("Return recipient"); }),
        entry(S::kReturnPhone, [] { return SettingsCommand::tr("Return phone"); }),
        entry(S::kReturnAddress, [] { return SettingsCommand::tr("Return address ({退货地址} in replies)"); }),
        entry(S::kBankAccount, [] { return SettingsCommand::tr("Bank account text"); }),
        entry(S::kPromotion, [] { return SettingsCommand::tr("Current promotion ({promotion} in replies)"); }),
        entry(S::kStaff, [] { return SettingsCommand::tr("Staff, separated by commas"); }),
        entry(
            CourierRules::kDefaultCourierSetting, [] { return SettingsCommand::tr("Default courier"); },
            [](const QString &v) { return oneOf(v.trimmed().toUpper(), shipping::Couriers::codes()); }),
        entry(
            CourierRules::kMaskPhoneSetting,
            [] { return SettingsCommand::tr("Privacy waybills: buyers' phones printed with hidden digits"); }, flag),
        entry(CourierRules::kEmsProvincesSetting,
            [] { return SettingsCommand::tr("Provinces sent by EMS, separated by commas"); }),
        entry(
            kpi::kMarginSetting, [] { return SettingsCommand::tr("Gross margin for traffic value (0.21 or 21%)"); },
            margin),
        entry(
            kpi::kPlatformFeeSetting, [] { return SettingsCommand::tr("Platform fee, a share of sales (0.05 or 5%)"); },
            fee),
        entry(
            core::ShopSettings::kMaxLineMoney,
            [] { return SettingsCommand::tr("Largest amount one imported line may hold, in yuan"); },
            [](const QString &v) -> core::Result<QString> {
                bool ok = false;
                const qint64 yuan = v.trimmed().remove(QLatin1Char(',')).toLongLong(&ok);
                if (!ok || yuan < 1 || yuan > core::ShopSettings::kMaxLineMoneyCeiling)
                    return core::Error { SettingsCommand::tr("“%1” is not a whole number of yuan from 1 to "
                                                             "1,000,000,000.")
                                             .arg(v) };
                return QString::number(yuan);
            }),
        entry(service::BuyerListsRepository::kRestockReplySetting,
            [] { return SettingsCommand::tr("Quick reply for buyers waiting for a restock"); }),
        entry(service::BuyerListsRepository::kPaymentReplySetting,
            [] { return SettingsCommand::tr("Quick reply for unpaid orders"); }),
        entry(service::BuyerListsRepository::kCannotShipReplySetting,
            [] { return SettingsCommand::tr("Quick reply for orders that cannot ship"); }),
        entry(core::AutoBackup::kFolder,
            [] { return SettingsCommand::tr("Folder of the automatic daily backups (empty: beside the shop file)"); }),
        entry(
            core::Members::kMaskPhoneSetting,
            [] { return SettingsCommand::tr("Buyers' phones shown with hidden digits on screen"); }, flag),
        entry(
            service::Revisits::kDaysSetting,
            [] { return SettingsCommand::tr("Days after dispatch for a revisit (回访)"); },
            [](const QString &v) -> core::Result<QString> {
                bool ok = false;
                const int days = v.trimmed().toInt(&ok);
                if (!ok || days < 1 || days > 90)
                    return core::Error { SettingsCommand::tr("“%1” is not a number of days from 1 to 90.").arg(v) };
                return QString::number(days);
            }),
        entry(service::Revisits::kReplySetting, [] { return SettingsCommand::tr("Quick reply for revisits (回访)"); }),
        entry(
            aftersale::kReasonsSetting, [] { return SettingsCommand::tr("After-sale reasons, separated by commas"); },
            reasonList),
    };
}

std::optional<Entry> find(const QString &key)
{
    for (const Entry &e : catalog())
        if (e.key == key)
            return e;
    return std::nullopt;
}

CliOutcome unknownKey(const QString &key)
{
    QStringList keys;
    for (const Entry &e : catalog())
        keys << e.key;
    return CliOutcome::failure(SettingsCommand::tr("There is no setting “%1”. The settings are: %2.")
                                   .arg(key, keys.join(QStringLiteral(", "))),
        2);
}

QString shownValue(const core::ShopSettings &s, const Entry &e)
{
    const QString stored = s.value(e.key);
    return stored.isEmpty() && !e.fallback.isEmpty() ? e.fallback : stored;
}

} // namespace

core::CliCommand SettingsCommand::command()
{
    return { QStringLiteral("settings"), QStringLiteral("settings list | settings get KEY | settings set KEY VALUE"),
        [] {
            return tr("The shop's own data and rules (sender, return address, couriers, margin…), as in File → Shop "
                      "settings….");
        },
        [](const CliInvocation &in) {
            return core::runVerb(in, QStringLiteral("settings"),
                { { QStringLiteral("list"), &SettingsCommand::list }, { QStringLiteral("get"), &SettingsCommand::get },
                    { QStringLiteral("set"), &SettingsCommand::set } });
        } };
}

CliOutcome SettingsCommand::list(const CliInvocation &in)
{
    if (!in.args.isEmpty())
        return CliOutcome::failure(tr("settings list takes no arguments."), 2);
    auto db = in.openShop();
    if (!db)
        return CliOutcome::failure(db.errorMessage());
    const core::ShopSettings s(**db);
    QJsonArray rows;
    QStringList lines;
    for (const Entry &e : catalog()) {
        const QString value = shownValue(s, e);
        rows.append(QJsonObject { { QStringLiteral("key"), e.key }, { QStringLiteral("value"), value },
            { QStringLiteral("label"), e.label() } });
        lines << QStringLiteral("%1 = %2    # %3").arg(e.key, value, e.label());
    }
    return CliOutcome::success({ { QStringLiteral("settings"), rows } }, lines.join(QLatin1Char('\n')));
}

CliOutcome SettingsCommand::get(const CliInvocation &in)
{
    if (in.args.size() != 1)
        return CliOutcome::failure(tr("settings get needs one key, e.g. settings get shop.sender_name."), 2);
    const auto e = find(in.args.first());
    if (!e)
        return unknownKey(in.args.first());
    auto db = in.openShop();
    if (!db)
        return CliOutcome::failure(db.errorMessage());
    const QString value = shownValue(core::ShopSettings(**db), *e);
    return CliOutcome::success({ { QStringLiteral("key"), e->key }, { QStringLiteral("value"), value } }, value);
}

CliOutcome SettingsCommand::set(const CliInvocation &in)
{
    if (in.args.size() != 2)
        return CliOutcome::failure(
            tr("settings set needs a key and a value, e.g. settings set shop.sender_phone 13800138000."), 2);
    const auto e = find(in.args.first());
    if (!e)
        return unknownKey(in.args.first());
    const auto stored = e->check(in.args.at(1));
    if (!stored)
        return CliOutcome::failure(tr("%1: %2").arg(e->key, stored.errorMessage()));
    auto db = in.openShop();
    if (!db)
        return CliOutcome::failure(db.errorMessage());
    core::ShopSettings::Batch batch;
    batch.setText(e->key, *stored);
    if (core::Status s = core::ShopSettings(**db).apply(batch); !s)
        return CliOutcome::failure(s.errorMessage());
    return CliOutcome::success({ { QStringLiteral("key"), e->key }, { QStringLiteral("value"), *stored } },
        tr("%1 is now “%2”.").arg(e->key, *stored));
}

} // namespace shopdesk::cli
