#!/usr/bin/env python3
"""Writes the Taobao seller-center export fixtures exactly as the platform's download looks:
GBK (and a UTF-8-with-BOM twin), CRLF, long numbers guarded as ="…", phones with a leading
apostrophe, addresses "省 市 区 street(postcode)", the export's many columns.
Run from this folder: python3 make_fixtures.py"""

ORDER_HEADER = ("订单编号,买家会员名,买家支付宝账号,买家应付货款,买家应付邮费,买家支付积分,总金额,返点积分,"
                "买家实际支付金额,买家实际支付积分,订单状态,买家留言,收货人姓名,收货地址,运送方式,联系电话,"
                "联系手机,订单创建时间,订单付款时间,宝贝标题,宝贝种类,物流单号,物流公司,订单备注,宝贝总数量,"
                "店铺Id,店铺名称,订单关闭原因,卖家服务费,买家服务费,发票抬头,是否手机订单,分阶段订单信息,"
                "特权订金订单id,是否上传合同照片,是否上传小票,是否代付,定金排名,修改后的sku,修改后的收货地址,"
                "异常信息,天猫卡券抵扣,集分宝抵扣,是否是O2O交易,退款金额,预约门店").split(",")
ITEM_HEADER = "订单编号,标题,价格,购买数量,外部系统编号,商品属性,套餐信息,备注,订单状态,商家编码".split(",")

PAID = "买家已付款，等待卖家发货"
ORDERS = [
    # no, nick, pay, freight, status, message, name, address, phone, mobile, created, paid, courier, tracking, note, units
    ("3012345678901234567", "tb_小王", "258.00", "0.00", PAID, "", "王小明",
     "浙江省 杭州市 西湖区 文三路100号 华星大厦5楼(310012)", "", "'13812345678",
     "2026-11-20 09:58:01", "2026-11-20 10:02:11", "", "", "", 3),
    ("3012345678901234568", "jane_doe88", "99.00", "0.00", PAID, "请发顺丰，谢谢, 急用", "李娜",
     "北京 北京市 朝阳区 建国路88号(100022)", "'010-88886666", "'13900001111",
     "2026-11-20 11:00:00", "2026-11-20 11:01:30", "", "", "", 1),
    ("3012345678901234569", "阿里木", "129.00", "10.00", PAID, "", "阿里木江",
     "新疆维吾尔自治区 乌鲁木齐市 天山区 解放北路1号(830002)", "", "'15099998888",
     "2026-11-20 12:00:00", "2026-11-20 12:05:00", "", "", "", 1),
    ("3012345678901234570", "tb_小王", "89.00", "0.00", "卖家已发货，等待买家确认", "", "王小明",
     "浙江省 杭州市 西湖区 文三路100号 华星大厦5楼(310012)", "", "'13812345678",
     "2026-11-18 09:00:00", "2026-11-18 09:01:00", "申通快递", "773001234567", "", 1),
    ("3012345678901234571", "buyer_closed", "59.00", "0.00", "交易关闭", "", "赵六",
     "广东省 广州市 天河区 体育西路1号(510620)", "", "'13700002222",
     "2026-11-19 08:00:00", "", "", "", "", 1),
    ("3012345678901234572", "slow_payer", "129.00", "0.00", "等待买家付款", "", "钱七",
     "江苏省 南京市 鼓楼区 中山路2号(210008)", "", "'13600003333",
     "2026-11-20 13:00:00", "", "", "", "", 1),
    ("3012345678901234573", "yto_fan", "129.00", "0.00", PAID, "", "孙八",
     "上海 上海市 浦东新区 世纪大道100号(200120)", "", "'13500004444",
     "2026-11-20 14:00:00", "2026-11-20 14:01:00", "", "", "买家要求圆通", 1),
]
ITEMS = [
    # order no, title, price, qty, attributes, merchant code (商家编码)
    ("3012345678901234567", "男士直筒牛仔裤 修身弹力", "129.00", 1, "颜色分类：深蓝;尺码：30", "6901234500011"),  # barcode
    ("3012345678901234567", "纯棉圆领T恤", "64.50", 2, "颜色分类：白色;尺码：L", "TX002"),                     # item code + attributes
    ("3012345678901234568", "纯棉圆领T恤", "99.00", 1, "颜色分类：黑色;尺码：M", ""),                         # title + attributes
    ("3012345678901234569", "男士直筒牛仔裤 修身弹力", "129.00", 1, "颜色分类：深蓝;尺码：32", "6901234500028"),
    ("3012345678901234570", "纯棉圆领T恤", "89.00", 1, "颜色分类：白色;尺码：M", "TX002"),
    ("3012345678901234571", "纯棉圆领T恤", "59.00", 1, "颜色分类：白色;尺码：M", "TX002"),
    ("3012345678901234572", "男士直筒牛仔裤 修身弹力", "129.00", 1, "颜色分类：深蓝;尺码：30", "6901234500011"),
    ("3012345678901234573", "加绒卫衣", "129.00", 1, "颜色分类：灰色;尺码：XL", "WY999"),                     # unknown: unmatched
]


def q(field):
    field = str(field)
    if any(c in field for c in ',"\r\n'):
        return '"' + field.replace('"', '""') + '"'
    return field


def guard(number):
    return '="' + number + '"'


def order_rows():
    rows = []
    for (no, nick, pay, freight, status, msg, name, addr, phone, mobile, created, paid, courier, tracking, note,
         units) in ORDERS:
        values = dict.fromkeys(ORDER_HEADER, "")
        values.update({"订单编号": guard(no), "买家会员名": nick, "买家支付宝账号": nick + "@example.com",
                       "买家应付货款": pay, "买家应付邮费": freight, "买家支付积分": "0", "总金额": pay,
                       "返点积分": "0", "买家实际支付金额": pay, "买家实际支付积分": "0", "订单状态": status,
                       "买家留言": msg, "收货人姓名": name, "收货地址": addr, "运送方式": "快递",
                       "联系电话": phone, "联系手机": mobile, "订单创建时间": created, "订单付款时间": paid,
                       "宝贝标题": "", "宝贝种类": "1", "物流单号": guard(tracking) if tracking else "",
                       "物流公司": courier, "订单备注": note, "宝贝总数量": str(units), "店铺Id": "123456",
                       "店铺名称": "小店", "是否手机订单": "手机订单"})
        rows.append([values[h] for h in ORDER_HEADER])
    return rows


def item_rows():
    rows = []
    for no, title, price, qty, attrs, code in ITEMS:
        values = dict.fromkeys(ITEM_HEADER, "")
        values.update({"订单编号": guard(no), "标题": title, "价格": price, "购买数量": str(qty),
                       "商品属性": attrs, "订单状态": "", "商家编码": code})
        rows.append([values[h] for h in ITEM_HEADER])
    return rows


def write(path, header, rows, encoding, bom=False):
    text = "\r\n".join(",".join(q(f) if not f.startswith('="') else f for f in row) for row in [header] + rows) + "\r\n"
    data = text.encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    with open(path, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    write("ExportOrderList202611201530.csv", ORDER_HEADER, order_rows(), "gbk")
    write("ExportOrderDetailList202611201530.csv", ITEM_HEADER, item_rows(), "gbk")
    write("ExportOrderList-utf8.csv", ORDER_HEADER, order_rows(), "utf-8", bom=True)
    write("ExportOrderDetailList-utf8.csv", ITEM_HEADER, item_rows(), "utf-8", bom=True)
