from common import *

def d01():
    d = Doc(font='Calibri', size=10.5, margins=1000)
    cw = d.content_width()
    d.add(P(r('Priya Raman', sz=24, b=True), align='center', after=0),
          P('Seattle, WA  •  (206) 555-0148  •  ', d.hyperlink('priya.raman@example.com', 'mailto:priya.raman@example.com'), '  •  ',
            d.hyperlink('linkedin.com/in/priyaraman-example', 'https://www.linkedin.com/in/priyaraman-example'), align='center', after=120))
    d.footer = [page_field('Priya Raman — page ', align='right', sz=8, total=True)]
    d.add(H1('Summary'))
    d.add(P('Technical Program Manager with 12 years in software delivery, the last 8 running cross-team programs for cloud infrastructure and platform services. '
            'I own the plan, the risks and the launch call for programs that span 8–20 engineering teams, and I am comfortable reading a design doc, '
            'challenging an estimate, and explaining the trade-off to a VP in two sentences.'))
    d.add(H1('Selected Programs'))
    d.add(T([[B('Program'), B('Scope'), B('Outcome')],
             ['VM placement service, 14-region rollout', '11 teams, 70 engineers, 18 months', 'GA 3 weeks early; 0 Sev-1 during migration'],
             ['Legacy scheduler deprecation', '240 internal services, 1,100+ work items', 'Retired 2 months early; ~$4.2M/yr saved'],
             ['FedRAMP Moderate for compute control plane', '9 teams, 62 controls', 'Authorization granted first attempt'],
             ['Tiered object storage launch', '5 teams + 2 vendors', 'On-date GA to 3,000 beta customers'],
             ['Capacity planning process redesign', 'Finance, supply chain, 6 service teams', 'Forecast error cut from 22% to 9%']],
            widths=[cw*38//100, cw*30//100, cw - cw*38//100 - cw*30//100], borders=True, header_shade='DEEAF6'))
    d.add(P(after=0))
    d.add(H1('Experience'))
    d.add(job('Senior Technical Program Manager, Compute Platform', 'Mar 2021 – Present', cw),
          P(I('Nimbus Cloud Services, Seattle, WA'), after=40))
    d.add(bullets(d, [
        'Led the multi-region rollout of a new VM placement service across 14 regions and 11 owning teams; delivered 3 weeks ahead of the committed date with zero Sev-1 incidents during migration.',
        'Built and ran the program operating model (weekly risk review, dependency board, launch readiness checklist) now used by 6 other TPMs in the org.',
        'Drove the deprecation of a legacy scheduler used by 240 internal services: negotiated migration windows with each owning team, tracked 1,100+ work items, and retired the system 2 months early, saving ~$4.2M/yr in hosting.',
        'Partnered with Security and Compliance to land FedRAMP Moderate controls for the compute control plane; coordinated 9 teams through 62 control remediations before the audit window.',
        'Wrote the quarterly planning narrative for a 90-engineer org; reconciled headcount, roadmap and capacity with 4 engineering managers and 2 product directors.',
        'Redesigned the capacity planning process with Finance and Supply Chain: monthly demand review, server order lead-time tracking, and a single forecast owned by the program; forecast error fell from 22% to 9%.',
        'Recommended pausing the second wave of the scheduler migration for three weeks after two customer-facing regressions; presented the trade-off to the GM, got agreement, and recovered the date by parallelising waves 3 and 4.',
        'Ran monthly business reviews for the Compute Platform GM: status, risks, asks; introduced a one-page red/amber decision log that cut review time by half.',
        'Mentor 4 TPMs; part of the TPM hiring loop (60+ interviews) and co-author of the org’s TPM career ladder.',
    ]))
    d.add(P(B('Key tools & mechanisms: '), 'Jira Advanced Roadmaps, dependency heat-map in Looker, launch readiness reviews, weekly written status, pre-mortems.', after=120))
    d.add(job('Technical Program Manager, Storage', 'Jun 2018 – Feb 2021', cw),
          P(I('Nimbus Cloud Services, Seattle, WA'), after=40))
    d.add(bullets(d, [
        'Ran the launch of tiered object storage (GA in 2020): scoped MVP with product, managed 5 engineering teams and 2 external vendors, launched on date to 3,000 beta customers.',
        'Introduced error-budget based launch gates with SRE; reduced post-launch rollbacks from 7 per quarter to 1.',
        'Coordinated incident follow-up for 23 Sev-2 events; tracked corrective actions to closure (94% closed within SLA).',
        'Managed the hardware refresh program for 9,000 storage nodes with the data-center operations team; sequenced racks to keep durability guarantees and finished within the fiscal year budget ($31M).',
        'Owned the storage team’s roadmap review cadence with product management; translated customer asks into quarterly commitments.',
        'Negotiated a delivery schedule change with an SSD vendor after a firmware defect, avoiding a 6-week slip of the GA date.',
    ]))
    d.add(job('Software Development Engineer II', 'Jul 2014 – May 2018', cw),
          P(I('Brightline Analytics, Bellevue, WA'), after=40))
    d.add(bullets(d, [
        'Backend engineer on the data ingestion team (Java, Kafka, PostgreSQL); built the partition rebalancer that cut ingest lag by 60%.',
        'Acted as scrum master for a 7-person team for 18 months and organised the team\u2019s move from quarterly to bi-weekly releases.',
    ]))
    d.add(H1('Skills'))
    d.add(P(B('Program delivery: '), 'multi-team planning, dependency and risk management, launch readiness, OKRs, exec status reporting, vendor management'),
          P(B('Technical: '), 'distributed systems, AWS/GCP concepts, Kubernetes, CI/CD, SLOs and error budgets, SQL, Python, Java (former)'),
          P(B('Tools: '), 'Jira, Confluence, Smartsheet, Asana, Looker, Google Workspace'))
    d.add(H1('Speaking & Community'))
    d.add(bullets(d, ['“Running deprecations people actually finish” — internal TPM summit keynote, 2023; external talk at a Seattle program management meetup, 2024.',
                      'Volunteer mentor, Women in Cloud Seattle (2020 – present).']))
    d.add(H1('Education & Certifications'))
    d.add(P(B('B.S. Computer Science'), ', University of Washington, 2014'),
          P('PMP (2019)  |  Certified ScrumMaster (2016)  |  AWS Solutions Architect – Associate (2020)'))
    return d

def d02():
    d = Doc(font='Cambria', size=11, margins=1080)
    cw = d.content_width()
    d.add(T([[[P(r('MARCUS T. OYELARAN', b=True, sz=20), after=0), P(r('PMP  |  IT Project Manager – Healthcare', color='595959'), after=0)],
              [P('Columbus, OH 43215', align='right', after=0), P('(614) 555-0193', align='right', after=0),
               P('m.oyelaran@example.com', align='right', after=0)]]], widths=[cw*6//10, cw*4//10]))
    d.add(P(after=60))
    d.add(capsH('Professional Summary'))
    d.add(P('PMP-certified IT project manager with 14 years in hospital and health-system IT, including 11 years as a project manager and 7 years leading Epic and ancillary system projects. '
            'Experienced in clinical go-lives, downtime planning, vendor coordination and working with physicians, nursing leadership and revenue cycle. '
            'Managed budgets up to $6.8M and teams of up to 35 analysts, trainers and contractors.'))
    d.add(capsH('Professional Experience'))
    d.add(P(B('Riverbend Health System'), ' | Columbus, OH | Jan 2019 – Present', after=0), P(I('Senior IT Project Manager, Clinical Applications')))
    d.add(bullets(d, [
        'Project manager for the Epic upgrade from 2019 to Nov 2022 across 4 hospitals and 62 ambulatory clinics; coordinated 14 application teams, 3,100 test scripts and a 9-hour technical downtime completed within window.',
        'Led the Beaker lab module implementation ($2.4M, 16 months); built integrated workplan in MS Project, ran weekly steering committee with CMIO and lab director, go-live on schedule.',
        'Managed cutover planning and command center for 3 go-lives (staffing 120 super-users per shift, issue triage, daily huddles).',
        'Maintained RAID log and monthly budget-to-actuals for portfolio of 5 projects; reported to IT governance board.',
        'Coordinated interface changes with HL7 integration team and 6 third-party vendors (PACS, pharmacy, bed management).',
    ]))
    d.add(P(B('Mercy Valley Medical Center'), ' | Dayton, OH | Jun 2015 – Dec 2018', after=0), P(I('IT Project Manager')))
    d.add(bullets(d, [
        'Managed replacement of nurse-call and clinical communication devices across 22 units (Vocera, 900 devices).',
        'Led the PACS migration project; vendor-managed data migration of 11 TB with zero lost studies.',
        'Ran project intake and prioritisation for the clinical applications team.',
    ]))
    d.add(P(B('Mercy Valley Medical Center'), ' | Dayton, OH | Aug 2012 – May 2015', after=0), P(I('Clinical Systems Analyst')))
    d.add(bullets(d, [
        'Built and supported order sets and documentation flowsheets; trained 300+ nurses on system changes.',
        'Served as analyst on the original Epic implementation (2013 go-live).',
    ]))
    d.add(capsH('Education & Certifications'))
    d.add(P('Bachelor of Science in Health Information Management – The Ohio State University, 2012', after=0),
          P('Project Management Professional (PMP), PMI – 2016', after=0),
          P('Epic Certified: Ambulatory; Epic Project Manager Foundations', after=0),
          P('ITIL 4 Foundation – 2020'))
    d.add(capsH('Skills'))
    d.add(P('MS Project • Smartsheet • ServiceNow PPM • Visio • Budget management • Vendor contracts • Go-live/cutover planning • HIPAA • Downtime procedures • Steering committees'))
    d.footer = [page_field('Page ', '', total=True)]
    return d

def d03():
    d = Doc(font='Arial', size=10, margins=1000, page='a4')
    cw = d.content_width()
    d.add(P(r('CURRICULUM VITAE', b=True, u=True, sz=14), align='center'))
    d.add(P(B('SRINIVAS VENKATA KRISHNAMURTHY'), after=0),
          P('Email: srinivas.vk@example.com', after=0), P('Mobile: +91 98555 50123', after=0), P('Location: Bengaluru, Karnataka', border_bottom=12, after=120))
    d.add(P(B('CAREER OBJECTIVE'), shade='D9D9D9'))
    d.add(P('To obtain a challenging position as Delivery Manager / Technical Program Manager in a reputed organisation where I can utilise my 18+ years of experience in IT delivery, client management and team leadership for the growth of the organisation as well as myself.'))
    d.add(P(B('PROFESSIONAL SUMMARY'), shade='D9D9D9'))
    d.add(typed([
        '18+ years of experience in IT industry in software development, project management and delivery management.',
        'Currently working as Delivery Manager in Infovance Technologies Ltd., managing a portfolio of 3 accounts with 140+ associates (onsite-offshore model).',
        'Experience in handling BFSI and Retail clients in US, UK and Australia geographies.',
        'Responsible for P&L of the account (annual revenue approx. USD 9 Million), resource planning, billing and invoicing.',
        'Experience in Agile (Scrum, SAFe) and Waterfall methodologies.',
        'Handled transition of projects from incumbent vendors (knowledge transfer, shadow and reverse shadow).',
        'Good exposure to pre-sales activities, RFP responses and estimation.',
        'Excellent communication and interpersonal skills.',
    ], '➢'))
    d.add(P(B('TECHNICAL SKILLS'), shade='D9D9D9'))
    d.add(T([[B('Languages'), 'Java, J2EE, SQL, PL/SQL'],
             [B('Frameworks'), 'Spring, Struts, Hibernate'],
             [B('Databases'), 'Oracle 11g/12c, DB2, MS SQL Server'],
             [B('Tools'), 'JIRA, MS Project, HP ALM, ServiceNow, Jenkins, SVN, Git'],
             [B('Methodologies'), 'Agile Scrum, SAFe 5.0, Waterfall, ITIL'],
             [B('Domain'), 'Banking, Insurance, Retail']], widths=[2200, cw-2200], borders=True))
    d.add(P(after=60))
    d.add(P(B('WORK EXPERIENCE'), shade='D9D9D9'))
    d.add(T([[B('Organisation'), B('Designation'), B('Duration')],
             ['Infovance Technologies Ltd., Bengaluru', 'Delivery Manager', 'Apr 2019 – Till date'],
             ['Infovance Technologies Ltd., Bengaluru', 'Senior Project Manager', 'Jul 2015 – Mar 2019'],
             ['Kalinga Softech Pvt. Ltd., Hyderabad', 'Project Lead / Technical Lead', 'Jan 2011 – Jun 2015'],
             ['Zenmatrix Solutions, Chennai', 'Software Engineer / Senior Software Engineer', 'Jun 2008 – Dec 2010']],
            widths=[cw*45//100, cw*33//100, cw-cw*45//100-cw*33//100], borders=True, header_shade='F2F2F2'))
    d.add(P(after=60))
    d.add(P(B('PROJECT DETAILS'), shade='D9D9D9'))
    projects = [
        ('Project #1', 'Core Banking Modernisation & Digital Channels', 'Northbridge Bank plc, UK', 'Delivery Manager', '85 (20 onsite, 65 offshore)', 'Java, Spring Boot, Angular, Oracle, AWS, Jira, Confluence', 'Apr 2019 – Till date',
         'Modernisation of the retail banking customer channels including internet banking, mobile banking APIs and branch systems for a UK based bank.',
         ['Responsible for end to end delivery of 6 Scrum teams under SAFe framework.',
          'Participated in PI planning and managed cross-team dependencies with client architecture and other vendors.',
          'Conducted weekly status meetings and monthly steering committee with client Head of Delivery.',
          'Managed project financials, resource onboarding, billing and invoicing.',
          'Reduced production defects by 30% by introducing automation testing and code review process.',
          'Handled escalations from client and ensured customer satisfaction score (CSAT) of 4.6/5.']),
        ('Project #2', 'Policy Administration System Support', 'Pacific Shield Insurance, Australia', 'Senior Project Manager', '32', 'Java, Struts, DB2, ServiceNow', 'Jul 2015 – Mar 2019',
         'Application maintenance and enhancement of policy administration and claims systems.',
         ['Responsible for SLA management, ticket analysis and monthly service reviews with client.',
          'Involved in transition of the application from previous vendor in 12 weeks.',
          'Prepared weekly status report, risk register and resource plan.',
          'Mentored team leads and conducted appraisals.']),
        ('Project #3', 'Store Inventory Replenishment', 'FreshCart Retail Inc., USA', 'Project Lead', '14', 'Java, Spring, Oracle, PL/SQL', 'Jan 2011 – Jun 2015',
         'Development of inventory replenishment and order management system for US retail chain.',
         ['Involved in requirement analysis, design and estimation.',
          'Allocated work to team members and tracked progress.',
          'Coordinated with onsite coordinator for UAT and deployment.']),
        ('Project #4', 'Loan Origination System', 'Internal product', 'Software Engineer', '8', 'Java, JSP, Servlets, Oracle', 'Jun 2008 – Dec 2010',
         'Development of loan origination product for co-operative banks.',
         ['Coding, unit testing and bug fixing.', 'Preparation of technical documents.']),
    ]
    for (no, title, client, role, size, env, dur, desc, resp) in projects:
        d.add(P(B(f'{no}: {title}'), before=120))
        d.add(T([[B('Client'), client], [B('Role'), role], [B('Team Size'), size], [B('Environment'), env], [B('Duration'), dur]],
                widths=[2000, cw-2000], borders=False))
        d.add(P(B('Description: '), desc))
        d.add(P(B('Responsibilities:'), after=0))
        d.add(bullets(d, resp))
    d.add(P(B('EDUCATION'), shade='D9D9D9', before=160))
    d.add(T([[B('Qualification'), B('University / Institute'), B('Year'), B('Percentage')],
             ['MBA (Operations)', 'Symbiosis (Distance Learning)', '2014', '68%'],
             ['B.E. (Computer Science)', 'Visvesvaraya Technological University', '2008', '74%'],
             ['12th (PUC)', 'Karnataka PU Board', '2004', '86%']], widths=[cw//4]*4, borders=True, header_shade='F2F2F2'))
    d.add(P(B('CERTIFICATIONS'), shade='D9D9D9', before=160))
    d.add(typed(['PMP – Project Management Institute (2017)', 'SAFe 5 Agilist (2021)', 'ITIL v3 Foundation (2013)'], '➢'))
    d.add(P(B('PERSONAL DETAILS'), shade='D9D9D9', before=160))
    d.add(T([['Father\u2019s Name', ': K. Venkata Rao'], ['Date of Birth', ': 14-03-1986'], ['Gender', ': Male'], ['Marital Status', ': Married'],
             ['Nationality', ': Indian'], ['Languages Known', ': English, Telugu, Kannada, Hindi'], ['Passport', ': Available (valid till 2031)']], widths=[2600, cw-2600]))
    d.add(P(B('DECLARATION'), shade='D9D9D9', before=160))
    d.add(P('I hereby declare that the information furnished above is true to the best of my knowledge and belief.'))
    d.add(P('Place: Bengaluru', after=0), P('Date:\t(SRINIVAS V K)', tabs=RT(cw)))
    return d

def d04():
    d = Doc(font='Calibri', size=10, margins=720)
    cw = d.content_width()
    L = cw * 32 // 100
    left = [P(r('Daniel Kowalczyk', b=True, sz=18), after=0), P(r('Engineering Manager', color='2F5496', sz=12), after=160),
            P(B('CONTACT'), border_bottom=6), P('Denver, CO', after=0), P('(720) 555-0117', after=0), P('dan.kowalczyk@example.com', after=0),
            P('github.com/dkowal-example', after=160),
            P(B('SKILLS'), border_bottom=6)] + \
           [P(x, after=0) for x in ['Go, Java, Python, TypeScript', 'PostgreSQL, Redis, Kafka', 'AWS, Terraform, Kubernetes', 'Hiring & career development',
                                    'Incident management', 'Quarterly planning', 'Architecture reviews']] + \
           [P(after=100), P(B('EDUCATION'), border_bottom=6), P(B('B.S. Computer Engineering'), after=0), P('Colorado School of Mines, 2014', after=160),
            P(B('INTERESTS'), border_bottom=6), P('Trail running, volunteer coding instructor at a local library')]
    right = [P(B('PROFILE'), border_bottom=6),
             P('Engineering manager with 12 years in software, 6 leading teams. I have spent the last few years doing more of the cross-team '
               'coordination work than the people management, and I want to do that full time in a technical program role.'),
             P(B('EXPERIENCE'), border_bottom=6, before=120),
             P(B('Engineering Manager, Payments Platform'), '\t2020 – present', tabs=RT(cw - L - 220), after=0),
             P(I('Corvid Commerce (e-commerce platform, ~900 engineers)'), after=40)] + \
            bullets(d, [
                'Manage 2 teams (13 engineers) that own card authorization and the payment-method vault.',
                'When we moved authorization to a new processor, kept 14 teams\u2019 dependencies in one plan and ran a 30-minute weekly check-in with their leads; cut-over finished in the planned quarter.',
                'Made the call to slip the checkout redesign launch two weeks when load tests showed p99 latency at 2x budget, and told the VP why in a one-page note; launched clean.',
                'Hired 9 engineers; promoted 3 to senior. Ran performance reviews and calibration.',
                'Wrote our team\u2019s half-year plans and negotiated scope with two product managers.',
                'On-call escalation point; led 11 incident reviews and got the repeat-incident rate down from 1 in 4 to 1 in 10.',
            ]) + [
             P(B('Senior Software Engineer \u2192 Tech Lead'), '\t2016 – 2020', tabs=RT(cw - L - 220), after=0, before=80),
             P(I('Corvid Commerce'), after=40)] + \
            bullets(d, [
                'Tech lead for the order management rewrite (6 engineers, 18 months).',
                'Designed the idempotency layer for payment retries; reduced duplicate charges to near zero.',
                'Mentored 5 junior engineers.',
            ]) + [
             P(B('Software Engineer'), '\t2014 – 2016', tabs=RT(cw - L - 220), after=0, before=80),
             P(I('Altitude Logistics, Golden CO'), after=40)] + \
            bullets(d, ['Java services for shipment tracking; built the carrier rate-shopping API.', 'Moved the team\u2019s builds from Ant to Gradle and Jenkins.'])
    d.add(T([[{'content': left, 'shade': 'F2F2F2'}, right]], widths=[L, cw - L], valign='top'))
    d.add(P(after=0))
    return d

def d05():
    d = Doc(font='Segoe UI', size=9.5, margins=900)
    cw = d.content_width()
    d.header = [P(r('Angela M. Brooks', b=True, sz=14), '\t', r('angela.brooks@example.com  |  (469) 555-0176  |  Plano, TX', sz=9), tabs=RT(cw), border_bottom=6)]
    d.add(P(r('Release Manager  —  ITIL Change & Release  —  11 years', sz=12, color='404040'), after=120))
    d.add(shadeH('Summary', width=cw))
    d.add(P('Release manager for a regional bank\u2019s digital and core systems. I run the release calendar, chair the Change Advisory Board, '
            'and make sure every deployment has an approved change, a back-out plan and the right people on the bridge. Looking for a senior release or '
            'change management role.'))
    d.add(shadeH('Experience', width=cw))
    d.add(job('Release Manager — Lone Star Federal Bank, Dallas TX', 'Feb 2019 – Present', cw))
    d.add(bullets(d, [
        'Own the enterprise release calendar (~45 production changes/week across 120 applications); publish monthly freeze and blackout windows.',
        'Chair the weekly Change Advisory Board; review change records for risk, testing evidence and back-out plans in ServiceNow.',
        'Coordinate quarterly release trains for online and mobile banking (4 squads, ~25 engineers); run go/no-go calls and deployment night bridges.',
        'Maintain deployment runbooks and post-implementation review process.',
        'Track release metrics: change success rate, emergency change volume, failed deployments.',
    ]))
    d.add(P(B('Selected achievements'), after=0))
    d.add(bullets(d, [
        'Raised change success rate from 93% to 98.6% over two years.',
        'Cut emergency changes by 40% by introducing a standard-change catalog (72 pre-approved change types).',
        'Moved the mobile app to a fixed two-week release cadence with App Store phased rollout.',
    ], kind='decimal'))
    d.add(job('Release Coordinator — Trinity Insurance Group, Irving TX', 'Jun 2015 – Jan 2019', cw))
    d.add(bullets(d, [
        'Scheduled and coordinated monthly releases for policy and billing systems.',
        'Prepared release notes and communications to business users.',
        'Managed environment bookings for QA/UAT.',
    ]))
    d.add(job('IT Service Desk Analyst — Trinity Insurance Group', 'Aug 2013 – May 2015', cw))
    d.add(bullets(d, ['Tier 1/2 support, incident logging and routing in Remedy.']))
    d.add(shadeH('Certifications & Tools', width=cw))
    d.add(P('ITIL 4 Foundation; ITIL v3 Intermediate – Release, Control & Validation', after=0),
          P('ServiceNow (Change, Release), Jira, Jenkins (read-only), Azure DevOps release pipelines, Confluence, Excel'))
    d.add(shadeH('Education', width=cw))
    d.add(P('B.B.A., Management Information Systems — University of North Texas, 2013'))
    return d

def d06():
    d = Doc(font='Calibri', size=10.5, margins=1000, page='a4')
    cw = d.content_width()
    d.add(P('Fiona MacAllister', style='Title', after=0))
    d.add(P('Enterprise Agile Coach  ·  Edinburgh, UK  ·  07700 900 555  ·  fiona.macallister@example.com', style='Subtitle', border_bottom=6, after=160))
    d.add(H1('Personal Statement'))
    d.add(P('Enterprise agile coach with 17 years in technology delivery, including 9 years leading agile transformation at scale in banking and the public sector. '
            'I have launched and coached five Agile Release Trains, coached executive teams on portfolio flow and funding, and built internal coaching capability so that the change outlasts me. '
            'Before coaching I spent eight years as a developer, team lead and delivery manager, so I still enjoy the detail of how work actually moves through a system.'))
    d.add(H1('Key Skills'))
    d.add(T([[bullets(d, ['Lean portfolio management', 'ART launch & PI planning facilitation', 'Leadership and executive coaching', 'Flow metrics & value stream mapping']),
              bullets(d, ['Scaled frameworks: SAFe, LeSS, Flight Levels', 'Coaching Scrum Masters and RTEs', 'Dependency & risk management at programme level', 'Organisation design'])]],
            widths=[cw//2, cw - cw//2]))
    d.add(P(after=0))
    d.add(H1('Career History'))
    d.add(P(B('Lead Enterprise Agile Coach'), '  |  Caledonia Mutual Bank, Edinburgh  |  2020 – present', after=40))
    d.add(bullets(d, [
        'Led the bank\u2019s transformation from project funding to persistent value streams for 1,100 people in Retail and Payments.',
        'Launched 3 Agile Release Trains (~400 people); facilitated the first six PI Plannings, then coached RTEs to own them.',
        'Coached the COO\u2019s leadership team through quarterly portfolio reviews; cut the number of in-flight epics from 140 to 38.',
        'Introduced flow metrics (cycle time, flow load) — median feature lead time fell from 9 months to 11 weeks.',
        'Built a 12-person internal coaching guild and a Scrum Master career path.',
    ]))
    d.add(P(B('Agile Coach (contract)'), '  |  Scottish Government Digital Directorate, Glasgow  |  2017 – 2020', after=40))
    d.add(bullets(d, [
        'Coached 9 service teams through GDS alpha/beta assessments (all passed).',
        'Set up a cross-team dependency wall and fortnightly scrum-of-scrums for the benefits platform programme (2 trains).',
        'Coached senior civil servants on product ownership and outcome-based business cases.',
    ]))
    d.add(P(B('Delivery Manager'), '  |  Forthline Software, Edinburgh  |  2014 – 2017', after=40))
    d.add(bullets(d, ['Delivery manager for 3 product teams building a claims platform; owned release planning and stakeholder reporting.',
                      'Moved the teams from 6-monthly to fortnightly releases.']))
    d.add(P(B('Developer / Team Lead'), '  |  Forthline Software and earlier roles  |  2009 – 2014', after=40))
    d.add(P('.NET developer and later team lead (6 developers).'))
    d.add(H1('Qualifications'))
    d.add(P('BSc (Hons) Computing Science, University of Glasgow, 2009', after=0),
          P('SAFe Program Consultant (SPC 6.0), ICAgile Certified Expert in Agile Coaching (ICE-AC), Certified Scrum Professional (CSP-SM), Professional Coaching Certificate (ICF ACC)'))
    d.add(H1('Interests'))
    d.add(P('Hill walking, mentoring women returners into tech, occasional speaker at Agile on the Beach.'))
    d.add(H1('References'))
    d.add(P('Available on request.'))
    d.footer = [page_field('Fiona MacAllister – CV – page ', align='right', sz=8)]
    return d

BUILDERS = {'d01': d01, 'd02': d02, 'd03': d03, 'd04': d04, 'd05': d05, 'd06': d06}
