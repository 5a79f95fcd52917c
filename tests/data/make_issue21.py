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


# -- Compound File (OLE2) container: just enough to read LibreOffice's .xls and write one stream ----
ENDOFCHAIN, FREESECT, FATSECT = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD


def cfb_read_stream(data, want):
    ssz = 1 << struct.unpack_from("<H", data, 0x1E)[0]
    n_fat, first_dir, cutoff, first_mf, n_mf = (struct.unpack_from("<I", data, o)[0] for o in (0x2C, 0x30, 0x38, 0x3C, 0x40))
    difat = [x for x in struct.unpack_from("<109I", data, 0x4C) if x < FATSECT][:n_fat]
    sec = lambda s: data[(s + 1) * ssz:(s + 2) * ssz]
    fat = []
    for s in difat:
        fat += struct.unpack("<%dI" % (ssz // 4), sec(s))

    def chain(s, table, get):
        out = b""
        while s not in (ENDOFCHAIN, FREESECT):
            out += get(s)
            s = table[s]
        return out
    d = chain(first_dir, fat, sec)
    entries = []
    for off in range(0, len(d), 128):
        e = d[off:off + 128]
        nlen = struct.unpack_from("<H", e, 0x40)[0]
        entries.append((e[:max(0, nlen - 2)].decode("utf-16-le"), e[0x42], struct.unpack_from("<I", e, 0x74)[0],
                        struct.unpack_from("<I", e, 0x78)[0]))
    root = entries[0]
    for name, typ, start, size in entries:
        if typ == 2 and name == want:
            if size < cutoff:
                minifat = list(struct.unpack("<%dI" % (n_mf * ssz // 4), chain(first_mf, fat, sec))) if n_mf else []
                ministream = chain(root[2], fat, sec)
                return chain(start, minifat, lambda m: ministream[m * 64:(m + 1) * 64])[:size]
            return chain(start, fat, sec)[:size]
    raise KeyError(want)


def cfb_write(stream_name, stream, claimed_size=None):
    """One stream in 512-byte sectors: header, FAT, directory, then the stream (so cutting
    the file's tail cuts the stream, as a truncated download does)."""
    # A stream under 4096 bytes belongs in the mini stream, which this writer does not make:
    # pad with zero bytes after the last record (readers stop at the last EOF).
    stream = stream + bytes(max(0, 4096 - len(stream)))
    n_stream = (len(stream) + 511) // 512
    n_fat = 1
    while n_fat * 128 < n_fat + 1 + n_stream:
        n_fat += 1
    fat = [FATSECT] * n_fat + [ENDOFCHAIN]
    first_stream = n_fat + 1
    fat += [first_stream + i + 1 for i in range(n_stream - 1)] + [ENDOFCHAIN]
    fat += [FREESECT] * (n_fat * 128 - len(fat))
    header = bytearray(512)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 0x18, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<IIIIIIIII", header, 0x28, 0, n_fat, n_fat, 0, 4096, ENDOFCHAIN, 0, ENDOFCHAIN, 0)
    difat = list(range(n_fat)) + [FREESECT] * (109 - n_fat)
    struct.pack_into("<109I", header, 0x4C, *difat)

    def entry(name, typ, start, size, child=FREESECT):
        e = bytearray(128)
        raw = (name + "\0").encode("utf-16-le")
        e[0:len(raw)] = raw
        struct.pack_into("<HBB", e, 0x40, len(raw), typ, 1)
        struct.pack_into("<III", e, 0x44, FREESECT, FREESECT, child)
        struct.pack_into("<II", e, 0x74, start, size)
        return bytes(e)
    directory = (entry("Root Entry", 5, ENDOFCHAIN, 0, child=1)
                 + entry(stream_name, 2, first_stream, claimed_size or len(stream)) + bytes(256))
    body = stream + bytes(n_stream * 512 - len(stream))
    return bytes(header) + struct.pack("<%dI" % len(fat), *fat) + directory + body


def records(stream):
    pos = 0
    while pos + 4 <= len(stream):
        typ, n = struct.unpack_from("<HH", stream, pos)
        yield pos, typ, stream[pos + 4:pos + 4 + n]
        pos += 4 + n


def rec(typ, payload=b""):
    return struct.pack("<HH", typ, len(payload)) + payload


def base_xls():
    """A BIFF8 workbook from LibreOffice: one sheet, a title, a scheme and its figure."""
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "base.xlsx")
        xlsx(src, ['<c r="A1" t="s"><v>0</v></c>', '<c r="A2" t="s"><v>1</v></c>', '<c r="B2"><v>-1941</v></c>',
                   '<c r="A3" t="s"><v>2</v></c>', '<c r="B3"><v>46.5</v></c>'],
             ["<t>Scheme</t>", "<t>Street lighting</t>", "<t>Library caf\u00e9</t>"])
        return cfb_read_stream(soffice_convert(src, "xls:MS Excel 97", "xls"), "Workbook")


# -- 4. .xls encrypted with Excel's default password (RC4, RC4 CryptoAPI) --------------------
def rc4(key, data):
    S = list(range(256))
    j = 0
    for i in range(256):
        j = (j + S[i] + key[i % len(key)]) & 0xFF
        S[i], S[j] = S[j], S[i]
    i = j = 0
    out = bytearray()
    for b in data:
        i = (i + 1) & 0xFF
        j = (j + S[i]) & 0xFF
        S[i], S[j] = S[j], S[i]
        out.append(b ^ S[(S[i] + S[j]) & 0xFF])
    return bytes(out)


def rc4_scheme(password, salt):
    """[MS-OFFCRYPTO] 2.3.6: FILEPASS payload and the key of each 1024-byte block."""
    h0 = hashlib.md5(password.encode("utf-16-le")).digest()[:5]
    h1 = hashlib.md5((h0 + salt) * 16).digest()[:5]
    key = lambda block: hashlib.md5(h1 + struct.pack("<I", block)).digest()
    verifier = bytes(range(16))
    enc = rc4(key(0), verifier + hashlib.md5(verifier).digest())
    return struct.pack("<HHH", 1, 1, 1) + salt + enc, key


def cryptoapi_scheme(password, salt, key_bits=128):
    """[MS-OFFCRYPTO] 2.3.5: the CryptoAPI variant (SHA-1, key size in the header)."""
    h0 = hashlib.sha1(salt + password.encode("utf-16-le")).digest()
    nbytes = key_bits // 8

    def key(block):
        k = hashlib.sha1(h0 + struct.pack("<I", block)).digest()[:nbytes]
        return k + bytes(16 - len(k)) if nbytes == 5 else k
    verifier = bytes(range(100, 116))
    enc = rc4(key(0), verifier + hashlib.sha1(verifier).digest())
    csp = "Microsoft Enhanced Cryptographic Provider v1.0\0".encode("utf-16-le")
    header = struct.pack("<IIIIIIII", 0x04, 0, 0x6801, 0x8004, key_bits, 1, 0, 0) + csp
    info = struct.pack("<HHI", 4, 2, 0x04) + struct.pack("<I", len(header)) + header
    verifier_part = struct.pack("<I", 16) + salt + enc[:16] + struct.pack("<I", 20) + enc[16:]
    return struct.pack("<H", 1) + info + verifier_part, key


CLEAR = {0x0809, 0x002F, 0x0194, 0x0195, 0x00E1, 0x0196, 0x0138}


def encrypt_workbook(stream, filepass, key):
    """Inserts FILEPASS after the first BOF, moves the sheet offsets, encrypts every record after it."""
    fp = rec(0x002F, filepass)
    first_len = 4 + struct.unpack_from("<H", stream, 2)[0]
    out = bytearray(stream[:first_len] + fp + stream[first_len:])
    for pos, typ, data in records(bytes(out)):
        if typ == 0x0085:
            struct.pack_into("<I", out, pos + 4, struct.unpack_from("<I", data, 0)[0] + len(fp))
    start = first_len + len(fp)
    for pos, typ, data in records(bytes(out)):
        if pos < start or typ in CLEAR:
            continue
        first = pos + 4 + (4 if typ == 0x0085 else 0)
        for p in range(first, pos + 4 + len(data)):
            block, at = divmod(p, 1024)
            out[p] ^= rc4(key(block), bytes(at + 1))[at]
    return bytes(out)


def make_xls_default_password():
    plain = base_xls()
    salt = bytes.fromhex("0f1e2d3c4b5a69788796a5b4c3d2e1f0")
    cases = {
        "xls-default-password-rc4.xls": rc4_scheme("VelvetSweatshop", salt),
        "xls-default-password-cryptoapi.xls": cryptoapi_scheme("VelvetSweatshop", salt),
        "xls-default-password-cryptoapi-40bit.xls": cryptoapi_scheme("VelvetSweatshop", salt, 40),
        "xls-real-password.xls": rc4_scheme("council2024", salt),
    }
    for name, (filepass, key) in cases.items():
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(cfb_write("Workbook", encrypt_workbook(plain, filepass, key)))


# -- 6. a stream shorter than its directory entry claims ---------------------------------------
def make_cfb_short_stream():
    plain = base_xls()
    whole = cfb_write("Workbook", plain)
    padded = len(plain) + max(0, 4096 - len(plain))
    # Cut the file inside the sheet's records, after its first cells: a copy cut off in transfer.
    sheet_at = max(pos for pos, typ, _ in records(plain) if typ == 0x0809)
    cells = [pos + 4 + len(d) for pos, typ, d in records(plain) if pos > sheet_at and typ in (0x00FD, 0x027E, 0x0203)]
    keep = cells[1]  # the first two cells survive
    with open(os.path.join(OUT, "cfb-short-stream.xls"), "wb") as f:
        f.write(whole[:len(whole) - padded - (-padded % 512) + keep])


# -- 5. BIFF2, BIFF3, BIFF4 worksheets; BIFF5 with older records ---------------------------------
def old_biff(biff):
    """A worksheet as Excel 2.x, 3.0 or 4.0 saved it: a title, a scheme, a figure, a date, a formula."""
    bof = {2: 0x0009, 3: 0x0209, 4: 0x0409}[biff]
    out = rec(bof, struct.pack("<HH", {2: 0x0200, 3: 0x0300, 4: 0x0400}[biff], 0x0010) + (b"" if biff == 2 else b"\0\0"))
    out += rec(0x0042, struct.pack("<H", 1252)) if biff > 2 else b""
    formats = ["General", "0.00", "d/m/yyyy"]
    for code in formats:
        raw = code.encode("latin-1")
        out += rec(0x041E, b"\0\0" + bytes([len(raw)]) + raw) if biff == 4 else rec(0x001E, bytes([len(raw)]) + raw)
    if biff == 2:
        label = lambda r, c, s: rec(0x0004, struct.pack("<HH", r, c) + b"\0\0\0" + bytes([len(s)]) + s)
        number = lambda r, c, v, fmt=0: rec(0x0003, struct.pack("<HH", r, c) + bytes([0, fmt, 0]) + struct.pack("<d", v))
        out += label(0, 0, b"Scheme") + label(0, 1, b"2017/18")
        out += label(1, 0, b"Street lighting") + number(1, 1, -1941)
        out += label(2, 0, b"Library caf\xe9") + rec(0x0002, struct.pack("<HH", 2, 1) + b"\0\0\0" + struct.pack("<H", 46))
        out += label(3, 0, b"Approved") + number(3, 1, 42736, fmt=2)  # 2017-01-01 by its format
        out += label(4, 0, b"Total") + rec(0x0006, struct.pack("<HH", 4, 1) + b"\0\0\0" + struct.pack("<d", -1895) + b"\0\0")
    else:
        for ifmt in (0, 2):  # XF 0: General, XF 1: the date format
            out += rec(0x0443 if biff == 4 else 0x0243, bytes([0, ifmt]) + bytes(10 if biff == 3 else 14))
        label = lambda r, c, s: rec(0x0204, struct.pack("<HHHH", r, c, 0, len(s)) + s)
        out += label(0, 0, b"Scheme") + label(0, 1, b"2017/18")
        out += label(1, 0, b"Street lighting") + rec(0x0203, struct.pack("<HHH", 1, 1, 0) + struct.pack("<d", -1941))
        out += label(2, 0, b"Library caf\xe9") + rec(0x027E, struct.pack("<HHH", 2, 1, 0) + struct.pack("<I", (46 << 2) | 2))
        out += label(3, 0, b"Approved") + rec(0x0203, struct.pack("<HHH", 3, 1, 1) + struct.pack("<d", 42736))
        out += label(4, 0, b"Total") + rec(0x0406 if biff == 4 else 0x0206,
                                           struct.pack("<HHH", 4, 1, 0) + struct.pack("<d", -1895) + b"\0\0\0\0")
    return out + rec(0x000A)


def make_old_biff():
    for biff in (2, 3, 4):
        with open(os.path.join(OUT, "biff%d-worksheet.xls" % biff), "wb") as f:
            f.write(old_biff(biff))
    # An Excel 4 workbook: BUNDLESHEET records name its sheets and where each one's BOF is.
    sheets = [(b"Savings", old_biff(4)), (b"Costs", old_biff(4).replace(b"Street lighting", b"Street cleaning"))]
    head = rec(0x0409, struct.pack("<HHH", 0x0400, 0x0100, 0))
    bundles_len = sum(4 + 7 + len(name) for name, _ in sheets)
    at = len(head) + bundles_len + 4  # after the bundles and the globals' EOF
    bundles = b""
    for name, body in sheets:
        bundles += rec(0x008F, struct.pack("<IH", at, 0) + bytes([len(name)]) + name)
        at += len(body)
    with open(os.path.join(OUT, "biff4-workbook.xls"), "wb") as f:
        f.write(head + bundles + rec(0x000A) + b"".join(body for _, body in sheets))
    # Excel 4 sheet inside an Office container, as some archives converted them
    with open(os.path.join(OUT, "biff4-in-container.xls"), "wb") as f:
        f.write(cfb_write("Book", old_biff(4)))
    # A BIFF5 workbook (LibreOffice 7.4 no longer writes "MS Excel 95", so it is written here, as
    # Excel 5/95 lays one out) whose writer put BIFF2-style cells beside BIFF5 ones, with an
    # odd BOF version (0x0580), as some converters do.
    bof = lambda kind: rec(0x0809, struct.pack("<HHHH", 0x0580, kind, 0x0DBB, 0x07CC))
    name = b"Savings"
    globals_ = bof(0x0005) + rec(0x0042, struct.pack("<H", 1252))
    boundsheet_at = len(globals_)
    globals_ += rec(0x0085, struct.pack("<IBB", 0, 0, 0) + bytes([len(name)]) + name) + rec(0x000A)
    sheet = bof(0x0010)
    sheet += rec(0x0204, struct.pack("<HHHH", 0, 0, 0, 19) + b"Written by Excel 95")
    sheet += rec(0x0203, struct.pack("<HHH", 0, 1, 0) + struct.pack("<d", 12.5))
    sheet += rec(0x0004, struct.pack("<HH", 2, 0) + b"\0\0\0" + bytes([9]) + b"Old label")
    sheet += rec(0x0003, struct.pack("<HH", 2, 1) + b"\0\0\0" + struct.pack("<d", -395.25))
    sheet += rec(0x0002, struct.pack("<HH", 3, 1) + b"\0\0\0" + struct.pack("<H", 594))
    sheet += rec(0x0005, struct.pack("<HH", 3, 2) + b"\0\0\0" + b"\x01\x00")
    sheet += rec(0x000A)
    book = bytearray(globals_ + sheet)
    struct.pack_into("<I", book, boundsheet_at + 4, len(globals_))
    with open(os.path.join(OUT, "biff5-old-records.xls"), "wb") as f:
        f.write(cfb_write("Book", bytes(book)))


# -- 7. dates and numbers as Excel shows them ------------------------------------------------------
NUMBER_FORMAT_CASES = [  # label, numFmtId, format code (custom ids only), value
    ("locale prefix", 164, "[$-409]d-mmm-yy", 43000),
    ("system long date", 165, "[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy", 43000),
    ("sysdate", 166, "[$-x-sysdate]dddd, mmmm dd, yyyy", 43000),
    ("elapsed hours", 167, "[h]:mm", 1.5208333333333333),
    ("elapsed late bracket", 168, 's" secs and "[m]" mins"', 0.0854629629629630),
    ("quoted letters", 169, '0" days"', 12),
    ("escaped letters", 170, "#,##0 \\m\\s", 5),
    ("builtin 14", 14, None, 43000),
    ("builtin 22", 22, None, 43000.5),
    ("builtin 45", 45, None, 0.0104166666666667),
    ("builtin 46", 46, None, 1.5),
    ("builtin 47", 47, None, 0.0104166666666667),
    ("time of day", 171, "h:mm", 0.75),
]


def make_number_formats():
    fmts = [(i, c) for _, i, c, _ in NUMBER_FORMAT_CASES]
    rows, shared = [], []
    for n, (label, _, _, value) in enumerate(NUMBER_FORMAT_CASES):
        shared.append("<t>%s</t>" % label)
        rows.append('<c r="A%d" t="s"><v>%d</v></c>' % (n + 1, n))
        rows.append('<c r="B%d" s="%d"><v>%r</v></c>' % (n + 1, n + 1, value))
    path = os.path.join(OUT, "number-formats.xlsx")
    xlsx(path, rows, shared, numfmts=fmts)
    # The same cells as LibreOffice writes them in .xls and .ods: every reader must agree.
    for fmt, ext in (("xls:MS Excel 97", "xls"), ("ods", "ods")):
        with open(os.path.join(OUT, "number-formats." + ext), "wb") as f:
            f.write(soffice_convert(path, fmt, ext))
    # The 1904 date system: serial 0 is 1904-01-01 under a date format, midnight under a time format.
    cases = [(164, "d/m/yyyy", 0), (165, "h:mm", 0), (165, "h:mm", 0.5), (164, "d/m/yyyy", 1)]
    rows = ['<c r="A%d" s="%d"><v>%r</v></c>' % (n + 1, 1 if i == 164 else 2, v) for n, (i, _, v) in enumerate(cases)]
    xlsx(os.path.join(OUT, "number-formats-1904.xlsx"), rows, numfmts=[(164, "d/m/yyyy"), (165, "h:mm")],
         date1904=True)


CLASSES = {
    "xstring": make_xstring_escapes,
    "surrogates": make_xls_surrogate_pairs,
    "ods": make_ods_without_mimetype,
    "utf16csv": make_utf16_csv,
    "password": make_xls_default_password,
    "shortstream": make_cfb_short_stream,
    "oldbiff": make_old_biff,
    "numberformats": make_number_formats,
}

if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for name in sys.argv[1:] or CLASSES:
        CLASSES[name]()
        print("made", name)
