"""k14 - telecom programme manager (UK). Word 'modern' style .docx, saved as PDF by LibreOffice.
Heading styles, right tab stop for dates, coloured name and section rules. A4."""
import sys
from docxlib import Document, P, R

ACCENT = "1F4E79"
GREY = "595959"
doc = Document(page="A4", margins=(1000, 1100, 1000, 1100), font="Calibri", size=10.5,
               lang="en-GB", after=60, line=252, bullet_indent=(360, 220), bullet_color=ACCENT,
               title="Helen Okonkwo-Reid CV", author="Helen Okonkwo-Reid")
RIGHT = doc.text_width


def section(title):
    return P([R(title.upper(), color=ACCENT, spacing=20)], style="Heading1",
             border_bottom=(8, ACCENT, 2), before=200, after=80, size=12)


def job(title, dates, org):
    return [
        P([R(title, b=True, size=11), R("\t" + dates, color=GREY)], style="Heading2",
          tabs=[("right", RIGHT)], before=140, after=0),
        P([R(org, i=True, color=GREY)], after=40),
    ]


def b(text):
    return P(text, bullet=3, after=20)


doc.add(
    P([R("Helen Okonkwo-Reid", size=26, color=ACCENT)], style="Title", after=0),
    P([R("Senior Programme Manager \u2013 Mobile & Fixed Network Delivery", size=12, color=GREY)], after=60),
    P([R("Reading, UK  |  +44 7700 555 214  |  helen.okonkwo-reid@example.com  |  linkedin.com/in/helen-okreid",
         size=9.5)], after=120, border_bottom=(4, "BFBFBF", 4)),

    section("Profile"),
    P("Programme manager with eighteen years in telecoms, the last ten leading network rollouts end to end. "
      "I have run 4G and 5G radio access programmes, a large fibre-to-the-premises build and several OSS/BSS "
      "platform changes, with capex budgets up to \u00a362m, multi-vendor delivery teams of 120+ people and "
      "reporting into CTO-level steering boards. Comfortable with both the field side (acquisition, civils, power, "
      "integration) and the software side (site-tracking tools, inventory systems, agile delivery teams).",
      after=60),

    section("Experience"),
    *job("Senior Programme Manager, 5G Standalone Rollout", "Apr 2021 \u2013 Present",
         "Northwave Mobile Ltd, Reading"),
    b("Accountable for rolling out 5G standalone to 1,450 macro sites across the South of England and Wales; "
      "\u00a362m capex, delivered 4% under budget in FY2025 with 1,130 sites on air to date."),
    b("Manage two RAN equipment vendors and three civil-works contractors through monthly performance reviews, "
      "service credits and formal change control; renegotiated the integration rate card, saving \u00a31.9m."),
    b("Chair the weekly programme board and report monthly to the CTO steering committee; own the integrated "
      "plan (Primavera P6), the RAID log and the benefits tracker."),
    b("Brought six workstreams (site acquisition, power, transmission, build, integration, acceptance) onto a "
      "single weekly cadence; average site cycle time fell from 31 to 19 weeks."),
    b("Sponsored replacing spreadsheet tracking with a ServiceNow-based site tracker; acted as product owner for "
      "the in-house team of six developers for the first two releases, writing user stories and running sprint reviews."),
    b("Line manage four project managers and a PMO analyst."),

    *job("Programme Manager, FTTP Build", "Sep 2016 \u2013 Mar 2021", "Albion Fibre Networks, Swindon"),
    b("Delivered full-fibre coverage to 310,000 premises in 14 towns against a \u00a338m budget and a "
      "government-voucher funding timeline."),
    b("Ran the build partner tender (five bidders, two awarded) and managed the contracts through delivery."),
    b("Led procurement and roll-in of a new network inventory system, including data migration from GIS "
      "and integration with the order-handling stack; coordinated the go-live with IT, field teams and the NOC."),
    b("Set up the wayleave and street-works permit process with local authorities, reducing permit delays by 40%."),

    *job("Project Manager, LTE Swap", "Jun 2011 \u2013 Aug 2016", "Kestrel Telecom Services, Slough"),
    b("Delivered a 2G/3G-to-LTE equipment swap of 800 sites for an operator customer, on schedule over three years."),
    b("Scheduled integration windows with the customer\u2019s NOC, managed acceptance (drive tests, KPI sign-off) "
      "and handled escalations with the customer\u2019s regional managers."),
    b("Tracked project financials and monthly invoicing milestones worth \u00a34m a year."),

    *job("Radio Network Planning Engineer", "Sep 2008 \u2013 May 2011", "Vantel UK, Newbury"),
    b("Coverage and capacity planning for 3G sites; neighbour planning and parameter audits."),
    b("Supported interoperability testing of the S1 and X2 interfaces during early LTE trials."),

    section("Education & Certifications"),
    P([R("MEng Electronic Engineering (2:1)", b=True), R("\t2004 \u2013 2008", color=GREY)],
      tabs=[("right", RIGHT)], after=0, keep_next=True),
    P([R("University of Southampton", i=True, color=GREY)], after=80),
    P("PRINCE2 Practitioner (2013)  \u2022  MSP Foundation (2019)  \u2022  APM Project Management Qualification (2015)  "
      "\u2022  Professional Scrum Product Owner I (2022)", after=60),

    section("Skills"),
    P([R("Delivery: ", b=True), R("programme governance, integrated planning, RAID, budget and forecasting, "
                                  "vendor and contract management, benefits tracking, stakeholder reporting")], after=30),
    P([R("Telecoms: ", b=True), R("RAN (4G/5G NR), FTTP/GPON, transmission, site acquisition, acceptance testing, OSS inventory")],
      after=30),
    P([R("Tools: ", b=True), R("Primavera P6, MS Project, ServiceNow, Jira, Power BI, Excel")], after=30),
)
doc.save(sys.argv[1])
