"""Shared layout helpers for the w7 resume set (stdlib only + docxlib)."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from docxlib import Doc, P, T, r, B, I, RT, page_field  # noqa

NAVY = '1F3864'
GREY = '595959'


def cw(d):
    return d.content_width()


def bul(d, items, kind='bullet', after=20):
    nid = d.list(kind)
    return [P(x, num=nid, after=after) for x in items]


def typed(items, sym='•', after=20, ind=None):
    return [P(f'{sym} {x}', after=after, ind=ind) for x in items]


def h_rule(text, color=NAVY, sz=11.5, caps=True, before=200):
    return P(B(text.upper() if caps else text, color=color, sz=sz), border_bottom=6, before=before, after=80, keep=True)


def h_shade(text, fill='D9E2F3', sz=11, caps=False, color=None, before=200):
    return P(B(text.upper() if caps else text, sz=sz, color=color), shade=fill, before=before, after=80, keep=True)


def h_plain(text, sz=12, caps=False, color=None, before=220, u=False):
    return P(r(text.upper() if caps else text, b=True, sz=sz, color=color, u=u), before=before, after=60, keep=True)


def role_tab(d, left, right, bold_left=True, italic_right=False, before=100):
    pos = cw(d)
    return P(B(left) if bold_left else r(left), r('\t' + right, i=italic_right), tabs=RT(pos), before=before, after=20, keep=True)


def dated_rows(rows, widths):
    """rows: [(date_text, [paragraph xml...])]"""
    out = []
    for dt, paras in rows:
        left = [P(x, after=20) for x in dt.split('\n')] if isinstance(dt, str) else dt
        out.append([left, paras])
    return T(out, widths=widths)


def label_rows(rows, widths, label_color=NAVY):
    out = []
    for lab, paras in rows:
        out.append([[P(B(lab.upper(), color=label_color, sz=10))], paras])
    return T(out, widths=widths)


def spacer(after=0):
    return P('', after=after)
