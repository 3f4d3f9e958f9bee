from common import *


def e13():
    # Mexican mid-level developer writing in English; two-column page with sidebar on the RIGHT; skills rated x/5; employer "Jirafa Telecom" (tool-like name)
    d = Doc(font='Calibri', size=10, margins=800, page='letter')
    W = cw(d)
    sw = 3500
    main = [
        P(r('Luis Fernando Ramírez Ortega', b=True, sz=18, color='843C0C'), after=0),
        P(r('Full Stack Developer (Mid-level)', sz=11.5, color=GREY), after=160),
        h_rule('Professional Profile', color='843C0C', caps=False, before=60),
        P('Software developer with 7 years of experience building web applications with Java, Spring Boot and Angular. I have participated in projects for telecom and retail companies in Mexico and USA. '
          'I am a responsible person, proactive and with facility to learn new technologies. I like to work in team and to help my colleagues.'),
        h_rule('Work Experience', color='843C0C', caps=False),
        P(B('Full Stack Developer'), after=0), P(I('Jirafa Telecom S.A. de C.V. — Guadalajara, Jal.  |  Feb 2022 – Actual'), after=40),
    ] + bul(d, [
        'Development of the self-service portal for prepaid customers (Angular 15, Spring Boot, PostgreSQL); more than 1.2 million users per month.',
        'Implemented the integration with the payment gateway and with SMS notifications; reduced failed top-ups in 12%.',
        'Participation in daily meetings, refinement and demo with the product owner.',
        'Support to production incidents in the on-call rotation (one week each month).',
        'I prepared the technical documentation of the APIs in Swagger and Confluence.',
    ]) + [
        P(B('Java Developer'), before=100, after=0), P(I('Nube Azul Consulting — Guadalajara  |  Jan 2020 – Jan 2022'), after=40),
    ] + bul(d, [
        'Developer in a nearshore team for a US retail client (inventory microservices).',
        'Creation of REST services and unit tests with JUnit and Mockito.',
        'Migration of 6 services from Java 8 to Java 11.',
    ]) + [
        P(B('Trainee Developer'), before=100, after=0), P(I('Grupo Tapatío Sistemas — Zapopan  |  Jun 2019 – Dec 2019'), after=40),
        P('Maintenance of internal systems in PHP and MySQL.'),
        h_rule('Education', color='843C0C', caps=False),
        P(B('Ingeniería en Sistemas Computacionales'), ' (Computer Systems Engineering)', after=0),
        P('Instituto Tecnológico de Guadalajara, 2015 – 2019. Titulado (degree completed).'),
    ]
    side = [
        P(B('CONTACT', color='843C0C'), after=40),
        P('Guadalajara, Jalisco, México\n+52 33 5555 7812\nluisf.ramirez@example.com\nlinkedin.com/in/lframirez-example', after=200),
        P(B('TECHNICAL SKILLS', color='843C0C'), after=40),
        T([['Java / Spring Boot', '5/5'], ['Angular / TypeScript', '4/5'], ['PostgreSQL / MySQL', '4/5'], ['Docker', '3/5'],
           ['Kubernetes', '2/5'], ['Git / GitLab CI', '4/5'], ['AWS', '2/5']], widths=[2450, 650]),
        P('', after=120),
        P(B('SOFT SKILLS', color='843C0C'), after=40),
    ] + typed(['Teamwork', 'Responsibility', 'Problem solving', 'Adaptability'], sym='•') + [
        P(B('LANGUAGES', color='843C0C'), before=160, after=40),
        P('Spanish – Native\nEnglish – Intermediate-Advanced (B2)'),
        P(B('COURSES', color='843C0C'), before=160, after=40),
        P('Oracle Certified Professional, Java SE 11 Developer (2021)\nScrum Fundamentals Certified – SCRUMstudy (2022)'),
    ]
    d.add(T([[main, {'content': side, 'shade': 'FBE5D6'}]], widths=[W - sw, sw], cellmar=160), P('', after=0))
    return d


def e14():
    # Dutch senior developer / tech lead (ran releases, mentored, evidence phrased without PM keywords); title left, dates at right tab; Title Case shaded headings
    d = Doc(font='Calibri', size=10.5, margins=1000, page='a4')
    W = cw(d)
    L = []
    L.append(P(r('Sander de Vries', b=True, sz=20), after=0))
    L.append(P(r('Senior Software Engineer / Tech Lead', sz=12, color='2F5496'), after=60))
    L.append(P('Utrecht, Netherlands  ·  +31 6 5550 2719  ·  sander.devries@example.com  ·  github.com/sdevries-example', after=120))
    L.append(h_shade('Profile', fill='DDEBF7'))
    L.append(P('Backend engineer with 14 years of experience, the last five as tech lead of a team of six. I enjoy the technical side (Kotlin, Postgres, Kafka) '
               'but also making sure a team ships: splitting work so it lands in small pieces, deciding what not to build, and getting new colleagues productive quickly.'))
    L.append(h_shade('Experience'))
    L.append(role_tab(d, 'Tech Lead, Billing Team — Voltstroom Energie B.V., Utrecht', '2021 – present'))
    L += bul(d, [
        'Lead a team of 6 engineers that owns invoicing and payments for 900,000 household energy contracts.',
        'Took over the weekly release train for billing: wrote the release notes, decided what went in and what waited, and was the person who said go or stop.',
        'When a rounding bug hit 14,000 invoices, moved two engineers onto the billing fix for a week, agreed the correction letters with Customer Service and Legal, and had corrected invoices out in nine days.',
        'Broke the 2022 tariff-change work into 11 small deliveries so finance could test each one; the change went live on 1 January without a freeze.',
        'Mentored 3 junior/medior developers; two were promoted within 18 months. Run the fortnightly backend guild.',
        'Moved billing from a nightly batch to Kafka events; invoice runs went from 7 hours to 40 minutes.',
    ])
    L.append(role_tab(d, 'Software Engineer — Fietsdeel B.V. (bike-sharing), Amsterdam', '2016 – 2021'))
    L += bul(d, [
        'Built the trip and pricing services in Kotlin/Spring; on-call for the payments flow.',
        'Planned and ran the migration from a single MySQL to Postgres with zero downtime over three weekends.',
        'Interviewed candidates and onboarded new hires.',
    ])
    L.append(role_tab(d, 'Java Developer — Kaasmarkt Software, Gouda', '2012 – 2016'))
    L += bul(d, ['Order and stock software for regional food wholesalers (Java EE, Oracle).'])
    L.append(h_shade('Skills'))
    L.append(P(B('Languages: '), 'Kotlin, Java, SQL, some Go and Python'))
    L.append(P(B('Platform: '), 'Spring Boot, PostgreSQL, Kafka, Kubernetes, Terraform, GitHub Actions, Grafana'))
    L.append(P(B('Ways of working: '), 'trunk-based development, code review, incident reviews, small-batch delivery'))
    L.append(h_shade('Education'))
    L.append(role_tab(d, 'MSc Computer Science — Universiteit Utrecht', '2012', bold_left=False))
    L.append(h_shade('Languages'))
    L.append(P('Dutch (native), English (fluent), German (reasonable)'))
    d.add(L)
    return d


def e15():
    # US SaaS implementation consultant; name/contact in a 2-cell table; check bullets; evidence without obvious PM keywords
    d = Doc(font='Calibri', size=10.5, margins=1000)
    W = cw(d)
    L = []
    L.append(T([[ {'content': [P(r('Marisol Vega', b=True, sz=20, color='FFFFFF'), after=0), P(r('Implementation Consultant · SaaS Onboarding', color='FFFFFF'))], 'shade': '2E4057'},
                  {'content': [P(r('Austin, TX', color='FFFFFF'), align='right', after=0), P(r('512-555-0199', color='FFFFFF'), align='right', after=0),
                               P(r('marisol.vega@example.com', color='FFFFFF'), align='right')], 'shade': '2E4057'} ]], widths=[W - 3400, 3400], cellmar=200))
    L.append(h_plain('Summary', sz=12, color='2E4057'))
    L.append(P('Implementation consultant with 7 years getting mid-market customers live on HR and payroll software. Usually juggling 8–12 customer projects at once, '
               'from kickoff through data migration, configuration, training and go-live. Customers stay: 96% of my accounts renewed in their first year.'))
    L.append(h_plain('Experience', sz=12, color='2E4057'))
    L.append(role_tab(d, 'Senior Implementation Consultant, PeoplePulse HR (SaaS)', 'Jan 2022 – Present'))
    L += bul(d, [
        'Own onboarding for customers with 200–3,000 employees; average time-to-live down from 14 to 9 weeks across my book.',
        'Got four teams (customer HR, customer IT, our payroll engineers and the customer\'s old vendor) to agree on a cut-over date for a 2,400-employee payroll switch, and held it.',
        'Kept the launch checklist for every account and chased owners weekly until each item was closed; no launch of mine has slipped for a missing item since 2023.',
        'Wrote the data-migration playbook (CSV templates, validation SQL, sign-off steps) now used by the whole implementation team of 14.',
        'Flag scope creep early and route it to change orders; brought in $85K of paid professional services in 2024.',
    ], 'check')
    L.append(role_tab(d, 'Implementation Specialist, Cadence Payroll Systems', 'Jun 2019 – Dec 2021'))
    L += bul(d, [
        'Configured pay rules, tax setup and integrations (SFTP, REST) for small-business customers.',
        'Ran remote training sessions for admins; built a library of 20 short how-to videos.',
    ], 'check')
    L.append(role_tab(d, 'Payroll Administrator, Hill Country Medical Group', 'Aug 2017 – May 2019'))
    L += bul(d, ['Processed bi-weekly payroll for 450 staff; first in-house user of the new payroll system.'], 'check')
    L.append(h_plain('Skills', sz=12, color='2E4057'))
    L.append(P('SaaS implementation · data migration · SQL (intermediate) · REST API basics · Postman · Salesforce · Jira Service Management · Asana · customer training · requirements workshops'))
    L.append(h_plain('Education', sz=12, color='2E4057'))
    L.append(role_tab(d, 'B.B.A. Management Information Systems, Texas State University', '2017', bold_left=False))
    L.append(P('Certified Payroll Professional (CPP), 2020'))
    d.add(L)
    return d


def e16():
    # UK IT service desk lead; employer "Kanban Logistics" (method-named employer); numbered lists; footer with name; shaded headings
    d = Doc(font='Arial', size=10, margins=1000, page='a4')
    W = cw(d)
    d.footer = [P(r('Curriculum Vitae – Darren Whitmore', sz=8, color=GREY), align='center')]
    L = []
    L.append(P(B('DARREN WHITMORE', sz=18), align='center', after=0))
    L.append(P('Birmingham B15  |  07700 900 812  |  darren.whitmore@example.com', align='center', after=120))
    L.append(h_shade('PROFILE', fill='E7E6E6'))
    L.append(P('IT Service Desk Team Leader with 11 years in IT support. ITIL 4 certified. I run a busy first and second line team for a national logistics company and have '
               'taken part in several office moves and system rollouts. Looking for a next step in service management or IT projects.'))
    L.append(h_shade('EMPLOYMENT HISTORY', fill='E7E6E6'))
    L.append(P(B('Service Desk Team Leader'), '  –  Kanban Logistics Ltd, Birmingham  –  May 2020 to present', before=80))
    nid = d.list('decimal')
    L += [P(x, num=nid, after=20) for x in [
        'Lead a team of 11 analysts (1st and 2nd line) supporting 3,200 users across 14 depots.',
        'First-time fix rate improved from 61% to 74% by rewriting the knowledge base and adding a daily 15-minute huddle.',
        'Responsible for the rota, holiday cover, one-to-ones and monthly SLA reports to the Head of IT.',
        'Coordinated the service desk side of the Windows 11 rollout (2,800 laptops): build schedule with depots, user comms, and extra staffing for go-live weeks.',
        'Change Advisory Board member; review release notes and plan desk readiness for each monthly release.',
    ]]
    L.append(P(B('2nd Line Support Analyst'), '  –  Midshire County Council, Worcester  –  Feb 2017 to Apr 2020', before=80))
    nid = d.list('decimal')
    L += [P(x, num=nid, after=20) for x in [
        'Active Directory, Exchange Online, Intune and printer support.',
        'Involved in the move of 600 staff to a new civic office over two weekends.',
        'Mentored new 1st line analysts.',
    ]]
    L.append(P(B('1st Line Support Analyst'), '  –  Sterling PC Services, Birmingham  –  Sep 2015 to Jan 2017', before=80))
    nid = d.list('decimal')
    L += [P(x, num=nid, after=20) for x in ['Logged and resolved calls by phone and email; password resets; hardware swaps.']]
    L.append(h_shade('QUALIFICATIONS', fill='E7E6E6'))
    L.append(P('ITIL 4 Foundation (2019)  •  Microsoft 365 Certified: Modern Desktop Administrator Associate (2021)  •  CompTIA A+ (2015)'))
    L.append(P('BTEC Level 3 Extended Diploma in IT (DMM) – South & City College Birmingham, 2015'))
    L.append(h_shade('TECHNICAL SKILLS', fill='E7E6E6'))
    L.append(P('ServiceNow, TOPdesk, Active Directory, Azure AD / Entra ID, Intune, Microsoft 365, SCCM, Windows 10/11, basic PowerShell, networking fundamentals'))
    L.append(h_shade('INTERESTS', fill='E7E6E6'))
    L.append(P('Five-a-side football, fixing old bikes, volunteer IT help at my local community centre.'))
    L.append(h_shade('REFERENCES', fill='E7E6E6'))
    L.append(P('Available upon request.'))
    d.add(L)
    return d


def e17():
    # DevOps/SRE engineer; compact; skills in a bordered grid; typed "•" bullets; section in two columns for certifications/education
    d = Doc(font='Calibri', size=10.5, margins=900)
    W = cw(d)
    L = []
    L.append(P(B('ARJUN MEHTA', sz=18), r('\tSite Reliability Engineer', sz=12, color=GREY), tabs=RT(W), after=0))
    L.append(P('Seattle, WA · 206-555-0164 · arjun.mehta@example.com · github.com/amehta-example', after=40, border_bottom=8))
    L.append(h_rule('Summary', color='000000', sz=11))
    L.append(P('SRE with 9 years running production for consumer and B2B platforms on AWS and Kubernetes. I like boring, repeatable deploys and clear incident process.'))
    L.append(h_rule('Technical Skills', color='000000', sz=11))
    L.append(T([['Cloud', 'AWS (EKS, EC2, RDS, Lambda, IAM), some GCP'], ['Containers', 'Kubernetes, Helm, Docker, Argo CD'],
                ['IaC / CI', 'Terraform, GitHub Actions, Jenkins'], ['Observability', 'Prometheus, Grafana, Datadog, PagerDuty, OpenTelemetry'],
                ['Languages', 'Go, Python, Bash']], widths=[1800, W - 1800], borders=True, cellmar=100))
    L.append(h_rule('Experience', color='000000', sz=11))
    L.append(role_tab(d, 'Senior Site Reliability Engineer | Cascade Streaming Co., Seattle', '2022 – Present'))
    L += typed([
        'Own reliability for the playback API (40K requests/sec peak); availability 99.95% for 2024 against a 99.9% SLO.',
        'Led the move of 120 services from EC2/Ansible to EKS with Argo CD; planned it in waves with each service team and finished in 10 months.',
        'Incident commander on the on-call rotation; introduced blameless postmortems with tracked action items (90% closed within 30 days).',
        'Cut AWS spend by $600K/year through rightsizing and spot instances.',
    ], sym='•')
    L.append(role_tab(d, 'DevOps Engineer | Orcalytics, Bellevue', '2019 – 2022'))
    L += typed([
        'Built Terraform modules and CI pipelines for 30+ microservices; deploy time from 45 to 8 minutes.',
        'Set up Prometheus/Grafana monitoring and alerting standards.',
    ], sym='•')
    L.append(role_tab(d, 'Systems Administrator | Puget Sound Credit Union', '2017 – 2019'))
    L += typed(['Linux and VMware administration, backups, patching.'], sym='•')
    L.append(h_rule('Certifications & Education', color='000000', sz=11))
    d.add(L)
    d.section_break(cols=1)
    d.add(typed(['AWS Certified Solutions Architect – Professional (2023)', 'Certified Kubernetes Administrator (CKA) (2021)',
                 'HashiCorp Terraform Associate (2020)', 'B.S. Computer Engineering, University of Washington (2017)'], sym='•'))
    d.section_break(cols=2, space=360)
    return d


def e18():
    # Strong product manager; two-column with LEFT light sidebar (skills, tools, education, languages)
    d = Doc(font='Helvetica', size=10, margins=720)
    W = cw(d)
    sw = 3000
    side = [
        P(B('CONTACT', color='3B3B98'), after=40), P('New York, NY\n(917) 555-0138\nrachel.kim@example.com\nlinkedin.com/in/rachelkim-example', after=200),
        P(B('PRODUCT SKILLS', color='3B3B98'), after=40)] + typed(['Discovery & user research', 'Roadmapping & prioritization', 'Experimentation (A/B)', 'Pricing & packaging',
                                                                     'Go-to-market planning', 'Writing PRDs'], sym='•') + [
        P(B('TOOLS', color='3B3B98'), before=160, after=40), P('Amplitude, Looker, SQL, Figma, Jira, Productboard, Notion'),
        P(B('EDUCATION', color='3B3B98'), before=160, after=40), P('MBA, NYU Stern, 2018\nBA Economics, University of Michigan, 2013'),
        P(B('LANGUAGES', color='3B3B98'), before=160, after=40), P('English, Korean'),
    ]
    main = [
        P(r('RACHEL KIM', b=True, sz=20), after=0), P(r('Senior Product Manager', sz=12, color='3B3B98'), after=160),
        P('Product manager with 8 years in B2B fintech and marketplaces. I work closely with engineering leads on sequencing and trade-offs, and I own outcomes, not just roadmaps.', after=120),
        P(B('EXPERIENCE', color='3B3B98'), border_bottom=6, after=60),
        P(B('Senior Product Manager, Invoicing'), r(' · Tallyroll (B2B payments) · 2021–Present', color=GREY), after=20),
    ] + bul(d, [
        'Own the invoicing product (4 engineering squads); grew invoice volume 2.3x and net revenue retention from 104% to 117% in two years.',
        'Ran the launch of automated payment reminders: coordinated engineering, legal, support and marketing against a fixed date tied to a partner announcement.',
        'Killed a half-built feature after customer interviews showed low demand; moved the team to reconciliation, which became the #1 requested feature shipped in 2023.',
        'Partner with the engineering manager on quarterly planning, capacity and dependency calls.',
    ]) + [
        P(B('Product Manager, Seller Tools'), r(' · Stoopsale Marketplace · 2018–2021', color=GREY), before=100, after=20),
    ] + bul(d, [
        'Shipped bulk listing and shipping-label tools used by 60K sellers; cut time-to-list by 45%.',
        'Designed and analyzed 30+ A/B tests with the data team.',
    ]) + [
        P(B('Business Analyst'), r(' · Hudson Ridge Consulting · 2013–2016', color=GREY), before=100, after=20),
    ] + bul(d, ['Operations and pricing analysis for retail and banking clients.'])
    d.add(T([[{'content': side, 'shade': 'EEEEF7'}, main]], widths=[sw, W - sw], cellmar=160), P('', after=0))
    return d


BUILDERS = {'e13': e13, 'e14': e14, 'e15': e15, 'e16': e16, 'e17': e17, 'e18': e18}
