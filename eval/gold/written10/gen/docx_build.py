"""Word / Google-Docs-download style DOCX resumes for written10 (stdlib only).
Writes resumes/hNN.docx and text/hNN.txt (paragraph + table-cell text in reading order)."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
# The DOCX writer is written6's (eval/gold/written6/gen/docxlib.py), used as it is.
sys.path.insert(1, os.path.join(HERE, '..', '..', 'written6', 'gen'))
from docxlib import Doc, P, B, I, r, T, RT, extract_text  # noqa: E402

ROOT = os.path.dirname(HERE)
RES = os.path.join(ROOT, 'resumes')
TXT = os.path.join(ROOT, 'text')


def typed(lines, mark='•', ind=360):
    return [P(f'{mark}\t{x}' if mark == '•' else f'{mark} {x}', ind=ind if mark == '•' else None, tabs=[('left', ind)] if mark == '•' else None, after=20) for x in lines]


def real(doc_, lines, kind='bullet'):
    n = doc_.list(kind)
    return [P(x, num=n, style='ListParagraph', after=20) for x in lines]


def boldhead(t, caps=True, border=None):
    return P(B(t.upper() if caps else t, sz=11.5), before=200, after=60, border_bottom=border, keep=True)


def rt(left, right, pos=9360, **k):
    return P(*left, '\t', r(right, **k), tabs=RT(pos), after=0, keep=True)


def h03():
    """IT project manager at a bank, Nigeria: vague duty list, bold paragraphs as headings, typed bullets."""
    d = Doc(font='Times New Roman', size=11.5, margins=1134, page='a4')
    W = d.content_width()
    d.add(P(B('OLUWASEUN ADEBAYO-COKER', sz=16), align='center', after=0),
          P('14 Admiralty Way, Lekki Phase 1, Lagos, Nigeria\nTel: +234 803 555 0172  |  Email: seun.adebayocoker@example.com', align='center', after=120),
          boldhead('Career Objective', border=6),
          P('To obtain a challenging position as IT Project Manager in a reputable organisation where my skills and experience will be fully utilised for the growth of the organisation and my career.'),
          boldhead('Professional Experience', border=6),
          rt([B('Crestline Bank Plc, Lagos')], 'Jan 2017 – Date', pos=W),
          P(I('IT Project Manager'), after=40),
          *typed(['Responsible for managing IT projects in the bank.',
                  'Handled project documentation and reporting to management.',
                  'Responsible for liaising with vendors and internal stakeholders.',
                  'Handled the implementation of the new core banking upgrade (Finacle) together with the vendor team.',
                  'Prepared weekly status reports for the IT Steering Committee.',
                  'Responsible for user acceptance testing coordination.',
                  'Involved in the migration of ATM switch to new provider.',
                  'Monitored project budget and timelines.',
                  'Any other duties assigned by the Head of IT.']),
          rt([B('Crestline Bank Plc, Lagos')], 'Mar 2013 – Dec 2016', pos=W),
          P(I('Senior Systems Analyst'), after=40),
          *typed(['Handled application support for the internet banking platform.',
                  'Responsible for change management requests.',
                  'Supported the Risk Management department on the credit risk models reporting system.']),
          rt([B('Sterling Crown Microfinance Bank, Ibadan')], 'Jun 2010 – Feb 2013', pos=W),
          P(I('IT Officer'), after=40),
          *typed(['Network administration and user support.', 'Handled backup of databases.']),
          boldhead('Education', border=6),
          rt(['B.Sc. Computer Science – Obafemi Awolowo University, Ile-Ife'], '2008', pos=W),
          rt(['Senior School Certificate (WAEC)'], '2002', pos=W),
          boldhead('Professional Certifications', border=6),
          *typed(['PRINCE2 Foundation', 'ITIL v3 Foundation', 'Microsoft Certified Systems Engineer (MCSE)']),
          boldhead('Skills', border=6),
          P('Project Management, MS Project, MS Office, Communication skills, Team player, Leadership, Problem solving, Good interpersonal relationship'),
          boldhead('Personal Details', border=6),
          T([['Date of Birth:', '12th August 1985'], ['Nationality:', 'Nigerian'], ['State of Origin:', 'Ogun State'], ['Marital Status:', 'Married']], widths=[2400, W - 2400]),
          P(''),
          boldhead('Referees', border=6),
          P('Available on request.'))
    return d


def h06():
    """Delivery manager at an Indian IT services firm: Project #N blocks, Roles & Responsibilities."""
    d = Doc(font='Arial', size=10, margins=1000, page='a4')
    W = d.content_width()
    H = lambda t: P(B(t, sz=11), shade='D9E2F3', before=200, after=80, keep=True)
    def proj(n, name, client, dur, role, team, tech, desc, rr):
        out = [P(B(f'Project #{n}'), before=160, after=40, keep=True),
               T([[B('Project Name'), name], [B('Client'), client], [B('Duration'), dur], [B('Role'), role], [B('Team Size'), team], [B('Environment'), tech]],
                 widths=[2200, W - 2200], borders=True),
               P(B('Description: '), desc, before=60),
               P(B('Roles & Responsibilities:'), after=20)]
        out += real(d, rr)
        return out
    d.add(P(B('RESUME', sz=14, u=True), align='center'),
          T([[[P(B('VENKATA SRINIVASA RAO KOLLURI', sz=13)), P('Delivery Manager'), P('Total Experience: 16+ Years')],
              [P('Mobile: +91 98495 55021'), P('Email: vsrao.kolluri@example.com'), P('Hyderabad, Telangana, India')]]], widths=[W // 2, W - W // 2]),
          P(''),
          H('PROFESSIONAL SUMMARY'),
          *real(d, ['Having 16+ years of IT experience in Delivery Management, Project Management and Application Development in BFSI and Retail domain.',
                    'Currently working as Delivery Manager in Tarangini Infotech Ltd. from Mar\'21 to till date.',
                    'Handling portfolio of 4 projects with team size of 85 members (onsite-offshore model).',
                    'Good experience in Agile and Waterfall methodologies.',
                    'Experience in handling client escalations and doing the needful for customer satisfaction.',
                    'Good exposure in preparing SOW, estimations, resource loading and invoicing.',
                    'Expertise in release management, risk mitigation and RAID log maintenance.',
                    'Managed onsite-offshore coordination with UK, USA and Australia clients.',
                    'Strong knowledge of Banking domain (Retail, Cards, Loans).',
                    'Excellent communication and interpersonal skills.']),
          H('TECHNICAL SKILLS'),
          T([['Methodologies', 'Agile (Scrum), Waterfall, SAFe'], ['Tools', 'JIRA, MS Project, Confluence, ServiceNow, Azure DevOps'],
             ['Technologies', 'Java, J2EE, Spring Boot, Oracle, Angular'], ['Domain', 'Banking, Insurance, Retail']], widths=[2400, W - 2400], borders=True),
          P(''),
          H('ORGANISATIONAL EXPERIENCE'),
          T([[B('Organisation'), B('Designation'), B('Duration')],
             ['Tarangini Infotech Ltd., Hyderabad', 'Delivery Manager', "Mar'21 to till date"],
             ['Tarangini Infotech Ltd., Hyderabad', 'Project Manager', 'Apr 2016 – Feb 2021'],
             ['Sequoia Softech Pvt. Ltd., Pune', 'Technical Lead', 'Jun 2012 – Mar 2016'],
             ['Sequoia Softech Pvt. Ltd., Pune', 'Software Engineer', 'Jul 2010 – May 2012']], widths=[4000, 2800, W - 6800], borders=True, header_shade='F2F2F2'),
          P(''),
          H('PROJECT DETAILS'),
          *proj(1, 'Retail Banking Digital Transformation', 'Leading bank in UK', "Mar'21 to till date", 'Delivery Manager', '52', 'Java, Spring Boot, Angular, AWS',
                'Modernisation of retail banking customer journeys (account opening, loans, cards) from legacy to microservices.',
                ['Managing the end to end delivery of 3 scrum teams offshore and 1 onsite coordinator.',
                 'Conducting weekly status call with client and monthly steering committee.',
                 'When the UAT window was cut by two weeks, re-planned the test cycles and moved 6 members from other project for the period; release went as per plan.',
                 'Preparing RAID log and sharing with client every week.',
                 'Resource planning, hiring and appraisal of team members.',
                 'Achieved 98% SLA adherence and CSAT of 4.6/5.']),
          *proj(2, 'Policy Administration System', 'Insurance client, USA', 'Apr 2016 – Feb 2021', 'Project Manager', '28', 'Java, Oracle, Guidewire',
                'Enhancement and maintenance of policy administration system for property & casualty lines.',
                ['Responsible for project planning and tracking.',
                 'Involved in requirement gathering with client business team.',
                 'Handled change requests and estimation.',
                 'Managed the offshore team and coordinated with onsite.']),
          *proj(3, 'Store Inventory Management', 'Retail client, Australia', 'Jun 2012 – Mar 2016', 'Technical Lead', '12', 'Java, J2EE, Oracle',
                'Inventory and replenishment system for 400 stores including order backlog reports.',
                ['Code review and design of modules.', 'Guiding the team members technically.', 'Interacting with client for clarifications.']),
          *proj(4, 'Core Banking Interface Layer', 'Private sector bank, India', 'Jun 2012 – Dec 2013', 'Technical Lead', '9', 'Java, IBM MQ, Oracle',
                'Middleware layer between core banking and channels (ATM, internet banking, mobile). ISO 8583 and other communication protocols.',
                ['Design of message routing module.', 'Performance testing coordination with client infra team.', 'Prepared deployment runbook.']),
          *proj(5, 'Loan Origination System', 'NBFC, India', 'Jul 2010 – May 2012', 'Software Engineer', '15', 'Java, Struts, Oracle',
                'Web based loan origination for two-wheeler and personal loans including credit risk models integration.',
                ['Development of screens and DAO layer.', 'Unit testing and bug fixing.', 'Production support in rotation.']),
          H('ACHIEVEMENTS / AWARDS'),
          real(d, ['Received "Best Delivery Excellence" award FY 2023-24 for Retail Banking account.',
                   'Grew the account from 20 to 85 members in 3 years.',
                   'Spot award for handling critical production issue in weekend (2017).']),
          H('EDUCATION'),
          real(d, ['MCA from Andhra University, Visakhapatnam with 78% (2010).', 'B.Sc. (Computers) from Nagarjuna University with 72% (2007).']),
          H('CERTIFICATIONS'),
          real(d, ['PMP – Project Management Institute (2019)', 'Certified ScrumMaster (CSM)']),
          H('PERSONAL DETAILS'),
          T([["Father's Name", 'K. Subba Rao'], ['Date of Birth', '05-06-1986'], ['Languages Known', 'English, Telugu, Hindi'], ['Passport', 'Available']], widths=[2400, W - 2400]),
          P(''),
          H('DECLARATION'),
          P('I hereby declare that the above-mentioned information is true to the best of my knowledge and belief.'),
          P('Place: Hyderabad\t(K. V. S. Rao)', tabs=RT(W), before=240))
    return d


def h09():
    """Mobile development team lead, Kenya: Heading styles, contact table, real bullets, skills table."""
    d = Doc(font='Calibri', size=10.5, margins=1000, page='a4')
    W = d.content_width()
    d.add(P('Brian Otieno Odhiambo', style='Title'),
          P('Mobile Engineering Lead  •  Android & iOS', style='Subtitle'),
          T([['Nairobi, Kenya', '+254 712 555 348'], ['brian.odhiambo@example.com', 'github.com/example-bodhiambo']], widths=[W // 2, W - W // 2]),
          P(''),
          P('Summary', style='Heading1'),
          P('Mobile developer for 9 years, team lead for the last 3. I lead a team of 7 building a consumer payments app used by 2.3 million people in Kenya, Uganda and Tanzania. '
            'I still write code most weeks, but most of my job now is planning releases, unblocking people and talking to product and the compliance team.'),
          P('Experience', style='Heading1'),
          P('Mobile Team Lead — Pesafleet Ltd, Nairobi', style='Heading2'),
          P(I('June 2023 – Present'), after=40),
          *real(d, ['Lead 7 engineers (4 Android, 3 iOS) and work with 2 QA and 1 designer.',
                    'Release every two weeks through Play Store and App Store; crash-free sessions up from 97.1% to 99.6%.',
                    'Planned the move from a monolith app to feature modules over 3 quarters without freezing features.',
                    'Agreed with the Central Bank compliance team a date for the new KYC flow and kept them updated each week when the ID-verification vendor was late.',
                    'Hiring: 5 engineers hired in 2024.']),
          P('Senior Android Developer — Pesafleet Ltd, Nairobi', style='Heading2'),
          P(I('Feb 2020 – May 2023'), after=40),
          *real(d, ['Built offline-first transaction history (Room, WorkManager).', 'Kotlin migration from Java (~80k lines).', 'Mentored interns from the Moringa programme.']),
          P('Android Developer — Agile Apps Africa, Nairobi', style='Heading2'),
          P(I('Jan 2017 – Jan 2020'), after=40),
          *real(d, ['Client apps for an NGO, a budget airline and two SACCOs.', 'Bluetooth communication protocols for a solar-meter app.']),
          P('Skills', style='Heading1'),
          T([[B('Languages'), 'Kotlin, Swift, Java, Dart'], [B('Mobile'), 'Jetpack Compose, SwiftUI, Flutter, Firebase'],
             [B('Practices'), 'CI/CD (Bitrise, GitHub Actions), code review, release management, Scrum'],
             [B('Other'), 'Leading teams, hiring, Jira']], widths=[1800, W - 1800], borders=True),
          P(''),
          P('Education', style='Heading1'),
          P(B('BSc Computer Science'), ', University of Nairobi\t2012 – 2016', tabs=RT(W)))
    return d


def h12():
    """Logistics ops manager, Mexico: Google Docs download look (Title/Heading2, real + dash bullets, soft breaks)."""
    d = Doc(font='Arial', size=10, margins=1080, page='letter')
    W = d.content_width()
    d.add(P(r('Alejandro Ruiz Castañeda', sz=22, color='3C4043'), after=0),
          P(r('Operations Manager · Logistics & Warehousing', color='E06666', sz=12), after=40),
          P(r('Monterrey, N.L., México · +52 81 5555 0127 · alejandro.ruizc@example.com', color='666666', sz=9), after=160),
          P('Experiencia / Experience', style='Heading2'),
          P(B('Distribuidora Norte Logística'), ', Monterrey — ', I('Operations Manager'), '\n', r('AGO 2019 - PRESENTE', color='666666', sz=8.5), after=40),
          *real(d, ['Run a 32,000 m² distribution centre, 3 shifts, 140 staff; 18,000 order lines/day at peak.',
                    'Led the rollout of a new warehouse management system (Manhattan SCALE replacing in-house system): picked the go-live date with IT and the vendor, trained 60 pickers, ran the parallel week.',
                    'Kept the cutover checklist and the open-issues list for the WMS; daily 8:00 call with IT, vendor and shift leads for 6 weeks after go-live.',
                    'Cleared a backlog of 9,000 late orders after the go-live within 11 days.',
                    'On-time dispatch 91% → 98.5%; inventory accuracy 99.2%.']),
          P(B('Transportes Kaizen SA de CV'), ', Saltillo — ', I('Shift Supervisor → Warehouse Supervisor'), '\n', r('2013 - 2019', color='666666', sz=8.5), before=120, after=40),
          *typed(['Inbound/outbound supervision, 45 people.', 'Safety audits and 5S.', 'Forklift scheduling and yard management.', 'Handled customer complaints.'], mark='-'),
          P(B('Grupo Abarrotes del Norte'), ', Monterrey — ', I('Almacenista'), '\n', r('2010 - 2013', color='666666', sz=8.5), before=120, after=40),
          P('Warehouse assistant, stock counts, receiving.'),
          P('Educación', style='Heading2'),
          P(B('Instituto Tecnológico de Nuevo León'), ' — Ingeniería Industrial\n', r('2005 - 2010', color='666666', sz=8.5)),
          P('Habilidades / Skills', style='Heading2'),
          P('WMS (Manhattan SCALE, SAP EWM basics) · Lean / 5S · Excel avanzado · Power BI · Team leadership · Spanish (native), English (B2)'))
    return d


def h15():
    """Government product owner, Australia: Heading styles, right-tab dates, real bullets, first-person summary."""
    d = Doc(font='Calibri', size=11, margins=1134, page='a4')
    W = d.content_width()
    d.add(P(B('Megan Whitlock-Pryce', sz=20), after=0),
          P('Canberra ACT  |  0455 555 802  |  megan.whitlockpryce@example.com', after=200),
          P('Career Summary', style='Heading1'),
          P('I am a Product Owner in the Australian Public Service with 8 years in digital service delivery. I own the backlog for an online grants service used by 40,000 applicants a year, '
            'and I work between policy teams, the delivery team and our vendor. I am looking for product or delivery roles in government or GovTech.'),
          P('Career History', style='Heading1'),
          P(B('Product Owner, APS6/EL1'), '\tSep 2021 – current', tabs=RT(W), after=0, keep=True),
          P(I('Department of Regional Grants and Services, Canberra'), after=60),
          P(B('Key responsibilities')),
          *real(d, ['Own and prioritise the product backlog for the GrantsOnline service; write user stories and acceptance criteria.',
                    'Sprint reviews and planning with a multidisciplinary team of 9 (vendor developers, APS testers, designer).',
                    'Brief the Branch Head and the Minister\'s office on release dates.']),
          P(B('Key achievements')),
          *real(d, ['Replaced the paper application for drought assistance with an online form in 14 weeks (DTA Digital Service Standard assessment passed).',
                    'Negotiated a scope cut with policy when legislation changed four weeks before launch, and wrote the briefing explaining the new date.',
                    'Reduced processing time per application from 21 to 9 days.']),
          P(B('Business Analyst, APS5'), '\tFeb 2018 – Aug 2021', tabs=RT(W), after=0, keep=True),
          P(I('Department of Regional Grants and Services, Canberra'), after=60),
          *real(d, ['Business process mapping; requirements; UAT.', 'Supported the Freedom of Information backlog reduction project.']),
          P(B('Customer Service Officer'), '\t2015 – 2018', tabs=RT(W), after=0, keep=True),
          P(I('Services Australia (contact centre), Tuggeranong'), after=60),
          P('Phone and counter services; team leader relief.'),
          P('Education & Training', style='Heading1'),
          P('Bachelor of Arts (Politics), Australian National University\t2014', tabs=RT(W)),
          P('Professional Scrum Product Owner I (PSPO I)\t2022', tabs=RT(W)),
          P('Certificate IV in Government\t2017', tabs=RT(W)),
          P('Security Clearance', style='Heading1'),
          P('Baseline (current)'),
          P('Referees', style='Heading1'),
          P('Provided on request.'))
    return d


def h18():
    """Civil site engineer, Philippines: bold headings, '-' typed bullets, skills table, soft line breaks."""
    d = Doc(font='Cambria', size=11, margins=1200, page='letter')
    W = d.content_width()
    d.add(P(B('ENGR. RAMON JOSE B. DELA CRUZ', sz=15), after=0),
          P('Civil Engineer (Licensed) – Site Engineer\nLapu-Lapu City, Cebu, Philippines\nMobile: 0917 555 0482 • Email: rj.delacruz.ce@example.com', after=200),
          P(B('OBJECTIVE')),
          P('Seeking a Site Engineer / Project Engineer position in a construction company where I can apply my experience in building and road projects.'),
          P(B('WORK EXPERIENCE'), before=200),
          P(B('Site Engineer'), '\n', 'Visayas Builders & Development Corp. – Mandaue City\n', I('March 2021 – Present')),
          *typed(['Supervise construction of 2 mid-rise residential buildings (8 and 12 storeys).',
                  'Daily site reports, manpower and equipment monitoring.',
                  'QA/QC of concrete: slump tests, cylinder sampling, coordination with testing laboratory.',
                  'Prepare 3-week look-ahead schedule and progress billing.',
                  'Coordinate subcontractors (rebar, formworks, MEP).',
                  'Safety toolbox meetings.'], mark='-'),
          P(B('Junior Site Engineer'), '\n', 'Agile Construction Supply & Services – Cebu City\n', I('June 2018 – February 2021'), before=120),
          *typed(['Road widening project (DPWH) 3.2 km, quantity take-off and as-built plans.',
                  'Assisted project engineer in scheduling and materials procurement.'], mark='-'),
          P(B('EDUCATION'), before=200),
          P('Bachelor of Science in Civil Engineering\nCebu Institute of Technology – University, 2017'),
          P('Passed Civil Engineer Licensure Examination, November 2017 (PRC)'),
          P(B('SKILLS'), before=200),
          T([['AutoCAD', 'MS Project (basic)', 'Quantity surveying'], ['Concrete QA/QC', 'Construction scheduling', 'MS Excel'],
             ['STAAD.Pro', 'Site safety (BOSH)', 'Tagalog, Cebuano, English']], widths=[W // 3, W // 3, W - 2 * (W // 3)], borders=True),
          P(''),
          P(B('CHARACTER REFERENCES'), before=200),
          P('Engr. Marites L. Yap – Project Manager, Visayas Builders & Development Corp. – 0918 555 0931'))
    return d


BUILD = {'h03': (h03, 'Oluwaseun Adebayo-Coker'), 'h06': (h06, 'Kolluri V S Rao'), 'h09': (h09, 'Brian Odhiambo'),
         'h12': (h12, 'Alejandro Ruiz'), 'h15': (h15, 'Megan Whitlock-Pryce'), 'h18': (h18, 'Ramon Dela Cruz')}


def main():
    os.makedirs(RES, exist_ok=True)
    os.makedirs(TXT, exist_ok=True)
    for k, (fn, author) in BUILD.items():
        path = os.path.join(RES, k + '.docx')
        fn().save(path, title='Resume', author=author)
        with open(os.path.join(TXT, k + '.txt'), 'w', encoding='utf-8') as f:
            f.write(extract_text(path))


if __name__ == '__main__':
    main()
