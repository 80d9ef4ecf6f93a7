<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>shopdesk::cli::Commands</name>
        <message>
            <source>Unknown option “%1”.</source>
            <translation>未知选项“%1”。</translation>
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
            <source>%1 has problems:
%2</source>
            <translation>%1 有问题：
%2</translation>
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
        <message>
            <source>Write a consistent copy of the shop, even while ShopDesk has it open; --auto: today's checked copy in the backup folder, keeping the last 7 and 12 month-end copies.</source>
            <translation>写出店铺的一致副本，ShopDesk 打开着店铺时也可以；--auto：在备份文件夹中写今天的检查过的副本，保留最近 7 份和 12 份月末副本。</translation>
        </message>
        <message>
            <source>backup needs exactly one argument: the file to write (or --auto).</source>
            <translation>backup 需要且只需要一个参数：要写入的文件（或 --auto）。</translation>
        </message>
        <message>
            <source>Today's backup of %1 is %2 (checked).</source>
            <translation>%1 今天的备份是 %2（已检查）。</translation>
        </message>
        <message>
            <source>Check the shop file's integrity and print its version.</source>
            <translation>检查店铺文件是否完好，并显示其版本。</translation>
        </message>
        <message>
            <source>Created the shop file %1: shop file version %2 (this program supports up to %3).</source>
            <translation>已新建店铺文件 %1：店铺文件版本 %2（本程序支持到 %3）。</translation>
        </message>
        <message>
            <source>%1 is already a shop file, version %2 (this program supports up to %3); nothing to do.</source>
            <translation>%1 已经是店铺文件，店铺文件版本 %2（本程序支持到 %3），无需操作。</translation>
        </message>
        <message>
            <source>%1: ok, shop file version %2 (this program supports up to %3), %4 items, %5 orders.</source>
            <translation>%1：正常，店铺文件版本 %2（本程序支持到 %3），%4 个宝贝，%5 笔订单。</translation>
        </message>
        <message>
            <source>Usage: shopdesk-cli --db FILE [--json] [--lang zh_CN|en] [--sheet NAME] COMMAND [ARGS…]

--server postgresql://USER@HOST[:PORT]/DATABASE: the shop on a server instead of a shop file.
--sheet NAME: the sheet an .xlsx file is imported from (the first by default).

Commands:
</source>
            <translation>用法：shopdesk-cli --db 文件 [--json] [--lang zh_CN|en] [--sheet 工作表] 命令 [参数…]

--server postgresql://用户@主机[:端口]/数据库：使用服务器上的店铺，而不是店铺文件。
--sheet 工作表：从 .xlsx 文件导入时读取的工作表（默认第一个）。

命令：
</translation>
        </message>
        <message>
            <source>%1 needs the shop file: --db FILE (or --server URL).</source>
            <translation>%1 需要指定店铺文件：--db 文件（或 --server 地址）。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::cli::MoveCommands</name>
        <message>
            <source>Checked on both sides: %1 tables, %2 rows, the same in each table; the stock ledger %3 pieces, at cost %4.</source>
            <translation>两边已核对：%1 张表，共 %2 行，每张表行数相同；库存流水 %3 件，成本 %4。</translation>
        </message>
        <message>
            <source>Copy the shop file into an empty database (or schema) on a shop server, in one transaction, and check the copy's row counts and stock ledger sums.</source>
            <translation>将店铺文件复制到店铺服务器上的空数据库（或 schema）中，在一个事务内完成，并核对副本的行数和库存流水合计。</translation>
        </message>
        <message>
            <source>Copy the shop on the server (--server URL) into a new shop file, and check the copy's row counts and stock ledger sums.</source>
            <translation>将服务器上的店铺（--server URL）复制为一个新的店铺文件，并核对副本的行数和库存流水合计。</translation>
        </message>
        <message>
            <source>export-to-server needs exactly one argument: the server's address, postgresql://USER@HOST/DATABASE.</source>
            <translation>export-to-server 需要且只需要一个参数：服务器地址，postgresql://用户@主机/数据库。</translation>
        </message>
        <message>
            <source>export-to-server copies a shop file: give it with --db FILE.</source>
            <translation>export-to-server 复制的是店铺文件：请用 --db 文件 指定。</translation>
        </message>
        <message>
            <source>“%1” is not a shop server address: write it as postgresql://USER@HOST[:PORT]/DATABASE.</source>
            <translation>“%1”不是店铺服务器地址：请写成 postgresql://用户@主机[:端口]/数据库。</translation>
        </message>
        <message>
            <source>The shop %1 was copied to %2.</source>
            <translation>店铺 %1 已复制到 %2。</translation>
        </message>
        <message>
            <source>export-to-file needs exactly one argument: the new shop file to write.</source>
            <translation>export-to-file 需要且只需要一个参数：要写入的新店铺文件。</translation>
        </message>
        <message>
            <source>export-to-file copies the shop on a server: give it with --server URL.</source>
            <translation>export-to-file 复制的是服务器上的店铺：请用 --server 地址 指定。</translation>
        </message>
        <message>
            <source>“%1” already exists; choose a new name for the copy.</source>
            <translation>“%1”已存在；请为副本另取一个名字。</translation>
        </message>
        <message>
            <source>The copy %1 did not pass the check, and was removed:
%2</source>
            <translation>副本 %1 未通过检查，已删除：
%2</translation>
        </message>
        <message>
            <source>The shop on %1 was copied to the new shop file %2.</source>
            <translation>%1 上的店铺已复制到新的店铺文件 %2。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::cli::RestoreCommand</name>
        <message>
            <source>Put a backup in place of the shop file; the current file is kept in the backup folder first.</source>
            <translation>用备份替换店铺文件；当前文件先保存到备份文件夹中。</translation>
        </message>
        <message>
            <source>restore needs exactly one argument: the backup to put back.</source>
            <translation>restore 需要且只需要一个参数：要恢复的备份。</translation>
        </message>
        <message>
            <source>%1 was restored from %2; the file as it was is kept as %3.</source>
            <translation>%1 已从 %2 恢复；原来的文件保存为 %3。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::cli::SettingsCommand</name>
        <message>
            <source>“%1” is not one of: %2.</source>
            <translation>“%1”不在可选范围内：%2。</translation>
        </message>
        <message>
            <source>“%1” is not yes or no (1/0, true/false).</source>
            <translation>“%1”不是“是”或“否”（1/0、true/false）。</translation>
        </message>
        <message>
            <source>The margin must be between 0 and 0.95 (or 0% and 95%), not “%1”.</source>
            <translation>毛利率须在 0 到 0.95 之间（或 0% 到 95%），不能是“%1”。</translation>
        </message>
        <message>
            <source>Shop name</source>
            <translation>店铺名称</translation>
        </message>
        <message>
            <source>Platform (taobao, tmall or jd)</source>
            <translation>平台（taobao 淘宝、tmall 天猫或 jd 京东）</translation>
        </message>
        <message>
            <source>Sender name on waybills</source>
            <translation>面单上的寄件人</translation>
        </message>
        <message>
            <source>Sender phone</source>
            <translation>寄件人电话</translation>
        </message>
        <message>
            <source>Sender address</source>
            <translation>寄件地址</translation>
        </message>
        <message>
            <source>Return recipient</source>
            <translation>退货收件人</translation>
        </message>
        <message>
            <source>Return phone</source>
            <translation>退货电话</translation>
        </message>
        <message>
            <source>Return address ({退货地址} in replies)</source>
            <translation>退货地址（回复中的 {退货地址}）</translation>
        </message>
        <message>
            <source>Bank account text</source>
            <translation>收款账户</translation>
        </message>
        <message>
            <source>Current promotion ({promotion} in replies)</source>
            <translation>当前活动（回复中的 {promotion}）</translation>
        </message>
        <message>
            <source>Staff, separated by commas</source>
            <translation>员工，用逗号分隔</translation>
        </message>
        <message>
            <source>Default courier</source>
            <translation>默认快递</translation>
        </message>
        <message>
            <source>Privacy waybills: buyers' phones printed with hidden digits</source>
            <translation>隐私面单：买家电话部分数字隐藏</translation>
        </message>
        <message>
            <source>Provinces sent by EMS, separated by commas</source>
            <translation>改发 EMS 的省份，用逗号分隔</translation>
        </message>
        <message>
            <source>Gross margin for traffic value (0.21 or 21%)</source>
            <translation>计算流量价值用的毛利率（0.21 或 21%）</translation>
        </message>
        <message>
            <source>Quick reply for buyers waiting for a restock</source>
            <translation>到货通知用的快捷回复</translation>
        </message>
        <message>
            <source>Quick reply for unpaid orders</source>
            <translation>催付用的快捷回复</translation>
        </message>
        <message>
            <source>Quick reply for orders that cannot ship</source>
            <translation>无法发货时用的快捷回复</translation>
        </message>
        <message>
            <source>There is no setting “%1”. The settings are: %2.</source>
            <translation>没有名为“%1”的设置。可用的设置有：%2。</translation>
        </message>
        <message>
            <source>The shop's own data and rules (sender, return address, couriers, margin…), as in File → Shop settings….</source>
            <translation>店铺自己的资料和规则（寄件人、退货地址、快递、毛利率…），与 文件 → 店铺设置… 相同。</translation>
        </message>
        <message>
            <source>settings list takes no arguments.</source>
            <translation>settings list 不带参数。</translation>
        </message>
        <message>
            <source>settings get needs one key, e.g. settings get shop.sender_name.</source>
            <translation>settings get 需要一个设置名，例如 settings get shop.sender_name。</translation>
        </message>
        <message>
            <source>settings set needs a key and a value, e.g. settings set shop.sender_phone 13800138000.</source>
            <translation>settings set 需要设置名和值，例如 settings set shop.sender_phone 13800138000。</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>%1 is now “%2”.</source>
            <translation>%1 已设为“%2”。</translation>
        </message>
        <message>
            <source>Folder of the automatic daily backups (empty: beside the shop file)</source>
            <translation>每日自动备份的文件夹（留空：店铺文件旁边）</translation>
        </message>
        <message>
            <source>“%1” has an empty reason; separate reasons by single commas.</source>
            <translation>“%1”中有空的原因；原因之间用一个逗号分隔。</translation>
        </message>
        <message>
            <source>The reason “%1” is on the list twice.</source>
            <translation>原因“%1”在列表中出现了两次。</translation>
        </message>
        <message>
            <source>Buyers' phones shown with hidden digits on screen</source>
            <translation>屏幕上买家手机号隐藏中间数字</translation>
        </message>
        <message>
            <source>Days after dispatch for a revisit (回访)</source>
            <translation>发货后几天回访</translation>
        </message>
        <message>
            <source>“%1” is not a number of days from 1 to 90.</source>
            <translation>“%1”不是 1 到 90 之间的天数。</translation>
        </message>
        <message>
            <source>Quick reply for revisits (回访)</source>
            <translation>回访用的快捷短语</translation>
        </message>
        <message>
            <source>After-sale reasons, separated by commas</source>
            <translation>售后原因，用逗号分隔</translation>
        </message>
        <message>
            <source>The platform fee must be between 0 and 0.5 (or 0% and 50%), not “%1”.</source>
            <translation>平台费率须在 0 到 0.5 之间（或 0% 到 50%），不能是“%1”。</translation>
        </message>
        <message>
            <source>Platform fee, a share of sales (0.05 or 5%)</source>
            <translation>平台费（佣金），占销售额的比例（0.05 或 5%）</translation>
        </message>
        <message>
            <source>Largest amount one imported line may hold, in yuan</source>
            <translation>导入时单行金额上限（元）</translation>
        </message>
        <message>
            <source>“%1” is not a whole number of yuan from 1 to 1,000,000,000.</source>
            <translation>“%1”不是 1 到 1,000,000,000 之间的整数元。</translation>
        </message>
    </context>
</TS>
