"""Build the three DOCX resumes of writer b (i14, i17, i20) and their labeller text copies.

i14 - two-column layout table (sidebar + main), South Africa
i17 - Word heading styles (Title / Heading 1-3) with real bullet lists, Mexico
i20 - typed bullets ("•<TAB>", "-<TAB>") and right tab stops for dates, USA

Stdlib only; the writer is written6/gen/docxlib.py, imported by path and not modified.
"""
import os
import re
import sys
import importlib.util

sys.dont_write_bytecode = True   # never leave a __pycache__ in written6/gen

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..'))          # .../written11
LIB = os.path.abspath(os.path.join(ROOT, '..', 'written6', 'gen', 'docxlib.py'))

spec = importlib.util.spec_from_file_location('docxlib', LIB)
dx = importlib.util.module_from_spec(spec)
spec.loader.exec_module(dx)
P, r, B, I, T = dx.P, dx.r, dx.B, dx.I, dx.T

RES = os.path.join(ROOT, 'resumes')
TXT = os.path.join(ROOT, 'text')


def write_text(docx_path, txt_path, typed_bullets=False):
    text = dx.extract_text(docx_path)
    lines = []
    for line in text.split('\n'):
        if typed_bullets:
            line = re.sub(r'^\s*[•\-]\t\s*', '• ', line)
        line = line.replace('\t', '    ').rstrip()
        lines.append(line)
    with open(txt_path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines).strip() + '\n')


# --------------------------------------------------------------------------
# i14  Lerato Mahlangu - Agile coach / Scrum master, telecom, Johannesburg
# Two-column table layout: a shaded name row across the top, then a
# sidebar cell (contact, skills, certs) next to the main cell.
# --------------------------------------------------------------------------
def build_i14():
    d = dx.Doc(font='Calibri', size=10, margins=720, page='a4')
    bl = d.list('bullet')
    bl2 = d.list('bullet')
    ACC = '1B6B5A'

    def sh(t):   # sidebar heading
        return P(B(t, color=ACC, sz=10.5, caps=True), before=200, after=60, border_bottom=6)

    def mh(t):   # main heading
        return P(B(t, color=ACC, sz=12, caps=True), before=200, after=80, border_bottom=8)

    def sp(t, **k):
        return P(r(t, sz=9.5, **k), after=40)

    side = [
        sh('Contact'),
        sp('Randburg, Johannesburg'),
        sp('+27 82 555 0147'),
        sp('lerato.mahlangu@example.com'),
        sh('Core skills'),
    ] + [P(r(x, sz=9.5), num=bl, after=20) for x in [
        'Scrum and Kanban facilitation',
        'Coaching teams and product owners',
        'Big room / PI planning',
        'Dependency and impediment tracking',
        'Flow metrics (cycle time, throughput)',
        'Retrospectives and incident reviews',
        'Workshop design',
    ]] + [
        sh('Tools'),
        sp('Jira, Confluence, Miro, Jira Align (basic), MS Project, Excel, Power BI (viewer)'),
        sh('Certifications'),
        sp('ICAgile ICP-ACC – 2023'),
        sp('SAFe 5 Scrum Master – 2022'),
        sp('Professional Scrum Master II – 2021'),
        sp('Professional Scrum Master I – 2019'),
        sh('Languages'),
        sp('English, isiZulu, Sesotho – fluent'),
        sp('Afrikaans – basic'),
        sh('Interests'),
        sp('Athletics – I ran the 400 m sprint for my university team and still help coach the juniors at our club on Saturdays.'),
        sp('Reading, family braais.'),
    ]

    def job(title, org, dates):
        return [P(B(title, sz=11), after=0, before=160, keep=True),
                P(r(org, color='404040'), r('   |   ', color='A0A0A0'), I(dates, color=ACC), after=60, keep=True)]

    def bullets(items):
        return [P(x, num=bl2, after=40) for x in items]

    main = [mh('Profile'),
            P('Agile coach with seven years in agile roles at a mid-size South African mobile network operator, and before that three years with a fibre rollout company. I work with teams and their product owners to get work flowing, and with managers so that we stop measuring the wrong things. I like the messy work between teams – where the app team waits for billing and billing waits for network – and I am happiest when the planning board shows every dependency with a name next to it.', after=80),
            mh('Experience')]
    main += job('Agile Coach', 'Vantel Communications (Pty) Ltd, Johannesburg', 'April 2022 – present')
    main += [P(I('Digital Channels tribe: self-service app, USSD menus and online shop – five Scrum teams and two Kanban teams, about 60 people.', color='404040'), after=60)]
    main += bullets([
        'Facilitate the quarterly big room planning for the tribe together with the billing and network teams; keep the cross-team dependency board up to date and follow up with the owning team lead when a dependency turns red.',
        'Worked with the release manager and the two app team leads to move the app from monthly to fortnightly releases over about five months. We tracked failed changes per release and it stayed below the old level.',
        'Facilitated the blameless review after the prepaid data-bundle outage in March 2023 (about six hours, thousands of customer complaints). Wrote up the 11 actions with owners and checked them at the monthly operations review until all were closed.',
        'Replaced velocity comparisons between teams with cycle time and throughput per team; built a simple Power BI report together with a data analyst.',
        'Coach four product owners on ordering the backlog, splitting stories and writing acceptance criteria.',
        'Run the monthly Scrum Master community of practice (12 people).',
    ])
    main += job('Scrum Master', 'Vantel Communications (Pty) Ltd, Johannesburg', 'February 2019 – March 2022')
    main += bullets([
        'Scrum Master for two teams (Java, Oracle) responsible for number porting and the SIM-swap verification service.',
        'The SIM-swap checks had a hard regulatory date. I broke the work into a release plan with the PO and showed the burn-up every week to the Head of Fraud; when it was clear we could not build all rules in time, we agreed with compliance which rules go live first. Phase one went live three days before the deadline.',
        'Removed blockers for the teams: test SIM cards and numbers from the network team, access to environments, vendor tickets with the porting clearing house.',
        'Helped plan the move of the porting service to the new platform over a long weekend and kept the open-issues list during the two weeks of hypercare.',
    ])
    main += job('Project Administrator', 'Khanyisa Fibre Networks, Johannesburg', 'March 2016 – January 2019')
    main += bullets([
        'Maintained the rollout schedules in MS Project for fibre builds in 14 suburbs.',
        'Tracked wayleave applications with the municipality and compiled the contractors\u2019 weekly progress reports.',
        'Managed the backlog of customer installation orders after the 2017 winter rush – weekly list to the field teams and daily calls to customers whose appointments were missed.',
    ])
    main += job('Customer Service Agent, later Team Leader', 'Cellcare Contact Centre, Midrand', 'January 2012 – February 2016')
    main += [P('Inbound calls for a mobile network client. Team leader for 14 agents from 2014: rosters, call quality reviews, daily huddles.', after=60)]
    main += [mh('Education'),
             P(B('BCom Information Systems'), r(' – University of Johannesburg, 2011'), after=40),
             P(r('References available on request.', i=True, color='606060'), before=200)]

    name_row = [{'content': [
        P(B('LERATO MAHLANGU', sz=22, color='FFFFFF'), after=0),
        P(r('Agile Coach  |  Scrum Master', sz=12, color='E0F2EC'), after=40)], 'span': 2, 'shade': ACC}]
    body_row = [{'content': side, 'shade': 'EAF3F0'}, {'content': main}]
    d.add(T([name_row, body_row], widths=[3100, 7366], cellmar=160))
    d.add(P(''))
    path = os.path.join(RES, 'i14.docx')
    d.save(path, title='CV Lerato Mahlangu', author='Lerato Mahlangu')
    write_text(path, os.path.join(TXT, 'i14.txt'))


# --------------------------------------------------------------------------
# i17  Luis Fernando Garza Treviño - PM, automotive manufacturing, Mexico
# Heading styles (Title, Subtitle, Heading 1/2/3) and real bullet lists.
# --------------------------------------------------------------------------
def build_i17():
    d = dx.Doc(font='Cambria', size=11, margins=1080, page='letter')
    bl = d.list('bullet')

    def h1(t):
        return P(t, style='Heading1')

    def h2(t):
        return P(t, style='Heading2')

    def h3(t):
        return P(t, style='Heading3')

    def li(t):
        return P(t, num=bl, style='ListParagraph')

    d.add(P('Luis Fernando Garza Treviño', style='Title'),
          P('Project Manager – New Product Launch | Automotive Manufacturing', style='Subtitle'),
          P('Apodaca, Nuevo León, México  ·  +52 81 5555 0192  ·  luisf.garza@example.com'),
          h1('Professional Summary'),
          P('Industrial engineer with 14 years of experience in automotive manufacturing and logistics. The last 7 years as project manager for new product launches in a Tier 1 supplier, from the quotation until the start of production (SOP). I am used to work with American and German customers, with suppliers in Mexico, USA and China, and with cross-functional teams inside the plant. Strong in timing plans, budget control and solving problems directly on the floor.'),
          h1('Work Experience'),
          h2('Project Manager – New Product Launch, Norvex Automotive Components'),
          h3('January 2019 – Present  |  Apodaca, N.L.  |  Tier 1 supplier of brake calipers, knuckles and suspension parts, 1,100 employees'),
          li('Responsible for the launch of new programs from customer nomination to SOP and the first 90 days of production. 7 programs launched, the biggest with 38 MUSD of annual sales.'),
          li('Management of the APQP timing plan and the PPAP submissions to the customers; all 7 PPAP approved, 5 of them at first submission.'),
          li('Leading a cross-functional team of 12 persons (process engineering, quality, purchasing, logistics, maintenance, finance). Weekly meeting with minutes and open points list, and every Friday I send the status in red / yellow / green to the plant manager.'),
          li('Transfer of 14 machining centers from our sister plant in Michigan to Apodaca in 2021: bank build of 6 weeks of inventory before the shutdown, transport, installation and run at rate. The customer never had a line stop.'),
          li('Control of capex budget for the programs (2.4 MUSD last year) and monthly forecast to the corporate PMO in Ohio.'),
          li('During the chip shortage in 2021–2022 the customer schedules changed every week; worked with production planning to manage the backlog of customer orders and to re-prioritize the runs in the machining cells.'),
          li('Key user for the new MES system in the machining area (barcode traceability of each part). I defined the label formats with the IT team, organized the operator training in the three shifts and was the contact person for the problems in the first month after go-live.'),
          li('Customer visits and audits: run at rate, process audits, quarterly business review for the launch part.'),
          h2('Project Engineer, Norvex Automotive Components'),
          h3('June 2015 – December 2018  |  Apodaca, N.L.'),
          li('Design and purchase of fixtures and gauges for new parts, tool try-outs with suppliers in Mexico and USA.'),
          li('Cycle time reduction in the knuckle line from 94 to 81 seconds (Kaizen event with the operators).'),
          li('Support to the launch team with PFMEA, control plans and work instructions.'),
          h2('Logistics Coordinator, Agile Freight S.A. de C.V.'),
          h3('August 2012 – May 2015  |  Nuevo Laredo, Tamaulipas'),
          li('Coordination of cross-border shipments (trucks and rail boxes) for more than 20 manufacturing customers.'),
          li('Preparation of the customs documents and follow-up with the customs brokers for the release of goods.'),
          li('Daily report of shipments and delays to the customers.'),
          h1('Education'),
          P(B('Ingeniería Industrial y de Sistemas'), r(' – Instituto Tecnológico de Nuevo León, 2007 – 2012')),
          P(B('Diplomado en Dirección de Proyectos'), r(' (online, 120 hours) – 2018')),
          h1('Certifications'),
          li('Lean Six Sigma Green Belt, 2017'),
          li('IATF 16949 Core Tools (APQP, PPAP, FMEA, MSA, SPC), 2016'),
          li('PMP – in preparation, exam planned for March 2027'),
          h1('Skills'),
          P(B('Methods: '), r('APQP, PPAP, PFMEA, 8D, Kaizen, value stream mapping')),
          P(B('Software: '), r('MS Project, Excel (advanced), SAP (MM/PP consults), Minitab, AutoCAD (basic), PowerPoint')),
          P(B('Languages: '), r('Spanish (native), English (advanced, TOEIC 845 in 2020)')),
          )
    path = os.path.join(RES, 'i17.docx')
    d.save(path, title='CV Luis Fernando Garza', author='LFGT')
    write_text(path, os.path.join(TXT, 'i17.txt'))


# --------------------------------------------------------------------------
# i20  Daniel R. Castellanos - Engineering manager, Denver, USA
# Everything is Normal style; bullets typed as "•<TAB>" (older jobs "-<TAB>"),
# company / date lines laid out with a right tab stop.
# --------------------------------------------------------------------------
def build_i20():
    d = dx.Doc(font='Garamond', size=11, margins=1080, page='letter')
    RT = [('right', 10080)]
    HANG = 360

    def sec(t):
        return P(B(t, sz=11.5), before=240, after=60, border_bottom=6)

    def line(left, right, bold=True, italic=False):
        return P(r(left, b=bold, i=italic), r('\t' + right, i=italic), tabs=RT, after=20, before=120 if bold else 0)

    def b(t, dash=False):
        mark = '-' if dash else '•'
        return P(mark + '\t' + t, tabs=[('left', HANG)], after=40)

    def para(t):
        return P(t, after=80)

    d.add(P(B('DANIEL R. CASTELLANOS', sz=17), align='center', after=20),
          P('Denver, CO 80211  |  (303) 555-0176  |  dan.castellanos@example.com', align='center', after=120),
          sec('SUMMARY'),
          para('Engineering manager with 15 years in software, the last seven leading teams. I came up through backend and integration work and I still review designs and the occasional pull request, but most of my week now goes into planning, unblocking, and making sure that what we promise other teams is what we actually ship. I have run two large migrations end to end in a regulated (HIPAA, PCI) environment, grown a team from 4 to 11 engineers, and I am usually the one who writes the status note that engineering, finance and support all read.'),
          para('I am looking for an engineering manager, senior technical program manager or head of delivery role where coordinating work across several teams is the main part of the job rather than a side task.'),
          sec('EXPERIENCE'),
          line('Tallgrass Health, Denver, CO', '2019 – Present'),
          P(I('Patient billing and payments software used by about 1,900 outpatient clinics.'), after=60),
          line('Engineering Manager, Payments Platform', 'Jan 2022 – Present', bold=False, italic=True),
          para('I manage two teams (11 engineers and 1 QA engineer) that own the billing ledger, card and ACH payments and the integrations with two clearinghouses. I report to the VP of Engineering and work every day with product, finance operations, compliance and customer support.'),
          b('Led the migration from our legacy payment gateway to a new processor over nine months. I wrote the plan in phases (sandbox, our own test clinics, a 5% cohort, then region by region), ran a 30-minute weekly sync with finance, compliance and support, and kept a single page with dates, owners and open risks that anyone in the company could read.'),
          b('Dual-ran both processors for six weeks and cut over 1,900 clinics in 11 cohorts. No double charges; two cohorts were rolled back once each and moved again the following week.'),
          b('Three weeks before the first cohort the processor changed its settlement file format. I went to the VP and the controller with two options, a two-week delay or a month of manual reconciliation, with the cost of each. We took the delay, and I told the customer success leads the same afternoon so they could reset expectations with the clinics before rumors did it for us.'),
          b('Replaced the two-week hardening period before each release with trunk-based development, feature flags and a short release checklist. We now ship weekly and the share of releases that need a hotfix went from roughly 1 in 6 to about 1 in 20.'),
          b('Run quarterly planning for both teams with our product manager: capacity per person, a 70/20/10 split between roadmap, tech debt and support work, and a dependency list reviewed with the three other teams that call our APIs.'),
          b('Engineering owner for the PCI DSS assessment two years running: collected the evidence, coordinated fixes for 14 findings with security and infrastructure, all closed before the assessor\u2019s deadline.'),
          b('Manage the relationship with both clearinghouse partners: monthly review calls, an agreed escalation path, and a tracker of their incidents that affected our clinics, which we used in the 2024 contract renewal.'),
          b('Hired six engineers and promoted two to senior. Weekly 1:1s, written growth plans, and a rotation so that every engineer runs at least one cross-team project a year.'),
          line('Tech Lead, Claims & Billing', 'Mar 2019 – Dec 2021', bold=False, italic=True),
          b('Tech lead of a six-person team building the claims submission service (Java, Spring Boot, PostgreSQL, Kafka).'),
          b('Split the billing module out of the monolith into three services over 18 months. I kept the migration board, decided the order with the architect, and ran the weekly review where other teams could raise what our changes would break for them.'),
          b('On-call lead: wrote the runbooks, introduced post-incident reviews with named owners for each action, and cut repeat incidents noticeably within two quarters.'),
          b('Mentored two junior developers who are now senior engineers on the team.'),
          line('Summit Freight Systems, Golden, CO', '2014 – 2019'),
          P(I('Transportation management software for mid-size shippers and carriers.'), after=60),
          line('Senior Software Engineer', '2016 – 2019', bold=False, italic=True),
          b('Backend for carrier rating and load tendering (Java, Oracle, later AWS).', dash=True),
          b('Technical lead for onboarding three large shippers: EDI mapping, joint test plans with their IT teams, go-live weekend support and the first month of daily check-ins.', dash=True),
          b('Brought the rating engine\u2019s p95 response time from 2.4 seconds to 380 ms by caching tariff tables and rewriting two queries.', dash=True),
          line('Software Engineer', '2014 – 2016', bold=False, italic=True),
          b('Built the carrier-facing web portal and the EDI 204/214/210 parsers.', dash=True),
          b('Took over the weekly deployment to production when the ops engineer left, and wrote the first deployment checklist.', dash=True),
          line('Meridian Data Consultants, Boulder, CO', '2011 – 2014'),
          line('Software Developer', '2011 – 2014', bold=False, italic=True),
          para('Custom .NET and SQL Server applications for small and mid-size clients, among them a county clerk\u2019s office, two credit unions and a ski resort. On the smaller jobs I was the whole team: requirements call, estimate, build, deployment and, more than once, the awkward conversation about why the estimate had been wrong.'),
          sec('EDUCATION'),
          line('B.S. Computer Science, Colorado State University, Fort Collins', '2011', bold=False),
          sec('CERTIFICATIONS AND TRAINING'),
          b('AWS Certified Solutions Architect – Associate (2020)'),
          b('Certified ScrumMaster (2017, lapsed)'),
          b('New Manager Program, Tallgrass Health (2022)'),
          sec('SKILLS'),
          P(B('Leadership:'), r('\thiring, 1:1s, performance reviews, quarterly planning, cross-team coordination, incident management'), tabs=[('left', 1700)], ind=None, after=40),
          P(B('Technical:'), r('\tJava, Kotlin, Spring Boot, PostgreSQL, Kafka, AWS (ECS, RDS, SQS), Terraform (reading), Datadog'), tabs=[('left', 1700)], after=40),
          P(B('Domain:'), r('\tcard and ACH payments, healthcare billing (837/835 EDI), PCI DSS, HIPAA'), tabs=[('left', 1700)], after=40),
          sec('OTHER'),
          b('Talk at a Denver Java meetup: \u201cDual-running two payment processors without losing sleep\u201d (2024).'),
          b('Volunteer coach, U10 youth soccer, Highland neighborhood league.'),
          )
    path = os.path.join(RES, 'i20.docx')
    d.save(path, title='Daniel Castellanos - Resume', author='Daniel Castellanos')
    write_text(path, os.path.join(TXT, 'i20.txt'), typed_bullets=True)


if __name__ == '__main__':
    os.makedirs(RES, exist_ok=True)
    os.makedirs(TXT, exist_ok=True)
    which = sys.argv[1:] or ['i14', 'i17', 'i20']
    for w in which:
        globals()['build_' + w]()
        print('built', w)
