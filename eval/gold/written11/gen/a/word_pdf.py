"""i01, i04, i07, i10: Word documents that the person saved as PDF.

This script writes the DOCX files into gen/a/build/; build.sh converts them to
PDF with LibreOffice (private profile /tmp/lo-a) and extracts text/iNN.txt
with pdftotext -layout.  Only the PDF is shipped as the resume.
"""
import os
from common import dx, BUILD

P, r, B, I, T, RT = dx.P, dx.r, dx.B, dx.I, dx.T, dx.RT


def flat(xs):
    out = []
    for x in xs:
        out.extend(flat(x) if isinstance(x, (list, tuple)) else [x])
    return out


# ----------------------------------------------------------------------------
# i01  Rachel Thornbury, UK, IT project manager at a bank (classic Word CV)
# ----------------------------------------------------------------------------
def i01():
    d = dx.Doc(font='Calibri', size=10.5, margins=1000, page='a4')
    W = d.content_width()
    bul = d.list('bullet')
    navy = '1F3864'

    def H(t):
        return P(r(t.upper(), b=True, color=navy, sz=11.5), border_bottom=8, before=200, after=80, keep=True)

    def job(org, dates, title):
        return [P(B(org), r('\t' + dates, b=True), tabs=RT(W), before=140, after=0, keep=True),
                P(I(title), after=60, keep=True)]

    def bl(*items):
        return [P(t, num=bul, style='ListParagraph', after=40) for t in items]

    d.header = [P(r('Rachel Thornbury – Curriculum Vitae', sz=8, color='7F7F7F'), style='Header', align='right')]
    d.footer = [dx.page_field('Page ', total=True, sz=8, color='7F7F7F')]

    d.add(
        P(r('RACHEL THORNBURY', b=True, sz=22, color=navy), align='center', after=0),
        P(r('IT Project Manager  |  Payments & Core Banking', sz=12, color='595959'), align='center', after=40),
        P(r('Sevenoaks, Kent  •  07700 555214  •  rachel.thornbury@example.com  •  linkedin.com/in/rthornbury'),
          align='center', border_bottom=12, after=120),
        H('Profile'),
        P('IT project manager with thirteen years in UK banking, the last eleven spent delivering payments and '
          'core-banking change. I am most useful on projects with several suppliers, a fixed regulatory '
          'date and a lot of people who need to hear bad news early. Comfortable reading an interface specification or '
          'a test exit report, and just as comfortable in a steering committee. PRINCE2 Practitioner, APM PMQ, PSM I.',
          align='both'),
        H('Key Achievements'),
        bl('Delivered the bank\'s ISO 20022 (MX) migration for CHAPS and cross-border payments three weeks ahead of the '
           'Bank of England deadline, across four suppliers and a £6.8m budget, with no Severity 1 incidents in the first 30 days.',
           'Recovered a stalled mortgage-origination replatforming: re-planned it, cut two low-value features and reached '
           'go-live ten weeks after the original date but four months earlier than the forecast I inherited.',
           'Brought the average time to approve a change request down from 19 working days to 6 by setting up a weekly '
           'design authority with architecture, security and the business.'),
        H('Professional Experience'),
        job('Harcourt & Vale Bank plc, London', 'Apr 2021 – Present', 'Senior IT Project Manager, Payments Change'),
        P('Leading delivery of payments-platform projects in a portfolio worth about £20m a year. A typical team is '
          '15–25 people across internal engineering, two or three vendors and an offshore test partner in Pune.', after=60),
        bl('ISO 20022 migration (2022–2024): owned the plan, the budget and the RAID log for a 26-month programme covering '
           'message translation, the sanctions-screening interface, reconciliation and 14 downstream systems.',
           'In March 2023 I told the steering group that the June date for the first cutover was not safe, because the '
           'sanctions vendor had still not delivered a stable build. I asked for six more weeks and we went live on the '
           'revised date with no rollback.',
           'Kept the open-issues list for each cutover weekend and ran the hourly checkpoints on the bridge call; three '
           'of the four cutovers finished inside the planned window and the fourth overran by 90 minutes.',
           'Moved two testers from the reconciliation stream onto end-to-end payments testing for a fortnight when defect '
           'discovery fell behind plan, after agreeing the trade-off with the reconciliation lead.',
           'Negotiated a change to the statement of work with the message-translation vendor that gave us a resident '
           'engineer for the last five months at no extra cost to the bank.',
           'Currently running the replacement of the faster-payments gateway (budget £3.1m, go-live planned for Q2 2027); '
           'wrote the business case with the product owner and the lead architect.',
           'Line-manage two junior project managers and a PMO analyst.'),
        job('Northgate Building Society, Leeds (hybrid)', 'Jun 2018 – Mar 2021', 'IT Project Manager'),
        bl('Took over the mortgage-origination replatforming in month 14, when it was red on time, cost and scope. Rebuilt '
           'the plan with the delivery leads, split the scope into two releases and reset expectations with the Chief '
           'Operating Officer.',
           'Mortgage completions: delivered an automated release of funds to conveyancing solicitors on completion day, '
           'replacing a manual CHAPS request form; completion-day calls to the operations team fell by around 40%.',
           'Reported fortnightly to the Change Board and monthly to the Board Risk Committee on programme risks.',
           'Managed a supplier budget of £2.4m and the relationship with the platform vendor\'s UK delivery manager.',
           'Put up a simple dependency board (first on a wall, then in a shared spreadsheet) that three other change '
           'projects started using as well.'),
        job('Altamira Change Partners, London', 'Sep 2015 – May 2018', 'Project Manager / PMO Lead (consultant)'),
        bl('Placed at two high-street banks on regulatory programmes (ring-fencing; PSD2 open banking).',
           'PMO lead for a 60-person ring-fencing workstream: planning, weekly RAID reviews, resource plan and financials.',
           'Project-managed the build of two open-banking APIs with an internal squad of eight and took them through '
           'penetration testing and the bank\'s release process.'),
        job('Kingsmere Bank, Edinburgh', 'Aug 2013 – Aug 2015', 'Credit Risk Analyst'),
        bl('Built and monitored retail credit risk models (probability of default, loss given default) in SAS for the '
           'unsecured lending book.',
           'Produced the monthly model performance pack for the Model Risk Committee.'),
        H('Education & Certifications'),
        P(B('BSc (Hons) Economics and Statistics'), r(', University of Glasgow'), r('\t2013'), tabs=RT(W), after=40),
        P(r('PRINCE2 Practitioner (2016)   •   APM Project Management Qualification (2019)   •   Professional Scrum Master I (2020)')),
        H('Skills'),
        P(B('Delivery: '), r('planning and re-planning, RAID and dependency management, cutover planning, budget and '
                             'supplier management, steering-committee reporting'), after=40),
        P(B('Technical: '), r('payments messaging (ISO 20022, SWIFT MT/MX, Faster Payments, CHAPS), APIs and integration, '
                              'test strategy and defect management, basic SQL'), after=40),
        P(B('Tools: '), r('Jira, Confluence, MS Project, Smartsheet, Power BI')),
    )
    d.save(os.path.join(BUILD, 'i01.docx'), title='Rachel Thornbury CV', author='Rachel Thornbury')


# ----------------------------------------------------------------------------
# i04  Chidinma Okafor, Nigeria, business analyst in insurance (table header,
#      shaded section bars, personal data, referees)
# ----------------------------------------------------------------------------
def i04():
    d = dx.Doc(font='Times New Roman', size=11.5, margins=1080, page='a4')
    W = d.content_width()
    bul = d.list('bullet')
    sq = d.list('square')

    def H(t):
        return P(r(t, b=True, caps=True, sz=12), shade='D9E2F3', before=220, after=100, keep=True)

    def bl(*items, n=None):
        return [P(t, num=n or bul, style='ListParagraph', after=30) for t in items]

    head = T([[
        [P(r('CHIDINMA ADAEZE OKAFOR', b=True, sz=18), after=20),
         P(r('Business Analyst (Insurance)', i=True, sz=12), after=0)],
        [P('14 Adeniyi Jones Avenue, Ikeja, Lagos', align='right', after=0),
         P('+234 803 555 0177', align='right', after=0),
         P('chidinma.okafor@example.com', align='right', after=0)],
    ]], widths=[6000, W - 6000], valign='center')

    d.add(
        P(r('CURRICULUM VITAE', b=True, sz=10, color='595959'), align='center', after=60),
        head,
        P('', border_bottom=18, after=60),
        H('Career Objective'),
        P('To secure a challenging position in a reputable organisation where I can utilise my analytical and '
          'interpersonal skills to add value, while growing into a project management role in technology.', align='both'),
        H('Professional Summary'),
        bl('8+ years experience in the insurance and financial industry, 4 years as Business Analyst.',
           'Good knowledge of general insurance and life products, claims and underwriting processes.',
           'Experienced in requirement gathering, process mapping, UAT and user training.',
           'Proficient in MS Excel, MS Visio, Jira and SQL (basic).'),
        H('Work Experience'),
        P(B('Crestline Assurance Plc, Victoria Island, Lagos'), r('\tMarch 2022 – Date', b=True), tabs=RT(W), after=0, keep=True),
        P(I('Business Analyst, IT & Transformation Department'), after=60, keep=True),
        P(r('Responsibilities:', u=True), after=40, keep=True),
        bl('Responsible for gathering and documenting business requirements from Claims, Underwriting and Finance units.',
           'Preparing Business Requirement Documents (BRD) and functional specifications for the IT team and the vendor.',
           'Handling change requests on the core insurance application and liaising with the vendor for resolution.',
           'Responsible for process mapping of as-is and to-be processes using MS Visio.',
           'Kept the UAT issues log for the new claims management system and followed up daily with the vendor until '
           'all critical issues were closed before go-live.',
           'Attended the weekly project meeting with the vendor and gave status of requirements and UAT.',
           'Coordinated training of 45 claims officers across Lagos, Abuja and Port Harcourt branches on the new system.',
           'Preparing monthly report on claims backlog and turnaround time for management.',
           'Supported the actuarial team in gathering data for the underwriting risk assessment review.'),
        P(r('Achievements:', u=True), before=60, after=40, keep=True),
        bl('Claims turnaround time reduced from 21 days to 9 days after the new claims system went live (2023).',
           'Helped to clear backlog of 1,300 pending motor claims during the system migration by preparing the data '
           'clean-up template.', n=sq),
        P(B('Goldbridge Insurance Brokers Ltd, Ikeja, Lagos'), r('\tJanuary 2020 – February 2022', b=True), tabs=RT(W),
          before=160, after=0, keep=True),
        P(I('Business Analyst / Operations Officer'), after=60, keep=True),
        bl('Handling policy renewals and client documentation for corporate accounts.',
           'Responsible for preparing weekly production reports for management.',
           'Gathered requirements for the company\'s first client portal and tested it with the IT vendor before launch.',
           'Handling release of claims payment to clients after insurer settlement, and reconciliation of premium accounts.'),
        P(B('Sunrise Microfinance Bank, Enugu'), r('\tJune 2018 – November 2019', b=True), tabs=RT(W),
          before=160, after=0, keep=True),
        P(I('Customer Service Officer'), after=60, keep=True),
        bl('Handling customer enquiries, account opening and complaint resolution.',
           'Processing loan documentation and release of loan funds after credit approval.'),
        P(B('National Youth Service Corps (NYSC)'), r('\t2017 – 2018', b=True), tabs=RT(W), before=160, after=0, keep=True),
        P(I('Primary Assignment: Teacher, Government Secondary School, Kaduna'), after=60, keep=True),
        bl('Taught Mathematics to SS1 and SS2 students.',
           'Community Development Service: organised free computer literacy classes for 30 youths.'),
        H('Education'),
        P(B('University of Nigeria, Nsukka'), r(' — B.Sc. Statistics (Second Class Upper)'), r('\t2016'), tabs=RT(W), after=30),
        P(B('St. Bernadette\'s Girls Secondary School, Awka'), r(' — WASSCE'), r('\t2011'), tabs=RT(W)),
        H('Professional Certifications / Trainings'),
        bl('Associate, Chartered Insurance Institute of Nigeria (ACIIN) – in view',
           'IIBA Entry Certificate in Business Analysis (ECBA), 2021',
           'Scrum Fundamentals Certified (SFC), 2023',
           'Google Project Management Certificate (Coursera) – ongoing'),
        H('Skills'),
        T([['Requirement gathering', 'Process mapping (Visio, BPMN)'],
           ['UAT and testing', 'Report writing'],
           ['MS Excel (advanced)', 'SQL (basic)'],
           ['Jira & Confluence', 'Stakeholder management']],
          widths=[W // 2, W - W // 2]),
        H('Personal Data'),
        T([['Date of Birth:', '12th July 1994'],
           ['Sex:', 'Female'],
           ['Marital Status:', 'Married'],
           ['State of Origin:', 'Anambra State'],
           ['Nationality:', 'Nigerian'],
           ['Languages:', 'English, Igbo, Yoruba (fair)'],
           ['Hobbies:', 'Reading, cooking and volunteering']],
          widths=[2600, W - 2600]),
        H('Referees'),
        P('Available on request.'),
    )
    d.save(os.path.join(BUILD, 'i04.docx'), title='CV - Chidinma Okafor', author='Chidinma')


# ----------------------------------------------------------------------------
# i07  Kristine Villanueva, Philippines, implementation specialist (modern
#      Word template: coloured name, competencies table, footer)
# ----------------------------------------------------------------------------
def i07():
    d = dx.Doc(font='Calibri', size=10.5, margins=900, page='letter')
    W = d.content_width()
    teal = '1B6F72'
    bul = d.list('bullet')

    def H(t):
        return P(r(t.upper(), b=True, color=teal, sz=12), border_bottom=6, before=220, after=80, keep=True)

    def bl(*items):
        return [P(t, num=bul, style='ListParagraph', after=30) for t in items]

    d.footer = [P(r('Kristine D. Villanueva  |  Resume', sz=8, color='808080'), style='Footer', align='center')]
    comp = [['Client onboarding & go-live', 'Data migration (CSV, Excel, basic SQL)', 'REST API & SFTP integrations'],
            ['Project timelines & checklists', 'Parallel payroll testing', 'Training & documentation'],
            ['Jira Service Management', 'Salesforce', 'Smartsheet, Postman']]
    d.add(
        P(r('Kristine D. Villanueva', sz=26, color=teal), after=0),
        P(r('Implementation Specialist  |  SaaS Onboarding  |  Payroll & HRIS', sz=12, color='404040'), after=40),
        P(r('Mandaue City, Cebu, Philippines   ·   +63 917 555 0143   ·   kristine.villanueva@example.com'), after=60),
        H('Summary'),
        P('Implementation specialist with 4 years of onboarding mid-size companies (50 to 2,000 employees) to a cloud '
          'payroll and HR platform, plus 3 years in BPO technical support. I handle the whole journey from kickoff until '
          'go-live and handover to support: configuration, data migration, integration testing with the client\'s IT, '
          'training and parallel payroll runs. I like structure, checklists and clear timelines, and I am now looking '
          'to grow into a technical project management role.', align='both'),
        H('Core Competencies'),
        T([[{'content': [P(c, num=bul, style='ListParagraph', after=0)]} for c in row] for row in comp],
          widths=[W // 3, W // 3, W - 2 * (W // 3)]),
        H('Professional Experience'),
        P(B('Senior Implementation Specialist'), r('\tJan 2023 – Present'), tabs=RT(W), after=0, keep=True),
        P(r('LedgerNest Inc. — HR & payroll SaaS (remote, APAC clients)', i=True, color='595959'), after=60, keep=True),
        bl('Own 6 to 8 client onboardings at a time, each 4 to 12 weeks; 37 clients live so far in the Philippines, '
           'Singapore and Australia.',
           'Run the kickoff, build the project timeline in Smartsheet and hold the weekly status call with client HR, '
           'client IT and our solutions engineer.',
           'Keep the go-live checklist and the open-items list for every client. Nothing goes live until the parallel '
           'payroll run matches the client\'s old system within 0.5%.',
           'For a 1,400-employee logistics client, I told the client sponsor three weeks before go-live that we have to '
           'move the date by two weeks, because their employee master file had 600 records with missing tax IDs and the '
           'parallel run failed. We agreed a clean-up plan with their HR team and went live on the new date.',
           'Coordinate with our engineering team when a client integration (time-keeping system via REST API, bank file '
           'via SFTP) fails in testing. I write the ticket with steps to reproduce and logs, and follow it up in the '
           'weekly triage.',
           'Wrote the onboarding playbook now used by 9 specialists; average onboarding time went from 11 weeks to 8.',
           'Mentor two new specialists and review their project plans before kickoff.'),
        P(B('Implementation Associate'), r('\tJun 2022 – Dec 2022'), tabs=RT(W), before=160, after=0, keep=True),
        P(r('LedgerNest Inc.', i=True, color='595959'), after=60, keep=True),
        bl('Configured pay rules, leave policies and approval workflows for small clients.',
           'Prepared data migration templates and validated client uploads.',
           'Conducted end-user training sessions via Zoom for admins and employees.'),
        P(B('Technical Support Representative → Team Lead (2021)'), r('\tApr 2019 – May 2022'), tabs=RT(W),
          before=160, after=0, keep=True),
        P(r('Bluewave Contact Solutions, Cebu IT Park', i=True, color='595959'), after=60, keep=True),
        bl('Handled inbound calls and chats for the TeleSprint Mobile account (US postpaid customers): billing disputes, '
           'device troubleshooting and plan changes.',
           'As Team Lead of 14 agents, handled schedules, coaching and quality scores. Our team brought the ticket '
           'backlog down from 2,100 to under 300 in 6 weeks during the holiday peak.',
           'Created knowledge base articles for recurring device issues after each software release of the carrier\'s app.'),
        H('Education'),
        P(B('Bachelor of Science in Information Technology'), r('\t2019'), tabs=RT(W), after=0),
        P(r('University of San Jose–Recoletos, Cebu City', i=True)),
        H('Certifications & Training'),
        bl('Google Project Management: Professional Certificate (Coursera), 2024',
           'ITIL 4 Foundation, 2023',
           'LedgerNest Certified Implementation Consultant, 2022'),
    )
    d.save(os.path.join(BUILD, 'i07.docx'), title='Resume - Kristine Villanueva', author='Kristine Villanueva')


# ----------------------------------------------------------------------------
# i10  Naledi Dlamini, South Africa, product manager (two-column table layout,
#      shaded sidebar)
# ----------------------------------------------------------------------------
def i10():
    d = dx.Doc(font='Calibri', size=10, margins=720, page='a4')
    W = d.content_width()
    left = 3000
    right = W - left
    plum = '5B2C6F'
    bul = d.list('bullet')

    def SH(t):
        return P(r(t.upper(), b=True, color=plum, sz=10.5), before=200, after=60)

    def MH(t):
        return P(r(t.upper(), b=True, color=plum, sz=12), border_bottom=6, before=160, after=80, keep=True)

    def bl(*items):
        return [P(t, num=bul, style='ListParagraph', after=40) for t in items]

    side = [
        SH('Contact'),
        P('Observatory, Cape Town', after=0), P('+27 82 555 0193', after=0),
        P('naledi.dlamini@example.com', after=0), P('linkedin.com/in/naledidlamini', after=0),
        SH('Skills'),
        *[P(s, after=20) for s in ('Product discovery', 'Roadmaps and prioritisation', 'Writing PRDs and user stories',
                                   'Experiment design and A/B tests', 'SQL and Looker',
                                   'Working with compliance, credit and risk teams', 'Launch planning')],
        SH('Tools'),
        P('Jira, Confluence, Figma, Amplitude, Looker, Notion, Miro'),
        SH('Education'),
        P(B('BCom Information Systems'), after=0), P('University of Cape Town, 2014', after=80),
        P(B('Postgraduate Diploma in Management (Digital Business)'), after=0), P('Wits Business School, 2019'),
        SH('Languages'),
        P('English, isiZulu, Afrikaans (conversational)'),
    ]
    main = [
        P(r('NALEDI DLAMINI', b=True, sz=24, color=plum), after=0),
        P(r('Senior Product Manager · Lending & Payments', sz=12.5, color='595959'), after=60),
        MH('Profile'),
        P('I am a product manager with eleven years in South African financial services, eight of them owning digital '
          'lending and card products. I work best close to engineering: I write the problem down, agree with the tech '
          'lead what the first version really needs, and stay in the detail until customers are using it. I have '
          'launched two products into regulated markets and learned that the launch date usually depends on compliance, '
          'a third-party processor and a pen test as much as on our own team.', align='both'),
        MH('Experience'),
        P(B('Senior Product Manager, Personal Loans'), r('\tMar 2022 – Present'), tabs=RT(right - 220), after=0, keep=True),
        P(r('Imali Lending (Pty) Ltd, Cape Town', i=True), after=60, keep=True),
        P('I own the digital personal-loan journey (app and web) from application to payout, for a book of about 180,000 '
          'active loans. I work with one squad of seven engineers, a designer and a data analyst, and with the credit '
          'team, who own the credit risk models that decide approval and pricing.', after=60, align='both'),
        bl('Rebuilt the application flow so that 70% of applicants get an instant decision, up from 35%; completion rate '
           'rose from 41% to 58%.',
           'Launched same-day release of funds for approved loans by integrating a real-time payments rail with our '
           'banking partner. The launch moved by three weeks after the external pen test found two high-severity issues; '
           'I gave the exec team the new date the same day, and both issues were fixed before go-live.',
           'Ran the weekly launch check-in for the same-day payout project with engineering, compliance, operations and '
           'the banking partner\'s integration team, and kept the list of everything still blocking go-live.',
           'When the quarter got tight I agreed a cut-line with the tech lead: affordability checks from bank statements '
           'went in, loan top-ups moved to the next quarter.',
           'Set up A/B tests of new credit risk models with the credit team: I own the experiment set-up in the product, '
           'they own the models.'),
        P(B('Product Manager, Prepaid Cards'), r('\tJan 2019 – Feb 2022'), tabs=RT(right - 220), before=160, after=0, keep=True),
        P(r('Baobab Card Services, Johannesburg', i=True), after=60, keep=True),
        P('Product manager for a prepaid card programme sold through retail partners, with about 400,000 cardholders.',
          after=60),
        bl('Led the move from a legacy card processor to a new one: wrote the requirements, ran migration planning with '
           'the processor and our IT team, and planned the card reissue in three waves so the call centre could cope.',
           'Launched virtual cards in the app in 2021; 60,000 were issued in the first three months.',
           'Set up a monthly roadmap review with sales, compliance and the retail partners.'),
        P(B('Business Analyst, Digital Channels'), r('\tFeb 2015 – Dec 2018'), tabs=RT(right - 220), before=160, after=0, keep=True),
        P(r('Protea Mutual Bank, Johannesburg', i=True), after=60, keep=True),
        bl('Wrote requirements and user stories for the internet banking and USSD channels.',
           'Did UAT and business sign-off for the monthly app releases.',
           'Moved into the product owner role for the USSD channel in 2017.'),
    ]
    d.footer = [P(r('References available on request', sz=8, i=True, color='808080'), style='Footer', align='right')]
    d.add(T([[{'content': flat(side), 'shade': 'F2ECF5'}, flat(main)]], widths=[left, right], cellmar=160), P('', after=0))
    d.save(os.path.join(BUILD, 'i10.docx'), title='Naledi Dlamini - CV', author='Naledi Dlamini')


if __name__ == '__main__':
    for f in (i01, i04, i07, i10):
        f()
