"""k18 - SAP S/4HANA logistics consultant (freelance, Netherlands). Dense two-page consultant CV with a
project overview table (Client | Role | Period | Tech). .docx saved as PDF by LibreOffice. A4."""
import sys
from docxlib import Document, P, R, Table, Cell

TEAL = "0B5563"
doc = Document(page="A4", margins=(850, 900, 850, 900), font="Arial", size=9.5, lang="en-GB",
               after=30, line=240, bullet_indent=(280, 200), bullet_font="Arial", bullet_color=TEAL,
               title="CV Rohan Deshpande - SAP SD/MM", author="Rohan Deshpande")
W = doc.text_width


def h(text):
    return P([R(text, b=True, color="FFFFFF", size=10.5, spacing=10)], shade=TEAL, before=160, after=60,
             ind_left=0, keep_next=True)


def sh(text, right):
    return P([R(text, b=True, size=10), R("\t" + right, b=True, color=TEAL)], tabs=[("right", W)],
             before=100, after=10, keep_next=True, border_bottom=(4, "A6A6A6", 1))


def line(label, text):
    return P([R(label + " ", b=True), R(text)], after=10)


def b(text):
    return P(text, bullet=3, after=10)


def hdr(t):
    return Cell([P([R(t, b=True, color="FFFFFF", size=9)], after=0)], shade="40727C")


def c(t):
    return Cell([P([R(t, size=8.8)], after=0)])


projects = [
    ("Dutch dairy cooperative (EUR 6bn revenue)", "SD/LE lead consultant; logistics cutover coordinator",
     "03/2025 \u2013 present", "S/4HANA 2023 greenfield, SD, LE, EWM interface, Fiori, SAP Activate"),
    ("German specialty chemicals manufacturer", "Senior SD consultant", "01/2023 \u2013 02/2025",
     "S/4HANA 2021 brownfield conversion, SD, FSCM credit management, output management (BRF+)"),
    ("Belgian beverage distributor", "SD/MM consultant", "04/2021 \u2013 12/2022",
     "ECC 6.0 EHP8, SD, MM, IDoc/EDI (EDIFACT), pricing, rebates"),
    ("UK building-materials wholesaler", "SD consultant", "06/2019 \u2013 03/2021",
     "S/4HANA 1809 greenfield, SD, ATP, intercompany, Solution Manager"),
    ("Indian automotive components group", "SD consultant (rollout team)", "08/2016 \u2013 05/2019",
     "ECC 6.0, SD, MM, rollout template to 3 plants, LSMW"),
    ("Various (application management)", "SD/MM support consultant", "07/2013 \u2013 07/2016",
     "ECC 6.0, SD, MM, incident and change management (ITIL)"),
]

doc.add(
    P([R("ROHAN DESHPANDE", b=True, size=20, color=TEAL)], after=0),
    P([R("Freelance SAP S/4HANA Logistics Consultant  \u2013  SD / MM / LE", size=11.5, color="404040")], after=40),
    P([R("Utrecht, Netherlands  |  +31 6 5552 8841  |  rohan.deshpande@example.com  |  "
         "linkedin.com/in/rohan-deshpande-sap  |  Available from February 2027", size=8.8)],
      after=80, border_bottom=(6, TEAL, 3)),

    h("PROFILE"),
    P("SAP logistics consultant with 13 years of experience, of which eight on full-cycle implementations and "
      "conversions in manufacturing and distribution. Eight go-lives (four on S/4HANA) in the Netherlands, Belgium, "
      "Germany, the UK and India. Strong in Sales & Distribution (order-to-cash, pricing, credit, billing, output), "
      "solid in Materials Management and Logistics Execution. Used to running fit-to-standard workshops, writing "
      "functional specifications for offshore developers, preparing cutover for the logistics stream and training key "
      "users. Works in English and Dutch (B1).", after=40),

    h("CORE SKILLS"),
    Table([
        [Cell([line("SAP modules:", "SD, MM, LE (shipping, transportation), basic EWM and FSCM credit management")]),
         Cell([line("Methods:", "SAP Activate, ASAP, fit-to-standard, Scrum ceremonies in build phase")])],
        [Cell([line("Delivery:", "blueprinting, functional specs (WRICEF), testing (SIT/UAT), cutover, hypercare")]),
         Cell([line("Tools:", "Solution Manager, Jira, HP ALM, LSMW, Migration Cockpit, Fiori launchpad")])],
        [Cell([line("Integration:", "IDoc, EDI (EDIFACT, ANSI X12), CPI basics, output via BRF+")]),
         Cell([line("Training:", "train-the-trainer, key-user manuals, end-user classroom sessions")])],
    ], [W // 2, W - W // 2], cell_margin=(10, 60)),

    h("PROJECT OVERVIEW"),
    Table([[hdr("Client"), hdr("Role"), hdr("Period"), hdr("Tech")]] +
          [[c(a), c(r), c(p), c(t)] for a, r, p, t in projects],
          [2500, 2400, 1500, W - 6400], borders="all", cell_margin=(30, 70)),

    h("PROJECT DETAILS"),
    sh("Dutch dairy cooperative \u2013 S/4HANA greenfield implementation", "03/2025 \u2013 present"),
    line("Role:", "SD/LE lead consultant in a 45-person programme (system integrator plus client teams); from 01/2026 "
                  "also coordinator of the logistics part of the cutover."),
    b("Ran 22 fit-to-standard workshops for order-to-cash and shipping with sales, customer service and warehouse "
      "teams from four countries; documented delta requirements and agreed them with the client process owners."),
    b("Wrote 31 functional specifications (interfaces to the transport management system, custom pricing, "
      "delivery output) and reviewed the build with the offshore development team in Pune in weekly calls."),
    b("Built the logistics cutover plan (about 140 steps: master data loads, open sales orders, stock, deliveries in "
      "transit), ran two dress rehearsals and timed each step; the plan was merged into the programme's master cutover."),
    b("Go-live for the first two countries in October 2026; supported three weeks of hypercare on site in Leeuwarden "
      "and handled the daily defect call for the SD stream."),
    b("Trained 38 key users (train-the-trainer) and wrote the order-to-cash key-user manual in English and Dutch."),

    sh("German specialty chemicals manufacturer \u2013 ECC to S/4HANA brownfield conversion", "01/2023 \u2013 02/2025"),
    line("Role:", "Senior SD consultant in the client's sales stream."),
    b("Migrated credit management from classic SD credit checks to FSCM credit management; redesigned blocking "
      "reasons and release workflow for credit-blocked orders with the credit control team."),
    b("Converted output from NACE to BRF+ output management for order confirmations, delivery notes and invoices "
      "(14 output types, 9 languages)."),
    b("Prepared SIT scripts, executed two SIT cycles and supported business UAT; fixed simplification-item findings "
      "flagged by the readiness check."),
    b("Supported the conversion weekend and post-go-live stabilisation (April 2024), then the second wave (January 2025)."),

    sh("Belgian beverage distributor \u2013 ECC optimisation and EDI onboarding", "04/2021 \u2013 12/2022"),
    line("Role:", "SD/MM consultant, part-time (3 days/week)."),
    b("Onboarded 11 retail customers to EDI ordering (ORDERS, DESADV, INVOIC); mapped IDocs with the EDI provider."),
    b("Redesigned the rebate agreements for on-trade customers and reconciled accruals with finance."),
    b("Set up consignment and returnable packaging (kegs, crates) processes in MM/SD."),

    sh("UK building-materials wholesaler \u2013 S/4HANA 1809 greenfield", "06/2019 \u2013 03/2021"),
    line("Role:", "SD consultant (employed by Vertexa Consulting)."),
    b("Configured sales order types, ATP with backorder processing, intercompany sales between the UK and Irish entities."),
    b("Delivered end-user training to 120 branch staff across 6 sessions, partly remote during 2020."),
    b("Go-live in November 2020 after one postponement; supported month-end billing runs during hypercare."),

    sh("Indian automotive components group \u2013 ECC rollout to three plants", "08/2016 \u2013 05/2019"),
    b("Rolled out the SD template to plants in Chakan, Hosur and Manesar; localisation for GST in 2017."),
    b("Loaded customer and material master data with LSMW; ran mock loads and reconciliations with the business."),

    h("EMPLOYMENT HISTORY"),
    P([R("Freelance SAP consultant, Deshpande SAP Consulting B.V., Utrecht", b=True), R("\t04/2021 \u2013 present")],
      tabs=[("right", W)], after=10),
    P([R("Senior SAP SD Consultant, Vertexa Consulting Netherlands B.V., Amsterdam", b=True), R("\t06/2019 \u2013 03/2021")],
      tabs=[("right", W)], after=10),
    P([R("SAP Consultant / Associate Consultant, Infotrellis Systems Ltd, Pune, India", b=True), R("\t07/2013 \u2013 05/2019")],
      tabs=[("right", W)], after=10),

    h("EDUCATION AND CERTIFICATIONS"),
    P([R("B.E. Mechanical Engineering", b=True), R(", College of Engineering Pune, 2013")], after=10),
    P([R("SAP Certified Application Associate \u2013 SAP S/4HANA Sales", b=True), R(" (2021, renewed 2024)")], after=10),
    P([R("SAP Certified Application Associate \u2013 Sales and Distribution, ERP 6.0 EhP7", b=True), R(" (2015)")], after=10),
    P([R("Professional Scrum Master I", b=True), R(" (2022)")], after=10),

    h("LANGUAGES"),
    P("English \u2013 full professional  |  Dutch \u2013 B1 (NT2 exam passed 2024)  |  Hindi, Marathi \u2013 native", after=10),
)
doc.save(sys.argv[1])
