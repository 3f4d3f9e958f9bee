from common import *


def e01():
    # Strong technical project manager, US, classic single column; CAPS headings with rules, title left / dates right tab; footer Page N
    d = Doc(font='Calibri', size=10.5, margins=1000)
    d.footer = [page_field('Dana Whitfield  |  Page ', align='right', sz=9, color=GREY)]
    L = []
    L.append(P(r('DANA WHITFIELD', b=True, sz=22, color=NAVY), align='center', after=0))
    L.append(P(r('Technical Project Manager', sz=12, color=GREY), align='center', after=40))
    L.append(P(r('Denver, CO  •  (303) 555-0147  •  dana.whitfield@example.com  •  linkedin.com/in/dwhitfield-example', sz=9.5), align='center', after=120))
    L.append(h_rule('Summary'))
    L.append(P('Technical project manager with 8 years (11 in IT delivery) delivering cloud migrations, payment integrations and platform upgrades for B2B SaaS companies. '
               'I run cross-functional programs of 15–40 people across engineering, security, finance and customer success, and I am most useful where '
               'dependencies are messy and the date is fixed. PMP (2019), Certified ScrumMaster (2017).'))
    L.append(h_rule('Experience'))
    L.append(role_tab(d, 'Senior Technical Project Manager — Ledgerline Inc., Denver, CO', 'Jun 2021 – Present'))
    L += bul(d, [
        'Led the migration of 62 customer-facing services from a colo data center to AWS over 14 months; finished 3 weeks early and $410K under the $3.2M budget.',
        'Built the integrated plan for 6 engineering teams (38 engineers), held the RAID log and ran the weekly steering meeting with the CTO, CISO and VP Finance.',
        'Negotiated scope with product when a PCI audit finding landed mid-program; re-sequenced two workstreams and protected the contractual go-live date.',
        'Introduced a dependency board in Jira Advanced Roadmaps; cross-team blockers older than 5 days fell from 23 to 4 within a quarter.',
        'Ran go/no-go and cut-over for 4 weekend releases with rollback plans; zero Sev-1 incidents attributable to the migration.',
    ])
    L.append(role_tab(d, 'Technical Project Manager — Brightpath Payments, Boulder, CO', 'Mar 2018 – May 2021'))
    L += bul(d, [
        'Delivered card-issuing integrations with 3 processor partners (API, settlement files, dispute flows); each launched within 2 weeks of the committed date.',
        'Managed a $1.1M annual vendor budget, tracked burn monthly and renegotiated one SOW to save $140K.',
        'Wrote the release checklist later adopted by all 9 product teams; failed deploys dropped by roughly 40% year over year.',
        'Coached two new project coordinators; one now runs the partner onboarding program.',
    ])
    L.append(role_tab(d, 'IT Project Coordinator — Summit County Health System, Frisco, CO', 'Jul 2015 – Feb 2018'))
    L += bul(d, [
        'Coordinated the rollout of a new EHR module to 11 clinics: training schedules, hardware orders, super-user network.',
        'Kept status reports, issue logs and meeting minutes for a 3-person PMO; took over scheduling for the 2017 network refresh.',
    ])
    L.append(h_rule('Skills'))
    L.append(P(B('Delivery: '), 'integrated planning, RAID management, budget tracking, vendor management, release and cut-over planning, Scrum, Kanban, SAFe PI planning'))
    L.append(P(B('Technical: '), 'AWS (EC2, RDS, IAM basics), REST APIs, CI/CD concepts, SQL for reporting, PCI DSS, SOC 2'))
    L.append(P(B('Tools: '), 'Jira, Confluence, Smartsheet, MS Project, Lucidchart, Tableau'))
    L.append(h_rule('Education & Certifications'))
    L.append(role_tab(d, 'B.S. Information Systems, Colorado State University', '2015', bold_left=False))
    L.append(P('Project Management Professional (PMP), PMI — 2019   |   Certified ScrumMaster (CSM) — 2017   |   AWS Cloud Practitioner — 2022'))
    d.add(L)
    return d


def e02():
    # Indian IT project manager, vague duty lists; career objective, project blocks, personal details, declaration. A4, typed ➢ bullets.
    d = Doc(font='Times New Roman', size=11, margins=1000, page='a4')
    L = []
    L.append(P(B('CURRICULUM VITAE', sz=14), align='center', after=120))
    L.append(P(B('SURESH KUMAR VENKATARAMAN', sz=13)))
    L.append(P('Mobile: +91 98450 55512\nEmail: suresh.venkat@example.com\nAddress: No. 14, 3rd Cross, Jayanagar 4th Block, Bengaluru – 560011', after=120))
    L.append(h_shade('CAREER OBJECTIVE', fill='D9D9D9'))
    L.append(P('To work in a challenging environment where I can utilize my skills and knowledge for the growth of the organization and also enhance my career as a Project Manager.'))
    L.append(h_shade('PROFESSIONAL SUMMARY', fill='D9D9D9'))
    L += typed([
        'Having 15+ years of experience in IT industry in software development, maintenance and project management.',
        'Currently working as IT Project Manager in Infoway Technologies Pvt. Ltd., Bengaluru.',
        'Good knowledge of SDLC, Waterfall and Agile methodologies.',
        'Responsible for project planning, monitoring and controlling.',
        'Involved in client interaction and requirement gathering.',
        'Good communication and interpersonal skills. Team player.',
    ], sym='➢')
    L.append(h_shade('WORK EXPERIENCE', fill='D9D9D9'))
    L.append(T([
        ['Organization', 'Designation', 'Duration'],
        ['Infoway Technologies Pvt. Ltd., Bengaluru', 'IT Project Manager', 'Apr 2019 – Till date'],
        ['Infoway Technologies Pvt. Ltd., Bengaluru', 'Project Lead', 'Jan 2016 – Mar 2019'],
        ['Sahyadri Softech Solutions, Mysuru', 'Senior Software Engineer', 'Jun 2011 – Dec 2015'],
    ], widths=[4300, 2900, 2500], borders=True, header_shade='F2F2F2'))
    L.append(h_shade('PROJECT DETAILS', fill='D9D9D9'))
    projs = [
        ('Project #1', 'Retail Loyalty Platform Support', 'Halden Retail Group (UK)', 'IT Project Manager', 'Apr 2019 – Till date', '14',
         'Java, Spring, Oracle, Angular', [
             'Responsible for overall delivery of the project.',
             'Involved in preparing project plan and resource planning.',
             'Conducting daily status calls with offshore team and weekly call with client.',
             'Responsible for preparing weekly status report and sending to client.',
             'Handling escalations from client.',
             'Involved in release planning and coordination with onsite team.']),
        ('Project #2', 'Dealer Management System', 'Motohub Automotive Pvt. Ltd.', 'Project Lead', 'Jan 2016 – Mar 2019', '8',
         'Java, JSP, MySQL', [
             'Involved in requirement analysis and estimation.',
             'Allocating work to team members and tracking.',
             'Involved in code review and unit testing.',
             'Responsible for UAT support and deployment.']),
        ('Project #3', 'Insurance Claims Portal', 'Suraksha General Insurance', 'Senior Software Engineer', 'Jun 2011 – Dec 2015', '6',
         'Java, Struts, Oracle', [
             'Involved in development of claims module.',
             'Bug fixing and production support.']),
    ]
    for no, title, client, role, dur, team, env, resp in projs:
        L.append(P(B(f'{no}: {title}'), before=120))
        L.append(P(f'Client\t: {client}\nRole\t: {role}\nDuration\t: {dur}\nTeam Size\t: {team}\nEnvironment\t: {env}', tabs=[('left', 1700)], after=40))
        L.append(P(B('Roles & Responsibilities:'), after=20))
        L += typed(resp, sym='➢')
    L.append(h_shade('TECHNICAL SKILLS', fill='D9D9D9'))
    L.append(P('Languages\t: Java, SQL\nTools\t: MS Project, Jira, MS Excel, Confluence\nDatabase\t: Oracle, MySQL\nMethodologies\t: Waterfall, Agile', tabs=[('left', 1900)]))
    L.append(h_shade('EDUCATIONAL QUALIFICATION', fill='D9D9D9'))
    L += typed(['B.E. (Computer Science) from Visvesvaraya Technological University in 2011 with 68%.',
                'PUC from Karnataka PU Board in 2007 with 79%.', 'SSLC from Karnataka SSLC Board in 2005 with 84%.'], sym='➢')
    L.append(h_shade('PERSONAL DETAILS', fill='D9D9D9'))
    L.append(P("Father's Name\t: Venkataraman K.\nDate of Birth\t: 12-08-1989\nGender\t: Male\nMarital Status\t: Married\nNationality\t: Indian\nLanguages Known\t: English, Kannada, Tamil, Hindi", tabs=[('left', 2200)]))
    L.append(h_shade('DECLARATION', fill='D9D9D9'))
    L.append(P('I hereby declare that the above information is true to the best of my knowledge and belief.'))
    L.append(P('Place: Bengaluru\nDate:\t(SURESH KUMAR V.)', tabs=RT(cw(d)), before=200))
    d.add(L)
    return d


def e03():
    # Nigerian telecom rollout project manager; "Company | City | Dates" then title; shaded headings; "communication protocols" look-alike in a genuine telecom context
    d = Doc(font='Arial', size=10, margins=1000, page='a4')
    L = []
    L.append(P(B('CHUKWUEMEKA OBI-NWOSU', sz=18, color='385623'), after=0))
    L.append(P('Telecoms Project Manager (Network Rollout)', after=0))
    L.append(P('Lekki Phase 1, Lagos  |  +234 803 555 0192  |  emeka.obinwosu@example.com', after=120))
    L.append(h_shade('PROFILE', fill='E2EFDA', caps=True))
    L.append(P('Registered engineer (COREN) with 13 years in mobile network deployment, the last seven managing rollout projects for operators and tower companies in Nigeria and Ghana. '
               'Experienced in site acquisition, civil works, RAN installation and integration, and handing sites over to operations. Comfortable with contractors, community leaders and regulators.'))
    L.append(h_shade('PROFESSIONAL EXPERIENCE', fill='E2EFDA', caps=True))
    jobs = [
        ('Helios Towers Partners Ltd', 'Lagos', 'Feb 2020 – Present', 'Project Manager, 4G/5G Site Rollout', [
            'Managed the rollout of 340 new 4G sites across Lagos, Ogun and Oyo States in 18 months with 9 subcontractors and an annual budget of ₦6.8bn.',
            'Set up a weekly rollout tracker (acquisition → permit → civil → power → install → integration → acceptance) and shared it with the operator every Monday; average site cycle time went from 142 to 96 days.',
            'Agreed a joint cut-over calendar with the operator\'s NOC, transmission and power teams for 60 site swaps, so that no cluster lost coverage for more than 4 hours.',
            'Held contractors to HSE standards; lost-time incidents reduced to zero in 2023.',
            'Reported progress, cost and risks monthly to the country director and client programme board.']),
        ('Zenitel Communications Nigeria', 'Abuja', 'Mar 2016 – Jan 2020', 'Implementation Manager, then Senior Implementation Engineer', [
            'Led a team of 14 field engineers on microwave and fibre backhaul projects for two tier-1 operators.',
            'Planned material deliveries and installation schedules; cut material-related delays by a third by agreeing buffer stock with the warehouse.',
            'Prepared acceptance test procedures covering transmission links and signalling communication protocols (SS7, SIGTRAN) with the operator\'s core team.']),
        ('Kano Telecoms Services', 'Kano', 'Sep 2013 – Feb 2016', 'RF Engineer', [
            'Drive tests, site surveys and optimisation for 2G/3G sites in the North-West region.']),
    ]
    for co, city, dates, title, items in jobs:
        L.append(P(B(co), f'  |  {city}  |  {dates}', before=140, after=0, keep=True))
        L.append(P(I(title), after=40, keep=True))
        L += bul(d, items, 'square')
    L.append(h_shade('EDUCATION & CERTIFICATIONS', fill='E2EFDA', caps=True))
    L += bul(d, ['B.Eng. Electrical/Electronic Engineering, University of Nigeria, Nsukka (Second Class Upper), 2012',
                 'PRINCE2 Foundation & Practitioner, 2019', 'Registered Engineer, COREN', 'NEBOSH International General Certificate, 2018'], 'square')
    L.append(h_shade('SKILLS', fill='E2EFDA', caps=True))
    L.append(P('Rollout planning, contractor management, site acquisition & permitting, RAN (Huawei, Ericsson), microwave & fibre backhaul, HSE, MS Project, Primavera P6, Excel (advanced), Power BI'))
    L.append(h_shade('REFERENCES', fill='E2EFDA', caps=True))
    L.append(P('Available on request.'))
    d.add(L)
    return d


def e04():
    # UK events project manager; dates in narrow left table column that wrap; look-alikes: film release, release of funds, budget hotel chain
    d = Doc(font='Georgia', size=10, margins=1000, page='a4')
    W = cw(d)
    L = []
    L.append(P(r('Harriet Lomax', sz=20, b=True), after=0))
    L.append(P(r('Events Project Manager  ·  Manchester  ·  07700 900 555  ·  harriet.lomax@example.com', sz=9.5, color=GREY), after=120, border_bottom=4))
    L.append(h_plain('Personal Statement', sz=12, color='7030A0'))
    L.append(P('Events project manager with ten years planning conferences, product launches and premieres for agencies and in-house brand teams. I like a plan with a critical path, '
               'a supplier list that answers the phone, and a run sheet printed in 12-point. Looking for a larger project role where my planning and supplier skills carry over.'))
    L.append(h_plain('Career History', sz=12, color='7030A0'))
    rows = [
        ('Mar 2019 –\nPresent', [P(B('Senior Event Project Manager'), after=0), P(I('Northlight Live Ltd, Manchester'), after=40)] + bul(d, [
            'Deliver 20–25 events a year with budgets from £40k to £650k, including the 2,000-delegate Northern Retail Summit three years running.',
            'Planned the red-carpet premiere for the UK release of an independent feature film: venue, press pen, security, accessibility and talent transport, all in a six-week window.',
            'Manage the supplier panel (AV, staging, catering, security); introduced a single booking tracker that cut double bookings to zero.',
            'Negotiated accommodation blocks with a budget hotel chain and two boutique hotels; delegate room costs down 18%.',
            'Hold the client budget and sign off supplier invoices before the release of funds at each payment milestone.'])),
        ('Jun 2016 –\nFeb 2019', [P(B('Event Coordinator'), after=0), P(I('Pennine Conferences, Leeds'), after=40)] + bul(d, [
            'Coordinated academic and trade conferences of 150–800 people; registration, speakers, abstracts and on-site logistics.',
            'Built the first shared run-sheet template in Excel, now used across the team.'])),
        ('Sep 2015 –\nMay 2016', [P(B('Guest Services Assistant'), after=0), P(I('The Midland Hotel, Manchester'), after=40),
                                   P('Weddings and banqueting support; front-of-house duties.')]),
    ]
    L.append(dated_rows(rows, [1300, W - 1300]))
    L.append(h_plain('Education & Training', sz=12, color='7030A0'))
    L.append(dated_rows([
        ('2015', [P('BA (Hons) Events Management, 2:1 — Leeds Beckett University')]),
        ('2021', [P('APM Project Fundamentals Qualification (PFQ)')]),
        ('2018', [P('Event Safety Management (Level 3), ICM Event Safety')]),
    ], [1300, W - 1300]))
    L.append(h_plain('Skills', sz=12, color='7030A0'))
    L.append(P('Budgeting and cost control · supplier negotiation · run sheets and critical paths · risk assessments (RAMS) · Cvent, Eventbrite, Excel, Monday.com · full UK driving licence'))
    L.append(h_plain('Referees', sz=12, color='7030A0'))
    L.append(T([[ [P(B('Graham Pilling')), P('Managing Director, Northlight Live Ltd\ngraham.pilling@example.com')],
                  [P(B('Dr Aisha Rahman')), P('Conference Chair, Pennine Conferences\n0113 496 0555')] ]], widths=[W // 2, W - W // 2]))
    d.add(L)
    return d


def e05():
    # Australian construction project manager; two-column page with LEFT shaded sidebar
    d = Doc(font='Calibri', size=10, margins=720, page='a4')
    W = cw(d)
    side = [
        P(r('MITCHELL O\'KEEFE', b=True, sz=16, color='FFFFFF'), after=0),
        P(r('Construction Project Manager', color='FFFFFF', sz=10.5), after=200),
        P(B('CONTACT', color='FFD966'), after=20),
        P(r('0412 555 309\nmitch.okeefe@example.com\nNewcastle NSW 2300', color='FFFFFF'), after=200),
        P(B('TICKETS & LICENCES', color='FFD966'), after=20),
        P(r('White Card (NSW)\nOpen Builder Licence – NSW\nFirst Aid (HLTAID011)\nWorking at Heights\nMR Driver Licence', color='FFFFFF'), after=200),
        P(B('SOFTWARE', color='FFD966'), after=20),
        P(r('Procore\nAconex\nMS Project\nBluebeam Revu\nExcel', color='FFFFFF'), after=200),
        P(B('STRENGTHS', color='FFD966'), after=20),
        P(r('Programming & sequencing\nSubcontractor management\nCost reporting\nClient relationships\nWHS', color='FFFFFF'), after=200),
    ]
    main = [
        P(B('PROFILE', sz=12, color='1F4E79'), border_bottom=6, after=60),
        P('Licensed builder and project manager with 18 years in commercial and education construction across the Hunter and Central Coast. '
          'Projects up to $28M delivered on programme, with a practical, on-site style. Keen to keep growing in larger, more complex fit-out and health work.'),
        P(B('EXPERIENCE', sz=12, color='1F4E79'), border_bottom=6, before=160, after=60),
        P(B('Project Manager'), r('  |  Barrington Build Group  |  2017 – present', color=GREY), after=20),
    ] + bul(d, [
        'Delivered a $28M three-storey STEM building for a regional high school; handed over two weeks ahead of programme with 31 defects at PC.',
        'Ran fortnightly client meetings, monthly cost reports and the variation register; final account settled within 1.5% of the revised contract sum.',
        'Managed up to 22 subcontractors on site; re-sequenced services rough-in around a 3-week steel delay without moving the completion date.',
        'Mentored two site engineers through to Contracts Administrator roles.',
    ]) + [
        P(B('Site Manager'), r('  |  Hunter Coast Constructions  |  2012 – 2017', color=GREY), before=120, after=20),
    ] + bul(d, [
        'Site lead on aged care and retail fit-outs ($3M–$11M).',
        'Daily pre-starts, WHS inspections, look-ahead programmes and subbie coordination.',
    ]) + [
        P(B('Carpenter / Leading Hand'), r('  |  Various builders, Newcastle  |  2008 – 2012', color=GREY), before=120, after=20),
        P('Apprenticeship completed 2010 (Cert III Carpentry).'),
        P(B('EDUCATION', sz=12, color='1F4E79'), border_bottom=6, before=160, after=60),
        P('Diploma of Building and Construction (Building) – TAFE NSW, 2013'),
        P('Cert III Carpentry – TAFE NSW, 2010'),
        P(B('REFEREES', sz=12, color='1F4E79'), border_bottom=6, before=160, after=60),
        P('Available on request.'),
    ]
    L = [T([[{'content': side, 'shade': '1F4E79'}, main]], widths=[3300, W - 3300], cellmar=180), P('', after=0)]
    d.add(L)
    return d


def e06():
    # Polish Scrum Master; company first then roles beneath (promotion); typed "-" bullets; Title Case headings
    d = Doc(font='Calibri', size=10.5, margins=1080, page='a4')
    W = cw(d)
    L = []
    L.append(P(r('Katarzyna Wiśniewska', sz=20, b=True), after=0))
    L.append(P('Scrum Master | Agile Coach', after=0))
    L.append(P('Wrocław, Poland  •  +48 601 555 214  •  k.wisniewska@example.com', after=120))
    L.append(h_rule('About Me', caps=False, color='C00000'))
    L.append(P('Scrum Master with 7 years in agile teams, before that 3 years as a QA engineer. I help teams to see their own problems and fix them, '
               'not to follow process for the sake of process. I work in English every day with clients from Germany, UK and USA.'))
    L.append(h_rule('Work Experience', caps=False, color='C00000'))
    L.append(P(B('Softwarehaus Odra Sp. z o.o.'), r(' — Wrocław (software house, ~400 people)'), before=120, after=20))
    L.append(P(I('Senior Scrum Master'), '\tJan 2022 – present', tabs=RT(W), after=20))
    L += typed([
        'Scrum Master for 2 teams (14 people) building a logistics platform for a German retailer.',
        'Introduced team working agreements and a simple flow metrics dashboard; average cycle time from 9 to 5 days in half a year.',
        'Facilitated quarterly big-room planning for 5 teams and the client product managers (remote, Miro).',
        'When the client cut budget in 2023, helped the PO to re-order the backlog so the first release still went live on time with the must-haves.',
        'Coaching 3 new Scrum Masters inside the company community of practice.',
    ], sym='-')
    L.append(P(I('Scrum Master'), '\tMar 2019 – Dec 2021', tabs=RT(W), before=80, after=20))
    L += typed([
        'Scrum Master for one team of 7 developers and 2 testers (insurance client from UK).',
        'Organised sprint planning, daily, review and retrospective.',
        'Removed impediments, e.g. got access to test environments from the client in days instead of weeks by setting a weekly call with their ops team.',
    ], sym='-')
    L.append(P(B('TestLab Polska S.A.'), r(' — Wrocław'), before=120, after=20))
    L.append(P(I('QA Engineer'), '\tJul 2016 – Feb 2019', tabs=RT(W), after=20))
    L += typed(['Manual and automated testing (Selenium, Java) of banking web applications.', 'Prepared test plans and regression suites.'], sym='-')
    L.append(h_rule('Certificates', caps=False, color='C00000'))
    L += typed(['Professional Scrum Master II (PSM II), Scrum.org — 2021', 'Professional Scrum Master I (PSM I) — 2019',
                'ICAgile Certified Professional – Agile Coaching — 2022', 'ISTQB Foundation Level — 2017'], sym='-')
    L.append(h_rule('Education', caps=False, color='C00000'))
    L.append(P('Master of Science, Computer Science — Wrocław University of Science and Technology, 2016'))
    L.append(h_rule('Skills', caps=False, color='C00000'))
    L.append(P('Scrum, Kanban, LeSS basics, facilitation, Jira, Confluence, Miro, flow metrics, conflict resolution, QA background'))
    L.append(h_rule('Languages', caps=False, color='C00000'))
    L.append(P('Polish – native; English – C1; German – B1'))
    L.append(P(r('I agree to the processing of personal data provided in this document for realising the recruitment process pursuant to the Personal Data Protection Act of 10 May 2018 (Journal of Laws 2018, item 1000) and in agreement with Regulation (EU) 2016/679 (GDPR).', sz=7.5, color=GREY), before=300))
    d.add(L)
    return d


BUILDERS = {'e01': e01, 'e02': e02, 'e03': e03, 'e04': e04, 'e05': e05, 'e06': e06}
