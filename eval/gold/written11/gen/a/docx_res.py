"""i02, i05, i08: Word documents shipped as DOCX.

i02  heading styles (Title / Heading 1-3, List Paragraph bullets)
i05  two-column layout table with a shaded left column
i08  Normal style only, typed bullets and typed tabs (German CV habits)
Writes resumes/iNN.docx and text/iNN.txt.
"""
import os
from common import dx, RESUMES, TEXT, docx_text, write

P, r, B, I, T, RT = dx.P, dx.r, dx.B, dx.I, dx.T, dx.RT


def flat(xs):
    out = []
    for x in xs:
        out.extend(flat(x) if isinstance(x, (list, tuple)) else [x])
    return out


def finish(d, nn, **meta):
    path = os.path.join(RESUMES, f'{nn}.docx')
    d.save(path, **meta)
    write(os.path.join(TEXT, f'{nn}.txt'), docx_text(path))


# ----------------------------------------------------------------------------
# i02  Megan Kowalczyk, US, Scrum master in healthcare software (heading styles)
# ----------------------------------------------------------------------------
def i02():
    d = dx.Doc(font='Calibri', size=11, margins=1080, page='letter')
    bul = d.list('bullet')

    def bl(*items):
        return [P(t, num=bul, style='ListParagraph') for t in items]

    d.add(
        P('Megan Kowalczyk, CSM, SAFe SSM', style='Title'),
        P('Scrum Master | Healthcare Software', style='Subtitle'),
        P('Saint Paul, MN  |  (651) 555-0128  |  megan.kowalczyk@example.com  |  linkedin.com/in/megankowalczyk'),
        P('Summary', style='Heading1'),
        P('Certified Scrum Master with 7 years on agile teams that build clinical and patient-facing software, and 7 years '
          'before that on the hospital side of health information management. I know what HIPAA, an interface change and '
          'a go-live at a 300-bed hospital mean for the people on the floor, and I try to bring that into how my teams '
          'plan. I currently support three scrum teams working on a patient portal and an online scheduling product.'),
        P('Experience', style='Heading1'),
        P('Senior Scrum Master', style='Heading2'),
        P('Meridian Clinical Software, Minneapolis, MN  —  January 2022 to Present', style='Heading3'),
        bl('Scrum master for three teams (21 people) building the patient portal, online scheduling and the companion mobile app.',
           'Facilitate sprint planning, daily scrums, reviews and retrospectives, and run the scrum-of-scrums twice a week.',
           'Coordinated the quarterly release of the patient portal with the IT change boards of two hospital customers, '
           'including their freeze windows and downtime notices to clinic staff.',
           'Kept the dependency list with the EHR interface team for the HL7/FHIR scheduling feed and chased the items '
           'that were blocking our teams.',
           'Two weeks before the spring 2024 release, regression testing was about 150 cases behind. With the product '
           'owner\'s agreement I moved two testers from the scheduling team onto the release for a week, and we shipped '
           'on the planned date.',
           'Brought average sprint carry-over down from about 30% to about 10% over three quarters by splitting stories '
           'smaller and putting a WIP limit on the board.',
           'Handled PI planning logistics for our release train (6 teams) for two program increments while the release '
           'train engineer was on leave.'),
        P('Scrum Master', style='Heading2'),
        P('Meridian Clinical Software, Minneapolis, MN  —  July 2019 to December 2021', style='Heading3'),
        bl('First dedicated scrum master for the scheduling team; started inviting real clinic schedulers to sprint reviews.',
           'Set up Jira boards, workflows and dashboards for our team and two others.',
           'Worked with the compliance officer to add a HIPAA privacy checklist to the team\'s definition of done.'),
        P('Clinical Application Analyst', style='Heading2'),
        P('Lakes Regional Medical Center, Duluth, MN  —  March 2016 to June 2019', style='Heading3'),
        bl('Built and tested order sets and documentation templates in the hospital EHR for the ambulatory clinics.',
           'Super-user coordinator for the 2018 EHR upgrade: scheduled 40 super users across three shifts and kept the '
           'command-center issue log during go-live week.',
           'Wrote and ran test scripts for the quarterly EHR upgrades.'),
        P('Release of Information Specialist', style='Heading2'),
        P('Lakes Regional Medical Center, Duluth, MN  —  August 2012 to February 2016', style='Heading3'),
        bl('Processed release of information requests from patients, attorneys and insurers in line with HIPAA.',
           'Cleared a backlog of 1,100 medical records requests within two months after a staffing gap.'),
        P('Education', style='Heading1'),
        P(B('B.S. Health Information Management'), r(' — The College of St. Scholastica, Duluth, MN (2012)')),
        P('Certifications', style='Heading1'),
        bl('Certified ScrumMaster (CSM), Scrum Alliance — 2019',
           'SAFe 6 Scrum Master (SSM) — 2023',
           'Registered Health Information Technician (RHIT) — 2012'),
        P('Skills', style='Heading1'),
        P('Scrum, Kanban, SAFe  •  Jira, Confluence, Miro  •  HL7 and FHIR basics  •  HIPAA  •  Test planning  •  Facilitation'),
    )
    finish(d, 'i02', title='Megan Kowalczyk Resume', author='Megan Kowalczyk')


# ----------------------------------------------------------------------------
# i05  Daniel O'Rourke, Australia, construction project manager (two-column
#      layout table)
# ----------------------------------------------------------------------------
def i05():
    d = dx.Doc(font='Arial', size=10, margins=850, page='a4')
    W = d.content_width()
    left = 2900
    right = W - left
    bul = d.list('bullet')
    green = '2E5E4E'

    def LH(t):
        return P(r(t, b=True, color=green, sz=11), before=200, after=60, border_bottom=4)

    def RH(t):
        return P(r(t.upper(), b=True, color=green, sz=12), before=200, after=80)

    def lines(*xs):
        return [P(x, after=20) for x in xs]

    def bl(*items):
        return [P(t, num=bul, style='ListParagraph', after=40) for t in items]

    side = [
        LH('Contact'),
        lines('Brisbane, QLD', '0412 555 087', 'dan.orourke@example.com'),
        LH('Licences & Tickets'),
        lines('QBCC Open Builder Licence', 'White Card (General Construction Induction)', 'First Aid (HLTAID011)',
              'Working at Heights', 'C class driver licence'),
        LH('Software'),
        lines('Procore', 'MS Project', 'Aconex', 'Bluebeam Revu', 'Excel'),
        LH('Key Skills'),
        lines('Programme and cost control', 'Subcontractor management', 'Client and consultant liaison',
              'Safety leadership', 'Defects and handover'),
        LH('Referees'),
        lines('Available on request'),
    ]
    main = [
        P(r("DANIEL O'ROURKE", b=True, sz=22), after=0),
        P(r('Project Manager – Commercial Construction', sz=12, color=green), after=100),
        RH('Profile'),
        P('Project manager with 12 years in commercial construction in South East Queensland, delivering fit-outs, '
          'schools and mid-rise buildings from $2M to $38M. I run the job from tender handover to practical completion: '
          'programme, cost, subcontractors, safety and the client. Interested in moving into IT and infrastructure '
          'project delivery (data centres, comms-heavy fit-outs) where my site experience would count.'),
        RH('Experience'),
        P(B('Project Manager'), r('  |  Hollis & Grant Constructions, Brisbane  |  2019 – present'), after=60),
        bl('Delivered a $38M four-storey medical centre in Springfield on time and 1.8% under budget (2023–2025).',
           'Manage the project team (site manager, two contract administrators, a cadet) and 40+ subcontract packages.',
           'Own the master programme in MS Project and update it weekly with the site manager; critical path reviewed '
           'with the client\'s superintendent every fortnight.',
           'Run the monthly PCG meetings with the client, architect and services engineers, reporting cost, programme, '
           'RFIs, variations and risks.',
           'Set up communication protocols with the neighbouring hospital for crane lifts and services shutdowns: one '
           'contact on each side and 48 hours\' notice.',
           'Coordinated services commissioning at the medical centre – mechanical, fire, the building management system, '
           'and the data and comms fit-out by the client\'s IT contractor. Kept the commissioning tracker and chased the IT '
           'contractor for their rack and Wi-Fi dates so they did not hold up handover.',
           'Worked through a backlog of 160 RFIs inherited on a school project by holding a weekly RFI session with the architect.',
           'Negotiated release of retention money with two subcontractors once their defects were closed out.'),
        P(B('Site Manager'), r('  |  Baycrest Building Group, Gold Coast  |  2014 – 2019'), before=160, after=60),
        bl('Ran sites for retail and education projects up to $15M.',
           'Daily toolbox talks, site diaries, subcontractor coordination and inspections with certifiers.',
           'Looked after the defects list and handover manuals on six projects.'),
        P(B('Carpenter / Leading Hand'), r('  |  Various builders, Brisbane  |  2008 – 2014'), before=160, after=60),
        bl('Finished carpentry apprenticeship in 2012 and worked as leading hand after that.'),
        RH('Education'),
        P(B('Bachelor of Construction Management'), r(' (part-time) – Queensland University of Technology, 2018'), after=20),
        P(B('Certificate III in Carpentry'), r(' – TAFE Queensland, 2012'), after=20),
        P(B('Introduction to IT Project Management'), r(' – LinkedIn Learning, 2026'), after=20),
    ]
    d.add(T([[{'content': flat(side), 'shade': 'EEF3F1'}, flat(main)]], widths=[left, right], cellmar=180),
          P('', after=0))
    finish(d, 'i05', title='Daniel ORourke CV', author='Dan')


# ----------------------------------------------------------------------------
# i08  Tobias Reinhardt, Germany, senior developer / tech lead (typed bullets,
#      typed tabs, no styles)
# ----------------------------------------------------------------------------
def i08():
    d = dx.Doc(font='Arial', size=10.5, margins=1134, page='a4')

    def L(*c, **k):
        k.setdefault('after', 0)
        return P(*c, **k)

    def h(t):
        return P(r(t, b=True, sz=12, u=True), before=240, after=80)

    def bl(*items):
        return [P('•\t' + t, after=20) for t in items]

    def row(dates, first, *rest):
        out = [L(B(dates + '\t' + first), before=120)]
        out += [L('\t\t\t' + x) for x in rest]
        return out

    d.add(
        P(r('CURRICULUM VITAE', b=True, sz=16), align='center', after=200),
        L(B('Tobias Reinhardt')),
        L('Senior Software Engineer / Technical Lead'),
        L('Landsberger Str. 212, 80687 München'),
        L('Mobile:\t+49 151 5550 2384'),
        L('E-Mail:\ttobias.reinhardt@example.com'),
        L('GitHub:\tgithub.com/treinhardt-dev'),
        h('Personal data'),
        L('Date of birth:\t\t14.05.1986 in Landshut'),
        L('Nationality:\t\tGerman'),
        L('Family status:\t\tmarried, 2 children'),
        h('Profile'),
        P('Software engineer with 14 years of experience, since 2020 technical lead of a team of 7 developers for '
          'warehouse control software. My background is Java and embedded communication, so I know the whole way from the '
          'PLC on the conveyor to the dashboard in the cloud. In the last three years I took over more and more of the '
          'delivery planning for our customer projects, because there was no dedicated project manager for the software '
          'part. I would like to make this my main job now.'),
        h('Professional experience'),
        row('04/2020 – today', 'Kessler Intralogistik GmbH, Garching bei München',
            'Technical Lead, Warehouse Control Software (team of 7)'),
        bl('Responsible for architecture and code quality of the warehouse control system (Java 17, Spring Boot, '
           'PostgreSQL, Kafka).',
           'Implementation of communication protocols to conveyors and shuttles (OPC UA, Modbus TCP, MQTT).',
           'Planned the migration of our biggest customer (food retailer, 3 distribution centres) from the old '
           'on-premise system to the new version in three steps, and agreed the order with the PLC team, the hardware '
           'commissioning team and the customer\'s IT.',
           'In week 6 of this project I told our product owner that the March date is not realistic with the reporting '
           'module included. We moved reporting to phase 2 and the first site went live on time in March 2024.',
           'Kept the list of open points with the customer\'s IT (firewall, VPN, label printers) and went through it every '
           'Tuesday with their IT lead.',
           'In the go-live nights I coordinated the developers on site and remote, and decided together with the '
           'customer\'s shift leader when we roll back (happened once, on site 2).',
           'Introduced two-week sprints and a simple release plan in Jira for the team; before, we released "when it is ready".',
           'Interviews and onboarding of new developers, 4 hires in 2023 – 2025.'),
        row('10/2015 – 03/2020', 'Kessler Intralogistik GmbH, Garching bei München', 'Software Engineer'),
        bl('Development of the material flow controller and the visualisation (Java, Angular).',
           'Commissioning support on customer sites in Germany, Austria and Poland (approx. 25 weeks on site in total).',
           'Wrote automated integration tests against a conveyor simulator, which reduced the fixing time on site.'),
        row('09/2012 – 09/2015', 'Brennwald Automotive Elektronik GmbH, Regensburg', 'Software Developer Embedded'),
        bl('Development of CAN and LIN communication for body control modules (C, AUTOSAR).',
           'Testing of ECU software on HIL test benches, bug analysis with Vector CANoe.',
           'Support of the release of software versions to the OEM customer for B and C sample phases.'),
        h('Education'),
        row('10/2008 – 08/2012', 'Hochschule München – University of Applied Sciences',
            'B.Eng. Electrical Engineering and Information Technology', 'Bachelor thesis: "Latency of MQTT in industrial networks" (grade 1.7)'),
        row('09/2003 – 02/2007', 'Hartl Elektrotechnik GmbH, Landshut',
            'Apprenticeship as electronics technician (Elektroniker für Geräte und Systeme)'),
        h('Certificates'),
        L('2022\t\tProfessional Scrum Master I (PSM I)'),
        L('2024\t\tiSAQB Certified Professional for Software Architecture – Foundation Level'),
        L('2025\t\tIPMA Level D – Certified Project Management Associate (GPM)'),
        h('IT skills'),
        L('Languages:\t\tJava, Kotlin, C, SQL, TypeScript (basic)'),
        L('Frameworks:\t\tSpring Boot, Angular'),
        L('Infrastructure:\tDocker, Kubernetes (basic), Azure DevOps, Jenkins'),
        L('Protocols:\t\tOPC UA, Modbus TCP, MQTT, CAN, LIN'),
        L('Tools:\t\t\tJira, Confluence, Git, IntelliJ, Vector CANoe'),
        h('Languages'),
        L('German\t\t\tnative'),
        L('English\t\t\tfluent (C1)'),
        L('Polish\t\t\tbasic'),
        h('Hobbies'),
        P('Cycling, repairing old tube radios, coach of the U11 football team of my son.'),
        P('', after=200),
        L('München, December 2026'),
        L(I('Tobias Reinhardt')),
    )
    finish(d, 'i08', title='Lebenslauf Tobias Reinhardt', author='Tobias')


if __name__ == '__main__':
    for f in (i02, i05, i08):
        f()
