#!/bin/bash
# Rebuild all HTML, PDFs and text extractions for written9.
set -e
cd "$(dirname "$0")/.."
python3 gen/render.py
for h in gen/html/g*.html; do
  id=$(basename "$h" .html)
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run --no-pdf-header-footer --print-to-pdf="resumes/$id.pdf" "file://$PWD/$h" 2>/dev/null
  pdftotext -layout "resumes/$id.pdf" "text/$id.txt"
done
ls resumes | wc -l
