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
    </context>
</TS>
