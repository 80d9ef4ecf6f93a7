<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>main</name>
        <message>
            <source>Open the shop file FILE.</source>
            <translation>打开店铺文件 FILE。</translation>
        </message>
        <message>
            <source>Open the demo shop (made on first use).</source>
            <translation>打开演示店铺（首次使用时自动生成）。</translation>
        </message>
        <message>
            <source>Interface language: zh_CN or en.</source>
            <translation>界面语言：zh_CN 或 en。</translation>
        </message>
        <message>
            <source>Render the window to the PNG file OUT and exit.</source>
            <translation>把主窗口截图保存为 PNG 文件 OUT 后退出。</translation>
        </message>
        <message>
            <source>Unknown language “%1”; use zh_CN or en.</source>
            <translation>未知语言“%1”，请使用 zh_CN 或 en。</translation>
        </message>
        <message>
            <source>Cannot write “%1”.</source>
            <translation>无法写入“%1”。</translation>
        </message>
        <message>
            <source>Window size for --screenshot, e.g. 1366x768 (default 1920x1080).</source>
            <translation>--screenshot 的窗口大小，例如 1366x768（默认 1920x1080）。</translation>
        </message>
        <message>
            <source>A shop file to open (as from the file manager).</source>
            <translation>要打开的店铺文件（如从文件管理器打开）。</translation>
        </message>
        <message>
            <source>--geometry needs a size like 1366x768, between 640x480 and 7680x4320, not “%1”.</source>
            <translation>--geometry 需要 1366x768 这样的大小，在 640x480 到 7680x4320 之间，不能是“%1”。</translation>
        </message>
        <message>
            <source>Open one shop file at a time, not %1.</source>
            <translation>一次只能打开一个店铺文件，而不是 %1 个。</translation>
        </message>
        <message>
            <source>“%1” is open in ShopDesk already: that window was brought forward.</source>
            <translation>“%1”已在 ShopDesk 中打开：已把那个窗口调到前面。</translation>
        </message>
        <message>
            <source>Open the workspace NAME: manager, service, warehouse, stocktake or all.</source>
            <translation>打开工作区 NAME：manager（店长）、service（客服）、warehouse（仓管）、stocktake（盘点）或 all（全部）。</translation>
        </message>
        <message>
            <source>Unknown workspace “%1”; use one of: %2.</source>
            <translation>没有工作区“%1”；可用：%2。</translation>
        </message>
        <message>
            <source>Open the shop on a server: postgresql://USER@HOST[:PORT]/DATABASE.</source>
            <translation>打开服务器上的店铺：postgresql://用户@主机[:端口]/数据库。</translation>
        </message>
    </context>
</TS>
