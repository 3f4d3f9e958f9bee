#!/usr/bin/env python3
"""Render resume data (data_*.py) to HTML files in gen/html/."""
import html, os, sys, importlib.util, glob
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "html")
os.makedirs(OUT, exist_ok=True)
e = html.escape

def desc_html(d):
    if not d: return ""
    return '<div class="desc">' + e(d.strip()) + '</div>'

LI_CSS = """
@page { size: Letter; margin: 0.55in 0 0.6in 0;
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font-family: 'Liberation Sans'; font-size: 9pt; color: #777; } }
body { margin:0; font-family:'Liberation Sans', Arial, sans-serif; color:#222; font-size:10.5pt; }
table.lay { width:100%; border-collapse:collapse; }
td.side { width:29%; background:#eef0f2; vertical-align:top; padding:14px 18px 14px 34px; font-size:9.5pt; color:#333; }
td.main { vertical-align:top; padding:6px 44px 14px 30px; }
.side h3 { font-size:12pt; margin:18px 0 6px 0; color:#111; font-weight:bold; }
.side p { margin:0 0 5px 0; word-wrap:break-word; }
.side .muted { color:#666; }
h1 { font-size:25pt; margin:4px 0 4px 0; font-weight:normal; color:#111; }
.headline { font-size:12pt; margin:0 0 4px 0; }
.loc { color:#777; margin-bottom:14px; }
h2 { font-size:15pt; font-weight:normal; margin:20px 0 8px 0; color:#111; }
.company { font-size:12pt; margin:14px 0 2px 0; color:#111; }
.title { font-size:11pt; font-weight:bold; margin:6px 0 1px 0; }
.dates, .eloc { color:#777; font-size:10pt; margin:0; }
.desc { white-space:pre-line; margin:4px 0 8px 0; }
.school { font-size:11.5pt; margin:12px 0 2px 0; color:#111; }
.degree { color:#444; }
.summ p { margin:0 0 8px 0; white-space:pre-line; }
"""

def render_li(r):
    s = []
    s.append('<h3>Contact</h3>')
    for c in r["contact"]: s.append('<p>%s</p>' % e(c))
    for key, label in (("skills","Top Skills"),("languages","Languages"),("certs","Certifications"),("honors","Honors-Awards"),("pubs","Publications")):
        if r.get(key):
            s.append('<h3>%s</h3>' % label)
            for x in r[key]: s.append('<p>%s</p>' % e(x))
    m = ['<h1>%s</h1>' % e(r["name"]), '<div class="headline">%s</div>' % e(r["headline"]), '<div class="loc">%s</div>' % e(r["location"])]
    if r.get("summary"):
        m.append('<h2>Summary</h2><div class="summ">' + "".join('<p>%s</p>' % e(p) for p in r["summary"]) + '</div>')
    m.append('<h2>Experience</h2>')
    for comp, roles in r["exp"]:
        m.append('<div class="company">%s</div>' % e(comp))
        for role in roles:
            t, d, l = role[0], role[1], role[2]
            ds = role[3] if len(role) > 3 else ""
            m.append('<div class="title">%s</div><p class="dates">%s</p>' % (e(t), e(d)))
            if l: m.append('<p class="eloc">%s</p>' % e(l))
            m.append(desc_html(ds))
    m.append('<h2>Education</h2>')
    for sch, deg in r["edu"]:
        m.append('<div class="school">%s</div><div class="degree">%s</div>' % (e(sch), e(deg)))
    return ('<!doctype html><html><head><meta charset="utf-8"><title>%s</title><style>%s</style></head><body>'
            '<table class="lay"><tr><td class="side">%s</td><td class="main">%s</td></tr></table></body></html>'
            % (e(r["name"]), LI_CSS, "\n".join(s), "\n".join(m)))

IN_CSS = """
@page { size: Letter; margin: 0.7in 0.75in; }
body { font-family:'DejaVu Sans', sans-serif; font-size:10pt; color:#2d2d2d; margin:0; }
h1 { font-size:20pt; margin:0 0 4px 0; font-weight:bold; }
.contact p { margin:1px 0; }
h2 { font-size:13pt; margin:22px 0 8px 0; border-bottom:1px solid #ccc; padding-bottom:3px; }
.job { margin:0 0 14px 0; }
.jt { font-weight:bold; font-size:11pt; margin:0; }
.jc, .jd { margin:1px 0; }
.jd { color:#595959; }
.desc { white-space:pre-line; margin:4px 0 0 0; }
ul { margin:2px 0; padding-left:18px; } li { margin:2px 0; }
"""

def render_indeed(r):
    m = ['<h1>%s</h1><div class="contact">' % e(r["name"])]
    for c in r["contact"]: m.append('<p>%s</p>' % e(c))
    m.append('</div>')
    if r.get("summary"): m.append('<p style="margin-top:12px;white-space:pre-line">%s</p>' % e(r["summary"]))
    m.append('<h2>Work Experience</h2>')
    for t, c, d, ds in r["work"]:
        m.append('<div class="job"><p class="jt">%s</p><p class="jc">%s</p><p class="jd">%s</p>%s</div>' % (e(t), e(c), e(d), desc_html(ds)))
    m.append('<h2>Education</h2>')
    for deg, sch, d in r["edu"]:
        m.append('<div class="job"><p class="jt">%s</p><p class="jc">%s</p><p class="jd">%s</p></div>' % (e(deg), e(sch), e(d)))
    if r.get("skills"):
        m.append('<h2>Skills</h2>' + "".join('<p class="jc">• %s</p>' % e(x) for x in r["skills"]))
    if r.get("certs"):
        m.append('<h2>Certifications and Licenses</h2>')
        for c in r["certs"]: m.append('<p class="jt" style="font-size:10pt">%s</p>' % e(c[0]) + ('<p class="jd">%s</p>' % e(c[1]) if len(c) > 1 else ''))
    if r.get("addl"):
        m.append('<h2>Additional Information</h2><div class="desc">%s</div>' % e(r["addl"]))
    return '<!doctype html><html><head><meta charset="utf-8"><style>%s</style></head><body>%s</body></html>' % (IN_CSS, "\n".join(m))

ZETY_CSS = """
@page { size: A4; margin: 0 0 0.5in 0; }
body { font-family:'Liberation Serif', serif; font-size:11pt; color:#222; margin:0; }
.band { background:%(color)s; color:#fff; padding:28px 48px 20px 48px; }
.band h1 { font-family:'Liberation Sans'; font-size:26pt; margin:0; letter-spacing:1px; }
.band .t { font-size:13pt; margin-top:4px; }
.band .c { font-size:9.5pt; margin-top:10px; }
.body { padding:6px 48px 0 48px; }
h2 { font-family:'Liberation Sans'; color:%(color)s; font-size:12pt; text-transform:uppercase; letter-spacing:1.5px; border-bottom:2px solid %(color)s; margin:18px 0 8px 0; padding-bottom:2px; }
.row { margin:10px 0 0 0; }
.rt { font-weight:bold; } .rm { font-style:italic; color:#555; }
.desc { white-space:pre-line; margin:3px 0 6px 0; }
"""

def render_zety(r):
    color = r.get("color", "#1f4e79")
    m = ['<div class="band"><h1>%s</h1><div class="t">%s</div><div class="c">%s</div></div><div class="body">' % (e(r["name"]), e(r["title"]), " &nbsp;|&nbsp; ".join(e(c) for c in r["contact"]))]
    if r.get("profile"): m.append('<h2>Profile</h2><p>%s</p>' % e(r["profile"]))
    m.append('<h2>Experience</h2>')
    for t, c, d, ds in r["exp"]:
        m.append('<div class="row"><span class="rt">%s</span> — %s<br><span class="rm">%s</span></div>%s' % (e(t), e(c), e(d), desc_html(ds)))
    m.append('<h2>Education</h2>')
    for t, c, d in r["edu"]:
        m.append('<div class="row"><span class="rt">%s</span><br>%s, <span class="rm">%s</span></div>' % (e(t), e(c), e(d)))
    for key, label in (("skills", "Skills"), ("languages", "Languages"), ("certs", "Certificates"), ("interests", "Interests")):
        if r.get(key): m.append('<h2>%s</h2><p>%s</p>' % (label, " · ".join(e(x) for x in r[key])))
    m.append('</div>')
    return '<!doctype html><html><head><meta charset="utf-8"><style>%s</style></head><body>%s</body></html>' % (ZETY_CSS % {"color": color}, "\n".join(m))

KICK_CSS = """
@page { size: A4; margin: 0.45in 0; }
body { font-family:'DejaVu Sans', sans-serif; font-size:9.5pt; color:#333; margin:0; }
table.lay { width:100%; border-collapse:collapse; }
td.l { width:64%; vertical-align:top; padding:0 22px 0 42px; }
td.r { vertical-align:top; padding:0 36px 0 18px; border-left:3px solid #2a9d8f; }
h1 { font-size:24pt; margin:0; color:#264653; } .t { color:#2a9d8f; font-size:12pt; margin:2px 0 10px 0; font-weight:bold; }
h2 { color:#264653; font-size:11pt; text-transform:uppercase; margin:16px 0 6px 0; }
.rt { font-weight:bold; margin-top:8px; } .rm { color:#777; font-size:8.5pt; }
.desc { white-space:pre-line; margin:3px 0 6px 0; }
td.r p { margin:2px 0; }
"""

def render_kick(r):
    l = ['<h1>%s</h1><div class="t">%s</div>' % (e(r["name"]), e(r["title"]))]
    if r.get("profile"): l.append('<p>%s</p>' % e(r["profile"]))
    l.append('<h2>Work experience</h2>')
    for t, c, d, ds in r["exp"]:
        l.append('<div class="rt">%s</div><div>%s</div><div class="rm">%s</div>%s' % (e(t), e(c), e(d), desc_html(ds)))
    l.append('<h2>Education</h2>')
    for t, c, d in r["edu"]:
        l.append('<div class="rt">%s</div><div>%s</div><div class="rm">%s</div>' % (e(t), e(c), e(d)))
    rr = ['<h2>Contact</h2>'] + ['<p>%s</p>' % e(c) for c in r["contact"]]
    for key, label in (("skills", "Skills"), ("languages", "Languages"), ("certs", "Certificates"), ("interests", "Interests")):
        if r.get(key): rr.append('<h2>%s</h2>' % label + "".join('<p>%s</p>' % e(x) for x in r[key]))
    return ('<!doctype html><html><head><meta charset="utf-8"><style>%s</style></head><body><table class="lay"><tr><td class="l">%s</td><td class="r">%s</td></tr></table></body></html>'
            % (KICK_CSS, "\n".join(l), "\n".join(rr)))

R = {"li": render_li, "indeed": render_indeed, "zety": render_zety, "kick": render_kick}

def main():
    for f in sorted(glob.glob(os.path.join(HERE, "data_*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
        mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
        for r in mod.RESUMES:
            with open(os.path.join(OUT, r["id"] + ".html"), "w", encoding="utf-8") as fh:
                fh.write(R[r["type"]](r))
            print(r["id"], r["type"], r["name"])
main()
