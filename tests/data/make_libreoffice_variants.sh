#!/usr/bin/env bash
# The samples as LibreOffice saves them, in each format it writes: .xls
# (BIFF8), .ods and .xlsx. Run from the project root; needs libreoffice.
set -euo pipefail
out=tests/data/libreoffice
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
mkdir -p "$out"
for f in samples/*.xlsx; do
  for fmt in xls ods; do
    libreoffice -env:UserInstallation="file://$profile" --headless --convert-to "$fmt" --outdir "$out" "$f" >/dev/null 2>&1
  done
  # An .xlsx written by LibreOffice (not by libxlsxwriter): round-trip through ods.
  base=$(basename "$f" .xlsx)
  mkdir -p "$profile/x"
  libreoffice -env:UserInstallation="file://$profile" --headless --convert-to xlsx --outdir "$profile/x" "$out/$base.ods" >/dev/null 2>&1
  cp "$profile/x/$base.xlsx" "$out/$base.lo.xlsx"
done
ls -la "$out"
