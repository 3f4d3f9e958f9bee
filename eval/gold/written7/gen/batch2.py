from common import *


def e07():
    # Irish agile delivery lead; name/contact in page header; footer with name + page; headings as a left-column label beside content
    d = Doc(font='Segoe UI', size=9.5, margins=1000, page='a4')
    W = cw(d)
    d.header = [P(r('Niamh Fitzgerald', b=True, sz=16, color='00594F'), r('\tAgile Delivery Lead', sz=10, color=GREY), tabs=RT(W), after=0),
                P(r('Dublin 8  ·  +353 87 555 4410  ·  niamh.fitzgerald@example.com', sz=8.5, color=GREY), border_bottom=6)]
    d.footer = [page_field('Niamh Fitzgerald – CV – page ', align='center', sz=8, color=GREY)]
    lw = 2250
    L = []
    L.append(label_rows([
        ('Profile', [P('Delivery lead with 13 years in financial services and public sector digital teams. I look after the whole delivery: '
                       'forecasting, dependencies, risks, budgets and keeping the people who pay for it informed. Prefer light process that teams actually use.')]),
    ], [lw, W - lw], label_color='00594F'))
    exp = [
        P(B('Agile Delivery Lead'), r(' — Harbourview Bank, Dublin'), r('\tOct 2020 – present', color=GREY), tabs=RT(W - lw - 220), after=20),
    ] + bul(d, [
        'Delivery lead for the mobile onboarding programme: 4 squads, 31 people, €4.6M annual budget.',
        'Brought identity verification in-house from a third-party vendor; new flow launched on schedule and cut drop-off at ID check from 38% to 21%.',
        'Run quarterly planning and the monthly programme board; own the release calendar and the risk register shared with Risk & Compliance.',
        'Got the fraud, legal and app teams to agree a single go-live date after two slipped attempts, by splitting the launch into a staff pilot and a phased rollout.',
        'Line manage 3 Scrum Masters and a project analyst.',
    ]) + [
        P(B('Scrum Master / Delivery Manager'), r(' — Department of Social Protection (contract via Tessera Consulting)'), r('\tJan 2017 – Sep 2020', color=GREY), tabs=RT(W - lw - 220), before=120, after=20),
    ] + bul(d, [
        'Scrum Master for two teams rebuilding the online benefits application; moved from six-monthly to fortnightly releases.',
        'Prepared delivery reports for the programme SRO and GDPR/data protection sign-offs.',
    ]) + [
        P(B('Project Analyst'), r(' — Tessera Consulting, Dublin'), r('\tSep 2013 – Dec 2016', color=GREY), tabs=RT(W - lw - 220), before=120, after=20),
    ] + bul(d, ['Plans, status reporting and RAID logs on insurance and utilities IT projects.'])
    L.append(label_rows([
        ('Experience', exp),
        ('Education', [P('MSc Project Management — University College Dublin, 2016'), P('BA Economics & Sociology — Maynooth University, 2013')]),
        ('Certifications', [P('SAFe 6 Release Train Engineer (2023) · PSM I (2017) · PRINCE2 Foundation (2015)')]),
        ('Skills', [P('Delivery planning, forecasting, release management, risk & dependency management, budget tracking, stakeholder reporting, Jira Align, Jira, Confluence, Power BI, Excel')]),
        ('Interests', [P('Sea swimming, GAA coaching (U12 camogie), volunteer with Focus Ireland')]),
        ('Referees', [P('Available on request.')]),
    ], [lw, W - lw], label_color='00594F'))
    d.add(L)
    return d


def e08():
    # Canadian business analyst who led a project; title, company and dates on one line; skills as a table grid
    d = Doc(font='Calibri', size=10.5, margins=1080)
    W = cw(d)
    L = []
    L.append(T([[ [P(r('PRIYA RAMANATHAN', b=True, sz=20), after=0), P(r('Senior Business Analyst', sz=11, color=GREY))],
                  [P('Mississauga, ON', align='right', after=0), P('(905) 555-0176', align='right', after=0), P('priya.ramanathan@example.com', align='right')] ]],
                widths=[W - 3600, 3600]))
    L.append(P('', border_bottom=8, after=80))
    L.append(h_plain('SUMMARY', sz=11))
    L.append(P('Business analyst with 10 years in insurance and retail systems. CBAP-certified. In 2023 I stepped in to lead a claims intake replacement project when the PM left, '
               'and took it through launch. I write clear requirements, run workshops well, and know enough SQL to check my own assumptions.'))
    L.append(h_plain('EXPERIENCE', sz=11))
    L.append(P(B('Senior Business Analyst / Acting Project Lead, Maple Shield Insurance, Toronto, Apr 2020 – Present'), before=80))
    L += bul(d, [
        'Led the claims intake replacement project for 7 months after the PM departed: 9-person team, vendor (Guidewire partner) and 3 business units.',
        'Re-baselined the plan with the sponsor, cut two low-value features and launched in Sept 2023, one month later than the original plan but within budget ($1.8M).',
        'Ran weekly status with the vendor and monthly updates to the VP Claims; kept the decision log and change requests.',
        'Elicited and documented 140+ user stories and acceptance criteria; facilitated 25 process-mapping workshops.',
        'Reduced first-notice-of-loss handling time by 30% through the new intake flow (measured 3 months post-launch).',
    ])
    L.append(P(B('Business Analyst, Northmart Retail Canada, Brampton, Jun 2016 – Mar 2020'), before=80))
    L += bul(d, [
        'Gathered requirements for store inventory and replenishment systems; wrote BRDs and functional specs.',
        'Supported UAT for 4 releases: test scenarios, defect triage with developers and sign-off.',
        'Built SQL and Power BI reports for store operations managers.',
    ])
    L.append(P(B('Junior Analyst, CityLink Transit, Toronto, Sep 2015 – May 2016'), before=80))
    L += bul(d, ['Data cleanup and reporting for the fare card migration.'])
    L.append(h_plain('SKILLS', sz=11))
    c = W // 3
    L.append(T([
        ['Requirements elicitation', 'Process mapping (BPMN)', 'User stories & acceptance criteria'],
        ['UAT planning', 'SQL (intermediate)', 'Power BI / Excel'],
        ['Jira & Confluence', 'Visio / Lucidchart', 'Vendor coordination'],
    ], widths=[c, c, W - 2 * c], borders=True))
    L.append(h_plain('EDUCATION & CERTIFICATION', sz=11))
    L.append(P('Bachelor of Commerce, York University (Schulich), 2015'))
    L.append(P('Certified Business Analysis Professional (CBAP), IIBA, 2021'))
    L.append(P('Fluent in English and Tamil; conversational French'))
    d.add(L)
    return d


def e09():
    # Filipino junior business analyst; vague; dates in left column; skills rated with stars; Personal information
    d = Doc(font='Arial', size=10, margins=1000, page='letter')
    W = cw(d)
    L = []
    L.append(P(B('MARIA CRISTINA D. REYES', sz=16, color='2E75B6'), align='center', after=0))
    L.append(P('Blk 7 Lot 12 Camella Homes, Bacoor, Cavite  |  0917 555 8821  |  mcreyes@example.com', align='center', after=160))
    L.append(h_shade('OBJECTIVE', fill='DEEAF6'))
    L.append(P('To obtain a position as Business Analyst in a reputable company where I can apply my knowledge and skills and grow professionally.'))
    L.append(h_shade('WORK EXPERIENCE', fill='DEEAF6'))
    L.append(dated_rows([
        ('Aug 2021 –\nPresent', [P(B('Business Analyst'), after=0), P(I('Pacific Outsourcing Solutions Inc., Makati City'), after=40)] + typed([
            'Responsible for gathering requirements from users.',
            'Prepares business requirements documents and process flows.',
            'Involved in the testing of the new HR system.',
            'Attends meetings with the client and project manager.',
            'Assists the project manager in the preparation of reports.',
        ], sym='•')),
        ('Jun 2019 –\nJul 2021', [P(B('Operations Analyst'), after=0), P(I('Luzon Contact Center Corp., Pasig City'), after=40)] + typed([
            'Prepares daily and weekly reports of agent productivity using Excel.',
            'Handles ad hoc requests of the operations manager.',
        ], sym='•')),
    ], [1500, W - 1500]))
    L.append(h_shade('SKILLS', fill='DEEAF6'))
    L.append(T([
        ['MS Excel', '★★★★☆'], ['MS Word / PowerPoint', '★★★★★'], ['Requirements Gathering', '★★★☆☆'],
        ['Process Flow (Visio)', '★★★☆☆'], ['SQL', '★★☆☆☆'], ['Jira', '★★☆☆☆'],
    ], widths=[3200, 2000]))
    L.append(h_shade('EDUCATION', fill='DEEAF6'))
    L.append(dated_rows([('2015 – 2019', [P(B('Bachelor of Science in Information Technology'), after=0), P('Polytechnic University of the Philippines, Manila')])], [1500, W - 1500]))
    L.append(h_shade('SEMINARS AND TRAININGS', fill='DEEAF6'))
    L += typed(['Business Analysis Fundamentals (online), 2022', 'Data Privacy Act Awareness Seminar, 2021'], sym='•')
    L.append(h_shade('PERSONAL INFORMATION', fill='DEEAF6'))
    L.append(P('Date of Birth:\tMarch 3, 1998\nCivil Status:\tSingle\nCitizenship:\tFilipino\nReligion:\tRoman Catholic', tabs=[('left', 1800)]))
    L.append(h_shade('CHARACTER REFERENCES', fill='DEEAF6'))
    L.append(P('Engr. Roberto M. Santos – IT Manager, Pacific Outsourcing Solutions Inc. – 0918 555 2210'))
    L.append(P('Ms. Liza P. Cruz – Operations Manager, Luzon Contact Center Corp. – 0920 555 7734'))
    L.append(P('I hereby certify that the above information is true and correct to the best of my knowledge.', before=160))
    L.append(P('MARIA CRISTINA D. REYES', align='right', before=300))
    d.add(L)
    return d


def e10():
    # Indian manual QA tester; project blocks; vague-ish; bordered table for personal info; typed ✓
    d = Doc(font='Calibri', size=10.5, margins=1000, page='a4')
    W = cw(d)
    L = []
    L.append(P(B('RESUME', sz=14, u=True), align='center'))
    L.append(P(B('Ananya Sharma', sz=13), '\nSoftware Test Engineer\nPhone: +91 99870 55431 | E-mail: ananya.sharma@example.com | Pune, Maharashtra', after=120, border_bottom=6))
    L.append(h_plain('Career Objective', sz=11, u=True, before=120))
    L.append(P('Seeking a challenging position as a Software Tester where I can use my testing skills and contribute to quality of the product.'))
    L.append(h_plain('Professional Summary', sz=11, u=True, before=120))
    L += typed([
        '6 years of experience in Manual Testing of web and mobile applications.',
        'Experience in Functional, Regression, Smoke, Sanity, and UAT support testing.',
        'Good knowledge of STLC, SDLC and defect life cycle.',
        'Hands-on in writing test scenarios, test cases and defect reports in Jira.',
        'Basic knowledge of SQL queries and API testing with Postman.',
        'Participated in sprint planning, daily stand-ups and retrospective meetings.',
    ], sym='✓')
    L.append(h_plain('Technical Skills', sz=11, u=True, before=120))
    L.append(T([['Testing Types', 'Functional, Regression, Smoke, Sanity, Integration'],
                ['Tools', 'Jira, TestRail, Postman, BrowserStack'],
                ['Database', 'MySQL (basic)'],
                ['Methodology', 'Agile-Scrum, Waterfall'],
                ['OS', 'Windows, Android, iOS']], widths=[2400, W - 2400], borders=True))
    L.append(h_plain('Work Experience', sz=11, u=True, before=120))
    L.append(P('Working as Software Test Engineer in ', B('Qualitek Software Services Pvt. Ltd., Pune'), ' from Jan 2021 to till date.'))
    L.append(P('Worked as Trainee Test Engineer in ', B('Bluecanopy Infotech, Nagpur'), ' from Jul 2019 to Dec 2020.'))
    L.append(h_plain('Projects', sz=11, u=True, before=120))
    for name, client, dur, desc, resp in [
        ('Project 2: FoodKart – Online Grocery App', 'FoodKart Retail (India)', 'Mar 2022 – till date',
         'FoodKart is a mobile and web application where customers can order grocery items and track delivery.',
         ['Understanding requirements and preparing test scenarios and test cases.', 'Executing test cases and reporting defects in Jira.',
          'Performing regression testing before each release.', 'Participating in defect triage meetings with developers and BA.']),
        ('Project 1: MediBook – Hospital Appointment System', 'CareWell Hospitals', 'Jan 2021 – Feb 2022',
         'Web application for booking doctor appointments, payments and reports.',
         ['Executed test cases for appointment and payment modules.', 'Logged defects and did retesting.', 'Prepared daily test execution report.']),
    ]:
        L.append(P(B(name), before=100, after=20))
        L.append(P(B('Client: '), client, B('    Duration: '), dur, B('    Role: '), 'Test Engineer', after=20))
        L.append(P(B('Description: '), desc, after=20))
        L.append(P(B('Responsibilities:'), after=20))
        L += typed(resp, sym='✓')
    L.append(h_plain('Education', sz=11, u=True, before=120))
    L.append(T([['Qualification', 'Institute / Board', 'Year', '%'],
                ['B.Tech (IT)', 'RTM Nagpur University', '2019', '71.4'],
                ['HSC', 'Maharashtra State Board', '2015', '76.0'],
                ['SSC', 'Maharashtra State Board', '2013', '88.2']], widths=[2000, 4200, 1200, W - 7400], borders=True, header_shade='D9E2F3'))
    L.append(h_plain('Personal Details', sz=11, u=True, before=120))
    L.append(P('Date of Birth: 21/05/1997\nLanguages: English, Hindi, Marathi\nHobbies: Reading, Badminton'))
    L.append(h_plain('Declaration', sz=11, u=True, before=120))
    L.append(P('I hereby declare that all the information mentioned above is true and correct to the best of my knowledge.'))
    L.append(P('Place: Pune\tAnanya Sharma', tabs=RT(W), before=160))
    d.add(L)
    return d


def e11():
    # German QA automation lead; Lebenslauf-style: personal data table, dates in left column, languages rated; A4
    d = Doc(font='Arial', size=10, margins=1134, page='a4')
    W = cw(d)
    lw = 2100
    L = []
    L.append(P(r('Lebenslauf / CV', sz=9, color=GREY), after=0))
    L.append(P(r('Jonas Hartmann', sz=22, b=True), after=0))
    L.append(P(r('Test Automation Lead', sz=12, color='C55A11'), after=160))
    L.append(h_rule('Persönliche Daten / Personal Details', color='C55A11', caps=False))
    L.append(dated_rows([('Address', [P('Lindenstraße 23, 50674 Köln')]), ('Phone', [P('+49 170 5550 318')]), ('E-Mail', [P('jonas.hartmann@example.com')]),
                         ('Born', [P('14.02.1987 in Bonn')]), ('Nationality', [P('German')])], [lw, W - lw]))
    L.append(h_rule('Berufserfahrung / Experience', color='C55A11', caps=False))
    L.append(dated_rows([
        ('04/2019 – heute', [P(B('Test Automation Lead'), ' · Rheinwerk Mobility GmbH, Köln', after=20)] + bul(d, [
            'Lead of QA chapter with 7 test engineers across 4 product teams (ticketing and journey-planning apps).',
            'Built the end-to-end test framework (Playwright, TypeScript) and API tests in the GitLab CI pipeline; regression time from 3 days manual to 40 minutes.',
            'Defined the test strategy and release quality gates with product owners and the release manager; escaped defects per release down about 60%.',
            'Planned and tracked the QA work for the 2022 ticketing platform replatforming (9 months, 3 external vendors), incl. test environments and data.',
            'Hiring, onboarding and yearly reviews for the QA team.'], 'dash')),
        ('01/2015 – 03/2019', [P(B('Software Test Engineer'), ' · Versicherungsgruppe Nordlicht AG, Düsseldorf', after=20)] + bul(d, [
            'Automated regression tests for the policy administration system (Selenium, Java, TestNG).',
            'Load tests with JMeter before the yearly tariff releases.'], 'dash')),
        ('09/2012 – 12/2014', [P(B('Junior Tester'), ' · Datenfluss IT-Services GmbH, Bonn', after=20), P('Manual testing, test case design, defect management in HP ALM.')]),
    ], [lw, W - lw]))
    L.append(h_rule('Ausbildung / Education', color='C55A11', caps=False))
    L.append(dated_rows([('2008 – 2012', [P('B.Sc. Wirtschaftsinformatik (Business Informatics), Hochschule Bonn-Rhein-Sieg')]),
                         ('2007', [P('Abitur, Beethoven-Gymnasium Bonn')])], [lw, W - lw]))
    L.append(h_rule('Kenntnisse / Skills', color='C55A11', caps=False))
    L.append(dated_rows([('Test automation', [P('Playwright, Selenium, Cypress, REST Assured, JMeter, k6')]),
                         ('Languages', [P('TypeScript, Java, Python (basic), SQL')]),
                         ('CI/CD & tools', [P('GitLab CI, Jenkins, Docker, Jira, Xray, Confluence')]),
                         ('Certificates', [P('ISTQB Advanced Level Test Manager (2020), ISTQB Foundation (2013)')])], [lw, W - lw]))
    L.append(h_rule('Sprachen / Languages', color='C55A11', caps=False))
    L.append(dated_rows([('German', [P('native')]), ('English', [P('fluent (C1)')]), ('Spanish', [P('basic (A2)')])], [lw, W - lw]))
    L.append(P('Köln, November 2026', before=240))
    d.add(L)
    return d


def e12():
    # US junior developer; thin; comma lists; athletics "sprint" look-alike; simple single column
    d = Doc(font='Calibri', size=11, margins=1200)
    W = cw(d)
    L = []
    L.append(P(B('Tyler Brooks', sz=18), after=0))
    L.append(P('Columbus, OH | 614-555-0123 | tyler.brooks@example.com | github.com/tbrooks-example', after=160))
    L.append(h_plain('Education', sz=12, before=120))
    L.append(P(B('Ohio State University'), ' — B.S. Computer Science and Engineering', '\tMay 2024', tabs=RT(W), after=20))
    L.append(P('GPA 3.3. Relevant courses: Data Structures, Databases, Software Engineering, Web Apps'))
    L.append(h_plain('Experience', sz=12, before=120))
    L.append(P(B('Junior Software Developer'), ', Buckeye Claims Software', '\tAug 2024 – Present', tabs=RT(W), after=20))
    L += bul(d, ['Fix bugs and build small features in a React and Node.js web app for insurance adjusters.',
                 'Write unit tests with Jest.', 'Take part in code reviews and two-week sprints.'])
    L.append(P(B('Software Engineering Intern'), ', Lakeshore Logistics', '\tMay 2023 – Aug 2023', tabs=RT(W), after=20))
    L += bul(d, ['Built an internal dashboard to show late shipments using Python and Flask.'])
    L.append(h_plain('Projects', sz=12, before=120))
    L += bul(d, ['Meet Results App — React Native app that shows race times for the university track club; ~200 users.',
                 'Senior capstone: course scheduling tool (team of 5), Java + PostgreSQL.'])
    L.append(h_plain('Skills', sz=12, before=120))
    L.append(P('JavaScript, TypeScript, React, Node.js, Python, Java, SQL, PostgreSQL, Git, Jest, Docker (basic), Linux'))
    L.append(h_plain('Activities', sz=12, before=120))
    L.append(P('Ohio State Club Track & Field — 100m/200m sprint, relay team captain 2023; Big Ten club championships finalist.'))
    d.add(L)
    return d


BUILDERS = {'e07': e07, 'e08': e08, 'e09': e09, 'e10': e10, 'e11': e11, 'e12': e12}
