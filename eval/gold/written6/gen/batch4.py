from common import *

def d19():
    d = Doc(font='Calibri', size=10, margins=900)
    cw = d.content_width()
    d.add(P(r('Olivia Sandoval', b=True, sz=20, color='7030A0'), after=0),
          P('Customer Success Manager  |  Phoenix, AZ  |  480-555-0145  |  olivia.sandoval@example.com', border_bottom=12, after=120))
    d.add(P('Customer success manager with 6 years in B2B SaaS. I manage a book of mid-market accounts, run onboarding and renewals, and act as the customer\u2019s voice inside the company.', after=120))
    d.section_break(cols=1)
    d.add(P(B('EXPERIENCE', color='7030A0'), after=40))
    d.add(P(B('Senior Customer Success Manager'), after=0), P('Lumen HR Cloud | Phoenix, AZ | 2022 – Present', after=40))
    d.add(bullets(d, [
        'Own a book of 45 mid-market accounts ($6.2M ARR); 112% net revenue retention in FY24.',
        'Lead onboarding projects for new customers (typically 8–12 weeks): kickoff, implementation timeline, data migration checkpoints with our implementation team.',
        'Run quarterly business reviews with HR and IT directors.',
        'Escalate product bugs and feature requests; attend monthly product council.',
        'Built health-score dashboard in Gainsight; churn-risk accounts flagged 60 days earlier.',
    ]))
    d.add(P(B('Customer Success Manager'), after=0, before=80), P('Lumen HR Cloud | Phoenix, AZ | 2020 – 2022', after=40))
    d.add(bullets(d, ['Managed 80 SMB accounts; renewals and upsell.', 'Created onboarding webinar series attended by 400+ admins.']))
    d.add(P(B('Account Coordinator'), after=0, before=80), P('Desert Sun Marketing Group | Tempe, AZ | 2018 – 2020', after=40))
    d.add(bullets(d, ['Coordinated client campaigns, schedules and deliverables for 10 accounts.']))
    d.add(P(B('SKILLS', color='7030A0'), before=120, after=40))
    d.add(bullets(d, ['Gainsight, Salesforce, HubSpot, Zendesk', 'Onboarding & adoption planning', 'Renewal forecasting', 'Executive business reviews',
                      'Excel / Google Sheets', 'Basic SQL (Mode)']))
    d.add(P(B('EDUCATION', color='7030A0'), before=120, after=40))
    d.add(P('B.A. Communication, Arizona State University, 2018', after=0), P('Certified Customer Success Manager (CCSM Level 2), SuccessCOACHING'))
    d.section_break(cols=2, space=500)
    d.add(P(after=0))
    return d

def d20():
    d = Doc(font='Garamond', size=11.5, margins=1080)
    cw = d.content_width()
    d.add(P(r('Renée Dubois-Carter', sz=22), after=0), P('Baltimore, MD · 443-555-0170 · renee.duboiscarter@example.com', after=200))
    d.add(P(B('PROGRAM MANAGER — NONPROFIT & COMMUNITY PROGRAMS'), after=80))
    d.add(P('Program manager with 11 years designing and running youth and community programs. I manage grant-funded budgets, partner relationships and volunteer teams, '
            'and I report outcomes to funders and the board.'))
    d.add(P(B('EXPERIENCE'), before=200, after=80))
    d.add(P(B('Senior Program Manager, Milestone Youth Foundation'), ' — Baltimore, MD', after=0), P(I('2019 – Present'), after=40))
    d.add(bullets(d, [
        'Manage the summer jobs and after-school programs for 1,200 young people a year across 14 partner sites; budget $2.3M (city, state and private grants).',
        'Supervise 4 program coordinators and 60+ seasonal staff and volunteers.',
        'Plan the program calendar and milestones for each grant cycle; prepare funder reports and the annual impact report.',
        'Moved program enrollment from paper to an online form and Salesforce Nonprofit Cloud, working with a volunteer consultant.',
        'Represent the Foundation at the city\u2019s youth workforce coalition.',
    ], kind='dash'))
    d.add(P(B('Program Coordinator, Chesapeake Arts Council'), ' — Annapolis, MD', after=0, before=80), P(I('2015 – 2019'), after=40))
    d.add(bullets(d, [
        'Coordinated the annual Bay Arts Festival (15,000 attendees, 90 vendors): logistics, permits, vendor contracts, volunteer schedules.',
        'Ran a 6-city road show for arts education grants.',
        'Managed event budgets and reconciled expenses.',
    ], kind='dash'))
    d.add(P(B('SELECTED ACCOMPLISHMENTS'), before=200, after=80))
    d.add(bullets(d, [
        'Secured a $750K three-year workforce grant (lead writer).',
        'Grew program retention from 68% to 84% by adding peer mentors.',
        'Delivered the 2021 festival in a hybrid format on four weeks\u2019 notice.',
    ], kind='decimal'))
    d.add(P(B('EDUCATION'), before=200, after=80))
    d.add(P('M.A. Nonprofit Management, University of Maryland, 2017', after=0), P('B.A. Sociology, Goucher College, 2014'))
    d.add(P(B('SKILLS'), before=200, after=80))
    d.add(P('Grant management · Budgeting · Partner and volunteer management · Event planning · Salesforce Nonprofit Cloud (user) · Microsoft Office · Canva · Spanish (conversational)'))
    return d

def d21():
    d = Doc(font='Arial', size=10, margins=1000, page='a4')
    cw = d.content_width()
    d.add(P(r('Gareth Pryce-Williams  MCIOB', b=True, sz=16), after=0),
          P('Cardiff, Wales  |  07700 555 527  |  gareth.prycewilliams@example.com', after=0), P('Full UK driving licence  |  CSCS Black Card', after=160, border_bottom=6))
    d.add(capsH('Personal Statement', bb=0))
    d.add(P('Chartered construction project manager with 18 years\u2019 experience delivering commercial, education and healthcare buildings from £2m to £38m. '
            'Main-contractor side, responsible for programme, cost, quality and health & safety from pre-construction through handover. Seeking a senior project manager or project director role in South Wales.'))
    d.add(capsH('Key Skills', bb=0))
    d.add(T([[typed(['Programme management (Asta Powerproject, critical path)', 'JCT and NEC3/NEC4 contracts', 'Subcontractor procurement and management', 'CDM 2015 Principal Contractor duties'], '•'),
              typed(['Cost control, valuations and CVRs', 'Client and design team liaison', 'BIM Level 2 coordination', 'Site team leadership (up to 45 direct staff)'], '•')]],
            widths=[cw // 2, cw - cw // 2]))
    d.add(P(after=0))
    d.add(capsH('Career History', bb=0))
    rows = [
        ['2018 – present', [P(B('Senior Project Manager — Waterfall & Hughes Construction Ltd, Cardiff'), after=40)] + typed([
            'Delivered a £38m new-build secondary school (NEC4 Option A) two weeks ahead of the contract completion date.',
            'Managed a £21m hospital outpatient extension on a live site; phased works around clinical operations with zero reportable incidents.',
            'Ran the master programme and monthly progress meetings with the client\u2019s project manager and design team.',
            'Held retention monies as stakeholder under the JCT contract and administered release at practical completion.',
            'Procured and managed 30+ subcontract packages; resolved final accounts.',
        ], '•')],
        ['2012 – 2018', [P(B('Project Manager — Severn Valley Builders, Newport'), after=40)] + typed([
            'Commercial and retail fit-out schemes £2m–£9m; responsible for programme, cost and quality.',
            'Introduced weekly look-ahead programmes for subcontractors.',
        ], '•')],
        ['2008 – 2012', [P(B('Site Manager / Assistant Site Manager — Severn Valley Builders'), after=40)] + typed(['Day-to-day site management, H&S, quality inspections.'], '•')],
    ]
    d.add(T(rows, widths=[1700, cw - 1700]))
    d.add(P(after=0))
    d.add(capsH('Education & Professional Membership', bb=0))
    d.add(P('BSc (Hons) Construction Management — Cardiff Metropolitan University, 2008', after=0),
          P('Member of the Chartered Institute of Building (MCIOB), 2014', after=0), P('SMSTS; NEBOSH Construction Certificate; First Aid at Work'))
    d.add(capsH('Interests', bb=0))
    d.add(P('Rugby union (coach, under-14s), cycling.'))
    d.add(capsH('Referees', bb=0))
    d.add(P('Available on request.'))
    return d

def d22():
    d = Doc(font='Times New Roman', size=11, margins=1080)
    cw = d.content_width()
    d.add(P(r('CHRISTOPHER J. ALVAREZ', b=True, sz=16), align='center', after=0),
          P('Fayetteville, NC 28303 | (910) 555-0191 | chris.alvarez@example.com', align='center', after=0),
          P('Active Secret Security Clearance', align='center', after=160))
    d.add(P(B('PROJECT & OPERATIONS MANAGER — TRANSITIONING U.S. ARMY OFFICER'), align='center', border_bottom=6, after=120))
    d.add(P(B('SUMMARY OF QUALIFICATIONS'), after=40))
    d.add(bullets(d, [
        'Nine years as a U.S. Army Signal Corps officer leading teams of 30–140 people that install and run communications networks (satellite, radio and IP) in the field and in garrison.',
        'Planned and executed network builds for exercises and deployments involving up to 4,000 users and multiple partner organizations.',
        'Accountable for equipment worth up to $48M with zero loss; managed annual operating budgets up to $1.9M.',
        'Translates technical requirements into plans, schedules and briefings for senior leaders.',
    ], kind='check'))
    d.add(P(B('PROFESSIONAL EXPERIENCE'), before=160, after=40))
    d.add(job('Network Operations Manager (Brigade S6 / Signal Officer)', 'Jul 2023 – Present', cw),
          P(I('U.S. Army, 3rd Brigade, Fort Liberty, NC'), after=40))
    d.add(bullets(d, [
        'Lead a 42-person communications department supporting a 4,000-person organization; run IT service, network and radio operations.',
        'Planned the network for a 5-week multinational exercise in Poland: coordinated 6 units and 2 allied nations, built the schedule of 70 installation tasks, and briefed the commander on progress and risks daily.',
        'Led the transition of 1,800 users to a new Army-wide enterprise email and identity system; completed 3 weeks ahead of the directed date.',
        'Wrote the organization\u2019s communications plan and standard operating procedures, including communication protocols for radio nets.',
    ], kind='check'))
    d.add(job('Company Commander (Operations Manager), Signal Company', 'Jun 2020 – Jun 2023', cw),
          P(I('U.S. Army, 50th Expeditionary Signal Battalion, Fort Liberty, NC'), after=40))
    d.add(bullets(d, [
        'Directed a 140-person unit operating deployable satellite communications; responsible for training, readiness, discipline and $48M of equipment.',
        'Deployed to the Middle East for 9 months; kept 12 remote sites above 99% network availability.',
        'Improved equipment readiness rate from 78% to 94% by restructuring the maintenance schedule.',
    ], kind='check'))
    d.add(job('Platoon Leader / Executive Officer', 'May 2017 – May 2020', cw),
          P(I('U.S. Army, Joint Base Lewis-McChord, WA'), after=40))
    d.add(bullets(d, ['Led a 30-person platoon; managed logistics, property accountability and training schedules.'], kind='check'))
    d.add(P(B('EDUCATION & TRAINING'), before=160, after=40))
    d.add(P('B.S. Electrical Engineering, Texas A&M University, 2017 (ROTC)', after=0), P('Signal Captains Career Course, 2020; Army Operational Contract Support Course', after=0),
          P('PMP candidate (exam scheduled Jan 2027); CompTIA Security+ (2021)'))
    return d

def d23():
    d = Doc(font='Calibri', size=10.5, margins=900)
    cw = d.content_width()
    d.add(P(r('Arjun Mehta', b=True, sz=20), after=0),
          P('Tucson, AZ · 520-555-0124 · arjun.mehta@example.com · ', d.hyperlink('linkedin.com/in/arjunmehta-example', 'https://www.linkedin.com/in/arjunmehta-example'), after=120))
    d.add(H2('Education'))
    d.add(P(B('M.S. Management Information Systems'), ', University of Arizona', '\tMay 2026', tabs=RT(cw), after=0), P('GPA 3.8/4.0. Relevant coursework: IT Project Management, Systems Analysis & Design, Database Management, Cloud Computing, Data Analytics with Python.', after=40))
    d.add(P(B('B.Tech Information Technology'), ', Nirma University, Ahmedabad', '\tMay 2023', tabs=RT(cw)))
    d.add(H2('Capstone Project'))
    d.add(P(B('Appointment scheduling platform for a community health clinic'), ' (team of 5, Jan – May 2026)', after=0))
    d.add(bullets(d, [
        'Acted as project lead: set up the backlog and two-week sprints in Jira, ran weekly check-ins with the clinic director, kept the team\u2019s schedule.',
        'Wrote requirements and designed the PostgreSQL schema; built the reminder service in Python (Twilio SMS).',
        'Delivered on time; clinic reports 22% fewer no-shows in the first month of the pilot.',
    ]))
    d.add(H2('Internships'))
    d.add(P(B('IT Project Management Intern'), ', Sonoran Water Utility, Phoenix AZ', '\tMay – Aug 2025', tabs=RT(cw), after=0))
    d.add(bullets(d, ['Updated project schedules and RAID log for a meter-data system upgrade; took minutes at vendor meetings.',
                      'Built a Power BI dashboard of project status for the PMO.']))
    d.add(P(B('Software Engineering Intern'), ', Kalpvriksh Infotech, Ahmedabad', '\tJan – Jun 2023', tabs=RT(cw), after=0))
    d.add(bullets(d, ['Developed REST APIs in Node.js for an inventory app; wrote unit tests.']))
    d.add(H2('Skills'))
    d.add(P('Jira, Confluence, MS Project, Power BI, Tableau, SQL, Python, Node.js, AWS (Cloud Practitioner), Agile/Scrum, Lucidchart'))
    d.add(H2('Certifications & Activities'))
    d.add(P('AWS Certified Cloud Practitioner (2025); Google Project Management Certificate (2025)', after=0),
          P('Club athletics: 100m sprint and 4x100m relay, University of Arizona Track Club; sprint squad captain 2025–26', after=0),
          P('Graduate Student Council – treasurer'))
    return d

def d24():
    d = Doc(font='Times New Roman', size=11, margins=1080, page='a4')
    cw = d.content_width()
    d.add(P(r('CURRICULUM VITAE', b=True, sz=14), align='center', after=120))
    d.add(P(B('PERSONAL DATA'), border_bottom=6))
    d.add(T([['Name:', 'Adaeze Chinonso Okafor, ACA'], ['Address:', '14 Adeola Odeku Street, Victoria Island, Lagos'], ['Phone:', '+234 803 555 0177'],
             ['E-mail:', 'adaeze.okafor@example.com'], ['Date of Birth:', '22nd June, 1990'], ['State of Origin:', 'Anambra'], ['Marital Status:', 'Married'], ['Nationality:', 'Nigerian']],
            widths=[2200, cw - 2200]))
    d.add(P(after=0))
    d.add(P(B('CAREER OBJECTIVE'), border_bottom=6, before=160))
    d.add(P('To build a rewarding career as a Finance Manager in a reputable organisation, applying my professional accounting knowledge and experience to ensure sound financial control and reporting.'))
    d.add(P(B('EDUCATIONAL QUALIFICATIONS WITH DATES'), border_bottom=6, before=160))
    d.add(P('University of Nigeria, Nsukka — B.Sc. Accountancy (Second Class Upper)\t2012', tabs=RT(cw), after=0),
          P('Queen\u2019s College, Yaba — West African Senior School Certificate\t2007', tabs=RT(cw)))
    d.add(P(B('PROFESSIONAL QUALIFICATIONS'), border_bottom=6, before=160))
    d.add(P('Associate Chartered Accountant (ACA), Institute of Chartered Accountants of Nigeria (ICAN)\t2015', tabs=RT(cw), after=0),
          P('Certified National Accountant (CNA), ANAN\t2017', tabs=RT(cw)))
    d.add(P(B('WORK EXPERIENCE'), border_bottom=6, before=160))
    d.add(P(B('SkyLow Airways Limited (a budget airline), Lagos'), after=0), P(I('Senior Accountant, Finance Department — March 2019 till date'), after=40))
    d.add(P('Duties/Responsibilities:', after=0))
    d.add(bullets(d, [
        'Preparation of monthly management accounts and budget vs. actual variance reports for the CFO.',
        'Supervise accounts payable team of 4; release of vendor payments after approval.',
        'Reconciliation of bank accounts (naira and USD), fuel supplier accounts and aircraft lease payments.',
        'Coordinate the annual statutory audit with external auditors; prepare audit schedules.',
        'Computation and remittance of VAT, WHT and PAYE to FIRS and LIRS.',
        'Involved in the implementation of the Sage X3 accounting module as finance key user (testing of reports).',
    ], kind='letter'))
    d.add(P(B('Okonjo & Partners (Chartered Accountants), Lagos'), after=0, before=80), P(I('Audit Senior / Audit Associate — January 2013 to February 2019'), after=40))
    d.add(P('Duties/Responsibilities:', after=0))
    d.add(bullets(d, [
        'Planning and execution of statutory audits of manufacturing, hospitality and NGO clients.',
        'Preparation of financial statements in line with IFRS.',
        'Supervision of audit trainees on field assignments.',
    ], kind='letter'))
    d.add(P(B('NYSC'), ': Served as Accounts Officer, Enugu State Ministry of Finance, 2012 – 2013'))
    d.add(P(B('SKILLS'), border_bottom=6, before=160))
    d.add(P('IFRS reporting, taxation, audit, Sage X3, QuickBooks, Microsoft Excel (advanced), Microsoft Word and PowerPoint'))
    d.add(P(B('HOBBIES'), border_bottom=6, before=160))
    d.add(P('Reading, travelling, singing in church choir.'))
    d.add(P(B('REFEREES'), border_bottom=6, before=160))
    d.add(T([[[P('Mr. Emeka Nwosu, FCA', after=0), P('Chief Financial Officer, SkyLow Airways Ltd', after=0), P('emeka.nwosu@example.com', after=0)],
              [P('Mrs. Funmilayo Adebayo', after=0), P('Partner, Okonjo & Partners', after=0), P('+234 802 555 0139', after=0)]]], widths=[cw // 2, cw - cw // 2]))
    d.add(P(after=0))
    return d

BUILDERS = {'d19': d19, 'd20': d20, 'd21': d21, 'd22': d22, 'd23': d23, 'd24': d24}
