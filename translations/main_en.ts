<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>main</name>
        <message>
            <source>Open the shop file FILE.</source>
            <translation>Open the shop file FILE.</translation>
        </message>
        <message>
            <source>Open the demo shop (made on first use).</source>
            <translation>Open the demo shop (made on first use).</translation>
        </message>
        <message>
            <source>Interface language: zh_CN or en.</source>
            <translation>Interface language: zh_CN or en.</translation>
        </message>
        <message>
            <source>Render the window to the PNG file OUT and exit.</source>
            <translation>Render the window to the PNG file OUT and exit.</translation>
        </message>
        <message>
            <source>Unknown language “%1”; use zh_CN or en.</source>
            <translation>Unknown language “%1”; use zh_CN or en.</translation>
        </message>
        <message>
            <source>Cannot write “%1”.</source>
            <translation>Cannot write “%1”.</translation>
        </message>
        <message>
            <source>Window size for --screenshot, e.g. 1366x768 (default 1920x1080).</source>
            <translation>Window size for --screenshot, e.g. 1366x768 (default 1920x1080).</translation>
        </message>
        <message>
            <source>A shop file to open (as from the file manager).</source>
            <translation>A shop file to open (as from the file manager).</translation>
        </message>
        <message>
            <source>--geometry needs a size like 1366x768, between 640x480 and 7680x4320, not “%1”.</source>
            <translation>--geometry needs a size like 1366x768, between 640x480 and 7680x4320, not “%1”.</translation>
        </message>
        <message>
            <source>Open one shop file at a time, not %1.</source>
            <translation>Open one shop file at a time, not %1.</translation>
        </message>
        <message>
            <source>“%1” is open in ShopDesk already: that window was brought forward.</source>
            <translation>“%1” is open in ShopDesk already: that window was brought forward.</translation>
        </message>
        <message>
            <source>Open the workspace NAME: manager, service, warehouse, stocktake or all.</source>
            <translation>Open the workspace NAME: manager, service, warehouse, stocktake or all.</translation>
        </message>
        <message>
            <source>Unknown workspace “%1”; use one of: %2.</source>
            <translation>Unknown workspace “%1”; use one of: %2.</translation>
        </message>
        <message>
            <source>Open the shop on a server: postgresql://USER@HOST[:PORT]/DATABASE.</source>
            <translation>Open the shop on a server: postgresql://USER@HOST[:PORT]/DATABASE.</translation>
        </message>
    </context>
</TS>
