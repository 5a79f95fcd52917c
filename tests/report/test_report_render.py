#!/usr/bin/env python3
"""The report as it prints (LibreOffice to PDF, poppler's word boxes): one
test per layout defect issue 20 found on the printed pages. Exit 77 (skip)
where LibreOffice or poppler is missing; make deps-test installs both, and the
fonts with Arial's metrics the layout is measured in."""
import argparse
import os
import shutil
import subprocess
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pdf_words import line_of, pages  # noqa: E402
from report_support import Env, libreoffice, report, tmpdir, to_pdf  # noqa: E402


def find(words, text):
    found = [w for w in words if w.text == text]
    assert found, f"no word {text!r} on the page"
    return found[0]


class Printed(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.xlsx = report(["samples"], os.path.join(tmpdir(), "monitoring-report.xlsx"))
        cls.pdf = to_pdf(cls.xlsx)
        cls.pages = pages(cls.pdf)

    def sheet(self, name):
        found = [w for s, w in self.pages if s == name]
        self.assertTrue(found, f"no printed page for {name}")
        return found

    def test_every_sheet_printed_with_its_name_in_the_footer(self):
        self.assertEqual(sorted({s for s, _ in self.pages}),
                         sorted(["GPC appendix", "Scheme profiles", "Monitoring", "Findings", "Data", "Chart"]))

    def test_first_row_clears_the_heading(self):
        # The first row's text had touched the heading's border (0.2 pt apart).
        words = self.sheet("GPC appendix")[0]
        heading = find(words, "2016-17")
        first = min((w for w in words if w.x0 < heading.x0 and w.y0 > heading.y1 - 1), key=lambda w: w.y0)
        self.assertGreaterEqual(first.y0 - heading.y1, 1.0, f"{heading} {first}")

    def test_total_on_the_line_of_its_years(self):
        # TOTAL had sat 1.5 pt below the year figures on every profile line.
        lines = 0
        for words in self.sheet("Scheme profiles"):
            reference = find(words, "Reference")  # the headings repeat on every page
            for label in (w for w in words if w.text in ("Investment", "Saving") and w.x0 > reference.x1):
                figures = [w for w in line_of(words, label) if w.x0 > label.x1]
                self.assertGreaterEqual(len(figures), 7, label)  # six years and TOTAL
                for f in figures:
                    self.assertAlmostEqual(f.y0, label.y0, delta=0.3, msg=f"{label} {f}")
                lines += 1
        self.assertGreater(lines, 40)

    def test_findings_difference_clear_of_message(self):
        words = self.sheet("Findings")[0]
        diff, msg = find(words, "Difference"), find(words, "Message")
        self.assertGreaterEqual(msg.x0 - diff.x1, 3, f"{diff} {msg}")
        # Every figure in the Difference column clear of the message beside it.
        figures = [w for w in words if abs(w.x1 - diff.x1) < 1 and w.y0 > diff.y1]
        self.assertEqual(len(figures), 3)
        for f in figures:
            beside = [w for w in line_of(words, f) if w.x0 > f.x1]
            self.assertTrue(beside)
            self.assertGreaterEqual(min(w.x0 for w in beside) - f.x1, 3, f)

    def test_monitoring_variance_clear_of_commentary(self):
        words = self.sheet("Monitoring")[0]
        var, prog = find(words, "Variance"), find(words, "Progress")
        self.assertGreaterEqual(prog.x0 - var.x1, 3, f"{var} {prog}")
        figures = [w for w in words if abs(w.x1 - var.x1) < 1 and w.y0 > var.y1]
        self.assertGreaterEqual(len(figures), 5)
        for f in figures:
            beside = [w for w in line_of(words, f) if w.x0 > f.x1 and w.x0 < prog.x0 + 200]
            for w in beside:
                self.assertGreaterEqual(w.x0 - f.x1, 3, f"{f} {w}")
        # The RAG rating after the commentary: clear of the commentary's longest lines.
        rag = [w for w in words if w.text == "RAG"][-1]  # the exceptions' heading, not "RAG Rating"
        ratings = [w for w in words if w.text in ("Red", "Amber") and w.x0 >= rag.x0 - 1]
        self.assertGreaterEqual(len(ratings), 5)
        commentary = [w for w in words if prog.x0 - 1 <= w.x0 < rag.x0 - 1 and w.y0 > prog.y1]
        self.assertGreaterEqual(min(r.x0 for r in ratings) - max(w.x1 for w in commentary), 3)

    def fonts_used(self, sheet):
        """The font families of the text on the sheet's pages (pdftohtml's XML)."""
        import re
        families = set()
        for number in [i + 1 for i, (s, _) in enumerate(self.pages) if s == sheet]:
            xml = subprocess.run(["pdftohtml", "-xml", "-i", "-stdout", "-f", str(number), "-l", str(number), self.pdf],
                                 check=True, capture_output=True, text=True).stdout
            spec = {m.group(1): m.group(2).split("+")[-1]
                    for m in re.finditer(r'<fontspec id="(\d+)" size="[\d.]+" family="([^"]+)"', xml)}
            families |= {spec[f] for f in re.findall(r'<text [^>]*font="(\d+)"', xml)}
        return families

    def test_data_printed_in_one_font(self):
        # Calibri 11 text had stood beside Arial 10 amounts on every Data page.
        # Liberation Sans is Arial's metric twin on Debian.
        self.assertEqual(self.fonts_used("Data"), {"LiberationSans"})

    def test_chart_and_footers_in_the_report_font(self):
        # The chart's words and every footer had been in Calibri.
        for sheet in ("Chart", "GPC appendix", "Findings"):
            self.assertEqual(self.fonts_used(sheet), {"LiberationSans"}, sheet)

if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--fundbook", required=True)
    ap.add_argument("--source-dir", required=True)
    args, rest = ap.parse_known_args()
    Env.fundbook, Env.source_dir = os.path.abspath(args.fundbook), os.path.abspath(args.source_dir)
    if not libreoffice() or not shutil.which("pdftotext") or not shutil.which("pdffonts"):
        print("LibreOffice or poppler-utils is not installed (make deps-test installs them)")
        sys.exit(77)
    unittest.main(argv=[sys.argv[0], *rest], verbosity=2)
