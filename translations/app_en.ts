<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>shopdesk::app::MainWindow</name>
        <message>
            <source>The shop was updated to the current format; the previous version was kept as %1.</source>
            <translation>The shop was updated to the current format; the previous version was kept as %1.</translation>
        </message>
        <message>
            <source>No shop open: choose File → New shop… or File → Open…</source>
            <translation>No shop open: choose File → New shop… or File → Open…</translation>
        </message>
        <message>
            <source>ShopDesk</source>
            <translation>ShopDesk</translation>
        </message>
        <message>
            <source>Shop file: %1 (format %2)</source>
            <translation>Shop file: %1 (format %2)</translation>
        </message>
        <message>
            <source>%1 — ShopDesk</source>
            <translation>%1 — ShopDesk</translation>
        </message>
        <message>
            <source>New shop</source>
            <translation>New shop</translation>
        </message>
        <message>
            <source>ShopDesk shops (%1)</source>
            <translation>ShopDesk shops (%1)</translation>
        </message>
        <message>
            <source>“%1” already exists. Choose a new name for the new shop, or open the file instead.</source>
            <translation>“%1” already exists. Choose a new name for the new shop, or open the file instead.</translation>
        </message>
        <message>
            <source>Open shop</source>
            <translation>Open shop</translation>
        </message>
        <message>
            <source>Open a shop first; then it can be backed up.</source>
            <translation>Open a shop first; then it can be backed up.</translation>
        </message>
        <message>
            <source>Back up the shop</source>
            <translation>Back up the shop</translation>
        </message>
        <message>
            <source>“%1” cannot be replaced.</source>
            <translation>“%1” cannot be replaced.</translation>
        </message>
        <message>
            <source>Backup written to %1</source>
            <translation>Backup written to %1</translation>
        </message>
        <message>
            <source>About ShopDesk</source>
            <translation>About ShopDesk</translation>
        </message>
        <message>
            <source>&lt;h3&gt;ShopDesk %1&lt;/h3&gt;&lt;p&gt;Daily operations for a small online store: listings, customer service, shipping, inventory and KPIs.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Qt&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;SQLite&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;zint&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Shop format&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
            <translation>&lt;h3&gt;ShopDesk %1&lt;/h3&gt;&lt;p&gt;Daily operations for a small online store: listings, customer service, shipping, inventory and KPIs.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Qt&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;SQLite&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;zint&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Shop format&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;New shop…</source>
            <translation>&amp;New shop…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Open…</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>Open &amp;recent</translation>
        </message>
        <message>
            <source>&amp;Back up now…</source>
            <translation>&amp;Back up now…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Reset layout</source>
            <translation>&amp;Reset layout</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;About ShopDesk</source>
            <translation>&amp;About ShopDesk</translation>
        </message>
        <message>
            <source>&amp;Docks</source>
            <translation>&amp;Docks</translation>
        </message>
        <message>
            <source>Shop file: %1 (format %2), read-only</source>
            <translation>Shop file: %1 (format %2), read-only</translation>
        </message>
        <message>
            <source>%1 (read-only) — ShopDesk</source>
            <translation>%1 (read-only) — ShopDesk</translation>
        </message>
    </context>
</TS>
