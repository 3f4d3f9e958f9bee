#!/bin/bash
# Rebuild writer a's resumes i01-i12 and their labeller text copies from scratch.
# Needs: python3 (stdlib only; DOCX via ../../../written6/gen/docxlib.py),
#        LibreOffice (soffice) with the private profile /tmp/lo-a, poppler-utils
#        (pdftotext). The Word-look PDFs use Calibri, which LibreOffice renders
#        with the metric-compatible Carlito font (Debian: fonts-crosextra-carlito).
# Touches only resumes/i01..i12.*, text/i01..i12.txt and gen/a/build/.
set -e
export PYTHONDONTWRITEBYTECODE=1
cd "$(dirname "$(readlink -f "$0")")/../.."
mkdir -p resumes text gen/a/build
for n in 01 02 03 04 05 06 07 08 09 10 11 12; do
  rm -f resumes/i$n.* text/i$n.txt gen/a/build/i$n.*
done
python3 gen/a/make.py
for id in i01 i04 i07 i10; do          # Word documents saved as PDF
  soffice -env:UserInstallation=file:///tmp/lo-a --headless --convert-to pdf \
    --outdir resumes "gen/a/build/$id.docx" >/dev/null 2>&1
  test -s "resumes/$id.pdf"
  pdftotext -layout "resumes/$id.pdf" "text/$id.txt"
done
ls resumes/i0[1-9].* resumes/i1[0-2].* text/i0[1-9].txt text/i1[0-2].txt
