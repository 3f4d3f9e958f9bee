from common import *

def d13():
    d = Doc(font='Calibri', size=10.5, margins=1000)
    cw = d.content_width()
    d.add(P(r('Kevin Ashworth', b=True, sz=20), after=0), P('Data Engineer  |  Charlotte, NC  |  704-555-0138  |  kevin.ashworth@example.com', after=120))
    d.add(H1('Summary'))
    d.add(P('Data engineer with 6 years building batch and streaming pipelines in Python, Spark and Airflow on AWS. Most recently led the technical side of '
            'moving our analytics off an on-prem warehouse onto Snowflake, which meant a lot of coordinating with the teams that depend on our data.'))
    d.add(H1('Experience'))
    d.add(P(B('Piedmont Consumer Finance'), ' | Charlotte, NC | Apr 2023 – Present', after=0), P(I('Senior Data Engineer'), after=40))
    d.add(bullets(d, [
        'Built and maintain feature pipelines (PySpark on EMR, Airflow) feeding the credit risk models used by underwriting; ~2 TB/day.',
        'Warehouse migration (Teradata → Snowflake): wrote the migration runbook, inventoried 1,400 tables and 300 downstream reports, and got eight consuming teams to agree to a cut-over date; we switched off Teradata on the agreed weekend.',
        'Ran a fortnightly call with the analytics, finance and model-validation leads to sequence which data marts moved first, and published the order and any slips in a shared tracker.',
        'Cut nightly batch runtime from 7h to 2h20m by rewriting 40 legacy jobs in Spark and adding partition pruning.',
        'Introduced data quality checks (Great Expectations) on 60 critical tables; incidents from bad data dropped by half.',
    ]))
    d.add(P(B('Queen City Logistics'), ' | Charlotte, NC | Jun 2020 – Mar 2023', after=0, before=80), P(I('Data Engineer'), after=40))
    d.add(bullets(d, [
        'Developed ETL in Python and SQL Server SSIS for shipment and fleet data.',
        'Set up the company\u2019s first Airflow instance; migrated 120 cron jobs.',
        'Built Kafka consumer for real-time truck telemetry into PostgreSQL.',
    ]))
    d.add(P(B('Queen City Logistics'), ' | Charlotte, NC | Jan 2020 – May 2020', after=0, before=80), P(I('Data Engineering Intern'), after=40))
    d.add(H1('Technical Skills'))
    d.add(T([['Languages', 'Python, SQL, Scala (basic), Bash'], ['Processing', 'Spark, PySpark, dbt, Kafka, Airflow'],
             ['Storage', 'Snowflake, Teradata, PostgreSQL, S3, Delta Lake'], ['Cloud / Ops', 'AWS (EMR, Glue, Lambda, S3), Terraform, Docker, GitHub Actions']],
            widths=[1800, cw - 1800], borders=True))
    d.add(P(after=0))
    d.add(H1('Education'))
    d.add(P('B.S. Mathematics, minor in Computer Science — UNC Charlotte, 2019', after=0), P('AWS Certified Data Analytics – Specialty (2022); SnowPro Core (2023)'))
    return d

def d14():
    d = Doc(font='Arial', size=10, margins=1000, page='a4')
    cw = d.content_width()
    d.add(P(r('JOHN PAUL D. VILLANUEVA', b=True, sz=16), align='center', after=0),
          P('Blk 12 Lot 7, Phase 2, Mabolo, Cebu City 6000  |  +63 917 555 0142  |  jpvillanueva@example.com', align='center', after=160))
    d.add(capsH('Objective'))
    d.add(P('To secure a position as Senior Infrastructure Engineer or IT Infrastructure Project Lead where I can use my 11 years of experience in Windows Server, VMware and data center operations.'))
    d.add(capsH('Work Experience'))
    d.add(P(B('Senior Systems Administrator'), '\tAugust 2020 – Present', tabs=RT(cw), after=0), P('Visayas Global Contact Solutions, Inc. (BPO, 4,500 seats) – Cebu City', after=40))
    d.add(bullets(d, [
        'Administer 350+ Windows Server VMs on VMware vSphere 7 across two sites; patching, backups (Veeam), monitoring (PRTG).',
        'Technical lead for the data center migration from the Mandaue colocation to the new Cebu IT Park facility (2023): built the move-group schedule for 180 servers over 6 weekends, coordinated the telco, the colo provider and 5 client account IT contacts, and wrote the rollback steps for each wave.',
        'Active Directory, Group Policy, DNS/DHCP and Microsoft 365 / Entra ID administration.',
        'Handled P1 incidents for client-facing voice platform; prepared incident reports.',
        'Trained 3 junior administrators.',
    ]))
    d.add(P(B('Systems Administrator'), '\tMarch 2017 – July 2020', tabs=RT(cw), after=0, before=80), P('Island Rural Bank Network – Mandaue City', after=40))
    d.add(bullets(d, [
        'Supported servers and network for 28 branches.',
        'Implemented VMware virtualization of 40 physical servers.',
        'Set up Windows Server Update Services and antivirus management.',
    ]))
    d.add(P(B('IT Support Specialist'), '\tJune 2015 – February 2017', tabs=RT(cw), after=0, before=80), P('Cebu Doctors Diagnostic Center – Cebu City', after=40))
    d.add(bullets(d, ['Desktop support, printer and network troubleshooting, user account management.']))
    d.add(capsH('Technical Skills'))
    d.add(T([[B('Area'), B('Technology'), B('Years'), B('Level')],
             ['Virtualization', 'VMware vSphere 6.7/7, vCenter, vSAN', '7', 'Expert'],
             ['Server OS', 'Windows Server 2012 R2 – 2022, basic RHEL', '9', 'Expert'],
             ['Directory / Identity', 'Active Directory, GPO, Entra ID, ADFS', '8', 'Advanced'],
             ['Backup & DR', 'Veeam B&R, Veeam replication, DR drills', '6', 'Advanced'],
             ['Messaging', 'Microsoft 365, Exchange Online, Exchange 2013 (legacy)', '6', 'Advanced'],
             ['Networking', 'Cisco Catalyst, VLANs, Fortinet FortiGate, site-to-site VPN', '6', 'Intermediate'],
             ['Monitoring', 'PRTG, Zabbix', '5', 'Advanced'],
             ['Scripting', 'PowerShell', '5', 'Intermediate'],
             ['ITSM', 'ServiceNow (incident, change), ITIL processes', '4', 'Intermediate'],
             ['Cloud', 'Azure IaaS, Azure Backup', '2', 'Intermediate']],
            widths=[cw*22//100, cw*50//100, cw*10//100, cw - cw*82//100], borders=True, header_shade='D9D9D9'))
    d.add(P(after=0))
    d.add(capsH('Education & Certifications'))
    d.add(P('Bachelor of Science in Information Technology – University of San Carlos, 2015', after=0),
          P('VMware Certified Professional – Data Center Virtualization (VCP-DCV 2022)', after=0), P('Microsoft Certified: Azure Administrator Associate', after=0), P('CCNA (2018, expired)'))
    d.add(capsH('Personal Information'))
    d.add(T([['Date of Birth', 'October 3, 1993'], ['Civil Status', 'Married'], ['Citizenship', 'Filipino'], ['Languages', 'English, Filipino, Cebuano']], widths=[2400, cw - 2400]))
    d.add(P(after=0))
    d.add(capsH('Character References'))
    d.add(P('Engr. Ramon T. Dizon – IT Manager, Visayas Global Contact Solutions – ramon.dizon@example.com', after=0),
          P('Ms. Liza M. Caballero – Former Supervisor, Island Rural Bank Network – +63 917 555 0188'))
    return d

def d15():
    d = Doc(font='Calibri', size=11, margins=1080, page='a4')
    d.add(P(r('Wanjiru Kamau', b=True, sz=18), after=0), P('Nairobi, Kenya\n+254 712 555 046\nwanjiru.kamau@example.com', after=160))
    d.add(capsH('Profile', bb=4))
    d.add(P('Technical support team lead at a payments SaaS company. Seven years in customer-facing technical roles. I want to move into technical program management: '
            'most of my best work in the last two years has been getting engineering, product and support to agree on what gets fixed first.'))
    d.add(capsH('Experience', bb=4))
    d.add(P(B('Technical Support Team Lead'), '\nPesaLink Cloud Ltd — Nairobi\nMarch 2023 – Present', after=40))
    d.add(typed([
        'Lead a team of 9 L2 support engineers covering merchants in Kenya, Uganda and Nigeria (approx. 1,800 tickets/month).',
        'Own the escalation path to engineering; run a weekly session with 3 product teams where we go through the top escalations and agree owners and dates.',
        'Got the three teams to use one escalation template and one priority scale instead of three; average time to engineering acknowledgement went from 2 days to 5 hours.',
        'Kept SLA attainment above 95% (first response) for 6 consecutive quarters.',
        'Wrote 120+ knowledge base articles; ticket deflection up 18%.',
        'During the 2024 M-Pesa API change, organised the support side of the cut-over: merchant communication schedule, war-room rota, and a daily note to the CTO.',
    ], '•', ind=360))
    d.add(P(B('Senior Support Engineer'), '\nPesaLink Cloud Ltd — Nairobi\nJanuary 2021 – February 2023', after=40, before=120))
    d.add(typed([
        'Troubleshot API integrations (REST, webhooks) for merchants; reproduced issues with Postman and logs in Kibana.',
        'Handled escalations from key accounts.',
    ], '•', ind=360))
    d.add(P(B('IT Support Officer'), '\nSavanna Microfinance — Nairobi\n2019 – 2020', after=40, before=120))
    d.add(typed(['Supported staff across 14 branches: hardware, core banking access, network issues.'], '•', ind=360))
    d.add(capsH('Education', bb=4))
    d.add(P('BSc Information Technology — Jomo Kenyatta University of Agriculture and Technology (JKUAT), 2019', after=0),
          P('ITIL 4 Foundation (2021); Google Project Management Certificate (Coursera, 2024)'))
    d.add(capsH('Skills', bb=4))
    d.add(P('Zendesk, Jira Service Management, SQL (read queries), Postman, Kibana, Confluence, SLA reporting, incident communication, coaching'))
    d.add(capsH('Languages', bb=4))
    d.add(P('English (fluent), Kiswahili (native), Kikuyu'))
    d.footer = [page_field('', ' ', align='right')]
    return d

def d16():
    d = Doc(font='Calibri', size=10, margins=900, page='a4')
    cw = d.content_width()
    d.add(T([[[P(r('Lucas Ferreira Almeida', b=True, sz=18, color='FFFFFF'), after=0), P(r('SAP S/4HANA FI/CO Senior Consultant', color='FFFFFF'), after=0)],
              [P(r('São Paulo – SP, Brazil', color='FFFFFF'), align='right', after=0), P(r('+55 11 95555-0132', color='FFFFFF'), align='right', after=0),
               P(r('lucas.almeida@example.com', color='FFFFFF'), align='right', after=0)]]], widths=[cw*6//10, cw - cw*6//10], shade='1F4E79'))
    d.add(P(after=60))
    d.add(shadeH('Professional Summary', fill='DEEAF6', width=cw))
    d.add(P('SAP FI/CO consultant with 12 years and 7 full-cycle implementations, including 3 S/4HANA greenfield go-lives for manufacturing and agribusiness clients in Brazil and Latin America. '
            'Experience leading the finance workstream, cutover planning and hypercare, and Brazilian localisation (NF-e, SPED, tax).'))
    d.add(shadeH('Professional Experience', fill='DEEAF6', width=cw))
    d.add(P(B('Quadrante Consultoria SAP'), ' — São Paulo', '\t2019 – present', tabs=RT(cw), after=0), P(I('Senior FI/CO Consultant / Finance Workstream Lead'), after=40))
    d.add(bullets(d, [
        'Finance workstream lead for S/4HANA 2021 greenfield at an agribusiness cooperative (R$ 6 bn revenue): 6 consultants, 14 key users; go-live Jan 2023 on planned date.',
        'Built the finance cutover plan (210 tasks) and ran mock loads 1–3; reconciled opening balances with the client controller.',
        'Go-live and 8-week hypercare at an auto-parts manufacturer (3 plants, Brazil and Mexico); stabilised month-end close from D+9 to D+5.',
        'Fit-to-standard workshops, functional specifications for 25 RICEFW objects, integration testing with MM/SD teams.',
        'Weekly status report to client project manager; participated in steering committees.',
    ]))
    d.add(P(B('Nexo Business Solutions'), ' — Campinas', '\t2016 – 2019', tabs=RT(cw), after=0, before=80), P(I('SAP FI Consultant'), after=40))
    d.add(bullets(d, ['ECC 6.0 implementations and rollouts (2 go-lives); asset accounting, bank integration (CNAB), tax configuration.', 'AMS support for 4 clients.']))
    d.add(P(B('Grupo Laranjal Alimentos'), ' — Ribeirão Preto', '\t2014 – 2016', tabs=RT(cw), after=0, before=80), P(I('Key User / Accounting Analyst'), after=40))
    d.add(bullets(d, ['Accounting analyst; key user for FI during the company\u2019s SAP implementation.']))
    d.add(shadeH('Education', fill='DEEAF6', width=cw))
    d.add(P('Bachelor in Accounting Sciences — Universidade de São Paulo (FEA-USP), 2014', after=0), P('MBA in Project Management — FGV, 2020', after=0),
          P('SAP Certified Application Associate – S/4HANA for Financial Accounting (2020)'))
    d.add(shadeH('Languages', fill='DEEAF6', width=cw))
    d.add(P('Portuguese – native  |  English – advanced  |  Spanish – intermediate'))
    d.add(shadeH('Additional Information', fill='DEEAF6', width=cw))
    d.add(P('Brazilian, 34 years old, married. Available for travel.'))
    return d

def d17():
    d = Doc(font='Calibri Light', size=10.5, margins=1000)
    cw = d.content_width()
    d.add(P(r('NATHANIEL (NATE) BERGSTROM', sz=20), align='center', after=0),
          P('Minneapolis, MN  ·  612-555-0157  ·  nate.bergstrom@example.com', align='center', after=120))
    def sec(t): return P(B(t.upper()), border_top=4, border_bottom=4, align='center', before=160, after=80)
    d.add(sec('Summary'))
    d.add(P('Pre-sales solutions architect with 13 years in enterprise software: 7 years in sales engineering for a data integration platform, preceded by consulting and development. '
            'I design solutions with customers, run proofs of concept and hand deals over cleanly to delivery. Comfortable in front of CIOs and in a terminal.'))
    d.add(sec('Experience'))
    d.add(P(B('Tributary Data Software'), ' (integration platform, Series D)', after=0), P(I('Principal Solutions Architect, Enterprise Sales'), '\t2021 – present', tabs=RT(cw), after=40))
    d.add(bullets(d, [
        'Technical lead on 30+ enterprise opportunities per year in retail and healthcare; $14M in closed ARR influenced in FY24.',
        'Designed reference architectures for hybrid integration (on-prem ERP to cloud data platforms).',
        'Ran 12 proofs of concept (4–6 weeks each) with customer engineering teams; agreed success criteria up front and closed 9 of them.',
        'Wrote the POC playbook now used by the 20-person SA team.',
        'Relay for product feedback: summarised top customer gaps for the product team each quarter.',
    ]))
    d.add(P(B('Tributary Data Software'), after=0, before=80), P(I('Senior Sales Engineer'), '\t2019 – 2021', tabs=RT(cw), after=40))
    d.add(bullets(d, ['Demos, RFP responses, security questionnaires; supported 6 account executives.']))
    d.add(P(B('Northstar Consulting Partners'), after=0, before=80), P(I('Integration Consultant → Senior Consultant'), '\t2015 – 2019', tabs=RT(cw), after=40))
    d.add(bullets(d, ['Delivered integration projects (MuleSoft, Informatica) for 8 clients; technical lead on 3 of them.',
                      'Estimated and scoped statements of work with the engagement manager.']))
    d.add(P(B('Lakes Medical Devices'), after=0, before=80), P(I('Software Developer'), '\t2013 – 2015', tabs=RT(cw), after=40))
    d.add(bullets(d, ['Java integration services for manufacturing systems.']))
    d.add(sec('Selected Achievements'))
    d.add(bullets(d, [
        'Won the company\u2019s largest-ever deal ($3.1M TCV) by redesigning the proposed architecture mid-cycle around the customer\u2019s SAP constraints.',
        'Cut average POC length from 8 to 5 weeks with a standard environment template.',
        'Presenter at two annual user conferences.',
    ], kind='decimal'))
    d.add(sec('Skills & Certifications'))
    d.add(P('Integration patterns, APIs, Kafka, Snowflake, AWS, Azure, SAP integration, solution design, discovery, POCs, RFPs\n'
            'AWS Solutions Architect – Professional; TOGAF 9 Foundation; MuleSoft Certified Developer (2017)'))
    d.add(sec('Education'))
    d.add(P('B.S. Computer Science, University of Minnesota, 2013'))
    return d

def d18():
    d = Doc(font='Calibri', size=10.5, margins=1000)
    cw = d.content_width()
    d.header = [P(r('Hannah Lindqvist', b=True), '\tRemote (Portland, ME)  ·  207-555-0163  ·  hannah.lindqvist@example.com', tabs=RT(cw), style='Header', after=0)]
    d.footer = [page_field('Resume of Hannah Lindqvist – page ', align='center', sz=8)]
    d.add(P('Senior Technical Writer', style='Title', after=80))
    d.add(H1('Profile'))
    d.add(P('Technical writer with 10 years documenting developer platforms: REST and GraphQL APIs, SDKs and CLIs. I work docs-as-code (Markdown, Git, CI) and sit in engineering teams, not beside them. '
            'Over the last few launches I have ended up running much of the launch logistics, and I want to make that my job: I am looking for a technical program manager role.'))
    d.add(H1('Experience'))
    d.add(job('Senior Technical Writer — Tessellate APIs (developer platform)', '2021 – present', cw))
    d.add(bullets(d, [
        'Own the API reference and guides for 4 product areas (payments, identity, webhooks, SDKs); ~600 pages.',
        'Moved the docs to a docs-as-code pipeline (Markdown + Docusaurus + GitHub Actions); OpenAPI-generated reference with linting in CI.',
        'For the v3 API launch, kept the list of everything that had to be true on launch day (docs, SDK releases, changelog, support macros, status page) across 5 teams, chased the owners every week and called out the two items that would not make it, a month early.',
        'That checklist is now the standard launch template used by product managers.',
        'Ran the docs feedback loop with support: monthly review of top confused-customer tickets, fixed 80+ pages.',
    ]))
    d.add(job('Technical Writer — Harbor Health Systems', '2018 – 2021', cw))
    d.add(bullets(d, ['Installation and admin guides for on-prem clinical software; release notes for monthly releases.',
                      'Worked with QA to verify procedures against builds.']))
    d.add(job('Documentation Specialist (contract) — various', '2016 – 2018', cw))
    d.add(bullets(d, ['User manuals and online help (MadCap Flare) for 3 SMB software vendors.']))
    d.add(H1('Skills'))
    d.add(P('Markdown, reStructuredText, Docusaurus, Sphinx, OpenAPI/Swagger, Git, GitHub Actions, Python (scripts), Postman, Jira, Confluence, MadCap Flare, style guides, information architecture'))
    d.add(H1('Education'))
    d.add(P('B.A. English, minor in Computer Science — University of Southern Maine, 2016', after=0), P('Certificate in Technical Communication — Society for Technical Communication (CPTC Foundation), 2019'))
    return d

BUILDERS = {'d13': d13, 'd14': d14, 'd15': d15, 'd16': d16, 'd17': d17, 'd18': d18}
