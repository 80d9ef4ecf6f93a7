<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>shopdesk::core::AutoBackup</name>
        <message>
            <source>The backup folder “%1” cannot be made. Choose another one in Shop settings.</source>
            <translation>无法创建备份文件夹“%1”。请在店铺设置中另选一个。</translation>
        </message>
        <message>
            <source>The backup “%1” cannot be read: %2</source>
            <translation>无法读取备份“%1”：%2</translation>
        </message>
        <message>
            <source>The backup “%1” is damaged: %2</source>
            <translation>备份“%1”已损坏：%2</translation>
        </message>
        <message>
            <source>The backup “%1” could not be written.</source>
            <translation>无法写入备份“%1”。</translation>
        </message>
        <message>
            <source>Close the shop “%1” before restoring it.</source>
            <translation>请先关闭店铺“%1”，再恢复它。</translation>
        </message>
        <message>
            <source>The current shop could not be kept as “%1”; nothing was restored.</source>
            <translation>无法把当前店铺保存为“%1”；没有恢复任何内容。</translation>
        </message>
        <message>
            <source>The backup “%1” could not be copied next to the shop.</source>
            <translation>无法把备份“%1”复制到店铺旁边。</translation>
        </message>
        <message>
            <source>The shop “%1” could not be replaced by the backup.</source>
            <translation>无法用备份替换店铺“%1”。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::core::Barcode</name>
        <message>
            <source>There is nothing to put in the barcode.</source>
            <translation>没有可以生成条码的内容。</translation>
        </message>
        <message>
            <source>The barcode library could not start.</source>
            <translation>条码库无法启动。</translation>
        </message>
        <message>
            <source>“%1” cannot be encoded as a barcode: %2</source>
            <translation>无法把“%1”生成条码：%2</translation>
        </message>
        <message>
            <source>The barcode library gave no drawing for “%1”.</source>
            <translation>条码库没有为“%1”生成图形。</translation>
        </message>
        <message>
            <source>The barcode library gave no bars for “%1”.</source>
            <translation>条码库没有为“%1”生成条纹。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::core::BulkInsert</name>
        <message>
            <source>The shop server gave no new record number.</source>
            <translation>店铺服务器没有给出新的记录编号。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::core::BuyerRepository</name>
        <message>
            <source>A buyer needs a member name.</source>
            <translation>买家必须有会员名。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::core::CliCommand</name>
        <message>
            <source>%1 needs one of: %2.</source>
            <translation>%1 后面需要跟以下之一：%2。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::core::CostHistoryRepository</name>
        <message>
            <source>There is no SKU with the number %1.</source>
            <translation>没有编号为 %1 的SKU。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::core::CsvFile</name>
        <message>
            <source>“%1” cannot be read: %2</source>
            <translation>无法读取“%1”：%2</translation>
        </message>
        <message>
            <source>%1 is not UTF-8, and this system cannot read GBK text.</source>
            <translation>%1 不是 UTF-8 编码，而本系统无法读取 GBK 编码的文本。</translation>
        </message>
        <message>
            <source>%1 is neither UTF-8 nor GBK text.</source>
            <translation>%1 既不是 UTF-8 也不是 GBK 编码的文本。</translation>
        </message>
        <message>
            <source>%1, line %2: a quoted field is never closed.</source>
            <translation>%1 第 %2 行：引号内的字段没有结束。</translation>
        </message>
        <message>
            <source>%1 is empty: it has no header line.</source>
            <translation>%1 是空文件：没有表头行。</translation>
        </message>
        <message>
            <source>%1, line %2, field %3: %4</source>
            <translation>%1 第 %2 行，字段“%3”：%4</translation>
        </message>
        <message>
            <source>%1, line 1: the column %2 is missing.</source>
            <translation>%1 第 1 行：缺少“%2”列。</translation>
        </message>
        <message>
            <source>“%1” cannot be written: %2</source>
            <translation>无法写入“%1”：%2</translation>
        </message>
        <message>
            <source>“%1” cannot be written.</source>
            <translation>无法写入“%1”。</translation>
        </message>
        <message>
            <source>“%1” cannot be written: the disk is full. Free some space and try again.</source>
            <translation>无法写入“%1”：磁盘已满。请腾出空间后重试。</translation>
        </message>
        <message>
            <source>“%1” cannot be written: its folder cannot be written. Choose another folder.</source>
            <translation>无法写入“%1”：所在文件夹不可写。请换一个文件夹。</translation>
        </message>
        <message>
            <source>%1, line %2: the text changes encoding here (the lines before are %3, this one is not). Save the whole file in one encoding, UTF-8 or GBK.</source>
            <translation>%1，第 %2 行：文字编码从这一行起变了（前面的行是 %3，这一行不是）。请把整个文件保存为同一种编码：UTF-8 或 GBK。</translation>
        </message>
        <message numerus="yes">
            <source>%1, line %2: this row has %n field(s), but the header line has %3; the file may be cut short or damaged.</source>
            <translation>
                <numerusform>%1，第 %2 行：这一行有 %n 个字段，表头有 %3 个；文件可能不完整或已损坏。</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 is marked as UTF-8 but is not UTF-8 text.</source>
            <translation>%1 标明是 UTF-8，但内容不是 UTF-8 文本。</translation>
        </message>
        <message>
            <source>%1 is an old Excel .xls file (or a workbook protected with a password), which ShopDesk cannot read: open it in Excel or WPS and save it as .xlsx or CSV, without a password.</source>
            <translation>%1 是旧版 Excel .xls 文件（或设了密码的工作簿），ShopDesk 无法读取：请用 Excel 或 WPS 打开，不设密码另存为 .xlsx 或 CSV。</translation>
        </message>
        <message>
            <source>%1 is a PDF document, not a table: import the CSV or .xlsx file the figures came from.</source>
            <translation>%1 是 PDF 文档，不是表格：请导入这些数据原来的 CSV 或 .xlsx 文件。</translation>
        </message>
        <message>
            <source>%1 is a picture, not a table: import a CSV or .xlsx file.</source>
            <translation>%1 是图片，不是表格：请导入 CSV 或 .xlsx 文件。</translation>
        </message>
        <message>
            <source>%1 is a compressed archive, not a table: unpack it and import the CSV or .xlsx file inside.</source>
            <translation>%1 是压缩包，不是表格：请先解压，再导入里面的 CSV 或 .xlsx 文件。</translation>
        </message>
        <message>
            <source>%1 is not a text or spreadsheet file that ShopDesk reads: save it as .xlsx or CSV.</source>
            <translation>%1 不是 ShopDesk 能读取的文本或表格文件：请另存为 .xlsx 或 CSV。</translation>
        </message>
        <message>
            <source>%1 is UTF-16 text, but it ends in the middle of a character: the file is cut short or damaged.</source>
            <translation>%1 是 UTF-16 文本，但在一个字符的中间结束：文件不完整或已损坏。</translation>
        </message>
        <message>
            <source>%1 is marked as UTF-16 text but is not UTF-16 text.</source>
            <translation>%1 标记为 UTF-16 文本，但内容不是 UTF-16 文本。</translation>
        </message>
        <message>
            <source>The workbook was written already.</source>
            <translation>工作簿已经写好了。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::core::Database</name>
        <message>
            <source>“%1” is on a network share. SQLite shop files are not safe there: keep the shop on this computer's own disk.</source>
            <translation>“%1”位于网络共享上。店铺文件放在网络共享上不安全：请把店铺文件放在本机硬盘上。</translation>
        </message>
        <message>
            <source>“%1” is a folder, not a shop file.</source>
            <translation>“%1”是一个文件夹，不是店铺文件。</translation>
        </message>
        <message>
            <source>“%1” is not a ShopDesk shop file: it is not a database at all.</source>
            <translation>“%1”不是 ShopDesk 店铺文件：它根本不是数据库。</translation>
        </message>
        <message>
            <source>“%1” was saved by a newer ShopDesk (shop format %2; this ShopDesk knows up to %3). Update ShopDesk to open it.</source>
            <translation>“%1”由更新版本的 ShopDesk 保存（店铺文件格式 %2，本程序最高支持 %3）。请升级 ShopDesk 后再打开。</translation>
        </message>
        <message>
            <source>“%1” is another program's database, not a ShopDesk shop file. ShopDesk leaves it untouched.</source>
            <translation>“%1”是其他程序的数据库，不是 ShopDesk 店铺文件。ShopDesk 不会改动它。</translation>
        </message>
        <message>
            <source>The SQLite driver for Qt is missing (package libqt6sql6-sqlite): ShopDesk cannot open shop files.</source>
            <translation>缺少 Qt 的 SQLite 驱动（软件包 libqt6sql6-sqlite），ShopDesk 无法打开店铺文件。</translation>
        </message>
        <message>
            <source>There is no shop file at “%1”.</source>
            <translation>“%1”处没有店铺文件。</translation>
        </message>
        <message>
            <source>The folder for “%1” does not exist.</source>
            <translation>“%1”所在的文件夹不存在。</translation>
        </message>
        <message>
            <source>ShopDesk must update “%1” to a newer format, but could not first copy it aside: %2</source>
            <translation>ShopDesk 需要把“%1”升级到新格式，但无法先备份原文件：%2</translation>
        </message>
        <message>
            <source>“%1” already exists; choose a new name for the backup.</source>
            <translation>“%1”已存在，请为备份另取一个文件名。</translation>
        </message>
        <message>
            <source>The backup “%1” could not be written: %2</source>
            <translation>无法写入备份“%1”：%2</translation>
        </message>
        <message>
            <source>The integrity check of “%1” could not run: %2</source>
            <translation>无法对“%1”进行完整性检查：%2</translation>
        </message>
        <message>
            <source>Table %1 row %2 refers to a missing row in %3.</source>
            <translation>表 %1 第 %2 行引用了 %3 中不存在的记录。</translation>
        </message>
        <message>
            <source>“%1” is the shop file ShopDesk has open, not a file to import or export. Choose another file.</source>
            <translation>“%1”是店铺助手正在使用的店铺文件，不能用来导入或导出。请另选一个文件。</translation>
        </message>
        <message>
            <source>“%1” is read-only: ShopDesk shows it but changes nothing in it. To work in this shop, make the file writable or copy it to a folder of your own.</source>
            <translation>“%1”是只读的：店铺助手只显示它，不做任何修改。要在这个店铺里操作，请把文件改为可写，或把它复制到你自己的文件夹。</translation>
        </message>
        <message>
            <source>The folder of “%1” cannot be written: ShopDesk shows the shop but changes nothing in it. To work in this shop, copy it to a folder of your own.</source>
            <translation>“%1”所在的文件夹不可写：店铺助手只显示这个店铺，不做任何修改。要在这个店铺里操作，请把它复制到你自己的文件夹。</translation>
        </message>
        <message>
            <source>“%1” is locked by another program that is writing to it. Close that program (or wait for it to finish) and try again; the shop file is not damaged.</source>
            <translation>“%1”正被另一个程序锁定写入。请关闭那个程序（或等它完成）后重试；店铺文件没有损坏。</translation>
        </message>
        <message>
            <source>“%1” cannot be read: this user has no permission to read it.</source>
            <translation>无法读取“%1”：当前用户没有读取权限。</translation>
        </message>
        <message>
            <source>“%1” cannot be opened: check that its folder can be read and written, or copy the shop to a folder of your own.</source>
            <translation>无法打开“%1”：请检查其所在文件夹是否可读写，或把店铺复制到你自己的文件夹。</translation>
        </message>
        <message>
            <source>“%1” could not be read from the disk (an input/output error): the disk may be failing or was unplugged.</source>
            <translation>无法从磁盘读取“%1”（输入/输出错误）：磁盘可能有故障或已被拔出。</translation>
        </message>
        <message>
            <source>“%1” is damaged and cannot be read. Open a backup copy instead.</source>
            <translation>“%1”已损坏，无法读取。请改为打开备份副本。</translation>
        </message>
        <message>
            <source>“%1” cannot be created: %2</source>
            <translation>无法创建“%1”：%2</translation>
        </message>
        <message>
            <source>The folder of “%1” cannot be written: ShopDesk cannot create the shop there. Choose a folder of your own.</source>
            <translation>“%1”所在的文件夹不可写：店铺助手无法在那里创建店铺。请选择你自己的文件夹。</translation>
        </message>
        <message>
            <source>“%1” is damaged: SQLite's check of the file failed. ShopDesk changes nothing in it, so that nothing more is lost. Open a backup copy instead (one you made, or a .bak copy beside the shop); shopdesk-cli check lists the damage.</source>
            <translation>“%1”已损坏：SQLite 对文件的检查未通过。店铺助手不会修改它，以免丢失更多数据。请改为打开备份副本（你自己做的备份，或店铺旁边的 .bak 副本）；shopdesk-cli check 会列出损坏之处。</translation>
        </message>
        <message>
            <source>“%1” must be updated to a newer shop format before this ShopDesk can open it, but it cannot be written. %2</source>
            <translation>“%1”需要先升级到较新的店铺格式，本店铺助手才能打开它，但该文件不可写。%2</translation>
        </message>
        <message>
            <source>The backup “%1” could not be written: its folder cannot be written. Choose another folder.</source>
            <translation>无法写入备份“%1”：所在文件夹不可写。请换一个文件夹。</translation>
        </message>
        <message>
            <source>ShopDesk could not build the shop format %1 to compare “%2” with.</source>
            <translation>店铺助手无法生成店铺格式 %1 来与“%2”比对。</translation>
        </message>
        <message>
            <source>The tables of “%1” could not be listed.</source>
            <translation>无法列出“%1”中的数据表。</translation>
        </message>
        <message>
            <source>The table %1 has lost its column %2.</source>
            <translation>数据表 %1 缺少列 %2。</translation>
        </message>
        <message>
            <source>The table %1 is missing.</source>
            <translation>缺少数据表 %1。</translation>
        </message>
        <message>
            <source>The index %1 is missing.</source>
            <translation>缺少索引 %1。</translation>
        </message>
        <message>
            <source>The view %1 is missing.</source>
            <translation>缺少视图 %1。</translation>
        </message>
        <message>
            <source>The trigger %1 is missing.</source>
            <translation>缺少触发器 %1。</translation>
        </message>
        <message>
            <source>“%1” is in use by another program (or another ShopDesk) that is writing to it, and stayed busy: try again in a moment.</source>
            <translation>“%1”正被另一个程序（或另一个店铺助手）写入，一直处于忙碌状态：请稍后重试。</translation>
        </message>
        <message>
            <source>“%1” cannot be written: the file or its folder is read-only.</source>
            <translation>无法写入“%1”：文件或其所在文件夹是只读的。</translation>
        </message>
        <message>
            <source>The disk holding “%1” is full: free some space and try again (the shop file itself is sound).</source>
            <translation>存放“%1”的磁盘已满：请腾出空间后重试（店铺文件本身完好）。</translation>
        </message>
        <message>
            <source>“%1” cannot be opened: check that it and its folder can be read and written.</source>
            <translation>无法打开“%1”：请检查该文件及其所在文件夹是否可读写。</translation>
        </message>
        <message>
            <source>“%1” could not be read or written on the disk (an input/output error): the disk may be full, failing or unplugged.</source>
            <translation>无法在磁盘上读写“%1”（输入/输出错误）：磁盘可能已满、有故障或已被拔出。</translation>
        </message>
        <message>
            <source>The change conflicts with what the shop already holds (a record that must be unique exists, or other records refer to this one).</source>
            <translation>此项修改与店铺中已有的记录冲突（已存在必须唯一的记录，或有其他记录引用了它）。</translation>
        </message>
        <message>
            <source>The shop file could not be read or written.</source>
            <translation>无法读写店铺文件。</translation>
        </message>
        <message>
            <source>database “%1” on %2</source>
            <translation>服务器 %2 上的数据库“%1”</translation>
        </message>
        <message>
            <source>database “%1” on %2 (user %3)</source>
            <translation>服务器 %2 上的数据库“%1”（用户 %3）</translation>
        </message>
        <message>
            <source>The PostgreSQL driver for Qt is missing (package libqt6sql6-psql): ShopDesk cannot reach shop servers.</source>
            <translation>缺少 Qt 的 PostgreSQL 驱动（软件包 libqt6sql6-psql）：ShopDesk 无法连接店铺服务器。</translation>
        </message>
        <message>
            <source>“%1” is not a shop server address: write it as postgresql://user@host:port/database (optionally ?sslmode=require).</source>
            <translation>“%1”不是店铺服务器地址：请写成 postgresql://用户@主机:端口/数据库（可加 ?sslmode=require）。</translation>
        </message>
        <message>
            <source>The shop on %1 could not be read: check that the user may read and write that database.</source>
            <translation>无法读取%1中的店铺：请检查该用户是否有权读写这个数据库。</translation>
        </message>
        <message>
            <source>The %1 holds another program's tables, not a ShopDesk shop. ShopDesk leaves it untouched: give the shop a database of its own.</source>
            <translation>%1中是其他程序的表，不是 ShopDesk 店铺。ShopDesk 不会改动它：请为店铺单独建一个数据库。</translation>
        </message>
        <message>
            <source>The %1 is marked as another program's, not a ShopDesk shop. ShopDesk leaves it untouched.</source>
            <translation>%1标记为其他程序所有，不是 ShopDesk 店铺。ShopDesk 不会改动它。</translation>
        </message>
        <message>
            <source>The shop in the %1 was saved by a newer ShopDesk (shop format %2; this ShopDesk knows up to %3). Update ShopDesk on this PC to open it.</source>
            <translation>%1中的店铺由较新版本的 ShopDesk 保存（店铺格式 %2；本 ShopDesk 最高支持 %3）。请先在这台电脑上更新 ShopDesk 再打开。</translation>
        </message>
        <message>
            <source>There is no shop in the %1 yet.</source>
            <translation>%1中还没有店铺。</translation>
        </message>
        <message>
            <source>The shop is on a server (%1): it is backed up there, with pg_dump (see “Several PCs” in the README), not copied to a file from this PC.</source>
            <translation>店铺在服务器上（%1）：请在服务器上用 pg_dump 备份（见 README 的“多台电脑共用一个店铺”一节），而不是从这台电脑复制成文件。</translation>
        </message>
        <message>
            <source>Another PC was changing the same records at the same moment: nothing was saved. Try again.</source>
            <translation>另一台电脑正在同时修改同样的记录：本次没有保存任何内容。请重试。</translation>
        </message>
        <message>
            <source>The shop server at %1 refused the user “%2”: check the user name and password (and that the server lets this PC in).</source>
            <translation>%1 的店铺服务器拒绝了用户“%2”：请检查用户名和密码（以及服务器是否允许这台电脑连接）。</translation>
        </message>
        <message>
            <source>The shop server at %1 has no database “%2”: check its name, or create it on the server.</source>
            <translation>%1 的店铺服务器上没有数据库“%2”：请检查名称，或先在服务器上创建它。</translation>
        </message>
        <message>
            <source>The user “%1” may not change this shop on the server: ask whoever set up the server to grant it.</source>
            <translation>用户“%1”无权修改服务器上的这个店铺：请让设置服务器的人授予权限。</translation>
        </message>
        <message>
            <source>The shop on the server is read-only for this PC.</source>
            <translation>服务器上的店铺对这台电脑是只读的。</translation>
        </message>
        <message>
            <source>The shop server's disk is full: free some space on the server and try again.</source>
            <translation>店铺服务器的磁盘已满：请在服务器上腾出空间后重试。</translation>
        </message>
        <message>
            <source>The shop server at %1 cannot be reached: check that the server PC is on, PostgreSQL runs there, and this PC is on the shop's network.</source>
            <translation>无法连接 %1 的店铺服务器：请检查服务器电脑是否开机、PostgreSQL 是否在运行，以及这台电脑是否在店铺的网络中。</translation>
        </message>
        <message>
            <source>The shop on the server could not be read or written.</source>
            <translation>无法读写服务器上的店铺。</translation>
        </message>
        <message>
            <source>The check of “%1” was stopped: the shop was closed before it ended.</source>
            <translation>“%1”的检查已停止：检查结束前店铺已关闭。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::core::FileDialog</name>
        <message>
            <source>“%1” is the shop file ShopDesk has open. Choose another file.</source>
            <translation>“%1”是店铺助手正在使用的店铺文件。请另选一个文件。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::core::ItemRepository</name>
        <message>
            <source>Every item needs an item code (货号).</source>
            <translation>每个宝贝都必须有货号。</translation>
        </message>
        <message>
            <source>Item %1: “%2” is not a known item role.</source>
            <translation>宝贝 %1：“%2”不是已知的宝贝定位。</translation>
        </message>
        <message>
            <source>The item code %1 is already used by another item.</source>
            <translation>货号 %1 已被其他宝贝使用。</translation>
        </message>
        <message>
            <source>The SKU %1/%2 needs a barcode.</source>
            <translation>SKU %1/%2 必须有条码。</translation>
        </message>
        <message>
            <source>The barcode %1 is already used by %2 %3/%4.</source>
            <translation>条码 %1 已被 %2 %3/%4 使用。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::core::Members</name>
        <message>
            <source>The care tier's threshold must be above ¥0.</source>
            <translation>关怀会员的门槛必须大于 ¥0。</translation>
        </message>
        <message>
            <source>The discount tier's threshold (%1) must be above the care tier's (%2).</source>
            <translation>折扣会员的门槛（%1）必须高于关怀会员的门槛（%2）。</translation>
        </message>
        <message>
            <source>The gift tier's threshold (%1) must be above the discount tier's (%2).</source>
            <translation>赠品会员的门槛（%1）必须高于折扣会员的门槛（%2）。</translation>
        </message>
        <message>
            <source>Gift member</source>
            <translation>赠品会员</translation>
        </message>
        <message>
            <source>Discount member</source>
            <translation>折扣会员</translation>
        </message>
        <message>
            <source>Care member</source>
            <translation>关怀会员</translation>
        </message>
        <message>
            <source>Not yet a member</source>
            <translation>普通买家</translation>
        </message>
        <message>
            <source>a gift with the next order, member discounts, care messages and promotion notices</source>
            <translation>下次下单送赠品、会员折扣、关怀短信和促销通知</translation>
        </message>
        <message>
            <source>member discounts, care messages and promotion notices</source>
            <translation>会员折扣、关怀短信和促销通知</translation>
        </message>
        <message>
            <source>care messages and promotion notices</source>
            <translation>关怀短信和促销通知</translation>
        </message>
        <message>
            <source>nothing yet</source>
            <translation>暂无</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::core::Migrator</name>
        <message>
            <source>The shop file's format version cannot be read.</source>
            <translation>无法读取店铺文件的格式版本。</translation>
        </message>
        <message>
            <source>Update %1 of the shop format is missing from this ShopDesk build.</source>
            <translation>本版本的 ShopDesk 缺少店铺文件格式第 %1 次升级的脚本。</translation>
        </message>
        <message>
            <source>The shop file could not be updated to format %1: %2</source>
            <translation>无法把店铺文件升级到格式 %1：%2</translation>
        </message>
        <message>
            <source>%1 (in “%2”)</source>
            <translation>%1（位于“%2”）</translation>
        </message>
        <message>
            <source>The shop file could not be updated to format %1; it was left as it was. Cause: %2</source>
            <translation>店铺文件无法升级到格式 %1，文件保持原样。原因：%2</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::core::Money</name>
        <message>
            <source>“%1” is not an amount of money (use a form like 129.50).</source>
            <translation>“%1”不是金额（请写成 129.50 这样的形式）。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::core::OrderRepository</name>
        <message>
            <source>Every order needs an order number.</source>
            <translation>每笔订单都必须有订单编号。</translation>
        </message>
        <message>
            <source>Order %1: “%2” is not a known order status.</source>
            <translation>订单 %1：“%2”不是已知的订单状态。</translation>
        </message>
        <message>
            <source>Order %1 has no lines.</source>
            <translation>订单 %1 没有商品明细。</translation>
        </message>
        <message>
            <source>The order %1 is already in the shop.</source>
            <translation>订单 %1 已在店铺中。</translation>
        </message>
        <message>
            <source>Order %1: a line for “%2” has the quantity %3; it must be at least 1.</source>
            <translation>订单 %1：“%2”的数量为 %3，至少应为 1。</translation>
        </message>
        <message>
            <source>An order waiting for dispatch can only become closed, shipped or finished.</source>
            <translation>待发货的订单只能变为交易关闭、卖家已发货或交易成功。</translation>
        </message>
        <message>
            <source>The order %1 is not in the shop.</source>
            <translation>订单 %1 不在本店。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::core::Parse</name>
        <message>
            <source>“%1” is not a date like 2026-11-20.</source>
            <translation>“%1”不是日期，请写成 2026-11-20 这样的形式。</translation>
        </message>
        <message>
            <source>“%1” is not a time (use a form like 2026-11-20 14:05:00).</source>
            <translation>“%1”不是时间（请写成 2026-11-20 14:05:00 这样的形式）。</translation>
        </message>
        <message>
            <source>“%1” is not a number of pieces from 1 to 9,999.</source>
            <translation>“%1”不是 1 到 9,999 之间的件数。</translation>
        </message>
        <message>
            <source>“%1” is more than %2, the most one line may hold (a shop that sells more raises it in File → Shop settings).</source>
            <translation>“%1”超过单行上限 %2（经营金额更大的店铺可在 文件 → 店铺设置 中调高）。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::core::PromotionRepository</name>
        <message>
            <source>New Year's Day</source>
            <translation>元旦</translation>
        </message>
        <message>
            <source>Valentine's Day</source>
            <translation>情人节</translation>
        </message>
        <message>
            <source>520</source>
            <translation>520</translation>
        </message>
        <message>
            <source>618</source>
            <translation>618</translation>
        </message>
        <message>
            <source>Double 11</source>
            <translation>双11</translation>
        </message>
        <message>
            <source>Double 12</source>
            <translation>双12</translation>
        </message>
        <message>
            <source>A promotion needs a date and a name.</source>
            <translation>促销活动需要日期和名称。</translation>
        </message>
        <message>
            <source>%1 is already on the calendar on %2.</source>
            <translation>%2 已有促销活动“%1”。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::core::Retry</name>
        <message>
            <source>Another PC was changing the same records at the same moment, and the shop stayed busy: try again in a moment.</source>
            <translation>另一台电脑正在同时修改相同的记录，店铺一直忙：请稍后再试。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::core::RowVersions</name>
        <message>
            <source>The record was deleted on another PC meanwhile: open it again.</source>
            <translation>该记录已在另一台电脑上被删除：请重新打开。</translation>
        </message>
        <message>
            <source>another PC</source>
            <translation>另一台电脑</translation>
        </message>
        <message>
            <source>an earlier moment</source>
            <translation>早些时候</translation>
        </message>
        <message>
            <source>%1 was changed by %2 at %3: open it again and redo the change.</source>
            <translation>%1已被 %2 在 %3 修改，请重新打开后再改。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::core::ShopCopy</name>
        <message>
            <source>The shop's tables refer to each other in a circle; it cannot be copied.</source>
            <translation>店铺的表之间存在循环引用，无法复制。</translation>
        </message>
        <message>
            <source>A temporary folder could not be made to compare the shops.</source>
            <translation>无法创建用于比较店铺的临时文件夹。</translation>
        </message>
        <message>
            <source>The two shops are of different formats (%1 and %2); open both with this ShopDesk first.</source>
            <translation>两个店铺的格式不同（%1 和 %2）；请先用本版 ShopDesk 分别打开它们。</translation>
        </message>
        <message>
            <source>One of the two shops must be a shop file.</source>
            <translation>两个店铺中必须有一个是店铺文件。</translation>
        </message>
        <message>
            <source>Nothing was copied: the %1 is not empty, it already holds a shop's records. Copy into an empty database (or schema). It holds:
%2</source>
            <translation>未复制任何内容：%1 不是空的，里面已有店铺记录。请复制到空数据库（或 schema）中。其中有：
%2</translation>
        </message>
        <message>
            <source>stock ledger: %1 pieces at %2, %3 pieces at %4 copied</source>
            <translation>库存流水：%1 件，成本 %2；复制后 %3 件，成本 %4</translation>
        </message>
        <message>
            <source>The copy in %1 does not match the shop it was copied from; nothing was kept:
%2</source>
            <translation>%1 中的副本与原店铺不一致；未保留任何内容：
%2</translation>
        </message>
        <message>
            <source>after-sale cases</source>
            <translation>售后单</translation>
        </message>
        <message>
            <source>after-sale case history entries</source>
            <translation>售后处理记录</translation>
        </message>
        <message>
            <source>after-sale case lines</source>
            <translation>售后商品行</translation>
        </message>
        <message>
            <source>returned parcels received</source>
            <translation>退货签收记录</translation>
        </message>
        <message>
            <source>buyers' totals</source>
            <translation>买家汇总</translation>
        </message>
        <message>
            <source>buyers' totals progress marks</source>
            <translation>买家汇总进度</translation>
        </message>
        <message>
            <source>buyers</source>
            <translation>买家</translation>
        </message>
        <message>
            <source>faulty goods entries</source>
            <translation>次品账记录</translation>
        </message>
        <message>
            <source>items' suppliers</source>
            <translation>商品供应商</translation>
        </message>
        <message>
            <source>items</source>
            <translation>商品</translation>
        </message>
        <message>
            <source>promotion days' figures</source>
            <translation>活动每日数据</translation>
        </message>
        <message>
            <source>daily shop figures</source>
            <translation>每日经营数据</translation>
        </message>
        <message>
            <source>promotions</source>
            <translation>活动</translation>
        </message>
        <message>
            <source>targets</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>order lines</source>
            <translation>订单商品行</translation>
        </message>
        <message>
            <source>orders</source>
            <translation>订单</translation>
        </message>
        <message>
            <source>parcel lines</source>
            <translation>包裹商品行</translation>
        </message>
        <message>
            <source>parcels</source>
            <translation>包裹</translation>
        </message>
        <message>
            <source>purchase order lines</source>
            <translation>采购单明细</translation>
        </message>
        <message>
            <source>purchase orders</source>
            <translation>采购单</translation>
        </message>
        <message>
            <source>receiving note lines</source>
            <translation>收货单明细</translation>
        </message>
        <message>
            <source>receiving notes</source>
            <translation>收货单</translation>
        </message>
        <message>
            <source>standard replies</source>
            <translation>快捷短语</translation>
        </message>
        <message>
            <source>agents' daily figures</source>
            <translation>客服每日数据</translation>
        </message>
        <message>
            <source>agents</source>
            <translation>客服</translation>
        </message>
        <message>
            <source>agents' bonuses</source>
            <translation>客服奖金</translation>
        </message>
        <message>
            <source>failed deals</source>
            <translation>流失客户</translation>
        </message>
        <message>
            <source>follow-ups</source>
            <translation>跟进</translation>
        </message>
        <message>
            <source>buyers waiting for stock</source>
            <translation>缺货登记</translation>
        </message>
        <message>
            <source>courier bill lines</source>
            <translation>快递账单明细</translation>
        </message>
        <message>
            <source>courier claims</source>
            <translation>快递索赔</translation>
        </message>
        <message>
            <source>couriers</source>
            <translation>快递公司</translation>
        </message>
        <message>
            <source>tracking number uploads</source>
            <translation>运单号回传记录</translation>
        </message>
        <message>
            <source>extra parcel lines</source>
            <translation>补发包裹商品行</translation>
        </message>
        <message>
            <source>extra parcels</source>
            <translation>补发包裹</translation>
        </message>
        <message>
            <source>order marks set by hand</source>
            <translation>手动订单标记</translation>
        </message>
        <message>
            <source>item mappings</source>
            <translation>商品对应关系</translation>
        </message>
        <message>
            <source>packing checks</source>
            <translation>三查记录</translation>
        </message>
        <message>
            <source>pickup scans</source>
            <translation>揽收扫描</translation>
        </message>
        <message>
            <source>courier pickups</source>
            <translation>揽收交接</translation>
        </message>
        <message>
            <source>courier prices</source>
            <translation>快递价格</translation>
        </message>
        <message>
            <source>waybill prints</source>
            <translation>面单打印记录</translation>
        </message>
        <message>
            <source>tracking number ranges</source>
            <translation>运单号段</translation>
        </message>
        <message>
            <source>change marks</source>
            <translation>变更标记</translation>
        </message>
        <message>
            <source>shop settings</source>
            <translation>店铺设置</translation>
        </message>
        <message>
            <source>shop format marks</source>
            <translation>店铺格式标记</translation>
        </message>
        <message>
            <source>SKU cost history entries</source>
            <translation>SKU 成本记录</translation>
        </message>
        <message>
            <source>SKUs</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>stock ledger entries</source>
            <translation>库存流水</translation>
        </message>
        <message>
            <source>stock-take scans</source>
            <translation>盘点扫描记录</translation>
        </message>
        <message>
            <source>stock-take lines</source>
            <translation>盘点明细</translation>
        </message>
        <message>
            <source>stock-takes</source>
            <translation>盘点单</translation>
        </message>
        <message>
            <source>supplier exchange lines</source>
            <translation>供应商换货明细</translation>
        </message>
        <message>
            <source>supplier exchanges</source>
            <translation>供应商换货单</translation>
        </message>
        <message>
            <source>items received from suppliers</source>
            <translation>供应商到货商品</translation>
        </message>
        <message>
            <source>supplier payments</source>
            <translation>供应商付款</translation>
        </message>
        <message>
            <source>suppliers</source>
            <translation>供应商</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>other records: %1</source>
            <translation>其他记录：%1</translation>
        </message>
        <message>
            <source>%1: %2 in the shop, %3 copied</source>
            <translation>%1：店铺中 %2 条，已复制 %3 条</translation>
        </message>
        <message>
            <source>other records</source>
            <translation>其他记录</translation>
        </message>
        <message>
            <source>SKUs' stock totals</source>
            <translation>SKU 库存汇总</translation>
        </message>
        <message>
            <source>stock totals progress marks</source>
            <translation>库存汇总进度</translation>
        </message>
        <message>
            <source>receiving notes' totals</source>
            <translation>收货单汇总</translation>
        </message>
        <message>
            <source>receiving totals progress marks</source>
            <translation>收货单汇总进度</translation>
        </message>
        <message>
            <source>repeat buyers' month figures</source>
            <translation>回头客月度数据</translation>
        </message>
        <message>
            <source>repeat figures progress marks</source>
            <translation>回头客数据进度</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::core::SqlQuery</name>
        <message>
            <source>The shop file did not confirm the new record.</source>
            <translation>店铺文件没有确认新记录。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::core::StockLedger</name>
        <message>
            <source>“%1” is not a kind of stock movement.</source>
            <translation>“%1”不是库存变动类型。</translation>
        </message>
        <message>
            <source>A stock movement needs a quantity other than zero.</source>
            <translation>库存变动的数量不能为零。</translation>
        </message>
        <message>
            <source>There is no SKU with the number %1.</source>
            <translation>没有编号为 %1 的 SKU。</translation>
        </message>
        <message>
            <source>%1 × %2 %3/%4 (barcode %5) cannot be booked out: only %6 on hand.</source>
            <translation>无法出库 %1 件 %2 %3/%4（条码 %5）：库存只有 %6 件。</translation>
        </message>
        <message>
            <source>There is no stock movement number %1.</source>
            <translation>没有编号为 %1 的库存变动。</translation>
        </message>
        <message>
            <source>Stock movement %1 was already reversed.</source>
            <translation>库存变动 %1 已经冲销过了。</translation>
        </message>
        <message>
            <source>Reverses the %1 of %2</source>
            <translation>冲销 %2 的%1</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::core::SupplierRepository</name>
        <message>
            <source>A supplier needs a name.</source>
            <translation>供应商必须有名称。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::core::Transaction</name>
        <message>
            <source>The change was already finished.</source>
            <translation>该修改已经完成。</translation>
        </message>
        <message>
            <source>%1 Nothing was changed.</source>
            <translation>%1 未做任何修改。</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::core::Vocabulary</name>
        <message>
            <source>Traffic item</source>
            <translation>引流款</translation>
        </message>
        <message>
            <source>Profit item</source>
            <translation>利润款</translation>
        </message>
        <message>
            <source>Image item</source>
            <translation>形象款</translation>
        </message>
        <message>
            <source>Receiving</source>
            <translation>入库</translation>
        </message>
        <message>
            <source>Shipment</source>
            <translation>发货出库</translation>
        </message>
        <message>
            <source>Buyer return</source>
            <translation>买家退货</translation>
        </message>
        <message>
            <source>To supplier (exchange)</source>
            <translation>退供应商（调换）</translation>
        </message>
        <message>
            <source>From supplier (exchange)</source>
            <translation>供应商换回</translation>
        </message>
        <message>
            <source>Stock-take adjustment</source>
            <translation>盘点调整</translation>
        </message>
        <message>
            <source>Manual correction</source>
            <translation>手工更正</translation>
        </message>
        <message>
            <source>Taobao</source>
            <translation>淘宝</translation>
        </message>
        <message>
            <source>Tmall</source>
            <translation>天猫</translation>
        </message>
        <message>
            <source>JD</source>
            <translation>京东</translation>
        </message>
        <message>
            <source>Jeans</source>
            <translation>牛仔裤</translation>
        </message>
        <message>
            <source>T-shirts</source>
            <translation>T恤</translation>
        </message>
        <message>
            <source>Hoodies</source>
            <translation>卫衣</translation>
        </message>
        <message>
            <source>Shoes</source>
            <translation>鞋</translation>
        </message>
        <message>
            <source>Red: special request</source>
            <translation>红旗：特殊要求</translation>
        </message>
        <message>
            <source>Green: paid by bank transfer</source>
            <translation>绿旗：银行转账</translation>
        </message>
        <message>
            <source>Yellow: cannot ship yet</source>
            <translation>黄旗：暂不能发货</translation>
        </message>
        <message>
            <source>Blue: exchange</source>
            <translation>蓝旗：换货</translation>
        </message>
        <message>
            <source>Purple: return</source>
            <translation>紫旗：退货</translation>
        </message>
        <message>
            <source>STO Express</source>
            <translation>申通快递</translation>
        </message>
        <message>
            <source>YTO Express</source>
            <translation>圆通快递</translation>
        </message>
        <message>
            <source>ZTO Express</source>
            <translation>中通快递</translation>
        </message>
        <message>
            <source>Yunda Express</source>
            <translation>韵达快递</translation>
        </message>
        <message>
            <source>SF Express</source>
            <translation>顺丰速运</translation>
        </message>
        <message>
            <source>EMS</source>
            <translation>EMS</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <source>J&amp;T Express</source>
            <translation>极兔速递</translation>
        </message>
        <message>
            <source>JD Express</source>
            <translation>京东快递</translation>
        </message>
        <message>
            <source>Deppon Express</source>
            <translation>德邦快递</translation>
        </message>
        <message>
            <source>China Post Parcel</source>
            <translation>邮政快递包裹</translation>
        </message>
        <message>
            <source>Opening stock</source>
            <translation>期初库存</translation>
        </message>
    </context>
    <context>
        <name>shopdesk::core::Xlsx</name>
        <message>
            <source>%1 looks like an .xlsx file but cannot be unpacked: it may be cut short or damaged. Open it in Excel or WPS and save it again.</source>
            <translation>%1 看起来是 .xlsx 文件，但无法解压：文件可能不完整或已损坏。请用 Excel 或 WPS 打开后重新保存。</translation>
        </message>
        <message>
            <source>%1 is damaged: its part %2 is missing. Open it in Excel or WPS and save it again.</source>
            <translation>%1 已损坏：缺少其中的 %2 部分。请用 Excel 或 WPS 打开后重新保存。</translation>
        </message>
        <message>
            <source>%1 is damaged: its part %2 is not well-formed XML (line %3). Open it in Excel or WPS and save it again.</source>
            <translation>%1 已损坏：其中的 %2 部分不是有效的 XML（第 %3 行）。请用 Excel 或 WPS 打开后重新保存。</translation>
        </message>
        <message>
            <source>%1: its part %2 unpacks to more than %3 MB, more than ShopDesk reads from a workbook. Save the sheet as CSV and import that.</source>
            <translation>%1：其中的 %2 部分解压后超过 %3 MB，超出 ShopDesk 能读取的工作簿大小。请把该工作表另存为 CSV 再导入。</translation>
        </message>
        <message>
            <source>%1: its part %2 unpacks to more than five hundred times its packed size, as a zip bomb does; it is not a workbook ShopDesk reads.</source>
            <translation>%1：其中的 %2 部分解压后超过压缩大小的五百倍，这是“压缩炸弹”的特征；ShopDesk 不读取这样的工作簿。</translation>
        </message>
        <message>
            <source>%1 is a workbook without a worksheet: there is nothing to import.</source>
            <translation>%1 是没有工作表的工作簿：没有可导入的内容。</translation>
        </message>
        <message>
            <source>%1 is a Word or PowerPoint file, not a spreadsheet: put the table in Excel or WPS and save it as .xlsx or CSV.</source>
            <translation>%1 是 Word 或 PowerPoint 文件，不是表格：请把表格放到 Excel 或 WPS 中，另存为 .xlsx 或 CSV。</translation>
        </message>
        <message>
            <source>%1 is an OpenDocument spreadsheet (.ods): open it in LibreOffice or WPS and save it as .xlsx or CSV.</source>
            <translation>%1 是 OpenDocument 表格（.ods）：请用 LibreOffice 或 WPS 打开，另存为 .xlsx 或 CSV。</translation>
        </message>
        <message>
            <source>%1 is an OpenDocument file, not a spreadsheet ShopDesk reads: save the table as .xlsx or CSV.</source>
            <translation>%1 是 OpenDocument 文件，不是 ShopDesk 能读取的表格：请把表格另存为 .xlsx 或 CSV。</translation>
        </message>
        <message>
            <source>%1 is a Numbers spreadsheet: in Numbers choose File → Export To → Excel or CSV, and import that.</source>
            <translation>%1 是 Numbers 表格：请在 Numbers 中选择“文件 → 导出为 → Excel 或 CSV”，再导入导出的文件。</translation>
        </message>
        <message>
            <source>%1 is a zip archive, not a spreadsheet: unpack it and import the .xlsx or CSV file inside.</source>
            <translation>%1 是 zip 压缩包，不是表格：请先解压，再导入里面的 .xlsx 或 CSV 文件。</translation>
        </message>
        <message>
            <source>%1 has no sheet called “%2”; its sheets are %3.</source>
            <translation>%1 中没有名为“%2”的工作表；它的工作表有：%3。</translation>
        </message>
        <message>
            <source>%1: the sheet “%2” is a chart, not a table.</source>
            <translation>%1：工作表“%2”是图表，不是表格。</translation>
        </message>
        <message>
            <source>%1, sheet %2, row %3</source>
            <translation>%1，工作表 %2，第 %3 行</translation>
        </message>
        <message>
            <source>%1: the row number “%2” is not a row of an Excel sheet after row %3; the file is damaged.</source>
            <translation>%1：行号“%2”不是第 %3 行之后的有效 Excel 行号；文件已损坏。</translation>
        </message>
        <message>
            <source>%1: the sheet has more rows than Excel's 1,048,576; the file is damaged.</source>
            <translation>%1：工作表的行数超过 Excel 的上限 1,048,576 行；文件已损坏。</translation>
        </message>
        <message>
            <source>%1: the cell reference “%2” is not a cell of this row inside Excel's grid (columns A to XFD, rows 1 to 1,048,576); the file is damaged.</source>
            <translation>%1：单元格引用“%2”不是本行在 Excel 表格范围内（A 到 XFD 列，第 1 到 1,048,576 行）的单元格；文件已损坏。</translation>
        </message>
        <message>
            <source>%1: the row has more cells than Excel's 16,384 columns; the file is damaged.</source>
            <translation>%1：这一行的单元格超过 Excel 的上限 16,384 列；文件已损坏。</translation>
        </message>
        <message>
            <source>%1: the cell %2 refers to shared text number %3, but the workbook has %4; the file is damaged.</source>
            <translation>%1：单元格 %2 引用第 %3 条共享文本，但工作簿只有 %4 条；文件已损坏。</translation>
        </message>
        <message>
            <source>%1: the cell %2 holds “%3”, which is not a number; the file is damaged.</source>
            <translation>%1：单元格 %2 的内容“%3”不是数字；文件已损坏。</translation>
        </message>
        <message>
            <source>%1, sheet %2: the sheet reaches the cell %3, more than the %L4 cells ShopDesk reads from one sheet. Delete the empty rows and columns, or save it as CSV.</source>
            <translation>%1，工作表 %2：工作表延伸到单元格 %3，超过 ShopDesk 从一个工作表读取的上限 %L4 个单元格。请删除空行和空列，或另存为 CSV。</translation>
        </message>
    </context>
</TS>
