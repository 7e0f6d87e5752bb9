#!/usr/bin/env python3
"""Generates the bad-input corpus of the participant and payment imports (issue 13).

Every file is something a real upload could be: a participant list of a village (DESA operator of Desa Sansarino,
72.09.05.2001) or a bank's payment list (ADMIN or BPJS of the regency), each with at least one row or property that
must be refused. BadImportCorpusIT sends each through the real import and checks that the answer is an Indonesian
sentence naming the row or the file, that nothing answers 5xx, and that no business table changed.

    python3 scripts/bad-input/imports.py            # writes src/test/resources/bad-input/imports/

Standard library only: .xlsx files are written by hand with zipfile (inline strings, or shared strings and number
cells where the case needs them). The output is deterministic (fixed seed, fixed zip timestamps), so running the script
again changes nothing in git.

manifest.json lists each file with
  file     the name in the folder
  target   participant | payment
  upload   the file name sent with the upload (differs from file for renamed or hostile names)
  as       the account that uploads it (t.desa; t.admin or t.bpjs for payments)
  mode     SEMUA_ATAU_TIDAK (one bad row and nothing is saved)
  expect   {"rows": [n, ...]}  the data rows (header = row 1) that must be named as refused, with "field" when the
           refusal must name that field; or {"file": true} when the whole file is refused with a message
  case     what the file tries
"""

import json
import os
import random
import struct
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "src" / "test" / "resources" / "bad-input" / "imports"
ZIP_DATE = (2025, 12, 1, 0, 0, 0)

VILLAGE = "72.09.05.2001"
PAYER = "APBDES-7209052001"
PAY_DATE = "18/12/2025"  # the tests' business clock stands on 19 December 2025

P_HEADER = [
    "NIK", "No KK", "Nama Lengkap", "Tempat Lahir", "Tanggal Lahir", "Jenis Kelamin", "Alamat", "Kode Desa",
    "Pekerjaan", "Telepon", "Penghasilan", "Siltap", "Sumber Dana", "Nama Penyandang Dana", "Tahun Program",
    "Pernyataan Bekerja dan Sehat", "Ahli Waris Nama", "Ahli Waris Hubungan", "Ahli Waris NIK",
]
COL = {h: i for i, h in enumerate(P_HEADER)}
Q_HEADER = ["TANGGAL", "PEMBAYAR", "JUMLAH", "REFERENSI", "KETERANGAN"]

_serial = [9000]


def nik():
    """A valid NIK of Kecamatan Ampana Kota for a man born 12 June 1990, new on every call."""
    _serial[0] += 1
    return "720905120690%04d" % _serial[0]


def person(**cells):
    row = [
        nik(), "", "Hasan Lamadi", "Ampana", "12/06/1990", "L", "Dusun 2, Sansarino", VILLAGE, "Nelayan",
        "081234567890", "1.000.000", "", "APBDes", "", "2025", "YA", "Siti Lamadi", "ISTRI", "",
    ]
    for k, v in cells.items():
        row[COL[k.replace("_", " ")]] = v
    return row


_ref = [0]


def payment(date=PAY_DATE, payer=PAYER, amount="16.800", reference=None, note=""):
    _ref[0] += 1
    return [date, payer, amount, reference if reference is not None else "KORPUS-%05d" % _ref[0], note]


# ---------------------------------------------------------------- writers


def _esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;"))


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx_bytes(rows, shared=False, numbers=(), extra_parts=None, sheet_xml=None):
    """A minimal real workbook: one sheet 'Data', inline or shared strings; cells in `numbers` (row, col) as numbers."""
    strings = []
    index = {}
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for r, row in enumerate(rows, start=1):
        out.append('<row r="%d">' % r)
        for c, v in enumerate(row):
            ref = "%s%d" % (_col(c), r)
            if (r, c) in numbers:
                out.append('<c r="%s"><v>%s</v></c>' % (ref, _esc(v)))
            elif shared:
                if v not in index:
                    index[v] = len(strings)
                    strings.append(v)
                out.append('<c r="%s" t="s"><v>%d</v></c>' % (ref, index[v]))
            else:
                out.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _esc(v)))
        out.append("</row>")
    out.append("</sheetData></worksheet>")
    parts = {
        "[Content_Types].xml":
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            + ('<Override PartName="/xl/sharedStrings.xml" '
               'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
               if shared else "")
            + "</Types>",
        "_rels/.rels":
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml":
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels":
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
            'Target="worksheets/sheet1.xml"/>'
            + ('<Relationship Id="rId2" '
               'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
               'Target="sharedStrings.xml"/>' if shared else "")
            + "</Relationships>",
        "xl/worksheets/sheet1.xml": sheet_xml if sheet_xml is not None else "".join(out),
    }
    if shared:
        parts["xl/sharedStrings.xml"] = (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">'
            % (len(strings), len(strings))
            + "".join('<si><t xml:space="preserve">%s</t></si>' % _esc(s) for s in strings) + "</sst>")
    if extra_parts:
        parts.update(extra_parts)
    return zip_bytes(parts)


def zip_bytes(parts, method=zipfile.ZIP_DEFLATED):
    import io
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as z:
        for name, data in parts.items():
            info = zipfile.ZipInfo(name, ZIP_DATE)
            info.compress_type = method
            z.writestr(info, data if isinstance(data, bytes) else data.encode("utf-8"))
    return buf.getvalue()


def csv_text(rows, sep=";", newline="\n"):
    def cell(v):
        if any(ch in v for ch in (sep, '"', "\n", "\r")):
            return '"' + v.replace('"', '""') + '"'
        return v
    return "".join(sep.join(cell(v) for v in row) + newline for row in rows)


# ---------------------------------------------------------------- the corpus

manifest = []


def emit(name, data, target, expect, case, upload=None, as_user=None):
    (OUT / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    if as_user is None:
        as_user = "t.desa" if target == "participant" else ("t.admin" if len(manifest) % 2 else "t.bpjs")
    manifest.append({
        "file": name,
        "target": target,
        "upload": upload or name,
        "as": as_user,
        "mode": "SEMUA_ATAU_TIDAK",
        "expect": expect,
        "case": case,
    })


def both(stem, rows, target, expect, case):
    """The same rows as .csv and as .xlsx: both readers must refuse them the same way."""
    emit(stem + ".csv", csv_text(rows), target, expect, case + " (csv)")
    emit(stem + ".xlsx", xlsx_bytes(rows), target, expect, case + " (xlsx)")


def rows_expect(*rows, field=None):
    e = {"rows": list(rows)}
    if field:
        e["field"] = field
    return e


FILE = {"file": True}


def participant_cells():
    """One bad value in one cell; row 2 is a good worker, row 3 carries the bad value."""
    long = lambda n, ch="a": ch * n  # noqa: E731
    cases = [
        # (stem, cells, field, what)
        ("nik-pendek", {"NIK": "72090512069001"}, "nik", "NIK of 14 digits"),
        ("nik-17", {"NIK": "72090512069000011"}, "nik", "NIK of 17 digits"),
        ("nik-huruf", {"NIK": "72090512069O0001"}, "nik", "NIK with a letter O"),
        ("nik-tanggal", {"NIK": "7209053506900001"}, "nik", "NIK with day 35"),
        ("nik-bulan", {"NIK": "7209051213900001"}, "nik", "NIK with month 13"),
        ("nik-0000", {"NIK": "7209051206900000"}, "nik", "NIK serial 0000"),
        ("nik-provinsi", {"NIK": "9909051206900001"}, "nik", "NIK of an unknown province"),
        ("nik-kosong", {"NIK": ""}, "nik", "NIK empty"),
        ("nik-rumus", {"NIK": "=7209051206900001"}, "nik", "NIK as a formula"),
        ("nik-desimal", {"NIK": "7.20905120690001E15"}, "nik", "NIK as Excel's scientific number"),
        ("nik-panjang", {"NIK": long(5000, "7")}, "nik", "NIK of 5,000 digits"),
        ("nokk-pendek", {"No KK": "123"}, "noKk", "No KK of 3 digits"),
        ("nokk-tanggal", {"No KK": "7209053201150001"}, "noKk", "No KK with day 32"),
        ("nama-kosong", {"Nama Lengkap": ""}, "fullName", "name empty"),
        ("nama-panjang", {"Nama Lengkap": long(121)}, "fullName", "name of 121 characters"),
        ("nama-sangat-panjang", {"Nama Lengkap": long(30000)}, "fullName", "name of 30,000 characters"),
        ("tempat-lahir-panjang", {"Tempat Lahir": long(81)}, "birthPlace", "birth place of 81 characters"),
        ("alamat-panjang", {"Alamat": long(301)}, "address", "address of 301 characters"),
        ("alamat-30000", {"Alamat": long(30000)}, "address", "address of 30,000 characters"),
        ("telepon-panjang", {"Telepon": "0" * 21}, "phone", "phone of 21 digits"),
        ("telepon-huruf", {"Telepon": "nomor saya"}, "phone", "phone in words"),
        ("telepon-rumus", {"Telepon": "=1+1"}, "phone", "phone as a formula"),
        ("lahir-30-februari", {"Tanggal Lahir": "30/02/1990"}, "birthDate", "birth date 30 February"),
        ("lahir-bulan-13", {"Tanggal Lahir": "1990-13-01"}, "birthDate", "birth date in month 13"),
        ("lahir-nol", {"Tanggal Lahir": "00/00/0000"}, "birthDate", "birth date 00/00/0000"),
        ("lahir-tahun-1", {"Tanggal Lahir": "0001-01-01"}, "birthDate", "birth date in year 1"),
        ("lahir-masa-depan", {"Tanggal Lahir": "31/12/9999"}, "birthDate", "birth date in 9999"),
        ("lahir-kata", {"Tanggal Lahir": "dua belas juni"}, "birthDate", "birth date in words"),
        ("lahir-kosong", {"Tanggal Lahir": ""}, "birthDate", "birth date empty"),
        ("lahir-serial-kecil", {"Tanggal Lahir": "1000"}, "birthDate", "birth date as serial 1000 (1902)"),
        ("lahir-serial-besar", {"Tanggal Lahir": "99999"}, "birthDate", "birth date as serial 99999 (2173)"),
        ("kelamin-x", {"Jenis Kelamin": "X"}, "sex", "sex X"),
        ("kelamin-kosong", {"Jenis Kelamin": ""}, "sex", "sex empty"),
        ("desa-asing", {"Kode Desa": "99.99.99.9999"}, None, "village code that does not exist"),
        ("desa-kecamatan", {"Kode Desa": "72.09.05"}, None, "a kecamatan code as village"),
        ("desa-lain", {"Kode Desa": "72.09.01.2007"}, None, "another village (out of scope)"),
        ("desa-huruf", {"Kode Desa": "tujuh dua"}, None, "village code in words"),
        ("pekerjaan-asing", {"Pekerjaan": "Astronot"}, "occupation", "unknown occupation"),
        ("pekerjaan-kosong", {"Pekerjaan": ""}, "occupation", "occupation empty"),
        ("penghasilan-negatif", {"Penghasilan": "-1.000.000"}, "declaredIncome", "negative income"),
        ("penghasilan-desimal", {"Penghasilan": "1.000.000,50"}, "declaredIncome", "income with cents"),
        ("penghasilan-nol", {"Penghasilan": "0"}, "declaredIncome", "income zero"),
        ("penghasilan-luapan", {"Penghasilan": "9.223.372.036.854.775.807"}, "declaredIncome",
         "income of Long.MAX_VALUE"),
        ("penghasilan-luapan-2", {"Penghasilan": "9.223.372.036.854.775.808"}, "declaredIncome",
         "income one more than Long.MAX_VALUE"),
        ("penghasilan-100-miliar", {"Penghasilan": "100.000.000.001"}, "declaredIncome",
         "income over Rp100 miliar"),
        ("penghasilan-eksponen", {"Penghasilan": "1e6"}, "declaredIncome", "income as 1e6"),
        ("penghasilan-kosong", {"Penghasilan": ""}, "declaredIncome", "income empty"),
        ("dana-asing", {"Sumber Dana": "Dana Siluman"}, "fundingSource", "unknown funding source"),
        ("dana-lainnya-tanpa-nama", {"Sumber Dana": "Lainnya"}, "fundingName", "other funder without a name"),
        ("dana-nama-panjang", {"Sumber Dana": "Lainnya", "Nama Penyandang Dana": long(121)}, "fundingName",
         "funder name of 121 characters"),
        ("tahun-1900", {"Tahun Program": "1900"}, "programmeYear", "programme year 1900"),
        ("tahun-9999", {"Tahun Program": "9999"}, "programmeYear", "programme year 9999"),
        ("tahun-luapan", {"Tahun Program": "99999999999"}, "programmeYear", "programme year beyond int"),
        ("tahun-huruf", {"Tahun Program": "dua ribu"}, "programmeYear", "programme year in words"),
        ("tahun-negatif", {"Tahun Program": "-2025"}, "programmeYear", "programme year negative"),
        ("pernyataan-tidak", {"Pernyataan Bekerja dan Sehat": "TIDAK"}, "declaredFit", "declaration not given"),
        ("waris-hubungan", {"Ahli Waris Hubungan": "TETANGGA"}, "heirs", "heir's relation unknown"),
        ("waris-nik", {"Ahli Waris NIK": "123"}, "heirs", "heir's NIK bad"),
        ("waris-nama-panjang", {"Ahli Waris Nama": long(121)}, "heirs", "heir's name of 121 characters"),
    ]
    return cases


def participants():
    for stem, cells, field, what in participant_cells():
        rows = [P_HEADER, person(), person(**{k.replace(" ", "_"): v for k, v in cells.items()})]
        both("peserta-" + stem, rows, "participant", rows_expect(3, field=field), what + " in row 3")

    anchor = lambda: person(NIK="123")  # noqa: E731  a row refused for sure
    # formula injection: the value may be kept as text (neutralised on export); the anchor row makes the file bad
    for i, f in enumerate(["=HYPERLINK(\"http://contoh.test\",\"klik\")", "+1+1", "-1+1", "@SUM(A1:A9)",
                           "=cmd|' /C calc'!A0", "\t=1+1"]):
        rows = [P_HEADER, person(Nama_Lengkap=f, Alamat=f), anchor()]
        both("peserta-rumus-%d" % i, rows, "participant", rows_expect(3, field="nik"),
             "formula injection %r in name and address, bad NIK in row 3" % f)

    # duplicates: the same worker twice in one file
    p = person()
    rows = [P_HEADER, p, list(p)]
    both("peserta-ganda", rows, "participant", rows_expect(3), "the same NIK twice")
    rows = [P_HEADER] + [person() for _ in range(3)] + [list(p) for p in [person()] * 1]
    rows.append(list(rows[2]))
    both("peserta-ganda-jauh", rows, "participant", rows_expect(6), "row 6 repeats row 3")

    # headers
    emit("peserta-header-inggris.csv", csv_text([["ID", "Name", "Birth date", "Sex", "Village"], ["1", "a", "b", "c", "d"]]),
         "participant", FILE, "English headers")
    emit("peserta-header-kurang.csv", csv_text([P_HEADER[:5], person()[:5]]), "participant", FILE,
         "required columns missing")
    emit("peserta-header-kurang.xlsx", xlsx_bytes([P_HEADER[:5], person()[:5]]), "participant", FILE,
         "required columns missing (xlsx)")
    emit("peserta-tanpa-header.csv", csv_text([person(), person()]), "participant", FILE,
         "data without a header row")
    emit("peserta-header-saja.csv", csv_text([P_HEADER]), "participant", FILE, "a header and no rows")
    emit("peserta-header-saja.xlsx", xlsx_bytes([P_HEADER]), "participant", FILE, "a header and no rows (xlsx)")
    emit("peserta-kosong.csv", b"", "participant", FILE, "an empty file (0 bytes)")
    emit("peserta-kosong.xlsx", b"", "participant", FILE, "an empty .xlsx (0 bytes)")
    emit("peserta-spasi.csv", "   \n\n \t \n", "participant", FILE, "only blanks and empty lines")
    emit("peserta-baris-kosong.csv", csv_text([P_HEADER, [""] * len(P_HEADER), [""] * len(P_HEADER)]),
         "participant", FILE, "a header and empty rows")

    # encodings and BOMs
    rows = [P_HEADER, person(Nama_Lengkap="Hasan Lamadi"), anchor()]
    text = csv_text(rows)
    emit("peserta-utf8-bom.csv", b"\xef\xbb\xbf" + text.encode("utf-8"), "participant", rows_expect(3),
         "UTF-8 with BOM, bad row 3")
    emit("peserta-utf16le-bom.csv", b"\xff\xfe" + text.encode("utf-16-le"), "participant", {"rows_or_file": [3]},
         "UTF-16 LE with BOM")
    emit("peserta-utf16be-bom.csv", b"\xfe\xff" + text.encode("utf-16-be"), "participant", {"rows_or_file": [3]},
         "UTF-16 BE with BOM")
    emit("peserta-utf16le.csv", text.encode("utf-16-le"), "participant", {"rows_or_file": [3]},
         "UTF-16 LE without BOM")
    emit("peserta-utf32le-bom.csv", b"\xff\xfe\x00\x00" + text.encode("utf-32-le"), "participant",
         {"rows_or_file": [3]}, "UTF-32 LE with BOM")
    emit("peserta-latin1.csv", csv_text([P_HEADER, person(Nama_Lengkap="Andréas Müller", Alamat="Jl. Café"), anchor()])
         .encode("latin-1"), "participant", {"rows_or_file": [3]}, "Windows-1252 / Latin-1 accents")
    emit("peserta-nul.csv", text.replace("Hasan", "Ha\x00san").encode("utf-8"), "participant", {"rows_or_file": [2, 3]},
         "a NUL character inside a cell")

    # line endings, separators, quoting
    emit("peserta-crlf.csv", csv_text(rows, newline="\r\n"), "participant", rows_expect(3), "CRLF line ends")
    emit("peserta-cr.csv", csv_text(rows, newline="\r"), "participant", {"rows_or_file": [3]}, "old Mac CR line ends")
    emit("peserta-koma.csv", csv_text(rows, sep=","), "participant", rows_expect(3), "comma separated")
    emit("peserta-tab.csv", csv_text(rows, sep="\t"), "participant", {"rows_or_file": [3]}, "tab separated")
    emit("peserta-baris-baru-dalam-sel.csv",
         csv_text([P_HEADER, person(Alamat="Dusun 2\nRT 01\r\nRW 03"), anchor()]), "participant",
         {"one_of_rows": [3, 5]}, "quoted cell with line breaks, bad record 3 (its first line is line 5)")
    emit("peserta-kutip-terbuka.csv", csv_text([P_HEADER, anchor()]) + '"Hasan;tanpa;akhir\n' + csv_text([person()]),
         "participant", {"rows_or_file": [2]}, "a quote that is never closed after a bad row")
    emit("peserta-kolom-lebih.csv", csv_text([P_HEADER, person() + ["x"] * 30, anchor()]), "participant",
         rows_expect(3), "more cells than headers")
    emit("peserta-kolom-kurang.csv", csv_text([P_HEADER, person()[:8]]), "participant", rows_expect(2),
         "fewer cells than headers")
    emit("peserta-header-ganda.csv", csv_text([P_HEADER + ["NIK"], person() + ["123"], anchor() + ["123"]]),
         "participant", rows_expect(3), "the NIK column twice")

    # sizes within the limits
    big = [P_HEADER] + [person() for _ in range(1999)] + [anchor()]
    emit("peserta-2000-baris.csv", csv_text(big), "participant", rows_expect(2001), "2,000 rows, the last one bad")
    many = [P_HEADER] + [person(NIK="1%015d" % i) for i in range(1500)]
    emit("peserta-1500-baris-buruk.xlsx", xlsx_bytes(many, shared=True), "participant", rows_expect(2, 1501),
         "1,500 bad NIKs (shared strings)")

    # broken or disguised files
    rnd = random.Random(13)
    junk = bytes(rnd.randrange(256) for _ in range(4096))
    emit("peserta-sampah.xlsx", junk, "participant", FILE, "random bytes named .xlsx")
    emit("peserta-sampah.csv", junk, "participant", {"rows_or_file": []}, "random bytes named .csv")
    png = b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + b"\x00" * 17
    emit("peserta-gambar.xlsx", png, "participant", FILE, "a PNG named .xlsx")
    emit("peserta-pdf.xlsx", b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n", "participant", FILE,
         "a PDF named .xlsx")
    good = xlsx_bytes(rows)
    emit("peserta-terpotong.xlsx", good[: len(good) // 2], "participant", FILE, "an .xlsx cut in half")
    emit("peserta-zip-kosong.xlsx", zip_bytes({"readme.txt": "bukan buku kerja"}), "participant", FILE,
         "a zip without a workbook")
    emit("peserta-xlsx-bernama-csv.csv", good, "participant", {"rows_or_file": []}, "an .xlsx named .csv")
    emit("peserta-csv-bernama-xlsx.xlsx", text, "participant", FILE, "a .csv named .xlsx")
    emit("peserta-sheet-rusak.xlsx", xlsx_bytes(rows, sheet_xml="<worksheet><sheetData><row><c"), "participant",
         FILE, "a sheet whose XML is broken")
    emit("peserta-xxe.xlsx", xlsx_bytes(rows, sheet_xml=(
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        '<row r="1"><c r="A1" t="inlineStr"><is><t>&e;</t></is></c></row></sheetData></worksheet>')),
        "participant", FILE, "an external entity (XXE) in the sheet")
    emit("peserta-sel-32768.xlsx", xlsx_bytes([P_HEADER, person(Alamat="a" * 32768)]), "participant", FILE,
         "a cell over Excel's 32,767 characters")
    # a small file that opens big: 60 columns of 30,000 characters each (1.8 MB of text in a few KB)
    wide = [P_HEADER + ["X%d" % i for i in range(60)], anchor() + ["b" * 30000] * 60]
    emit("peserta-mengembang.xlsx", xlsx_bytes(wide), "participant", FILE,
         "a few KB that inflate to 1.8 MB of cells (over 100 times: a zip bomb)")
    emit("peserta-nama-berkas-panjang.csv", text, "participant", FILE,
         "a file name of 300 characters", upload="p" * 296 + ".csv")
    rnd3 = random.Random(8)
    varied = "".join(rnd3.choice("abcdefghijklmnopqrstuvwxyz ") for _ in range(3000))
    emit("peserta-besar-wajar.xlsx", xlsx_bytes([P_HEADER + ["X%d" % i for i in range(20)], anchor() + [varied] * 20]),
         "participant", rows_expect(2, field="nik"), "20 wide cells of 3,000 characters, bad NIK in row 2")
    emit("peserta-nama-berkas-jahat.csv", text, "participant", rows_expect(3),
         "a file name with path traversal and markup", upload="../../etc/<script>alert(1)</script>.csv")
    emit("peserta-tanpa-ekstensi", text, "participant", {"rows_or_file": [3]}, "a file without extension",
         upload="peserta")
    emit("peserta-exe.exe", b"MZ" + junk[:1000], "participant", FILE, "a program named .exe")


def payments():
    anchor = lambda: payment(amount="abc")  # noqa: E731
    cells = [
        ("tanggal-30-februari", dict(date="30/02/2025"), "paidOn", "date 30 February"),
        ("tanggal-tahun-1", dict(date="0001-01-01"), "paidOn", "date in year 1"),
        ("tanggal-1900", dict(date="01/01/1900"), "paidOn", "date in 1900"),
        ("tanggal-2013", dict(date="31/12/2013"), "paidOn", "date before BPJS TK (2013)"),
        ("tanggal-9999", dict(date="31/12/9999"), "paidOn", "date in 9999"),
        ("tanggal-besok", dict(date="20/12/2025"), "paidOn", "date tomorrow"),
        ("tanggal-kosong", dict(date=""), "paidOn", "date empty"),
        ("tanggal-kata", dict(date="kemarin"), "paidOn", "date in words"),
        ("tanggal-serial-kecil", dict(date="1000"), "paidOn", "date as Excel serial 1000 (1902)"),
        ("tanggal-serial-besar", dict(date="99999"), "paidOn", "date as Excel serial 99999 (2173)"),
        ("tanggal-bulan-13", dict(date="2025-13-01"), "paidOn", "date in month 13"),
        ("tanggal-amerika", dict(date="12/31/2025"), "paidOn", "American month/day/year"),
        ("tanggal-rumus", dict(date="=TODAY()"), "paidOn", "date as a formula"),
        ("pembayar-asing", dict(payer="APBDES-0000000000"), "payer", "payer that does not exist"),
        ("pembayar-kosong", dict(payer=""), "payer", "payer empty"),
        ("pembayar-rumus", dict(payer="=A1"), "payer", "payer as a formula"),
        ("pembayar-panjang", dict(payer="P" * 20000), "payer", "payer code of 20,000 characters"),
        ("pembayar-sql", dict(payer="APBDES-7209052001' or '1'='1"), "payer", "payer with SQL"),
        ("jumlah-luapan", dict(amount="9.223.372.036.854.775.807"), "amount", "amount Long.MAX_VALUE"),
        ("jumlah-luapan-2", dict(amount="9.223.372.036.854.775.808"), "amount", "amount Long.MAX_VALUE + 1"),
        ("jumlah-luapan-tanpa-titik", dict(amount="9223372036854775807"), "amount", "amount Long.MAX, no dots"),
        ("jumlah-100-miliar", dict(amount="100.000.000.001"), "amount", "amount over Rp100 miliar"),
        ("jumlah-nol", dict(amount="0"), "amount", "amount zero"),
        ("jumlah-negatif", dict(amount="-16.800"), "amount", "amount negative"),
        ("jumlah-desimal", dict(amount="16.800,50"), "amount", "amount with cents"),
        ("jumlah-inggris", dict(amount="16,800.00"), "amount", "amount in English format"),
        ("jumlah-eksponen", dict(amount="1.68E4"), "amount", "amount as 1.68E4"),
        ("jumlah-kosong", dict(amount=""), "amount", "amount empty"),
        ("jumlah-kata", dict(amount="enam belas ribu"), "amount", "amount in words"),
        ("jumlah-rumus", dict(amount="=SUM(C2:C9)"), "amount", "amount as a formula"),
        ("jumlah-digit-arab", dict(amount="\u0661\u0666\u0668\u0660\u0660"), "amount", "amount in Arabic digits"),
        ("jumlah-1000-digit", dict(amount="9" * 1000), "amount", "amount of 1,000 digits"),
        ("jumlah-titik-salah", dict(amount="16.80"), "amount", "amount with a wrong group"),
        ("referensi-kosong", dict(reference=""), "reference", "reference empty"),
        ("referensi-panjang", dict(reference="R" * 81), "reference", "reference of 81 characters"),
        ("keterangan-panjang", dict(note="k" * 301), "note", "note of 301 characters"),
        ("keterangan-30000", dict(note="k" * 30000), "note", "note of 30,000 characters"),
    ]
    for stem, kw, field, what in cells:
        rows = [Q_HEADER, payment(), payment(**kw)]
        both("bayar-" + stem, rows, "payment", rows_expect(3, field=field), what + " in row 3")

    for i, f in enumerate(["=HYPERLINK(\"http://contoh.test\",\"klik\")", "+1+1", "@SUM(A1:A9)", "-2+3"]):
        rows = [Q_HEADER, payment(reference="RUMUS-%d" % i, note=f), anchor()]
        both("bayar-rumus-%d" % i, rows, "payment", rows_expect(3, field="amount"),
             "formula %r in the note, bad amount in row 3" % f)

    # duplicates and files that partly repeat
    p = payment()
    rows = [Q_HEADER, p, list(p), anchor()]
    both("bayar-ganda", rows, "payment", rows_expect(4), "the same reference twice, bad amount in row 4")

    # headers
    emit("bayar-header-kurang.csv", csv_text([["TANGGAL", "PEMBAYAR", "REFERENSI"], [PAY_DATE, PAYER, "X"]]),
         "payment", FILE, "the amount column missing")
    emit("bayar-header-kurang.xlsx", xlsx_bytes([["TANGGAL", "PEMBAYAR", "REFERENSI"], [PAY_DATE, PAYER, "X"]]),
         "payment", FILE, "the amount column missing (xlsx)")
    emit("bayar-header-asing.csv", csv_text([["Tgl Bayar", "Rekening", "Nilai", "Bukti"], payment()[:4]]),
         "payment", FILE, "unknown headers")
    emit("bayar-tanpa-header.csv", csv_text([payment(), payment()]), "payment", FILE, "no header row")
    emit("bayar-header-saja.csv", csv_text([Q_HEADER]), "payment", FILE, "a header and no rows")
    emit("bayar-header-saja.xlsx", xlsx_bytes([Q_HEADER]), "payment", FILE, "a header and no rows (xlsx)")
    emit("bayar-kosong.csv", b"", "payment", FILE, "an empty file (0 bytes)")
    emit("bayar-kosong.xlsx", b"", "payment", FILE, "an empty .xlsx (0 bytes)")
    emit("bayar-spasi.csv", "  \n\n\t\n", "payment", FILE, "only blanks")
    emit("bayar-header-inggris.csv", csv_text([["date", "payer", "amount", "reference"], payment()[:4],
                                               anchor()[:4]]), "payment", rows_expect(3),
         "English header aliases, bad amount in row 3")

    # encodings, line ends, separators, quoting
    rows = [Q_HEADER, payment(), anchor()]
    text = csv_text(rows)
    emit("bayar-utf8-bom.csv", b"\xef\xbb\xbf" + text.encode("utf-8"), "payment", rows_expect(3),
         "UTF-8 with BOM")
    emit("bayar-utf16le-bom.csv", b"\xff\xfe" + text.encode("utf-16-le"), "payment", {"rows_or_file": [3]},
         "UTF-16 LE with BOM")
    emit("bayar-utf16be-bom.csv", b"\xfe\xff" + text.encode("utf-16-be"), "payment", {"rows_or_file": [3]},
         "UTF-16 BE with BOM")
    emit("bayar-utf16le.csv", text.encode("utf-16-le"), "payment", {"rows_or_file": [3]}, "UTF-16 LE without BOM")
    emit("bayar-utf32be-bom.csv", b"\x00\x00\xfe\xff" + text.encode("utf-32-be"), "payment", {"rows_or_file": [3]},
         "UTF-32 BE with BOM")
    emit("bayar-latin1.csv", csv_text([Q_HEADER, payment(note="Pembayaran café"), anchor()]).encode("latin-1"),
         "payment", {"rows_or_file": [3]}, "Latin-1 accents")
    emit("bayar-crlf.csv", csv_text(rows, newline="\r\n"), "payment", rows_expect(3), "CRLF")
    emit("bayar-cr.csv", csv_text(rows, newline="\r"), "payment", {"rows_or_file": [3]}, "CR only")
    emit("bayar-koma.csv", csv_text(rows, sep=","), "payment", rows_expect(3), "comma separated")
    emit("bayar-tab.csv", csv_text(rows, sep="\t"), "payment", {"rows_or_file": [3]}, "tab separated")
    emit("bayar-baris-baru-dalam-sel.csv", csv_text([Q_HEADER, payment(note="transfer\nbank\r\nBRI"), anchor()]),
         "payment", {"one_of_rows": [3, 5]}, "quoted note with line breaks, bad record 3 (its first line is line 5)")
    emit("bayar-kutip-terbuka.csv", csv_text([Q_HEADER, anchor()]) + '"KORPUS;tanpa;akhir\n' + csv_text([payment()]),
         "payment", {"rows_or_file": [2]}, "a quote never closed after a bad row")
    emit("bayar-kolom-lebih.csv", csv_text([Q_HEADER, payment() + ["x"] * 20, anchor()]), "payment",
         rows_expect(3), "more cells than headers")
    emit("bayar-kolom-kurang.csv", csv_text([Q_HEADER, payment()[:2]]), "payment", rows_expect(2),
         "fewer cells than headers")
    emit("bayar-angka-excel.xlsx", xlsx_bytes([Q_HEADER, ["46009", PAYER, "16800", "KORPUS-NUM-1", ""],
                                                ["46009", PAYER, "-5", "KORPUS-NUM-2", ""]],
                                               numbers={(2, 0), (2, 2), (3, 0), (3, 2)}),
         "payment", rows_expect(3, field="amount"), "dates and amounts as Excel numbers, a negative amount")
    emit("bayar-angka-luapan.xlsx", xlsx_bytes([Q_HEADER, ["46009", PAYER, "9.2233720368547758E18", "KORPUS-NUM-3", ""]],
                                                numbers={(2, 0), (2, 2)}),
         "payment", rows_expect(2, field="amount"), "an amount as the Excel number 9.22E18")

    # sizes within and at the limit
    big = [Q_HEADER] + [payment() for _ in range(4999)] + [anchor()]
    emit("bayar-5000-baris.csv", csv_text(big), "payment", rows_expect(5001), "5,000 rows, the last one bad")
    over = [Q_HEADER] + [payment() for _ in range(20001)]
    emit("bayar-20001-baris.csv", csv_text(over), "payment", FILE, "one row more than the 20,000 allowed")

    # broken or disguised
    rnd = random.Random(31)
    junk = bytes(rnd.randrange(256) for _ in range(4096))
    emit("bayar-sampah.xlsx", junk, "payment", FILE, "random bytes named .xlsx")
    emit("bayar-sampah.csv", junk, "payment", {"rows_or_file": []}, "random bytes named .csv")
    good = xlsx_bytes(rows)
    emit("bayar-terpotong.xlsx", good[: len(good) // 2], "payment", FILE, "an .xlsx cut in half")
    emit("bayar-zip-kosong.xlsx", zip_bytes({"a.txt": "x"}), "payment", FILE, "a zip without a workbook")
    emit("bayar-csv-bernama-xlsx.xlsx", text, "payment", FILE, "a .csv named .xlsx")
    emit("bayar-xlsx-bernama-csv.csv", good, "payment", {"rows_or_file": []}, "an .xlsx named .csv")
    emit("bayar-sheet-rusak.xlsx", xlsx_bytes(rows, sheet_xml="<worksheet><sheetData><row><c"), "payment", FILE,
         "broken sheet XML")
    emit("bayar-sel-32768.xlsx", xlsx_bytes([Q_HEADER, payment(note="n" * 32768)]), "payment", FILE,
         "a cell over 32,767 characters")
    wide = [Q_HEADER + ["X%d" % i for i in range(60)], anchor() + ["b" * 30000] * 60]
    emit("bayar-mengembang.xlsx", xlsx_bytes(wide), "payment", FILE,
         "a few KB that inflate to 1.8 MB (over 100 times: a zip bomb)")
    # inflating, but under the ratio: 20 columns of 3,000 varied characters
    rnd2 = random.Random(7)
    varied = "".join(rnd2.choice("abcdefghijklmnopqrstuvwxyz ") for _ in range(3000))
    emit("bayar-besar-wajar.xlsx", xlsx_bytes([Q_HEADER + ["X%d" % i for i in range(20)],
                                              anchor() + [varied] * 20]), "payment", rows_expect(2, field="amount"),
         "20 wide cells of 3,000 characters, bad amount in row 2")
    emit("bayar-nama-berkas-panjang.csv", text, "payment", FILE, "a file name of 300 characters",
         upload="b" * 296 + ".csv")
    emit("bayar-exe.exe", b"MZ" + junk[:1000], "payment", FILE, "a program named .exe")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for f in OUT.iterdir():
        f.unlink()
    participants()
    payments()
    (OUT / "manifest.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    size = sum(f.stat().st_size for f in OUT.iterdir())
    print("%d files (%d participant, %d payment), %.1f MB in %s" % (
        len(manifest), sum(m["target"] == "participant" for m in manifest),
        sum(m["target"] == "payment" for m in manifest), size / 1e6, OUT.relative_to(ROOT)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
