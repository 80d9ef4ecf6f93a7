#include "shopdesk/service/ReplyLibrary.h"

#include "shopdesk/service/ReplyFiller.h"

#include <shopdesk/core/Csv.h>
#include <shopdesk/core/Transaction.h>

#include <QFileInfo>
#include <QSet>

namespace shopdesk::service {

using core::Error;

QList<Reply> ReplyLibrary::starter()
{
    struct Row {
        const char *group, *code, *title, *body;
    };
    // clang-format off
    static constexpr Row rows[] = {
        {"presale", "hy", "欢迎语", "亲，欢迎光临{店铺}，有什么可以帮您的呢～"},
        {"presale", "auto", "自动回复（离开）", "亲，客服暂时离开一下，马上回来，您先看看喜欢的宝贝，留言我们会逐一回复哦～"},
        {"presale", "promo", "促销状态", "亲，本店正在进行{促销}，喜欢的宝贝可以先加入购物车哦！"},
        {"presale", "cm", "尺码建议", "亲，麻烦告诉我您的身高和体重，我帮您推荐合适的尺码，详情页也有尺码表可以参考呢～"},
        {"presale", "kc", "库存确认", "亲，{宝贝}的{颜色}{尺码}目前有现货，付款后会尽快为您安排发货哦～"},
        {"presale", "fh", "发货时间", "亲，付款后我们会尽快为您安排发货，发出后会把快递单号告诉您哦～"},
        {"insale", "bz", "已备注", "亲，您的要求已经备注在订单{订单号}上了，仓库打包时会按备注发货的哦～"},
        {"insale", "dz", "修改地址", "亲，订单{订单号}还没有发货，地址已经帮您改好了，麻烦再核对一下姓名、电话和地址哦～"},
        {"insale", "hb", "合并付款", "亲，多件宝贝可以一起加入购物车合并付款，运费只算一次哦～"},
        {"insale", "gj", "已改价", "亲，价格已经帮您改好了，刷新一下订单页面就可以付款了哦～"},
        {"payment", "cf", "催付", "亲，看到您在{店铺}拍下的订单{订单号}还没有付款呢，库存有限，喜欢的话早点付款哦～"},
        {"payment", "cf2", "催付（二次）", "亲，订单{订单号}付款遇到问题了吗？需要帮忙随时找我哦～"},
        {"payment", "yh", "银行转账", "亲，也可以银行转账付款，账号：{银行账号}，转账后把截图发给我，核对无误后马上为您安排发货哦～"},
        {"logistics", "wl", "发货通知", "亲，您的宝贝已于{发货日期}发出，{快递}单号{运单号}，可以在订单详情里查看物流进度哦～"},
        {"logistics", "wl2", "物流未更新", "亲，快递揽件后物流信息更新会有延迟，我这边帮您联系{快递}查询一下，有消息马上告诉您哦～"},
        {"logistics", "wl4", "缺货无法发货", "亲，非常抱歉，您拍的{宝贝}{颜色}{尺码}暂时缺货，可以帮您换其他颜色尺码或者退款，您看怎么处理比较好呢？"},
        {"returns", "th", "退换货说明", "亲，本店支持7天无理由退换货，吊牌完好不影响二次销售即可，请寄回：{退货地址}，包裹里附上订单号和问题说明哦～"},
        {"returns", "hh", "换尺码", "亲，换尺码没问题，请把宝贝寄回{退货地址}，并留言需要换的{颜色}{尺码}，收到后马上为您换发哦～"},
        {"returns", "tk", "退款进度", "亲，退回的宝贝我们已经收到，检查无误后会尽快为您退款，款项原路返回哦～"},
        {"returns", "zw", "质量问题", "亲，非常抱歉给您添麻烦了，麻烦拍几张问题部位的照片给我，我们马上为您处理哦～"},
        {"aftersale", "sh", "售后回访", "亲，宝贝收到了吗？用着还合适吗？有任何问题随时联系我们哦～"},
        {"aftersale", "ps", "包裹破损", "亲，很抱歉包裹出现破损，请拍照保留外包装和面单，我们马上联系{快递}处理，为您补发或退款哦～"},
        {"aftersale", "sc", "色差说明", "亲，图片都是实物拍摄，不同屏幕显示会有轻微色差，还请您理解哈～"},
        {"review", "hp", "好评邀请", "亲，感谢您的支持，如果对宝贝满意，麻烦给个五星好评哦，您的鼓励对我们很重要呢～"},
        {"review", "hp2", "好评感谢", "亲，谢谢您的好评，{店铺}上新会及时通知您，期待再次光临哦～"},
        {"review", "zcp", "中差评处理", "亲，很抱歉这次购物没有让您满意，能告诉我具体是哪里不好吗？我们会尽力为您解决哈～"},
        {"restock", "dh", "到货通知", "亲，{买家}您好，您登记的{宝贝}（{颜色}/{尺码}）已经到货了，库存不多，喜欢的话尽快下单哦～"},
        {"restock", "dj", "缺货登记", "亲，{宝贝}的{颜色}{尺码}暂时断货了，已经帮您登记，到货后马上通知您哦～"},
    };
    // clang-format on
    QList<Reply> out;
    out.reserve(int(std::size(rows)));
    int order = 0;
    for (const Row &r : rows)
        out.append({ 0, QString::fromLatin1(r.group), QString::fromLatin1(r.code), QString::fromUtf8(r.title),
            QString::fromUtf8(r.body), ++order });
    return out;
}

core::Result<int> ReplyLibrary::installStarter(const core::Database &db)
{
    core::Transaction tx(db);
    if (!tx.isActive())
        return tx.beginStatus().error();
    ReplyRepository repo(db);
    auto existing = repo.all();
    if (!existing)
        return existing.error();
    if (!existing->isEmpty())
        return 0;
    const QList<Reply> replies = starter();
    for (const Reply &r : replies)
        if (auto id = repo.add(r); !id)
            return id.error();
    return tx.commitWith(core::Result<int>(int(replies.size())));
}

void ReplySearch::setReplies(const QList<Reply> &replies)
{
    mReplies = replies;
    mEntries.clear();
    mEntries.reserve(replies.size());
    for (const Reply &r : replies)
        mEntries.append({ r.code.toCaseFolded(), r.title.toCaseFolded(), r.body.toCaseFolded() });
    mHaveLast = false;
}

QList<int> ReplySearch::match(const QString &query) const
{
    const QString folded = query.toCaseFolded();
    const QStringList words = folded.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QList<int> exact, prefix, title, body;
    const int n = int(mEntries.size());
    if (words.isEmpty()) {
        QList<int> all(n);
        for (int i = 0; i < n; ++i)
            all[i] = i;
        mHaveLast = false;
        return all;
    }
    // Typing one more character only narrows: every word of the longer query contains a word of
    // the shorter one, or is new.
    const bool narrowing = mHaveLast && folded.startsWith(mLastQuery);
    QList<int> hits;
    hits.reserve(narrowing ? mLastHits.size() : n);
    const QString &first = words.front();
    auto consider = [&](int i) {
        const Entry &e = mEntries.at(i);
        for (const QString &w : words)
            if (!e.code.contains(w) && !e.title.contains(w) && !e.body.contains(w))
                return;
        hits.append(i);
        if (words.size() == 1 && e.code == first)
            exact.append(i);
        else if (e.code.startsWith(first))
            prefix.append(i);
        else if (e.title.contains(first))
            title.append(i);
        else
            body.append(i);
    };
    if (narrowing) {
        for (int i : std::as_const(mLastHits))
            consider(i);
    } else {
        for (int i = 0; i < n; ++i)
            consider(i);
    }
    mLastQuery = folded;
    mLastHits = hits;
    mHaveLast = true;
    exact += prefix;
    exact += title;
    exact += body;
    return exact;
}

core::Result<ReplyTransfer::ImportSummary> ReplyTransfer::importCsv(const core::Database &db, const QString &path)
{
    auto csv = core::CsvFile::read(path);
    if (!csv)
        return csv.error();
    const int cGroup = csv->column({ QStringLiteral("分组"), QStringLiteral("group") });
    const int cCode = csv->column({ QString::fromUtf8("代码"), QString::fromUtf8("快捷编码"), QStringLiteral("code") });
    const int cTitle = csv->column({ QString::fromUtf8("标题"), QStringLiteral("title") });
    const int cBody = csv->column(
        { QString::fromUtf8("内容"), QString::fromUtf8("回复"), QStringLiteral("text"), QStringLiteral("body") });
    if (cCode < 0)
        return csv->missingColumn(QString::fromUtf8("代码 (code)"));
    if (cBody < 0)
        return csv->missingColumn(QString::fromUtf8("内容 (text)"));
    QList<Reply> replies;
    // A set, not a list: a 100,000-row library is checked in one pass, not in 5·10⁹ comparisons.
    QSet<QString> seen;
    seen.reserve(csv->records.size());
    int order = 0;
    for (const core::CsvRecord &rec : csv->records) {
        Reply r;
        r.code = core::CsvFile::field(rec, cCode);
        r.body = rec.fields.value(cBody).trimmed();
        r.title = cTitle >= 0 ? core::CsvFile::field(rec, cTitle) : QString();
        r.group = cGroup >= 0 ? ReplyRepository::groupCode(core::CsvFile::field(rec, cGroup)) : QString();
        if (r.group.isEmpty())
            r.group = QStringLiteral("presale");
        r.sortOrder = ++order;
        if (r.code.isEmpty() && r.body.isEmpty() && r.title.isEmpty())
            continue;
        if (r.code.isEmpty())
            return csv->error(rec.line, csv->header.value(cCode), tr("every reply needs a short code"));
        if (seen.contains(r.code))
            return csv->error(
                rec.line, csv->header.value(cCode), tr("the code %1 appears twice in the file").arg(r.code));
        if (r.body.isEmpty())
            return csv->error(rec.line, csv->header.value(cBody), tr("the reply %1 has no text").arg(r.code));
        if (const QStringList unknown = ReplyFiller::unknownIn(r.body); !unknown.isEmpty())
            return csv->error(
                rec.line, csv->header.value(cBody), tr("{%1} is not a known placeholder").arg(unknown.first()));
        seen.insert(r.code);
        replies.append(r);
    }
    auto done = ReplyRepository(db).upsertAll(replies);
    if (!done)
        return done.error();
    return ImportSummary { done->first, done->second };
}

core::Result<int> ReplyTransfer::exportFile(const core::Database &db, const QString &path)
{
    auto all = ReplyRepository(db).all();
    if (!all)
        return all.error();
    const QStringList header = { QString::fromUtf8("分组"), QString::fromUtf8("代码"), QString::fromUtf8("标题"),
        QString::fromUtf8("内容") };
    const bool xlsx = QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0;
    core::Status s;
    if (xlsx) {
        QList<QVariantList> rows;
        for (const Reply &r : *all)
            rows.append({ ReplyRepository::groupName(r.group), r.code, r.title, r.body });
        using K = core::XlsxColumn;
        s = core::writeXlsx(path, tr("Replies"), header, rows, { K::Text, K::Text, K::Text, K::Text });
    } else {
        QList<QStringList> rows;
        for (const Reply &r : *all)
            rows.append({ ReplyRepository::groupName(r.group), r.code, r.title, r.body });
        s = core::writeCsv(path, header, rows);
    }
    if (!s)
        return s.error();
    return int(all->size());
}

} // namespace shopdesk::service
