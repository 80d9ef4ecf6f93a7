<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>shopdesk::aftersale::AftersaleService</name>
        <message>
            <source>Order %1: the line “%2” is not matched to a SKU; match it in shipping first.</source>
            <translation>订单 %1：商品行“%2”未对应到 SKU，请先在发货中对应。</translation>
        </message>
        <message>
            <source>%1: a case needs at least 1 piece (it is %2).</source>
            <translation>%1：售后至少要 1 件（现在是 %2）。</translation>
        </message>
        <message>
            <source>Order %1 has no item with the barcode %2.</source>
            <translation>订单 %1 中没有条码为 %2 的宝贝。</translation>
        </message>
        <message>
            <source>Order %1 holds %2 piece(s) of %3, not %4.</source>
            <translation>订单 %1 中 %3 只有 %2 件，不是 %4 件。</translation>
        </message>
        <message>
            <source>The case is closed.</source>
            <translation>售后单已关闭。</translation>
        </message>
        <message>
            <source>This kind of case (%1) has no goods coming back.</source>
            <translation>这类售后（%1）没有退回的货品。</translation>
        </message>
        <message>
            <source>The goods of this case were already received.</source>
            <translation>这个售后单的货已经收到了。</translation>
        </message>
        <message>
            <source>An exchange sends a replacement; it is not refunded.</source>
            <translation>换货是换发新货，不退款。</translation>
        </message>
        <message>
            <source>A return is refunded once its goods are received.</source>
            <translation>退货要在收到退回的货后才能退款。</translation>
        </message>
        <message>
            <source>The case was already refunded.</source>
            <translation>这个售后单已经退过款了。</translation>
        </message>
        <message>
            <source>The case was already refunded or its replacement sent.</source>
            <translation>这个售后单已经退款或已换发。</translation>
        </message>
        <message>
            <source>This kind of case (%1) sends no replacement.</source>
            <translation>这类售后（%1）不换发货品。</translation>
        </message>
        <message>
            <source>An exchange sends its replacement once the goods are received.</source>
            <translation>换货要在收到退回的货后才能换发。</translation>
        </message>
        <message>
            <source>The goods are back: refund the buyer or send the replacement before closing.</source>
            <translation>货已退回：关闭前请先给买家退款或换发。</translation>
        </message>
        <message>
            <source>“%1” is not a step of a case.</source>
            <translation>“%1”不是售后的处理步骤。</translation>
        </message>
        <message>
            <source>There is no after-sale case %1.</source>
            <translation>没有售后单 %1。</translation>
        </message>
        <message>
            <source>“%1” is not a kind of case; use return, exchange, refund only, lost, damaged, undeliverable or refused.</source>
            <translation>“%1”不是售后类型；请用 退货、换货、仅退款、丢件、破损、无法派送 或 拒收。</translation>
        </message>
        <message>
            <source>“%1” is not one of the store's reasons: %2.</source>
            <translation>“%1”不在本店的售后原因里：%2。</translation>
        </message>
        <message>
            <source>A claim cannot be for a negative amount (%1).</source>
            <translation>索赔金额不能为负数（%1）。</translation>
        </message>
        <message>
            <source>There is no order %1.</source>
            <translation>没有订单 %1。</translation>
        </message>
        <message>
            <source>Order %1 has not been shipped: only a refund can be agreed for it.</source>
            <translation>订单 %1 还未发货：只能约定仅退款。</translation>
        </message>
        <message>
            <source>Order %1 has no tracking number to claim for.</source>
            <translation>订单 %1 没有运单号，无法索赔。</translation>
        </message>
        <message>
            <source>Case %1: %2</source>
            <translation>售后单 %1：%2</translation>
        </message>
        <message>
            <source>Case %1 is not about the item with the barcode %2.</source>
            <translation>售后单 %1 不涉及条码为 %2 的宝贝。</translation>
        </message>
        <message>
            <source>Case %1 expects %2 more piece(s) of %3, not %4.</source>
            <translation>售后单 %1 还应收回 %3 %2 件，不是 %4 件。</translation>
        </message>
        <message>
            <source>A refund needs an amount above ¥0.00 (it is %1).</source>
            <translation>退款金额须大于 ¥0.00（现在是 %1）。</translation>
        </message>
        <message>
            <source>Order %1 paid %2 and %3 was refunded already: at most %4 can be refunded, not %5.</source>
            <translation>订单 %1 实付 %2，已退款 %3：最多还能退 %4，不能退 %5。</translation>
        </message>
        <message>
            <source>No SKU has the barcode %1.</source>
            <translation>没有条码为 %1 的 SKU。</translation>
        </message>
        <message>
            <source>Case %1 has changed since: its last step is no longer “%2”.</source>
            <translation>售后单 %1 之后已有变动：最后一步已不是“%2”。</translation>
        </message>
        <message>
            <source>A reason cannot be empty.</source>
            <translation>售后原因不能为空。</translation>
        </message>
        <message>
            <source>The reason “%1” has a comma; write it without one.</source>
            <translation>原因“%1”中有逗号，请去掉逗号。</translation>
        </message>
        <message>
            <source>The reason “%1” is on the list twice.</source>
            <translation>原因“%1”在列表中出现了两次。</translation>
        </message>
        <message>
            <source>The store needs at least one reason.</source>
            <translation>店铺至少需要一个售后原因。</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>报表</translation>
        </message>
        <message>
            <source>Reason / item / SKU</source>
            <translation>原因 / 宝贝 / SKU</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>售后单数</translation>
        </message>
        <message>
            <source>Pieces</source>
            <translation>件数</translation>
        </message>
        <message>
            <source>Units sold</source>
            <translation>成交件数</translation>
        </message>
        <message>
            <source>Pieces returned or exchanged</source>
            <translation>退换货件数</translation>
        </message>
        <message>
            <source>Return rate</source>
            <translation>退货率</translation>
        </message>
        <message>
            <source>Refunds (¥)</source>
            <translation>退款金额（¥）</translation>
        </message>
        <message>
            <source>By reason</source>
            <translation>按原因</translation>
        </message>
        <message>
            <source>By item</source>
            <translation>按宝贝</translation>
        </message>
        <message>
            <source>By SKU</source>
            <translation>按 SKU</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>After-sale</source>
            <translation>售后</translation>
        </message>
        <message>
            <source>The reply library has no reply in the returns group.</source>
            <translation>快捷短语库的“退换货”分组里没有回复。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::aftersale::AftersaleTerms</name>
        <message>
            <source>Return</source>
            <translation>退货</translation>
        </message>
        <message>
            <source>Exchange</source>
            <translation>换货</translation>
        </message>
        <message>
            <source>Refund only</source>
            <translation>仅退款</translation>
        </message>
        <message>
            <source>Lost parcel</source>
            <translation>丢件</translation>
        </message>
        <message>
            <source>Damaged parcel</source>
            <translation>破损</translation>
        </message>
        <message>
            <source>Undeliverable parcel</source>
            <translation>无法派送</translation>
        </message>
        <message>
            <source>Refused parcel</source>
            <translation>拒收</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>待处理</translation>
        </message>
        <message>
            <source>Goods received</source>
            <translation>已收货</translation>
        </message>
        <message>
            <source>Refunded</source>
            <translation>已退款</translation>
        </message>
        <message>
            <source>Replacement sent</source>
            <translation>已换发</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已关闭</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>新建</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::aftersale::AftersaleWorkbench</name>
        <message>
            <source>After-sale cases</source>
            <translation>售后单</translation>
        </message>
        <message>
            <source>After-sale report</source>
            <translation>售后报表</translation>
        </message>
        <message>
            <source>After-sale replies</source>
            <translation>售后回复</translation>
        </message>
        <message>
            <source>&amp;New after-sale case…</source>
            <translation>新建售后单(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>刷新(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Export the after-sale report…</source>
            <translation>导出售后报表(&amp;E)…</translation>
        </message>
        <message>
            <source>New case</source>
            <translation>新建售后</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>刷新</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::aftersale::CasesView</name>
        <message>
            <source>Case no.</source>
            <translation>售后单号</translation>
        </message>
        <message>
            <source>Order no.</source>
            <translation>订单号</translation>
        </message>
        <message>
            <source>Buyer</source>
            <translation>买家</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Goods</source>
            <translation>货品</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>退款</translation>
        </message>
        <message>
            <source>Replacement parcel</source>
            <translation>换发包裹</translation>
        </message>
        <message>
            <source>Opened by</source>
            <translation>登记人</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>&amp;New case…</source>
            <translation>新建售后(&amp;N)…</translation>
        </message>
        <message>
            <source>Goods &amp;received…</source>
            <translation>收到退货(&amp;R)…</translation>
        </message>
        <message>
            <source>Re&amp;fund…</source>
            <translation>退款(&amp;F)…</translation>
        </message>
        <message>
            <source>&amp;Close case</source>
            <translation>关闭售后(&amp;C)</translation>
        </message>
        <message>
            <source>Open cases only</source>
            <translation>只看未结</translation>
        </message>
        <message>
            <source>%1 case(s) shown, %2 not closed.</source>
            <translation>显示 %1 个售后单，%2 个未关闭。</translation>
        </message>
        <message>
            <source>%1 %2 (%3)</source>
            <translation>%1 %2（%3）</translation>
        </message>
        <message>
            <source>Case %1, order %2 paid %3: %4</source>
            <translation>售后单 %1，订单 %2 实付 %3：%4</translation>
        </message>
        <message>
            <source>Open an after-sale case for order %1</source>
            <translation>为订单 %1 新建售后单</translation>
        </message>
        <message>
            <source>Receive the goods of case %1</source>
            <translation>售后单 %1 收货</translation>
        </message>
        <message>
            <source>Refund %1 on case %2</source>
            <translation>售后单 %2 退款 %1</translation>
        </message>
        <message>
            <source>Send the replacement of case %1</source>
            <translation>售后单 %1 换发</translation>
        </message>
        <message>
            <source>Close the case</source>
            <translation>关闭售后单</translation>
        </message>
        <message>
            <source>Close after-sale case %1 of order %2? It leaves the list of open cases.</source>
            <translation>关闭订单 %2 的售后单 %1 吗？关闭后它不再出现在未结列表中。</translation>
        </message>
        <message>
            <source>Close case %1</source>
            <translation>关闭售后单 %1</translation>
        </message>
        <message>
            <source>Goods received for case %1</source>
            <translation>售后单 %1 收货</translation>
        </message>
        <message>
            <source>Inspect each piece: intact ones go back into stock, damaged ones to the faulty goods.</source>
            <translation>逐件检查：完好的入库，破损的记入次品账。</translation>
        </message>
        <message>
            <source>Intact</source>
            <translation>完好</translation>
        </message>
        <message>
            <source>Damaged</source>
            <translation>破损</translation>
        </message>
        <message>
            <source>No piece was counted as received.</source>
            <translation>没有登记收到任何一件。</translation>
        </message>
        <message>
            <source>Refund for case %1 (order %2 paid %3), ¥:</source>
            <translation>售后单 %1 退款（订单 %2 实付 %3），¥：</translation>
        </message>
        <message>
            <source>Replacement for case %1</source>
            <translation>售后单 %1 换发</translation>
        </message>
        <message>
            <source>Barcodes to send (barcode:pieces, separated by spaces):</source>
            <translation>要发出的条码（条码:件数，用空格分隔）：</translation>
        </message>
        <message>
            <source>Courier:</source>
            <translation>快递：</translation>
        </message>
        <message>
            <source>Tracking no. of the new parcel:</source>
            <translation>新包裹的运单号：</translation>
        </message>
        <message>
            <source>Opened at</source>
            <translation>登记时间</translation>
        </message>
        <message>
            <source>Rea&amp;sons…</source>
            <translation>售后原因(&amp;S)…</translation>
        </message>
        <message>
            <source>Change the after-sale reasons</source>
            <translation>修改售后原因</translation>
        </message>
        <message>
            <source>After-sale reasons</source>
            <translation>售后原因</translation>
        </message>
        <message>
            <source>The store's reasons for returns and exchanges, one per line:</source>
            <translation>本店退换货的原因，每行一个：</translation>
        </message>
        <message>
            <source>empty: the next number of the courier's range</source>
            <translation>留空：取该快递号段的下一个单号</translation>
        </message>
        <message>
            <source>Send re&amp;placement…</source>
            <translation>换发(&amp;P)…</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::aftersale::Cli</name>
        <message>
            <source>Usage: %1</source>
            <translation>用法：%1</translation>
        </message>
        <message>
            <source>%1 “%2”: the count after the colon must be 1 to 9999.</source>
            <translation>%1 “%2”：冒号后的件数须为 1 到 9999。</translation>
        </message>
        <message>
            <source>%1 “%2” names no barcode.</source>
            <translation>%1 “%2” 没有写条码。</translation>
        </message>
        <message>
            <source>There is no after-sale case %1.</source>
            <translation>没有售后单 %1。</translation>
        </message>
        <message>
            <source>--kind “%1” is not a kind of case; use return, exchange, refund_only, lost, damaged, undeliverable or refused.</source>
            <translation>--kind “%1” 不是售后类型；请用 退货、换货、仅退款、丢件、破损、无法派送 或 拒收（return、exchange、refund_only、lost、damaged、undeliverable、refused）。</translation>
        </message>
        <message>
            <source>--claim “%1”: %2</source>
            <translation>--claim “%1”：%2</translation>
        </message>
        <message>
            <source>Opened after-sale case %1 for order %2.</source>
            <translation>已为订单 %2 新建售后单 %1。</translation>
        </message>
        <message>
            <source>Case %1: goods received and booked.</source>
            <translation>售后单 %1：已收货并入账。</translation>
        </message>
        <message>
            <source>“%1”: %2</source>
            <translation>“%1”：%2</translation>
        </message>
        <message>
            <source>Case %1: refunded %2.</source>
            <translation>售后单 %1：已退款 %2。</translation>
        </message>
        <message>
            <source>Case %1: replacement parcel %2 waits at the packing station.</source>
            <translation>售后单 %1：换发包裹 %2 等待打包台三查。</translation>
        </message>
        <message>
            <source>Case %1 closed.</source>
            <translation>售后单 %1 已关闭。</translation>
        </message>
        <message>
            <source>%1  order %2  %3  %4  %5  refund %6</source>
            <translation>%1  订单 %2  %3  %4  %5  退款 %6</translation>
        </message>
        <message>
            <source>No after-sale cases.</source>
            <translation>没有售后单。</translation>
        </message>
        <message>
            <source>%1 “%2” is not a day (YYYY-MM-DD).</source>
            <translation>%1 “%2” 不是日期（YYYY-MM-DD）。</translation>
        </message>
        <message numerus="yes">
            <source>%n case(s), refunds %1.</source>
            <translation>
                <numerusform>%n 个售后单，退款 %1。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>  %1: %n case(s), refunds %2</source>
            <translation>
                <numerusform>  %1：%n 个售后单，退款 %2</numerusform>
            </translation>
        </message>
        <message>
            <source>  %1 %2: %3 of %4 sold returned or exchanged (%5%)</source>
            <translation>  %1 %2：售出 %4 件，退换货 %3 件（%5%）</translation>
        </message>
        <message>
            <source>Written to %1.</source>
            <translation>已写入 %1。</translation>
        </message>
        <message>
            <source>After-sale cases (returns, exchanges, refunds, lost, damaged, undeliverable and refused parcels): open one, receive its goods, refund, send a replacement, close, list, report.</source>
            <translation>售后单（退货、换货、退款、丢件、破损、无法派送和拒收的包裹）：新建、收货、退款、换发、关闭、列表、报表。</translation>
        </message>
        <message>
            <source>Case %1: the replacement parcel, numbered from the courier's range, waits at the packing station.</source>
            <translation>售后单 %1：补发包裹已从快递号段取得单号，在验货打包台等候。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::aftersale::Factory</name>
        <message>
            <source>After-sale</source>
            <translation>售后</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::aftersale::OpenCaseDialog</name>
        <message>
            <source>New after-sale case</source>
            <translation>新建售后单</translation>
        </message>
        <message>
            <source>Goods</source>
            <translation>商品</translation>
        </message>
        <message>
            <source>In the order</source>
            <translation>订单件数</translation>
        </message>
        <message>
            <source>In the case</source>
            <translation>售后件数</translation>
        </message>
        <message>
            <source>Lines of the case</source>
            <translation>售后单的商品</translation>
        </message>
        <message>
            <source>Order no.:</source>
            <translation>订单号：</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>类型：</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>原因：</translation>
        </message>
        <message>
            <source>Lines (pieces in the case, 0 leaves a line out):</source>
            <translation>商品（售后件数，0 表示不含该行）：</translation>
        </message>
        <message>
            <source>Claimed from the courier (lost or damaged, ¥):</source>
            <translation>向快递索赔（丢件或破损，¥）：</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>备注：</translation>
        </message>
        <message>
            <source>There is no order %1.</source>
            <translation>没有订单 %1。</translation>
        </message>
        <message>
            <source>%1 (not matched to a SKU)</source>
            <translation>%1（未对应到 SKU）</translation>
        </message>
        <message>
            <source>Pieces of %1 in the case</source>
            <translation>%1 的售后件数</translation>
        </message>
        <message>
            <source>Choose at least one piece of the order for the case.</source>
            <translation>请至少为售后单选择订单中的一件商品。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::aftersale::RepliesView</name>
        <message>
            <source>Case no.</source>
            <translation>售后单号</translation>
        </message>
        <message>
            <source>Buyer</source>
            <translation>买家</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Reply</source>
            <translation>回复</translation>
        </message>
        <message>
            <source>Text to send</source>
            <translation>发给买家的内容</translation>
        </message>
        <message>
            <source>&amp;Copy the reply</source>
            <translation>复制回复(&amp;C)</translation>
        </message>
        <message>
            <source>Open after-sale cases with the reply for the buyer: %1</source>
            <translation>未结售后单及给买家的回复：%1</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::aftersale::ReportView</name>
        <message>
            <source>Cases</source>
            <translation>售后单数</translation>
        </message>
        <message>
            <source>Pieces</source>
            <translation>件数</translation>
        </message>
        <message>
            <source>Refunds</source>
            <translation>退款金额</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Item code</source>
            <translation>货号</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Units sold</source>
            <translation>成交件数</translation>
        </message>
        <message>
            <source>Returned or exchanged</source>
            <translation>退换货件数</translation>
        </message>
        <message>
            <source>Return rate</source>
            <translation>退货率</translation>
        </message>
        <message>
            <source>Barcode</source>
            <translation>条码</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>&amp;Export xlsx…</source>
            <translation>导出 xlsx(&amp;E)…</translation>
        </message>
        <message>
            <source>By reason</source>
            <translation>按原因</translation>
        </message>
        <message>
            <source>By item</source>
            <translation>按宝贝</translation>
        </message>
        <message>
            <source>By SKU</source>
            <translation>按 SKU</translation>
        </message>
        <message numerus="yes">
            <source>%1 to %2: %n case(s), refunds %3.</source>
            <translation>
                <numerusform>%1 至 %2：%n 个售后单，退款 %3。</numerusform>
            </translation>
        </message>
        <message>
            <source>Cases per reason</source>
            <translation>各原因售后单数</translation>
        </message>
        <message>
            <source>Export the after-sale report</source>
            <translation>导出售后报表</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
    </context>
</TS>
