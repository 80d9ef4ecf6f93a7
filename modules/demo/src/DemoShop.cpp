#include "shopdesk/demo/DemoShop.h"

#include "DemoData.h"

#include <shopdesk/core/Database.h>
#include <shopdesk/core/Ean13.h>
#include <shopdesk/core/ItemRepository.h>
#include <shopdesk/core/OrderRepository.h>
#include <shopdesk/core/StockLedger.h>
#include <shopdesk/core/Transaction.h>
#include <shopdesk/inventory/ReceivingRepository.h>
#include <shopdesk/kpi/KpiRepository.h>
#include <shopdesk/service/ReplyRepository.h>

#include <QHash>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace shopdesk::demo {

using core::Error;
using core::Money;

namespace {

QString u8(const char *s) { return QString::fromUtf8(s); }

QStringList splitBar(const char *s) { return u8(s).split(QLatin1Char('|'), Qt::SkipEmptyParts); }

struct DemoSku {
    qint64 id;
    int item; // index into the item table
    QString code, color, size;
    Money price;
};

class Generator {
public:
    Generator(const core::Database &db, const DemoOptions &o)
        : mDb(db)
        , mOpt(o)
        , mRng(o.seed)
    {
    }

    core::Result<DemoSummary> run();

private:
    int pick(int n) { return int(mRng.bounded(n)); }
    double uniform(double lo, double hi) { return lo + mRng.generateDouble() * (hi - lo); }
    template<typename T>
    const T &pickFrom(std::span<const T> list)
    {
        return list[size_t(pick(int(list.size())))];
    }
    QString digits(int n)
    {
        QString s;
        for (int i = 0; i < n; ++i)
            s += QChar(u'0' + pick(10));
        return s;
    }
    QString personName() { return u8(pickFrom(data::surnames())) + u8(pickFrom(data::givenNames())); }
    QString mobile()
    {
        static const char *const prefixes[]
            = { "135", "136", "138", "139", "150", "151", "158", "186", "187", "188", "177", "199" };
        return QString::fromLatin1(prefixes[pick(12)]) + digits(8);
    }
    QString trackingNo(const QString &courier)
    {
        if (courier == QLatin1String("SF"))
            return QStringLiteral("SF") + digits(13);
        if (courier == QLatin1String("YTO"))
            return QStringLiteral("YT") + digits(13);
        if (courier == QLatin1String("EMS"))
            return QStringLiteral("98") + digits(11);
        return QStringLiteral("77") + digits(12); // STO
    }

    core::Status settings();
    core::Status suppliers();
    core::Status items();
    core::Status receiving();
    core::Status orders();
    core::Status kpis();
    core::Status replies();

    const core::Database &mDb;
    DemoOptions mOpt;
    QRandomGenerator mRng;
    DemoSummary mSummary;
    QHash<QString, qint64> mSupplierByCategory;
    QList<qint64> mSupplierIds;
    QList<DemoSku> mSkus;
    QList<QList<int>> mSkusOfItem;
    QStringList mItemTitles;
    /// The template of item `n` (the demo's 46 repeated for a big shop).
    const data::ItemTemplate &tmpl(int n) const
    {
        const auto templates = data::items();
        return templates[size_t(n) % templates.size()];
    }
    int itemCount() const { return std::max(mOpt.items, int(data::items().size())); }
    bool big() const { return mOpt.items > 0 || mOpt.ordersPerDay > 0; }
    /// Posts one receiving note on `day` bringing each SKU back to its opening stock.
    core::Status restock(QDate day, int seq);
    QHash<qint64, qint64> mPar; // a big shop's opening stock per SKU, restocked to every week
    QHash<qint64, qint64> mStock; // simulated on-hand while orders are drawn
    struct DayTotals {
        qint64 buyers = 0, units = 0;
        qint64 salesFen = 0;
    };
    QHash<QDate, DayTotals> mDays;
};

core::Result<DemoSummary> Generator::run()
{
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus().error();
    auto count = core::ItemRepository(mDb).itemCount();
    if (!count)
        return count.error();
    if (*count > 0)
        return Error { DemoShop::tr(
            "This shop already holds %n item(s); the demo is only added to a new, empty shop.", nullptr, *count) };
    for (auto step : { &Generator::settings, &Generator::suppliers, &Generator::items, &Generator::receiving,
             &Generator::orders, &Generator::kpis, &Generator::replies }) {
        if (core::Status s = (this->*step)(); !s)
            return s.error();
    }
    if (core::Status s = tx.commit(); !s)
        return s.error();
    return mSummary;
}

core::Status Generator::settings()
{
    core::ShopSettings s(mDb);
    const std::pair<QString, QString> values[] = {
        { core::ShopSettings::kShopName, u8("衣橱小铺 ShopDesk 演示店") },
        { core::ShopSettings::kSenderName, u8("衣橱小铺") },
        { core::ShopSettings::kSenderPhone, QStringLiteral("13800571234") },
        { core::ShopSettings::kSenderAddress, u8("浙江省 杭州市 余杭区 良渚街道 物流园路18号 3号仓") },
        { core::ShopSettings::kReturnAddress,
            u8("浙江省杭州市余杭区良渚街道物流园路18号3号仓 衣橱小铺售后 13800571234 邮编311113") },
        { core::ShopSettings::kBankAccount, u8("中国工商银行 杭州余杭支行 6222 0212 0800 1234 567 户名：王晓敏") },
        { core::ShopSettings::kPromotion, u8("双12年终狂欢：全场满199减30") },
    };
    for (const auto &[name, value] : values)
        if (core::Status st = s.setValue(name, value); !st)
            return st;
    return {};
}

core::Status Generator::suppliers()
{
    core::SupplierRepository repo(mDb);
    for (const data::SupplierTemplate &t : data::suppliers()) {
        auto id = repo.add({ 0, u8(t.name), u8(t.contact), QString::fromLatin1(t.phone), u8(t.city), {} });
        if (!id)
            return id.status();
        mSupplierIds << *id;
        for (const QString &cat : splitBar(t.categories))
            if (!mSupplierByCategory.contains(cat))
                mSupplierByCategory.insert(cat, *id);
        ++mSummary.suppliers;
    }
    return {};
}

core::Status Generator::items()
{
    core::ItemRepository repo(mDb);
    const size_t count = size_t(itemCount());
    const size_t demoItems = data::items().size();
    qint64 serial = 1;
    const QDateTime cycleBase(mOpt.lastDay.addDays(-6), QTime(9, 0));
    for (size_t n = 0; n < count; ++n) {
        const data::ItemTemplate &t = tmpl(int(n));
        const int style = int(n / demoItems) + 1; // 1 for the demo's own items
        core::Item item;
        item.code
            = style == 1 ? QString::fromLatin1(t.code) : QStringLiteral("%1-%2").arg(QLatin1String(t.code)).arg(style);
        item.title = style == 1 ? u8(t.title) : QStringLiteral("%1 %2%3").arg(u8(t.title), u8("款")).arg(style);
        mItemTitles << item.title;
        item.category = QString::fromLatin1(t.category);
        item.role = QString::fromLatin1(t.role);
        item.mainPush = t.mainPush && style == 1;
        item.price = Money::fromFen(t.priceFen);
        item.cost = Money::fromFen(t.costFen);
        item.outOfSeason = t.outOfSeason;
        item.onShelf = !t.outOfSeason;
        item.minStock = t.mainPush ? 30 : 0;
        item.supplierId = mSupplierByCategory.value(item.category, mSupplierIds.value(0));
        item.listedAt = cycleBase.addSecs(qint64(n) * 7 * 24 * 3600 / qint64(count));
        QList<core::Sku> skus;
        for (const QString &color : splitBar(t.colors))
            for (const QString &size : splitBar(t.sizes))
                skus.append({ 0, 0, color, size, core::ean13::inStore(20, serial++), std::nullopt, std::nullopt });
        auto id = repo.addItem(item, skus);
        if (!id)
            return id.status();
        auto stored = repo.skusOf(*id);
        if (!stored)
            return stored.status();
        QList<int> indexes;
        for (const core::Sku &s : *stored) {
            indexes << int(mSkus.size());
            mSkus.append({ s.id, int(n), item.code, s.color, s.size, item.price });
        }
        mSkusOfItem << indexes;
        ++mSummary.items;
        mSummary.skus += int(stored->size());
    }
    return {};
}

core::Status Generator::receiving()
{
    // Opening stock: one posted note per supplier on the first day; a restock of the main items
    // half-way; today's delivery still a draft, waiting to be checked.
    inventory::ReceivingRepository repo(mDb);
    const QDate first = mOpt.lastDay.addDays(-mOpt.days + 1);
    QHash<qint64, inventory::ReceivingNote> opening;
    for (const DemoSku &s : std::as_const(mSkus)) {
        const data::ItemTemplate &t = tmpl(s.item);
        const QString role = QString::fromLatin1(t.role);
        int qty = t.mainPush                    ? 45 + pick(20)
            : role == core::codes::kRoleTraffic ? 20 + pick(15)
            : role == core::codes::kRoleProfit  ? 8 + pick(10)
                                                : 3 + pick(5);
        const qint64 supplier = mSupplierByCategory.value(QString::fromLatin1(t.category), mSupplierIds.value(0));
        inventory::ReceivingNote &note = opening[supplier];
        note.supplierId = supplier;
        note.lines.append({ s.id, qty, Money::fromFen(t.costFen) });
        mPar.insert(s.id, qty);
    }
    int seq = 1;
    auto postNote = [&](inventory::ReceivingNote note, QDate day, bool post) -> core::Status {
        note.noteNo = QStringLiteral("RK%1-%2")
                          .arg(day.toString(QStringLiteral("yyyyMMdd")))
                          .arg(seq++, 2, 10, QLatin1Char('0'));
        note.receivedOn = day;
        note.actor = mOpt.actor;
        Money total;
        for (const auto &l : note.lines)
            total += l.unitCost * l.quantity;
        note.freight = Money::fromYuan(40 + pick(80));
        note.paid = post ? total + note.freight - Money::fromYuan(pick(3) * 500) : Money();
        auto id = repo.addDraft(note);
        if (!id)
            return id.status();
        if (post) {
            if (core::Status s = repo.post(*id, mOpt.actor, QDateTime(day, QTime(10, 30))); !s)
                return s;
            for (const auto &l : note.lines)
                mStock[l.skuId] += l.quantity;
        }
        return {};
    };
    for (qint64 supplier : std::as_const(mSupplierIds))
        if (opening.contains(supplier))
            if (core::Status s = postNote(opening.value(supplier), first, true); !s)
                return s;
    return {};
}

core::Status Generator::orders()
{
    // Sales weight per item: main-push and traffic items carry the store (80/20).
    QList<double> weights, cumulative;
    double totalWeight = 0;
    for (int n = 0; n < itemCount(); ++n) {
        const data::ItemTemplate &t = tmpl(n);
        const QString role = QString::fromLatin1(t.role);
        double w = t.mainPush && n < int(data::items().size()) ? 14.0
            : role == core::codes::kRoleTraffic                ? 6.0
            : role == core::codes::kRoleProfit                 ? 1.6
                                                               : 0.35;
        if (t.outOfSeason)
            w = 0.0;
        w *= uniform(0.7, 1.3);
        weights << w;
        totalWeight += w;
        cumulative << totalWeight;
    }
    auto pickItem = [&]() {
        double r = uniform(0, totalWeight);
        if (big()) // a binary search over thousands of items; the demo keeps its own walk
            return int(std::min<qsizetype>(
                std::lower_bound(cumulative.cbegin(), cumulative.cend(), r) - cumulative.cbegin(), weights.size() - 1));
        for (int i = 0; i < weights.size(); ++i) {
            if ((r -= weights[i]) <= 0)
                return i;
        }
        return int(weights.size()) - 1;
    };

    core::OrderRepository orders(mDb);
    core::BuyerRepository buyers(mDb);
    core::StockLedger ledger(mDb);
    const auto places = data::places();
    const auto nicks = data::nicknames();
    const QDate first = mOpt.lastDay.addDays(-mOpt.days + 1);
    const QDate restockDay = first.addDays(mOpt.days / 2);
    qint64 orderSerial = 0;

    for (QDate day = first; day <= mOpt.lastDay; day = day.addDays(1)) {
        if (big() && first.daysTo(day) % 7 == 6) {
            // A big shop sells far more than its opening stock: every week, back to it.
            if (core::Status s = restock(day, 2); !s)
                return s;
        }
        if (day == restockDay) {
            // Mid-period restock of main-push items that ran low.
            inventory::ReceivingNote note;
            note.supplierId = mSupplierIds.value(0);
            for (const DemoSku &s : std::as_const(mSkus)) {
                const data::ItemTemplate &t = tmpl(s.item);
                if (t.mainPush && mStock.value(s.id) < 15)
                    note.lines.append({ s.id, 30, Money::fromFen(t.costFen) });
            }
            if (!note.lines.isEmpty()) {
                note.supplierId
                    = mSupplierByCategory.value(QString::fromLatin1(tmpl(mSkus[0].item).category), note.supplierId);
                note.noteNo = QStringLiteral("RK%1-01").arg(day.toString(QStringLiteral("yyyyMMdd")));
                note.receivedOn = day;
                note.actor = mOpt.actor;
                note.freight = Money::fromYuan(60);
                inventory::ReceivingRepository repo(mDb);
                auto id = repo.addDraft(note);
                if (!id)
                    return id.status();
                if (core::Status s = repo.post(*id, mOpt.actor, QDateTime(day, QTime(10, 0))); !s)
                    return s;
                for (const auto &l : note.lines)
                    mStock[l.skuId] += l.quantity;
            }
        }
        const int age = int(day.daysTo(mOpt.lastDay));
        const bool weekend = day.dayOfWeek() >= 6;
        const int count = mOpt.ordersPerDay > 0 ? mOpt.ordersPerDay * 4 / 5 + pick(mOpt.ordersPerDay * 2 / 5 + 1)
                                                : 16 + pick(12) + (weekend ? 6 : 0) + (mOpt.days - age) / 12;
        for (int n = 0; n < count; ++n) {
            core::Order o;
            const QTime created(8 + pick(15), pick(60), pick(60));
            o.createdAt = QDateTime(day, created);
            o.orderNo = QStringLiteral("3%1%2")
                            .arg(day.toString(QStringLiteral("yyMMdd")))
                            .arg(++orderSerial * 1000 + pick(1000), 11, 10, QLatin1Char('0'));
            o.platform = pick(10) < 7 ? QStringLiteral("taobao") : QStringLiteral("tmall");
            const QString nick
                = pick(3) == 0 ? u8(nicks[size_t(pick(int(nicks.size())))]) : QStringLiteral("tb%1").arg(digits(9));
            auto buyer = buyers.ensure({ 0, nick, {}, {}, {} });
            if (!buyer)
                return buyer.status();
            o.buyerId = *buyer;
            const data::Place &place = places[size_t(pick(int(places.size())))];
            o.receiverName = personName();
            o.receiverPhone = mobile();
            o.province = u8(place.province);
            o.city = u8(place.city);
            o.district = u8(place.district);
            o.address = u8(data::streets()[size_t(pick(int(data::streets().size())))]);
            o.postcode = QString::fromLatin1(place.postcode);

            const int lineCount = big() ? 1 + pick(2) : pick(10) < 8 ? 1 : 2;
            for (int l = 0; l < lineCount; ++l) {
                const int item = pickItem();
                const QList<int> &options = mSkusOfItem[item];
                const DemoSku *sku = nullptr;
                for (int tries = 0; tries < 6 && !sku; ++tries) {
                    const DemoSku &candidate = mSkus[options[pick(int(options.size()))]];
                    if (mStock.value(candidate.id) > 0)
                        sku = &candidate;
                }
                if (!sku)
                    continue; // sold out: the buyer went elsewhere
                const int qty = mStock.value(sku->id) > 1 && pick(8) == 0 ? 2 : 1;
                core::OrderLine line;
                line.skuId = sku->id;
                line.title = mItemTitles[item];
                line.attributes = QStringLiteral("%1%2;%3%4").arg(u8("颜色分类:"), sku->color, u8("尺码:"), sku->size);
                line.merchantCode = sku->code;
                line.quantity = qty;
                line.price = sku->price;
                o.lines << line;
                o.total += sku->price * qty;
                mStock[sku->id] -= qty;
            }
            if (o.lines.isEmpty())
                continue;

            // Status by age: today's orders wait for dispatch, older ones are shipped or done.
            const int roll = pick(100);
            if (roll < 3) {
                o.status = core::codes::kOrderClosed; // never paid
            } else if (age == 0 && roll < 8) {
                o.status = core::codes::kOrderUnpaid;
            } else {
                o.paidAt = o.createdAt.addSecs(30 + pick(600));
                if (age == 0 || (age == 1 && created.hour() >= 16)) {
                    o.status = core::codes::kOrderPaid;
                } else {
                    o.status = age > 10 ? core::codes::kOrderFinished : core::codes::kOrderShipped;
                    o.courier = place.remote ? QStringLiteral("EMS") : QStringLiteral("STO");
                    if (!place.remote && pick(12) == 0) {
                        o.courier = pick(2) ? QStringLiteral("SF") : QStringLiteral("YTO");
                        o.buyerMessage
                            = o.courier == QLatin1String("SF") ? u8("麻烦发顺丰，运费差价已补") : u8("请发圆通，谢谢");
                        o.flag = QStringLiteral("red");
                        o.sellerNote = u8("买家要求改快递");
                    }
                    const QDate shipDay = created.hour() < 16 ? day : day.addDays(1);
                    o.shippedAt = QDateTime(shipDay, QTime(17, pick(50)));
                    o.trackingNo = trackingNo(o.courier);
                }
            }
            if (o.status == core::codes::kOrderClosed || o.status == core::codes::kOrderUnpaid) {
                for (const core::OrderLine &l : std::as_const(o.lines))
                    mStock[*l.skuId] += l.quantity; // nothing left the shelf
            }
            if (o.buyerMessage.isEmpty() && pick(15) == 0)
                o.buyerMessage = u8("尺码拿不准，按常规码发就行");
            // About one order in ten waiting for dispatch cannot go yet (a faulty piece to replace): the
            // warehouse flags it yellow and customer service tells the buyer. Chosen by its number, so
            // the rest of the shop comes out as before.
            if (o.status == core::codes::kOrderPaid && o.flag.isEmpty() && o.orderNo.endsWith(QLatin1Char('3'))) {
                o.flag = QStringLiteral("yellow");
                o.sellerNote = u8("仓库：次品待换，暂不能发");
            }
            auto id = orders.addOrder(o);
            if (!id)
                return id.status();
            ++mSummary.orders;
            mSummary.orderLines += int(o.lines.size());
            if (o.paidAt.isValid()) {
                DayTotals &t = mDays[day];
                ++t.buyers;
                t.salesFen += o.total.fen();
                for (const core::OrderLine &l : std::as_const(o.lines))
                    t.units += l.quantity;
            }
            if (o.shippedAt.isValid()) {
                QList<core::StockMove> out;
                for (const core::OrderLine &l : std::as_const(o.lines))
                    out.append({ 0, *l.skuId, core::codes::kMoveShip, -l.quantity, o.trackingNo, mOpt.actor,
                        QStringLiteral("%1 %2").arg(o.orderNo, o.courier), o.shippedAt, std::nullopt });
                if (auto booked = ledger.bookAll(out); !booked)
                    return booked.status();
            }
        }
    }
    return {};
}

core::Status Generator::restock(QDate day, int seq)
{
    inventory::ReceivingNote note;
    note.supplierId = mSupplierIds.value(0);
    for (const DemoSku &s : std::as_const(mSkus))
        if (const qint64 short_ = mPar.value(s.id) - mStock.value(s.id); short_ > 0)
            note.lines.append({ s.id, int(short_), Money::fromFen(tmpl(s.item).costFen) });
    if (note.lines.isEmpty())
        return {};
    note.noteNo
        = QStringLiteral("RK%1-%2").arg(day.toString(QStringLiteral("yyyyMMdd"))).arg(seq, 2, 10, QLatin1Char('0'));
    note.receivedOn = day;
    note.actor = mOpt.actor;
    note.freight = Money::fromYuan(60);
    inventory::ReceivingRepository repo(mDb);
    auto id = repo.addDraft(note);
    if (!id)
        return id.status();
    if (core::Status s = repo.post(*id, mOpt.actor, QDateTime(day, QTime(9, 30))); !s)
        return s;
    for (const auto &l : note.lines)
        mStock[l.skuId] += l.quantity;
    return {};
}

core::Status Generator::kpis()
{
    kpi::KpiRepository repo(mDb);
    const QDate first = mOpt.lastDay.addDays(-mOpt.days + 1);
    for (QDate day = first; day <= mOpt.lastDay; day = day.addDays(1)) {
        const DayTotals t = mDays.value(day);
        kpi::DailyKpi k;
        k.day = day;
        k.paidBuyers = t.buyers;
        k.units = t.units;
        k.sales = Money::fromFen(t.salesFen);
        const double conversion = uniform(0.022, 0.040);
        k.uv = std::max<qint64>(t.buyers, qint64(std::llround(double(t.buyers) / conversion)));
        k.pv = qint64(std::llround(double(k.uv) * uniform(2.3, 3.9)));
        k.paidUv = qint64(std::llround(double(k.uv) * uniform(0.34, 0.46)));
        k.dsr = std::round(uniform(4.72, 4.88) * 100.0) / 100.0;
        k.bounceRate = std::round(uniform(0.36, 0.55) * 1000.0) / 1000.0;
        k.refundDisputeRate = std::round(uniform(0.004, 0.016) * 1000.0) / 1000.0;
        k.goodRatingRate = std::round(uniform(0.986, 0.997) * 1000.0) / 1000.0;
        if (core::Status s = repo.save(k); !s)
            return s;
        ++mSummary.kpiDays;
    }
    return {};
}

core::Status Generator::replies()
{
    // Upserted: a shop made by `init` already holds the starter library, whose codes the demo's
    // replies take over (never doubled).
    QList<service::Reply> replies;
    int order = 0;
    for (const data::ReplyTemplate &t : data::replies())
        replies.append(
            { 0, QString::fromLatin1(t.group), QString::fromLatin1(t.code), u8(t.title), u8(t.body), ++order });
    auto written = service::ReplyRepository(mDb).upsertAll(replies);
    if (!written)
        return written.status();
    mSummary.replies += written->first + written->second;
    return {};
}

} // namespace

core::Result<DemoSummary> DemoShop::create(const core::Database &db, const DemoOptions &options)
{
    if (!options.lastDay.isValid() || options.days < 1)
        return Error { tr("The demo needs a valid last day and at least one day of orders.") };
    return Generator(db, options).run();
}

} // namespace shopdesk::demo
