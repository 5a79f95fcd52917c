#!/bin/bash
# LibreOffice-recalculated copies of the openpyxl workbooks (formulas saved with the value
# each range gives: a short range's saved total is the short sum), as *-lo.xlsx beside them.
# usage: bash tests/data/short_range_blocks/make_lo_copies.sh   (needs libreoffice)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for name in mtfp-right mtfp-wrong mtfp-first-wrong mtfp-total-row-wrong grants-wrong; do
  libreoffice -env:UserInstallation=file://"$tmp"/profile --headless --convert-to xlsx \
    --outdir "$tmp"/out "$here/$name.xlsx" >/dev/null 2>&1
  mv "$tmp/out/$name.xlsx" "$here/$name-lo.xlsx"
done
