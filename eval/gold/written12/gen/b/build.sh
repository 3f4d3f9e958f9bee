#!/usr/bin/env bash
# Rebuild writer-b's resumes j13..j24 from the sources in this folder.
# Touches only ../../resumes/j13..j24.*, ../../text/j13..j24.txt and ./build/.
# Needs: python3 (stdlib only), LibreOffice (soffice), chromium, poppler-utils (pdftotext, pdfinfo).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"          # .../eval/gold/written12
OUT="$ROOT/resumes"; TXT="$ROOT/text"; B="$HERE/build"
LO_PROFILE="file:///tmp/lo-b"
CHROME_PROFILE="/tmp/chromium-b"
mkdir -p "$OUT" "$TXT" "$B"
cd "$HERE"

ids="j13 j14 j15 j16 j17 j18 j19 j20 j21 j22 j23 j24"
for id in $ids; do rm -f "$OUT/$id".* "$TXT/$id.txt"; done
rm -rf "$B"; mkdir -p "$B"

soffice_pdf() {  # $1 = docx in build/, writes build/<name>.pdf
  soffice -env:UserInstallation="$LO_PROFILE" --headless --convert-to pdf --outdir "$B" "$1" >/dev/null 2>&1
}
chrome_pdf() {   # $1 = html source, $2 = pdf out
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --user-data-dir="$CHROME_PROFILE" --print-to-pdf="$2" "file://$HERE/$1" >/dev/null 2>&1
}

# --- Word documents saved as PDF (j13-j15) ---------------------------------
for id in j13 j14 j15; do
  python3 "$id.py" "$B/$id.docx"
  soffice_pdf "$B/$id.docx"
  cp "$B/$id.pdf" "$OUT/$id.pdf"
done

# --- Word document uploaded as .docx (j20) ---------------------------------
python3 j20.py "$B/j20.docx"
cp "$B/j20.docx" "$OUT/j20.docx"
soffice_pdf "$B/j20.docx"                      # check that LibreOffice opens it
python3 docxlib.py "$OUT/j20.docx" > "$TXT/j20.txt"

# --- HTML printed to PDF by Chromium ---------------------------------------
for id in j16 j17 j18 j19 j23 j24; do
  chrome_pdf "$id.html" "$B/$id.pdf"
  cp "$B/$id.pdf" "$OUT/$id.pdf"
done

# --- plain text pasted into an email (j21) ---------------------------------
python3 wrap_email.py j21_raw.txt "$OUT/j21.txt"
cp "$OUT/j21.txt" "$TXT/j21.txt"

# --- personal web page (j22) ------------------------------------------------
cp j22.html "$OUT/j22.html"
python3 html_text.py "$OUT/j22.html" > "$TXT/j22.txt"

# --- text of the PDFs --------------------------------------------------------
for id in j13 j14 j15 j16 j17 j18 j19 j23 j24; do
  pdftotext -layout "$OUT/$id.pdf" "$TXT/$id.txt"
done

# --- checks --------------------------------------------------------------------
fail=0
for id in j13 j14 j15 j16 j17 j18 j19 j23 j24; do
  pages=$(pdfinfo "$OUT/$id.pdf" | awk '/^Pages:/{print $2}')
  words=$(wc -w < "$TXT/$id.txt")
  if [ "$words" -lt 200 ]; then echo "FAIL $id: only $words words of text"; fail=1; fi
  if grep -qiE 'file://|\.html|/work/|/tmp/' "$TXT/$id.txt"; then echo "FAIL $id: path in printed text"; fail=1; fi
  echo "ok   $id.pdf  pages=$pages words=$words"
done
if [ ! -s "$B/j20.pdf" ]; then echo "FAIL j20: LibreOffice could not open the docx"; fail=1; fi
echo "ok   j20.docx pages(LibreOffice)=$(pdfinfo "$B/j20.pdf" | awk '/^Pages:/{print $2}') words=$(wc -w < "$TXT/j20.txt")"
echo "ok   j21.txt  lines=$(wc -l < "$TXT/j21.txt") longest=$(awk '{ if (length($0)>m) m=length($0) } END {print m}' "$OUT/j21.txt")"
echo "ok   j22.html words=$(wc -w < "$TXT/j22.txt")"
exit $fail
