"""Hard-wrap a pasted form answer at ~80 columns, the way a text box with wrap=hard returns it.
Bulleted lines ("- ") get a two-space hanging indent. Usage: hardwrap.py IN OUT [WIDTH]"""
import sys
import textwrap

src, dst = sys.argv[1], sys.argv[2]
width = int(sys.argv[3]) if len(sys.argv) > 3 else 79
out = []
for line in open(src, encoding="utf-8").read().splitlines():
    if len(line) <= width:
        out.append(line.rstrip())
        continue
    indent = "  " if line.startswith("- ") else ""
    out.extend(textwrap.wrap(line, width=width, subsequent_indent=indent,
                             break_long_words=False, break_on_hyphens=False))
with open(dst, "w", encoding="utf-8", newline="\r\n") as f:
    f.write("\n".join(out) + "\n")
