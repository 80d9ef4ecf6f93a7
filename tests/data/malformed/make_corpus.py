#!/usr/bin/env python3
"""Writes the malformed-input corpus: one file (or pair) per case, and manifest.tsv.

Each case is a file a clerk could really be handed (a download cut short, a hand-edited sheet,
an impossible date, a damaged cell), for one importer of shopdesk-cli. manifest.tsv lists, tab
separated: importer, file, second file (or -), and the exact message the refusal must give (in
English). tests/app/test_malformed.cpp runs every row against a demo shop and checks the message
and that the shop file is byte-identical afterwards.

The references inside the files (suppliers, barcodes, order numbers) are those of the demo shop
(`shopdesk-cli demo --last-day 2026-11-24`). Run from this folder: python3 make_corpus.py
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = []  # (importer, file, second, message)

SUPPLIER = "东莞虎门卓尚牛仔服装厂"
BARCODE = "2000000000015"
BARCODE2 = "2000000000022"
ORDER = "326112300002352625"
ORDER2 = "326112300002353586"


def write(name, text, encoding="utf-8", bom=False, raw=None):
    data = raw if raw is not None else text.encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def case(importer, name, text, message, second="-", **kw):
    write(name, text, **kw)
    CASES.append((importer, name, second, message))


def crlf(*lines):
    return "".join(line + "\r\n" for line in lines)


# Items ----------------------------------------------------------------------------------------
ITEMS_HEAD = "货号,标题,类目,价格,成本,颜色,尺码,条码"
ITEM_OK = "MAL-1,测试 牛仔裤,牛仔裤,129.00,60.00,深蓝,30,"
items = [
    ("items-short-row.csv", crlf(ITEMS_HEAD, ITEM_OK, "MAL-2,测试 T恤,T恤,59.00"), None),
    ("items-long-row.csv", crlf(ITEMS_HEAD, ITEM_OK + ",,,,"), None),
    ("items-million-fields.csv", crlf(ITEMS_HEAD, ITEM_OK + "," * 200000), None),
    ("items-open-quote.csv", crlf(ITEMS_HEAD, ITEM_OK) + 'MAL-2,"测试 T恤', None),
    ("items-price-1e20.csv", crlf(ITEMS_HEAD, "MAL-1,测试 牛仔裤,牛仔裤,1e20,60.00,深蓝,30,"), None),
    ("items-price-nan.csv", crlf(ITEMS_HEAD, "MAL-1,测试 牛仔裤,牛仔裤,NaN,60.00,深蓝,30,"), None),
    ("items-price-huge.csv", crlf(ITEMS_HEAD, "MAL-1,测试 牛仔裤,牛仔裤,10000000.01,60.00,深蓝,30,"), None),
    ("items-price-twenty-digits.csv", crlf(ITEMS_HEAD, "MAL-1,测试 牛仔裤,牛仔裤,12345678901234567890,60.00,深蓝,30,"), None),
    ("items-cost-negative.csv", crlf(ITEMS_HEAD, "MAL-1,测试 牛仔裤,牛仔裤,129.00,-1.00,深蓝,30,"), None),
    ("items-empty.csv", "", None),
    ("items-header-only.csv", crlf(ITEMS_HEAD), None),
    ("items-no-code-column.csv", crlf("标题,价格", "测试,1.00"), None),
    ("items-mixed-encoding.csv", None, (ITEMS_HEAD + "\r\n" + ITEM_OK + "\r\n").encode("utf-8")
        + "MAL-2,测试 T恤,T恤,59.00,30.00,白色,M,\r\n".encode("gbk")),
    ("items-gbk-then-utf8.csv", None, (ITEMS_HEAD + "\r\n" + ITEM_OK + "\r\n").encode("gbk")
        + "MAL-2,测试 T恤,T恤,59.00,30.00,白色,M,\r\n".encode("utf-8")),
    ("items-bom-then-gbk.csv", None, b"\xef\xbb\xbf" + (ITEMS_HEAD + "\r\n" + ITEM_OK + "\r\n").encode("utf-8")
        + "MAL-2,测试 T恤,T恤,59.00,30.00,白色,M,\r\n".encode("gbk")),
    ("items-min-stock-huge.csv", crlf(ITEMS_HEAD + ",最低库存", ITEM_OK + ",2147483648"), None),
    ("items-price-fullwidth-huge.csv", crlf(ITEMS_HEAD, "MAL-1,测试 牛仔裤,牛仔裤,￥２０００００００,60.00,深蓝,30,"), None),
]
for name, text, raw in items:
    if raw is not None:
        case("items", name, "", "?", raw=raw)
    else:
        case("items", name, text, "?")

# Orders (order report + item report) ------------------------------------------------------------
O_HEAD = "订单编号,买家会员名,订单状态,收货人姓名,收货地址,联系手机,订单创建时间,订单付款时间,买家实际支付金额,宝贝总数量"
L_HEAD = "订单编号,标题,价格,购买数量,商品属性,商家编码"
PAID = "买家已付款，等待卖家发货"


def orow(no, created="2026-11-24 09:00:00", paid="2026-11-24 09:05:00", total="129.00", units="1"):
    return f'="{no}",tb_测试,{PAID},张三,浙江省 杭州市 西湖区 文三路1号(310012),\'13800001111,{created},{paid},{total},{units}'


def lrow(no, qty="1", price="129.00"):
    return f'="{no}",测试 牛仔裤,{price},{qty},颜色分类：深蓝;尺码：30,'


def order_case(name, orders, lines, message="?"):
    items_name = name.replace(".csv", "-items.csv")
    write(items_name, crlf(L_HEAD, *lines))
    case("orders", name, crlf(O_HEAD, *orders), message, second=items_name)


N1, N2, N3 = "3099000000000000001", "3099000000000000002", "3099000000000000003"
order_case("orders-month-13.csv", [orow(N1, created="2026-13-04 09:00:00")], [lrow(N1)])
order_case("orders-feb-30.csv", [orow(N1, paid="2026-02-30 09:05:00")], [lrow(N1)])
order_case("orders-25-61.csv", [orow(N1, paid="2026-11-24 25:61:00")], [lrow(N1)])
order_case("orders-created-garbage.csv", [orow(N1, created="yesterday")], [lrow(N1)])
order_case("orders-created-date-only.csv", [orow(N1, created="2026-11-24")], [lrow(N1)])
order_case("orders-paid-garbage.csv", [orow(N1, paid="soon")], [lrow(N1)])
order_case("orders-created-feb-29.csv", [orow(N1, created="2026-02-29 10:00:00")], [lrow(N1)])
order_case("orders-created-24h.csv", [orow(N1, created="2026-11-24 24:00:00")], [lrow(N1)])
order_case("orders-truncated-report.csv", [orow(N1)], [lrow(N1), lrow(N2)])
order_case("orders-items-truncated.csv", [orow(N1), orow(N2)], [lrow(N1)])
order_case("orders-units-more.csv", [orow(N1, units="3")], [lrow(N1, qty="2")])
order_case("orders-units-fewer.csv", [orow(N1, units="1")], [lrow(N1, qty="1"), lrow(N1, qty="1")])
order_case("orders-cut-mid-row.csv", [orow(N1), orow(N2).rsplit(",", 4)[0]], [lrow(N1), lrow(N2)])
order_case("orders-items-cut-mid-row.csv", [orow(N1)], [lrow(N1).rsplit(",", 3)[0]])
order_case("orders-qty-int-max.csv", [orow(N1, units="2147483647")], [lrow(N1, qty="2147483647")])
order_case("orders-qty-10000.csv", [orow(N1, units="10000")], [lrow(N1, qty="10000")])
order_case("orders-qty-negative.csv", [orow(N1)], [lrow(N1, qty="-1")])
order_case("orders-price-1e20.csv", [orow(N1)], [lrow(N1, price="1e20")])
order_case("orders-price-nan.csv", [orow(N1)], [lrow(N1, price="NaN")])
order_case("orders-price-huge.csv", [orow(N1)], [lrow(N1, price="10000000.01")])
order_case("orders-total-huge.csv", [orow(N1, total="99999999999.00")], [lrow(N1)])
order_case("orders-units-garbage.csv", [orow(N1, units="many")], [lrow(N1)])
order_case("orders-twice.csv", [orow(N1), orow(N1)], [lrow(N1)])
order_case("orders-open-quote.csv", [orow(N1), '"3099000000000000002,tb'], [lrow(N1)])
write("orders-ends-mid-row-items.csv", crlf(L_HEAD, lrow(N1), lrow(N2)))
case("orders", "orders-ends-mid-row.csv", crlf(O_HEAD, orow(N1)) + orow(N2, total="129.0").rsplit(",", 1)[0] + ",1",
     "?", second="orders-ends-mid-row-items.csv")
write("orders-items-end-mid-row-items.csv", crlf(L_HEAD, lrow(N1)) + lrow(N2, price="12"))
case("orders", "orders-items-end-mid-row.csv", crlf(O_HEAD, orow(N1), orow(N2)), "?",
     second="orders-items-end-mid-row-items.csv")
write("orders-mixed-encoding-items.csv", crlf(L_HEAD, lrow(N1)))
case("orders", "orders-mixed-encoding.csv", "", "?", second="orders-mixed-encoding-items.csv",
     raw=(O_HEAD + "\r\n" + orow(N1) + "\r\n").encode("gbk") + (orow(N2) + "\r\n").encode("utf-8"))

# Receiving notes ------------------------------------------------------------------------------
R_HEAD = "入库单号,供应商,日期,条码,数量,单价,运费,已付"


def rrow(qty="10", cost="35.00", date="2026-11-24", freight="20.00", paid="0", code=BARCODE):
    return f"RK-MAL-1,{SUPPLIER},{date},{code},{qty},{cost},{freight},{paid}"


receiving = [
    ("receive-qty-int-max.csv", [rrow(qty="2147483647")]),
    ("receive-qty-10000.csv", [rrow(qty="10000")]),
    ("receive-qty-zero.csv", [rrow(qty="0")]),
    ("receive-qty-fraction.csv", [rrow(qty="1.5")]),
    ("receive-cost-nan.csv", [rrow(cost="nan")]),
    ("receive-cost-inf.csv", [rrow(cost="inf")]),
    ("receive-cost-huge.csv", [rrow(cost="20000000")]),
    ("receive-cost-negative.csv", [rrow(cost="-5")]),
    ("receive-freight-1e20.csv", [rrow(freight="1e20")]),
    ("receive-date-month-13.csv", [rrow(date="2026-13-04")]),
    ("receive-date-feb-30.csv", [rrow(date="2026-02-30")]),
    ("receive-date-garbage.csv", [rrow(date="next week")]),
    ("receive-cut-mid-row.csv", [rrow(), rrow(code=BARCODE2).rsplit(",", 3)[0]]),
    ("receive-long-row.csv", [rrow() + ",extra"]),
    ("receive-unknown-barcode.csv", [rrow(code="9999999999999")]),
]
for name, rows in receiving:
    case("receive", name, crlf(R_HEAD, *rows), "?")
case("receive", "receive-open-quote.csv", crlf(R_HEAD, rrow()) + f'RK-MAL-1,"{SUPPLIER}', "?")

# Stock-take counts ----------------------------------------------------------------------------
C_HEAD = "条码,数量"
counts = [
    ("counts-qty-int-max.csv", [f"{BARCODE},2147483647"]),
    ("counts-qty-10000.csv", [f"{BARCODE},10000"]),
    ("counts-qty-negative.csv", [f"{BARCODE},-3"]),
    ("counts-qty-garbage.csv", [f"{BARCODE},lots"]),
    ("counts-cut-mid-row.csv", [f"{BARCODE},3", BARCODE2]),
    ("counts-long-row.csv", [f"{BARCODE},3,4"]),
    ("counts-empty-barcode.csv", [",3"]),
]
for name, rows in counts:
    case("counts", name, crlf(C_HEAD, *rows), "?")

# KPI daily export -----------------------------------------------------------------------------
K_HEAD = "统计日期,浏览量,访客数,支付金额,支付买家数,支付件数,跳失率,DSR"


def krow(day="2026-11-01", pv="5000", uv="1200", sales="4500.00", buyers="40", units="35", bounce="45.2%", dsr="4.8"):
    return f"{day},{pv},{uv},{sales},{buyers},{units},{bounce},{dsr}"


kpis = [
    ("kpi-bounce-nan.csv", [krow(bounce="NaN")]),
    ("kpi-bounce-inf.csv", [krow(bounce="inf")]),
    ("kpi-bounce-over-100.csv", [krow(bounce="145%")]),
    ("kpi-dsr-nan.csv", [krow(dsr="nan")]),
    ("kpi-dsr-six.csv", [krow(dsr="6")]),
    ("kpi-dsr-1e20.csv", [krow(dsr="1e20")]),
    ("kpi-day-month-13.csv", [krow(day="2026-13-04")]),
    ("kpi-day-feb-30.csv", [krow(day="2026-02-30")]),
    ("kpi-day-garbage.csv", [krow(day="Monday")]),
    ("kpi-units-cut.csv", [krow(), krow(day="2026-11-02").rsplit(",", 3)[0]]),
    ("kpi-long-row.csv", [krow() + ",1,2,3"]),
    ("kpi-uv-twenty-digits.csv", [krow(uv="12345678901234567890")]),
    ("kpi-sales-huge.csv", [krow(sales="20000000.00")]),
    ("kpi-day-twice.csv", [krow(), krow()]),
]
for name, rows in kpis:
    case("kpi", name, crlf(K_HEAD, *rows), "?")
case("kpi", "kpi-title-then-cut.csv",
     crlf("生意参谋 店铺整体数据", "统计时间 2026-11-01 ~ 2026-11-02", K_HEAD, krow(), krow(day="2026-11-02")[:20]), "?")

# Reply library --------------------------------------------------------------------------------
P_HEAD = "分组,代码,标题,内容"
replies = [
    ("replies-cut-mid-row.csv", ["售前,mal1,问候,亲，在的哦", "售前,mal2"]),
    ("replies-long-row.csv", ["售前,mal1,问候,亲，在的哦,多余"]),
    ("replies-unknown-placeholder.csv", ["售前,mal1,问候,亲，{不存在}哦"]),
    ("replies-code-twice.csv", ["售前,mal1,问候,亲，在的哦", "售前,mal1,问候,亲，在的呢"]),
    ("replies-no-text.csv", ["售前,mal1,问候,"]),
]
for name, rows in replies:
    case("replies", name, crlf(P_HEAD, *rows), "?")
case("replies", "replies-open-quote.csv", crlf(P_HEAD, "售前,mal1,问候,亲，在的哦") + '售前,mal2,问候,"亲，', "?")

# Tracking lists -------------------------------------------------------------------------------
T_HEAD = "order,tracking"
tracking = [
    ("tracking-two-numbers.csv", [f"{ORDER},773000000001", f"{ORDER},773000000002"]),
    ("tracking-bad-last.csv", [f"{ORDER},773000000001", f"{ORDER2},7"]),
    ("tracking-cut-mid-row.csv", [f"{ORDER},773000000001", ORDER2]),
    ("tracking-long-row.csv", [f"{ORDER},773000000001,x"]),
    ("tracking-empty-number.csv", [f"{ORDER},"]),
]
for name, rows in tracking:
    case("tracking", name, crlf(T_HEAD, *rows), "?")

# Freight bills --------------------------------------------------------------------------------
F_HEAD = "tracking,weight,fee"
bills = [
    ("bill-weight-nan.csv", ["773000000001,NaN,12.00"]),
    ("bill-weight-inf.csv", ["773000000001,inf,12.00"]),
    ("bill-weight-1e20.csv", ["773000000001,1e20,12.00"]),
    ("bill-weight-twenty-digits.csv", ["773000000001,12345678901234567890,12.00"]),
    ("bill-weight-negative.csv", ["773000000001,-1.2,12.00"]),
    ("bill-fee-negative.csv", ["773000000001,1.2,-12.00"]),
    ("bill-fee-nan.csv", ["773000000001,1.2,NaN"]),
    ("bill-fee-cut.csv", ["773000000001,1.2,12.00", "773000000002,1.2"]),
    ("bill-long-row.csv", ["773000000001,1.2,12.00,5"]),
]
for name, rows in bills:
    case("freight", name, crlf(F_HEAD, *rows), "?")

# Mail-merge waybills --------------------------------------------------------------------------
M_HEAD = "tracking,name,phone,address,sender,order,items"
MROW = "773000000001,张三,13800001111,浙江省 杭州市 西湖区 文三路1号,小店,3099,牛仔裤/深蓝/30"
merges = [
    ("merge-cut-mid-row.csv", crlf(M_HEAD, MROW, "773000000002,李四,139")),
    ("merge-long-row.csv", crlf(M_HEAD, MROW + ",x")),
    ("merge-empty-tracking.csv", crlf(M_HEAD, "," + MROW.split(",", 1)[1])),
    ("merge-header-only.csv", crlf(M_HEAD)),
    ("merge-empty.csv", ""),
    ("merge-no-tracking-column.csv", crlf("name,phone", "张三,13800001111")),
]
for name, text in merges:
    case("merge", name, text, "?")
case("merge", "merge-mixed-encoding.csv", "", "?",
     raw=(M_HEAD + "\r\n" + MROW + "\r\n").encode("utf-8") + (MROW.replace("张三", "王五") + "\r\n").encode("gbk"))

# Spreadsheets and other files a clerk may be handed ------------------------------------------
# Workbooks are written with tests/data/formats/make_formats.py's helpers (zipfile + XML, as Excel
# stores them), then damaged in one way each.
import io
import sys
import zipfile

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(HERE, "..", "formats"))
import make_formats as fmt  # noqa: E402


def xlsx_bytes(header, rows, **kw):
    path = os.path.join(HERE, ".tmp.xlsx")
    fmt.table_xlsx(path, "Sheet1", (), header, rows)
    data = open(path, "rb").read()
    os.remove(path)
    return data


def rezip(data, replace):
    """The workbook `data` with parts replaced (bytes/str) or removed (None)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            if info.filename in replace:
                v = replace[info.filename]
                if v is None:
                    continue
                z.writestr(info, v.encode("utf-8") if isinstance(v, str) else v)
            else:
                z.writestr(info, src.read(info.filename))
        for name, v in replace.items():
            if v is not None and name not in src.namelist():
                z.writestr(zipfile.ZipInfo(name, date_time=(2026, 11, 24, 9, 0, 0)), v)
    return out.getvalue()


def sheet(rows_xml):
    return fmt.sheet_xml(rows_xml)


ITEMS_X = ["货号", "标题", "类目", "价格", "成本", "颜色", "尺码", "条码"]
GOOD = xlsx_bytes(ITEMS_X, [["MAL-1", "测试 牛仔裤", "牛仔裤", fmt.Num("129"), fmt.Num("60"), "深蓝", "30", ""]])
HEAD_ROW = (1, [f'<c r="{fmt.col_name(i)}1" t="inlineStr"><is><t>{h}</t></is></c>' for i, h in enumerate(ITEMS_X)])
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504

spreadsheets = [
    ("items", "items-xlsx-cut-short.xlsx", GOOD[: len(GOOD) // 2]),
    ("items", "items-old-excel.xls", OLE),
    ("items", "items-xls-renamed.xlsx", OLE),
    ("items", "items-xlsx-no-sheet.xlsx", rezip(GOOD, {
        "xl/workbook.xml": '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/'
                           'spreadsheetml/2006/main"><sheets/></workbook>'})),
    ("items", "items-xlsx-bad-shared-string.xlsx", rezip(GOOD, {"xl/worksheets/sheet1.xml": sheet(
        [HEAD_ROW, (2, ['<c r="A2" t="s"><v>99</v></c>'])])})),
    ("items", "items-xlsx-huge-dimension.xlsx", rezip(GOOD, {"xl/worksheets/sheet1.xml": sheet(
        [HEAD_ROW, (1048576, ['<c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c>'])])})),
    ("items", "items-xlsx-column-beyond-xfd.xlsx", rezip(GOOD, {"xl/worksheets/sheet1.xml": sheet(
        [HEAD_ROW, (2, ['<c r="AAAAAA2"><v>1</v></c>'])])})),
    ("items", "items-xlsx-bad-xml.xlsx", rezip(GOOD, {"xl/worksheets/sheet1.xml": "<worksheet><sheetData><row>"})),
    ("items", "items-xlsx-sheet-missing.xlsx", rezip(GOOD, {"xl/worksheets/sheet1.xml": None})),
    ("items", "items-xlsx-zip-bomb.xlsx", rezip(GOOD, {"xl/worksheets/sheet1.xml":
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        + " " * (40 * 1024 * 1024) + "</sheetData></worksheet>"})),
    ("items", "items-not-a-workbook.zip", rezip(GOOD, {n: None for n in zipfile.ZipFile(io.BytesIO(GOOD)).namelist()}
                                              | {"readme.txt": "货号,标题\r\n"})),
    ("items", "items-spreadsheet.ods", None),
    ("items", "items-sheet.numbers", None),
    ("items", "items-photo.jpg", b"\xff\xd8\xff\xe0\0\x10JFIF\0\x01\x01" + b"\0" * 64),
    ("items", "items-report.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"),
    ("items", "items-utf16-odd-length.txt", b"\xff\xfe" + "货号\t标题\r\nMAL-1\t测试\r\n".encode("utf-16-le") + b"\x00"),
    ("kpi", "kpi-utf16-broken-surrogate.txt", b"\xff\xfe" + "统计日期\t访客数\r\n".encode("utf-16-le") + b"\x00\xd8A\x00"),
    ("receive", "receive-xlsx-number-garbage.xlsx", rezip(xlsx_bytes(R_HEAD.split(","), [
        ["RK-MAL-1", SUPPLIER, fmt.Day("2026-11-24"), fmt.Num(BARCODE), fmt.Num("10"), fmt.Num("35"), fmt.Num("20"),
         fmt.Num("0")]]), {})),
    ("orders", "orders-xlsx-month-13.xlsx", None),
]

ods = io.BytesIO()
with zipfile.ZipFile(ods, "w") as z:
    z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
    z.writestr(zipfile.ZipInfo("content.xml"), "<office:document-content/>")
numbers = io.BytesIO()
with zipfile.ZipFile(numbers, "w") as z:
    z.writestr(zipfile.ZipInfo("Index/Document.iwa"), b"\0\1\2")
    z.writestr(zipfile.ZipInfo("Metadata/Properties.plist"), "<plist/>")
order_xlsx = xlsx_bytes(O_HEAD.split(","), [[N1, "tb_测试", PAID, "张三", "浙江省 杭州市 西湖区 文三路1号(310012)", "13800001111",
                                            "2026-13-04 09:00:00", fmt.Stamp("2026-11-24 09:05:00"), fmt.Num("129"),
                                            fmt.Num("1")]])
write("orders-xlsx-month-13-items.csv", crlf(L_HEAD, lrow(N1)))
for importer, name, data in spreadsheets:
    if name == "items-spreadsheet.ods":
        data = ods.getvalue()
    elif name == "items-sheet.numbers":
        data = numbers.getvalue()
    elif name == "orders-xlsx-month-13.xlsx":
        data = order_xlsx
    elif name == "receive-xlsx-number-garbage.xlsx":
        z = zipfile.ZipFile(io.BytesIO(data))
        xml = z.read("xl/worksheets/sheet1.xml").decode("utf-8").replace("<v>10</v>", "<v>ten</v>")
        data = rezip(data, {"xl/worksheets/sheet1.xml": xml})
    second = "orders-xlsx-month-13-items.csv" if importer == "orders" else "-"
    case(importer, name, "", "?", raw=data, second=second)


if __name__ == "__main__":
    import sys
    known = {}
    path = os.path.join(HERE, "manifest.tsv")
    if os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            if line.startswith("#") or not line.strip():
                continue
            parts = line.rstrip("\n").split("\t")
            known[parts[1]] = parts[3]
    with open(path, "w", encoding="utf-8") as f:
        f.write("# importer\tfile\tsecond file\texpected message (English). Written by make_corpus.py.\n")
        for importer, name, second, message in CASES:
            f.write(f"{importer}\t{name}\t{second}\t{known.get(name, message)}\n")
    print(f"{len(CASES)} cases", file=sys.stderr)
