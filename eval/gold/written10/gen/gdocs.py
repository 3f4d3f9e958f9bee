"""Google-Docs-template-like resumes (Swiss, Serif, Spearmint, Coral, Modern Writer)
rendered as HTML for headless Chromium.  Writes gen/html/hNN.html."""
import html, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'html')

CSS = {
 'swiss': """
  body{font-family:'Liberation Sans',Arial,sans-serif;font-size:10pt;color:#000;margin:0}
  .name{font-size:26pt;font-weight:bold;margin:0 0 2pt}
  .tag{color:#ff5722;font-size:11pt;font-weight:bold;margin-bottom:6pt}
  .contact{font-size:9pt;color:#000;margin-bottom:10pt}
  h2{color:#ff5722;font-size:11pt;margin:14pt 0 4pt;font-weight:bold}
  .role{margin:8pt 0 1pt}.org{font-weight:bold}.when{color:#666;font-size:8.5pt;text-transform:uppercase;margin-bottom:2pt}
  .place{color:#666}
  ul{margin:2pt 0 4pt 16pt;padding:0}li{margin:1pt 0}
 """,
 'serif': """
  body{font-family:'Liberation Serif',Georgia,serif;font-size:10.5pt;color:#333;margin:0}
  .name{font-size:28pt;color:#000;margin:0}
  .tag{font-size:10pt;color:#666;margin-bottom:4pt}
  .contact{font-size:9pt;color:#666;margin-bottom:8pt}
  h2{color:#4a86e8;font-variant:small-caps;letter-spacing:.5pt;font-size:12pt;font-weight:bold;margin:14pt 0 4pt}
  .role{margin:8pt 0 1pt;color:#000}.org{font-weight:bold}.place{color:#666}
  .when{color:#666;font-size:9pt;margin-bottom:2pt}
  ul{margin:2pt 0 4pt 18pt;padding:0}li{margin:1pt 0}
 """,
 'spearmint': """
  body{font-family:'Liberation Sans',Arial,sans-serif;font-size:10pt;color:#353744;margin:0;border-top:6pt solid #2ba190;padding-top:10pt}
  .name{font-size:22pt;font-weight:bold;color:#353744;margin:0}
  .tag{color:#2ba190;font-size:11pt;margin-bottom:4pt}
  .contact{font-size:9pt;color:#777;margin-bottom:8pt}
  h2{color:#2ba190;font-size:10.5pt;text-transform:uppercase;letter-spacing:1pt;margin:14pt 0 4pt}
  .line{display:flex;justify-content:space-between;margin:8pt 0 1pt}.org{font-weight:bold}.place{color:#777}
  .when{color:#777;font-size:9pt}
  ul{margin:2pt 0 4pt 16pt;padding:0}li{margin:1pt 0}
 """,
 'coral': """
  body{font-family:'DejaVu Sans',Lato,sans-serif;font-size:9.3pt;color:#000;margin:0}
  .name{font-size:24pt;color:#f2511b;margin:0 0 4pt;font-weight:bold}
  .contact{font-size:8.5pt;color:#666;margin-bottom:6pt;text-align:right}
  .tag{font-size:10pt;margin-bottom:8pt}
  h2{color:#f2511b;font-size:10.5pt;margin:14pt 0 4pt;font-weight:bold}
  .role{margin:8pt 0 1pt}.org{font-weight:bold}.place{color:#666}
  .when{color:#666;font-size:8.5pt;margin-bottom:2pt}
  ul{margin:2pt 0 4pt 16pt;padding:0}li{margin:1pt 0}
 """,
 'writer': """
  body{font-family:'Liberation Mono','DejaVu Sans Mono',monospace;font-size:9pt;color:#000;margin:0}
  .name{font-size:22pt;color:#000;font-weight:bold;margin:0;text-transform:uppercase}
  .tag{color:#ff5e5e;font-size:10pt;margin-bottom:4pt}
  .contact{font-size:8.5pt;margin-bottom:8pt}
  h2{color:#ff5e5e;font-size:11pt;text-transform:uppercase;margin:14pt 0 4pt}
  .role{margin:8pt 0 1pt}.org{font-weight:bold}.place{color:#666}
  .when{color:#666;font-size:8.5pt;margin-bottom:2pt}
  ul{margin:2pt 0 4pt 16pt;padding:0;list-style:square}li{margin:1pt 0}
 """,
}

PAGE = "@page{size:%s;margin:%s}"
BUL = "ul.g{list-style:none;margin-left:14pt}ul.g li{text-indent:-10pt}ul.g li::before{content:'\\25CF';font-size:7pt;display:inline-block;width:10pt;text-indent:0;vertical-align:1pt}"


def e(s):
    return html.escape(s)


def render(p):
    t = p['template']
    h = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title><style>' % e(p['name']),
         PAGE % (p.get('size', 'letter'), p.get('margin', '0.6in 0.7in')), CSS[t], BUL if t != 'writer' else '', p.get('css', ''), '</style></head><body>']
    if t == 'coral':
        h.append('<div style="display:flex;justify-content:space-between;align-items:flex-start"><div>')
    h.append('<div class="name">%s</div>' % e(p['name']))
    if p.get('tag'):
        h.append('<div class="tag">%s</div>' % e(p['tag']))
    if t == 'coral':
        h.append('</div>')
    h.append('<div class="contact">%s</div>' % '<br>'.join(e(c) for c in p['contact']))
    if t == 'coral':
        h.append('</div>')
    for sec in p['sections']:
        h.append('<h2>%s</h2>' % e(sec[0]))
        for it in sec[1:]:
            if isinstance(it, str):
                h.append('<p style="margin:2pt 0 4pt">%s</p>' % e(it))
            elif isinstance(it, list):
                h.append('<ul class="g">%s</ul>' % ''.join('<li>%s</li>' % e(b) for b in it))
            else:
                org, title, place, when = it.get('org', ''), it.get('title', ''), it.get('place', ''), it.get('when', '')
                if t == 'spearmint':
                    left = '<span class="org">%s</span>%s%s' % (e(org), (', ' + e(title)) if title else '', (' <span class="place">— %s</span>' % e(place)) if place else '')
                    h.append('<div class="line"><div>%s</div><div class="when">%s</div></div>' % (left, e(when)))
                else:
                    h.append('<div class="role"><span class="org">%s</span>%s%s</div>' % (
                        e(org), ('<span class="place">, %s</span>' % e(place)) if place else '',
                        (' — <i>%s</i>' % e(title)) if title else ''))
                    if when:
                        h.append('<div class="when">%s</div>' % e(when))
                if it.get('text'):
                    h.append('<p style="margin:2pt 0 3pt">%s</p>' % e(it['text']))
                if it.get('bullets'):
                    h.append('<ul class="g">%s</ul>' % ''.join('<li>%s</li>' % e(b) for b in it['bullets']))
    h.append('</body></html>')
    return ''.join(h)


PEOPLE = {}

# h01 -- strong TPM at a SaaS company, US, Swiss
PEOPLE['h01'] = dict(template='swiss', name='Danielle R. Okafor-Whitman', tag='Senior Technical Program Manager',
 contact=['Seattle, WA  ·  (206) 555-0147  ·  danielle.okafor.w@example.com  ·  linkedin.com/in/example-dokw'],
 sections=[
  ['Summary', 'Technical program manager with 11 years in B2B SaaS. I run cross-team programs where the hard part is sequencing: '
   'platform migrations, compliance deadlines and launches that touch eight or more engineering teams. Comfortable owning the plan, the risk register and the bad-news email.'],
  ['Experience',
   dict(org='Ledgerline', place='Seattle, WA', title='Senior Technical Program Manager', when='March 2022 – Present',
        bullets=['Lead the billing-platform re-architecture: 9 engineering teams (≈70 engineers), $4.2M annual program budget, delivered in 6 quarterly releases with zero Sev-1 incidents at cutover.',
                 'Built and run the program risk register (40–60 open risks at peak); weekly burn-down reviewed with the VP Engineering and Finance.',
                 'Negotiated scope with Product when the SOC 2 Type II audit window moved up by 7 weeks; cut 3 features, kept the audit date.',
                 'Introduced a cross-team dependency board in Jira Advanced Roadmaps; late dependencies fell from 31% to 9% of planned work in two quarters.',
                 'Mentor 3 TPMs; wrote the internal "program kickoff" template now used org-wide.']),
   dict(org='Bramblecloud', place='Portland, OR', title='Technical Program Manager', when='June 2018 – February 2022',
        bullets=['Owned release train for the mobile and web apps (bi-weekly, 4 teams); on-time release rate up from 72% to 96%.',
                 'Ran the data-center exit to AWS: 212 services migrated over 14 months, $1.1M/yr hosting savings.',
                 'Chaired the weekly launch-readiness review; wrote go/no-go criteria with QA, SRE and Support.',
                 'Managed two vendor contracts (pen-testing, localization) totalling $380K.']),
   dict(org='Bramblecloud', place='Portland, OR', title='Engineering Project Manager', when='January 2016 – May 2018',
        bullets=['Coordinated 3 scrum teams on the customer-facing API v2; published the deprecation plan and partner comms calendar.',
                 'Set up the team\'s first incident postmortem process.']),
   dict(org='Northgate Systems', place='Boise, ID', title='Software Engineer', when='August 2013 – December 2015',
        bullets=['Java services for order management; on-call rotation; moved build from Ant to Gradle.']),
  ],
  ['Selected Programs',
   dict(org='Usage-based billing launch (Ledgerline)', when='2023 – 2024',
        text='Moved 1,900 enterprise customers from seat-based to usage-based pricing. Owned the plan across Billing, Metering, Data, Sales Ops, Legal and Support; '
             'ran a 6-week beta with 40 customers, weekly readouts to the exec staff. Revenue leakage found in beta: $310K/yr, fixed before GA.'),
   dict(org='EU data residency (Bramblecloud)', when='2020 – 2021',
        text='Stood up a Frankfurt region for GDPR customers. 11 teams, 3 vendors, 1 auditor. Shipped 3 weeks late; I flagged the slip 10 weeks out with a recovery plan '
             'that the CTO accepted, and no customer contract dates were missed.'),
   dict(org='Incident management program (Bramblecloud)', when='2017',
        text='Introduced Sev levels, incident commander rota and postmortems; MTTR fell from 4h10m to 1h25m over the following year.')],
  ['Education', dict(org='University of Washington', place='Seattle', title='B.S. Computer Science', when='2009 – 2013')],
  ['Certifications', 'PMP (2019)  ·  AWS Certified Solutions Architect – Associate (2021)  ·  SAFe 6 Practitioner'],
  ['Skills', 'Program planning · Risk management · Jira / Confluence / Advanced Roadmaps · Smartsheet · SQL · OKRs · Vendor management · Release management · AWS'],
  ['Speaking & Volunteering', ['"Dependencies are the program" — TPM Summit Seattle, 2024', 'Mentor, Women in Tech PNW (2019 – present)']],
 ])

# h04 -- QA lead, Ireland, Serif
PEOPLE['h04'] = dict(template='serif', size='A4', name='Ciarán Mac Giolla Bhríde', tag='QA Lead · Test Strategy · Release Quality',
 contact=['Galway, Ireland', '+353 91 555 0162', 'ciaran.mgb@example.com'],
 sections=[
  ['Profile', 'QA lead with nine years in payments and insurance software. Happiest when a release is boring. '
   'I write the test strategy, run defect triage and give (or refuse) the QA sign-off.'],
  ['Experience',
   dict(org='Quaymark Payments', place='Galway', title='QA Lead', when='April 2021 – Present',
        bullets=['Lead a test team of 6 (4 permanent, 2 contractors) across three product squads.',
                 'Own the test strategy for card-issuing and payouts; moved regression from 5 days manual to 9 hours automated (Playwright + Postman/Newman).',
                 'Run daily defect triage with the product owner and dev leads during release weeks; agree severity and what ships.',
                 'Gave release sign-off for 38 production releases; refused sign-off twice and wrote up why for the CTO.',
                 'Moved two testers onto the payouts release for a week when the partner bank changed its file format late; we still hit the bank\'s cutover date.',
                 'Kept the go-live checklist and ran the hour-by-hour plan on the night of the 2024 platform migration.']),
   dict(org='Harrow & Lyle Insurance', place='Dublin', title='Senior Test Analyst', when='Sept 2017 – March 2021',
        bullets=['Test planning and execution for the policy admin system; SIT and UAT support.',
                 'Built the first Selenium suite for the broker portal.',
                 'Worked with the actuarial team to test new risk models before each pricing release.']),
   dict(org='Agile Testing Ltd', place='Limerick', title='Test Analyst', when='2015 – 2017',
        bullets=['Manual testing for client projects (retail, utilities). ISTQB Foundation.']),
  ],
  ['Skills', 'Test strategy & planning · Defect triage · Playwright · Selenium · Postman · JMeter · SQL · Jira/Xray · TestRail · CI (GitLab) · Risk-based testing'],
  ['Education', dict(org='NUI Galway', title='BSc Information Technology', when='2011 – 2015'),
   'ISTQB Advanced Test Manager (2020)'],
 ])

# h07 -- SAP implementation consultant, Germany, Spearmint
PEOPLE['h07'] = dict(template='spearmint', size='A4', name='Jens-Uwe Hartmannsberger', tag='SAP S/4HANA Consultant (FI/CO, MM)',
 contact=['Stuttgart, Germany · +49 711 555 0139 · j.hartmannsberger@example.com'],
 sections=[
  ['Profil', 'SAP consultant, 14 years. Full-cycle implementations, template roll-outs and brownfield conversions for mid-size manufacturers. English and German fluent.'],
  ['Berufserfahrung / Experience',
   dict(org='Kaskade Consulting GmbH', title='Senior SAP Consultant', place='Stuttgart', when='10/2019 – heute',
        bullets=['S/4HANA brownfield conversion for an automotive supplier (11 company codes). Workstream lead FI/CO.',
                 'Template roll-out to plants in Czech Republic, Mexico and Poland; fit-gap workshops, configuration, data migration cycles (3 mock loads).',
                 'Kept the cutover checklist for the Mexico go-live and ran the cutover calls over the Easter weekend.',
                 'Coordinated with ABAP developers offshore (team of 5) on interfaces and forms.',
                 'Key-user training, hypercare.']),
   dict(org='Kanban Werke AG', title='SAP Inhouse Consultant MM/FI', place='Heilbronn', when='03/2014 – 09/2019',
        bullets=['Support and change requests for MM and FI, ca. 600 users.',
                 'Introduced vendor evaluation; procurement reporting.',
                 'Member of the ERP steering meeting.']),
   dict(org='Wendt & Söhne Maschinenbau', title='Junior Consultant', place='Esslingen', when='2012 – 2014',
        bullets=['ECC 6.0 support; master data.']),
  ],
  ['Skills', ['SAP S/4HANA, ECC 6.0, FI/CO, MM, SD basics', 'Activate methodology, Solution Manager', 'Data migration (LTMC / Migration Cockpit)', 'German (native), English (C1)']],
  ['Ausbildung / Education', dict(org='Hochschule Esslingen', title='Diplom-Wirtschaftsingenieur (FH)', when='2006 – 2011')],
 ])

# h10 -- data engineer who quietly coordinates a migration, Canada, Modern Writer
PEOPLE['h10'] = dict(template='writer', name='Priya Venkataraman', tag='Data Engineer',
 contact=['Toronto, ON · 416-555-0118 · priya.v.data@example.com · github.com/example-priyav'],
 sections=[
  ['About', 'Data engineer (6 years). Python, SQL, Airflow, dbt, Snowflake. I like pipelines that don\'t page anyone at 3am.'],
  ['Experience',
   dict(org='Maplefield Insurance', place='Toronto, ON', title='Data Engineer II', when='Feb 2022 - Present',
        bullets=['Moved the claims warehouse from on-prem Teradata to Snowflake: 1,400 tables, 310 Airflow DAGs.',
                 'Wrote the migration order sheet and chased owners in actuarial, finance and fraud for sign-off on each batch; ran the fortnightly check-in with the 4 teams involved.',
                 'Told the finance director the month-end reports would be late by one cycle and why; agreed a parallel-run so nobody was blocked.',
                 'Built dbt models and tests for the claims mart; cut nightly runtime from 5h to 70 min.',
                 'Data quality checks on risk models inputs (Great Expectations).']),
   dict(org='Sprint Analytics Inc.', place='Waterloo, ON', title='Data Engineer', when='Jul 2020 - Jan 2022',
        bullets=['ETL pipelines for retail clients (Python, Spark on EMR).', 'Maintained Kafka consumers for point-of-sale feeds.']),
   dict(org='Sprint Analytics Inc.', place='Waterloo, ON', title='BI Developer', when='Sep 2018 - Jun 2020',
        bullets=['Tableau dashboards, SQL Server, SSIS.']),
  ],
  ['Education', dict(org='University of Waterloo', title='BMath, Statistics', when='2014 - 2018')],
  ['Skills', 'Python · SQL · Airflow · dbt · Snowflake · Spark · Kafka · Terraform (basic) · Git · Docker'],
 ])

# h13 -- cloud/DevOps engineer and incident manager, Australia, Coral
PEOPLE['h13'] = dict(template='coral', size='A4', name='Liam Tuckwell', tag='Cloud / DevOps Engineer · Incident Commander',
 contact=['Melbourne VIC', '0412 555 093', 'liam.tuckwell@example.com'],
 sections=[
  ['Experience',
   dict(org='Paddock Digital', place='Melbourne', title='Senior DevOps Engineer', when='Nov 2021 – Present',
        bullets=['AWS (EKS, RDS, Lambda) for a 40-service ticketing platform; Terraform, Argo CD, GitHub Actions.',
                 'Incident commander on the major-incident rota: ran 23 Sev-1/Sev-2 incidents in 2025, median time-to-restore 38 min.',
                 'Wrote the incident runbook, comms templates and the postmortem format; ran blameless reviews and tracked actions to closure (87% closed within 30 days).',
                 'Coordinated the Grand Final weekend capacity plan with 5 teams and the vendor; no outage at 14x normal load.',
                 'Cut AWS spend by A$310K/yr (rightsizing, Savings Plans).']),
   dict(org='Bluegum Telco', place='Melbourne', title='Systems Engineer', when='Feb 2017 – Oct 2021',
        bullets=['Linux, VMware, Ansible. On-call.', 'Worked on communication protocols for the SIP trunking platform.',
                 'Handled change requests through CAB.']),
   dict(org='Dataworx', place='Geelong', title='IT Support', when='2014 – 2017', bullets=['Helpdesk, Windows, networks.']),
  ],
  ['Skills', 'AWS · Kubernetes · Terraform · Ansible · Prometheus/Grafana · PagerDuty · Python · Bash · ITIL v4'],
  ['Education', dict(org='RMIT University', title='Bachelor of IT', when='2011 – 2014')],
  ['Certifications', 'AWS Solutions Architect Professional · CKA'],
 ])

# h16 -- PhD research scientist moving to industry, UK, Serif
PEOPLE['h16'] = dict(template='serif', size='A4', css='h2{font-variant:normal;text-transform:uppercase;letter-spacing:1pt;font-size:10.5pt}', name='Dr. Adaeze Nwachukwu-Rowe', tag='Research Scientist — Computational Biology',
 contact=['Cambridge, UK · 07700 555 214 · a.nwachukwu.rowe@example.com · orcid.org/0000-0000-0000-0000'],
 sections=[
  ['Summary', 'Postdoctoral researcher (PhD 2021) looking for an industry role in data science or research programme management. '
   'I have run a four-lab consortium project, managed a grant budget and supervised students.'],
  ['Research Experience',
   dict(org='University of Cambridge, Department of Genetics', title='Postdoctoral Research Associate', when='Oct 2021 – Present',
        bullets=['Single-cell analysis pipelines (Python, R, Snakemake) on the HPC cluster.',
                 'Coordinated the four-lab Wellcome consortium work package: monthly milestone calls, shared data-release schedule, reporting to the funder.',
                 'Managed a £240,000 sub-award budget and two research assistants.',
                 'Supervised 3 MPhil students.']),
   dict(org='University of Edinburgh', title='PhD Candidate', when='2017 – 2021',
        text='Thesis: "Stochastic scheduling algorithms for cell-cycle simulations." Supervisor: Prof. H. Lindqvist.'),
  ],
  ['Grants, Teaching & Service', ['Co-investigator, Cambridge Biomedical Data Fund pilot grant (£38,000), 2023',
    'Demonstrator, Part IB Genetics practicals (2021 – 2024); designed a new Python practical used by 180 students',
    'Organised the departmental seminar series (2022 – 2023): 24 speakers, budget and travel',
    'Peer reviewer for Bioinformatics and PLOS Computational Biology']],
  ['Industry Exposure', dict(org='Helixworks Therapeutics', place='Cambridge', title='Visiting Researcher (3-month placement)', when='Jun – Aug 2023',
        bullets=['Benchmarked three cell-type annotation tools on in-house data; presented results to the platform team.',
                 'Wrote the handover notes and Nextflow pipeline that the team still runs.'])],
  ['Publications (selected)', ['Nwachukwu-Rowe A., et al. (2024) Title withheld for review. Genome Research.',
                               'Okoye B., Nwachukwu-Rowe A., Patel S. (2023) Batch effects in multi-site single-cell atlases. Nature Methods (co-first).',
                               'Nwachukwu-Rowe A., Lindqvist H. (2021) Stochastic models of cell-cycle timing. Bioinformatics.',
                               'Nwachukwu-Rowe A., et al. (2019) A sprint through the cell cycle: rapid simulation of G1/S control. PLOS Comp Bio.']],
  ['Conferences', 'ISMB 2024 (talk), ECCB 2022 (poster), Single Cell Genomics 2023 (poster)'],
  ['Education', dict(org='University of Edinburgh', title='PhD Systems Biology', when='2021'),
   dict(org='University of Lagos', title='BSc Biochemistry (First Class)', when='2015')],
  ['Skills', 'Python, R, Snakemake, SQL, Git, Slurm/HPC, scientific writing, grant reporting, teaching'],
 ])

# h19 -- restaurant general manager (unrelated), Ireland, Spearmint
PEOPLE['h19'] = dict(template='spearmint', size='A4', name='Siobhán Delahunty', tag='Restaurant General Manager',
 contact=['Cork, Ireland · 087 555 4410 · siobhan.delahunty@example.com'],
 sections=[
  ['Summary', 'Hospitality manager with 12 years in busy city-centre restaurants. P&L owner, team builder, calm on a Saturday night.'],
  ['Work History',
   dict(org='The Release Room', title='General Manager', place='Cork', when='2019 – Present',
        bullets=['Run a 140-cover restaurant and bar, 38 staff, €2.6M annual turnover.',
                 'Rota and scheduling for front and back of house; cut overtime by 18%.',
                 'Food safety and QA of deliveries (HACCP); 100% on last 3 EHO inspections.',
                 'Cleared a backlog of 200+ unanswered online reviews and set a 48-hour reply rule.',
                 'Opened the second site (Kinsale) in 2023: fit-out contractor, hiring, menu, launch night.']),
   dict(org='Budget Hotels Group — Harbour Inn', title='Food & Beverage Supervisor', place='Cork', when='2015 – 2019',
        bullets=['Breakfast and banqueting for 120-room hotel; stock control; staff training.']),
   dict(org='Various', title='Waitress / Bar staff', place='Cork & Sydney', when='2012 – 2015'),
  ],
  ['Skills', ['P&L and cost control', 'Staff rostering (Deputy)', 'Lightspeed POS', 'HACCP Level 3', 'Customer complaints', 'Events & private dining']],
  ['Education', dict(org='Munster Technological University', title='BA Hospitality Management', when='2008 – 2012')],
 ])

# h22 -- hardware / semiconductor program manager, Singapore, Swiss
PEOPLE['h22'] = dict(template='swiss', size='A4', name='Tan Wei Ling', tag='Program Manager, Silicon & Hardware',
 contact=['Singapore  ·  +65 9555 0173  ·  weiling.tan@example.com'],
 sections=[
  ['Profile', '18 years in semiconductors: 8 as design/verification engineer, 10 running SoC programs from spec to production. '
   'Owned 7 tape-outs (28nm to 5nm), supplier schedules and the NPI gate reviews.'],
  ['Experience',
   dict(org='Meridian Silicon Pte Ltd', place='Singapore', title='Senior Program Manager, SoC', when='Jan 2020 – Present',
        bullets=['Program lead for two 5nm networking SoCs: 160 engineers across Singapore, Bangalore and Austin; US$38M program budget.',
                 'Drove 3 tape-outs on schedule; first-pass silicon on 2 of 3.',
                 'Ran the foundry and OSAT supplier calls (wafer starts, substrate shortages); re-planned packaging when a substrate supplier slipped 10 weeks.',
                 'Master schedule (MS Project, 2,300 lines) and weekly exec status; risk and issue log.',
                 'Stage-gate reviews from concept to production release.',
                 'Pulled tape-out forward by 3 weeks by splitting physical design sign-off into two blocks and adding a second STA vendor team (US$450K, approved by the GM).',
                 'Qualification plan with reliability and the customer\'s quality team; PPAP-style documentation for the automotive derivative.',
                 'Respin decision for chip B: led the root-cause review with design, DFT and the foundry; metal-only ECO taped out in 6 weeks.',
                 'Coached 2 junior program managers; set up the program office templates (RACI, milestone charter, risk matrix).']),
   dict(org='Meridian Silicon Pte Ltd', place='Singapore', title='Program Manager', when='Mar 2016 – Dec 2019',
        bullets=['4 tape-outs (16nm, 28nm), test chip to volume.', 'Coordinated bring-up lab schedule with firmware and validation teams.',
                 'Managed 5 suppliers: foundry, 2 OSATs, ATE test house, IP vendor; quarterly business reviews and capacity forecasts.',
                 'Yield ramp from 61% to 88% over 3 quarters with product and test engineering.',
                 'Budget tracking for masks, wafers and NRE (US$12M/yr).']),
   dict(org='Orchid Microsystems', place='Singapore', title='Verification Lead / Project Coordinator', when='Jan 2014 – Feb 2016',
        bullets=['Led verification for the 28nm Ethernet switch; tracked coverage closure and bug trends for weekly reviews.',
                 'Coordinated schedule between verification, design and the Penang layout team.']),
   dict(org='Orchid Microsystems', place='Singapore', title='Design Verification Engineer', when='Jul 2008 – Dec 2013',
        bullets=['UVM testbenches for PCIe and Ethernet IP; led a team of 6 verification engineers.']),
  ],
  ['Education', dict(org='National University of Singapore', title='M.Eng. Electrical Engineering', when='2008'),
   dict(org='Nanyang Technological University', title='B.Eng. (Hons) EEE', when='2006')],
  ['Skills', 'NPI · Stage-gate · Foundry/OSAT management · MS Project · JIRA · Risk management · SystemVerilog/UVM · PMP'],
  ['Patents & Talks', ['US Patent 11,XXX,XXX (pending): "Method for adaptive clock gating in packet buffers" (co-inventor)',
                       'Panel speaker, SEMI SEA Program Management Forum 2023']],
 ])


def main():
    os.makedirs(OUT, exist_ok=True)
    for k, p in PEOPLE.items():
        with open(os.path.join(OUT, k + '.html'), 'w', encoding='utf-8') as f:
            f.write(render(p))


if __name__ == '__main__':
    main()
