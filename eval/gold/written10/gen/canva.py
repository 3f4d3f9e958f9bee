"""Canva-style designed resumes (columns, photo placeholder, icon glyphs, skill
bars/dots, timelines, headings in coloured boxes).  Writes gen/html/hNN.html."""
import html, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'html')
e = html.escape

BASE = """@page{size:A4;margin:0}
*{box-sizing:border-box}
body{margin:0;font-family:'DejaVu Sans',sans-serif;font-size:8.6pt;color:#333}
.page{width:210mm;min-height:297mm;display:flex}
.side{padding:14mm 7mm 10mm 9mm}
.main{padding:14mm 10mm 10mm 9mm;flex:1}
.photo{width:34mm;height:34mm;border-radius:50%;background:#cfd8dc;border:3px solid #fff;margin:0 auto 8mm}
.photo.sq{border-radius:4mm}
.ic{display:inline-block;width:5mm;font-family:'DejaVu Sans'}
.bar{height:2.2mm;background:rgba(255,255,255,.3);border-radius:1mm;margin:1mm 0 2.4mm}
.bar i{display:block;height:100%;border-radius:1mm}
ul{margin:1mm 0 2mm 4mm;padding:0}li{margin:.6mm 0}
p{margin:1mm 0 2mm}
"""


def bars(items, color):
    return ''.join('<div>%s</div><div class="bar"><i style="width:%d%%;background:%s"></i></div>' % (e(n), v, color) for n, v in items)


def dots(items, on='#d35400', off='#e5d5c5'):
    out = []
    for n, v in items:
        d = ''.join('<span style="color:%s">●</span>' % (on if i < v else off) for i in range(5))
        out.append('<div style="display:flex;justify-content:space-between;margin:1mm 0"><span>%s</span><span>%s</span></div>' % (e(n), d))
    return ''.join(out)


def timeline(rows, datecol='#888', dotc='#333'):
    """rows: (dates, title, org, bullets)"""
    out = ['<div>']
    for d, t, o, b in rows:
        out.append('<div style="display:flex;margin:0 0 3.5mm">'
                   '<div style="width:26mm;flex:none;color:%s;font-size:8pt;padding-top:.4mm">%s</div>'
                   '<div style="border-left:1.2pt solid %s;padding-left:4mm;flex:1">'
                   '<div style="font-weight:bold;font-size:9.4pt">%s</div><div style="color:#777;font-style:italic">%s</div>%s</div></div>'
                   % (datecol, e(d), dotc, e(t), e(o), ('<ul>%s</ul>' % ''.join('<li>%s</li>' % e(x) for x in b)) if b else ''))
    out.append('</div>')
    return ''.join(out)


def page(title, css, body):
    return '<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title><style>%s%s</style></head><body>%s</body></html>' % (e(title), BASE, css, body)


P = {}

# h02 -- events/marketing PM wanting a tech role, UK
css02 = """.side{width:68mm;background:#1f3b4d;color:#e8eef2}.side h3{color:#f4b942;font-size:10pt;letter-spacing:1.5pt;margin:6mm 0 2mm;text-transform:uppercase}
.main h2{font-size:11pt;letter-spacing:2pt;color:#1f3b4d;border-bottom:1.5pt solid #f4b942;padding-bottom:1mm;margin:6mm 0 3mm;text-transform:uppercase}
.nm{font-size:24pt;font-weight:bold;color:#1f3b4d;letter-spacing:1pt;line-height:1.05}.role{color:#f4b942;font-size:11pt;letter-spacing:3pt;margin:2mm 0 4mm}"""
P['h02'] = page('Harriet Ames-Lowther', css02, f"""<div class="page"><div class="side"><div class="photo"></div>
<h3>Contact</h3>
<div><span class="ic">☎</span>07700 555 381</div><div><span class="ic">✉</span>harriet.al@example.com</div>
<div><span class="ic">⌂</span>Bristol, United Kingdom</div><div><span class="ic">➚</span>harrietameslowther.example.com</div>
<h3>Skills</h3>{bars([('Project planning',90),('Budgeting',85),('Supplier management',90),('Stakeholder comms',85),('Asana / Monday.com',80),('Excel',75),('SQL (learning)',30)],'#f4b942')}
<h3>Education</h3><p><b>BA (Hons) Marketing</b><br>University of the West of England<br>2011 – 2014</p>
<p><b>Google Project Management Certificate</b><br>Coursera, 2025</p>
<h3>Interests</h3><p>Open-water swimming · Festival volunteering · Learning Python</p>
</div><div class="main">
<div class="nm">HARRIET<br>AMES-LOWTHER</div><div class="role">EVENTS &amp; MARKETING PROJECT MANAGER</div>
<h2>About Me</h2><p>I have spent ten years getting large, messy events delivered on time and on budget – conferences for 3,000 people, product launches, a touring roadshow. I want to bring that to a tech company as a project or programme manager. I am used to juggling suppliers, sponsors, venues, and people who all want different things by Friday.</p>
<h2>Experience</h2>
{timeline([
 ('2020 – Present','Senior Event Project Manager','Brightwater Live, Bristol',[
  'Lead delivery of 12–15 corporate events a year, budgets £80k–£1.2M.',
  'Ran the launch event for a fintech client’s app release: 600 guests, live stream, press embargo.',
  'Manage a core team of 4 and up to 30 freelancers on show days.',
  'Built the run-of-show template now used by the whole agency.',
  'Told a client six weeks out that the venue would not be ready and moved the event to a new site without losing a sponsor.']),
 ('2017 – 2020','Marketing Project Manager','Thornbury Foods Ltd, Bath',[
  'Campaign calendars for 3 brands; briefing agencies; tracking spend.',
  'Coordinated packaging redesign with design, legal and suppliers.']),
 ('2014 – 2017','Events Coordinator','Sprint Conferences, London',[
  'Venue sourcing, delegate registration, on-site management.']),
],'#999','#f4b942')}
<h2>Tools</h2><p>Asana · Monday.com · Trello · Eventbrite · Cvent · HubSpot · Excel · Canva · Slack</p>
</div></div>""")

# h08 -- UX designer moving into project management, Spain
css08 = """.hdr{background:#f6e7dc;padding:12mm 12mm 8mm;display:flex;align-items:center;gap:8mm}
.hdr .photo{margin:0;width:30mm;height:30mm;background:#d9b8a0}
.nm{font-size:22pt;color:#8c3b1f;font-weight:bold}.sub{color:#8c3b1f;letter-spacing:2pt;font-size:9.5pt}
.cols{display:flex}.c1{width:62mm;padding:6mm 6mm 6mm 12mm;border-right:1pt solid #e5d5c5}.c2{flex:1;padding:6mm 12mm 6mm 8mm}
h2{font-size:10pt;color:#8c3b1f;letter-spacing:1.5pt;text-transform:uppercase;margin:5mm 0 2mm}"""
P['h08'] = page('Lucía Ferrer Abad', css08, f"""<div class="hdr"><div class="photo sq"></div><div><div class="nm">Lucía Ferrer Abad</div>
<div class="sub">UX DESIGNER → PROJECT MANAGER</div>
<div style="margin-top:3mm"><span class="ic">✉</span>lucia.ferrer@example.com &nbsp; <span class="ic">☎</span>+34 655 555 208 &nbsp; <span class="ic">⌂</span>Valencia, España &nbsp; <span class="ic">➚</span>behance.net/example-lferrer</div></div></div>
<div class="cols"><div class="c1">
<h2>Sobre mí / About</h2><p>UX designer with 7 years in product teams. I've ended up being the person who keeps the plan – so now I want to do it officially.</p>
<h2>Skills</h2>{dots([('User research',5),('Figma',5),('Prototyping',4),('Workshops',5),('Roadmapping',3),('Jira',3),('Budget tracking',2)],'#8c3b1f')}
<h2>Idiomas</h2>{dots([('Español',5),('Català',5),('English',4)],'#8c3b1f')}
<h2>Education</h2><p><b>Grado en Bellas Artes</b><br>Universitat Politècnica de València, 2012–2016</p><p><b>Máster UX/UI</b><br>Online, 2017</p>
<h2>Certificates</h2><p>PSM I (Scrum.org), 2025</p>
</div><div class="c2">
<h2>Experience</h2>
{timeline([
 ('2022 – hoy','Lead UX Designer','Sprint Logística, Valencia',[
  'Design lead for the driver app and the dispatch dashboard (2 squads).',
  'Ran the discovery-to-delivery handoff: I kept the shared plan of design, dev and QA milestones for the dashboard redesign and chaired the weekly sync with 3 team leads.',
  'When the backend team was blocked for two sprints I re-ordered our design work so front-end could keep moving.',
  'Design system adoption across 4 products.']),
 ('2019 – 2022','UX/UI Designer','Agencia Naranja Digital, Valencia',[
  'Projects for banking, retail and a budget airline booking flow.',
  'Workshops with clients, user testing, wireframes, prototypes.']),
 ('2017 – 2019','Junior Designer','Estudio Kanban, Madrid',['Web design, social media assets.']),
],'#8c3b1f','#d9b8a0')}
<h2>Herramientas</h2><p>Figma · Miro · Maze · Jira · Notion · Google Analytics · Hotjar</p>
</div></div>""")

# h14 -- customer success manager, Philippines
css14 = """.side{width:72mm;background:#eaf4f4}.side h3,.main h2{background:#1b998b;color:#fff;font-size:9.5pt;letter-spacing:1.5pt;padding:1.5mm 3mm;margin:6mm 0 3mm;text-transform:uppercase}
.nm{font-size:25pt;font-weight:bold;color:#1b998b;line-height:1}.role{font-size:10.5pt;color:#555;margin:2mm 0 3mm;letter-spacing:1pt}"""
P['h14'] = page('Maria Kristina D. Villanueva', css14, f"""<div class="page"><div class="side"><div class="photo" style="background:#b8dcd8"></div>
<h3>Contact</h3><div><span class="ic">✆</span>+63 917 555 0264</div><div><span class="ic">✉</span>kristina.villanueva@example.com</div><div><span class="ic">⌂</span>Makati City, Philippines</div><div><span class="ic">in</span>/in/example-kvillanueva</div>
<h3>Core Skills</h3>{bars([('Client onboarding',95),('Renewals & upsell',85),('Zendesk / Gainsight',85),('Salesforce',75),('Data analysis',60)],'#1b998b').replace('rgba(255,255,255,.3)','#cfe5e3')}
<h3>Education</h3><p><b>BS Business Administration</b><br>University of Santo Tomas<br>2011 – 2015</p>
<h3>Languages</h3><p>Filipino · English · Basic Japanese</p>
</div><div class="main"><div class="nm">KRISTINA<br>VILLANUEVA</div><div class="role">Customer Success Manager</div>
<p>Customer Success Manager with 9+ years in SaaS and BPO. Handling a book of enterprise accounts, onboarding, QBRs and renewals. Strong communication skills, team player, results-oriented.</p>
<h2>Work Experience</h2>
{timeline([
 ('Jan 2022 – Present','Senior Customer Success Manager','Pivotline HR Software (APAC)',[
  'Manage 45 mid-market and enterprise accounts, ~US$3.1M ARR; 94% gross retention in 2025.',
  'Responsible for onboarding and QBRs.',
  'Coordinated the migration of 11 accounts to the new platform version with Product and Support; kept the shared tracker and ran the weekly call with each client.',
  'Handled escalations.']),
 ('Jun 2018 – Dec 2021','Customer Success Specialist','CloudDesk Asia Inc.',[
  'Onboarded 120+ SMB clients; created help-centre articles.',
  'Member of the Release Readiness group (customer-facing notes for each product release).']),
 ('2015 – 2018','Customer Service Representative → Team Leader','Agile BPO Solutions, Pasig',[
  'Telco account, inbound calls; led a team of 14 agents; QA scoring of calls.']),
],'#1b998b','#1b998b')}
<h2>Achievements</h2><ul><li>CSM of the Year 2024 (APAC)</li><li>Gainsight Certified Admin Level 1</li></ul>
</div></div>""")

# h20 -- sales rep who finished a coding bootcamp, South Africa
css20 = """.side{width:70mm;background:#2d2a32;color:#eee}.side h3{font-size:10pt;color:#e4572e;letter-spacing:1.5pt;text-transform:uppercase;margin:6mm 0 2mm}
.main h2{font-size:12pt;color:#2d2a32;margin:6mm 0 3mm}.main h2::after{content:'';display:block;width:14mm;height:1.5mm;background:#e4572e;margin-top:1mm}
.nm{font-size:26pt;font-weight:bold;color:#2d2a32}.role{color:#e4572e;font-size:11pt;margin:1mm 0 5mm}"""
P['h20'] = page('Thabo Mokoena', css20, f"""<div class="page"><div class="side"><div class="photo" style="background:#555"></div>
<h3>Contact</h3><div><span class="ic">☎</span>+27 82 555 0391</div><div><span class="ic">✉</span>thabo.mokoena.dev@example.com</div><div><span class="ic">⌂</span>Johannesburg, South Africa</div><div><span class="ic">⌘</span>github.com/example-tmokoena</div>
<h3>Tech Skills</h3>{bars([('JavaScript',75),('React',70),('Node.js / Express',60),('HTML & CSS',85),('SQL / PostgreSQL',55),('Git',65)],'#e4572e')}
<h3>Soft Skills</h3><p>Negotiation · Presenting · Pipeline management · Resilience</p>
<h3>Education</h3><p><b>Full-Stack Web Development</b><br>CodeVeld Bootcamp, 2025 (24 weeks)</p><p><b>National Diploma: Marketing</b><br>University of Johannesburg, 2016</p>
</div><div class="main"><div class="nm">Thabo Mokoena</div><div class="role">Junior Full-Stack Developer | ex-Sales</div>
<h2>Profile</h2><p>Seven years selling B2B software and telecoms, consistently above quota. In 2025 I completed a full-time coding bootcamp and now want my first developer role. I understand customers and I can ship.</p>
<h2>Projects</h2><ul>
<li><b>StockTaka</b> – inventory app for spaza shops (React, Node, PostgreSQL). Team of 4; I set up the Trello board and ran our stand-ups for the 3-week build.</li>
<li><b>Sprint Timer</b> – PWA for athletics coaches to log 100m sprint times.</li>
<li><b>Portfolio site</b> – Next.js, deployed on Vercel.</li></ul>
<h2>Experience</h2>
{timeline([
 ('2021 – 2025','Senior Account Executive','Kestrel Telecoms, Sandton',[
  '128% of quota in 2023; closed the largest fibre deal in the region (R14M).',
  'Worked the backlog of stalled orders with ops so installs could start.',
  'Handled key stakeholder relationships with CFOs and procurement.']),
 ('2018 – 2021','Sales Representative','Scrum Office Supplies (Pty) Ltd, Midrand',['Field sales, 80+ SME accounts.']),
 ('2016 – 2018','Call Centre Agent','Vox Direct',[]),
],'#e4572e','#2d2a32')}
</div></div>""")


def main():
    os.makedirs(OUT, exist_ok=True)
    for k, v in P.items():
        with open(os.path.join(OUT, k + '.html'), 'w', encoding='utf-8') as f:
            f.write(v)


if __name__ == '__main__':
    main()
