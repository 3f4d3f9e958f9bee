#!/bin/bash
# Rebuild all resume PDFs from gen/fNN.tex.  Usage (from written8/): bash gen/build.sh
set -u
GEN="$(cd "$(dirname "$0")" && pwd)"
OUT="$GEN/../resumes"
TXT="$GEN/../text"
mkdir -p "$OUT" "$TXT"
TMP="$(mktemp -d)"
fail=0
for src in "$GEN"/f[0-9][0-9].tex; do
  b="$(basename "$src" .tex)"
  cp "$src" "$TMP/"
  cp "$GEN"/*.sty "$TMP/" 2>/dev/null || true
  ( cd "$TMP" && for pass in 1 2; do
      pdflatex -interaction=nonstopmode -halt-on-error "$b.tex" >/dev/null 2>&1 || exit 1
    done )
  if [ $? -eq 0 ] && [ -s "$TMP/$b.pdf" ]; then
    cp "$TMP/$b.pdf" "$OUT/$b.pdf"
    pdftotext -layout "$OUT/$b.pdf" "$TXT/$b.txt"
    echo "ok   $b ($(pdfinfo "$OUT/$b.pdf" 2>/dev/null | awk '/^Pages/{print $2}') p.)"
  else
    echo "FAIL $b (see $TMP/$b.log)"; grep -m3 -A2 '^!' "$TMP/$b.log"
    fail=1
  fi
  rm -f "$TMP/$b".{aux,log,out,pdf}
done
[ $fail -eq 0 ] && rm -rf "$TMP"
exit $fail
