"""Reproduce the ragged wrapping of a CV pasted into an email: the writer's
editor hard-wrapped lines at 76 characters, then the mail client re-wrapped
each line at 70 without joining, leaving short orphan lines."""
import sys
import textwrap

out = []
for line in open(sys.argv[1], encoding="utf-8").read().splitlines():
    first = textwrap.wrap(line, 76, break_long_words=False, break_on_hyphens=False) or [""]
    for l in first:
        out.extend(textwrap.wrap(l, 70, break_long_words=False, break_on_hyphens=False) or [""])
open(sys.argv[2], "w", encoding="utf-8", newline="\r\n").write("\n".join(out) + "\n")
