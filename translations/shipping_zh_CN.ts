<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>shopdesk::shipping::Couriers</name>
        <message>
            <source>an STO tracking number has 12 or 13 digits</source>
            <translation>申通运单号为 12 或 13 位数字</translation>
        </message>
        <message>
            <source>a YTO tracking number is YT and 13 digits</source>
            <translation>圆通运单号为 YT 加 13 位数字</translation>
        </message>
        <message>
            <source>a ZTO tracking number has 12 to 14 digits</source>
            <translation>中通运单号为 12 至 14 位数字</translation>
        </message>
        <message>
            <source>a Yunda tracking number has 13 to 15 digits</source>
            <translation>韵达运单号为 13 至 15 位数字</translation>
        </message>
        <message>
            <source>an SF tracking number is SF and 12 or 13 digits</source>
            <translation>顺丰运单号为 SF 加 12 或 13 位数字</translation>
        </message>
        <message>
            <source>an EMS tracking number has 13 digits or the form EA123456789CN</source>
            <translation>EMS 运单号为 13 位数字或 EA123456789CN 的形式</translation>
        </message>
        <message>
            <source>the tracking number must not be empty</source>
            <translation>运单号不能为空</translation>
        </message>
        <message>
            <source>“%1” is not a weight in kg.</source>
            <translation>“%1”不是以千克计的重量。</translation>
        </message>
        <message>
            <source>no shipped order has this tracking number</source>
            <translation>没有已发货订单使用此运单号</translation>
        </message>
        <message>
            <source>billed %1, the price table gives %2</source>
            <translation>账单收费 %1，价格表应为 %2</translation>
        </message>
        <message>
            <source>the order number is empty.</source>
            <translation>订单编号为空。</translation>
        </message>
        <message>
            <source>the tracking number is empty.</source>
            <translation>运单号为空。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::Factory</name>
        <message>
            <source>Shipping</source>
            <translation>发货</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::PriceTable</name>
        <message>
            <source>There is no price table for the courier %1.</source>
            <translation>快递公司 %1 没有价格表。</translation>
        </message>
        <message>
            <source>The price table of %1 has no price for %2.</source>
            <translation>%1 的价格表中没有 %2 的价格。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::ShippingPanel</name>
        <message>
            <source>Order no.</source>
            <translation>订单编号</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>订单状态</translation>
        </message>
        <message>
            <source>Paid at</source>
            <translation>付款时间</translation>
        </message>
        <message>
            <source>Buyer</source>
            <translation>买家会员名</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>收货人</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>省份</translation>
        </message>
        <message>
            <source>Goods</source>
            <translation>宝贝</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Courier</source>
            <translation>快递公司</translation>
        </message>
        <message>
            <source>Tracking no.</source>
            <translation>运单号</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::ShippingRepository</name>
        <message>
            <source>There is no order %1 in the shop.</source>
            <translation>店铺中没有订单 %1。</translation>
        </message>
        <message>
            <source>At least one copy must be printed.</source>
            <translation>至少要打印一份。</translation>
        </message>
        <message>
            <source>The waybill of this order was printed before: a reprint needs a reason.</source>
            <translation>此订单的快递单已打印过：补打需要填写原因。</translation>
        </message>
        <message>
            <source>The tracking number %1 is already used by another order.</source>
            <translation>运单号 %1 已被另一个订单使用。</translation>
        </message>
        <message>
            <source>Only an order waiting for dispatch can get a tracking number.</source>
            <translation>只有待发货的订单才能填写运单号。</translation>
        </message>
        <message>
            <source>“%1” is not a flag colour.</source>
            <translation>“%1”不是旗帜颜色。</translation>
        </message>
        <message>
            <source>Choose the courier before shipping.</source>
            <translation>发货前请先选择快递公司。</translation>
        </message>
        <message>
            <source>Enter the tracking number before shipping.</source>
            <translation>发货前请先填写运单号。</translation>
        </message>
        <message>
            <source>There is no order with the number %1.</source>
            <translation>没有编号为 %1 的订单。</translation>
        </message>
        <message>
            <source>The order %1 is not waiting for dispatch.</source>
            <translation>订单 %1 不是待发货状态。</translation>
        </message>
        <message>
            <source>Order %1: the line “%2 %3” is not matched to a SKU; match it before shipping.</source>
            <translation>订单 %1：宝贝“%2 %3”尚未对应到 SKU，请先对应再发货。</translation>
        </message>
        <message>
            <source>The scanned stub has no tracking number.</source>
            <translation>扫描的底单没有运单号。</translation>
        </message>
        <message>
            <source>A claim is for a lost or a damaged parcel.</source>
            <translation>索赔只针对丢失或损坏的包裹。</translation>
        </message>
        <message>
            <source>No shipped order has the tracking number %1.</source>
            <translation>没有已发货订单的运单号是 %1。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::ShippingService</name>
        <message>
            <source>There are no waybills to print.</source>
            <translation>没有需要打印的快递单。</translation>
        </message>
        <message>
            <source>Order %1 has no tracking number yet.</source>
            <translation>订单 %1 还没有运单号。</translation>
        </message>
        <message>
            <source>Some of these waybills were printed before: a reprint needs a reason.</source>
            <translation>其中有快递单已打印过：补打需要填写原因。</translation>
        </message>
        <message>
            <source>the tracking number is empty.</source>
            <translation>运单号为空。</translation>
        </message>
        <message>
            <source>“%1” is not a courier; use one of %2.</source>
            <translation>“%1”不是快递公司，请使用 %2 之一。</translation>
        </message>
        <message>
            <source>“%1” is not a tracking number of %2: %3.</source>
            <translation>“%1”不是%2的运单号：%3。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::TaobaoImport</name>
        <message>
            <source>the order number is empty.</source>
            <translation>订单编号为空。</translation>
        </message>
        <message>
            <source>the order %1 is listed twice.</source>
            <translation>订单 %1 出现了两次。</translation>
        </message>
        <message>
            <source>“%1” is not an order status of the platform.</source>
            <translation>“%1”不是平台的订单状态。</translation>
        </message>
        <message>
            <source>“%1” is not a time (use a form like 2026-11-20 14:05:00).</source>
            <translation>“%1”不是时间（请使用 2026-11-20 14:05:00 这样的格式）。</translation>
        </message>
        <message>
            <source>the order is paid but has no payment time.</source>
            <translation>订单已付款，但没有付款时间。</translation>
        </message>
        <message>
            <source>“%1” is not an amount of money (use a form like 129.50).</source>
            <translation>“%1”不是金额（请使用 129.50 这样的格式）。</translation>
        </message>
        <message>
            <source>a paid order needs a recipient.</source>
            <translation>已付款的订单需要收货人。</translation>
        </message>
        <message>
            <source>the order %1 is not in %2.</source>
            <translation>订单 %1 不在 %2 中。</translation>
        </message>
        <message>
            <source>“%1” is not a quantity of at least 1.</source>
            <translation>“%1”不是至少为 1 的数量。</translation>
        </message>
        <message>
            <source>the order %1 has no lines in %2.</source>
            <translation>订单 %1 在 %2 中没有宝贝。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::WaybillPainter</name>
        <message>
            <source>“%1” is not a waybill layout; use one of %2.</source>
            <translation>“%1”不是快递单版式，请使用 %2 之一。</translation>
        </message>
        <message>
            <source>%1: not a waybill layout (%2).</source>
            <translation>%1：不是快递单版式（%2）。</translation>
        </message>
        <message>
            <source>%1: the layout has no size.</source>
            <translation>%1：版式没有尺寸。</translation>
        </message>
        <message>
            <source>%1: “%2” is not a waybill field.</source>
            <translation>%1：“%2”不是快递单字段。</translation>
        </message>
        <message>
            <source>To: %1</source>
            <translation>收件人：%1</translation>
        </message>
        <message>
            <source>From: %1</source>
            <translation>寄件人：%1</translation>
        </message>
        <message>
            <source>Goods: %1</source>
            <translation>货品：%1</translation>
        </message>
        <message>
            <source>Order %1</source>
            <translation>订单号 %1</translation>
        </message>
        <message>
            <source>Buyer's note: %1</source>
            <translation>买家留言：%1</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::WaybillPdf</name>
        <message>
            <source>Waybills</source>
            <translation>快递单</translation>
        </message>
        <message>
            <source>“%1” cannot be written.</source>
            <translation>无法写入“%1”。</translation>
        </message>
        <message>
            <source>Order %1: %2</source>
            <translation>订单 %1：%2</translation>
        </message>
        <message>
            <source>There are no waybills to print.</source>
            <translation>没有需要打印的快递单。</translation>
        </message>
    </context>
</TS>
