"""j15 - Melissa Tran, teacher moving into project management (Canada).
Functional / skills-based Word resume: skill groups with bullets first, then a
short employment history with titles and dates only."""
import sys
from docxlib import Document, P, R, Table, Cell

TEAL = "1B6F7A"
doc = Document(page="Letter", margins=(900, 1000, 800, 1000), font="Cambria", size=10,
               lang="en-CA", after=60, line=252, title="Melissa Tran Resume", author="Melissa Tran",
               bullet_font="Cambria", bullet_indent=(360, 270), bullet_color=TEAL)
TW = doc.text_width


def h(t):
    return P(t, before=220, after=80, b=True, size=12, color=TEAL, border_bottom=(8, TEAL, 2), keep_next=True)


def sub(t):
    return P(t, before=120, after=30, b=True, i=True, size=10.5, keep_next=True)


def b(t):
    return P(t, bullet=1, after=30)


doc.add(P([R("MELISSA TRAN", b=True, size=22, color=TEAL)], align="center", after=0))
doc.add(P("Project Coordinator  |  Organized, Detail-Oriented Educator Transitioning to Project Management",
          align="center", size=11, i=True, after=40))
doc.add(P("Mississauga, ON  •  (905) 555-0187  •  melissa.tran@example.com  •  linkedin.com/in/melissatran-example",
          align="center", size=9.5, after=120))

doc.add(h("Professional Summary"))
doc.add(P("Results-driven professional with 9+ years of experience managing complex projects, leading cross-functional "
          "teams and communicating with stakeholders at all levels. Google Project Management Certificate holder "
          "with a passion for Agile methodologies, continuous improvement and delivering projects on time and on "
          "budget. Known for strong organizational skills, empathy and the ability to stay calm under pressure.",
          align="both"))

doc.add(h("Key Skills & Accomplishments"))
doc.add(sub("Project Planning & Organization"))
for t in [
    "Planned and delivered a year-long Grade 7 mural project with 120 students: sketches, paint supplies, "
    "school council approval and a rota of 15 parent volunteers; unveiled at the spring open house.",
    "Organized the school science fair for 300+ students each year, scheduling 40 volunteer judges across two gyms.",
    "Created long-range unit plans and timelines aligned with the Ontario curriculum for three subjects.",
]:
    doc.add(b(t))
doc.add(sub("Stakeholder Communication"))
for t in [
    "Communicated with parents, administrators and support staff through weekly newsletters and "
    "parent-teacher interviews (about 60 families per year).",
    "Presented class assessment data to the school improvement team twice a year.",
    "Wrote individual education plan (IEP) updates with the special education resource teacher.",
]:
    doc.add(b(t))
doc.add(sub("Leadership & Team Collaboration"))
for t in [
    "Grade 7/8 division lead for two years: chaired weekly planning meetings for a team of four teachers.",
    "Mentored three teacher candidates during their practicum placements.",
    "Coached the junior girls’ volleyball team (2018–2023).",
]:
    doc.add(b(t))
doc.add(sub("Agile, Tools & Certificate Work"))
for t in [
    "Capstone (Google PM Certificate): wrote a project charter, RACI chart, risk register and Gantt chart for a "
    "fictional bakery launching online ordering; also completed a sprint backlog and retrospective exercise.",
    "Practised Scrum events (sprint planning, daily stand-up, sprint review, retrospective) in course simulations.",
    "Currently learning Jira and Asana through free self-paced tutorials.",
    "Comfortable with Google Workspace, Microsoft Office, Canva, Trello and Smartsheet (basic).",
]:
    doc.add(b(t))
doc.add(sub("Budgeting & Resources"))
for t in [
    "Managed a $2,500 annual classroom budget; wrote a successful $4,000 grant application for 20 tablets.",
    "Did the weekly food safety QA checks, stock counts and supplier orders as shift lead at Scrum Street Café.",
]:
    doc.add(b(t))

doc.add(h("Employment History"))
rows = [
    ("Private Tutor (self-employed), Mississauga, ON", "Sep 2025 – Present"),
    ("Grade 7/8 Teacher, Visual Arts & Science — Maple Creek Public School, Mississauga, ON", "Sep 2016 – Jun 2025"),
    ("Occasional Teacher — elementary schools, Halton Region, ON", "Sep 2015 – Jun 2016"),
    ("Barista, then Shift Lead (part-time) — Scrum Street Café, Toronto, ON", "2011 – 2015"),
]
for t, d in rows:
    doc.add(P([R(t), R("\t" + d, i=True)], tabs=[("right", TW)], after=40))

doc.add(h("Education & Certifications"))
for t, d in [
    ("Google Project Management: Professional Certificate (Coursera)", "2025"),
    ("Certified Associate in Project Management (CAPM) — exam booked", "Feb 2027"),
    ("Bachelor of Education (Intermediate/Senior) — York University, Toronto", "2015"),
    ("Honours BA, Visual Arts — York University, Toronto", "2013"),
    ("Ontario College of Teachers — Certificate of Qualification and Registration", "2015"),
]:
    doc.add(P([R(t), R("\t" + d, i=True)], tabs=[("right", TW)], after=40))

doc.add(P([R("References available upon request.", i=True, size=9.5)], before=200, align="center"))
doc.save(sys.argv[1])
