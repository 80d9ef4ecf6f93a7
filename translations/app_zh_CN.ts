<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>shopdesk::app::MainWindow</name>
        <message>
            <source>The shop was updated to the current format; the previous version was kept as %1.</source>
            <translation>店铺文件已升级到当前格式，升级前的版本已另存为 %1。</translation>
        </message>
        <message>
            <source>No shop open: choose File → New shop… or File → Open…</source>
            <translation>尚未打开店铺：请选择 文件 → 新建店铺… 或 文件 → 打开…</translation>
        </message>
        <message>
            <source>ShopDesk</source>
            <translation>ShopDesk 店铺助手</translation>
        </message>
        <message>
            <source>Shop file: %1 (format %2)</source>
            <translation>店铺文件：%1（格式 %2）</translation>
        </message>
        <message>
            <source>%1 — ShopDesk</source>
            <translation>%1 — ShopDesk 店铺助手</translation>
        </message>
        <message>
            <source>New shop</source>
            <translation>新建店铺</translation>
        </message>
        <message>
            <source>ShopDesk shops (%1)</source>
            <translation>ShopDesk 店铺文件 (%1)</translation>
        </message>
        <message>
            <source>“%1” already exists. Choose a new name for the new shop, or open the file instead.</source>
            <translation>“%1”已存在。请为新店铺另取一个文件名，或直接打开该文件。</translation>
        </message>
        <message>
            <source>Open shop</source>
            <translation>打开店铺</translation>
        </message>
        <message>
            <source>Open a shop first; then it can be backed up.</source>
            <translation>请先打开一个店铺，才能备份。</translation>
        </message>
        <message>
            <source>Back up the shop</source>
            <translation>备份店铺</translation>
        </message>
        <message>
            <source>“%1” cannot be replaced.</source>
            <translation>无法替换“%1”。</translation>
        </message>
        <message>
            <source>Backup written to %1</source>
            <translation>备份已保存到 %1</translation>
        </message>
        <message>
            <source>About ShopDesk</source>
            <translation>关于 ShopDesk</translation>
        </message>
        <message>
            <source>&lt;h3&gt;ShopDesk %1&lt;/h3&gt;&lt;p&gt;Daily operations for a small online store: listings, customer service, shipping, inventory and KPIs.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Qt&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;SQLite&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;zint&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Shop format&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
            <translation>&lt;h3&gt;ShopDesk 店铺助手 %1&lt;/h3&gt;&lt;p&gt;网店日常运营：宝贝管理、客服、发货、进销存与数据报表。&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Qt&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;SQLite&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;zint&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;店铺文件格式&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;New shop…</source>
            <translation>新建店铺(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>打开(&amp;O)…</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>最近打开(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Back up now…</source>
            <translation>立即备份(&amp;B)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Reset layout</source>
            <translation>重置布局(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;About ShopDesk</source>
            <translation>关于 ShopDesk(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Docks</source>
            <translation>窗格(&amp;D)</translation>
        </message>
        <message>
            <source>Shop file: %1 (format %2), read-only</source>
            <translation>店铺文件：%1（格式 %2），只读</translation>
        </message>
        <message>
            <source>%1 (read-only) — ShopDesk</source>
            <translation>%1（只读）— ShopDesk 店铺助手</translation>
        </message>
    </context>
</TS>
