<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>shopdesk::listings::Advisor</name>
        <message>
            <source>Take off shelf</source>
            <translation>建议下架</translation>
        </message>
        <message>
            <source>Showcase</source>
            <translation>橱窗推荐</translation>
        </message>
        <message>
            <source>Reorder</source>
            <translation>建议补货</translation>
        </message>
        <message>
            <source>No stock in any SKU: never show an item the warehouse does not have.</source>
            <translation>所有SKU均无库存：仓库没有的宝贝不能挂着卖。</translation>
        </message>
        <message>
            <source>No sale recorded.</source>
            <translation>没有任何成交记录。</translation>
        </message>
        <message>
            <source>No sale in %1 days (last sale %2).</source>
            <translation>%1 天无成交（最后成交 %2）。</translation>
        </message>
        <message>
            <source>Marked out of season.</source>
            <translation>已标记为过季。</translation>
        </message>
        <message>
            <source>Main item in stock; its cycle ends %1.</source>
            <translation>主推款有库存，本周期 %1 结束。</translation>
        </message>
        <message>
            <source>Main item with %1 in stock, under its minimum of %2.</source>
            <translation>主推款库存 %1 件，低于最低库存 %2 件。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::listings::Factory</name>
        <message>
            <source>Listings</source>
            <translation>宝贝管理</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::listings::ItemTransfer</name>
        <message>
            <source>Item code</source>
            <translation>货号</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类目</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Main push</source>
            <translation>主推</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>价格</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>成本</translation>
        </message>
        <message>
            <source>On shelf</source>
            <translation>上架</translation>
        </message>
        <message>
            <source>Out of season</source>
            <translation>过季</translation>
        </message>
        <message>
            <source>Min stock</source>
            <translation>最低库存</translation>
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
            <source>Barcode</source>
            <translation>条码</translation>
        </message>
        <message>
            <source>SKU price</source>
            <translation>SKU价格</translation>
        </message>
        <message>
            <source>SKU cost</source>
            <translation>SKU成本</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>宝贝</translation>
        </message>
        <message>
            <source>the item code is empty.</source>
            <translation>货号为空。</translation>
        </message>
        <message>
            <source>the title is empty.</source>
            <translation>标题为空。</translation>
        </message>
        <message>
            <source>“%1” is not a role (引流款, 利润款 or 形象款).</source>
            <translation>“%1”不是商品角色（引流款、利润款或形象款）。</translation>
        </message>
        <message>
            <source>“%1” is neither yes nor no.</source>
            <translation>“%1”既不是“是”也不是“否”。</translation>
        </message>
        <message>
            <source>“%1” is not an amount in yuan.</source>
            <translation>“%1”不是以元为单位的金额。</translation>
        </message>
        <message>
            <source>“%1” is not a whole number of pieces.</source>
            <translation>“%1”不是整数件数。</translation>
        </message>
        <message>
            <source>%1 %2/%3 is already on line %4.</source>
            <translation>%1 %2/%3 已在第 %4 行出现。</translation>
        </message>
        <message>
            <source>%1 is not a valid EAN-13: its check digit should be %2.</source>
            <translation>%1 不是有效的 EAN-13 条码：校验位应为 %2。</translation>
        </message>
        <message>
            <source>the barcode %1 is already on line %2.</source>
            <translation>条码 %1 已在第 %2 行出现。</translation>
        </message>
        <message>
            <source>the barcode %1 already belongs to item %2 in this shop.</source>
            <translation>条码 %1 已属于本店宝贝 %2。</translation>
        </message>
        <message>
            <source>%1 holds no items.</source>
            <translation>%1 中没有宝贝。</translation>
        </message>
        <message>
            <source>%1: nothing was imported. %2</source>
            <translation>%1：未导入任何内容。%2</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::listings::LabelSheet</name>
        <message>
            <source>The label sheet could not be started.</source>
            <translation>无法开始生成标签页。</translation>
        </message>
        <message>
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>Label %1 (%2 %3/%4): %5</source>
            <translation>第 %1 张标签（%2 %3/%4）：%5</translation>
        </message>
        <message>
            <source>SKU labels</source>
            <translation>SKU 条码标签</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::listings::ListingsCli</name>
        <message>
            <source>--now needs a time like “2026-11-25 09:00”.</source>
            <translation>--now 需要形如“2026-11-25 09:00”的时间。</translation>
        </message>
        <message>
            <source>Import items and SKUs from a CSV file (UTF-8 or GBK, Chinese or English headers): all or nothing.</source>
            <translation>从 CSV 文件导入宝贝和 SKU（UTF-8 或 GBK，中文或英文表头）：要么全部导入，要么都不导入。</translation>
        </message>
        <message>
            <source>Export every item and SKU as CSV (UTF-8 with BOM) or xlsx.</source>
            <translation>把所有宝贝和 SKU 导出为 CSV（带 BOM 的 UTF-8）或 xlsx。</translation>
        </message>
        <message>
            <source>Check every title: 60 bytes, absolute words, spaces, duplicates (exit 1 when a title breaks a rule).</source>
            <translation>检查所有标题：60 字节、绝对化用语、空格分隔、重复标题（有标题违规时退出码为 1）。</translation>
        </message>
        <message>
            <source>Each on-shelf item's weekly relist time inside the peak hours.</source>
            <translation>每个在架宝贝每周在高峰时段内的上架时间。</translation>
        </message>
        <message>
            <source>What to take off shelf, put in the showcase and reorder, each with its reason.</source>
            <translation>建议下架、橱窗推荐和补货的宝贝，并注明原因。</translation>
        </message>
        <message>
            <source>A PDF sheet of SKU barcode labels (all items, or the ones named).</source>
            <translation>生成 SKU 条码标签的 PDF（全部宝贝，或指定的货号）。</translation>
        </message>
        <message>
            <source>import-items needs exactly one argument: the CSV file.</source>
            <translation>import-items 需要且只需要一个参数：CSV 文件。</translation>
        </message>
        <message>
            <source>Imported %1: %2 items added, %3 updated; %4 SKUs added, %5 updated; %6 barcodes generated.</source>
            <translation>已导入 %1：新增宝贝 %2 个，更新 %3 个；新增 SKU %4 个，更新 %5 个；生成条码 %6 个。</translation>
        </message>
        <message>
            <source>export-items needs exactly one argument: the .csv or .xlsx file to write.</source>
            <translation>export-items 需要且只需要一个参数：要写入的 .csv 或 .xlsx 文件。</translation>
        </message>
        <message>
            <source>%1 items written to %2.</source>
            <translation>已将 %1 个宝贝写入 %2。</translation>
        </message>
        <message>
            <source>titles-check does not know “%1”.</source>
            <translation>titles-check 不认识“%1”。</translation>
        </message>
        <message>
            <source>%1  %2 (%3 bytes): %4</source>
            <translation>%1  %2（%3 字节）：%4</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>合格</translation>
        </message>
        <message>
            <source>Every title keeps the rules.</source>
            <translation>所有标题都符合规则。</translation>
        </message>
        <message>
            <source>Usage: relist-plan [--now "YYYY-MM-DD HH:MM"] [--csv OUT.csv]</source>
            <translation>用法：relist-plan [--now "YYYY-MM-DD HH:MM"] [--csv OUT.csv]</translation>
        </message>
        <message>
            <source>main push</source>
            <translation>主推</translation>
        </message>
        <message>
            <source>Usage: advice [--now "YYYY-MM-DD HH:MM"]</source>
            <translation>用法：advice [--now "YYYY-MM-DD HH:MM"]</translation>
        </message>
        <message>
            <source>Nothing to advise.</source>
            <translation>暂无建议。</translation>
        </message>
        <message>
            <source>print-labels needs the PDF file to write.</source>
            <translation>print-labels 需要要写入的 PDF 文件。</translation>
        </message>
        <message>
            <source>No SKU matches: nothing to print.</source>
            <translation>没有匹配的 SKU：无可打印内容。</translation>
        </message>
        <message>
            <source>%1 labels written to %2.</source>
            <translation>已将 %1 张标签写入 %2。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::listings::ListingsPanel</name>
        <message>
            <source>Item code</source>
            <translation>货号</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类目</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Main push</source>
            <translation>主推</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>价格</translation>
        </message>
        <message>
            <source>SKUs</source>
            <translation>SKU数</translation>
        </message>
        <message>
            <source>On hand</source>
            <translation>库存</translation>
        </message>
        <message>
            <source>On shelf</source>
            <translation>上架</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::listings::ListingsReports</name>
        <message>
            <source>Monday</source>
            <translation>周一</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>周二</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>周三</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>周四</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>周五</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>周六</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>周日</translation>
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
            <source>Main push</source>
            <translation>主推</translation>
        </message>
        <message>
            <source>Weekday</source>
            <translation>星期</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Next relist</source>
            <translation>下次上架</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>no</source>
            <translation>否</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::listings::ListingsRepository</name>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>The item no longer exists.</source>
            <translation>该宝贝已不存在。</translation>
        </message>
        <message>
            <source>The item %1 could not be saved: its item code may already be in use (%2).</source>
            <translation>宝贝 %1 无法保存：货号可能已被使用（%2）。</translation>
        </message>
        <message>
            <source>The SKU %1/%2 (barcode %3) could not be saved: its barcode or colour and size may already be in use.</source>
            <translation>SKU %1/%2（条码 %3）无法保存：条码或颜色尺码组合可能已被使用。</translation>
        </message>
        <message>
            <source>The item %1 could not be saved: its item code may already be in use.</source>
            <translation>宝贝 %1 无法保存：货号可能已被使用。</translation>
        </message>
        <message>
            <source>The item has stock movements or orders; it can only be archived.</source>
            <translation>该宝贝有出入库或订单记录，只能归档。</translation>
        </message>
        <message>
            <source>The barcode %1 is already used by another SKU, or the colour and size already exist.</source>
            <translation>条码 %1 已被其他SKU使用，或该颜色尺码已存在。</translation>
        </message>
        <message>
            <source>This SKU has stock movements or orders and cannot be deleted.</source>
            <translation>该SKU有出入库或订单记录，不能删除。</translation>
        </message>
        <message>
            <source>Item %1</source>
            <translation>宝贝 %1</translation>
        </message>
        <message>
            <source>Item %1, SKU %2/%3</source>
            <translation>宝贝 %1，SKU %2/%3</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::listings::RelistPlanner</name>
        <message>
            <source>“%1” is not a time range such as 9-12 or 14:30-18.</source>
            <translation>“%1”不是时间段（例如 9-12 或 14:30-18）。</translation>
        </message>
        <message>
            <source>“%1” is not a time range within one day.</source>
            <translation>“%1”不是一天之内的时间段。</translation>
        </message>
        <message>
            <source>Give at least one peak-hours range, such as 9-12.</source>
            <translation>请至少填写一个高峰时段，例如 9-12。</translation>
        </message>
        <message>
            <source>The peak-hours ranges overlap.</source>
            <translation>高峰时段有重叠。</translation>
        </message>
        <message>
            <source>The peak hours hold %1 minutes a week, fewer than the %2 items to relist.</source>
            <translation>高峰时段每周只有 %1 分钟，少于要上架的 %2 个宝贝。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::listings::TitleChecker</name>
        <message>
            <source>absolute or superlative wording, forbidden by the advertising law</source>
            <translation>绝对化用语，违反广告法</translation>
        </message>
        <message>
            <source>a ranking claim the advertising law forbids</source>
            <translation>排名用语，违反广告法</translation>
        </message>
        <message>
            <source>an official grade or endorsement, forbidden in titles</source>
            <translation>冒用权威级别或认证，标题中禁止使用</translation>
        </message>
        <message>
            <source>an exaggerated grade the platform rules forbid</source>
            <translation>夸大用语，违反平台规则</translation>
        </message>
        <message>
            <source>a guarantee of results the advertising law forbids</source>
            <translation>保证性用语，违反广告法</translation>
        </message>
        <message>
            <source>The title is empty.</source>
            <translation>标题为空。</translation>
        </message>
        <message>
            <source>The title is %1 bytes; the platform allows at most %2 (a Chinese character counts 2).</source>
            <translation>标题 %1 字节，平台最多允许 %2 字节（一个汉字算 2 字节）。</translation>
        </message>
        <message>
            <source>“%1”: %2.</source>
            <translation>“%1”：%2。</translation>
        </message>
        <message>
            <source>The keywords are not separated by spaces.</source>
            <translation>关键词之间没有用空格分隔。</translation>
        </message>
        <message>
            <source>The same title as item %1.</source>
            <translation>与宝贝 %1 标题重复。</translation>
        </message>
    </context>
</TS>
