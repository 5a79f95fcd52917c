#!/usr/bin/env python3
"""The report as openpyxl (the reader behind most finance scripts) reads it:
one test per defect issue 20 found in the report. Needs python3-openpyxl
(make deps-test installs it)."""
import argparse
import datetime
import os
import re
import sys
import unittest
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from report_support import Env, copy_samples, drawing_xml, report, tmpdir  # noqa: E402

import openpyxl  # noqa: E402


def rows_of(ws):
    return [[c for c in r] for r in ws.iter_rows()]


class Report(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        # The samples in one folder, the report in another beside it: the
        # layout a council uses (papers/, reports/).
        cls.root = tmpdir()
        cls.papers = copy_samples(os.path.join(cls.root, "papers"))
        os.makedirs(os.path.join(cls.root, "reports"))
        cls.path = report(["papers"], os.path.join("reports", "monitoring-report.xlsx"), cwd=cls.root)
        cls.path = os.path.join(cls.root, cls.path)
        cls.wb = openpyxl.load_workbook(cls.path)

    # The date: SOURCE_DATE_EPOCH when set, else today - never a fixed 2000.
    def test_date_is_source_date_epoch(self):
        self.assertEqual(self.wb.properties.created.date(), datetime.date(2018, 3, 27))
        for ws in self.wb.worksheets:
            self.assertIn("27 March 2018", ws.oddFooter.center.text, ws.title)

    def test_date_is_today_without_source_date_epoch(self):
        out = os.path.join(tmpdir(), "r.xlsx")
        before = datetime.datetime.now(datetime.timezone.utc).date()
        report(["samples"], out, epoch=None)
        after = datetime.datetime.now(datetime.timezone.utc).date()
        wb = openpyxl.load_workbook(out)
        self.assertIn(wb.properties.created.date(), (before, after))
        today = wb.properties.created.date()
        self.assertIn(f"{today.day:02d} {today.strftime('%B %Y')}", wb["Findings"].oddFooter.center.text)

    # Links from Findings: relative to the report, forward slashes, and they
    # lead to an existing sheet of an existing file.
    def check_links(self, path, base, expect_prefix):
        wb = openpyxl.load_workbook(path)
        ws = wb["Findings"]
        links = [c.hyperlink for r in ws.iter_rows(min_row=4) for c in r if c.hyperlink]
        self.assertEqual(len(links), 3)
        for h in links:
            self.assertFalse(os.path.isabs(h.target), h.target)
            self.assertNotIn("\\", h.target)
            self.assertTrue(h.target.startswith(expect_prefix), h.target)
            target = os.path.normpath(os.path.join(base, urllib.parse.unquote(h.target)))
            self.assertTrue(os.path.exists(target), target)
            sheet = re.fullmatch(r"'((?:[^']|'')+)'!([A-Z]+[0-9]+)", h.location)
            self.assertIsNotNone(sheet, h.location)
            self.assertIn(sheet.group(1).replace("''", "'"), openpyxl.load_workbook(target, read_only=True).sheetnames)

    def test_links_relative_to_the_report(self):
        self.check_links(self.path, os.path.join(self.root, "reports"), "../papers/")

    def test_links_survive_moving_report_and_papers_together(self):
        import shutil
        moved = os.path.join(tmpdir(), "emailed")
        shutil.copytree(self.root, moved)
        self.check_links(os.path.join(moved, "reports", "monitoring-report.xlsx"), os.path.join(moved, "reports"),
                         "../papers/")

    def test_downloaded_report_links_the_file_name_alone(self):
        # The child process behind the page's "Download report" (fundbook serve).
        import subprocess
        folder = copy_samples(os.path.join(tmpdir(), "upload"))
        out = os.path.join(tmpdir(), "downloaded.xlsx")
        files = [os.path.join(folder, n) for n in sorted(os.listdir(folder))]
        r = subprocess.run([Env.fundbook, "serve-job", "report", folder, "--output", out, "--", *files],
                           capture_output=True, text=True)
        self.assertEqual(r.returncode, 0, r.stderr)
        ws = openpyxl.load_workbook(out)["Findings"]
        targets = [c.hyperlink.target for r in ws.iter_rows(min_row=4) for c in r if c.hyperlink]
        self.assertEqual(len(targets), 3)
        for t in targets:
            self.assertNotIn("/", t)
            self.assertTrue(os.path.exists(os.path.join(folder, urllib.parse.unquote(t))), t)

    def test_watched_folder_report_links_and_date(self):
        # fundbook watch publishes reports/report.xlsx beside inbox/: links from
        # there (not from its staging folder), dated SOURCE_DATE_EPOCH.
        import shutil
        import signal
        import subprocess
        import time
        top = tmpdir()
        os.makedirs(os.path.join(top, "inbox"))
        shutil.copy(os.path.join(Env.source_dir, "samples", "baseline-2017-06-transformation-fund.xlsx"),
                    os.path.join(top, "inbox", "baseline.xlsx"))
        env = dict(os.environ, SOURCE_DATE_EPOCH="1522108800")
        log = open(os.path.join(top, "watch.log"), "w+")
        watcher = subprocess.Popen([Env.fundbook, "watch", top, "--settle", "0.2"], stdout=log, stderr=log, env=env)
        try:
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:
                log.seek(0)
                if "checked 1 workbook(s)" in log.read():
                    break
                time.sleep(0.1)
            path = os.path.join(top, "reports", "report.xlsx")
            self.assertTrue(os.path.exists(path), open(log.name).read())
        finally:
            watcher.send_signal(signal.SIGTERM)
            watcher.wait(timeout=10)
        wb = openpyxl.load_workbook(path)
        self.assertEqual(wb.properties.created.date(), datetime.date(2018, 3, 27))
        targets = [c.hyperlink.target for r in wb["Findings"].iter_rows(min_row=4) for c in r if c.hyperlink]
        self.assertEqual(targets, ["../inbox/baseline.xlsx"])

    # A stated figure is shown as stated, the disagreeing cell marked.
    def marked(self, cell):
        return cell.fill.fill_type == "solid" and cell.fill.fgColor.rgb.endswith("FFC7CE")

    def test_profile_total_as_stated_and_marked(self):
        ws = self.wb["Scheme profiles"]
        header = [c.value for c in ws[4]]
        total_col = header.index("TOTAL") + 1
        title_row = next(c.row for c in ws["A"] if c.value and "Street lighting synergies" in str(c.value))
        saving = ws.cell(title_row + 1, total_col)
        self.assertEqual(ws.cell(title_row + 1, 3).value, "Saving")
        self.assertEqual(saving.value, -1941)  # as the workbook states it, not the years' -1,968
        self.assertTrue(self.marked(saving))
        self.assertIsNotNone(saving.comment)
        self.assertIn("-1,968", saving.comment.text)
        self.assertIn("row-total-mismatch", saving.comment.text)
        # Every other TOTAL agrees with its years: a live SUM, unmarked.
        others = [ws.cell(r, total_col) for r in range(6, ws.max_row + 1)
                  if ws.cell(r, 3).value in ("Investment", "Saving") and r != title_row + 1]
        self.assertGreater(len(others), 30)
        for c in others:
            self.assertTrue(str(c.value).startswith("=SUM("), c.coordinate)
            self.assertIsNone(c.comment, c.coordinate)
            self.assertFalse(self.marked(c), c.coordinate)

    def test_monitoring_overview_as_stated_and_marked(self):
        ws = self.wb["Monitoring"]
        rows = {r[0].value: r for r in ws.iter_rows(min_row=4, max_row=8)}
        amber = rows["Amber"][1]
        self.assertEqual(amber.value, 2)  # the overview's "Amber 2", as stated
        self.assertTrue(self.marked(amber))
        self.assertIn("Computed: 5", amber.comment.text)
        self.assertIn("rag-count-mismatch", amber.comment.text)
        for rating in ("Green", "Red"):
            self.assertIsNone(rows[rating][1].comment, rating)
            self.assertFalse(self.marked(rows[rating][1]), rating)

    def test_plain_template_marks_by_box_and_comment(self):
        # The black-and-white template has no fills: the box and comment remain.
        out = os.path.join(tmpdir(), "plain.xlsx")
        report(["samples"], out, extra=("--template", os.path.join(Env.source_dir, "templates", "plain.toml")))
        ws = openpyxl.load_workbook(out)["Monitoring"]
        amber = next(r for r in ws.iter_rows(min_row=4, max_row=8) if r[0].value == "Amber")[1]
        self.assertEqual(amber.value, 2)
        self.assertNotEqual(amber.fill.fill_type, "solid")
        for side in (amber.border.left, amber.border.right, amber.border.top, amber.border.bottom):
            self.assertEqual(side.style, "thin")
        self.assertIn("rag-count-mismatch", amber.comment.text)

    # Data: an Excel Table (pivot-ready), one font, workstream never blank.
    def test_data_is_an_excel_table(self):
        ws = self.wb["Data"]
        self.assertEqual(list(ws.tables.keys()), ["Figures"])
        t = ws.tables["Figures"]
        self.assertEqual(t.ref, f"A1:I{ws.max_row}")
        self.assertEqual([c.name for c in t.tableColumns], [c.value for c in ws[1]])
        self.assertIsNone(ws.auto_filter.ref)  # a sheet filter over a Table makes Excel repair the file
        self.assertGreater(ws.max_row, 200)

    def test_data_in_one_font(self):
        ws = self.wb["Data"]
        fonts = {(c.font.name, c.font.sz) for r in ws.iter_rows() for c in r if c.value is not None}
        self.assertEqual(fonts, {("Arial", 10)})

    def test_data_workstream_filled(self):
        ws = self.wb["Data"]
        col = [c.value for c in ws[1]].index("Workstream")
        values = [r[col].value for r in ws.iter_rows(min_row=2)]
        self.assertTrue(values)
        # None of the samples' schemes states a workstream: said so in words.
        self.assertEqual(set(values), {"Not stated in the source"})

    # Chart: alt text saying what it shows, savings negative as elsewhere.
    def test_chart_alt_text(self):
        ws = self.wb["Chart"]
        last = max(r for r in range(4, ws.max_row + 1) if ws.cell(r, 1).value)
        cum_inv, cum_sav = self.cached(ws.cell(last, 4)), self.cached(ws.cell(last, 5))
        drawings = drawing_xml(self.path)
        descr = [m for x in drawings.values() for m in re.findall(r'<xdr:cNvPr [^>]*descr="([^"]*)"', x)]
        self.assertEqual(len(descr), 1)
        self.assertIn("line chart", descr[0])
        self.assertIn(f"{cum_inv:,.0f}", descr[0])
        self.assertIn(f"{cum_sav:,.0f}", descr[0])
        self.assertIn(ws.cell(4, 1).value + " to " + ws.cell(last, 1).value, descr[0])

    def cached(self, cell):
        # openpyxl gives formulas; the cached values are in a second, data-only load.
        if not hasattr(self, "_values"):
            type(self)._values = openpyxl.load_workbook(self.path, data_only=True)
        return self._values[cell.parent.title][cell.coordinate].value

    def test_chart_savings_negative_as_elsewhere(self):
        ws = self.wb["Chart"]
        self.assertIn("Saving", ws.cell(3, 3).value)
        data = self.wb["Data"]
        by_year = {}
        for r in data.iter_rows(min_row=2, values_only=True):
            if r[3] == "Saving":
                by_year[r[4]] = by_year.get(r[4], 0) + r[5]
        savings = [(ws.cell(r, 1).value, ws.cell(r, 3).value) for r in range(4, ws.max_row + 1) if ws.cell(r, 1).value]
        self.assertGreater(len(savings), 3)
        self.assertTrue(any(v < 0 for _, v in savings))
        for year, v in savings:
            self.assertLessEqual(v, 0, year)
            self.assertAlmostEqual(v, by_year.get(year, 0), places=6, msg=year)

    # Layout: every figure of a row on one line (TOTAL had sat lower).
    def test_profile_row_cells_share_vertical_alignment(self):
        ws = self.wb["Scheme profiles"]
        for r in range(6, ws.max_row + 1):
            if ws.cell(r, 3).value not in ("Investment", "Saving"):
                continue
            aligns = {ws.cell(r, c).alignment.vertical for c in range(1, ws.max_column + 1)
                      if ws.cell(r, c).value is not None}
            self.assertEqual(len(aligns), 1, f"row {r}: {aligns}")

    def test_print_setup(self):
        for ws in self.wb.worksheets:
            self.assertEqual(ws.page_setup.orientation, "landscape", ws.title)
            self.assertEqual(str(ws.page_setup.paperSize), "9", ws.title)  # A4
            self.assertTrue(ws.sheet_properties.pageSetUpPr.fitToPage, ws.title)
            self.assertIn(ws.page_setup.fitToWidth, (None, 1), ws.title)  # one page wide (1 is the default)
            self.assertEqual(ws.page_setup.fitToHeight, 0, ws.title)  # as many pages down as it takes
            self.assertTrue(ws.print_title_rows, ws.title)  # headings on every printed page
        self.assertEqual(self.wb["Data"].freeze_panes, "A2")
        self.assertEqual(self.wb["Findings"].freeze_panes, "A4")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--fundbook", required=True)
    ap.add_argument("--source-dir", required=True)
    args, rest = ap.parse_known_args()
    Env.fundbook, Env.source_dir = os.path.abspath(args.fundbook), os.path.abspath(args.source_dir)
    unittest.main(argv=[sys.argv[0], *rest], verbosity=2)
