#!/usr/bin/env python3
"""Test files for issue 21, one per class of file that Excel or LibreOffice
reads and fundbook did not (written into tests/data/issue21/).

usage: python3 tests/data/make_issue21.py [class ...]   (default: all)

Python standard library only; the .xls files are made by LibreOffice
(`soffice --headless --convert-to`) from an .xlsx written here, then changed
byte by byte where a class needs it (encryption, an old BIFF version, a cut
short stream). The RC4 and key derivation below are test tooling: the product
decrypts with nettle.
"""
import hashlib, io, os, shutil, struct, subprocess, sys, tempfile, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "issue21")
FIXED_TIME = (2024, 4, 1, 12, 0, 0)  # reproducible zips


def zip_write(path, parts, order=None):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name in order or parts:
            info = zipfile.ZipInfo(name, FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, parts[name])


def xml_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def xlsx(path, rows, shared=(), numfmts=(), date1904=False):
    """A minimal .xlsx: rows is [(ref, xml of the <c> element's inside and attributes)];
    shared the shared strings' raw <si> XML; numfmts [(id, code)], each given an xf
    in that order after xf 0 (General)."""
    sheet = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    by_row = {}
    for cell in rows:
        r = int("".join(ch for ch in cell.split('r="')[1].split('"')[0] if ch.isdigit()))
        by_row.setdefault(r, []).append(cell)
    for r in sorted(by_row):
        sheet.append('<row r="%d">%s</row>' % (r, "".join(by_row[r])))
    sheet.append("</sheetData></worksheet>")
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">%s</sst>'
           % (len(shared), len(shared), "".join("<si>%s</si>" % s for s in shared)))
    custom = [(i, c) for i, c in numfmts if i >= 164]
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              + ('<numFmts count="%d">%s</numFmts>' % (len(custom), "".join(
                  '<numFmt numFmtId="%d" formatCode="%s"/>' % (i, xml_escape(c).replace('"', "&quot;"))
                  for i, c in custom)) if custom else "")
              + '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
              '<borders count="1"><border/></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="%d"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>%s</cellXfs>'
              '</styleSheet>' % (1 + len(numfmts), "".join(
                  '<xf numFmtId="%d" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' % i
                  for i, _ in numfmts)))
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        "</Types>",
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        "</Relationships>",
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        + ('<workbookPr date1904="1"/>' if date1904 else "")
        + '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
        "</Relationships>",
        "xl/worksheets/sheet1.xml": "".join(sheet),
        "xl/sharedStrings.xml": sst,
        "xl/styles.xml": styles,
    }
    zip_write(path, parts)


def soffice_convert(src, fmt, ext):
    """LibreOffice's conversion of src; returns the bytes of the result."""
    with tempfile.TemporaryDirectory() as tmp:
        profile = "file://" + os.path.join(tmp, "profile")
        subprocess.run(["soffice", "-env:UserInstallation=" + profile, "--headless", "--convert-to", fmt,
                        "--outdir", tmp, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        base = os.path.splitext(os.path.basename(src))[0]
        with open(os.path.join(tmp, base + "." + ext), "rb") as f:
            return f.read()


# -- 1. OOXML _xHHHH_ escapes ------------------------------------------------------------------
def make_xstring_escapes():
    shared = [
        "<t>Line one_x000D_\nline two</t>",              # Excel's carriage return
        "<t>Bell_x0007_here</t>",                          # a control character
        "<t>Literal _x005F_x000D_ stays</t>",              # an escaped underscore: the text _x000D_
        "<r><t>Rich_x0009_</t></r><r><t>run</t></r>",     # escapes inside rich-text runs
        "<t>Smile _xD83D__xDE00_</t>",                      # a surrogate pair in two escapes
        "<t>Not an escape: _x12_ and _xZZZZ_</t>",           # malformed: left alone
    ]
    rows = ['<c r="A%d" t="s"><v>%d</v></c>' % (i + 1, i) for i in range(len(shared))]
    rows.append('<c r="B1" t="inlineStr"><is><t>Inline_x000A_break</t></is></c>')
    rows.append('<c r="B2" t="inlineStr"><is><t>Inline _x005F_x0041_ kept</t></is></c>')
    xlsx(os.path.join(OUT, "xstring-escapes.xlsx"), rows, shared)


# -- 2. surrogate pairs in .xls strings ------------------------------------------------------
def make_xls_surrogate_pairs():
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "xls-surrogate-pairs.xlsx")
        shared = ["<t>Scheme \U0001F600 smile</t>", "<t>\U00020BB7 rare CJK</t>", "<t>Plain £46</t>"]
        xlsx(src, ['<c r="A%d" t="s"><v>%d</v></c>' % (i + 1, i) for i in range(3)], shared)
        data = soffice_convert(src, "xls:MS Excel 97", "xls")
    with open(os.path.join(OUT, "xls-surrogate-pairs.xls"), "wb") as f:
        f.write(data)


# -- 3. ODS without a mimetype entry ---------------------------------------------------------
ODS_CONTENT = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
               '<office:body><office:spreadsheet><table:table table:name="Savings">'
               '<table:table-row><table:table-cell office:value-type="string"><text:p>Scheme</text:p></table:table-cell>'
               '<table:table-cell office:value-type="string"><text:p>2017/18</text:p></table:table-cell></table:table-row>'
               '<table:table-row><table:table-cell office:value-type="string"><text:p>Street lighting</text:p></table:table-cell>'
               '<table:table-cell office:value-type="float" office:value="-1941"><text:p>-1941</text:p></table:table-cell>'
               '</table:table-row></table:table></office:spreadsheet></office:body></office:document-content>')
ODS_MANIFEST = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')


def make_ods_without_mimetype():
    zip_write(os.path.join(OUT, "ods-no-mimetype.ods"),
              {"META-INF/manifest.xml": ODS_MANIFEST, "content.xml": ODS_CONTENT})
    # mimetype present but compressed and last, as some zip tools repack a package
    zip_write(os.path.join(OUT, "ods-mimetype-last.ods"),
              {"content.xml": ODS_CONTENT, "META-INF/manifest.xml": ODS_MANIFEST,
               "mimetype": "application/vnd.oasis.opendocument.spreadsheet"})
    # neither mimetype nor manifest: content.xml's body says spreadsheet
    zip_write(os.path.join(OUT, "ods-content-only.ods"), {"content.xml": ODS_CONTENT})


# -- 8. UTF-16 CSV with a BOM ----------------------------------------------------------------
CSV_TEXT = "Scheme\tWorkstream\t2017/18\r\nStreet lighting \U0001F4A1\tPlace\t-1941\r\nLibrary café\tPeople\t£46\r\n"


def make_utf16_csv():
    with open(os.path.join(OUT, "utf16-le-bom.csv"), "wb") as f:
        f.write(b"\xff\xfe" + CSV_TEXT.encode("utf-16-le"))
    with open(os.path.join(OUT, "utf16-be-bom.csv"), "wb") as f:
        f.write(b"\xfe\xff" + CSV_TEXT.replace("\t", ",").encode("utf-16-be"))


CLASSES = {
    "xstring": make_xstring_escapes,
    "surrogates": make_xls_surrogate_pairs,
    "ods": make_ods_without_mimetype,
    "utf16csv": make_utf16_csv,
}

if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for name in sys.argv[1:] or CLASSES:
        CLASSES[name]()
        print("made", name)
