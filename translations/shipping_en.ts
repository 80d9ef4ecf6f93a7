<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>shopdesk::shipping::Couriers</name>
        <message>
            <source>an STO tracking number has 12 or 13 digits</source>
            <translation>an STO tracking number has 12 or 13 digits</translation>
        </message>
        <message>
            <source>a YTO tracking number is YT and 13 digits</source>
            <translation>a YTO tracking number is YT and 13 digits</translation>
        </message>
        <message>
            <source>a ZTO tracking number has 12 to 14 digits</source>
            <translation>a ZTO tracking number has 12 to 14 digits</translation>
        </message>
        <message>
            <source>a Yunda tracking number has 13 to 15 digits</source>
            <translation>a Yunda tracking number has 13 to 15 digits</translation>
        </message>
        <message>
            <source>an SF tracking number is SF and 12 or 13 digits</source>
            <translation>an SF tracking number is SF and 12 or 13 digits</translation>
        </message>
        <message>
            <source>an EMS tracking number has 13 digits or the form EA123456789CN</source>
            <translation>an EMS tracking number has 13 digits or the form EA123456789CN</translation>
        </message>
        <message>
            <source>the tracking number must not be empty</source>
            <translation>the tracking number must not be empty</translation>
        </message>
        <message>
            <source>“%1” is not a weight in kg.</source>
            <translation>“%1” is not a weight in kg.</translation>
        </message>
        <message>
            <source>no shipped order has this tracking number</source>
            <translation>no shipped order has this tracking number</translation>
        </message>
        <message>
            <source>billed %1, the price table gives %2</source>
            <translation>billed %1, the price table gives %2</translation>
        </message>
        <message>
            <source>the order number is empty.</source>
            <translation>the order number is empty.</translation>
        </message>
        <message>
            <source>the tracking number is empty.</source>
            <translation>the tracking number is empty.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::Factory</name>
        <message>
            <source>Shipping</source>
            <translation>Shipping</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::PriceTable</name>
        <message>
            <source>There is no price table for the courier %1.</source>
            <translation>There is no price table for the courier %1.</translation>
        </message>
        <message>
            <source>The price table of %1 has no price for %2.</source>
            <translation>The price table of %1 has no price for %2.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::ShippingPanel</name>
        <message>
            <source>Order no.</source>
            <translation>Order no.</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Paid at</source>
            <translation>Paid at</translation>
        </message>
        <message>
            <source>Buyer</source>
            <translation>Buyer</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>Recipient</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>Province</translation>
        </message>
        <message>
            <source>Goods</source>
            <translation>Goods</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Courier</source>
            <translation>Courier</translation>
        </message>
        <message>
            <source>Tracking no.</source>
            <translation>Tracking no.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::ShippingRepository</name>
        <message>
            <source>There is no order %1 in the shop.</source>
            <translation>There is no order %1 in the shop.</translation>
        </message>
        <message>
            <source>At least one copy must be printed.</source>
            <translation>At least one copy must be printed.</translation>
        </message>
        <message>
            <source>The waybill of this order was printed before: a reprint needs a reason.</source>
            <translation>The waybill of this order was printed before: a reprint needs a reason.</translation>
        </message>
        <message>
            <source>The tracking number %1 is already used by another order.</source>
            <translation>The tracking number %1 is already used by another order.</translation>
        </message>
        <message>
            <source>Only an order waiting for dispatch can get a tracking number.</source>
            <translation>Only an order waiting for dispatch can get a tracking number.</translation>
        </message>
        <message>
            <source>“%1” is not a flag colour.</source>
            <translation>“%1” is not a flag colour.</translation>
        </message>
        <message>
            <source>Choose the courier before shipping.</source>
            <translation>Choose the courier before shipping.</translation>
        </message>
        <message>
            <source>Enter the tracking number before shipping.</source>
            <translation>Enter the tracking number before shipping.</translation>
        </message>
        <message>
            <source>There is no order with the number %1.</source>
            <translation>There is no order with the number %1.</translation>
        </message>
        <message>
            <source>The order %1 is not waiting for dispatch.</source>
            <translation>The order %1 is not waiting for dispatch.</translation>
        </message>
        <message>
            <source>Order %1: the line “%2 %3” is not matched to a SKU; match it before shipping.</source>
            <translation>Order %1: the line “%2 %3” is not matched to a SKU; match it before shipping.</translation>
        </message>
        <message>
            <source>The scanned stub has no tracking number.</source>
            <translation>The scanned stub has no tracking number.</translation>
        </message>
        <message>
            <source>A claim is for a lost or a damaged parcel.</source>
            <translation>A claim is for a lost or a damaged parcel.</translation>
        </message>
        <message>
            <source>No shipped order has the tracking number %1.</source>
            <translation>No shipped order has the tracking number %1.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::ShippingService</name>
        <message>
            <source>There are no waybills to print.</source>
            <translation>There are no waybills to print.</translation>
        </message>
        <message>
            <source>Order %1 has no tracking number yet.</source>
            <translation>Order %1 has no tracking number yet.</translation>
        </message>
        <message>
            <source>Some of these waybills were printed before: a reprint needs a reason.</source>
            <translation>Some of these waybills were printed before: a reprint needs a reason.</translation>
        </message>
        <message>
            <source>the tracking number is empty.</source>
            <translation>the tracking number is empty.</translation>
        </message>
        <message>
            <source>“%1” is not a courier; use one of %2.</source>
            <translation>“%1” is not a courier; use one of %2.</translation>
        </message>
        <message>
            <source>“%1” is not a tracking number of %2: %3.</source>
            <translation>“%1” is not a tracking number of %2: %3.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::TaobaoImport</name>
        <message>
            <source>the order number is empty.</source>
            <translation>the order number is empty.</translation>
        </message>
        <message>
            <source>the order %1 is listed twice.</source>
            <translation>the order %1 is listed twice.</translation>
        </message>
        <message>
            <source>“%1” is not an order status of the platform.</source>
            <translation>“%1” is not an order status of the platform.</translation>
        </message>
        <message>
            <source>“%1” is not a time (use a form like 2026-11-20 14:05:00).</source>
            <translation>“%1” is not a time (use a form like 2026-11-20 14:05:00).</translation>
        </message>
        <message>
            <source>the order is paid but has no payment time.</source>
            <translation>the order is paid but has no payment time.</translation>
        </message>
        <message>
            <source>“%1” is not an amount of money (use a form like 129.50).</source>
            <translation>“%1” is not an amount of money (use a form like 129.50).</translation>
        </message>
        <message>
            <source>a paid order needs a recipient.</source>
            <translation>a paid order needs a recipient.</translation>
        </message>
        <message>
            <source>the order %1 is not in %2.</source>
            <translation>the order %1 is not in %2.</translation>
        </message>
        <message>
            <source>“%1” is not a quantity of at least 1.</source>
            <translation>“%1” is not a quantity of at least 1.</translation>
        </message>
        <message>
            <source>the order %1 has no lines in %2.</source>
            <translation>the order %1 has no lines in %2.</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::WaybillPainter</name>
        <message>
            <source>“%1” is not a waybill layout; use one of %2.</source>
            <translation>“%1” is not a waybill layout; use one of %2.</translation>
        </message>
        <message>
            <source>%1: not a waybill layout (%2).</source>
            <translation>%1: not a waybill layout (%2).</translation>
        </message>
        <message>
            <source>%1: the layout has no size.</source>
            <translation>%1: the layout has no size.</translation>
        </message>
        <message>
            <source>%1: “%2” is not a waybill field.</source>
            <translation>%1: “%2” is not a waybill field.</translation>
        </message>
        <message>
            <source>To: %1</source>
            <translation>To: %1</translation>
        </message>
        <message>
            <source>From: %1</source>
            <translation>From: %1</translation>
        </message>
        <message>
            <source>Goods: %1</source>
            <translation>Goods: %1</translation>
        </message>
        <message>
            <source>Order %1</source>
            <translation>Order %1</translation>
        </message>
        <message>
            <source>Buyer's note: %1</source>
            <translation>Buyer's note: %1</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::shipping::WaybillPdf</name>
        <message>
            <source>Waybills</source>
            <translation>Waybills</translation>
        </message>
        <message>
            <source>“%1” cannot be written.</source>
            <translation>“%1” cannot be written.</translation>
        </message>
        <message>
            <source>Order %1: %2</source>
            <translation>Order %1: %2</translation>
        </message>
        <message>
            <source>There are no waybills to print.</source>
            <translation>There are no waybills to print.</translation>
        </message>
    </context>
</TS>
