"""k16 - business analyst in banking (India). Uploaded as .docx.
Table-based layout: dates in a narrow left cell, role and bullets in the right cell. A4."""
import sys
from docxlib import Document, P, R, Table, Cell

NAVY = "203864"
doc = Document(page="A4", margins=(900, 1000, 900, 1000), font="Cambria", size=10.5, lang="en-IN",
               after=40, line=250, bullet_indent=(300, 200), bullet_font="Cambria",
               title="Resume - Ananya Kulkarni", author="Ananya Kulkarni")
W = doc.text_width
LEFT = 2250
widths = [LEFT, W - LEFT]


def heading(text):
    return P([R(text, b=True, color=NAVY, size=11.5, caps=True)], before=200, after=60,
             border_bottom=(6, NAVY, 1))


def bl(text):
    return P(text, bullet=1, after=20)


def row(dates, head, sub, bullets):
    left = [P([R(dates, b=True, color="404040", size=10)], after=0)]
    right = [P([R(head, b=True)], after=0), P([R(sub, i=True, color="404040")], after=40)]
    right += [bl(t) for t in bullets]
    return [Cell(left), Cell(right)]


doc.add(
    Table([[
        Cell([P([R("ANANYA KULKARNI", b=True, size=20, color=NAVY)], after=0),
              P([R("Senior Business Analyst  |  Retail Banking & Lending", size=11, color="404040")], after=0)]),
        Cell([P("Pune, Maharashtra 411045", align="right", after=0, size=9.5),
              P("+91 98220 55531", align="right", after=0, size=9.5),
              P("ananya.kulkarni@example.com", align="right", after=0, size=9.5),
              P("linkedin.com/in/ananya-kulkarni-ba", align="right", after=0, size=9.5)]),
    ]], [W - 3600, 3600]),

    heading("Profile"),
    P("Business analyst with about ten years in retail banking, covering loan origination, mortgage servicing and "
      "branch operations. I turn business needs into clear user stories and acceptance criteria, plan and run UAT with "
      "business users, and work closely with product owners and development teams in Scrum. Started my career in loan "
      "operations, so I understand how the processes actually run in a branch.", after=60),

    heading("Professional Experience"),
    Table([
        row("Jun 2021 \u2013 Present", "Senior Business Analyst",
            "Deccan Commercial Bank Ltd \u2013 Retail Lending Technology, Pune",
            ["Own requirements for the retail loan origination system (personal, vehicle and home loans); write user "
             "stories and acceptance criteria in Jira for two Scrum teams and keep the backlog refined with the product owner.",
             "Worked with the credit risk analytics team to document requirements for integrating their new credit risk "
             "models (application PD scorecards) into the loan decision engine, including cut-off rules and override reasons.",
             "Plan and run UAT cycles with branch operations, credit and compliance users: six cycles and about 1,400 test "
             "cases since 2022; track defects in Jira to closure and prepare the UAT sign-off pack.",
             "Prepared the business cutover checklist for the 2024 loan origination upgrade and was on the go-live bridge "
             "over the weekend to verify the first live applications with branch staff.",
             "Mapped the as-is and to-be process for digital home-loan sanction, which cut average turnaround from 9 "
             "working days to 4.",
             "Run weekly requirement walkthroughs with developers and testers; maintain the Confluence requirements space."]),
        row("Aug 2018 \u2013 May 2021", "Business Analyst",
            "Sahyadri Technology Services Pvt Ltd, Pune (client: a UK building society)",
            ["Gathered requirements for a mortgage servicing replacement through video workshops with the UK client; "
             "produced BRDs, BPMN process maps and data mapping sheets for 600+ fields.",
             "Wrote functional specifications for arrears management and payment holiday changes during 2020.",
             "Supported system testing and triaged defects with the offshore QA team; joined client UAT calls to "
             "clarify expected behaviour."]),
        row("Jul 2016 \u2013 Jul 2018", "Associate \u2013 Loan Operations",
            "Konkan Sahakari Bank, Kolhapur",
            ["Processed and verified retail loan applications and documentation for 4 branches.",
             "Suggested a checklist for missing KYC documents that reduced rework on files returned by credit."]),
    ], widths, cell_margin=(50, 90)),

    heading("Education"),
    Table([
        [Cell([P([R("2014 \u2013 2016", b=True, color="404040", size=10)], after=0)]),
         Cell([P([R("MBA (Finance)", b=True)], after=0),
               P([R("Savitribai Phule Pune University", i=True, color="404040")], after=40)])],
        [Cell([P([R("2011 \u2013 2014", b=True, color="404040", size=10)], after=0)]),
         Cell([P([R("B.Com", b=True)], after=0),
               P([R("Shivaji University, Kolhapur", i=True, color="404040")], after=40)])],
    ], widths, cell_margin=(50, 90)),

    heading("Certifications"),
    Table([
        [Cell([P([R("2023", b=True, color="404040", size=10)], after=0)]),
         Cell([P("Certification of Capability in Business Analysis (CCBA), IIBA", after=0)])],
        [Cell([P([R("2021", b=True, color="404040", size=10)], after=0)]),
         Cell([P("Professional Scrum Product Owner I (PSPO I), Scrum.org", after=0)])],
    ], widths, cell_margin=(40, 90)),

    heading("Skills & Tools"),
    Table([
        [Cell([P([R("Analysis", b=True, size=10)], after=0)]),
         Cell([P("Requirement elicitation, user stories, acceptance criteria, BPMN, gap analysis, data mapping, UAT", after=0)])],
        [Cell([P([R("Tools", b=True, size=10)], after=0)]),
         Cell([P("Jira, Confluence, MS Visio, Excel (pivots, lookups), SQL (basic queries), Figma (viewing)", after=0)])],
        [Cell([P([R("Domain", b=True, size=10)], after=0)]),
         Cell([P("Loan origination, mortgages, KYC, credit decisioning, RBI digital lending guidelines", after=0)])],
        [Cell([P([R("Languages", b=True, size=10)], after=0)]),
         Cell([P("English, Marathi, Hindi", after=0)])],
    ], widths, cell_margin=(30, 90)),
)
doc.save(sys.argv[1])
