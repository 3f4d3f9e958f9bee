"""j14 - Daniel Okafor, release manager / DevOps lead (UK).
Chronological Word resume, employer left and dates on a right-aligned tab stop."""
import sys
from docxlib import Document, P, R

doc = Document(page="A4", margins=(1000, 1080, 1000, 1080), font="Arial", size=10,
               lang="en-GB", after=40, line=250, title="Daniel Okafor CV", author="Daniel Okafor",
               bullet_font="Arial", bullet_indent=(340, 260))
TW = doc.text_width
TAB = [("right", TW)]


def h(t):
    return P(t, before=200, after=80, b=True, size=10.5, caps=True, border_bottom=(6, "000000", 1), keep_next=True)


def role(org, dates, title):
    return [P([R(org, b=True), R("\t" + dates, b=False)], tabs=TAB, before=140, after=0, keep_next=True),
            P([R(title, i=True)], after=40, keep_next=True)]


def b(t):
    return P(t, bullet=1, after=30)


doc.add(P([R("Daniel Okafor", b=True, size=20)], after=0))
doc.add(P("Release Manager / DevOps Lead", size=12, after=40, color="333333"))
doc.add(P("Manchester, UK  |  07700 555318  |  daniel.okafor@example.com  |  github.com/dokafor-example",
          size=9.5, after=120))

doc.add(h("Profile"))
doc.add(P("Release manager and DevOps lead with eleven years in build, release and platform engineering. I look after "
          "how software gets from a merged pull request to customers: the release calendar, the pipelines, the "
          "go/no-go call and the conversation with operations when something has to move. Currently leading a "
          "platform team of five and coordinating releases for nine product teams.", align="both", after=40))

doc.add(h("Experience"))
doc.add(role("Agile Freight Ltd, Manchester", "Apr 2022 – Present", "DevOps Lead and Release Manager"))
doc.add(P("Freight forwarding and warehousing company (1,400 staff); in-house software for bookings, customs and warehouse operations.",
          size=9, color="555555", after=40))
for t in [
    "Run the fortnightly release for nine product teams (about 60 engineers) shipping the customer booking portal, "
    "the customs declarations service and the warehouse handheld apps. Own the release calendar and make the go/no-go call.",
    "Moved releases from a monthly Saturday-night window to fortnightly daytime deployments behind feature flags. "
    "Failed-change rate went from 18% to 6% over 2023; average lead time from merge to production from 19 days to 4.",
    "Lent two testers from the platform team to the customs declarations release for a week when its regression pack "
    "fell behind, so the change went out before the January HMRC deadline.",
    "Chair the weekly change meeting. Agreed a code freeze with the warehouse operations director for peak "
    "(Black Friday to New Year) and the exceptions process that goes with it.",
    "When a database upgrade overran the maintenance window by three hours, made the call to roll back, wrote up "
    "what went wrong and re-ran it two weeks later with a rehearsal on a production copy.",
    "Lead a team of five platform engineers: Terraform, AWS EKS, GitHub Actions, Argo CD, Datadog.",
]:
    doc.add(b(t))

doc.add(role("Northbank Insurance Services, Leeds", "Jan 2018 – Mar 2022", "Senior DevOps Engineer"))
for t in [
    "Built CI/CD pipelines (Jenkins, later GitLab CI) for 30+ services; release preparation went from two days to forty minutes.",
    "Coordinated the release of the rewritten motor claims app across three squads and the claims operations team; "
    "wrote the runbook and cut-over checklist and ran the go-live call.",
    "Containerised the actuarial team's pricing models so they could be deployed through the same pipeline as everything else.",
    "Responsible for the on-call rota and post-incident reviews for the platform.",
]:
    doc.add(b(t))

doc.add(role("Pendle Software Ltd, Burnley", "Sep 2014 – Dec 2017", "Build and Release Engineer"))
for t in [
    "Maintained build servers and release branches for a desktop accounting product.",
    "Put together the quarterly release for around 12,000 customers: release notes, installer builds, "
    "coordination with support and documentation.",
    "Responsible for version control administration (SVN, then migration to Git).",
]:
    doc.add(b(t))

doc.add(role("University of Salford, IT Services", "Jul 2012 – Aug 2013", "IT Technician (placement year)"))
doc.add(b("Desktop support and lab imaging for 1,200 student PCs."))

doc.add(h("Education"))
doc.add(P([R("BSc (Hons) Computer Science, 2:1", b=True), R("\t2010 – 2014")], tabs=TAB, after=0))
doc.add(P("University of Salford — dissertation on build reproducibility in open-source projects", after=60))

doc.add(h("Certifications"))
for t in ["AWS Certified DevOps Engineer – Professional (2023)",
          "Professional Scrum Master I (2021)",
          "ITIL 4 Foundation (2019)"]:
    doc.add(b(t))

doc.add(h("Technical skills"))
doc.add(P([R("Cloud & infrastructure: ", b=True), R("AWS (EKS, RDS, IAM), Terraform, Docker, Kubernetes, Helm")], after=20))
doc.add(P([R("CI/CD: ", b=True), R("GitHub Actions, GitLab CI, Jenkins, Argo CD, LaunchDarkly")], after=20))
doc.add(P([R("Monitoring: ", b=True), R("Datadog, Prometheus, Grafana, PagerDuty")], after=20))
doc.add(P([R("Ways of working: ", b=True), R("Jira, Confluence, ServiceNow change management, Scrum and Kanban teams")], after=20))

doc.add(h("Interests"))
doc.add(P("Sprint triathlon – four sprint-distance races so far, most recently Salford Quays 2025. "
          "Volunteer mentor at a Saturday coding club for teenagers in Moss Side.", after=0))
doc.save(sys.argv[1])
