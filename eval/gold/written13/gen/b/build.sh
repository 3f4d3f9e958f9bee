#!/usr/bin/env bash
# Rebuild writer-b's resumes k13..k24 of written13 from the sources in this folder.
# Writes only ../../resumes/k13..k24.*, ../../text/k13..k24.txt and ./build/ (scratch).
# Needs: python3 (stdlib only), chromium, LibreOffice (soffice), poppler-utils (pdftotext, pdfinfo).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"          # .../eval/gold/written13
OUT="$ROOT/resumes"; TXT="$ROOT/text"; B="$HERE/build"
LO_PROFILE="file:///tmp/lo-w13b"
CHROME_PROFILE="/tmp/chromium-w13b"
cd "$HERE"
# The Word writer and reader are written12's (eval/gold/written12/gen/b/docxlib.py), shared, not copied.
DOCXLIB_DIR="$(cd "$HERE/../../../written12/gen/b" && pwd)"
export PYTHONPATH="$DOCXLIB_DIR${PYTHONPATH:+:$PYTHONPATH}"
mkdir -p "$OUT" "$TXT"

ids="k13 k14 k15 k16 k17 k18 k19 k20 k21 k22 k23 k24"
for id in $ids; do rm -f "$OUT/$id".* "$TXT/$id.txt"; done
rm -rf "$B"; mkdir -p "$B"

chrome_pdf() {   # $1 = html source in this folder, $2 = pdf out
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --user-data-dir="$CHROME_PROFILE" --print-to-pdf="$2" "file://$HERE/$1" >/dev/null 2>&1
}
soffice_pdf() {  # $1 = docx in build/, writes build/<name>.pdf
  soffice -env:UserInstallation="$LO_PROFILE" --headless --convert-to pdf --outdir "$B" "$1" >/dev/null 2>&1
}

# --- HTML printed to PDF by Chromium ---------------------------------------------
CHROME_IDS="k13 k15 k17 k19 k21 k22 k24"
for id in $CHROME_IDS; do
  chrome_pdf "$id.html" "$B/$id.pdf"
  cp "$B/$id.pdf" "$OUT/$id.pdf"
done

# --- Word documents saved as PDF with LibreOffice ----------------------------------
LO_IDS="k14 k18"
for id in $LO_IDS; do
  python3 "$id.py" "$B/$id.docx"
  soffice_pdf "$B/$id.docx"
  cp "$B/$id.pdf" "$OUT/$id.pdf"
done

# --- Word documents uploaded as .docx ------------------------------------------------
DOCX_IDS="k16 k20"
for id in $DOCX_IDS; do
  python3 "$id.py" "$B/$id.docx"
  cp "$B/$id.docx" "$OUT/$id.docx"
  soffice_pdf "$B/$id.docx"                  # only to prove LibreOffice opens it
  python3 "$DOCXLIB_DIR/docxlib.py" "$OUT/$id.docx" > "$TXT/$id.txt"
done

# --- plain text pasted from a web form, hard-wrapped (k23) ---------------------------
python3 hardwrap.py k23_raw.txt "$OUT/k23.txt" 79
cp "$OUT/k23.txt" "$TXT/k23.txt"

# --- text of the PDFs ------------------------------------------------------------------
PDF_IDS="$CHROME_IDS $LO_IDS"
for id in $PDF_IDS; do
  pdftotext -layout "$OUT/$id.pdf" "$TXT/$id.txt"
done

# --- checks ------------------------------------------------------------------------------
fail=0
for id in $PDF_IDS; do
  pages=$(pdfinfo "$OUT/$id.pdf" | awk '/^Pages:/{print $2}')
  size=$(pdfinfo "$OUT/$id.pdf" | awk -F': *' '/^Page size:/{print $2}')
  words=$(wc -w < "$TXT/$id.txt")
  if [ "$words" -lt 200 ]; then echo "FAIL $id: only $words words of text"; fail=1; fi
  if [ "$pages" -lt 1 ] || [ "$pages" -gt 3 ]; then echo "FAIL $id: $pages pages"; fail=1; fi
  if grep -qiE 'file:|\.html|/work/|/tmp/|[0-9]{1,2}/[0-9]{1,2}/[0-9]{2,4},? [0-9]{1,2}:[0-9]{2}' "$TXT/$id.txt"; then
    echo "FAIL $id: browser header/footer or path in printed text"; fail=1; fi
  echo "ok   $id.pdf   pages=$pages words=$words size=$size"
done
for id in $DOCX_IDS; do
  if [ ! -s "$B/$id.pdf" ]; then echo "FAIL $id: LibreOffice could not open the docx"; fail=1; fi
  echo "ok   $id.docx  pages(LibreOffice)=$(pdfinfo "$B/$id.pdf" | awk '/^Pages:/{print $2}') words=$(wc -w < "$TXT/$id.txt")"
done
longest=$(tr -d '\r' < "$OUT/k23.txt" | awk '{ if (length($0)>m) m=length($0) } END {print m}')
if [ "$longest" -gt 80 ]; then echo "FAIL k23: line of $longest chars"; fail=1; fi
echo "ok   k23.txt   lines=$(wc -l < "$OUT/k23.txt") longest=$longest words=$(wc -w < "$TXT/k23.txt")"
exit $fail
