#!/bin/bash
# Rebuild all 24 written10 resumes and their labeller text copies from gen/.
# Needs: python3 (stdlib only), chromium, pdftotext (poppler-utils).
set -e
cd "$(dirname "$(readlink -f "$0")")/.."
mkdir -p resumes text gen/html
python3 gen/gdocs.py          # Google Docs template look-alikes -> gen/html
python3 gen/canva.py          # Canva-style designs -> gen/html
for h in gen/html/h*.html; do
  id=$(basename "$h" .html)
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --no-pdf-header-footer \
    --print-to-pdf="$PWD/resumes/$id.pdf" "file://$PWD/$h" 2>/dev/null
  pdftotext -layout "resumes/$id.pdf" "text/$id.txt"
done
python3 gen/docx_build.py     # DOCX files + text/hNN.txt extractions
for s in gen/src/h*.txt gen/src/h*.md; do
  b=$(basename "$s"); id=${b%.*}
  cp "$s" "resumes/$b"
  cp "$s" "text/$id.txt"
done
ls resumes | wc -l
