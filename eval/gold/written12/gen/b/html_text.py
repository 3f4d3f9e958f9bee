"""Visible text of an HTML page, one block element per line.
Skips <head>, <script>, <style>, <template>, [hidden], aria-hidden and
visually-hidden / sr-only elements (e.g. a 'Skip to content' link)."""
import sys
from html.parser import HTMLParser

BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "header", "footer",
         "main", "nav", "section", "article", "aside", "ul", "ol", "dl", "table", "tr", "br",
         "blockquote", "pre", "figure", "figcaption", "address", "hr", "body", "html", "td", "th"}
SKIP = {"head", "script", "style", "template", "noscript"}
VOID = {"br", "hr", "img", "meta", "link", "input", "source", "wbr"}
HIDDEN_CLASSES = {"visually-hidden", "sr-only", "screen-reader-text"}


class V(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []       # (tag, hidden)
        self.lines, self.cur = [], ""

    def hidden(self):
        return any(h for _, h in self.stack)

    def flush(self):
        t = " ".join(self.cur.split())
        if t:
            self.lines.append(t)
        self.cur = ""

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        cls = set((a.get("class") or "").split())
        hid = (tag in SKIP or "hidden" in a or a.get("aria-hidden") == "true" or bool(cls & HIDDEN_CLASSES))
        if tag in BLOCK:
            self.flush()
        if tag not in VOID:
            self.stack.append((tag, hid))

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        while self.stack:
            t, _ = self.stack.pop()
            if t == tag:
                break
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.hidden():
            self.cur += data


p = V()
p.feed(open(sys.argv[1], encoding="utf-8").read())
p.flush()
sys.stdout.write("\n".join(p.lines) + "\n")
