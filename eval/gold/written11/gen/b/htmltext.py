"""Visible text of an HTML resume page for the labeller copy (stdlib HTMLParser).

One block element per line (h1-h6, p, li, div with text, tr, header/footer/nav/section...),
list items prefixed "• ", table cells of a row joined with " | ", no markup;
<head>, <style> and <script> dropped.
usage: python3 htmltext.py IN.html OUT.txt
"""
import re
import sys
from html.parser import HTMLParser

BLOCK = {'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'li', 'div', 'tr', 'header', 'footer', 'nav',
         'section', 'article', 'aside', 'main', 'ul', 'ol', 'table', 'thead', 'tbody', 'br', 'dt', 'dd',
         'dl', 'address', 'blockquote', 'figure', 'figcaption', 'hr', 'body', 'html'}
SKIP = {'head', 'style', 'script', 'noscript', 'template', 'title'}


class Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines = []
        self.buf = []
        self.prefix = ''
        self.skip = 0
        self.cells = None   # list of cell strings while inside a <tr>

    def flush(self):
        t = re.sub(r'\s+', ' ', ''.join(self.buf)).strip()
        self.buf = []
        if self.cells is not None:
            if t:
                self.cells[-1] = (self.cells[-1] + ' ' + t).strip() if self.cells else t
            return
        if t:
            self.lines.append(self.prefix + t)
        self.prefix = ''

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
            return
        if self.skip:
            return
        if tag == 'tr':
            self.flush()
            self.cells = []
            return
        if tag in ('td', 'th') and self.cells is not None:
            self.flush()
            self.cells.append('')
            return
        if tag in BLOCK:
            self.flush()
            if tag == 'li':
                self.prefix = '• '
        elif tag == 'img':
            alt = dict(attrs).get('alt')
            if alt:
                self.buf.append(alt)

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if self.skip:
            return
        if tag == 'tr' and self.cells is not None:
            self.flush()
            row = ' | '.join(c for c in self.cells if c)
            self.cells = None
            if row:
                self.lines.append(row)
            return
        if tag in ('td', 'th') and self.cells is not None:
            self.flush()
            return
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def html_to_text(src):
    p = Text()
    p.feed(src)
    p.close()
    p.flush()
    return '\n'.join(p.lines) + '\n'


if __name__ == '__main__':
    with open(sys.argv[1], encoding='utf-8') as f:
        out = html_to_text(f.read())
    with open(sys.argv[2], 'w', encoding='utf-8') as f:
        f.write(out)
