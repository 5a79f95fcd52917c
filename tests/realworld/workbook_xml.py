"""An xlsx workbook read and rewritten at the zip/XML level, for deriving test copies.

Only the parts a copy changes are touched (the cells of the worksheets, and the calculation
chain when formulas go); every other part is written back byte for byte, so the copies keep
what Excel wrote (styles, shared strings, merged cells, print areas). A library such as
openpyxl would rewrite the whole package and lose some of it.
"""

import html
import re
import zipfile
from decimal import Decimal, InvalidOperation

# A cell element: <c .../> or <c ...>...</c>. The self-closing form is matched first so that an
# empty cell never swallows the cells after it.
CELL = re.compile(r"<c\b([^>]*?)(?:/>|>(.*?)</c>)", re.S)
ATTR = re.compile(r'([\w:]+)="([^"]*)"')
FORMULA = re.compile(r"<f\b([^>]*?)(?:/>|>(.*?)</f>)", re.S)
VALUE = re.compile(r"<v>(.*?)</v>", re.S)
SHARED_ITEM = re.compile(r"<(?:\w+:)?si\b[^>]*>(.*?)</(?:\w+:)?si>", re.S)
TEXT_RUN = re.compile(r"<(?:\w+:)?t\b[^>]*>(.*?)</(?:\w+:)?t>", re.S)
A1 = re.compile(r"\$?([A-Z]{1,3})\$?([0-9]+)$")
# A relative or absolute reference inside a formula, not part of a name, a sheet-qualified
# reference or a function call.
FORMULA_REF = re.compile(r"(?<![A-Za-z0-9_.!'$])(\$?)([A-Z]{1,3})(\$?)([0-9]+)(?![0-9A-Za-z_(!])")

MAX_PART_BYTES = 64 << 20  # a worksheet larger than this is left alone (no test copy is worth it)


def col_number(letters):
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def col_letters(n):
    s = ""
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def parse_ref(ref):
    m = A1.match(ref)
    if not m:
        return None
    return int(m.group(2)), col_number(m.group(1))


def make_ref(row, col):
    return f"{col_letters(col)}{row}"


def shift_formula(text, drow, dcol):
    """A shared formula as it reads in a cell drow rows and dcol columns from its master."""

    def move(m):
        cabs, col, rabs, row = m.groups()
        c = col_number(col) + (0 if cabs else dcol)
        r = int(row) + (0 if rabs else drow)
        if c < 1 or r < 1:
            return "#REF!"
        return f"{cabs}{col_letters(c)}{rabs}{r}"

    return FORMULA_REF.sub(move, text)


def number(text):
    try:
        d = Decimal(text.strip())
    except (InvalidOperation, AttributeError):
        return None
    return d if d.is_finite() else None


def format_number(d):
    """A Decimal as an xlsx <v> writes it: plain digits, no exponent, no trailing zeros."""
    s = format(d, "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


class Cell:
    __slots__ = ("ref", "row", "col", "type", "value", "formula")

    def __init__(self, ref, row, col, type_, value, formula):
        self.ref, self.row, self.col = ref, row, col
        self.type, self.value, self.formula = type_, value, formula

    def numeric(self):
        """The cached value as a Decimal when the cell holds a number, else None."""
        if self.type not in ("", "n") or self.value is None:
            return None
        return number(self.value)


class Sheet:
    def __init__(self, name, part, index, hidden=False, strings=()):
        self.name, self.part, self.index, self.hidden = name, part, index, hidden
        self.cells = {}  # ref -> Cell
        self.strings = strings  # the workbook's shared strings, by index

    def text(self, cell):
        """The text a cell shows when it holds a string (shared, inline or a formula's), else None."""
        if cell.type == "s":
            try:
                return self.strings[int(cell.value)]
            except (TypeError, ValueError, IndexError):
                return None
        return cell.value if cell.type in ("str", "inlineStr") else None


def _attrs(text):
    return dict(ATTR.findall(text))


def _sheet_parts(z):
    """(name, part, hidden) of every worksheet in workbook order."""
    wb = z.read("xl/workbook.xml").decode("utf-8", "replace")
    rels = z.read("xl/_rels/workbook.xml.rels").decode("utf-8", "replace")
    targets = {}
    for m in re.finditer(r"<Relationship\b([^>]*)/?>", rels):
        a = _attrs(m.group(1))
        if "Id" in a and "Target" in a:
            t = a["Target"]
            targets[a["Id"]] = t.lstrip("/") if t.startswith("/") else "xl/" + t
    out = []
    for m in re.finditer(r"<sheet\b([^>]*)/?>", wb):
        a = _attrs(m.group(1))
        rid = a.get("r:id") or next((v for k, v in a.items() if k.endswith(":id")), None)
        part = targets.get(rid)
        if part and part in z.namelist() and "worksheets/" in part:
            out.append((html.unescape(a.get("name", "")), part, a.get("state", "visible") != "visible"))
    return out


def _shared_strings(z):
    """The shared-string table's texts in order (rich-text runs joined)."""
    name = next((n for n in z.namelist() if n.lower() == "xl/sharedstrings.xml"), None)
    if name is None:
        return []
    xml = z.read(name).decode("utf-8", "replace")
    return [html.unescape("".join(TEXT_RUN.findall(m.group(1)))) for m in SHARED_ITEM.finditer(xml)]


def has_sum_formula(path):
    """Whether any worksheet holds a SUM or SUBTOTAL formula: a cheap look before parsing cells."""
    with zipfile.ZipFile(path) as z:
        for _, part, _ in _sheet_parts(z):
            if z.getinfo(part).file_size <= MAX_PART_BYTES:
                data = z.read(part)
                if b"<f" in data and (b"SUM(" in data.upper() or b"SUBTOTAL(" in data.upper()):
                    return True
    return False


class Workbook:
    """The worksheets' cells (values and formulas, shared formulas expanded) of one xlsx."""

    def __init__(self, path, only=None):
        """only: the set of worksheet parts to read (all when None)."""
        self.path = path
        self.sheets = []
        with zipfile.ZipFile(path) as z:
            parts = _sheet_parts(z)
            strings = _shared_strings(z)
            self.parts = {part for _, part, _ in parts}
            for index, (name, part, hidden) in enumerate(parts):
                if z.getinfo(part).file_size > MAX_PART_BYTES or (only is not None and part not in only):
                    continue
                sheet = Sheet(name, part, index, hidden, strings)
                self._read_cells(sheet, z.read(part).decode("utf-8", "replace"))
                self.sheets.append(sheet)

    @staticmethod
    def _read_cells(sheet, xml):
        masters = {}  # si -> (row, col, text)
        pending = []  # (cell, si) of shared-formula cells that name only their group
        for m in CELL.finditer(xml):
            attrs, inner = _attrs(m.group(1)), m.group(2) or ""
            ref = attrs.get("r")
            pos = parse_ref(ref) if ref else None
            if pos is None:
                continue
            vm = VALUE.search(inner)
            value = html.unescape(vm.group(1)) if vm else None
            if value is None and attrs.get("t") == "inlineStr":
                value = html.unescape("".join(TEXT_RUN.findall(inner))) or None
            formula, shared_group = None, None
            fm = FORMULA.search(inner)
            if fm:
                fa = _attrs(fm.group(1))
                formula = html.unescape(fm.group(2)) if fm.group(2) is not None else ""
                if fa.get("t") == "shared" and "si" in fa:
                    if formula:
                        masters[fa["si"]] = (pos[0], pos[1], formula)
                    else:
                        shared_group = fa["si"]
            if value is None and formula is None:
                continue
            cell = Cell(ref, pos[0], pos[1], attrs.get("t", ""), value, formula)
            sheet.cells[ref] = cell
            if shared_group is not None:
                pending.append((cell, shared_group))
        for cell, si in pending:
            if si in masters:
                r, c, text = masters[si]
                cell.formula = shift_formula(text, cell.row - r, cell.col - c)

    def write_copy(self, out_path, paste_values, edits=None):
        """Writes a copy: with paste_values every formula is removed and its cached value kept
        (a formula with no cached value leaves an empty cell); edits maps (sheet part, ref) to a
        new numeric value (Decimal) for that cell's <v>, or to (value, formula text): the cell's
        formula becomes that text too, or with (value, None) is removed, as when a figure is
        typed over it (a shared formula's master can be neither: SharedMaster)."""
        edits = edits or {}
        by_part = {}
        for (part, ref), value in edits.items():
            by_part.setdefault(part, {})[ref] = value
        with zipfile.ZipFile(self.path) as zin, zipfile.ZipFile(out_path, "w", zipfile.ZIP_DEFLATED,
                                                              compresslevel=1) as zout:
            for info in zin.infolist():
                name = info.filename
                if paste_values and name == "xl/calcChain.xml":
                    continue
                data = zin.read(name)
                if name in self.parts and (paste_values or name in by_part):
                    xml = _rewrite_cells(data.decode("utf-8"), paste_values, by_part.get(name, {}))
                    data = xml.encode("utf-8")
                elif paste_values and name == "[Content_Types].xml":
                    data = re.sub(rb"<Override\b[^>]*calcChain[^>]*/>", b"", data)
                elif paste_values and name == "xl/_rels/workbook.xml.rels":
                    data = re.sub(rb"<Relationship\b[^>]*calcChain[^>]*/>", b"", data)
                out = zipfile.ZipInfo(name, date_time=info.date_time)
                out.external_attr = info.external_attr
                zout.writestr(out, data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=1)


class SharedMaster(ValueError):
    """The cell's formula is the master of a shared group: other cells read their formula from it."""


def _rewrite_cells(xml, paste_values, edits):
    remaining = dict(edits)

    def one(m):
        attrs_text, inner = m.group(1), m.group(2)
        attrs = _attrs(attrs_text)
        ref = attrs.get("r")
        if inner is None:
            return m.group(0)
        has_formula = "<f" in inner
        if not (paste_values and has_formula) and ref not in remaining:
            return m.group(0)
        if paste_values and has_formula:
            inner = FORMULA.sub("", inner)
            if attrs.get("t") == "str":
                # A formula's text result becomes the text itself, as Paste Values writes it.
                vm = VALUE.search(inner)
                text = vm.group(1) if vm else ""
                inner = VALUE.sub("", inner) + f'<is><t xml:space="preserve">{text}</t></is>'
                attrs_text = re.sub(r'\bt="str"', 't="inlineStr"', attrs_text)
                if not text:
                    inner, attrs_text = "", re.sub(r'\s*\bt="inlineStr"', "", attrs_text)
            elif not VALUE.search(inner):
                attrs_text = re.sub(r'\s*\bt="[^"]*"', "", attrs_text)
                inner = ""
        if ref in remaining:
            new = remaining.pop(ref)
            if isinstance(new, tuple):
                new, text = new
                fm = FORMULA.search(inner)
                if fm is None:
                    raise ValueError(f"{ref} holds no formula to rewrite")
                if 'ref="' in fm.group(1) and 't="shared"' in fm.group(1):
                    raise SharedMaster(ref)
                typed = "" if text is None else "<f>" + html.escape(text, quote=False) + "</f>"
                inner = inner[:fm.start()] + typed + inner[fm.end():]
            new = format_number(new)
            if VALUE.search(inner):
                inner = VALUE.sub(f"<v>{new}</v>", inner, count=1)
            else:
                inner += f"<v>{new}</v>"
            attrs_text = re.sub(r'\s*\bt="[^"]*"', "", attrs_text)
        if not inner:
            return f"<c{attrs_text}/>"
        return f"<c{attrs_text}>{inner}</c>"

    out = CELL.sub(one, xml)
    if remaining:
        raise ValueError(f"cells not found for editing: {sorted(remaining)}")
    return out
