"""Plain rendering of a JSON Resume (schema v1) for the labeller copy.

usage: python3 jsonresume_text.py IN.json OUT.txt
"""
import json
import sys


def span(start, end):
    if not start and not end:
        return ''
    if start == end:
        return f' ({start})'
    return f" ({start or '?'} – {end or 'Present'})"


def render(d):
    out = []
    b = d.get('basics', {})
    out.append(b.get('name', ''))
    if b.get('label'):
        out.append(b['label'])
    loc = b.get('location', {})
    where = ', '.join(x for x in [loc.get('city'), loc.get('region'), loc.get('countryCode')] if x)
    contact = [x for x in [b.get('email'), b.get('phone'), where, b.get('url')] if x]
    out.append(' | '.join(contact))
    for p in b.get('profiles', []):
        out.append(f"{p.get('network')}: {p.get('url') or p.get('username')}")
    if b.get('summary'):
        out += ['', b['summary']]

    if d.get('work'):
        out += ['', 'WORK']
        for w in d['work']:
            out.append(f"{w.get('position')} — {w.get('name')}{span(w.get('startDate'), w.get('endDate'))}")
            if w.get('summary'):
                out.append(w['summary'])
            out += [f'• {h}' for h in w.get('highlights', [])]
            out.append('')
        out.pop()

    if d.get('education'):
        out += ['', 'EDUCATION']
        for e in d['education']:
            deg = ', '.join(x for x in [e.get('studyType'), e.get('area')] if x)
            out.append(f"{deg} — {e.get('institution')}{span(e.get('startDate'), e.get('endDate'))}")
            if e.get('score'):
                out.append(e['score'])
            if e.get('courses'):
                out.append('Courses: ' + ', '.join(e['courses']))

    if d.get('skills'):
        out += ['', 'SKILLS']
        for s in d['skills']:
            lvl = f" ({s['level']})" if s.get('level') else ''
            out.append(f"{s.get('name')}{lvl}: {', '.join(s.get('keywords', []))}")

    if d.get('certificates'):
        out += ['', 'CERTIFICATES']
        for c in d['certificates']:
            out.append(f"{c.get('name')} — {c.get('issuer')} ({c.get('date')})")

    if d.get('projects'):
        out += ['', 'PROJECTS']
        for p in d['projects']:
            out.append(f"{p.get('name')}{span(p.get('startDate'), p.get('endDate'))}")
            if p.get('description'):
                out.append(p['description'])
            out += [f'• {h}' for h in p.get('highlights', [])]

    if d.get('languages'):
        out += ['', 'LANGUAGES']
        for l in d['languages']:
            out.append(f"{l.get('language')}: {l.get('fluency')}")

    if d.get('interests'):
        out += ['', 'INTERESTS']
        for i in d['interests']:
            out.append(f"{i.get('name')}: {', '.join(i.get('keywords', []))}")
    return '\n'.join(out).strip() + '\n'


if __name__ == '__main__':
    with open(sys.argv[1], encoding='utf-8') as f:
        data = json.load(f)
    with open(sys.argv[2], 'w', encoding='utf-8') as f:
        f.write(render(data))
