"""Shared helpers for writer a (i01-i12). Python 3 stdlib only.

docxlib is the stdlib DOCX writer from written6; it is imported by path and
never edited.
"""
import importlib.util
import os
import re
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..'))       # .../written11
RESUMES = os.path.join(ROOT, 'resumes')
TEXT = os.path.join(ROOT, 'text')
BUILD = os.path.join(HERE, 'build')                          # intermediate DOCX for the PDFs
DOCXLIB = os.path.normpath(os.path.join(ROOT, '..', 'written6', 'gen', 'docxlib.py'))

_spec = importlib.util.spec_from_file_location('docxlib', DOCXLIB)
dx = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(dx)

for _d in (RESUMES, TEXT, BUILD):
    os.makedirs(_d, exist_ok=True)


def write(path, s):
    with open(path, 'w', encoding='utf-8') as f:
        f.write(s)


# ---- DOCX -> labeller text ---------------------------------------------------

_SYMS = ('– ', '➢ ', '✓ ', '▪ ')


def docx_text(path):
    """Paragraphs and table cells in reading order, one paragraph per line.

    Built on docxlib.extract_text; list symbols and typed bullets are shown as
    '• ', and runs of tabs (used for dates and aligned fields) as four spaces.
    """
    raw = dx.extract_text(path)
    out = []
    for line in raw.split('\n'):
        stripped = line.lstrip(' ')
        lead = line[:len(line) - len(stripped)]
        for s in _SYMS:
            if stripped.startswith(s):
                stripped = '• ' + stripped[len(s):]
        stripped = re.sub(r'^[•\-\*]\t+', '• ', stripped)      # typed bullet + tab
        line = lead + stripped
        line = re.sub(r'\t+', '    ', line).rstrip()
        out.append(line)
    return '\n'.join(out).strip() + '\n'


# ---- HTML -> labeller text ---------------------------------------------------

BLOCKS = {'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'li', 'div', 'tr', 'header', 'footer', 'nav',
          'section', 'article', 'aside', 'main', 'ul', 'ol', 'dl', 'dt', 'dd', 'table', 'blockquote',
          'address', 'figure', 'figcaption', 'body', 'html'}
SKIP = {'script', 'style', 'head', 'title', 'noscript', 'template'}


class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines = []
        self.buf = []
        self.skip = 0
        self.li_pending = False
        self.row = None       # list of cell texts while inside <tr>
        self.cell = None

    def _flush(self):
        t = re.sub(r'\s+', ' ', ''.join(self.buf)).strip()
        self.buf = []
        if not t:
            return
        if self.row is not None and self.cell is not None:
            self.cell.append(t)
            return
        if self.li_pending:
            t = '• ' + t
            self.li_pending = False
        self.lines.append(t)

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
            return
        if self.skip:
            return
        if tag == 'br':
            self._flush()
            return
        if tag == 'tr':
            self._flush()
            self.row = []
            return
        if tag in ('td', 'th') and self.row is not None:
            self._flush()
            self.cell = []
            return
        if tag in BLOCKS:
            self._flush()
            if tag == 'li':
                self.li_pending = True

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if self.skip:
            return
        if tag in ('td', 'th') and self.row is not None:
            self._flush()
            if self.cell is not None:
                self.row.append(' '.join(self.cell))
            self.cell = None
            return
        if tag == 'tr':
            self._flush()
            if self.row:
                self.lines.append(' | '.join(c for c in self.row if c))
            self.row = None
            return
        if tag in BLOCKS:
            self._flush()
            if tag == 'li':
                self.li_pending = False

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def html_text(html):
    p = _Text()
    p.feed(html)
    p.close()
    p._flush()
    return '\n'.join(p.lines).strip() + '\n'


# ---- JSON Resume -> labeller text ----------------------------------------------

MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def _d(s):
    if not s:
        return ''
    parts = s.split('-')
    if len(parts) >= 2:
        return f'{MONTHS[int(parts[1]) - 1]} {parts[0]}'
    return parts[0]


def json_text(j):
    b = j['basics']
    L = [b['name']]
    if b.get('label'):
        L.append(b['label'])
    loc = b.get('location', {})
    contact = [x for x in (', '.join(v for v in (loc.get('city'), loc.get('region'), loc.get('countryCode')) if v),
                           b.get('email'), b.get('phone'), b.get('url')) if x]
    L.append(' | '.join(contact))
    for pr in b.get('profiles', []):
        L.append(f"{pr['network']}: {pr.get('url') or pr.get('username')}")
    if b.get('summary'):
        L += ['', 'Summary', b['summary']]
    if j.get('work'):
        L += ['', 'Work experience']
        for w in j['work']:
            end = _d(w.get('endDate')) or 'Present'
            L.append('')
            L.append(f"{w['position']} — {w['name']} ({_d(w.get('startDate'))} – {end})")
            if w.get('location'):
                L.append(w['location'])
            if w.get('summary'):
                L.append(w['summary'])
            for h in w.get('highlights', []):
                L.append('• ' + h)
    if j.get('education'):
        L += ['', 'Education']
        for e in j['education']:
            what = ' in '.join(x for x in (e.get('studyType'), e.get('area')) if x)
            span = ' – '.join(x for x in (_d(e.get('startDate')), _d(e.get('endDate'))) if x)
            L.append(f"{what} — {e['institution']}" + (f' ({span})' if span else ''))
            if e.get('score'):
                L.append('Score: ' + e['score'])
            for c in e.get('courses', []):
                L.append('• ' + c)
    if j.get('skills'):
        L += ['', 'Skills']
        for s in j['skills']:
            L.append(f"{s['name']}: {', '.join(s.get('keywords', []))}" + (f" ({s['level']})" if s.get('level') else ''))
    if j.get('certificates'):
        L += ['', 'Certificates']
        for c in j['certificates']:
            L.append(' — '.join(x for x in (c['name'], c.get('issuer'), _d(c.get('date'))) if x))
    if j.get('projects'):
        L += ['', 'Projects']
        for p in j['projects']:
            span = ' – '.join(x for x in (_d(p.get('startDate')), _d(p.get('endDate'))) if x)
            L.append(p['name'] + (f' ({span})' if span else ''))
            if p.get('description'):
                L.append(p['description'])
            for h in p.get('highlights', []):
                L.append('• ' + h)
    if j.get('languages'):
        L += ['', 'Languages']
        L.append(', '.join(f"{l['language']} ({l['fluency']})" if l.get('fluency') else l['language'] for l in j['languages']))
    return '\n'.join(L).strip() + '\n'
