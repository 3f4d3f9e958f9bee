from common import *


def e19():
    # Strong engineering manager (US); CAPS headings with rules; title/dates at right tab; footer "Page N of M"; two pages
    d = Doc(font='Cambria', size=10.5, margins=1080)
    W = cw(d)
    d.footer = [page_field('Marcus Bell — Page ', align='right', total=True, sz=8.5, color=GREY)]
    L = []
    L.append(P(r('MARCUS BELL', b=True, sz=22), after=0))
    L.append(P(r('Engineering Manager', sz=12, i=True), after=0))
    L.append(P('Raleigh, NC  |  919-555-0182  |  marcus.bell@example.com', after=60, border_bottom=12))
    L.append(h_rule('Summary', color='000000'))
    L.append(P('Engineering manager with 15 years in software, 8 managing teams (currently 3 teams, 22 engineers). I own delivery for my area end to end: '
               'planning with product, staffing, technical direction, incident accountability and hiring. Known for predictable delivery and for growing engineers into leads.'))
    L.append(h_rule('Professional Experience', color='000000'))
    L.append(role_tab(d, 'Engineering Manager, Logistics Platform', 'Apr 2021 – Present'))
    L.append(P(I('Freightwise Technologies — Raleigh, NC (remote-first, 900 employees)'), after=40))
    L += bul(d, [
        'Manage 3 teams (22 engineers, 2 team leads) building routing, carrier integration and tracking services.',
        'Delivered the carrier-integration replatform (18 months, $5M budget): phased cutover of 140 carriers with no customer-facing outage; integration lead time from 6 weeks to 5 days.',
        'Introduced quarterly planning with capacity-based commitments; on-time delivery of committed roadmap items rose from 55% to 85%.',
        'Partnered with product and finance on a $1.2M headcount plan; hired 11 engineers with 0 regretted attrition in year one.',
        'Run the weekly delivery review across teams: dependencies, risks, incident follow-ups and scope changes.',
        'Reduced P1 incidents by 60% through on-call reform, SLOs and error budgets.',
    ])
    L.append(role_tab(d, 'Software Engineering Manager', 'Jan 2019 – Mar 2021'))
    L.append(P(I('Carolina Health Data Inc. — Durham, NC'), after=40))
    L += bul(d, [
        'Led a team of 8 building HIPAA-compliant patient data pipelines for 40 hospital customers.',
        'Managed the vendor transition from an on-prem integration engine to cloud (Azure); completed a month ahead of contract renewal.',
        'Set up the release process with QA and compliance sign-offs; monthly releases became bi-weekly.',
    ])
    L.append(role_tab(d, 'Senior Software Engineer / Tech Lead', 'Jun 2014 – Dec 2018'))
    L.append(P(I('Carolina Health Data Inc. — Durham, NC'), after=40))
    L += bul(d, [
        'Tech lead for HL7/FHIR interfaces; mentored 5 engineers.',
        'Designed the message-routing service that processed 20M messages/day.',
    ])
    L.append(role_tab(d, 'Software Engineer', 'Jul 2011 – May 2014'))
    L.append(P(I('Tarheel Software Group — Cary, NC'), after=40))
    L += bul(d, ['Built .NET web applications for state agencies.'])
    L.append(h_rule('Skills', color='000000'))
    L.append(P(B('Leadership: '), 'hiring, performance management, coaching, org design, quarterly planning, budgeting, vendor management, incident management'))
    L.append(P(B('Technical: '), 'Java, C#, Python, AWS, Azure, Kafka, PostgreSQL, microservices, event-driven architecture, CI/CD, observability'))
    L.append(P(B('Process: '), 'Scrum, Kanban, OKRs, SLOs, DORA metrics'))
    L.append(h_rule('Education', color='000000'))
    L.append(role_tab(d, 'M.S. Computer Science, North Carolina State University', '2013', bold_left=False))
    L.append(role_tab(d, 'B.S. Computer Science, UNC Charlotte', '2011', bold_left=False))
    L.append(h_rule('Speaking & Community', color='000000'))
    L += bul(d, ['“Cutting over 140 carriers without a flag day” — Triangle DevOps Meetup, 2023', 'Mentor, Code the Dream (2020–present)'])
    d.add(L)
    return d


def e20():
    # Australian data scientist; "risk models" look-alike (credit risk); dates in a narrow left column that wrap; Referees
    d = Doc(font='Calibri', size=10.5, margins=1000, page='a4')
    W = cw(d)
    lw = 1250
    L = []
    L.append(P(r('Chloe Nguyen', b=True, sz=20, color='0B6E4F'), after=0))
    L.append(P('Data Scientist  |  Melbourne VIC  |  0421 555 873  |  chloe.nguyen@example.com', after=120, border_bottom=6))
    L.append(h_plain('Career Summary', color='0B6E4F'))
    L.append(P('Data scientist with 7 years in banking and insurance analytics. I build and validate credit risk models and customer propensity models, '
               'and I enjoy explaining results to people who do not want to see the maths. Python, SQL, and a lot of patience with messy data.'))
    L.append(h_plain('Employment', color='0B6E4F'))
    L.append(dated_rows([
        ('Jul 2022 –\nPresent', [P(B('Data Scientist, Credit Risk Analytics'), ' — Southbank Mutual Bank', after=20)] + bul(d, [
            'Developed and validated PD (probability of default) risk models for the personal loans book ($2.1bn); new model improved Gini from 0.52 to 0.61.',
            'Wrote model documentation and presented to the Model Risk Committee for approval under APRA requirements.',
            'Automated monthly model monitoring in Python and Airflow; reporting time down from 3 days to half a day.',
            'Worked with IT on moving the scoring model into production; wrote the test cases for the deployment.'])),
        ('Feb 2020 –\nJun 2022', [P(B('Data Analyst'), ' — Yarra Insurance Group', after=20)] + bul(d, [
            'Built churn and cross-sell propensity models for home and motor insurance.',
            'Dashboards in Tableau for the retention team; SQL on Teradata.'])),
        ('2019', [P(B('Graduate Analyst (12-month program)'), ' — Bayside Analytics', after=20), P('Rotations in retail pricing and marketing analytics.')]),
    ], [lw, W - lw]))
    L.append(h_plain('Education', color='0B6E4F'))
    L.append(dated_rows([('2018', [P('Master of Data Science — University of Melbourne')]), ('2016', [P('Bachelor of Commerce (Actuarial Studies) — Monash University')])], [lw, W - lw]))
    L.append(h_plain('Technical Skills', color='0B6E4F'))
    L += bul(d, ['Python (pandas, scikit-learn, XGBoost), SQL, R', 'Airflow, Git, Databricks, Snowflake', 'Tableau, Power BI',
                 'Model validation, logistic regression, survival analysis, time series'])
    L.append(h_plain('Referees', color='0B6E4F'))
    L.append(P('Provided on request.'))
    d.add(L)
    return d


def e21():
    # UK secondary teacher moving into tech project management; completed Google PM certificate; genuine evidence without PM words; header with name
    d = Doc(font='Calibri', size=10.5, margins=1000, page='a4')
    W = cw(d)
    d.header = [P(r('Fiona MacLeod  ·  CV', sz=8.5, color=GREY), align='right')]
    L = []
    L.append(P(r('Fiona MacLeod', b=True, sz=22, color='2F5496'), after=0))
    L.append(P('Glasgow  ·  07700 900 341  ·  fiona.macleod@example.com  ·  linkedin.com/in/fionamacleod-example', after=120))
    L.append(h_rule('Personal Profile', caps=False, color='2F5496'))
    L.append(P('Secondary school Computing teacher (10 years) and Principal Teacher of Digital Learning, now moving into technology project management. '
               'I completed the Google Project Management Professional Certificate in 2025 and am studying for the PRINCE2 Foundation exam. '
               'At school I have run whole-school technology changes with fixed deadlines (term dates do not move), limited budgets and many people to keep on board.'))
    L.append(h_rule('Relevant Experience', caps=False, color='2F5496'))
    L.append(role_tab(d, 'Principal Teacher, Digital Learning — Kelvinside Academy (state secondary), Glasgow', 'Aug 2021 – present'))
    L += bul(d, [
        'Planned and ran the school\'s move from paper homework and shared drives to Google Classroom for 1,100 pupils and 85 staff over one summer; live on the first day of term.',
        'Drew up the timeline with the council IT team, the head teacher and department heads; kept a weekly checklist and chased each department until their courses were set up.',
        'Managed a £48k Chromebook budget: quotes from three suppliers, delivery schedule, asset register and loan agreements.',
        'Trained staff in small groups and wrote short how-to guides; 92% of staff were using Classroom weekly by October.',
        'Led the Computing department of 4 teachers: timetabling, SQA course planning and results analysis.',
    ])
    L.append(role_tab(d, 'Teacher of Computing Science — St Ninian\'s High School, Paisley', 'Aug 2016 – Jun 2021'))
    L += bul(d, [
        'Taught National 4/5 and Higher Computing Science; Higher pass rate rose from 68% to 84%.',
        'Coached the athletics club (sprint and relay squads) and organised the annual sports day for 900 pupils.',
    ])
    L.append(h_rule('Project Management Training', caps=False, color='2F5496'))
    L += bul(d, [
        'Google Project Management Professional Certificate (Coursera), 2025 — capstone: project charter, schedule, RACI and risk register for a fictional app launch.',
        'Agile with Atlassian Jira (Coursera), 2025',
        'PRINCE2 Foundation — exam booked for January 2027',
    ])
    L.append(h_rule('Education', caps=False, color='2F5496'))
    L.append(P('PGDE Secondary (Computing), University of Strathclyde, 2016'))
    L.append(P('BSc (Hons) Computing Science, University of Glasgow, 2015'))
    L.append(h_rule('Skills', caps=False, color='2F5496'))
    L.append(P('Planning and scheduling  •  Budgets and purchasing  •  Training and presenting'))
    L.append(P('Google Workspace, Microsoft 365, Jira (learning), Trello, Excel, Python (teaching level)'))
    L.append(h_rule('References', caps=False, color='2F5496'))
    L.append(P('Available on request.'))
    d.add(L)
    return d


def e22():
    # Filipino registered nurse working in the UK; "communication protocols", "risk assessments", "escalation" in clinical sense; dates left table column; shaded caps headings
    d = Doc(font='Arial', size=10, margins=1000, page='a4')
    W = cw(d)
    lw = 2000
    L = []
    L.append(P(B('JOANNA MAE B. SANTIAGO, RN', sz=16, color='1F6F8B'), after=0))
    L.append(P('Registered Nurse (NMC PIN 19A5551E)  |  Leicester LE2  |  07700 900 466  |  joannamae.santiago@example.com', after=120))
    L.append(h_shade('PROFESSIONAL SUMMARY', fill='DAEEF3'))
    L.append(P('Compassionate and hardworking registered nurse with 10 years of experience in medical-surgical and acute medicine wards in the Philippines and the UK. '
               'Skilled in patient assessment, medication administration, wound care and supporting junior nurses. Currently Band 6 Deputy Ward Manager.'))
    L.append(h_shade('WORK EXPERIENCE', fill='DAEEF3'))
    L.append(dated_rows([
        ('Apr 2022 – Present', [P(B('Deputy Ward Manager (Band 6)'), after=0), P(I('Acute Medical Unit, Leicester Royal Infirmary (NHS)'), after=40)] + bul(d, [
            'Shift coordinator for a 28-bed acute medical unit; allocate staff and manage bed flow with the site team.',
            'Introduced the SBAR handover communication protocols on the unit and audited compliance monthly (from 60% to 95%).',
            'Carry out falls and pressure ulcer risk assessments; lead the ward\'s falls reduction work.',
            'Mentor and assess student nurses and internationally educated nurses preparing for OSCE.',
            'Involved in the ward\'s move to electronic prescribing (ePMA): super-user and trainer for 40 staff.'])),
        ('Sep 2019 – Mar 2022', [P(B('Staff Nurse (Band 5)'), after=0), P(I('Ward 7 Respiratory, Leicester Royal Infirmary (NHS)'), after=40)] + bul(d, [
            'Provided care for patients with COPD, pneumonia and COVID-19, including NIV.', 'Completed OSCE and NMC registration in 2019.'])),
        ('Jun 2016 – Jul 2019', [P(B('Staff Nurse'), after=0), P(I('Medical-Surgical Ward, Quezon Medical Center, Quezon City'), after=40)] + bul(d, [
            'Handled 8–10 patients per shift; medication administration, IV therapy and wound care.'])),
    ], [lw, W - lw]))
    L.append(h_shade('EDUCATION & LICENSES', fill='DAEEF3'))
    L.append(dated_rows([('2016', [P('Bachelor of Science in Nursing — University of Santo Tomas, Manila')]),
                         ('2016', [P('Philippine Nurse Licensure Examination — Passed')]),
                         ('2019', [P('NMC Registration, United Kingdom')])], [lw, W - lw]))
    L.append(h_shade('TRAININGS', fill='DAEEF3'))
    L.append(P('Immediate Life Support (ILS) • IV Cannulation & Venepuncture • Mentorship / Practice Assessor • Moving and Handling • Safeguarding Adults Level 3'))
    L.append(h_shade('SKILLS', fill='DAEEF3'))
    L.append(P('Patient assessment (NEWS2) • Medication management • Team leadership on shift • Electronic records (Nerve Centre, ePMA) • Microsoft Office'))
    L.append(h_shade('REFERENCES', fill='DAEEF3'))
    L.append(P('Available upon request.'))
    d.add(L)
    return d


def e23():
    # Head chef / bakery operations manager at "Scrum Street Bakery"; Canadian; sidebar on the RIGHT; kanban in kitchen sense
    d = Doc(font='Georgia', size=10, margins=800)
    W = cw(d)
    sw = 3500
    main = [
        P(r('Olivia Tremblay', b=True, sz=22), after=0), P(r('Head Baker & Kitchen Manager', sz=12, i=True, color='7F6000'), after=160),
        P(B('PROFILE', color='7F6000'), border_bottom=4, after=60),
        P('Pastry chef and kitchen manager with 14 years in bakeries and hotel kitchens. I run a tight kitchen, train people well and keep food cost under control.'),
        P(B('EXPERIENCE', color='7F6000'), border_bottom=4, before=160, after=60),
        P(B('Head Baker & Kitchen Manager'), ' — Scrum Street Bakery, Toronto', after=0), P(r('2019 – present', color=GREY), after=40),
    ] + typed([
        'Run production for 3 retail locations and 40 wholesale cafés; team of 14 bakers and pastry cooks.',
        'Opened the second and third stores: kitchen layout, equipment buying, hiring and training, menu launch on opening day.',
        'Set up a kanban card system for flour, butter and packaging so re-orders happen before we run out; waste down 22%.',
        'Food cost from 34% to 29% through recipe costing and portion control.',
        'Food safety lead; zero infractions at DineSafe inspections since 2019.',
    ], sym='–') + [
        P(B('Pastry Sous Chef'), ' — The Harbourfront Grand Hotel, Toronto', before=100, after=0), P(r('2015 – 2019', color=GREY), after=40),
    ] + typed(['Banquet desserts for up to 600 covers; wedding cakes; scheduling the pastry brigade.'], sym='–') + [
        P(B('Pastry Cook'), ' — Pâtisserie Lavoie, Montréal', before=100, after=0), P(r('2012 – 2015', color=GREY), after=40),
        P('Laminated doughs, viennoiserie, early-morning production.'),
    ]
    side = [
        P(B('CONTACT', color='7F6000'), after=40), P('Toronto, ON\n(416) 555-0117\nolivia.tremblay@example.com', after=200),
        P(B('CERTIFICATIONS', color='7F6000'), after=40), P('Red Seal – Baker (Interprovincial)\nToronto Food Handler Certification\nSmart Serve Ontario', after=200),
        P(B('EDUCATION', color='7F6000'), after=40), P('Diploma, Baking & Pastry Arts\nGeorge Brown College, 2012', after=200),
        P(B('SKILLS', color='7F6000'), after=40)] + typed(['Viennoiserie & bread', 'Menu development', 'Recipe costing', 'Staff training', 'Inventory & ordering', 'Scheduling (7shifts)'], sym='•') + [
        P(B('LANGUAGES', color='7F6000'), before=160, after=40), P('English, French'),
    ]
    d.add(T([[main, {'content': side, 'shade': 'FFF2CC'}]], widths=[W - sw, sw], cellmar=160), P('', after=0))
    return d


def e24():
    # UK property solicitor; "stakeholder" (deposit held as stakeholder), "release of funds/retentions", "risk" legal sense; Company | City | Dates then title; underlined headings; typed bullets
    d = Doc(font='Times New Roman', size=11, margins=1134, page='a4')
    W = cw(d)
    d.footer = [page_field('Page ', align='center', sz=9)]
    L = []
    L.append(P(B('ELEANOR ASHWORTH', sz=16), align='center', after=0))
    L.append(P('Solicitor (England & Wales)', align='center', after=0))
    L.append(P('Bristol BS8  •  07700 900 528  •  eleanor.ashworth@example.com', align='center', after=160))
    L.append(h_plain('Profile', sz=12, u=True))
    L.append(P('Commercial property solicitor, admitted 2015, with experience of acquisitions, disposals, development and landlord and tenant work. Used to handling a caseload of 40–50 live matters with tight completion deadlines.'))
    L.append(h_plain('Career History', sz=12, u=True))
    for co, city, dates, title, items in [
        ('Hartley Bramble LLP', 'Bristol', 'Sep 2019 – present', 'Senior Associate, Real Estate', [
            'Act for developers, investors and a regional housing association on acquisitions and disposals of up to £35m.',
            'Manage deposits held by the firm as stakeholder on exchange and authorise the release of funds on completion.',
            'Negotiate development agreements, including retention and release mechanisms tied to practical completion.',
            'Advise on title risk and arrange indemnity insurance; report on title to funders.',
            'Supervise two associates and a trainee; review their drafting and handle client escalations.',
            'Identified all stakeholders with rights over a 12-acre site (rights of way, easements, overage) before a £14m land sale.']),
        ('Caldwell & Pryce Solicitors', 'Cardiff', 'Sep 2013 – Aug 2019', 'Trainee Solicitor, then Associate', [
            'Seats in property, commercial litigation, private client and corporate; qualified into property in 2015.',
            'Leases, licences for alterations, rent reviews and lease renewals under the 1954 Act.']),
    ]:
        L.append(P(B(co), f'  |  {city}  |  {dates}', before=120, after=0, keep=True))
        L.append(P(I(title), after=40, keep=True))
        L += typed(items, sym='•', ind=200)
    L.append(h_plain('Education', sz=12, u=True))
    L.append(P('Legal Practice Course (Distinction) — University of Law, Bristol, 2013'))
    L.append(P('LLB (Hons) Law, 2:1 — Cardiff University, 2012'))
    L.append(h_plain('Skills', sz=12, u=True))
    L.append(P('Drafting and negotiation; case management (Visualfiles); Land Registry portal; client care; supervision of junior fee earners; Microsoft Office.'))
    L.append(h_plain('Memberships', sz=12, u=True))
    L.append(P('The Law Society; Bristol Law Society property committee (2022–present)'))
    L.append(h_plain('Referees', sz=12, u=True))
    L.append(P('Available on request.'))
    d.add(L)
    return d


BUILDERS = {'e19': e19, 'e20': e20, 'e21': e21, 'e22': e22, 'e23': e23, 'e24': e24}
