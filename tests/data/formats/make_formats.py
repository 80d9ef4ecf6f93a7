#!/usr/bin/env python3
"""Writes the same tables in every format a clerk's files come in, one set per importer.

For each table NAME: NAME.csv (UTF-8 with BOM, commas, CRLF: Excel's "CSV UTF-8"), NAME-gbk.csv
(GBK, commas: Excel's plain "CSV" on a Chinese Windows), NAME-utf16.txt (UTF-16LE with BOM, tabs:
Excel's "Unicode text"), NAME-semicolon.csv (UTF-8 without BOM, semicolons) and NAME.xlsx (an
Office Open XML workbook written here with zipfile, as Excel stores it: shared or inline strings,
numbers as numbers, dates as serials under a date format, percentages as fractions under a %
format, long numbers as text, merged title rows above the header, a second sheet after the data).
tests/app/test_formats.cpp imports every variant and checks the shop holds exactly the same.

The references (suppliers, barcodes, order numbers) are the demo shop's
(`shopdesk-cli demo --last-day 2026-11-24`). Run from this folder: python3 make_formats.py
"""
import datetime
import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))


class Num(str):
    """A number: plain text in CSV, a number cell in xlsx."""


class Day(str):
    """A date (2026-11-24): a serial under a date format in xlsx."""


class Stamp(str):
    """A date and time (2026-11-24 09:05:00): a serial under a date-time format in xlsx."""


class Pct(str):
    """A rate written 45.2% in CSV, 0.452 under a percent format in xlsx."""


class Guarded(str):
    """A long number a platform writes as ="3261…" in CSV (text in xlsx)."""


def csv_cell(v, delimiter):
    s = str(v)
    if isinstance(v, Guarded):
        return f'="{s}"'  # unquoted, as the platforms write it
    if any(c in s for c in (delimiter, '"', "\n", "\r")):
        s = '"' + s.replace('"', '""') + '"'
    return s


def csv_text(titles, header, rows, delimiter):
    lines = [csv_cell(t, delimiter) + delimiter * (len(header) - 1) for t in titles]
    lines += [delimiter.join(csv_cell(h, delimiter) for h in header)]
    lines += [delimiter.join(csv_cell(c, delimiter) for c in r) for r in rows]
    return "".join(line + "\r\n" for line in lines)


def serial(v):
    if isinstance(v, Stamp):
        t = datetime.datetime.strptime(v, "%Y-%m-%d %H:%M:%S")
    else:
        t = datetime.datetime.strptime(v, "%Y-%m-%d")
    d = t - datetime.datetime(1899, 12, 30)
    return repr(d.days + d.seconds / 86400)


def col_name(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd\\ hh:mm:ss"/><numFmt numFmtId="165" formatCode="&quot;¥&quot;#,##0.00"/></numFmts>
<fonts count="2"><font><sz val="11"/><name val="宋体"/></font><font><b/><sz val="11"/><name val="宋体"/></font></fonts>
<fills count="1"><fill><patternFill patternType="none"/></fill></fills>
<borders count="1"><border/></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>
<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>
</styleSheet>"""


def sheet_xml(cells_rows, merges=(), dimension="A1"):
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
           f'<dimension ref="{dimension}"/><sheetData>']
    for rnum, cells in cells_rows:
        out.append(f'<row r="{rnum}">' + "".join(cells) + "</row>")
    out.append("</sheetData>")
    if merges:
        out.append(f'<mergeCells count="{len(merges)}">' + "".join(f'<mergeCell ref="{m}"/>' for m in merges)
                   + "</mergeCells>")
    out.append("</worksheet>")
    return "".join(out)


def workbook(path, sheets, shared, extra=None, workbook_xml=None, rels_xml=None):
    """sheets: [(name, xml)]; shared: list of strings; extra: {part: bytes} added or replacing."""
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>']
    for i, _ in enumerate(sheets, 1):
        ct.append(f'<Override PartName="/xl/worksheets/sheet{i}.xml" '
                  'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
    ct.append("</Types>")
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="xl/workbook.xml"/></Relationships>')
    wb = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>']
    wrels = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">']
    base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    for i, (name, _) in enumerate(sheets, 1):
        wb.append(f'<sheet name="{escape(name)}" sheetId="{i}" r:id="rId{i}"/>')
        wrels.append(f'<Relationship Id="rId{i}" Type="{base}worksheet" Target="worksheets/sheet{i}.xml"/>')
    n = len(sheets)
    wrels.append(f'<Relationship Id="rId{n + 1}" Type="{base}styles" Target="styles.xml"/>')
    wrels.append(f'<Relationship Id="rId{n + 2}" Type="{base}sharedStrings" Target="sharedStrings.xml"/>')
    wb.append("</sheets></workbook>")
    wrels.append("</Relationships>")
    sst = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(shared)}" '
           f'uniqueCount="{len(shared)}">']
    for s in shared:
        sst.append(f'<si><t xml:space="preserve">{escape(s)}</t></si>')
    sst.append("</sst>")
    parts = {
        "[Content_Types].xml": "".join(ct),
        "_rels/.rels": rels,
        "xl/workbook.xml": workbook_xml if workbook_xml is not None else "".join(wb),
        "xl/_rels/workbook.xml.rels": rels_xml if rels_xml is not None else "".join(wrels),
        "xl/styles.xml": STYLES,
        "xl/sharedStrings.xml": "".join(sst),
    }
    for i, (_, xml) in enumerate(sheets, 1):
        parts[f"xl/worksheets/sheet{i}.xml"] = xml
    for k, v in (extra or {}).items():
        if v is None:
            parts.pop(k, None)
        else:
            parts[k] = v
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 11, 24, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)


def data_sheet(header, rows, shared, index, titles=(), inline=False):
    """One sheet's XML: merged title rows, the bold header, the rows; strings go to `shared`."""

    def text_cell(ref, s, style=0):
        st = f' s="{style}"' if style else ""
        if inline:
            return f'<c r="{ref}"{st} t="inlineStr"><is><t xml:space="preserve">{escape(s)}</t></is></c>'
        if s not in index:
            index[s] = len(shared)
            shared.append(s)
        return f'<c r="{ref}"{st} t="s"><v>{index[s]}</v></c>'

    rows_xml, merges = [], []
    r = 1
    for t in titles:
        rows_xml.append((r, [text_cell(f"A{r}", t)]))
        merges.append(f"A{r}:{col_name(len(header) - 1)}{r}")
        r += 1
    rows_xml.append((r, [text_cell(f"{col_name(i)}{r}", h, 4) for i, h in enumerate(header)]))
    r += 1
    for row in rows:
        cells = []
        for i, v in enumerate(row):
            ref = f"{col_name(i)}{r}"
            if v == "":
                continue  # an empty cell is no cell: the gap is in the references
            if isinstance(v, Num):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            elif isinstance(v, Day):
                cells.append(f'<c r="{ref}" s="1"><v>{serial(v)}</v></c>')
            elif isinstance(v, Stamp):
                cells.append(f'<c r="{ref}" s="2"><v>{serial(v)}</v></c>')
            elif isinstance(v, Pct):
                cells.append(f'<c r="{ref}" s="3"><v>{float(v.rstrip("%")) / 100!r}</v></c>')
            else:
                cells.append(text_cell(ref, str(v)))
        rows_xml.append((r, cells))
        r += 1
    notes = sheet_xml([(1, [text_cell("A1", "这一页是说明，不导入。")])])
    dim = f"A1:{col_name(len(header) - 1)}{r - 1}"
    return sheet_xml(rows_xml, merges, dim), notes


def table_xlsx(path, sheet, titles, header, rows, inline=False):
    shared, index = [], {}
    xml, notes = data_sheet(header, rows, shared, index, titles, inline)
    workbook(path, [(sheet, xml), ("说明", notes)], shared)


def book_xlsx(path, sheets):
    """A workbook of several sheets: [(name, header, rows)], a header of None for a notes page."""
    shared, index, parts = [], {}, []
    for name, header, rows in sheets:
        if header is None:
            if "这一页是说明，不导入。" not in index:
                index["这一页是说明，不导入。"] = len(shared)
                shared.append("这一页是说明，不导入。")
            cell = f'<c r="A1" t="s"><v>{index["这一页是说明，不导入。"]}</v></c>'
            parts.append((name, sheet_xml([(1, [cell])])))
        else:
            parts.append((name, data_sheet(header, rows, shared, index)[0]))
    workbook(path, parts, shared)


def table(name, header, rows, titles=(), sheet="Sheet1", inline=False):
    def write(fname, data):
        with open(os.path.join(HERE, fname), "wb") as f:
            f.write(data)

    write(f"{name}.csv", b"\xef\xbb\xbf" + csv_text(titles, header, rows, ",").encode("utf-8"))
    write(f"{name}-gbk.csv", csv_text(titles, header, rows, ",").encode("gbk"))
    write(f"{name}-utf16.txt", b"\xff\xfe" + csv_text(titles, header, rows, "\t").encode("utf-16-le"))
    write(f"{name}-semicolon.csv", csv_text(titles, header, rows, ";").encode("utf-8"))
    table_xlsx(os.path.join(HERE, f"{name}.xlsx"), sheet, titles, header, rows, inline)


SUPPLIER = "东莞虎门卓尚牛仔服装厂"
BARCODE, BARCODE2 = "2000000000015", "2000000000022"
ORDER, ORDER2 = "326112300002352625", "326112300002353586"


def main():
    # Items (listings): a new item in two SKUs, barcodes as numbers in the sheet.
    table("items", ["货号", "标题", "类目", "价格", "成本", "颜色", "尺码", "条码", "最低库存"], [
        ["FMT-1", "格式 测试卫衣, 加绒", "卫衣", Num("129"), Num("60.5"), "黑色", "M", Num("6901234567892"), Num("3")],
        ["FMT-1", "格式 测试卫衣, 加绒", "卫衣", Num("129"), Num("60.5"), "黑色", "L", Num("6901234567885"), Num("3")],
        ["FMT-2", "格式 \"引号\" 牛仔裤", "牛仔裤", Num("0.1"), "", "深蓝", "30", "", ""],
    ], sheet="宝贝")

    # Order export + item report (shipping OrderImport): two orders, times as Excel date-times.
    table("orders", ["订单编号", "买家会员名", "订单状态", "收货人姓名", "收货地址", "联系手机", "订单创建时间", "订单付款时间",
                     "买家实际支付金额", "宝贝总数量"], [
        [Guarded("3099000000000000101"), "tb_格式", "买家已付款，等待卖家发货", "张三", "浙江省 杭州市 西湖区 文三路1号(310012)",
         "13800001111", Stamp("2026-11-24 09:00:00"), Stamp("2026-11-24 09:05:30"), Num("258"), Num("2")],
        [Guarded("3099000000000000102"), "tb_格式2", "买家已付款，等待卖家发货", "李四", "广东省 深圳市 南山区 科技园路2号",
         "13900002222", Stamp("2026-11-24 10:00:00"), Stamp("2026-11-24 10:01:00"), Num("59.9"), Num("1")],
    ])
    table("orders-items", ["订单编号", "标题", "价格", "购买数量", "商品属性", "商家编码"], [
        [Guarded("3099000000000000101"), "测试 牛仔裤", Num("129"), Num("2"), "颜色分类：深蓝;尺码：30", ""],
        [Guarded("3099000000000000102"), "测试 T恤", Num("59.9"), Num("1"), "颜色分类：白色;尺码：M", ""],
    ])

    # Receiving note: a date, barcodes as numbers, a cost with cents.
    table("receive", ["入库单号", "供应商", "日期", "条码", "数量", "单价", "运费", "已付"], [
        ["RK-FMT-1", SUPPLIER, Day("2026-11-24"), Num(BARCODE), Num("10"), Num("35.5"), Num("20"), Num("0")],
        ["RK-FMT-1", SUPPLIER, Day("2026-11-24"), Num(BARCODE2), Num("4"), Num("35.5"), Num("20"), Num("0")],
    ])

    # Stock-take counts.
    table("counts", ["条码", "数量"], [[Num(BARCODE), Num("7")], [Num(BARCODE2), Num("0")]])

    # KPI daily export: the platform's title lines (merged in the sheet) above the header.
    table("kpi", ["统计日期", "浏览量", "访客数", "支付金额", "支付买家数", "支付件数", "跳失率", "DSR"], [
        [Day("2025-10-01"), Num("5000"), Num("1200"), Num("4500.5"), Num("40"), Num("35"), Pct("45.2%"), Num("4.8")],
        [Day("2025-10-02"), Num("5100"), Num("1250"), Num("4620"), Num("41"), Num("38"), Pct("44.75%"), Num("4.9")],
    ], titles=["生意参谋 店铺整体数据", "统计时间 2025-10-01 ~ 2025-10-02"], inline=True)

    # Reply library: a body with a comma, quotes and a line break.
    table("replies", ["分组", "代码", "标题", "内容"], [
        ["售前", "fmt1", "格式问候", "亲，在的哦～\n有什么可以帮您？"],
        ["售后", "fmt2", "格式退货", "亲，退货请写 \"退货\" 二字, 谢谢"],
    ])

    # Tracking list for two demo orders.
    table("tracking", ["order", "tracking"], [[Guarded(ORDER), Num("773000000001")], [Guarded(ORDER2), Num("773000000002")]])

    # Freight bill (checked against the price table, nothing written).
    table("bill", ["tracking", "weight", "fee"], [[Num("773000000001"), Num("1.2"), Num("12")],
                                                  [Num("773000000002"), Num("0.5"), Num("8.5")]])

    # Mail-merge CSV for waybills.
    table("merge", ["tracking", "name", "phone", "address", "sender", "order", "items"], [
        [Num("773000000001"), "张三", Num("13800001111"), "浙江省 杭州市 西湖区 文三路1号", "小店", Guarded("3099000000000000101"),
         "牛仔裤/深蓝/30"],
    ])

    # Suppliers.
    table("suppliers", ["供应商", "联系人", "电话", "城市", "备注"], [
        ["格式测试服装厂", "王经理", Num("13700003333"), "广州", "月结, 30天"],
        ["格式测试二厂", "", "020-12345678", "佛山", ""],
    ])

    # Customer-service agents' days (客服考核).
    table("agents", ["客服", "日期", "接待人数", "回复人数", "询单付款人数", "好评数", "首次响应秒", "销售额"], [
        ["小美", Day("2026-11-03"), Num("100"), Num("95"), Num("40"), Num("30"), Num("20"), Num("6000.5")],
        ["阿杰", Day("2026-11-04"), Num("80"), Num("70"), Num("20"), Num("10"), Num("40"), ""],
    ])

    special()
    move_in()


# A new shop moving in (tests/app/test_move_in.cpp): its own items, the platform's export of its
# first order, and workbooks of several sheets for the sheet question.
MOVE_IN_ITEMS = (["货号", "标题", "类目", "价格", "成本", "颜色", "尺码", "条码", "最低库存"], [
    ["XL-2001", "小林 加绒连帽卫衣 女", "卫衣", Num("159"), Num("62"), "黑色", "M", Num("6970000020015"), Num("5")],
    ["XL-2001", "小林 加绒连帽卫衣 女", "卫衣", Num("159"), Num("62"), "黑色", "L", Num("6970000020022"), Num("5")],
    ["XL-3001", "小林 高腰直筒牛仔裤", "牛仔裤", Num("129.9"), Num("48.5"), "浅蓝", "27", Num("6970000030014"), Num("3")],
])
MOVE_IN_REPLIES = (["分组", "代码", "标题", "内容"], [["售前", "xl1", "问候", "亲，小林服饰欢迎您～"]])


def move_in():
    header, rows = MOVE_IN_ITEMS
    book_xlsx(os.path.join(HERE, "movein-items.xlsx"), [("宝贝", header, rows), ("说明", None, None)])
    book_xlsx(os.path.join(HERE, "movein-notes-first.xlsx"), [("说明", None, None), ("宝贝", header, rows)])
    book_xlsx(os.path.join(HERE, "movein-two-tables.xlsx"),
              [("宝贝", header, rows), ("快捷短语", MOVE_IN_REPLIES[0], MOVE_IN_REPLIES[1])])
    # The platform's export of the shop's first order: 店铺名称 is the shop's own; the second line's
    # 商家编码 is code + colour + size, the first's the barcode.
    book_xlsx(os.path.join(HERE, "movein-orders.xlsx"), [("订单", [
        "订单编号", "买家会员名", "订单状态", "收货人姓名", "收货地址", "联系手机", "订单创建时间", "订单付款时间",
        "买家实际支付金额", "宝贝总数量", "物流公司", "店铺名称"], [
        [Guarded("3200000000000000001"), "tb_阿梅", "买家已付款，等待卖家发货", "陈美", "江苏省 南京市 鼓楼区 中山路 1 号(210008)",
         Num("13912345678"), Stamp("2026-12-01 09:00:00"), Stamp("2026-12-01 09:05:00"), Num("288.9"), Num("2"), "", "小林服饰"],
    ])])
    book_xlsx(os.path.join(HERE, "movein-orders-items.xlsx"), [("宝贝", [
        "订单编号", "标题", "价格", "购买数量", "商品属性", "商家编码"], [
        [Guarded("3200000000000000001"), "小林 加绒连帽卫衣 女", Num("159"), Num("1"), "颜色分类：黑色;尺码：L",
         Num("6970000020022")],
        [Guarded("3200000000000000001"), "小林 高腰直筒牛仔裤", Num("129.9"), Num("1"), "颜色分类：浅蓝;尺码：27",
         "XL-3001-浅蓝-27"],
    ])])


def special():
    """special.xlsx: what the tables above do not hold. Rich text with a phonetic guide, booleans,
    an error, float noise from another writer, a time of day, a custom 年月日 format, the 1904 date
    system, cells out of order, a row without its r attribute, and rows after an empty one."""
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
           '<si><t>名称</t></si><si><t>值</t></si>'
           '<si><r><rPr><b/></rPr><t>加绒</t></r><r><t xml:space="preserve"> 卫衣</t></r>'
           '<rPh sb="0" eb="2"><t>ジャー</t></rPh></si></sst>')
    styles = STYLES.replace('<numFmts count="2">', '<numFmts count="3"><numFmt numFmtId="166" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>')
    styles = styles.replace('</cellXfs>', '<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0"/>'
                            '<xf numFmtId="20" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>')
    rows = [
        '<row r="1"><c r="B1" t="s"><v>1</v></c><c r="A1" t="s"><v>0</v></c></row>',
        '<row r="2"><c r="A2" t="inlineStr"><is><t>rich</t></is></c><c r="B2" t="s"><v>2</v></c></row>',
        '<row r="3"><c r="A3" t="inlineStr"><is><t>true</t></is></c><c r="B3" t="b"><v>1</v></c></row>',
        '<row r="4"><c r="A4" t="inlineStr"><is><t>error</t></is></c><c r="B4" t="e"><v>#N/A</v></c></row>',
        '<row r="5"><c r="A5" t="inlineStr"><is><t>noise</t></is></c><c r="B5"><v>0.30000000000000004</v></c></row>',
        '<row r="6"><c r="A6" t="inlineStr"><is><t>time</t></is></c><c r="B6" s="7"><v>0.5</v></c></row>',
        '<row r="7"><c r="A7" t="inlineStr"><is><t>cn date</t></is></c><c r="B7" s="6"><v>44891</v></c></row>',
        '<row><c t="inlineStr"><is><t>no r</t></is></c><c t="str"><v>formula text</v><f>A1</f></c></row>',
        '<row r="10"><c r="A10" t="inlineStr"><is><t>big</t></is></c><c r="B10"><v>1.5E+20</v></c></row>',
        '<row r="11"><c r="A11" t="inlineStr"><is><t>negative</t></is></c><c r="B11"><v>-3.2</v></c></row>',
    ]
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
           + "".join(rows) + "</sheetData></worksheet>")
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<workbookPr date1904="1"/><sheets><sheet name="特别" sheetId="1" r:id="rId1"/></sheets></workbook>')
    workbook(os.path.join(HERE, "special.xlsx"), [("特别", xml)], [],
             extra={"xl/sharedStrings.xml": sst, "xl/styles.xml": styles}, workbook_xml=wb)


if __name__ == "__main__":
    main()
