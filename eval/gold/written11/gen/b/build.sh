#!/bin/bash
# Rebuild writer b's resumes i13-i24 of written11 and their labeller text copies.
# Needs: python3 (stdlib only), chromium, pdftotext (poppler-utils).
# Touches only resumes/i13..i24.* and text/i13..i24.txt (i01-i12 belong to writer a).
set -e
B="$(dirname "$(readlink -f "$0")")"
cd "$B/../.."
mkdir -p resumes text
for n in $(seq 13 24); do rm -f resumes/i$n.* text/i$n.txt; done

# PDFs from online-resume-builder style HTML (the HTML itself is not shipped)
for id in i13 i16 i19 i22; do
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --no-pdf-header-footer \
    --user-data-dir=/tmp/chr-b --print-to-pdf="$PWD/resumes/$id.pdf" "file://$B/src/$id.html" 2>/dev/null
  pdftotext -layout "resumes/$id.pdf" "text/$id.txt"
done

# DOCX (i14 two-column table, i17 heading styles, i20 typed bullets + tabs)
python3 "$B/docx_build.py" i14 i17 i20

# HTML pages (personal site, hosted resume page saved from a browser)
for id in i15 i21; do
  cp "$B/src/$id.html" "resumes/$id.html"
  python3 "$B/htmltext.py" "resumes/$id.html" "text/$id.txt"
done

# JSON Resume
cp "$B/src/i18.json" resumes/i18.json
python3 "$B/jsonresume_text.py" resumes/i18.json text/i18.txt

# plain text (application-form paste, Notepad file)
for id in i23 i24; do
  cp "$B/src/$id.txt" "resumes/$id.txt"
  cp "$B/src/$id.txt" "text/$id.txt"
done
ls resumes/i1[3-9].* resumes/i2[0-4].* | wc -l
