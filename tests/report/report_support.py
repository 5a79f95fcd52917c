"""What the report tests share: writing a report with fundbook, and reading it
back as Excel's readers do (openpyxl) or as it prints (LibreOffice, poppler)."""
import atexit
import os
import shutil
import subprocess
import tempfile
import zipfile

SAMPLES_EPOCH = "1522108800"  # 27 March 2018, the Q3 2017/18 paper's date


class Env:
    fundbook = None
    source_dir = None


_made = []


@atexit.register
def _remove_tmpdirs():
    # As the C++ tests do: removed when the run ends; FUNDBOOK_KEEP_TEST_DIRS=1 keeps them.
    if os.environ.get("FUNDBOOK_KEEP_TEST_DIRS") != "1":
        for d in _made:
            shutil.rmtree(d, ignore_errors=True)


def tmpdir():
    d = tempfile.mkdtemp(prefix="fundbook-report-test-")
    _made.append(d)
    return d


def copy_samples(to):
    os.makedirs(to, exist_ok=True)
    for name in sorted(os.listdir(os.path.join(Env.source_dir, "samples"))):
        if name.endswith(".xlsx"):
            shutil.copy(os.path.join(Env.source_dir, "samples", name), to)
    return to


def report(inputs, out, epoch=SAMPLES_EPOCH, cwd=None, extra=()):
    env = dict(os.environ)
    env.pop("SOURCE_DATE_EPOCH", None)
    if epoch is not None:
        env["SOURCE_DATE_EPOCH"] = epoch
    r = subprocess.run([Env.fundbook, "report", *inputs, "-o", out, "-q", *extra], cwd=cwd or Env.source_dir,
                       env=env, capture_output=True, text=True)
    # 1: findings (the samples carry three wrong totals on purpose).
    assert r.returncode in (0, 1), r.stderr
    assert os.path.exists(out if os.path.isabs(out) else os.path.join(cwd or Env.source_dir, out))
    return out


def drawing_xml(path):
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n).decode("utf-8") for n in z.namelist() if n.startswith("xl/drawings/drawing")}


def libreoffice():
    for p in ("/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/lib/libreoffice/program/soffice"):
        if os.path.exists(p):
            return p
    return None


def to_pdf(xlsx):
    out = tmpdir()
    profile = tmpdir()
    subprocess.run([libreoffice(), "-env:UserInstallation=file://" + profile, "--headless", "--convert-to", "pdf",
                    "--outdir", out, xlsx], check=True, capture_output=True)
    pdf = os.path.join(out, os.path.splitext(os.path.basename(xlsx))[0] + ".pdf")
    assert os.path.exists(pdf), "LibreOffice wrote no PDF"
    return pdf
