"""Words on printed pages with their boxes (pdftotext -bbox), by sheet."""
import html
import re
import subprocess

WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')


class Word:
    def __init__(self, m):
        self.x0, self.y0, self.x1, self.y1 = (float(m.group(i)) for i in range(1, 5))
        self.text = html.unescape(m.group(5))

    def __repr__(self):
        return f"{self.text}@({self.x0:.1f},{self.y0:.1f})-({self.x1:.1f},{self.y1:.1f})"


def pages(pdf):
    """[(sheet named in the footer, [Word...])] in page order."""
    out = subprocess.run(["pdftotext", "-bbox", pdf, "-"], check=True, capture_output=True, text=True).stdout
    result = []
    for page in out.split("<page ")[1:]:
        height = float(re.match(r'width="[\d.]+" height="([\d.]+)"', page).group(1))
        words = [Word(m) for m in WORD.finditer(page)]
        # The footer: "<title> - <sheet>", the date, "Page n of m".
        footer = " ".join(w.text for w in sorted((w for w in words if w.y0 > height - 50), key=lambda w: w.x0))
        m = re.search(r" - (.*?) \d{1,2} \w+ \d{4}", footer)
        result.append((m.group(1) if m else "", [w for w in words if w.y0 <= height - 50]))
    return result


def sheet_pages(pdf, sheet):
    return [w for s, w in pages(pdf) if s == sheet]


def line_of(words, word):
    """The words whose vertical middle is within the word's box."""
    return [w for w in words if word.y0 <= (w.y0 + w.y1) / 2 <= word.y1]
