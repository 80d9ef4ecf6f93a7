<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>shopdesk::cli::Commands</name>
        <message>
            <source>Usage: shopdesk-cli --db FILE [--json] [--lang zh_CN|en] COMMAND [ARGS…]

Commands:
</source>
            <translation>用法：shopdesk-cli --db 文件 [--json] [--lang zh_CN|en] 命令 [参数…]

命令：
</translation>
        </message>
        <message>
            <source>Unknown option “%1”.</source>
            <translation>未知选项“%1”。</translation>
        </message>
        <message>
            <source>%1 needs the shop file: --db FILE.</source>
            <translation>%1 需要指定店铺文件：--db 文件。</translation>
        </message>
        <message>
            <source>Unknown command “%1”.</source>
            <translation>未知命令“%1”。</translation>
        </message>
        <message>
            <source>Create a new, empty shop file.</source>
            <translation>新建一个空的店铺文件。</translation>
        </message>
        <message>
            <source>Fill a new shop file with the demo clothing store.</source>
            <translation>在新店铺文件中生成演示服装店的数据。</translation>
        </message>
        <message>
            <source>Check the shop file's integrity and print its format version.</source>
            <translation>检查店铺文件是否完好，并显示其格式版本。</translation>
        </message>
        <message>
            <source>Write a consistent copy of the shop, even while ShopDesk has it open.</source>
            <translation>生成店铺的一致性副本（ShopDesk 正在使用该文件时也可以）。</translation>
        </message>
        <message>
            <source>Created the shop file %1 (format %2).</source>
            <translation>已新建店铺文件 %1（格式 %2）。</translation>
        </message>
        <message>
            <source>%1 is already a shop file (format %2); nothing to do.</source>
            <translation>%1 已经是店铺文件（格式 %2），无需操作。</translation>
        </message>
        <message>
            <source>--seed needs a whole number, not “%1”.</source>
            <translation>--seed 需要一个整数，而不是“%1”。</translation>
        </message>
        <message>
            <source>--last-day needs a date like 2026-11-24, not “%1”.</source>
            <translation>--last-day 需要形如 2026-11-24 的日期，而不是“%1”。</translation>
        </message>
        <message>
            <source>demo does not know the option “%1”.</source>
            <translation>demo 命令没有“%1”这个选项。</translation>
        </message>
        <message>
            <source>Demo shop written to %1: %2 items, %3 SKUs, %4 orders over %5 days, %6 quick replies.</source>
            <translation>演示店铺已写入 %1：%2 个宝贝、%3 个SKU、%5 天共 %4 笔订单、%6 条快捷短语。</translation>
        </message>
        <message>
            <source>There is no shop file at “%1”.</source>
            <translation>“%1”处没有店铺文件。</translation>
        </message>
        <message>
            <source>%1: ok, shop format %2, %3 items, %4 orders.</source>
            <translation>%1：正常，店铺文件格式 %2，%3 个宝贝，%4 笔订单。</translation>
        </message>
        <message>
            <source>%1 has problems:
%2</source>
            <translation>%1 有问题：
%2</translation>
        </message>
        <message>
            <source>backup needs exactly one argument: the file to write.</source>
            <translation>backup 需要且只需要一个参数：要写入的备份文件。</translation>
        </message>
        <message>
            <source>Backup of %1 written to %2.</source>
            <translation>%1 的备份已写入 %2。</translation>
        </message>
        <message>
            <source>Usage: shopdesk-cli --db FILE [--json] %1

%2</source>
            <translation>用法：shopdesk-cli --db 文件 [--json] %1

%2</translation>
        </message>
        <message>
            <source>The option %1 needs a value.
Usage: shopdesk-cli --db FILE [--json] %2</source>
            <translation>选项 %1 需要一个值。
用法：shopdesk-cli --db 文件 [--json] %2</translation>
        </message>
    </context>
</TS>
