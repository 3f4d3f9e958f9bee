#!/usr/bin/env bash
# Rebuild the written12 "a" resumes from the sources in this folder.
# Writes ONLY: ../../resumes/j01..j12.*, ../../text/j01..j12.txt and ./build/
# Needs: chromium, pdftotext/pdfinfo (poppler-utils), python3, soffice (LibreOffice, only for the DOCX check).
set -euo pipefail

A="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$A/../.." && pwd)"
RES="$ROOT/resumes"
TXT="$ROOT/text"
BUILD="$A/build"

mkdir -p "$RES" "$TXT"
rm -rf "$BUILD"
mkdir -p "$BUILD"
for n in 01 02 03 04 05 06 07 08 09 10 11 12; do
  rm -f "$RES"/j$n.pdf "$RES"/j$n.md "$RES"/j$n.txt "$RES"/j$n.docx "$TXT"/j$n.txt
done

# --- j01-j07: HTML -> PDF with headless Chromium (no header/footer), then pdftotext -layout
for n in 01 02 03 04 05 06 07; do
  timeout 180 chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --user-data-dir="$BUILD/chrome-profile" \
    --print-to-pdf="$RES/j$n.pdf" "file://$A/j$n.html" >"$BUILD/chromium-j$n.log" 2>&1
  pdftotext -layout "$RES/j$n.pdf" "$TXT/j$n.txt"
done

# --- j08-j09: Markdown files are uploaded as they are
for n in 08 09; do
  cp "$A/j$n.md" "$RES/j$n.md"
  cp "$A/j$n.md" "$TXT/j$n.txt"
done

# --- j10-j11: plain-text files are uploaded as they are
for n in 10 11; do
  cp "$A/j$n.txt" "$RES/j$n.txt"
  cp "$A/j$n.txt" "$TXT/j$n.txt"
done

# --- j12: hand-written WordprocessingML -> DOCX (+ reading-order text)
python3 "$A/j12_docx.py" "$RES/j12.docx" "$TXT/j12.txt"
# validity check: LibreOffice must open it and convert it (output stays in build/)
timeout 300 soffice -env:UserInstallation="file://$BUILD/lo-profile" --headless \
  --convert-to pdf --outdir "$BUILD" "$RES/j12.docx" >"$BUILD/soffice.log" 2>&1
test -s "$BUILD/j12.pdf" || { echo "LibreOffice could not convert j12.docx" >&2; exit 1; }

# --- checks
fail=0
for n in 01 02 03 04 05 06 07; do
  pages=$(pdfinfo "$RES/j$n.pdf" | awk '/^Pages:/{print $2}')
  chars=$(wc -c <"$TXT/j$n.txt")
  if [ "$pages" -lt 1 ] || [ "$pages" -gt 2 ]; then echo "j$n: $pages pages (want 1-2)"; fail=1; fi
  if [ "$chars" -lt 1500 ]; then echo "j$n: only $chars chars of text"; fail=1; fi
  # Chromium's default header/footer would print the file URL, page title and the date
  if grep -Eq 'file://|\.html|[0-9]{1,2}/[0-9]{1,2}/[0-9]{2,4}, [0-9]{1,2}:[0-9]{2}' "$TXT/j$n.txt"; then
    echo "j$n: header/footer text found"; fail=1
  fi
  echo "j$n.pdf: $pages page(s), $chars chars of text"
done
lo_pages=$(pdfinfo "$BUILD/j12.pdf" | awk '/^Pages:/{print $2}')
echo "j12.docx: opens in LibreOffice ($lo_pages page(s)), $(wc -l <"$TXT/j12.txt") text lines"
for n in 08 09 10 11; do echo "j$n: $(wc -l <"$TXT/j$n.txt") lines"; done
exit $fail
