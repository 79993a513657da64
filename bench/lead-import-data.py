#!/usr/bin/env python3
"""Writes N generated leads as CSV and as XLSX (inline strings, written by hand, streaming).

usage: lead-import-data.py ROWS OUT_DIR
"""
import random
import sys
import zipfile
from xml.sax.saxutils import escape

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英"
KINDS = ["医疗器械有限公司", "诊所", "医院", "药房", "医药贸易公司", "健康科技有限公司"]
CITIES = ["上海", "杭州", "苏州", "南京", "合肥", "武汉", "成都", "广州", "深圳", "西安"]
SOURCES = ["website", "phone", "trade-show", "purchased-list", "referral", "cold-visit", "展会", "转介绍"]
PRODUCTS = ["影像设备", "检验设备", "手术器械", "康复设备", "耗材"]
HEADER = ["姓名", "公司名称", "电话", "邮箱", "来源", "地区编码", "产品线", "备注"]


def rows(count):
    rnd = random.Random(42)
    for i in range(1, count + 1):
        name = rnd.choice(SURNAMES) + rnd.choice(GIVEN) + rnd.choice(GIVEN)
        company = f"{rnd.choice(CITIES)}{name[0]}氏{rnd.choice(KINDS)}{i}"
        phone = f"13{rnd.randint(0, 9)}{i:08d}"
        email = f"lead{i}@example.com"
        yield [name, company, phone, email, rnd.choice(SOURCES), f"{rnd.randint(11, 65)}0000",
               rnd.choice(PRODUCTS), "批量导入测试"]


def column(index):
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def write_csv(path, count):
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write(",".join(HEADER) + "\r\n")
        for row in rows(count):
            out.write(",".join(row) + "\r\n")


def write_xlsx(path, count):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                   '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                   '</Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
                   '</Relationships>')
        z.writestr("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                   'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                   '<sheets><sheet name="线索" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
                   '</Relationships>')
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            def line(number, values):
                cells = "".join(f'<c r="{column(i)}{number}" t="inlineStr"><is><t>{escape(v)}</t></is></c>'
                                for i, v in enumerate(values))
                sheet.write(f'<row r="{number}">{cells}</row>'.encode("utf-8"))
            sheet.write(b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
            line(1, HEADER)
            for n, row in enumerate(rows(count), start=2):
                line(n, row)
            sheet.write(b"</sheetData></worksheet>")


if __name__ == "__main__":
    count, out_dir = int(sys.argv[1]), sys.argv[2]
    write_csv(f"{out_dir}/leads-{count}.csv", count)
    write_xlsx(f"{out_dir}/leads-{count}.xlsx", count)
