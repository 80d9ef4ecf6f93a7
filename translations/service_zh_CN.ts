<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>ReplyCommands</name>
        <message>
            <source>Add reply %1</source>
            <translation>新增回复 %1</translation>
        </message>
        <message>
            <source>Edit reply %1</source>
            <translation>修改回复 %1</translation>
        </message>
        <message>
            <source>Delete reply %1</source>
            <translation>删除回复 %1</translation>
        </message>
        <message>
            <source>Import replies from %1</source>
            <translation>从 %1 导入快捷短语</translation>
        </message>
        <message>
            <source>Imported: %1 replies added, %2 updated.</source>
            <translation>导入完成：新增 %1 条回复，更新 %2 条。</translation>
        </message>
    </context>
    <context>
        <name>RevisitCli</name>
        <message>
            <source>The revisit list (回访): buyers whose order shipped N days ago (the setting service.revisit_days, 7), each with the revisit reply filled in.</source>
            <translation>回访名单：订单发出 N 天后的买家（设置 service.revisit_days，默认 7 天），每位都附上填好的回访话术。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::service::AgentKpiRepository</name>
        <message>
            <source>Name the agent.</source>
            <translation>请填写客服姓名。</translation>
        </message>
        <message>
            <source>The day is not a valid date.</source>
            <translation>日期无效。</translation>
        </message>
        <message>
            <source>the agent is missing</source>
            <translation>缺少客服姓名</translation>
        </message>
        <message>
            <source>“%1” is not a date like 2026-11-24</source>
            <translation>“%1”不是形如 2026-11-24 的日期</translation>
        </message>
        <message>
            <source>“%1” is not a whole number of 0 or more</source>
            <translation>“%1”不是大于等于 0 的整数</translation>
        </message>
        <message>
            <source>more buyers answered than received</source>
            <translation>回复人数多于接待人数</translation>
        </message>
        <message>
            <source>“%1” is not an agent level.</source>
            <translation>“%1”不是客服等级。</translation>
        </message>
        <message>
            <source>Commission rates cannot be negative.</source>
            <translation>提成比例不能为负数。</translation>
        </message>
        <message>
            <source>Junior</source>
            <translation>初级</translation>
        </message>
        <message>
            <source>Intermediate</source>
            <translation>中级</translation>
        </message>
        <message>
            <source>Senior</source>
            <translation>高级</translation>
        </message>
        <message>
            <source>Team lead</source>
            <translation>组长</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>客服</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>等级</translation>
        </message>
        <message>
            <source>Base</source>
            <translation>底薪</translation>
        </message>
        <message>
            <source>Personal commission</source>
            <translation>个人提成</translation>
        </message>
        <message>
            <source>Team commission</source>
            <translation>团队提成</translation>
        </message>
        <message>
            <source>Bonus</source>
            <translation>奖金</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::service::AgentKpiView</name>
        <message>
            <source>&amp;Month:</source>
            <translation>月份(&amp;M)：</translation>
        </message>
        <message>
            <source>Enter one agent's day</source>
            <translation>录入客服日数据</translation>
        </message>
        <message>
            <source>Pay rates (set by the manager)</source>
            <translation>薪酬标准（店长设定）</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>客服</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>接待人数</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>回复人数</translation>
        </message>
        <message>
            <source>Asked, then paid</source>
            <translation>询单付款人数</translation>
        </message>
        <message>
            <source>Good ratings</source>
            <translation>好评数</translation>
        </message>
        <message>
            <source>First response (s)</source>
            <translation>首次响应（秒）</translation>
        </message>
        <message>
            <source>Sales (¥)</source>
            <translation>销售额（元）</translation>
        </message>
        <message>
            <source>Base: %1</source>
            <translation>底薪：%1</translation>
        </message>
        <message>
            <source>Personal commission (of own sales)</source>
            <translation>个人提成（个人销售额比例）</translation>
        </message>
        <message>
            <source>Team commission (of team sales, shared)</source>
            <translation>团队提成（团队销售额比例，均分）</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>等级</translation>
        </message>
        <message>
            <source>Bonus this month (¥)</source>
            <translation>本月奖金（元）</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>天数</translation>
        </message>
        <message>
            <source>Reply rate</source>
            <translation>回复率</translation>
        </message>
        <message>
            <source>Inquiry conversion</source>
            <translation>询单转化率</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>满意度</translation>
        </message>
        <message>
            <source>Avg. first response (s)</source>
            <translation>平均首次响应（秒）</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>销售额</translation>
        </message>
        <message>
            <source>Export pay sheet</source>
            <translation>导出工资表</translation>
        </message>
        <message>
            <source>pay-%1.xlsx</source>
            <translation>客服工资-%1.xlsx</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
            <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <source>Import agent days</source>
            <translation>导入客服日数据</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <source>Enter %1's day %2</source>
            <translation>录入 %1 的 %2 数据</translation>
        </message>
        <message>
            <source>Change pay rates</source>
            <translation>修改薪酬标准</translation>
        </message>
        <message>
            <source>Set %1's level and bonus</source>
            <translation>设定 %1 的等级和奖金</translation>
        </message>
        <message>
            <source>&amp;Import CSV…</source>
            <translation>导入 CSV(&amp;I)…</translation>
        </message>
        <message>
            <source>&amp;Export pay sheet…</source>
            <translation>导出工资表(&amp;E)…</translation>
        </message>
        <message>
            <source>Save &amp;day</source>
            <translation>保存当日数据(&amp;D)</translation>
        </message>
        <message>
            <source>Save &amp;rates</source>
            <translation>保存薪酬标准(&amp;R)</translation>
        </message>
        <message>
            <source>Save &amp;level and bonus</source>
            <translation>保存等级和奖金(&amp;L)</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::service::BuyerLists</name>
        <message>
            <source>The library has no reply with the code %1.</source>
            <translation>快捷短语库中没有编码为 %1 的回复。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::service::BuyerListsRepository</name>
        <message>
            <source>Name the buyer who is waiting.</source>
            <translation>请填写登记缺货的买家。</translation>
        </message>
        <message>
            <source>No SKU has the barcode %1.</source>
            <translation>没有条码为 %1 的 SKU。</translation>
        </message>
        <message>
            <source>Name the buyer of the failed deal.</source>
            <translation>请填写流失客户的买家。</translation>
        </message>
        <message>
            <source>Name the order to follow up.</source>
            <translation>请填写要跟进的订单。</translation>
        </message>
        <message>
            <source>“%1” is not a follow-up reason.</source>
            <translation>“%1”不是跟进原因。</translation>
        </message>
        <message>
            <source>Logistics unclear</source>
            <translation>物流不明</translation>
        </message>
        <message>
            <source>Cannot ship</source>
            <translation>无法发货</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>%1 %2/%3 is in stock (%4 available): the buyer can order it now, so there is nothing to wait for.</source>
            <translation>%1 %2/%3 有货（可用库存 %4）：买家现在就能下单，无需缺货登记。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::service::BuyerListsView</name>
        <message>
            <source>Waiting for stock</source>
            <translation>缺货登记</translation>
        </message>
        <message>
            <source>Unpaid orders</source>
            <translation>未付款订单</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>跟进</translation>
        </message>
        <message>
            <source>Failed deals</source>
            <translation>流失客户</translation>
        </message>
        <message>
            <source>Cannot ship</source>
            <translation>无法发货</translation>
        </message>
        <message>
            <source>Buyer</source>
            <translation>买家</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>宝贝</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>颜色</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>尺码</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>登记时间</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>到货时间</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>消息</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>订单</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>创建时间</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Reminder</source>
            <translation>催付话术</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>已处理</translation>
        </message>
        <message>
            <source>Next time</source>
            <translation>下次联系方式</translation>
        </message>
        <message>
            <source>Recorded</source>
            <translation>记录时间</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>付款时间</translation>
        </message>
        <message>
            <source>Followed up</source>
            <translation>已跟进</translation>
        </message>
        <message>
            <source>Orders the warehouse flagged yellow: they cannot ship yet. Tell the buyer and agree on another colour or size, waiting, or a refund.</source>
            <translation>仓库插了黄旗的订单：暂时无法发货。请告知买家，商量换颜色尺码、等待到货或退款。</translation>
        </message>
        <message>
            <source>Buyer's member name</source>
            <translation>买家会员名</translation>
        </message>
        <message>
            <source>Scan or type the SKU barcode, Enter</source>
            <translation>扫描或输入 SKU 条码，回车</translation>
        </message>
        <message>
            <source>Not paid after (hours):</source>
            <translation>超过多少小时未付款：</translation>
        </message>
        <message>
            <source>Order number</source>
            <translation>订单号</translation>
        </message>
        <message>
            <source>How to reach them next time</source>
            <translation>下次如何联系</translation>
        </message>
        <message>
            <source>Still waiting for stock</source>
            <translation>仍在等待到货</translation>
        </message>
        <message>
            <source>✓ %1</source>
            <translation>✓ %1</translation>
        </message>
        <message>
            <source>✓</source>
            <translation>✓</translation>
        </message>
        <message>
            <source>Waiting for stock (%1 to tell)</source>
            <translation>缺货登记（%1 位待通知）</translation>
        </message>
        <message>
            <source>Unpaid orders (%1)</source>
            <translation>未付款订单（%1）</translation>
        </message>
        <message>
            <source>Cannot ship (%1)</source>
            <translation>无法发货（%1）</translation>
        </message>
        <message>
            <source>This buyer's SKU has not arrived yet.</source>
            <translation>该买家登记的 SKU 还没有到货。</translation>
        </message>
        <message>
            <source>Tell %1 the stock arrived</source>
            <translation>通知 %1 已到货</translation>
        </message>
        <message>
            <source>Copied to the clipboard and marked as told.</source>
            <translation>已复制到剪贴板并标记为已通知。</translation>
        </message>
        <message>
            <source>Copied to the clipboard.</source>
            <translation>已复制到剪贴板。</translation>
        </message>
        <message>
            <source>Flagged yellow by the warehouse; buyer told</source>
            <translation>仓库黄旗：已告知买家</translation>
        </message>
        <message>
            <source>Copied to the clipboard; the order is on the follow-up list.</source>
            <translation>已复制到剪贴板，订单已加入跟进。</translation>
        </message>
        <message>
            <source>Name the buyer who is waiting.</source>
            <translation>请填写登记缺货的买家。</translation>
        </message>
        <message>
            <source>Register %1 as waiting</source>
            <translation>登记 %1 缺货等待</translation>
        </message>
        <message>
            <source>Follow up order %1</source>
            <translation>跟进订单 %1</translation>
        </message>
        <message>
            <source>Mark follow-up of %1</source>
            <translation>标记 %1 的跟进</translation>
        </message>
        <message>
            <source>Record failed deal with %1</source>
            <translation>记录流失客户 %1</translation>
        </message>
        <message>
            <source>%1 is on the waiting list.</source>
            <translation>%1 已加入缺货登记。</translation>
        </message>
        <message>
            <source>Copy message and &amp;follow up</source>
            <translation>复制话术并加入跟进(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Register</source>
            <translation>登记(&amp;R)</translation>
        </message>
        <message>
            <source>Copy notice and mark &amp;told</source>
            <translation>复制到货通知并标记已通知(&amp;T)</translation>
        </message>
        <message>
            <source>Copy re&amp;minder</source>
            <translation>复制催付话术(&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>添加(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Done / not done</source>
            <translation>标记已处理 / 未处理(&amp;D)</translation>
        </message>
        <message>
            <source>Add d&amp;eal</source>
            <translation>添加(&amp;E)</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::service::FactPrompt</name>
        <message>
            <source>Missing facts: type them, then Enter</source>
            <translation>缺少的信息：请填写后回车</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::service::Factory</name>
        <message>
            <source>Customer service</source>
            <translation>客服</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::service::FactsRepository</name>
        <message>
            <source>There is no order %1 in this shop.</source>
            <translation>本店没有订单 %1。</translation>
        </message>
        <message>
            <source>There is no buyer %1 in this shop.</source>
            <translation>本店没有买家 %1。</translation>
        </message>
        <message>
            <source>No order or buyer is called %1.</source>
            <translation>没有名为 %1 的订单或买家。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::service::HouseStyle</name>
        <message>
            <source>line %1: “%2” is not a valid pattern (%3)</source>
            <translation>第 %1 行：“%2”不是有效的匹配规则（%3）</translation>
        </message>
        <message>
            <source>does not open with 亲</source>
            <translation>开头不是“亲”</translation>
        </message>
        <message>
            <source>does not end softly with 呢, 哦, 哈 or 啊</source>
            <translation>结尾没有用“呢、哦、哈、啊”等语气词</translation>
        </message>
        <message>
            <source>promises a delivery time (“%1”): only the dispatch time may be promised, e.g. 付款后24小时内发货</source>
            <translation>承诺了到货时间（“%1”）：只能承诺发货时间，例如“付款后24小时内发货”</translation>
        </message>
        <message>
            <source>{%1} is not a known placeholder</source>
            <translation>{%1} 不是可用的占位符</translation>
        </message>
        <message>
            <source>a stray brace at “%1”: a placeholder is written {名称}</source>
            <translation>“%1”处有多余的花括号：占位符应写成 {名称}</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::service::RepliesView</name>
        <message>
            <source>&amp;Buyer or order:</source>
            <translation>买家或订单(&amp;B)：</translation>
        </message>
        <message>
            <source>Paste an order number or a buyer's member name, then Enter</source>
            <translation>粘贴订单号或买家会员名，回车</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>搜索(&amp;S)：</translation>
        </message>
        <message>
            <source>Code, title or text; ↑↓ choose, Enter copies, Ctrl+Enter stacks, Esc clears</source>
            <translation>编码、标题或内容；↑↓ 选择，回车复制，Ctrl+回车 叠加，Esc 清空</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 / %2 条</translation>
        </message>
        <message>
            <source>Stacked: %1 (Enter copies them with the current reply)</source>
            <translation>已叠加：%1（回车连同当前回复一起复制）</translation>
        </message>
        <message>
            <source>Copied to the clipboard: paste it into the chat window.</source>
            <translation>已复制到剪贴板：请粘贴到聊天窗口。</translation>
        </message>
        <message>
            <source>Buyer %1 · order %2 · %3 · %4 %5</source>
            <translation>买家 %1 · 订单 %2 · %3 · %4 %5</translation>
        </message>
        <message>
            <source>none in the library</source>
            <translation>快捷短语库中没有</translation>
        </message>
        <message>
            <source>Auto-reply: %1</source>
            <translation>自动回复：%1</translation>
        </message>
        <message>
            <source>Status line: %1</source>
            <translation>状态栏：%1</translation>
        </message>
        <message>
            <source>The reply was removed meanwhile.</source>
            <translation>这条回复已被删除。</translation>
        </message>
        <message>
            <source>Import replies</source>
            <translation>导入快捷短语</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <source>Export replies</source>
            <translation>导出快捷短语</translation>
        </message>
        <message>
            <source>replies.csv</source>
            <translation>快捷短语.csv</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
            <translation>CSV 文件 (*.csv);;Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message numerus="yes">
            <source>%n replies exported.</source>
            <translation>
                <numerusform>已导出 %n 条回复。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: %2 in %n paid order(s); entitled to %3.%4</source>
            <translation>
                <numerusform>%1：共 %n 笔已付款订单 %2；可享：%3。%4</numerusform>
            </translation>
        </message>
        <message>
            <source> Loyal buyer (钢丝客户): new items first.</source>
            <translation>钢丝客户：新品优先通知。</translation>
        </message>
        <message numerus="yes">
            <source>%n replies exported to %1.</source>
            <translation>
                <numerusform>已导出 %n 条回复到 %1。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>shopdesk::service::ReplyEditor</name>
        <message>
            <source>Edit reply (checked against the house style as you type)</source>
            <translation>编辑回复（输入时检查话术规范）</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>编码</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>分组</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>新建(&amp;N)</translation>
        </message>
        <message>
            <source>Sa&amp;ve</source>
            <translation>保存(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Revert</source>
            <translation>还原(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>删除(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Import CSV…</source>
            <translation>导入 CSV(&amp;I)…</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>导出(&amp;X)…</translation>
        </message>
        <message>
            <source>✓ Keeps the house style.</source>
            <translation>✓ 符合话术规范。</translation>
        </message>
        <message>
            <source>✗ %1</source>
            <translation>✗ %1</translation>
        </message>
        <message>
            <source>Reply %1 has unsaved changes: Save (Ctrl+S) keeps them, Revert drops them.</source>
            <translation>短语 %1 有未保存的修改：保存（Ctrl+S）留下修改，还原则放弃修改。</translation>
        </message>
        <message>
            <source>The new reply is not saved yet: Save (Ctrl+S) adds it, Revert drops it.</source>
            <translation>新短语还没有保存：保存（Ctrl+S）加入短语库，还原则放弃。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::service::ReplyFiller</name>
        <message>
            <source>buyer</source>
            <translation>买家</translation>
        </message>
        <message>
            <source>order number</source>
            <translation>订单号</translation>
        </message>
        <message>
            <source>item</source>
            <translation>宝贝</translation>
        </message>
        <message>
            <source>colour</source>
            <translation>颜色</translation>
        </message>
        <message>
            <source>size</source>
            <translation>尺码</translation>
        </message>
        <message>
            <source>courier</source>
            <translation>快递公司</translation>
        </message>
        <message>
            <source>tracking number</source>
            <translation>运单号</translation>
        </message>
        <message>
            <source>dispatch date</source>
            <translation>发货日期</translation>
        </message>
        <message>
            <source>payment time</source>
            <translation>付款时间</translation>
        </message>
        <message>
            <source>return address</source>
            <translation>退货地址</translation>
        </message>
        <message>
            <source>bank account</source>
            <translation>银行账号</translation>
        </message>
        <message>
            <source>shop name</source>
            <translation>店铺名称</translation>
        </message>
        <message>
            <source>promotion</source>
            <translation>促销活动</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>no value for %1</source>
            <translation>缺少 %1</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>unknown placeholder %1</source>
            <translation>未知占位符 %1</translation>
        </message>
        <message>
            <source>The reply cannot be sent yet: %1.</source>
            <translation>这条回复还不能发送：%1。</translation>
        </message>
        <message>
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <source>“%1”</source>
            <translation>“%1”</translation>
        </message>
        <message>
            <source>available stock</source>
            <translation>可用库存</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::service::ReplyRepository</name>
        <message>
            <source>Every reply needs a short code.</source>
            <translation>每条快捷短语都必须有快捷编码。</translation>
        </message>
        <message>
            <source>The reply %1 has no text.</source>
            <translation>快捷短语 %1 没有内容。</translation>
        </message>
        <message>
            <source>The short code %1 is already used by another reply.</source>
            <translation>快捷编码 %1 已被其他短语使用。</translation>
        </message>
        <message>
            <source>Pre-sale</source>
            <translation>售前</translation>
        </message>
        <message>
            <source>In-sale</source>
            <translation>售中</translation>
        </message>
        <message>
            <source>After-sale</source>
            <translation>售后</translation>
        </message>
        <message>
            <source>Payment reminder</source>
            <translation>催付</translation>
        </message>
        <message>
            <source>Logistics</source>
            <translation>物流</translation>
        </message>
        <message>
            <source>Returns and exchanges</source>
            <translation>退换货</translation>
        </message>
        <message>
            <source>Review request</source>
            <translation>好评</translation>
        </message>
        <message>
            <source>Back in stock</source>
            <translation>到货通知</translation>
        </message>
        <message>
            <source>Auto-reply</source>
            <translation>自动回复</translation>
        </message>
        <message>
            <source>Status line</source>
            <translation>状态栏</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::service::ReplyService</name>
        <message>
            <source>The reply %1</source>
            <translation>快捷短语 %1 的内容</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::service::ReplyTableModel</name>
        <message>
            <source>Code</source>
            <translation>编码</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>分组</translation>
        </message>
        <message>
            <source>Reply</source>
            <translation>回复内容</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::service::ReplyTransfer</name>
        <message>
            <source>every reply needs a short code</source>
            <translation>每条回复都需要快捷编码</translation>
        </message>
        <message>
            <source>the code %1 appears twice in the file</source>
            <translation>编码 %1 在文件中出现了两次</translation>
        </message>
        <message>
            <source>the reply %1 has no text</source>
            <translation>回复 %1 没有内容</translation>
        </message>
        <message>
            <source>{%1} is not a known placeholder</source>
            <translation>{%1} 不是可用的占位符</translation>
        </message>
        <message>
            <source>Replies</source>
            <translation>快捷短语</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::service::RevisitCli</name>
        <message>
            <source>Usage: revisits [--days N] [--today YYYY-MM-DD]</source>
            <translation>用法：revisits [--days 天数] [--today YYYY-MM-DD]</translation>
        </message>
        <message>
            <source>--days needs a number of days above 0, not “%1”.</source>
            <translation>--days 需要大于 0 的天数，而不是“%1”。</translation>
        </message>
        <message>
            <source>--today needs a date YYYY-MM-DD, not “%1”.</source>
            <translation>--today 需要日期 YYYY-MM-DD，而不是“%1”。</translation>
        </message>
        <message>
            <source>%1  %2  %3 (%4)  %5</source>
            <translation>%1  %2  %3（%4）  %5</translation>
        </message>
        <message>
            <source>No revisit is due.</source>
            <translation>暂无需要回访的买家。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::service::RevisitTableModel</name>
        <message>
            <source>Due</source>
            <translation>回访日</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>订单</translation>
        </message>
        <message>
            <source>Buyer</source>
            <translation>买家</translation>
        </message>
        <message>
            <source>Member tier</source>
            <translation>会员等级</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>消息</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::service::RevisitView</name>
        <message numerus="yes">
            <source>%n buyer(s) to revisit (回访), %1 day(s) after dispatch.</source>
            <translation>
                <numerusform>%n 位买家待回访（发货后 %1 天）。</numerusform>
            </translation>
        </message>
        <message>
            <source>Copied the revisit message for %1.</source>
            <translation>已复制给%1的回访话术。</translation>
        </message>
        <message>
            <source>Revisit &amp;after:</source>
            <translation>发货后回访(&amp;A)：</translation>
        </message>
        <message>
            <source> days</source>
            <translation> 天</translation>
        </message>
        <message>
            <source>&amp;Copy the message</source>
            <translation>复制话术(&amp;C)</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::service::Revisits</name>
        <message>
            <source>The library has no reply with the code %1.</source>
            <translation>快捷短语库中没有编码为 %1 的回复。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::service::ServiceCli</name>
        <message>
            <source>%1	[%2] %3: %4</source>
            <translation>%1	[%2] %3：%4</translation>
        </message>
        <message>
            <source>replies render needs the reply's code, e.g. replies render wl --order 123.</source>
            <translation>replies render 需要回复编码，例如 replies render wl --order 123。</translation>
        </message>
        <message>
            <source>The library has no reply with the code %1.</source>
            <translation>快捷短语库中没有编码为 %1 的回复。</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>%1 (%2): %3</source>
            <translation>%1（%2）：%3</translation>
        </message>
        <message numerus="yes">
            <source>All %n replies keep the house style.</source>
            <translation>
                <numerusform>全部 %n 条回复都符合话术规范。</numerusform>
            </translation>
        </message>
        <message>
            <source>replies import needs exactly one file: replies import FILE.csv.</source>
            <translation>replies import 需要一个文件：replies import 文件.csv。</translation>
        </message>
        <message>
            <source>%1: %2 replies added, %3 updated.</source>
            <translation>%1：新增 %2 条回复，更新 %3 条。</translation>
        </message>
        <message>
            <source>replies export needs exactly one file: replies export FILE.csv or FILE.xlsx.</source>
            <translation>replies export 需要一个文件：replies export 文件.csv 或 文件.xlsx。</translation>
        </message>
        <message numerus="yes">
            <source>%n replies written to %1.</source>
            <translation>
                <numerusform>已将 %n 条回复写入 %1。</numerusform>
            </translation>
        </message>
        <message>
            <source>waitlist add needs the buyer and the SKU's barcode: waitlist add BUYER BARCODE.</source>
            <translation>waitlist add 需要买家和 SKU 条码：waitlist add 买家 条码。</translation>
        </message>
        <message>
            <source>%1 is waiting for %2; they will be listed when it is booked in.</source>
            <translation>已登记 %1 等待 %2；入库后会列入待通知名单。</translation>
        </message>
        <message>
            <source>waitlist takes no argument, or: waitlist add BUYER BARCODE.</source>
            <translation>waitlist 不带参数，或用：waitlist add 买家 条码。</translation>
        </message>
        <message>
            <source>%1 — %2 %3/%4 (arrived %5): %6</source>
            <translation>%1 — %2 %3/%4（%5 到货）：%6</translation>
        </message>
        <message>
            <source>Nobody to call: no waited-for SKU has been booked in.</source>
            <translation>暂无需要通知的买家：登记缺货的 SKU 还没有入库。</translation>
        </message>
        <message>
            <source>replies patterns takes at most one file: replies patterns [FILE].</source>
            <translation>replies patterns 最多接受一个文件：replies patterns [文件]。</translation>
        </message>
        <message>
            <source>Delivery-promise patterns, built in:
%1
This shop's own:
%2</source>
            <translation>承诺到货时间的匹配规则，内置：
%1
本店自定义：
%2</translation>
        </message>
        <message>
            <source>replies needs one of: list, render, lint, patterns, import, export.</source>
            <translation>replies 需要子命令：list、render、lint、patterns、import、export 之一。</translation>
        </message>
        <message>
            <source>replies does not know “%1”; use list, render, lint, patterns, import or export.</source>
            <translation>replies 没有子命令“%1”；请用 list、render、lint、patterns、import 或 export。</translation>
        </message>
        <message>
            <source>The reply library: list, fill a reply from an order, check the house style, import, export.</source>
            <translation>快捷短语库：列出、按订单填写回复、检查话术规范、导入、导出。</translation>
        </message>
        <message>
            <source>Buyers to call now: their out-of-stock SKU was booked in (with the filled 到货通知).</source>
            <translation>现在要联系的买家：登记缺货的 SKU 已入库（附填好的到货通知）。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::service::ServiceWorkbench</name>
        <message>
            <source>Quick replies</source>
            <translation>快捷短语</translation>
        </message>
        <message>
            <source>Buyer lists</source>
            <translation>买家名单</translation>
        </message>
        <message>
            <source>Agent KPIs and pay</source>
            <translation>客服考核与工资</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>刷新(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Find a reply</source>
            <translation>查找短语(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Bind a buyer or order</source>
            <translation>绑定买家或订单(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;New reply</source>
            <translation>新建短语(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Save the reply</source>
            <translation>保存短语(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Delete the reply</source>
            <translation>删除短语(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>导入(&amp;I)…</translation>
        </message>
        <message>
            <source>Imports replies, or in the KPI dock the agents' days, from a CSV file</source>
            <translation>从 CSV 文件导入快捷短语；在客服考核窗口中导入客服每日数据</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>导出(&amp;E)…</translation>
        </message>
        <message>
            <source>Exports the replies, or in the KPI dock the pay sheet</source>
            <translation>导出快捷短语；在客服考核窗口中导出工资表</translation>
        </message>
        <message>
            <source>Revisits</source>
            <translation>回访</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>查找</translation>
        </message>
        <message>
            <source>Bind</source>
            <translation>绑定</translation>
        </message>
        <message>
            <source>New</source>
            <translation>新建</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>导出</translation>
        </message>
    </context>
</TS>
