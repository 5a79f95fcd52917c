#!/usr/bin/env bash
# Renders the first page of each report sheet to docs/report-*.png, through
# LibreOffice (PDF) and pdftoppm, from the report fundbook writes for samples/.
set -euo pipefail
build=${1:-build}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
SOURCE_DATE_EPOCH=1522108800 "./$build/fundbook" report samples/ -o "$tmp/monitoring-report.xlsx" >/dev/null || true
libreoffice -env:UserInstallation="file://$tmp/profile" --headless --convert-to pdf --outdir "$tmp" "$tmp/monitoring-report.xlsx" >/dev/null 2>&1
mkdir -p docs
pages=$(pdfinfo "$tmp/monitoring-report.pdf" | awk '/^Pages:/ {print $2}')
for sheet in "GPC appendix" "Scheme profiles" "Monitoring" "Findings" "Data" "Chart"; do
  for ((p = 1; p <= pages; p++)); do
    if pdftotext -f "$p" -l "$p" "$tmp/monitoring-report.pdf" - | grep -q -- "- $sheet"; then
      name=$(echo "$sheet" | tr 'A-Z ' 'a-z-')
      pdftoppm -f "$p" -l "$p" -r 70 -png -singlefile "$tmp/monitoring-report.pdf" "docs/report-$name"
      break
    fi
  done
done
ls docs/report-*.png
