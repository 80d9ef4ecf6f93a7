// The reply library as a file and the search as you type.

#include "ServiceFixture.h"

#include <shopdesk/core/Csv.h>
#include <shopdesk/service/ReplyLibrary.h>

#include <QFile>
#include <QStringDecoder>
#include <QStringEncoder>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using service::Reply;
using test::u8;

TEST_CASE("the library exports to CSV with BOM and imports back; GBK is accepted")
{
    test::TestShop shop;
    service::ReplyRepository repo(shop.db());
    REQUIRE(repo.add({ 0, QStringLiteral("logistics"), QStringLiteral("wl"), u8("发货通知"),
                         u8("亲，{快递}单号{运单号}，已发出哦～"), 1 })
                .ok());
    const QString csv = shop.file(QStringLiteral("replies.csv"));
    auto n = service::ReplyTransfer::exportFile(shop.db(), csv);
    REQUIRE(n.ok());
    CHECK(*n == 1);
    QFile f(csv);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.read(3) == QByteArray("\xEF\xBB\xBF"));
    f.close();
    REQUIRE(service::ReplyTransfer::exportFile(shop.db(), shop.file(QStringLiteral("replies.xlsx"))).ok());
    CHECK(QFile::exists(shop.file(QStringLiteral("replies.xlsx"))));

    // A GBK file from Excel: one update, one new reply, group by its Chinese name.
    QStringEncoder gbk("GB18030");
    const QByteArray bytes
        = gbk(u8("分组,代码,标题,内容\r\n物流,wl,发货通知,亲，已经发出了哦\r\n售前,hy,欢迎,亲，欢迎光临{店铺}呢\r\n"));
    const QString gbkPath = shop.file(QStringLiteral("gbk.csv"));
    QFile g(gbkPath);
    REQUIRE(g.open(QIODevice::WriteOnly));
    g.write(bytes);
    g.close();
    auto imported = service::ReplyTransfer::importCsv(shop.db(), gbkPath);
    INFO(imported.errorMessage());
    REQUIRE(imported.ok());
    CHECK(imported->added == 1);
    CHECK(imported->updated == 1);
    CHECK(repo.byCode(QStringLiteral("wl")).value()->body == u8("亲，已经发出了哦"));
    CHECK(repo.byCode(QStringLiteral("hy")).value()->group == QStringLiteral("presale"));
}

TEST_CASE("a bad import row names the file, line and field and changes nothing")
{
    test::TestShop shop;
    const QString path = shop.file(QStringLiteral("bad.csv"));
    REQUIRE(core::writeCsv(path, { u8("代码"), u8("内容") },
        { { QStringLiteral("a1"), u8("亲，好的哦") }, { QStringLiteral("a2"), u8("亲，{优惠码}哦") } })
                .ok());
    auto r = service::ReplyTransfer::importCsv(shop.db(), path);
    REQUIRE_FALSE(r.ok());
    CHECK(r.errorMessage().contains(QStringLiteral("bad.csv")));
    CHECK(r.errorMessage().contains(QStringLiteral("3")));
    CHECK(r.errorMessage().contains(u8("内容")));
    CHECK(service::ReplyRepository(shop.db()).all()->isEmpty());
}

TEST_CASE("search as you type: exact code first, then code prefix, title, text; all words must match")
{
    service::ReplySearch s;
    s.setReplies(
        { { 1, QStringLiteral("logistics"), QStringLiteral("wl2"), u8("物流未更新"), u8("亲，物流会有延迟哦"), 1 },
            { 2, QStringLiteral("logistics"), QStringLiteral("wl"), u8("发货通知"), u8("亲，{快递}单号{运单号}哦"), 2 },
            { 3, QStringLiteral("presale"), QStringLiteral("fh"), u8("发货时间"), u8("亲，付款后24小时内发货哦"), 3 },
            { 4, QStringLiteral("presale"), QStringLiteral("kd"), u8("快递选择"), u8("亲，默认申通哦"), 4 } });
    CHECK(s.match(QStringLiteral("wl")) == QList<int> { 1, 0 });
    CHECK(s.match(QStringLiteral("WL")) == QList<int> { 1, 0 });
    CHECK(s.match(u8("发货")) == QList<int> { 1, 2 });
    CHECK(s.match(u8("快递")) == QList<int> { 3, 1 });
    CHECK(s.match(u8("发货 24小时")) == QList<int> { 2 });
    CHECK(s.match(QString()).size() == 4);
    CHECK(s.match(QStringLiteral("zzz")).isEmpty());
}

TEST_CASE("typing on narrows the previous matches; deleting searches everything again")
{
    service::ReplySearch typed, fresh;
    QList<Reply> replies;
    for (int i = 0; i < 200; ++i)
        replies.append({ i + 1, QStringLiteral("presale"), QStringLiteral("c%1").arg(i),
            QStringLiteral("t%1").arg(i % 7), QString::fromUtf8(i % 3 ? "亲，发货快哦" : "亲，尺码表哦"), i });
    typed.setReplies(replies);
    fresh.setReplies(replies);
    for (const QString &q : { QStringLiteral("c"), QStringLiteral("c1"), QStringLiteral("c12"), QStringLiteral("c1"),
             QStringLiteral("c1 "), u8("c1 发"), u8("c1 发货"), u8("c1 尺"), QStringLiteral("t3"), QString() }) {
        service::ReplySearch once;
        once.setReplies(replies);
        INFO(q.toStdString());
        CHECK(typed.match(q) == once.match(q));
    }
    CHECK(fresh.match(u8("c1 发货")).size() == typed.match(u8("c1 发货")).size());
}
