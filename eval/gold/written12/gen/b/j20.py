"""j20 - Marcus J. Delgado, U.S. Army logistics officer moving to IT project management (US).
Traditional military-to-civilian resume, uploaded as .docx."""
import sys
from docxlib import Document, P, R, Table, Cell

doc = Document(page="Letter", margins=(1008, 1080, 1008, 1080), font="Times New Roman", size=11,
               lang="en-US", after=40, line=240, title="Delgado Resume", author="Marcus Delgado",
               bullet_font="Symbol", bullet_indent=(360, 360))
TW = doc.text_width


def h(t):
    return P(t, before=180, after=60, b=True, size=11.5, caps=True, border_bottom=(8, "000000", 1), keep_next=True)


def role(title, dates, org, civ=None):
    out = [P([R(title, b=True), R("\t" + dates, b=True)], tabs=[("right", TW)], before=120, after=0, keep_next=True),
           P([R(org, i=True)], after=20, keep_next=True)]
    if civ:
        out.append(P([R("Civilian equivalent: ", size=10), R(civ, size=10)], after=30, keep_next=True))
    return out


def b(t):
    return P(t, bullet=1, after=20)


doc.add(P([R("MARCUS J. DELGADO", b=True, size=18)], align="center", after=0))
doc.add(P("Fayetteville, NC 28314  |  (910) 555-0163  |  marcus.delgado@example.com  |  linkedin.com/in/mjdelgado-example",
          align="center", size=10, after=20))
doc.add(P([R("Active SECRET Security Clearance", b=True), R("  |  Available January 2027")], align="center", size=10, after=60))

doc.add(h("Summary"))
doc.add(P("Transitioning U.S. Army Captain with 8 years of leadership experience in logistics operations, supply chain "
          "management and personnel management. Proven ability to lead teams of up to 160 people, manage multi-million "
          "dollar equipment and budgets, and execute complex operations under pressure. Seeking an entry-level IT "
          "Project Manager or Project Coordinator position where I can apply my leadership, planning and problem-solving "
          "skills to technology projects.", align="both"))

doc.add(h("Core Competencies"))
skills = ["Team Leadership & Mentoring", "Logistics & Supply Chain", "Operations Planning",
          "Budget Management", "Risk Management", "Inventory Accountability",
          "Training Development", "SAP / GCSS-Army (ERP)", "Microsoft Office Suite"]
cols = [skills[0:3], skills[3:6], skills[6:9]]
doc.add(Table([[Cell([P(s, bullet=1, after=0, size=10.5) for s in c]) for c in cols]],
              [TW // 3, TW // 3, TW - 2 * (TW // 3)], borders="none", cell_margin=(0, 0)))

doc.add(h("Professional Experience"))

doc.add(role("Project Management Intern (DoD SkillBridge)", "September 2026 – December 2026",
             "Carolina HealthLink IT Services, Raleigh, NC"))
for t in [
    "Shadow the PMO on an electronic health record upgrade for three clinics; update the weekly status report and "
    "meeting notes in Smartsheet.",
    "Track action items from the vendor calls and follow up with owners.",
]:
    doc.add(b(t))

doc.add(P([R("United States Army", b=True), R("\tJune 2018 – December 2026 (Honorable Discharge, DD-214 pending)")],
          tabs=[("right", TW)], after=40))
doc.add(role("Company Commander (Captain, O-3)", "June 2024 – October 2026",
             "Composite Supply Company, Combat Sustainment Support Battalion, Fort Bragg, NC",
             "Operations Manager / General Manager"))
for t in [
    "Led and managed a 160-person supply company providing fuel, water, ammunition and repair parts to a 4,000-person brigade.",
    "Accountable for $42M in vehicles, equipment and sensitive items; completed the change-of-command inventory with zero losses.",
    "Planned and led the movement of 210 vehicles and containers to the National Training Center; built the rail load "
    "schedule with four other units and the installation transportation office, all equipment arrived on the planned train.",
    "Lead for the company's GCSS-Army (SAP-based ERP) data cleanup before the Army financial audit; corrected 1,300 "
    "property records and trained 25 soldiers on the system.",
    "Responsible for the health, welfare, training and discipline of all assigned personnel; 96% retention rate.",
]:
    doc.add(b(t))

doc.add(role("Battalion Logistics Officer (S4) (First Lieutenant / Captain)", "July 2021 – May 2024",
             "Combat Sustainment Support Battalion, Fort Bragg, NC", "Logistics Manager"))
for t in [
    "Managed the battalion's $3.2M annual supply and maintenance budget; tracked obligations and validated "
    "unliquidated obligations with the brigade resource manager each quarter.",
    "Coordinated logistics for a 9-month deployment of 550 personnel to Poland (Operation Atlantic Resolve), "
    "including contracts for life support with local vendors.",
    "Supervised a section of 8 logistics specialists; wrote standard operating procedures for property transfers.",
    "Responsible for command supply discipline program; unit passed the inspection with no major findings.",
]:
    doc.add(b(t))

doc.add(role("Platoon Leader (Second Lieutenant / First Lieutenant)", "October 2018 – June 2021",
             "Petroleum and Water Platoon, Quartermaster Company, Fort Bragg, NC", "Team Leader / Supervisor"))
for t in [
    "Led a 35-person platoon that stored and distributed bulk fuel and water; issued 1.2 million gallons of fuel "
    "over two years, including a Joint Readiness Training Center rotation and a 6-month deployment to Kuwait.",
    "Maintained $9M of equipment at 94% readiness; managed maintenance schedules with the motor pool.",
    "Planned weekly training and counseled 4 sergeants and their soldiers.",
]:
    doc.add(b(t))

doc.add(h("Education"))
doc.add(P([R("Bachelor of Science, Business Administration (Supply Chain Management)", b=True), R("\tMay 2018")],
          tabs=[("right", TW)], after=0))
doc.add(P("North Carolina A&T State University, Greensboro, NC — Army ROTC Distinguished Military Graduate", after=60))

doc.add(h("Military Training"))
for t in ["Logistics Captains Career Course, Fort Lee, VA (2021) — 22 weeks",
          "Quartermaster Basic Officer Leader Course, Fort Lee, VA (2018) — 16 weeks",
          "Support Operations Course Phase I (2023)",
          "Army Lean Six Sigma Green Belt (2022)"]:
    doc.add(b(t))

doc.add(h("Certifications & Training"))
for t in ["CompTIA Project+ — in progress (exam scheduled January 2027)",
          "Google IT Support Professional Certificate — self-study, completed 2026",
          "Currently studying for CompTIA Security+"]:
    doc.add(b(t))

doc.add(h("Awards"))
doc.add(P("Meritorious Service Medal; Army Commendation Medal (2); Army Achievement Medal (3)", after=0))
doc.save(sys.argv[1])
