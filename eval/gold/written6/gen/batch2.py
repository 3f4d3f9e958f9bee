from common import *

def d07():
    d = Doc(font='Arial', size=10, margins=1080)
    d.add(P(r('JASMINE TRAN', b=True, sz=16), after=0), P('Toronto, ON  ·  416-555-0162  ·  jasmine.tran@example.com', after=160))
    d.add(P(B('SUMMARY'), before=120))
    d.add(P('Certified Scrum Master with 5 years of experience, currently supporting two Scrum teams building a loyalty platform. I facilitate the ceremonies, '
            'keep the boards honest and look after our Jira configuration. Interested in growing into a delivery or program role.'))
    d.add(P(B('EXPERIENCE'), before=120))
    d.add(P(B('Maple Rewards Inc., Toronto — Scrum Master'), ' (Jan 2022 – present)', after=0))
    d.add(typed([
        'Scrum Master for 2 teams (Android/iOS and Rewards API, 14 people total).',
        'Facilitate sprint planning, daily stand-ups, reviews and retrospectives; introduced a retro action tracker — 70% of actions now closed within 2 sprints.',
        'Jira admin for the engineering department: workflows, boards, custom fields, automation rules; cleaned up 40+ unused workflows.',
        'Track velocity and sprint burndown; report sprint outcomes to the product director.',
        'Coordinated with the Payments team on a shared API change that affected both of my teams\u2019 sprints.',
        'Remove impediments (environment access, blocked PR reviews, vendor API keys).',
    ], '-'))
    d.add(P(B('Lakeshore Digital Agency, Toronto — Project Coordinator / Junior Scrum Master'), ' (Jun 2019 – Dec 2021)', after=0, before=80))
    d.add(typed([
        'Supported 3 client website projects; scheduled meetings, updated project plans and timesheets.',
        'Took over as Scrum Master for one team in 2021.',
        'Prepared client status reports and invoices.',
    ], '-'))
    d.add(P(B('EDUCATION & CERTIFICATIONS'), before=120))
    d.add(P('Bachelor of Commerce, Toronto Metropolitan University (Ryerson), 2019', after=0),
          P('Professional Scrum Master I (PSM I), 2020; Atlassian Certified Jira Administrator (ACP-120), 2023'))
    d.add(P(B('TOOLS'), before=120))
    d.add(P('Jira, Confluence, Miro, Jira Automation, Excel, Slack, Figma (viewer)'))
    return d

def d08():
    d = Doc(font='Calibri', size=10.5, margins=1080, page='a4')
    cw = d.content_width()
    d.add(d.textbox([P(r('Contact', b=True), after=0), P('0412 555 036', after=0), P('ethan.nguyen@example.com', after=0), P('Richmond VIC 3121', after=0)],
                    x=4700000, y=400000, cx=2300000, cy=850000))
    d.add(P('Ethan Nguyen', style='Title', after=0), P('PMO Analyst', style='Subtitle', after=480))
    d.add(H2('Career Summary'))
    d.add(P('Organised and detail-focused PMO Analyst with 3 years\u2019 experience supporting project managers and the PMO lead in a utilities company. '
            'Responsible for reporting, governance documentation and project administration. Seeking a Project Coordinator or Junior Project Manager role.'))
    d.add(H2('Employment History'))
    d.add(P(B('PMO Analyst'), ' – Southern Cross Energy, Melbourne', after=0), P(I('January 2024 – Present')))
    d.add(typed([
        'Responsible for compiling the weekly portfolio status report (approx. 25 projects) for the PMO Manager.',
        'Maintaining RAID logs and following up on overdue actions with project managers.',
        'Timesheet compliance reporting and chasing of missing timesheets.',
        'Involved in preparing packs for the monthly Investment Committee.',
        'Updating project records in Clarity PPM and SharePoint.',
        'Assisted with the roll-out of a new project status template.',
        'Organising meeting rooms, minutes and action items for steering committees.',
    ], '✓'))
    d.add(P(B('Project Administrator'), ' – Southern Cross Energy, Melbourne', after=0, before=80), P(I('February 2023 – December 2023')))
    d.add(typed([
        'Provided administrative support to the Network Upgrade program team.',
        'Raised purchase orders and tracked invoices against budget.',
        'Document control and filing.',
    ], '✓'))
    d.add(P(B('Customer Service Officer'), ' – Bayside Council', after=0, before=80), P(I('2019 – 2023 (part-time during studies)')))
    d.add(typed(['Front counter and phone enquiries, permit applications.'], '✓'))
    d.add(H2('Education'))
    d.add(P('Bachelor of Business (Management), RMIT University, 2022', after=0), P('Certificate IV in Project Management Practice, 2024'))
    d.add(H2('Skills'))
    d.add(P('MS Excel (pivot tables, VLOOKUP), PowerPoint, Power BI (basic), Clarity PPM, SharePoint, MS Project (basic), minute taking'))
    d.add(H2('Referees'))
    d.add(P('Available upon request'))
    return d

def d09():
    d = Doc(font='Georgia', size=10, margins=1000, page='a4')
    cw = d.content_width()
    d.add(P(r('Aoife Brennan', sz=20), after=0, align='left'))
    d.add(P('Dublin 8, Ireland  |  +353 87 555 0149  |  aoife.brennan@example.com', after=0),
          P('Business Analyst – General Insurance', border_bottom=4, after=160))
    d.add(H2('Profile'))
    d.add(P('Business analyst with six years\u2019 BA experience and ten years in general insurance (motor and home), working between underwriting, claims and IT. I write requirements, '
            'map processes and run UAT, and increasingly I have been the person keeping the project on track when the PM is stretched. '
            'I am now looking to move into a delivery or project management role.'))
    d.add(H2('Key Skills'))
    d.add(bullets(d, [
        'Requirements elicitation, user stories and acceptance criteria',
        'Process mapping (BPMN, Visio), gap analysis',
        'UAT planning and execution; defect triage with vendors',
        'SQL for data analysis; Excel; Power BI',
        'Guidewire PolicyCenter / ClaimCenter configuration awareness',
    ], kind='square'))
    d.add(H2('Employment History'))
    d.add(P(B('Liffey General Insurance DAC, Dublin'), after=0), P(I('Senior Business Analyst'), '\tMay 2022 – Present', tabs=RT(cw), after=40))
    d.add(bullets(d, [
        'Lead BA on the motor claims system replacement (Guidewire ClaimCenter); wrote 180 user stories and ran 40 workshops with claims handlers.',
        'Stepped in for three months as acting project lead when the PM went on leave: ran the weekly status call, kept the plan up to date and escalated a vendor slippage to the steering group.',
        'Coordinated UAT across claims, finance and the vendor test team (4 cycles, 600 test cases); agreed go-live exit criteria with the business.',
        'Analysed underwriting data to support pricing team\u2019s risk models (SQL, Excel).',
        'Stakeholder in the Central Bank Consumer Protection Code remediation project — documented affected customer journeys.',
    ], kind='square'))
    d.add(P(B('Emerald Direct Insurance, Dublin'), after=0, before=80), P(I('Business Analyst'), '\tSep 2020 – Apr 2022', tabs=RT(cw), after=40))
    d.add(bullets(d, [
        'Business analyst for the online quote & buy journey; requirements for aggregator integration.',
        'Wrote process maps for policy renewals and mid-term adjustments.',
        'Supported testing and production issue triage.',
    ], kind='square'))
    d.add(P(B('Emerald Direct Insurance, Dublin'), after=0, before=80), P(I('Customer Service Advisor → Team Leader'), '\tJun 2016 – Aug 2020', tabs=RT(cw), after=40))
    d.add(bullets(d, ['Handled motor and home policy queries; team leader for 8 advisors in final year.'], kind='square'))
    d.add(H2('Education'))
    d.add(P('BA (Hons) Economics and Sociology, Maynooth University, 2016', after=0),
          P('IIBA ECBA, 2019;  Certified Insurance Practitioner (CIP), Insurance Institute of Ireland, 2020;  Currently studying for PRINCE2 Foundation'))
    d.add(H2('Interests'))
    d.add(P('Camogie (club coach for under-12s), sea swimming, book club.'))
    d.add(H2('Referees'))
    d.add(T([[[P(B('Niamh Kearney'), after=0), P('Claims Transformation Manager, Liffey General', after=0), P('niamh.kearney@example.com', after=0)],
              [P(B('Declan Moore'), after=0), P('IT Project Manager, Emerald Direct', after=0), P('declan.moore@example.com', after=0)]]],
            widths=[cw//2, cw - cw//2]))
    d.add(P(after=0))
    return d

def d10():
    d = Doc(font='Calibri', size=10, margins=900)
    cw = d.content_width()
    d.add(P(r('RAFAEL MENDOZA', b=True, sz=18, color='1F3864'), after=0),
          P('QA Lead / Test Manager  |  Austin, TX  |  (512) 555-0184  |  rafael.mendoza@example.com', after=80, border_bottom=8))
    d.add(P('Test manager with 12 years in software quality: building test strategies, leading onshore/offshore QA teams and running UAT for releases in healthcare SaaS and fintech. '
            'Strong in defect triage, release sign-off and test automation strategy.', after=120))
    d.add(P(B('CORE COMPETENCIES', color='1F3864'), after=40))
    d.section_break(cols=1)
    d.add(bullets(d, ['Test strategy & test planning', 'UAT coordination with business users', 'Defect triage & root-cause analysis', 'Release readiness / go-no-go input',
                      'Selenium, Cypress, Postman, JMeter', 'Jira, Xray, TestRail, qTest', 'SQL, API testing, basic Python', 'Managing offshore QA vendors']))
    d.section_break(cols=2, space=360)
    d.add(P(B('PROFESSIONAL EXPERIENCE', color='1F3864'), before=120, border_bottom=4))
    d.add(job('QA Manager — Helio Health Software, Austin TX', '2020 – Present', cw))
    d.add(bullets(d, [
        'Lead a QA team of 5 onshore and 8 offshore testers (Pune vendor) across 3 product lines.',
        'Wrote the test strategy for the patient-portal re-platform; defined entry/exit criteria and risk-based test coverage.',
        'Run daily defect triage with dev leads and product during release hardening; own the QA sign-off for monthly releases.',
        'Coordinated UAT with 4 hospital customers: scheduled sessions, prepared scripts, tracked 300+ UAT defects to closure.',
        'Grew regression automation from 15% to 70% coverage (Cypress); regression cycle down from 6 days to 1.5.',
    ]))
    d.add(job('Senior QA Engineer / QA Lead — Pinnacle Payments, Austin TX', '2016 – 2020', cw))
    d.add(bullets(d, [
        'QA lead for card-issuing platform; test planning for PCI-related changes.',
        'Performance testing with JMeter for Black Friday readiness.',
        'Mentored 3 junior testers.',
    ]))
    d.add(job('QA Analyst — Statewide Benefits Solutions, San Antonio TX', '2014 – 2016', cw))
    d.add(bullets(d, ['Manual functional and regression testing of claims processing system.']))
    d.add(P(B('EDUCATION & CERTIFICATIONS', color='1F3864'), before=120, border_bottom=4))
    d.add(P('B.S. Information Systems, Texas State University, 2014', after=0), P('ISTQB Advanced Level Test Manager (2019); ISTQB Foundation (2014)'))
    return d

def d11():
    d = Doc(font='Arial', size=10, margins=1000, page='a4')
    cw = d.content_width()
    Lw = 2600
    def row(label, content):
        cell = content if isinstance(content, list) else [P(content)]
        return [[P(r(label, color='595959'), align='right')], cell]
    d.add(P(r('Lebenslauf / Curriculum Vitae', color='808080', sz=9), align='right'))
    rows = [
        [[P(B('PERSONAL INFORMATION'), align='right')], [P(r('Tobias Reinhardt', b=True, sz=14))]],
        row('Address', 'Landsberger Str. 112, 80339 München, Germany'),
        row('Telephone', '+49 89 5550 1842'),
        row('E-mail', 'tobias.reinhardt@example.com'),
        row('Nationality', 'German'),
        [[P(B('WORK EXPERIENCE'), align='right', before=200)], [P()]],
        row('04/2022 – present', [P(B('Senior Software Engineer (Java)'), after=0), P('Voltara Industrial Systems GmbH, Munich — IoT platform for industrial machines', after=40)] +
            bullets(d, ['Develop backend services in Java 17 / Spring Boot for machine telemetry ingestion (~40k devices).',
                        'Implemented communication protocols (OPC UA, MQTT, Modbus TCP) for connecting PLCs to the platform.',
                        'Refactored device registry into separate microservice; reduced response times by 45%.',
                        'Code reviews, pair programming, on-call for the telemetry services.',
                        'Wrote integration tests with Testcontainers; keep the build green.'])),
        row('09/2019 – 03/2022', [P(B('Software Engineer'), after=0), P('Alpenblick Versicherung AG, Munich', after=40)] +
            bullets(d, ['Java EE / Spring development of policy calculation services.', 'Migration from Oracle stored procedures to Java services.',
                        'Took part in release weekends as developer on call.'])),
        row('09/2017 – 08/2019', [P(B('Junior Java Developer'), after=0), P('Kessler IT Solutions GmbH, Augsburg', after=40),
                                 P('Web applications with JSF and Hibernate for mid-size customers.')]),
        [[P(B('EDUCATION'), align='right', before=200)], [P()]],
        row('2013 – 2017', [P(B('B.Sc. Informatik'), after=0), P('Hochschule Augsburg — Bachelor thesis: "Latency-aware message routing in CAN bus networks"')]),
        [[P(B('SKILLS'), align='right', before=200)], [P()]],
        row('Programming', 'Java (expert), Kotlin, SQL, Python (scripting), some TypeScript'),
        row('Frameworks', 'Spring Boot, Spring Cloud, Hibernate/JPA, Quarkus, JUnit 5, Testcontainers'),
        row('Infrastructure', 'Docker, Kubernetes, Kafka, PostgreSQL, TimescaleDB, GitLab CI'),
        row('Methods', 'Scrum (team member), TDD, Clean Code, Domain-Driven Design'),
        [[P(B('LANGUAGES'), align='right', before=200)], [P()]],
        row('German', 'Mother tongue (C2)'),
        row('English', 'C1 — daily working language'),
        row('French', 'A2'),
        [[P(B('INTERESTS'), align='right', before=200)], [P()]],
        row('', 'Mountain biking, home automation projects, chess club'),
    ]
    d.add(T(rows, widths=[Lw, cw - Lw]))
    d.add(P(after=0))
    d.add(P('München, November 2026', before=240))
    return d

def d12():
    d = Doc(font='Helvetica', size=10.5, margins=1080)
    d.add(P(r('Maya Okonkwo-Reed', b=True, sz=18), after=0),
          P('Front-End Developer · Portland, OR · (503) 555-0129 · maya.or@example.com · ', d.hyperlink('github.com/mayaor-example', 'https://github.com/mayaor-example'), after=160))
    d.add(H2('About'))
    d.add(P('Front-end developer with 2 years of professional experience building responsive React apps. Bootcamp grad, career changer from retail. I love clean UI, accessibility and pairing with designers.'))
    d.add(H2('Experience'))
    d.add(P(B('Junior Front-End Developer'), ', Agile Fox Studio — Portland, OR', '\tJan 2025 – Present', tabs=RT(10080), after=0))
    d.add(bullets(d, [
        'Build client websites and small web apps in React, Next.js and Tailwind for a 12-person digital agency.',
        'Converted Figma designs into reusable components; built a shared component library used on 6 client sites.',
        'Improved Lighthouse accessibility scores from ~70 to 95+ on three sites (semantic HTML, ARIA, contrast fixes).',
        'Participate in two-week sprints, stand-ups and code reviews.',
    ]))
    d.add(P(B('Front-End Developer Intern'), ', Rosebud Ticketing — Remote', '\tJul 2024 – Dec 2024', tabs=RT(10080), after=0, before=80))
    d.add(bullets(d, ['Fixed UI bugs and wrote Jest/React Testing Library tests for the checkout flow.', 'Built an internal dashboard page for event organisers.']))
    d.add(H2('Projects'))
    d.add(P(B('TrailMate'), ' — hiking trip planner (React, Mapbox, Firebase). ', d.hyperlink('demo', 'https://example.com/trailmate'), after=0))
    d.add(P(B('Pantry Pal'), ' — recipe app from what\u2019s in your fridge (Next.js, Spoonacular API). Bootcamp final project, team of 3.'))
    d.add(H2('Skills'))
    d.add(P('JavaScript (ES2022), TypeScript, React, Next.js, HTML5, CSS3, Tailwind, Sass\nJest, React Testing Library, Cypress (basic)\nGit, GitHub Actions, Vercel, Figma, Jira'))
    d.add(H2('Education'))
    d.add(P('Full-Stack Web Development Certificate — Summit Code Academy (16-week bootcamp), 2024', after=0),
          P('Previous: 5 years as retail sales associate and key holder at an outdoor gear store.'))
    return d

BUILDERS = {'d07': d07, 'd08': d08, 'd09': d09, 'd10': d10, 'd11': d11, 'd12': d12}
