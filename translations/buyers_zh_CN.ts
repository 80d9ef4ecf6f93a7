<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>shopdesk::buyers::BuyerTableModel</name>
        <message>
            <source>Loyal</source>
            <translation>钢丝客户</translation>
        </message>
        <message>
            <source>Member name</source>
            <translation>会员名</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>手机</translation>
        </message>
        <message>
            <source>Member tier</source>
            <translation>会员等级</translation>
        </message>
        <message>
            <source>Total spend</source>
            <translation>累计消费</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>订单数</translation>
        </message>
        <message>
            <source>Returns</source>
            <translation>退换货</translation>
        </message>
        <message>
            <source>First order</source>
            <translation>首次下单</translation>
        </message>
        <message>
            <source>Last order</source>
            <translation>最近下单</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::buyers::BuyersService</name>
        <message>
            <source>Height must be between 50 and 250 cm (it is %1).</source>
            <translation>身高须在 50 到 250 厘米之间（现为 %1）。</translation>
        </message>
        <message>
            <source>Weight must be between 20 and 300 kg (it is %1).</source>
            <translation>体重须在 20 到 300 公斤之间（现为 %1）。</translation>
        </message>
        <message>
            <source>There is no buyer %1 in this shop.</source>
            <translation>本店没有买家 %1。</translation>
        </message>
        <message>
            <source>%1: a segment is written as .csv or .xlsx.</source>
            <translation>%1：买家分组只能导出为 .csv 或 .xlsx 文件。</translation>
        </message>
        <message>
            <source>Member name</source>
            <translation>会员名</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>手机</translation>
        </message>
        <message>
            <source>Member tier</source>
            <translation>会员等级</translation>
        </message>
        <message>
            <source>Total spend</source>
            <translation>累计消费</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>订单数</translation>
        </message>
        <message>
            <source>Last order</source>
            <translation>最近下单</translation>
        </message>
        <message>
            <source>Loyal (钢丝客户)</source>
            <translation>钢丝客户</translation>
        </message>
        <message>
            <source>Buyers</source>
            <translation>买家</translation>
        </message>
        <message>
            <source>Unpaid</source>
            <translation>待付款</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>已付款</translation>
        </message>
        <message>
            <source>Shipped</source>
            <translation>已发货</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>交易成功</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>交易关闭</translation>
        </message>
        <message>
            <source>The profile of %1</source>
            <translation>买家%1的资料</translation>
        </message>
        <message>
            <source>“%1” cannot be written. Choose another folder.</source>
            <translation>无法写入“%1”，请换一个文件夹。</translation>
        </message>
        <message>
            <source>“%1” could not be written to the end: the disk may be full. Free some space and try again.</source>
            <translation>“%1”没能写完：磁盘可能已满，请腾出空间后重试。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::buyers::BuyersView</name>
        <message>
            <source>Order</source>
            <translation>订单</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>已付款</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Goods</source>
            <translation>宝贝</translation>
        </message>
        <message>
            <source>Return / after-sale</source>
            <translation>退换货/售后</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %n buyer(s) · %2</source>
            <translation>
                <numerusform>%1 — %n 位买家 · %2</numerusform>
            </translation>
        </message>
        <message>
            <source>No buyer chosen.</source>
            <translation>未选择买家。</translation>
        </message>
        <message>
            <source>There is no buyer %1 in this shop.</source>
            <translation>本店没有买家 %1。</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%1&lt;/b&gt; %2 %3 · %4 · %5 in %n paid order(s) · entitled to %6</source>
            <translation>
                <numerusform>&lt;b&gt;%1&lt;/b&gt; %2 %3 · %4 · %5（%n 笔已付款订单）· 可享：%6</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 more to %2.</source>
            <translation>再消费 %1 即升为%2。</translation>
        </message>
        <message numerus="yes">
            <source>First order %1, last order %2; %n return(s) or after-sale case(s).</source>
            <translation>
                <numerusform>首次下单 %1，最近下单 %2；退换货/售后 %n 次。</numerusform>
            </translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>Save the profile of %1</source>
            <translation>保存%1的资料</translation>
        </message>
        <message>
            <source>Export the buyers shown</source>
            <translation>导出所列买家</translation>
        </message>
        <message>
            <source>buyers</source>
            <translation>买家</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
            <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
        </message>
        <message numerus="yes">
            <source>%n buyer(s) written to %1.</source>
            <translation>
                <numerusform>已将 %n 位买家写入 %1。</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>搜索(&amp;S)：</translation>
        </message>
        <message>
            <source>Member name, name or phone</source>
            <translation>会员名、姓名或手机</translation>
        </message>
        <message>
            <source>Every tier</source>
            <translation>全部等级</translation>
        </message>
        <message>
            <source>Every buyer</source>
            <translation>全部买家</translation>
        </message>
        <message>
            <source>Buyers of a category</source>
            <translation>某类目的买家</translation>
        </message>
        <message>
            <source>Not bought for … days</source>
            <translation>若干天未购买</translation>
        </message>
        <message>
            <source>Waiting for a restock</source>
            <translation>等待到货</translation>
        </message>
        <message>
            <source>Loyal buyers (钢丝客户)</source>
            <translation>钢丝客户</translation>
        </message>
        <message>
            <source> days</source>
            <translation> 天</translation>
        </message>
        <message>
            <source>Show &amp;phones</source>
            <translation>显示手机号(&amp;P)</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>导出(&amp;X)…</translation>
        </message>
        <message>
            <source>&amp;Height (身高):</source>
            <translation>身高(&amp;H)：</translation>
        </message>
        <message>
            <source>&amp;Weight (体重):</source>
            <translation>体重(&amp;W)：</translation>
        </message>
        <message>
            <source>Usual si&amp;ze:</source>
            <translation>常穿尺码(&amp;Z)：</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>备注(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;Loyal buyer (钢丝客户): gets new items first</source>
            <translation>钢丝客户(&amp;L)：新品优先通知</translation>
        </message>
        <message>
            <source>Sa&amp;ve profile</source>
            <translation>保存资料(&amp;V)</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::buyers::BuyersWorkbench</name>
        <message>
            <source>Buyers</source>
            <translation>买家</translation>
        </message>
        <message>
            <source>Member tiers</source>
            <translation>会员等级</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>刷新(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Find a buyer</source>
            <translation>查找买家(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Export the buyers shown…</source>
            <translation>导出所列买家(&amp;E)…</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>查找</translation>
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
        <name>shopdesk::buyers::Cli</name>
        <message>
            <source>--today needs a date YYYY-MM-DD, not “%1”.</source>
            <translation>--today 需要日期 YYYY-MM-DD，而不是“%1”。</translation>
        </message>
        <message>
            <source>Usage: buyers list [--search TEXT] [--tier gift|discount|care|none] [--segment category:C|tier:T|inactive:N|waiting|loyal] [--limit N] [--out F.csv|F.xlsx] [--full-phones] [--today YYYY-MM-DD]</source>
            <translation>用法：buyers list [--search 文本] [--tier gift|discount|care|none] [--segment category:类目|tier:等级|inactive:天数|waiting|loyal] [--limit N] [--out F.csv|F.xlsx] [--full-phones] [--today YYYY-MM-DD]</translation>
        </message>
        <message>
            <source>--tier needs gift, discount, care or none, not “%1”.</source>
            <translation>--tier 需要 gift、discount、care 或 none，而不是“%1”。</translation>
        </message>
        <message>
            <source>--limit needs a number above 0, not “%1”.</source>
            <translation>--limit 需要大于 0 的数字，而不是“%1”。</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n buyer(s) written to %2.</source>
            <translation>
                <numerusform>%1：已将 %n 位买家写入 %2。</numerusform>
            </translation>
        </message>
        <message>
            <source>%1  %2  %3  %4  %5  orders: %6  returns: %7  last: %8%9</source>
            <translation>%1  %2  %3  %4  %5  订单：%6  退换货：%7  最近：%8%9</translation>
        </message>
        <message>
            <source>never</source>
            <translation>从未</translation>
        </message>
        <message>
            <source>  钢丝客户</source>
            <translation>  钢丝客户</translation>
        </message>
        <message>
            <source>No buyer matches.</source>
            <translation>没有符合条件的买家。</translation>
        </message>
        <message>
            <source>Usage: buyers show NICK [--full-phones]</source>
            <translation>用法：buyers show 会员名 [--full-phones]</translation>
        </message>
        <message>
            <source>There is no buyer %1 in this shop.</source>
            <translation>本店没有买家 %1。</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%2, %3): %4, %5 in %n paid order(s); entitled to %6.</source>
            <translation>
                <numerusform>%1（%2，%3）：%4，共 %n 笔已付款订单 %5；可享：%6。</numerusform>
            </translation>
        </message>
        <message>
            <source>Size profile: %1 cm, %2 kg, usual size %3</source>
            <translation>尺码资料：身高 %1 厘米，体重 %2 公斤，常穿尺码 %3</translation>
        </message>
        <message>
            <source>?</source>
            <translation>？</translation>
        </message>
        <message>
            <source>Loyal buyer (钢丝客户): gets new items first.</source>
            <translation>钢丝客户：新品优先通知。</translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>备注：%1</translation>
        </message>
        <message>
            <source>  %1  %2  %3  %4  %5%6</source>
            <translation>  %1  %2  %3  %4  %5%6</translation>
        </message>
        <message>
            <source>not paid</source>
            <translation>未付款</translation>
        </message>
        <message>
            <source>  (returned)</source>
            <translation>  （退换货）</translation>
        </message>
        <message>
            <source>Usage: buyers profile NICK [--height CM] [--weight KG] [--size S] [--note N] [--loyal yes|no]</source>
            <translation>用法：buyers profile 会员名 [--height 厘米] [--weight 公斤] [--size 尺码] [--note 备注] [--loyal yes|no]</translation>
        </message>
        <message>
            <source>--height needs centimetres, not “%1”.</source>
            <translation>--height 需要厘米数，而不是“%1”。</translation>
        </message>
        <message>
            <source>--weight needs kilograms, not “%1”.</source>
            <translation>--weight 需要公斤数，而不是“%1”。</translation>
        </message>
        <message>
            <source>--loyal needs yes or no, not “%1”.</source>
            <translation>--loyal 需要 yes 或 no，而不是“%1”。</translation>
        </message>
        <message>
            <source>Profile of %1 saved.</source>
            <translation>已保存%1的资料。</translation>
        </message>
        <message>
            <source>%1 needs an amount in yuan.</source>
            <translation>%1 需要金额（元）。</translation>
        </message>
        <message>
            <source>%1 needs an amount in yuan, not “%2”.</source>
            <translation>%1 需要金额（元），而不是“%2”。</translation>
        </message>
        <message>
            <source>Usage: members set [--care YUAN] [--discount YUAN] [--gift YUAN]</source>
            <translation>用法：members set [--care 元] [--discount 元] [--gift 元]</translation>
        </message>
        <message>
            <source>Usage: members | members set [--care YUAN] [--discount YUAN] [--gift YUAN]</source>
            <translation>用法：members | members set [--care 元] [--discount 元] [--gift 元]</translation>
        </message>
        <message>
            <source>%1 (from %2): %3 buyer(s), %4 spent; %5</source>
            <translation>%1（%2 起）：%3 位买家，共消费 %4；可享：%5</translation>
        </message>
        <message>
            <source>The buyers (买家): every buyer with spend, orders, returns and member tier (会员), highest spend first; a segment for mass messages written as CSV or xlsx; one buyer's orders and size profile; the profile agents record.</source>
            <translation>买家：每位买家的累计消费、订单、退换货和会员等级，按消费从高到低；群发用的买家分组导出为 CSV 或 xlsx；单个买家的订单和尺码资料；客服记录的资料。</translation>
        </message>
        <message>
            <source>The member tiers (会员等级): their thresholds, what each entitles and how many buyers each has; set the store's own thresholds.</source>
            <translation>会员等级：各级门槛、权益和人数；设置本店自己的门槛。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::buyers::Factory</name>
        <message>
            <source>Buyers</source>
            <translation>买家</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::buyers::MembersView</name>
        <message>
            <source>Member tier</source>
            <translation>会员等级</translation>
        </message>
        <message>
            <source>From total spend</source>
            <translation>累计消费起点</translation>
        </message>
        <message>
            <source>Entitles to</source>
            <translation>权益</translation>
        </message>
        <message>
            <source>Buyers</source>
            <translation>买家</translation>
        </message>
        <message>
            <source>Their spend</source>
            <translation>累计消费</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>Repeat buyers (回头客)</source>
            <translation>回头客</translation>
        </message>
        <message>
            <source>Repeat rate (回头率)</source>
            <translation>回头率</translation>
        </message>
        <message>
            <source>Change the member tiers' thresholds</source>
            <translation>修改会员等级门槛</translation>
        </message>
        <message>
            <source>Member tiers (会员) follow from each buyer's total spend in paid orders; a higher tier has every entitlement of the lower ones.</source>
            <translation>会员等级按买家已付款订单的累计消费计算；高等级享有低等级的全部权益。</translation>
        </message>
        <message>
            <source>&amp;Gift with the next order from:</source>
            <translation>下次下单送赠品(&amp;G)，累计消费满：</translation>
        </message>
        <message>
            <source>Member &amp;discounts from:</source>
            <translation>会员折扣(&amp;D)，累计消费满：</translation>
        </message>
        <message>
            <source>&amp;Care messages and promotion notices from:</source>
            <translation>关怀短信和促销通知(&amp;C)，累计消费满：</translation>
        </message>
        <message>
            <source>&amp;Apply thresholds</source>
            <translation>应用门槛(&amp;A)</translation>
        </message>
        <message>
            <source>Repeat buyers per month: buyers who paid in the month and had paid at least two orders by its end.</source>
            <translation>每月回头客：当月付款、且到月底累计至少付款两笔订单的买家。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::buyers::Segment</name>
        <message>
            <source>--segment category: needs a category, e.g. category:牛仔裤.</source>
            <translation>--segment category: 需要类目，例如 category:牛仔裤。</translation>
        </message>
        <message>
            <source>--segment tier: needs gift, discount, care or none, not “%1”.</source>
            <translation>--segment tier: 需要 gift、discount、care 或 none，而不是“%1”。</translation>
        </message>
        <message>
            <source>--segment inactive: needs a number of days above 0, not “%1”.</source>
            <translation>--segment inactive: 需要大于 0 的天数，而不是“%1”。</translation>
        </message>
        <message>
            <source>Unknown segment “%1”: use category:C, tier:T, inactive:N, waiting or loyal.</source>
            <translation>未知的买家分组“%1”：请用 category:类目、tier:等级、inactive:天数、waiting 或 loyal。</translation>
        </message>
        <message>
            <source>Every buyer</source>
            <translation>全部买家</translation>
        </message>
        <message>
            <source>Buyers of %1</source>
            <translation>%1的买家</translation>
        </message>
        <message>
            <source>%1 buyers</source>
            <translation>%1</translation>
        </message>
        <message numerus="yes">
            <source>Not bought for %n day(s)</source>
            <translation>
                <numerusform>%n 天未购买</numerusform>
            </translation>
        </message>
        <message>
            <source>Waiting for a restock</source>
            <translation>等待到货</translation>
        </message>
        <message>
            <source>Loyal buyers (钢丝客户)</source>
            <translation>钢丝客户</translation>
        </message>
    </context>
</TS>
