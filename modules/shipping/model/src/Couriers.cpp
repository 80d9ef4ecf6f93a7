#include "shopdesk/shipping/Couriers.h"

#include <shopdesk/core/Csv.h>
#include <shopdesk/core/OrderRepository.h>
#include <shopdesk/core/Parse.h>
#include <shopdesk/core/Transaction.h>
#include <shopdesk/core/Vocabulary.h>

#include <QFile>
#include <QRegularExpression>

#include <mutex>

namespace shopdesk::shipping {

using core::Error;
using core::Money;
using core::Result;

QStringList CourierRules::defaultEmsProvinces()
{
    return { QString::fromUtf8("新疆维吾尔自治区"), QString::fromUtf8("西藏自治区"), QString::fromUtf8("青海省"),
        QString::fromUtf8("内蒙古自治区"), QString::fromUtf8("宁夏回族自治区"), QString::fromUtf8("甘肃省") };
}

CourierRules CourierRules::load(const core::Database &db)
{
    core::ShopSettings settings(db);
    CourierRules r;
    r.defaultCourier = settings.get(kDefaultCourierSetting);
    r.emsProvinces = settings.get(kEmsProvincesSetting);
    r.maskPhone = settings.get(kMaskPhoneSetting);
    return r;
}

core::Status CourierRules::save(const core::Database &db) const
{
    core::Transaction tx(db);
    if (!tx.isActive())
        return tx.beginStatus();
    core::ShopSettings settings(db);
    if (core::Status s = settings.set(kDefaultCourierSetting, defaultCourier); !s)
        return s;
    if (core::Status s = settings.set(kEmsProvincesSetting, emsProvinces); !s)
        return s;
    if (core::Status s = settings.set(kMaskPhoneSetting, maskPhone); !s)
        return s;
    return tx.commit();
}

namespace {

// What a request's word match counts as part of a word beside SF or YTO (after ASCII upper-casing).
bool inWord(char16_t c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_';
}

char16_t upperAscii(char16_t c) { return c >= u'a' && c <= u'z' ? char16_t(c - u'a' + u'A') : c; }

} // namespace

namespace {

// Whether `word` stands at `at` in `asked` as a word (asksFor).
bool wordAt(const QString &asked, qsizetype at, QLatin1StringView word)
{
    const qsizetype n = asked.size(), w = word.size();
    if (at + w > n)
        return false;
    for (qsizetype k = 0; k < w; ++k)
        if (upperAscii(asked.at(at + k).unicode()) != char16_t(word.at(k).unicode()))
            return false;
    const char16_t before = at == 0 ? u' ' : asked.at(at - 1).unicode();
    const char16_t after = at + w == n ? u' ' : asked.at(at + w).unicode();
    return !inWord(before) && !inWord(after);
}

// Whether the courier named at `at` is turned down there: 不要SF, 别发顺丰.
bool declined(const QString &asked, qsizetype at)
{
    static const QStringList no = { QString::fromUtf8("不要"), QString::fromUtf8("不发"), QString::fromUtf8("别发"),
        QString::fromUtf8("不用"), QString::fromUtf8("别用"), QString::fromUtf8("不走"), QString::fromUtf8("别走") };
    for (const QString &n : no)
        if (at >= n.size() && QStringView(asked).mid(at - n.size(), n.size()) == n)
            return true;
    return false;
}

// Whether `asked` asks for the courier called `name` in Chinese and `word` in English, anywhere
// it is not turned down.
bool asks(const QString &asked, const QString &name, QLatin1StringView word)
{
    for (qsizetype at = asked.indexOf(name); at >= 0; at = asked.indexOf(name, at + 1))
        if (!declined(asked, at))
            return true;
    for (qsizetype at = 0; at + word.size() <= asked.size(); ++at)
        if (wordAt(asked, at, word) && !declined(asked, at))
            return true;
    return false;
}

} // namespace

bool CourierRules::asksFor(const QString &asked, QLatin1StringView word)
{
    for (qsizetype at = 0; at + word.size() <= asked.size(); ++at)
        if (wordAt(asked, at, word))
            return true;
    return false;
}

QString CourierRules::requested(const QString &asked)
{
    if (asks(asked, QString::fromUtf8("顺丰"), QLatin1StringView("SF")))
        return QStringLiteral("SF");
    if (asks(asked, QString::fromUtf8("圆通"), QLatin1StringView("YTO")))
        return QStringLiteral("YTO");
    return {};
}

QString CourierRules::choose(const core::Order &order) const
{
    if (const QString asked = requested(order.buyerMessage + QLatin1Char(' ') + order.sellerNote); !asked.isEmpty())
        return asked;
    for (const QString &p : emsProvinces)
        if (!p.isEmpty()
            && (order.province == p || order.province.startsWith(p) || p.startsWith(order.province.left(2))))
            if (!order.province.isEmpty())
                return QStringLiteral("EMS");
    return defaultCourier;
}

Result<PriceTable> PriceTable::forCourier(const QString &courier)
{
    QFile f(QStringLiteral(":/shopdesk/shipping/prices/%1.csv").arg(courier));
    if (!f.open(QIODevice::ReadOnly))
        return Error { tr("There is no price table for the courier %1.").arg(courier) };
    return fromCsv(f.readAll(), courier + QStringLiteral(".csv"), courier);
}

Result<PriceTable> PriceTable::fromCsv(const QByteArray &bytes, const QString &fileName, const QString &courier)
{
    auto csv = core::CsvFile::parse(bytes, fileName);
    if (!csv)
        return csv.error();
    const int cProvince = csv->column({ QStringLiteral("province"), QString::fromUtf8("省份") });
    const int cFirst = csv->column({ QStringLiteral("first_kg"), QString::fromUtf8("首重") });
    const int cMore = csv->column({ QStringLiteral("additional_kg"), QString::fromUtf8("续重") });
    if (cProvince < 0)
        return csv->missingColumn(QStringLiteral("province"));
    if (cFirst < 0)
        return csv->missingColumn(QStringLiteral("first_kg"));
    if (cMore < 0)
        return csv->missingColumn(QStringLiteral("additional_kg"));
    PriceTable t;
    t.courier = courier;
    for (const core::CsvRecord &r : csv->records) {
        auto first = Money::parse(core::CsvFile::field(r, cFirst));
        if (!first)
            return csv->error(r.line, QStringLiteral("first_kg"), first.errorMessage());
        auto more = Money::parse(core::CsvFile::field(r, cMore));
        if (!more)
            return csv->error(r.line, QStringLiteral("additional_kg"), more.errorMessage());
        t.byProvince.insert(core::CsvFile::field(r, cProvince), { *first, *more });
    }
    return t;
}

Result<Money> PriceTable::estimate(const QString &province, int grams) const
{
    auto it = byProvince.constFind(province);
    if (it == byProvince.cend()) {
        // "北京" in the table also prices "北京市"
        for (auto p = byProvince.cbegin(); p != byProvince.cend(); ++p)
            if (p.key() != QLatin1String("*") && (province.startsWith(p.key()) || p.key().startsWith(province))
                && !province.isEmpty()) {
                it = p;
                break;
            }
    }
    if (it == byProvince.cend())
        it = byProvince.constFind(QStringLiteral("*"));
    if (it == byProvince.cend())
        return Error { tr("The price table of %1 has no price for %2.").arg(Couriers::displayName(courier), province) };
    const int kg = std::max(1, (std::max(0, grams) + 999) / 1000);
    return Money::fromFen(it->first.fen() + qint64(kg - 1) * it->additional.fen());
}

namespace {
struct ShopCourierList {
    std::mutex mutex;
    QList<ShopCourier> couriers;
};
ShopCourierList &shopCourierList()
{
    static ShopCourierList list;
    return list;
}
} // namespace

void Couriers::setShopCouriers(const QList<ShopCourier> &couriers)
{
    ShopCourierList &l = shopCourierList();
    const std::lock_guard lock(l.mutex);
    l.couriers = couriers;
}

std::optional<ShopCourier> Couriers::shopCourier(const QString &code)
{
    ShopCourierList &l = shopCourierList();
    const std::lock_guard lock(l.mutex);
    for (const ShopCourier &c : std::as_const(l.couriers))
        if (c.code == code)
            return c;
    return std::nullopt;
}

QStringList Couriers::codes()
{
    QStringList out = builtInCodes();
    ShopCourierList &l = shopCourierList();
    const std::lock_guard lock(l.mutex);
    for (const ShopCourier &c : std::as_const(l.couriers))
        if (!out.contains(c.code))
            out << c.code;
    return out;
}

QStringList Couriers::builtInCodes()
{
    return { QStringLiteral("STO"), QStringLiteral("YTO"), QStringLiteral("ZTO"), QStringLiteral("YD"),
        QStringLiteral("SF"), QStringLiteral("EMS"), QStringLiteral("JT"), QStringLiteral("JD"), QStringLiteral("DBL"),
        QStringLiteral("YZPY") };
}

QString Couriers::displayName(const QString &code)
{
    if (!builtInCodes().contains(code))
        if (auto own = shopCourier(code))
            return own->name;
    return core::Vocabulary::courier(code);
}

bool Couriers::validTracking(const QString &courier, const QString &trackingNo)
{
    static const QHash<QString, QRegularExpression> formats = {
        { QStringLiteral("STO"), QRegularExpression(QStringLiteral("^\\d{12,15}$")) },
        { QStringLiteral("YTO"), QRegularExpression(QStringLiteral("^YT\\d{13}$")) },
        { QStringLiteral("ZTO"), QRegularExpression(QStringLiteral("^\\d{12,14}$")) },
        { QStringLiteral("YD"), QRegularExpression(QStringLiteral("^\\d{13,15}$")) },
        { QStringLiteral("SF"), QRegularExpression(QStringLiteral("^SF\\d{12,13}$")) },
        { QStringLiteral("EMS"), QRegularExpression(QStringLiteral("^(\\d{13}|[A-Z]{2}\\d{9}CN)$")) },
        // 极兔: JT and 13 digits (JT5012345678901).
        { QStringLiteral("JT"), QRegularExpression(QStringLiteral("^JT\\d{13}$")) },
        // 京东: JD, one or two capital letters (JDV, JDX, JDK, JDVA, JDAZ …) and digits, 15 characters.
        { QStringLiteral("JD"), QRegularExpression(QStringLiteral("^(?=.{15}$)JD[A-Z]{1,2}\\d{11,12}$")) },
        // 德邦: DPK and 12 digits, or the older 10 to 12 digits.
        { QStringLiteral("DBL"), QRegularExpression(QStringLiteral("^(DPK\\d{12}|\\d{10,12})$")) },
        // 邮政快递包裹: 13 digits beginning 98 or 99.
        { QStringLiteral("YZPY"), QRegularExpression(QStringLiteral("^9[89]\\d{11}$")) },
    };
    auto it = formats.constFind(courier);
    if (it == formats.cend()) {
        if (auto own = shopCourier(courier); own && !own->trackingPattern.isEmpty()) {
            const QRegularExpression pattern(own->trackingPattern);
            return pattern.isValid() && pattern.match(trackingNo.trimmed()).hasMatch();
        }
        return !trackingNo.trimmed().isEmpty();
    }
    return it->match(trackingNo.trimmed()).hasMatch();
}

QString Couriers::formatHint(const QString &courier)
{
    if (courier == QLatin1String("STO"))
        return tr("an STO tracking number has 12 to 15 digits");
    if (courier == QLatin1String("YTO"))
        return tr("a YTO tracking number is YT and 13 digits");
    if (courier == QLatin1String("ZTO"))
        return tr("a ZTO tracking number has 12 to 14 digits");
    if (courier == QLatin1String("YD"))
        return tr("a Yunda tracking number has 13 to 15 digits");
    if (courier == QLatin1String("SF"))
        return tr("an SF tracking number is SF and 12 or 13 digits");
    if (courier == QLatin1String("EMS"))
        return tr("an EMS tracking number has 13 digits or the form EA123456789CN");
    if (courier == QLatin1String("JT"))
        return tr("a J&T tracking number is JT and 13 digits");
    if (courier == QLatin1String("JD"))
        return tr("a JD tracking number is JD, one or two capital letters and digits, 15 characters in all");
    if (courier == QLatin1String("DBL"))
        return tr("a Deppon tracking number is DPK and 12 digits, or 10 to 12 digits");
    if (courier == QLatin1String("YZPY"))
        return tr("a China Post parcel tracking number has 13 digits beginning with 98 or 99");
    if (auto own = shopCourier(courier); own && !own->trackingPattern.isEmpty())
        return tr("a %1 tracking number has the form the shop gave it (%2)").arg(own->name, own->trackingPattern);
    return tr("the tracking number must not be empty");
}

QString Couriers::claimKindName(const QString &kind)
{
    if (kind == QLatin1String("lost"))
        return tr("Lost");
    if (kind == QLatin1String("damaged"))
        return tr("Damaged");
    if (kind == QLatin1String("undeliverable"))
        return tr("Undeliverable");
    if (kind == QLatin1String("refused"))
        return tr("Refused");
    return tr("Other");
}

Result<QList<BillMismatch>> Couriers::checkBill(const QString &billPath, const PriceTable &table,
    const std::function<QString(const QString &)> &provinceOf, QList<BillMismatch> *everyLine)
{
    auto csv = core::CsvFile::read(billPath);
    if (!csv)
        return csv.error();
    const int cT
        = csv->column({ QStringLiteral("tracking"), QString::fromUtf8("运单号"), QString::fromUtf8("物流单号") });
    const int cW = csv->column({ QStringLiteral("weight"), QString::fromUtf8("重量") });
    const int cF = csv->column({ QStringLiteral("fee"), QString::fromUtf8("运费"), QString::fromUtf8("金额") });
    if (cT < 0)
        return csv->missingColumn(QStringLiteral("tracking"));
    if (cW < 0)
        return csv->missingColumn(QStringLiteral("weight"));
    if (cF < 0)
        return csv->missingColumn(QStringLiteral("fee"));
    QList<BillMismatch> out;
    for (const core::CsvRecord &r : csv->records) {
        const QString t = core::CsvFile::field(r, cT);
        // A parcel of 0 to 1,000 kg: NaN, infinity, 1e20 or twenty digits are a damaged cell.
        const auto weight = core::Parse::decimal(core::CsvFile::field(r, cW), 1000.0);
        if (!weight)
            return csv->error(r.line, QStringLiteral("weight"),
                tr("“%1” is not a weight in kg from 0 to 1,000.").arg(core::CsvFile::field(r, cW)));
        const double kg = *weight;
        auto fee = Money::parse(core::CsvFile::field(r, cF));
        if (!fee)
            return csv->error(r.line, QStringLiteral("fee"), fee.errorMessage());
        if (fee->fen() < 0)
            return csv->error(r.line, QStringLiteral("fee"),
                tr("“%1” is a negative fee; a bill charges 0 or more.").arg(core::CsvFile::field(r, cF)));
        if (fee->fen() > core::Parse::kMaxLineMoneyFen)
            return csv->error(r.line, QStringLiteral("fee"), core::Parse::tooMuchMoney(core::CsvFile::field(r, cF)));
        BillMismatch m { r.line, t, {}, *fee, {} };
        const QString province = provinceOf(t);
        if (province.isEmpty()) {
            m.problem = tr("no shipped order has this tracking number");
            out.append(m);
            if (everyLine)
                everyLine->append(m);
            continue;
        }
        auto expected = table.estimate(province, int(std::lround(kg * 1000)));
        if (!expected)
            return expected.error();
        m.expected = *expected;
        if (m.expected.fen() != m.billed.fen()) {
            m.problem = tr("billed %1, the price table gives %2")
                            .arg(m.billed.toDisplayString(), m.expected.toDisplayString());
            out.append(m);
        }
        if (everyLine)
            everyLine->append(m);
    }
    return out;
}

Result<QList<std::pair<QString, QString>>> Couriers::readTrackingList(const QString &path, QList<int> *lines)
{
    auto csv = core::CsvFile::read(path);
    if (!csv)
        return csv.error();
    const int cO = csv->column({ QStringLiteral("order"), QString::fromUtf8("订单编号") });
    const int cT
        = csv->column({ QStringLiteral("tracking"), QString::fromUtf8("物流单号"), QString::fromUtf8("运单号") });
    if (cO < 0)
        return csv->missingColumn(QStringLiteral("order"));
    if (cT < 0)
        return csv->missingColumn(QStringLiteral("tracking"));
    QList<std::pair<QString, QString>> out;
    // One order, one number: the same pair twice is harmless, two numbers for one order are refused.
    QHash<QString, std::pair<QString, int>> seen;
    for (const core::CsvRecord &r : csv->records) {
        const QString o = core::CsvFile::field(r, cO), t = core::CsvFile::field(r, cT);
        if (o.isEmpty())
            return csv->error(r.line, QStringLiteral("order"), tr("the order number is empty."));
        if (t.isEmpty())
            return csv->error(r.line, QStringLiteral("tracking"), tr("the tracking number is empty."));
        if (auto it = seen.constFind(o); it != seen.cend()) {
            if (it->first != t)
                return csv->error(r.line, QStringLiteral("tracking"),
                    tr("the order %1 already has the tracking number %2 on line %3; one order takes one number.")
                        .arg(o, it->first)
                        .arg(it->second));
            continue;
        }
        seen.insert(o, { t, r.line });
        out.append({ o, t });
        if (lines)
            lines->append(r.line);
    }
    return out;
}

} // namespace shopdesk::shipping
