import os
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docxlib import Doc, P, r, B, I, T, RT, page_field

def bullets(doc, items, kind='bullet', style='ListParagraph', **k):
    nid = doc.list(kind)
    out = []
    for it in items:
        if isinstance(it, (list, tuple)):  # nested list under previous item
            for sub in it:
                out.append(P(sub, style=style, num=nid, lvl=1, **k))
        else:
            out.append(P(it, style=style, num=nid, **k))
    return out

def typed(items, sym='•', ind=None, **k):
    """Bullets typed by hand, e.g. '- ' or '• '."""
    return [P(f'{sym} {it}' if sym else it, ind=ind, **k) for it in items]

def capsH(text, bb=8, **k):
    return P(B(text.upper(), **k), border_bottom=bb, before=200, after=80, keep=True)

def H1(text):
    return P(text, style='Heading1')

def H2(text):
    return P(text, style='Heading2')

def shadeH(text, fill='D9E2F3', width=10080):
    return T([[[P(B(text.upper()), after=0)]]], widths=[width], shade=fill) + P(after=0)

def job(title, dates, pos=9360, bold_title=True):
    return P(B(title) if bold_title else title, '\t' + dates, tabs=RT(pos), after=0, keep=True)
