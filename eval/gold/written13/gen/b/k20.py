"""k20 - DevOps engineer (Australia). Uploaded as .docx. Plain Word document as a person types it:
default Normal style, bold lines for headings, hand-typed "-" bullets (no list numbering) and dates pushed
to the line end with several tab presses (default 1.27 cm tab stops). A4."""
import sys
from docxlib import Document, P, R

doc = Document(page="A4", margins=(1440, 1440, 1440, 1440), font="Calibri", size=11, lang="en-AU",
               after=0, line=259, title="Callum Fitzgerald Resume", author="Callum")


def blank():
    return P("")


def head(t):
    return P([R(t, b=True)], after=0)


def job(title, dates, tabs):
    # dates typed after a run of tab presses
    return P([R(title, b=True), R("\t" * tabs + dates)], after=0)


def dash(t):
    return P("- " + t)


doc.add(
    P([R("Callum Fitzgerald", b=True, size=16)]),
    P("Brunswick East VIC 3057"),
    P("0412 555 093"),
    P("callum.fitzgerald@example.com"),
    blank(),
    head("SUMMARY"),
    P("DevOps engineer with 6 years experience running cloud infrastructure and CI/CD for product teams, plus 3 years "
      "before that as a SCADA technician. Strong program management and stakeholder management skills, proven ability "
      "to lead complex cross-functional initiatives and drive delivery. Looking for a senior DevOps / platform role."),
    blank(),
    head("EXPERIENCE"),
    blank(),
    job("DevOps Engineer \u2013 Brunswick Digital Pty Ltd, Melbourne", "Mar 2021 \u2013 Present", 3),
    dash("Build and maintain CI/CD pipelines in GitLab CI and Argo CD for about 40 microservices (Node, Go, Python)"),
    dash("Run 3 EKS clusters (dev, staging, prod) with Helm, Terraform and Karpenter"),
    dash("Part of the on-call roster (1 week in 6), wrote runbooks for the top 15 alerts, wrote up 2 postmortems"),
    dash("Planned the Kubernetes upgrades from 1.24 to 1.29, sent the schedule to the 5 dev teams and booked the "
         "maintenance windows with the support team"),
    dash("Moved secrets from env files to AWS Secrets Manager + External Secrets"),
    dash("Cut AWS bill by around 22% with spot instances and rightsizing"),
    dash("Helped with sprint planning for the platform team when our lead was on leave"),
    blank(),
    job("Systems Administrator \u2013 Eastgate Logistics, Dandenong", "Jan 2018 \u2013 Feb 2021", 3),
    dash("Looked after ~120 Linux and Windows servers, VMware, backups (Veeam)"),
    dash("Automated server builds with Ansible, introduced Jenkins for the in-house dev team"),
    dash("Migrated the warehouse management app to AWS EC2 and RDS (2020)"),
    dash("Level 2 support for the service desk"),
    blank(),
    job("SCADA Technician \u2013 Latrobe Valley Water, Traralgon", "Feb 2015 \u2013 Dec 2017", 3),
    dash("Installed and maintained RTUs and PLCs at pump stations and treatment plants"),
    dash("Configured communication protocols (Modbus, DNP3) and radio telemetry links back to the control room"),
    dash("Fault finding on call-outs, after-hours roster"),
    blank(),
    head("EDUCATION"),
    job("Bachelor of Information Technology \u2013 Swinburne University (part-time)", "2016 \u2013 2020", 1),
    job("Cert IV Electrotechnology \u2013 Federation TAFE", "2014", 4),
    blank(),
    head("CERTIFICATIONS"),
    P("Certified Kubernetes Administrator (CKA) 2023"),
    P("AWS Certified Solutions Architect \u2013 Associate 2022"),
    P("HashiCorp Terraform Associate 2022"),
    blank(),
    head("SKILLS"),
    P("AWS (EKS, EC2, RDS, IAM, VPC), Kubernetes, Helm, Argo CD, Terraform, Ansible, GitLab CI, Jenkins, Docker, "
      "Prometheus, Grafana, Loki, Bash, Python, Linux"),
    blank(),
    head("INTERESTS"),
    P("Triathlon \u2013 have done 6 sprint triathlons and training for my first Olympic distance. Coach the under-12s at "
      "the local footy club."),
    blank(),
    P("References available on request"),
)
doc.save(sys.argv[1])
