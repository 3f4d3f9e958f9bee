"""j13 - Siobhán Kearney, IT project manager, hospital group (Ireland).
Two-column table layout in Word; converted to PDF by LibreOffice."""
import sys
from docxlib import Document, P, R, Table, Cell

NAVY = "1F3A5F"
doc = Document(page="A4", margins=(850, 850, 850, 850), font="Calibri", size=10,
               lang="en-IE", after=60, line=252, title="CV - Siobhan Kearney",
               author="Siobhan Kearney", bullet_indent=(284, 227), bullet_color=NAVY)

LW, RW = 3150, doc.text_width - 3150


def lhead(t):
    return P(t.upper(), before=200, after=60, b=True, size=9.5, color=NAVY,
             border_bottom=(6, NAVY, 1))


def rhead(t):
    return P(t.upper(), before=220, after=80, b=True, size=11, color=NAVY, spacing=20,
             border_bottom=(8, NAVY, 1), keep_next=True)


def lp(t, **k):
    return P(t, after=30, size=9.5, **k)


def b(t):
    return P(t, bullet=3, after=40)


def job(title, org, dates, where):
    return [P([R(title, b=True, size=10.5)], before=140, after=0, keep_next=True),
            P([R(org, b=True, color=NAVY), R("  |  " + where, color="595959")], after=0, keep_next=True),
            P([R(dates, i=True, color="595959")], after=50, keep_next=True)]


doc.add(P([R("SIOBHÁN KEARNEY", b=True, size=24, color=NAVY, spacing=30)], after=0))
doc.add(P([R("IT Project Manager  ·  Healthcare & Utilities  ·  PMP, PRINCE2 Practitioner", size=11.5, color="404040")],
          after=160, border_bottom=(12, NAVY, 6)))

left = [
    lhead("Contact"),
    lp("Dublin 9, Ireland"),
    lp("+353 87 555 0142"),
    lp("siobhan.kearney@example.com"),
    lp("linkedin.com/in/siobhan-kearney-example"),
    lhead("Certifications"),
    lp("PMP – Project Management Institute, 2019"),
    lp("PRINCE2® Practitioner, 2015"),
    lp("Certified ScrumMaster (CSM), 2022"),
    lp("ITIL® 4 Foundation, 2020"),
    lhead("Core skills"),
    lp("Planning & scheduling"),
    lp("Budget control & forecasting"),
    lp("Vendor & contract management"),
    lp("Clinical engagement"),
    lp("Cut-over & go-live planning"),
    lp("Risks, issues & dependencies"),
    lp("Data migration"),
    lp("Hybrid / agile delivery"),
    lp("Team leadership"),
    lhead("Tools"),
    lp("MS Project, Smartsheet, Jira, Confluence, ServiceNow, Power BI, Visio, Excel (advanced)"),
    lhead("Education"),
    P([R("MSc Project Management", b=True, size=9.5)], after=0),
    lp("University College Cork (part-time), 2016 – First Class Honours"),
    P([R("BSc Computer Science", b=True, size=9.5)], before=60, after=0),
    lp("Maynooth University, 2011"),
    lhead("Languages"),
    lp("English – native"),
    lp("Irish – fluent"),
    lp("French – basic"),
    lhead("Outside work"),
    lp("Treasurer, Naomh Fionnbarra GAA Club (2019–present): prepared the accounts and the sports capital "
       "grant claim that led to the release of funds for new pitch lights."),
    lp("Open-water sea swimming, all year."),
]

right = [rhead("Profile"),
         P("IT project manager with 13 years in Irish healthcare and utility IT, the last nine running projects "
           "where clinical or field staff have to keep working while the systems underneath them change. "
           "I deliver patient administration, rostering and device programmes of €1–7m, usually with a vendor "
           "doing the build and my team owning the plan, the testing, the cut-over and the people side. "
           "I tell boards early when something is going wrong and come with options.", after=60, align="both"),
         rhead("Experience")]
right += job("Senior IT Project Manager", "Ardmore University Hospital Group", "March 2021 – Present",
             "Dublin (3 hospital sites)")
right += [
    b("Led the replacement of the group's patient administration system (PAS) across three hospitals and "
      "4,200 users: €6.8m budget, vendor build, 11 interfaces. Went live in October 2023 on the re-baselined "
      "date and €140k under budget."),
    b("Told the programme board in month 4 that interface testing would not finish in time because the laboratory "
      "system supplier had not delivered its HL7 test environment; set out two options and a 7-week move. "
      "The board took the move; no further change to the date after that."),
    b("Agreed the order of the cut-over weekend with four teams (infrastructure, the PAS vendor, health records "
      "and laboratory systems) and ran two full rehearsals. Actual downtime 31 hours against 36 planned."),
    b("Kept the open-items list with the vendor and went through it with their delivery lead every Tuesday: "
      "212 of 230 items closed before go-live, the other 18 covered by workarounds signed off by the clinical leads."),
    b("Manage two project managers and two business analysts; own the RAID log, the monthly report to the "
      "Digital Steering Group and the capital drawdown forecast."),
    b("Now running the electronic prescribing pilot (2 wards, 180 users) with the pharmacy and nursing leads."),
]
right += job("IT Project Manager", "Ardmore University Hospital Group", "June 2017 – February 2021", "Dublin")
right += [
    b("Delivered e-rostering for 2,900 nursing and midwifery staff, phased by directorate over nine months (€1.1m)."),
    b("Ran the Windows 10 migration of 3,100 devices; re-planned twice when ward access was restricted during "
      "COVID-19 and still finished within the quarter."),
    b("Stood up 600 laptops and Teams for virtual outpatient clinics in five weeks (March–April 2020)."),
    b("Tracked vendor milestones and payments against the contract; held back one milestone payment until the "
      "acceptance criteria were met."),
]
right += job("Project Coordinator, IT Services", "Midlands Energy Networks Ltd", "September 2013 – May 2017",
              "Athlone")
right += [
    b("Coordinated the rollout of work-order tablets to 380 field crews in 14 depots; kept the schedule and the "
      "issues log and organised user acceptance testing with depot supervisors."),
    b("Wrote the weekly status report for the IT programme manager and minuted the project board."),
    b("Raised and tracked change requests for the SCADA upgrade project."),
]
right += job("IT Support Analyst", "Midlands Energy Networks Ltd", "June 2011 – August 2013", "Athlone")
right += [
    b("Second-line support for 900 users; Active Directory, desktop builds, mobile devices."),
]

doc.add(Table([[Cell(left, shade="EEF2F7", margins=(120, 180, 120, 180)),
                Cell(right, margins=(0, 280, 0, 60))]],
              [LW, RW], borders="none"))
doc.add(P([R("References available on request.", i=True, size=9, color="595959")], before=120, align="right"))
doc.save(sys.argv[1])
