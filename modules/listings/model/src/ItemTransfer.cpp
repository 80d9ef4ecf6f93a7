#include "ItemTransfer.h"

#include <shopdesk/core/CostHistoryRepository.h>
#include <shopdesk/core/Ean13.h>
#include <shopdesk/core/Parse.h>
#include <shopdesk/core/ShopSettings.h>
#include <shopdesk/core/Transaction.h>
#include <shopdesk/core/Vocabulary.h>

#include <QFileInfo>
#include <QSet>

namespace shopdesk::listings {

using core::CsvFile;
using core::CsvRecord;
using core::Error;
using core::Money;
using core::Result;

namespace {
enum Col {
    Code,
    Title,
    ShortName,
    Category,
    Role,
    Main,
    Price,
    Cost,
    OnShelf,
    OutOfSeason,
    MinStock,
    Color,
    Size,
    Barcode,
    SkuPrice,
    SkuCost,
    ColCount
};

// Header names a column is found by (the first Chinese one is also what the zh_CN export writes
// through the translation of the English one).
QStringList names(int col)
{
    auto u = [](const char *s) { return QString::fromUtf8(s); };
    switch (col) {
    case Code:
        return { u("货号"), u("商品货号"), u("item code"), u("code") };
    case Title:
        return { u("标题"), u("宝贝标题"), u("title") };
    case ShortName:
        return { u("简称"), u("商品简称"), u("short name") };
    case Category:
        return { u("类目"), u("分类"), u("category") };
    case Role:
        return { u("角色"), u("商品角色"), u("role") };
    case Main:
        return { u("主推"), u("主推款"), u("main push") };
    case Price:
        return { u("价格"), u("一口价"), u("price") };
    case Cost:
        return { u("成本"), u("成本价"), u("cost") };
    case OnShelf:
        return { u("上架"), u("在架"), u("on shelf") };
    case OutOfSeason:
        return { u("过季"), u("out of season") };
    case MinStock:
        return { u("最低库存"), u("min stock"), u("minimum stock") };
    case Color:
        return { u("颜色"), u("colour"), u("color") };
    case Size:
        return { u("尺码"), u("size") };
    case Barcode:
        return { u("条码"), u("条形码"), u("barcode") };
    case SkuPrice:
        return { u("SKU价格"), u("sku price") };
    case SkuCost:
        return { u("SKU成本"), u("sku cost") };
    }
    return {};
}

std::optional<bool> parseBool(const QString &text)
{
    const QString t = text.trimmed().toCaseFolded();
    static const QStringList yes = { QStringLiteral("1"), QString::fromUtf8("是"), QStringLiteral("yes"),
        QStringLiteral("y"), QStringLiteral("true"), QString::fromUtf8("√") };
    static const QStringList no = { QStringLiteral("0"), QString::fromUtf8("否"), QStringLiteral("no"),
        QStringLiteral("n"), QStringLiteral("false"), QString() };
    if (yes.contains(t))
        return true;
    if (no.contains(t) || t.isEmpty())
        return false;
    return std::nullopt;
}
} // namespace

namespace {
/// The category code of a category's name as exports write it (卫衣, Hoodies) or of the code
/// itself; any other text is the store's own category and stays as written.
QString categoryFromText(const QString &text)
{
    static const char *const known[][3] = { { "jeans", "牛仔裤", "Jeans" }, { "tshirt", "T恤", "T-shirts" },
        { "hoodie", "卫衣", "Hoodies" }, { "shoes", "鞋", "Shoes" } };
    const QString t = text.trimmed();
    for (const auto &k : known) {
        const QString code = QString::fromLatin1(k[0]);
        if (t.compare(code, Qt::CaseInsensitive) == 0 || t == QString::fromUtf8(k[1])
            || t.compare(QString::fromLatin1(k[2]), Qt::CaseInsensitive) == 0
            || t.compare(core::Vocabulary::category(code), Qt::CaseInsensitive) == 0)
            return code;
    }
    return t;
}
} // namespace

QString ItemTransfer::roleFromText(const QString &text)
{
    const QString t = text.trimmed().toCaseFolded();
    for (const QString &code : core::codes::roles())
        if (t == code || t == core::Vocabulary::role(code).toCaseFolded())
            return code;
    if (t == QString::fromUtf8("引流款") || t == QString::fromUtf8("引流") || t == QStringLiteral("traffic item"))
        return core::codes::kRoleTraffic;
    if (t == QString::fromUtf8("利润款") || t == QString::fromUtf8("利润") || t == QString::fromUtf8("推广款")
        || t == QStringLiteral("profit item"))
        return core::codes::kRoleProfit;
    if (t == QString::fromUtf8("形象款") || t == QString::fromUtf8("形象") || t == QStringLiteral("image item"))
        return core::codes::kRoleImage;
    return {};
}

QStringList ItemTransfer::header()
{
    return { tr("Item code"), tr("Title"), tr("Short name"), tr("Category"), tr("Role"), tr("Main push"), tr("Price"),
        tr("Cost"), tr("On shelf"), tr("Out of season"), tr("Min stock"), tr("Colour"), tr("Size"), tr("Barcode"),
        tr("SKU price"), tr("SKU cost") };
}

QList<QStringList> ItemTransfer::rows(const QList<ItemWithSkus> &items)
{
    QList<QStringList> out;
    for (const ItemWithSkus &it : items) {
        const core::Item &i = it.item;
        const QStringList itemFields = { i.code, i.title, it.shortName.value_or(QString()),
            core::Vocabulary::category(i.category), core::Vocabulary::role(i.role), core::Vocabulary::yesNo(i.mainPush),
            i.price.toPlainString(), i.cost.toPlainString(), core::Vocabulary::yesNo(i.onShelf),
            core::Vocabulary::yesNo(i.outOfSeason), QString::number(i.minStock) };
        for (const core::Sku &s : it.skus)
            out.append(itemFields
                + QStringList { s.color, s.size, s.barcode, s.price ? s.price->toPlainString() : QString(),
                    s.cost ? s.cost->toPlainString() : QString() });
        if (it.skus.isEmpty())
            out.append(itemFields + QStringList { QString(), QString(), QString(), QString(), QString() });
    }
    return out;
}

Result<int> ItemTransfer::exportFile(const core::Database &db, const QString &path)
{
    auto items = ListingsRepository(db).catalogue();
    if (!items)
        return items.error();
    const QList<QStringList> table = rows(*items);
    core::Status s;
    if (QFileInfo(path).suffix().compare(QStringLiteral("xlsx"), Qt::CaseInsensitive) == 0) {
        QList<QVariantList> cells;
        cells.reserve(table.size());
        for (const QStringList &r : table) {
            QVariantList v;
            for (int c = 0; c < r.size(); ++c) {
                if ((c == Price || c == Cost || c == SkuPrice || c == SkuCost) && !r[c].isEmpty())
                    v << r[c].toDouble();
                else if (c == MinStock)
                    v << r[c].toLongLong();
                else
                    v << r[c];
            }
            cells.append(v);
        }
        using K = core::XlsxColumn;
        s = core::writeXlsx(path, tr("Items"), header(), cells,
            { K::Text, K::Text, K::Text, K::Text, K::Text, K::Text, K::Money, K::Money, K::Text, K::Text, K::Int,
                K::Text, K::Text, K::Text, K::Money, K::Money });
    } else {
        s = core::writeCsv(path, header(), table);
    }
    if (!s)
        return s.error();
    return int(items->size());
}

Result<QList<ItemWithSkus>> ItemTransfer::plan(
    const CsvFile &csv, ExistingCatalogue existing, ImportSummary *summary, qint64 maxMoneyFen)
{
    int col[ColCount];
    for (int c = 0; c < ColCount; ++c)
        col[c] = csv.column(names(c));
    // The item code identifies the row; title, colour and size are needed for new items' SKUs.
    for (int c : { Code, Title, Color, Size })
        if (col[c] < 0)
            return csv.missingColumn(names(c).first());
    auto fieldName = [&](int c) { return csv.header.value(col[c]); };
    auto value = [&](const CsvRecord &r, int c) { return col[c] < 0 ? QString() : CsvFile::field(r, col[c]); };

    ImportSummary sum;
    QList<ItemWithSkus> out;
    QHash<QString, qsizetype> itemIndex; // code → index in out
    QHash<QString, int> lineOfKey; // code\ncolour\nsize → line
    QHash<QString, int> lineOfBarcode; // barcode → line
    struct Pending {
        qsizetype item, sku;
    };
    QList<Pending> needBarcode;

    for (const CsvRecord &r : csv.records) {
        const QString code = value(r, Code);
        if (code.isEmpty())
            return csv.error(r.line, fieldName(Code), tr("the item code is empty."));
        qsizetype idx = itemIndex.value(code, -1);
        if (idx < 0) {
            // An item already in the shop keeps what the file does not give.
            const auto known = existing.itemByCode.constFind(code);
            core::Item item = known != existing.itemByCode.cend() ? *known : core::Item {};
            item.code = code;
            item.archived = false; // an archived item named in an import comes back
            if (!value(r, Title).isEmpty())
                item.title = value(r, Title);
            if (item.title.isEmpty())
                return csv.error(r.line, fieldName(Title), tr("the title is empty."));
            std::optional<QString> shortName;
            if (col[ShortName] >= 0) {
                shortName = value(r, ShortName).simplified();
                if (shortName->size() > kShortNameMax)
                    return csv.error(r.line, fieldName(ShortName),
                        tr("a short name is at most %1 characters: “%2” has %3.")
                            .arg(kShortNameMax)
                            .arg(*shortName)
                            .arg(shortName->size()));
            }
            if (col[Category] >= 0)
                item.category = categoryFromText(value(r, Category));
            if (col[Role] >= 0 && !value(r, Role).isEmpty()) {
                item.role = roleFromText(value(r, Role));
                if (item.role.isEmpty())
                    return csv.error(r.line, fieldName(Role),
                        tr("“%1” is not a role (引流款, 利润款 or 形象款).").arg(value(r, Role)));
            }
            for (auto [c, target] : { std::pair { Main, &item.mainPush }, std::pair { OnShelf, &item.onShelf },
                     std::pair { OutOfSeason, &item.outOfSeason } }) {
                if (col[c] < 0 || value(r, c).isEmpty())
                    continue;
                auto b = parseBool(value(r, c));
                if (!b)
                    return csv.error(r.line, fieldName(c), tr("“%1” is neither yes nor no.").arg(value(r, c)));
                *target = *b;
            }
            for (auto [c, target] : { std::pair { Price, &item.price }, std::pair { Cost, &item.cost } }) {
                if (value(r, c).isEmpty())
                    continue;
                auto m = Money::parse(value(r, c));
                if (!m || m->fen() < 0)
                    return csv.error(r.line, fieldName(c), tr("“%1” is not an amount in yuan.").arg(value(r, c)));
                if (m->fen() > maxMoneyFen)
                    return csv.error(r.line, fieldName(c), core::Parse::tooMuchMoney(value(r, c), maxMoneyFen));
                *target = *m;
            }
            if (col[MinStock] >= 0 && !value(r, MinStock).isEmpty()) {
                const auto minStock = core::Parse::whole(value(r, MinStock), core::Parse::kMaxLineQuantity);
                if (!minStock)
                    return csv.error(r.line, fieldName(MinStock),
                        tr("“%1” is not a whole number of pieces.").arg(value(r, MinStock)));
                item.minStock = int(*minStock);
            }
            if (item.onShelf && !item.listedAt.isValid())
                item.listedAt = QDateTime::currentDateTime();
            idx = out.size();
            itemIndex.insert(code, idx);
            out.append({ item, {}, shortName });
            ++(item.id > 0 ? sum.itemsUpdated : sum.itemsAdded);
        }
        ItemWithSkus &target = out[idx];
        core::Sku sku;
        sku.color = value(r, Color);
        sku.size = value(r, Size);
        if (sku.color.isEmpty() && sku.size.isEmpty() && value(r, Barcode).isEmpty())
            continue; // an item row without SKUs
        const QString key = code + QLatin1Char('\n') + sku.color + QLatin1Char('\n') + sku.size;
        if (int other = lineOfKey.value(key); other > 0)
            return csv.error(r.line, fieldName(Size),
                tr("%1 %2/%3 is already on line %4.").arg(code, sku.color, sku.size).arg(other));
        lineOfKey.insert(key, r.line);
        for (auto [c, target2] : { std::pair { SkuPrice, &sku.price }, std::pair { SkuCost, &sku.cost } }) {
            if (value(r, c).isEmpty())
                continue;
            auto m = Money::parse(value(r, c));
            if (!m || m->fen() < 0)
                return csv.error(r.line, fieldName(c), tr("“%1” is not an amount in yuan.").arg(value(r, c)));
            if (m->fen() > maxMoneyFen)
                return csv.error(r.line, fieldName(c), core::Parse::tooMuchMoney(value(r, c), maxMoneyFen));
            *target2 = *m;
        }
        if (target.item.id > 0)
            sku.id = existing.skuIdByKey.value(ExistingCatalogue::key(target.item.id, sku.color, sku.size), 0);
        sku.barcode = value(r, Barcode);
        if (!sku.barcode.isEmpty()) {
            const bool digits
                = std::all_of(sku.barcode.cbegin(), sku.barcode.cend(), [](QChar ch) { return ch.isDigit(); });
            if (digits && sku.barcode.size() == 13 && !core::ean13::isValid(sku.barcode))
                return csv.error(r.line, fieldName(Barcode),
                    tr("%1 is not a valid EAN-13: its check digit should be %2.")
                        .arg(sku.barcode)
                        .arg(core::ean13::checkDigit(sku.barcode.left(12))));
            if (int other = lineOfBarcode.value(sku.barcode); other > 0)
                return csv.error(r.line, fieldName(Barcode),
                    tr("the barcode %1 is already on line %2.").arg(sku.barcode).arg(other));
            lineOfBarcode.insert(sku.barcode, r.line);
            const QString owner = existing.itemCodeByBarcode.value(sku.barcode);
            if (!owner.isEmpty() && (owner != code || sku.id == 0))
                return csv.error(r.line, fieldName(Barcode),
                    tr("the barcode %1 already belongs to item %2 in this shop.").arg(sku.barcode, owner));
        }
        ++(sku.id > 0 ? sum.skusUpdated : sum.skusAdded);
        if (sku.barcode.isEmpty())
            needBarcode.append({ idx, target.skus.size() });
        target.skus.append(sku);
    }
    if (csv.records.isEmpty())
        return Error { tr("%1 holds no items.").arg(csv.fileName) };
    // Keep an existing SKU's barcode; give new SKUs an in-store EAN-13.
    qint64 &serial = existing.nextSerial[kInStorePrefix - 20];
    for (const Pending &p : needBarcode) {
        core::Sku &sku = out[p.item].skus[p.sku];
        if (sku.id > 0) {
            sku.barcode = existing.barcodeBySkuId.value(sku.id);
            continue;
        }
        QString code;
        do {
            code = core::ean13::inStore(kInStorePrefix, serial++);
        } while (lineOfBarcode.contains(code) || existing.itemCodeByBarcode.contains(code));
        sku.barcode = code;
        ++sum.barcodesGenerated;
    }
    if (summary)
        *summary = sum;
    return out;
}

Result<ImportSummary> ItemTransfer::importFile(const core::Database &db, const QString &path)
{
    auto csv = CsvFile::read(path);
    if (!csv)
        return csv.error();
    // The write lock before the read the plan is made from: the in-store barcodes it hands out
    // (the next free serials after those in use) are then still free when it is written, even with
    // another import running beside it. Item and SKU ids are the engine's own (RETURNING).
    core::Transaction tx(db);
    if (!tx.isActive())
        return Error { tr("%1: nothing was imported. %2").arg(csv->fileName, tx.beginStatus().errorMessage()) };
    ListingsRepository repo(db);
    if (core::Status s = repo.holdBarcodeNumbering(); !s)
        return Error { tr("%1: nothing was imported. %2").arg(csv->fileName, s.errorMessage()) };
    auto existing = repo.existing();
    if (!existing)
        return existing.error();
    ImportSummary summary;
    auto planned = plan(*csv, *existing, &summary, core::ShopSettings(db).maxLineMoneyFen());
    if (!planned)
        return planned.error();
    // A cost the file changes is a change in the SKUs' cost history, as one typed in is: the costs
    // before, of every SKU of the items already in the shop, then a row for each that differs.
    core::CostHistoryRepository costs(db);
    QHash<qint64, Money> before;
    for (const ItemWithSkus &it : std::as_const(*planned)) {
        if (it.item.id <= 0)
            continue;
        auto itemCosts = costs.itemCosts(it.item.id);
        if (!itemCosts)
            return itemCosts.error();
        before.insert(*itemCosts);
    }
    if (core::Status s = repo.import(*planned); !s)
        return Error { tr("%1: nothing was imported. %2").arg(csv->fileName, s.errorMessage()) };
    if (core::Status s = costs.recordChangedCosts(before, QDateTime::currentDateTime(), QStringLiteral("import")); !s)
        return Error { tr("%1: nothing was imported. %2").arg(csv->fileName, s.errorMessage()) };
    if (core::Status s = tx.commit(); !s)
        return Error { tr("%1: nothing was imported. %2").arg(csv->fileName, s.errorMessage()) };
    return summary;
}

} // namespace shopdesk::listings
