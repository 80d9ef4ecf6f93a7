#include "shopdesk/shipping/OrderImport.h"

#include "shopdesk/shipping/MappingRepository.h"

#include <shopdesk/core/Money.h>
#include <shopdesk/core/Parse.h>

#include <QFile>
#include <QRegularExpression>

#include <algorithm>
#include <limits>
#include <memory>
#include <mutex>

namespace shopdesk::shipping {

using core::CsvFile;
using core::CsvReader;
using core::CsvRecord;
using core::Error;
using core::Result;
using core::Status;

QString SkuCatalog::key(const QString &itemCode, const QString &color, const QString &size)
{
    return itemCode + QChar(0x1f) + color + QChar(0x1f) + size;
}

QString SkuCatalog::compact(const QString &code)
{
    QString out;
    out.reserve(code.size());
    for (QChar c : code)
        if (c.isLetterOrNumber())
            out.append(c.toCaseFolded());
    return out;
}

void SkuCatalog::addSku(qint64 skuId, const QString &itemCode, const QString &itemTitle, const QString &color,
    const QString &size, const QString &barcode)
{
    if (!barcode.isEmpty())
        byBarcode.insert(barcode, skuId);
    byItemColorSize.insert(key(itemCode, color, size), skuId);
    itemCodeByTitle.insert(itemTitle, itemCode);
    itemCodeByCompact.insert(compact(itemCode), itemCode);
    for (const QString &form : { compact(itemCode + color + size), compact(itemCode + size + color) }) {
        if (form.isEmpty())
            continue;
        auto it = byCompactCode.find(form);
        if (it == byCompactCode.end())
            byCompactCode.insert(form, skuId);
        else if (*it != skuId)
            *it = kAmbiguous;
    }
}

std::optional<qint64> SkuCatalog::match(
    const QString &merchantCode, const QString &title, const QString &attributes) const
{
    const QString code = merchantCode.trimmed();
    if (!mappings.isEmpty()) {
        if (auto it = mappings.constFind(MappingKey::ofLine(title, attributes, code).hashKey()); it != mappings.cend())
            return *it;
    }
    if (!code.isEmpty()) {
        if (auto it = byBarcode.constFind(code); it != byBarcode.cend())
            return *it;
        if (auto it = byCompactCode.constFind(compact(code)); it != byCompactCode.cend() && *it != kAmbiguous)
            return *it;
    }
    const auto [color, size] = TaobaoImport::colorAndSize(attributes);
    QString itemCode = code;
    if (!itemCode.isEmpty() && !byItemColorSize.contains(key(itemCode, color, size)))
        itemCode = itemCodeByCompact.value(compact(code), itemCode);
    if (itemCode.isEmpty())
        itemCode = itemCodeByTitle.value(title.trimmed());
    if (itemCode.isEmpty())
        return std::nullopt;
    if (auto it = byItemColorSize.constFind(key(itemCode, color, size)); it != byItemColorSize.cend())
        return *it;
    return std::nullopt;
}

QString TaobaoImport::statusFromPlatform(const QString &text)
{
    static const QString waitPay = QString::fromUtf8("等待买家付款"), waitSend = QString::fromUtf8("等待卖家发货"),
                         sent = QString::fromUtf8("卖家已发货"), done = QString::fromUtf8("交易成功"),
                         closed = QString::fromUtf8("交易关闭");
    const QString t = text.trimmed();
    if (t.contains(waitSend) || t == QLatin1String("WAIT_SELLER_SEND_GOODS"))
        return core::codes::kOrderPaid;
    if (t.contains(waitPay) || t == QLatin1String("WAIT_BUYER_PAY"))
        return core::codes::kOrderUnpaid;
    if (t.contains(sent) || t == QLatin1String("WAIT_BUYER_CONFIRM_GOODS"))
        return core::codes::kOrderShipped;
    if (t.startsWith(done) || t == QLatin1String("TRADE_FINISHED"))
        return core::codes::kOrderFinished;
    if (t.startsWith(closed) || t.startsWith(QLatin1String("TRADE_CLOSED")))
        return core::codes::kOrderClosed;
    return {};
}

QString TaobaoImport::courierFromPlatform(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return t;
    struct Name {
        const char *word;
        const char *code;
    };
    static const Name names[] = { { "申通", "STO" }, { "圆通", "YTO" }, { "中通", "ZTO" }, { "韵达", "YD" },
        { "顺丰", "SF" }, { "EMS", "EMS" }, { "邮政", "EMS" }, { "STO", "STO" }, { "YTO", "YTO" }, { "ZTO", "ZTO" },
        { "SF", "SF" } };
    for (const Name &n : names)
        if (t.contains(QString::fromUtf8(n.word), Qt::CaseInsensitive))
            return QString::fromLatin1(n.code);
    return t;
}

TaobaoImport::Address TaobaoImport::splitAddress(const QString &text)
{
    Address a;
    QString s = text.trimmed();
    // A postcode of six digits in brackets at the end, "(310012)" or "（310012）", ASCII spaces
    // allowed inside: read by hand (an import splits a few hundred thousand addresses).
    if (!s.isEmpty() && (s.back() == u')' || s.back() == u'）')) {
        const qsizetype open = std::max(s.lastIndexOf(u'('), s.lastIndexOf(u'（'));
        const auto asciiSpace = [](QChar c) { return c == u' ' || (c >= u'\t' && c <= u'\r'); };
        qsizetype from = open + 1, to = s.size() - 1; // the text between the brackets
        while (from < to && asciiSpace(s[from]))
            ++from;
        while (to > from && asciiSpace(s[to - 1]))
            --to;
        const QStringView digits = QStringView(s).mid(from, to - from);
        if (open >= 0 && digits.size() == 6
            && std::all_of(digits.begin(), digits.end(), [](QChar c) { return c >= u'0' && c <= u'9'; })) {
            a.postcode = digits.toString();
            s = s.left(open).trimmed();
        }
    }
    // Split at runs of spaces (ASCII or ideographic U+3000), by hand rather than with a regular expression.
    QStringList parts;
    const auto isGap = [](QChar c) { return c == QLatin1Char(' ') || c == QChar(0x3000); };
    for (qsizetype i = 0, n = s.size(); i < n;) {
        while (i < n && isGap(s[i]))
            ++i;
        const qsizetype from = i;
        while (i < n && !isGap(s[i]))
            ++i;
        if (i > from)
            parts << s.mid(from, i - from);
    }
    if (parts.size() >= 4) {
        a.province = parts.takeFirst();
        a.city = parts.takeFirst();
        a.district = parts.takeFirst();
    } else if (parts.size() == 3) {
        a.province = parts.takeFirst();
        a.city = parts.takeFirst();
    }
    a.street = parts.join(QLatin1Char(' '));
    return a;
}

std::pair<QString, QString> TaobaoImport::colorAndSize(const QString &attributes)
{
    static const QString colourWord = QString::fromUtf8("颜色"), sizeWord = QString::fromUtf8("尺码"),
                         sizeWord2 = QString::fromUtf8("尺寸");
    QString color, size;
    qsizetype start = 0;
    const qsizetype n = attributes.size();
    while (start < n) {
        qsizetype end = start;
        while (end < n && attributes[end] != QLatin1Char(';') && attributes[end] != QChar(0xFF1B))
            ++end;
        const QStringView part = QStringView(attributes).mid(start, end - start);
        start = end + 1;
        qsizetype colon = part.indexOf(QLatin1Char(':'));
        if (colon < 0)
            colon = part.indexOf(QChar(0xFF1A)); // ：
        if (colon < 0)
            continue;
        const QStringView name = part.left(colon).trimmed();
        const QStringView value = part.mid(colon + 1).trimmed();
        if (name.contains(colourWord) || name.compare(QLatin1String("color"), Qt::CaseInsensitive) == 0)
            color = value.toString();
        else if (name.contains(sizeWord) || name.contains(sizeWord2)
            || name.compare(QLatin1String("size"), Qt::CaseInsensitive) == 0)
            size = value.toString();
    }
    return { color, size };
}

namespace {
QDateTime parseTime(const QString &text)
{
    if (text.isEmpty())
        return {};
    return core::Parse::dateTime(text).value_or(QDateTime());
}

struct Columns {
    const CsvFile &file;
    QStringList missing;
    int find(const char *chinese, const char *english, bool required = true)
    {
        const int c = file.column({ QString::fromUtf8(chinese), QString::fromLatin1(english) });
        if (c < 0 && required)
            missing << QString::fromUtf8(chinese);
        return c;
    }
};
} // namespace

// ImportFeed ------------------------------------------------------------------------------------

void ImportFeed::waitForRoom(std::unique_lock<std::mutex> &lock)
{
    mChanged.wait(lock, [this] { return mStopped || mOrderChunks.size() + mLineChunks.size() < kAhead; });
}

void ImportFeed::addOrders(QList<ImportedOrder> chunk)
{
    {
        std::unique_lock lock(mMutex);
        waitForRoom(lock);
        if (mStopped)
            return;
        mOrderChunks.append(std::move(chunk));
    }
    mChanged.notify_all();
}

void ImportFeed::endOrders()
{
    {
        const std::lock_guard lock(mMutex);
        mOrdersEnded = true;
    }
    mChanged.notify_all();
}

void ImportFeed::addLines(QList<ImportedLine> chunk)
{
    {
        std::unique_lock lock(mMutex);
        waitForRoom(lock);
        if (mStopped)
            return;
        mLineChunks.append(std::move(chunk));
    }
    mChanged.notify_all();
}

void ImportFeed::finish(Status end)
{
    {
        const std::lock_guard lock(mMutex);
        mOrdersEnded = true;
        mEnd.emplace(std::move(end));
    }
    mChanged.notify_all();
}

bool ImportFeed::stopped() const
{
    const std::lock_guard lock(mMutex);
    return mStopped;
}

void ImportFeed::stop()
{
    {
        const std::lock_guard lock(mMutex);
        mStopped = true;
    }
    mChanged.notify_all();
}

QList<ImportedOrder> ImportFeed::takeOrders()
{
    QList<ImportedOrder> chunk;
    {
        std::unique_lock lock(mMutex);
        mChanged.wait(lock, [this] { return !mOrderChunks.isEmpty() || mOrdersEnded; });
        if (!mOrderChunks.isEmpty())
            chunk = mOrderChunks.takeFirst();
    }
    mChanged.notify_all(); // room for the reader
    return chunk;
}

QList<ImportedLine> ImportFeed::takeLines()
{
    QList<ImportedLine> chunk;
    {
        std::unique_lock lock(mMutex);
        mChanged.wait(lock, [this] { return !mLineChunks.isEmpty() || mEnd.has_value(); });
        if (!mLineChunks.isEmpty())
            chunk = mLineChunks.takeFirst();
    }
    mChanged.notify_all();
    return chunk;
}

Status ImportFeed::result()
{
    std::unique_lock lock(mMutex);
    mChanged.wait(lock, [this] { return mEnd.has_value(); });
    return *mEnd;
}

// Reading ---------------------------------------------------------------------------------------

namespace {
/// Orders handed to the writer at a time: small enough that writing starts at once, large enough
/// that the hand-over costs nothing.
constexpr qsizetype kFeedChunk = 1024;

/// The order report's pass, a record at a time: orders in file order, the position of each order
/// number and the line each came from, and (without the item report) each order's one line from
/// its title.
Status readOrders(CsvReader &reader, bool withItems, ImportFeed &feed,
    const std::function<void(ImportedOrder &)> &complete, const ShopCheck &shop, QHash<QString, qsizetype> &index,
    QList<int> &sourceLines, QList<qint64> &units)
{
    const CsvFile &orders = reader.file();
    Columns oc { orders, {} };
    const int cNo = oc.find("订单编号", "order no");
    const int cNick = oc.find("买家会员名", "buyer");
    const int cName = oc.find("收货人姓名", "recipient");
    const int cAddress = oc.find("收货地址", "address");
    const int cMobile = oc.find("联系手机", "mobile", false);
    const int cPhone = oc.find("联系电话", "phone", false);
    const int cStatus = oc.find("订单状态", "status");
    const int cPaid = oc.find("订单付款时间", "paid at", false);
    const int cCreated = oc.find("订单创建时间", "created at", false);
    const int cMessage = oc.find("买家留言", "buyer message", false);
    const int cNote = oc.find("订单备注", "seller note", false);
    const int cCourier = oc.find("物流公司", "courier", false);
    const int cTracking = oc.find("物流单号", "tracking no", false);
    const int cTotal = oc.find("买家实际支付金额", "total", false);
    const int cFreight = oc.find("买家应付邮费", "freight", false);
    const int cTitle = oc.find("宝贝标题", "title", false);
    const int cUnits = oc.find("宝贝总数量", "units", false);
    const int cShop = oc.find("店铺名称", "shop", false);
    const QString ownShop = shop.ownName.trimmed();
    const bool checkShop = cShop >= 0 && !ownShop.isEmpty() && !shop.otherShopAgreed;
    if (!oc.missing.isEmpty())
        return orders.missingColumn(oc.missing.first());
    if (cMobile < 0 && cPhone < 0)
        return orders.missingColumn(QString::fromUtf8("联系手机"));

    index.reserve(reader.expectedRecords());
    sourceLines.reserve(reader.expectedRecords());
    units.reserve(reader.expectedRecords());
    QList<ImportedOrder> chunk;
    chunk.reserve(kFeedChunk);
    CsvRecord r;
    while (reader.next(r)) {
        ImportedOrder in;
        in.sourceLine = r.line;
        core::Order &o = in.order;
        o.orderNo = CsvFile::field(r, cNo);
        if (o.orderNo.isEmpty())
            return orders.error(r.line, QString::fromUtf8("订单编号"), TaobaoImport::tr("the order number is empty."));
        // One hash lookup: the slot is new unless the order number was seen before.
        const qsizetype seen = index.size();
        qsizetype &slot = index[o.orderNo];
        if (index.size() == seen)
            return orders.error(r.line, QString::fromUtf8("订单编号"),
                TaobaoImport::tr("the order %1 is listed twice.").arg(o.orderNo));
        slot = seen;
        sourceLines.append(r.line);
        if (checkShop) {
            const QString of = CsvFile::field(r, cShop);
            if (!of.isEmpty() && of != ownShop)
                return orders.error(r.line, QString::fromUtf8("店铺名称"),
                    TaobaoImport::tr("the order %1 is of the shop “%2”, but this shop is “%3”: nothing was imported.")
                        .arg(o.orderNo, of, ownShop));
        }
        in.buyerNick = CsvFile::field(r, cNick);
        const QString statusText = CsvFile::field(r, cStatus);
        o.status = TaobaoImport::statusFromPlatform(statusText);
        if (o.status.isEmpty())
            return orders.error(r.line, QString::fromUtf8("订单状态"),
                TaobaoImport::tr("“%1” is not an order status of the platform.").arg(statusText));
        o.receiverName = CsvFile::field(r, cName);
        const TaobaoImport::Address a = TaobaoImport::splitAddress(CsvFile::field(r, cAddress));
        o.province = a.province;
        o.city = a.city;
        o.district = a.district;
        o.address = a.street;
        o.postcode = a.postcode;
        o.receiverPhone = CsvFile::field(r, cMobile);
        if (o.receiverPhone.isEmpty())
            o.receiverPhone = CsvFile::field(r, cPhone);
        const QString paid = CsvFile::field(r, cPaid);
        o.paidAt = parseTime(paid);
        if (!paid.isEmpty() && !o.paidAt.isValid())
            return orders.error(r.line, QString::fromUtf8("订单付款时间"),
                TaobaoImport::tr("“%1” is not a time (use a form like 2026-11-20 14:05:00).").arg(paid));
        if (o.status == core::codes::kOrderPaid && !o.paidAt.isValid())
            return orders.error(r.line, QString::fromUtf8("订单付款时间"),
                TaobaoImport::tr("the order is paid but has no payment time."));
        const QString created = CsvFile::field(r, cCreated);
        o.createdAt = parseTime(created);
        if (!created.isEmpty() && !o.createdAt.isValid())
            return orders.error(r.line, QString::fromUtf8("订单创建时间"), core::Parse::notATime(created));
        if (!o.createdAt.isValid())
            o.createdAt = o.paidAt;
        // Stored as text: the export's own form is already the shop file's, so it is kept as it is.
        auto stored = [](const QString &text, const QDateTime &t) {
            if (!t.isValid())
                return QString();
            // (full-width digits, read after NFKC, are stored in the shop's own ASCII form)
            const bool ascii = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
            return ascii && text.size() == 19 && text[10] == QLatin1Char(' ') && text[4] == QLatin1Char('-')
                ? text
                : core::toDbTime(t);
        };
        in.paidText = stored(paid, o.paidAt);
        in.createdText = o.createdAt.isValid() && created.isEmpty() ? in.paidText : stored(created, o.createdAt);
        o.buyerMessage = CsvFile::field(r, cMessage);
        o.sellerNote = CsvFile::field(r, cNote);
        o.courier = TaobaoImport::courierFromPlatform(CsvFile::field(r, cCourier));
        o.trackingNo = CsvFile::field(r, cTracking);
        for (auto [column, name, target] : { std::tuple { cTotal, "买家实际支付金额", &o.total },
                 std::tuple { cFreight, "买家应付邮费", &o.freight } }) {
            const QString text = CsvFile::field(r, column);
            if (text.isEmpty())
                continue;
            auto money = core::Money::parse(text);
            if (!money || money->fen() < 0)
                return orders.error(r.line, QString::fromUtf8(name),
                    TaobaoImport::tr("“%1” is not an amount of money (use a form like 129.50).").arg(text));
            if (money->fen() > shop.maxLineMoneyFen)
                return orders.error(
                    r.line, QString::fromUtf8(name), core::Parse::tooMuchMoney(text, shop.maxLineMoneyFen));
            *target = *money;
        }
        if (o.receiverName.isEmpty() && o.status == core::codes::kOrderPaid)
            return orders.error(
                r.line, QString::fromUtf8("收货人姓名"), TaobaoImport::tr("a paid order needs a recipient."));
        // 宝贝总数量: the order's pieces, which its lines in the item report must add up to.
        const QString unitsText = CsvFile::field(r, cUnits);
        qint64 orderUnits = -1;
        if (!unitsText.isEmpty()) {
            const auto u = core::Parse::whole(unitsText, 999'999);
            if (!u || *u < 1)
                return orders.error(r.line, QString::fromUtf8("宝贝总数量"), core::Parse::notAQuantity(unitsText));
            orderUnits = *u;
        }
        units.append(orderUnits);
        if (!withItems) {
            // Without the item report: one line per order from its title and unit count, to be matched by hand.
            core::OrderLine l;
            l.title = CsvFile::field(r, cTitle);
            if (orderUnits > core::Parse::kMaxLineQuantity)
                return orders.error(r.line, QString::fromUtf8("宝贝总数量"), core::Parse::notAQuantity(unitsText));
            l.quantity = orderUnits > 0 ? int(orderUnits) : 1;
            in.titleLine = std::move(l);
        }
        if (complete)
            complete(in);
        chunk.append(std::move(in));
        if (chunk.size() == kFeedChunk) {
            if (feed.stopped())
                return Status {}; // the writer has given up; what is returned no longer matters
            feed.addOrders(std::exchange(chunk, {}));
            chunk.reserve(kFeedChunk);
        }
    }
    if (!reader.status())
        return reader.status();
    if (!chunk.isEmpty())
        feed.addOrders(std::move(chunk));
    return {};
}

/// The item report's pass, a record at a time: each line checked, matched to its SKU and handed
/// over with its order's position.
Status readLines(CsvReader &reader, const CsvFile &orders, const SkuCatalog &catalog,
    const QHash<QString, qsizetype> &index, const QList<int> &sourceLines, const QList<qint64> &units, ImportFeed &feed,
    qint64 maxLineMoneyFen)
{
    const CsvFile &items = reader.file();
    Columns ic { items, {} };
    const int lNo = ic.find("订单编号", "order no");
    const int lTitle = ic.find("标题", "title");
    const int lPrice = ic.find("价格", "price");
    const int lQty = ic.find("购买数量", "quantity");
    const int lAttrs = ic.find("商品属性", "attributes", false);
    const int lCode = ic.find("商家编码", "merchant code", false);
    if (!ic.missing.isEmpty())
        return items.missingColumn(ic.missing.first());
    QList<bool> hasLines(index.size(), false);
    QList<qint64> pieces(index.size(), 0);
    QList<ImportedLine> chunk;
    chunk.reserve(kFeedChunk);
    CsvRecord r;
    while (reader.next(r)) {
        const QString no = CsvFile::field(r, lNo);
        auto it = index.constFind(no);
        if (it == index.cend())
            return Error { TaobaoImport::tr("%1 does not list the order %2 that %3 has on line %4: the order report "
                                            "may be cut short, or the two files are from different downloads.")
                               .arg(orders.fileName, no, items.fileName)
                               .arg(r.line) };
        core::OrderLine l;
        l.title = CsvFile::field(r, lTitle);
        l.attributes = CsvFile::field(r, lAttrs);
        l.merchantCode = CsvFile::field(r, lCode);
        const QString qty = CsvFile::field(r, lQty);
        const auto quantity = core::Parse::whole(qty, core::Parse::kMaxLineQuantity);
        if (!quantity || *quantity < 1)
            return items.error(r.line, QString::fromUtf8("购买数量"), core::Parse::notAQuantity(qty));
        l.quantity = int(*quantity);
        const QString price = CsvFile::field(r, lPrice);
        auto money = core::Money::parse(price);
        if (!money || money->fen() < 0)
            return items.error(r.line, QString::fromUtf8("价格"),
                TaobaoImport::tr("“%1” is not an amount of money (use a form like 129.50).").arg(price));
        if (money->fen() > maxLineMoneyFen)
            return items.error(r.line, QString::fromUtf8("价格"), core::Parse::tooMuchMoney(price, maxLineMoneyFen));
        l.price = *money;
        l.skuId = catalog.match(l.merchantCode, l.title, l.attributes);
        hasLines[*it] = true;
        pieces[*it] += l.quantity;
        chunk.append({ *it, std::move(l) });
        if (chunk.size() == kFeedChunk) {
            if (feed.stopped())
                return Status {};
            feed.addLines(std::exchange(chunk, {}));
            chunk.reserve(kFeedChunk);
        }
    }
    if (!reader.status())
        return reader.status();
    // Every order needs its lines: the first (in the order report) without any is named.
    if (const qsizetype at = hasLines.indexOf(false); at >= 0)
        return Error { TaobaoImport::tr("%1 has no lines for the order %2 (%3, line %4): the item report may be cut "
                                        "short, or the two files are from different downloads.")
                           .arg(items.fileName, index.key(at), orders.fileName)
                           .arg(sourceLines.at(at)) };
    // Each order's 宝贝总数量 is the sum of its lines: a download cut between an order's lines shows here.
    for (qsizetype at = 0; at < pieces.size() && at < units.size(); ++at) {
        const qint64 sum = pieces.at(at);
        if (units.at(at) < 0 || sum == units.at(at))
            continue;
        const QString no = index.key(at);
        if (sum < units.at(at))
            return Error { TaobaoImport::tr("%1 has %n piece(s) for the order %2, but %3, line %4 gives 宝贝总数量 %5: "
                                            "the item report may be cut short, or the two files are from different "
                                            "downloads.",
                nullptr, int(sum))
                               .arg(items.fileName, no, orders.fileName)
                               .arg(sourceLines.at(at))
                               .arg(units.at(at)) };
        return Error { TaobaoImport::tr("%1, line %2 gives 宝贝总数量 %3 for the order %4, but %5 has %n piece(s) for "
                                        "it: the two files do not agree.",
            nullptr, int(std::min<qint64>(sum, std::numeric_limits<int>::max())))
                           .arg(orders.fileName)
                           .arg(sourceLines.at(at))
                           .arg(units.at(at))
                           .arg(no, items.fileName) };
    }
    if (!chunk.isEmpty())
        feed.addLines(std::move(chunk));
    return {};
}
} // namespace

void TaobaoImport::read(ExportFiles &files, const SkuCatalog &catalog, ImportFeed &feed,
    const std::function<void(ImportedOrder &)> &complete, const ShopCheck &shop)
{
    QHash<QString, qsizetype> index;
    QList<int> sourceLines;
    QList<qint64> units;
    if (Status s = readOrders(*files.orders, files.items != nullptr, feed, complete, shop, index, sourceLines, units);
        !s) {
        feed.finish(s);
        return;
    }
    feed.endOrders();
    if (!files.items || feed.stopped()) {
        feed.finish({});
        return;
    }
    feed.finish(
        readLines(*files.items, files.orders->file(), catalog, index, sourceLines, units, feed, shop.maxLineMoneyFen));
}

namespace {
/// The platform ends every report with a line break: one that ends without it was cut mid-row (its
/// last row may still have all its fields, the last of them short: 129.0 for 129.00), so it is
/// refused rather than imported as if whole. Asked only after CsvReader::open, which refuses the
/// shop file itself.
Status endsWithLineBreak(const QString &path, const CsvFile &file)
{
    if (file.encoding == QLatin1String("xlsx"))
        return {}; // a workbook has no line breaks; the zip itself is checked whole
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() == 0)
        return {};
    // The last character, one byte or (UTF-16) two.
    const int unit = file.encoding.startsWith(QLatin1String("UTF-16")) ? 2 : 1;
    f.seek(f.size() - unit);
    QByteArray last = f.read(unit);
    if (unit == 2)
        last.replace('\0', QByteArray());
    if (last == "\n" || last == "\r")
        return {};
    return Error { TaobaoImport::tr("%1 ends in the middle of a row: the download was cut short. Download the report "
                                    "again.")
                       .arg(file.fileName) };
}
} // namespace

Result<QString> TaobaoImport::shopNameOf(const QString &ordersPath)
{
    auto reader = core::CsvReader::open(ordersPath);
    if (!reader)
        return reader.error();
    const int column = (*reader)->file().column({ QString::fromUtf8("店铺名称"), QStringLiteral("shop") });
    if (column < 0)
        return QString();
    CsvRecord r;
    if (!(*reader)->next(r)) {
        if (!(*reader)->status())
            return (*reader)->status().error();
        return QString();
    }
    return CsvFile::field(r, column);
}

Result<ExportFiles> TaobaoImport::openFiles(const QString &ordersPath, const QString &itemsPath)
{
    auto orders = core::CsvReader::open(ordersPath);
    if (!orders)
        return orders.error();
    if (Status s = endsWithLineBreak(ordersPath, (*orders)->file()); !s)
        return s.error();
    ExportFiles files { std::move(*orders), nullptr };
    if (!itemsPath.isEmpty()) {
        auto items = core::CsvReader::open(itemsPath);
        if (!items)
            return items.error();
        if (Status s = endsWithLineBreak(itemsPath, (*items)->file()); !s)
            return s.error();
        files.items = std::move(*items);
    }
    return files;
}

} // namespace shopdesk::shipping
