// Invented resumes, written for this evaluation: every name, employer and line is made up, so the
// truth of each printed document is known exactly. Varied on purpose: roles, dates with and
// without months, open-ended positions, several degrees, certifications with and without years.
import type { YearMonth } from '../../src/core/resume/dates.ts';

/** A position as printed; one without dates (or without an organisation) prints none. */
export interface TruthPosition {
  title: string;
  organisation?: string;
  location?: string;
  start?: YearMonth;
  end?: YearMonth | 'present';
  bullets: string[];
}

export interface TruthEducation {
  degree: string;
  institution: string;
  start?: YearMonth;
  end: YearMonth;
}

export interface TruthCertification {
  name: string;
  issuer?: string;
  year?: number;
}

export interface SyntheticResume {
  id: string;
  name: string;
  headline: string;
  email: string;
  phone: string;
  city: string;
  summary: string;
  positions: TruthPosition[];
  education: TruthEducation[];
  certifications: TruthCertification[];
  skills: string[];
}

const ym = (year: number, month?: number): YearMonth => (month ? { year, month } : { year });

export const RESUMES: SyntheticResume[] = [
  {
    id: 'tpm-platform',
    name: 'Marisol Quenneville',
    headline: 'Technical Program Manager',
    email: 'marisol.q@example.com',
    phone: '+1 555 010 4471',
    city: 'Denver, CO',
    summary:
      'Program manager who turns sprawling infrastructure migrations into predictable quarterly deliveries, with a background in backend engineering and release management.',
    positions: [
      {
        title: 'Senior Technical Program Manager',
        organisation: 'Halcyon Freight Systems',
        location: 'Denver, CO',
        start: ym(2021, 4),
        end: 'present',
        bullets: [
          'Coordinated the migration of forty internal services from a private datacenter to a managed Kubernetes platform, finishing two weeks ahead of the committed date.',
          'Established a dependency tracking board shared by six engineering teams, cutting cross-team blockers reported in retrospectives by roughly half.',
          'Prepared the quarterly capacity plan and negotiated staffing trade-offs with engineering directors and finance partners.',
          'Introduced a lightweight risk register reviewed every sprint, which surfaced vendor contract risks months before renewal.',
        ],
      },
      {
        title: 'Release Manager',
        organisation: 'Bramblecote Software',
        location: 'Boulder, CO',
        start: ym(2017, 9),
        end: ym(2021, 3),
        bullets: [
          'Owned the fortnightly release train for a payments product serving three hundred merchant customers.',
          'Automated release notes generation from ticket metadata, saving each release roughly a day of manual editing.',
          'Chaired incident postmortems and followed remediation actions through to verified completion.',
        ],
      },
      {
        title: 'Backend Developer',
        organisation: 'Tillandsia Labs',
        location: 'Fort Collins, CO',
        start: ym(2014, 6),
        end: ym(2017, 8),
        bullets: [
          'Built order reconciliation services in Java and PostgreSQL handling nightly settlement files.',
          'Mentored two junior developers through their first production deployments.',
        ],
      },
    ],
    education: [
      {
        degree: 'Bachelor of Science in Computer Engineering',
        institution: 'Colorado Mesa University',
        start: ym(2010),
        end: ym(2014),
      },
    ],
    certifications: [
      { name: 'Project Management Professional (PMP)', issuer: 'PMI', year: 2020 },
      { name: 'Certified ScrumMaster', issuer: 'Scrum Alliance', year: 2018 },
    ],
    skills: [
      'Program planning',
      'Risk management',
      'Kubernetes',
      'Jira',
      'Confluence',
      'Stakeholder communication',
      'Java',
      'SQL',
    ],
  },
  {
    id: 'qa-automation',
    name: 'Oyelaran Festus Adebimpe',
    headline: 'QA Automation Engineer',
    email: 'festus.adebimpe@example.com',
    phone: '+44 7700 900 318',
    city: 'Leeds, UK',
    summary:
      'Test engineer focused on dependable automated regression suites for web and mobile applications, comfortable owning quality strategy for a whole product line.',
    positions: [
      {
        title: 'Lead QA Engineer',
        organisation: 'Wrenfield Insurance Group',
        location: 'Leeds, UK',
        start: ym(2022, 1),
        end: 'present',
        bullets: [
          'Designed an end-to-end regression suite in Playwright covering quoting, underwriting and claims journeys across four browsers.',
          'Reduced flaky test failures from eleven percent to under one percent by isolating test data and retrying only network-bound steps.',
          'Defined the quality gates used by every squad before a change reaches the staging environment.',
        ],
      },
      {
        title: 'QA Engineer',
        organisation: 'Pellucid Health',
        location: 'Manchester, UK',
        start: ym(2018, 7),
        end: ym(2021, 12),
        bullets: [
          'Wrote API contract tests in Python with pytest for the appointment booking platform.',
          'Performed exploratory testing sessions on mobile releases and documented reproducible defect reports.',
          'Introduced accessibility checks into the continuous integration pipeline.',
        ],
      },
      {
        title: 'Software Test Analyst',
        organisation: 'Corrib Retail Solutions',
        location: 'Galway, Ireland',
        start: ym(2016, 2),
        end: ym(2018, 6),
        bullets: [
          'Executed manual test plans for point-of-sale firmware updates deployed to two thousand stores.',
          'Maintained the defect triage spreadsheet and reported weekly quality trends to the delivery manager.',
        ],
      },
    ],
    education: [
      {
        degree: 'BSc Software Development',
        institution: 'Atlantic Technological University',
        start: ym(2012),
        end: ym(2016),
      },
    ],
    certifications: [
      { name: 'ISTQB Certified Tester Foundation Level', issuer: 'ISTQB', year: 2016 },
      { name: 'ISTQB Advanced Test Automation Engineer', issuer: 'ISTQB', year: 2021 },
    ],
    skills: [
      'Playwright',
      'Selenium',
      'Python',
      'pytest',
      'Postman',
      'GitHub Actions',
      'Accessibility testing',
      'Test strategy',
    ],
  },
  {
    id: 'business-analyst',
    name: 'Katarzyna Wielgosz',
    headline: 'Business Analyst',
    email: 'k.wielgosz@example.com',
    phone: '+48 600 123 987',
    city: 'Wrocław, Poland',
    summary:
      'Business analyst bridging finance operations and software teams, writing requirements that developers can build and auditors can trace.',
    positions: [
      {
        title: 'Senior Business Analyst',
        organisation: 'Ostrowik Banking Services',
        location: 'Wrocław',
        start: ym(2020, 10),
        end: 'present',
        bullets: [
          'Elicited and documented requirements for a new loan origination workflow with underwriters, compliance officers and developers.',
          'Modelled current and target processes in BPMN and identified seven manual hand-offs that could be automated.',
          'Facilitated backlog refinement sessions and maintained acceptance criteria for three delivery teams.',
        ],
      },
      {
        title: 'Business Analyst',
        organisation: 'Lindqvist Logistics',
        location: 'Poznań',
        start: ym(2017, 3),
        end: ym(2020, 9),
        bullets: [
          'Analysed warehouse throughput data in SQL and Power BI to prioritise automation investments.',
          'Wrote functional specifications for a carrier integration that replaced emailed spreadsheets.',
          'Ran user acceptance testing with depot supervisors in four countries.',
        ],
      },
      {
        title: 'Junior Financial Analyst',
        organisation: 'Marzanna Capital',
        location: 'Kraków',
        start: ym(2015, 7),
        end: ym(2017, 2),
        bullets: [
          'Prepared monthly variance reports and reconciled intercompany balances for the controlling team.',
        ],
      },
    ],
    education: [
      {
        degree: 'Master of Science in Finance',
        institution: 'Wrocław University of Economics',
        start: ym(2013),
        end: ym(2015),
      },
      {
        degree: 'Bachelor of Arts in Economics',
        institution: 'University of Opole',
        start: ym(2010),
        end: ym(2013),
      },
    ],
    certifications: [{ name: 'Certified Business Analysis Professional (CBAP)', issuer: 'IIBA', year: 2022 }],
    skills: [
      'Requirements elicitation',
      'BPMN',
      'SQL',
      'Power BI',
      'User acceptance testing',
      'Jira',
      'Process mapping',
    ],
  },
  {
    id: 'fullstack-dev',
    name: 'Tobias Ekwueme-Larsen',
    headline: 'Full-Stack Developer',
    email: 'tobias.el@example.com',
    phone: '+45 20 11 47 93',
    city: 'Aarhus, Denmark',
    summary:
      'Developer who enjoys shipping product features end to end, from database migrations to accessible user interfaces.',
    positions: [
      {
        title: 'Software Engineer',
        organisation: 'Nordvind Mobility',
        location: 'Aarhus',
        start: ym(2023, 2),
        end: 'present',
        bullets: [
          'Implemented the trip booking flow in TypeScript and React used by forty thousand weekly riders.',
          'Replaced a polling notification service with server-sent events, lowering infrastructure costs noticeably.',
          'Paired with designers to bring the booking screens up to WCAG 2.2 AA.',
        ],
      },
      {
        title: 'Full-Stack Developer',
        organisation: 'Grønkilde Energy',
        location: 'Copenhagen',
        start: ym(2020, 8),
        end: ym(2023, 1),
        bullets: [
          'Built dashboards for household energy consumption with Node.js, PostgreSQL and Vue.',
          'Wrote the data retention jobs that deleted personal data on schedule under GDPR.',
          'Kept the test suite under five minutes by parallelising integration tests.',
        ],
      },
      {
        title: 'Junior Web Developer',
        organisation: 'Saltholm Digital',
        location: 'Copenhagen',
        start: ym(2019, 1),
        end: ym(2020, 7),
        bullets: [
          'Maintained marketing websites for regional clients and migrated them to a headless content platform.',
        ],
      },
    ],
    education: [
      {
        degree: 'BSc Software Engineering',
        institution: 'Aarhus School of Technology',
        start: ym(2015, 9),
        end: ym(2018, 6),
      },
    ],
    certifications: [
      { name: 'AWS Certified Developer – Associate', issuer: 'Amazon Web Services', year: 2022 },
    ],
    skills: ['TypeScript', 'React', 'Node.js', 'PostgreSQL', 'Vue', 'Docker', 'Accessibility', 'Git'],
  },
  {
    id: 'data-engineer',
    name: 'Priyamvada Sundaresan',
    headline: 'Data Engineer',
    email: 'priya.sundaresan@example.com',
    phone: '+91 98450 22871',
    city: 'Bengaluru, India',
    summary:
      'Data engineer building reliable batch and streaming pipelines, with a habit of writing the runbook before the first incident.',
    positions: [
      {
        title: 'Data Engineer II',
        organisation: 'Kaveri Commerce',
        location: 'Bengaluru',
        start: ym(2021, 6),
        end: 'present',
        bullets: [
          'Designed an event ingestion pipeline on Kafka and Spark processing two billion click events per day.',
          'Moved nightly warehouse loads to incremental models in dbt, shortening the load window from six hours to fifty minutes.',
          'Wrote data quality checks that page the on-call engineer before stale numbers reach finance dashboards.',
          'Interviewed candidates and onboarded three new engineers to the team.',
        ],
      },
      {
        title: 'ETL Developer',
        organisation: 'Sahyadri Analytics',
        location: 'Pune',
        start: ym(2018, 1),
        end: ym(2021, 5),
        bullets: [
          'Developed Informatica and Python jobs feeding the regulatory reporting warehouse of a retail bank.',
          'Documented lineage for every regulatory figure, which shortened audit requests from weeks to days.',
        ],
      },
    ],
    education: [
      {
        degree: 'Master of Technology in Data Science',
        institution: 'Vellore Institute of Technology',
        start: ym(2016),
        end: ym(2018),
      },
      {
        degree: 'Bachelor of Engineering in Electronics',
        institution: 'PES University',
        start: ym(2012),
        end: ym(2016),
      },
    ],
    certifications: [
      { name: 'Google Cloud Professional Data Engineer', issuer: 'Google Cloud', year: 2023 },
      { name: 'Databricks Certified Data Engineer Associate', issuer: 'Databricks' },
    ],
    skills: ['Apache Spark', 'Kafka', 'dbt', 'Airflow', 'Python', 'SQL', 'BigQuery', 'Data modelling'],
  },
  {
    id: 'devops-sre',
    name: 'Ruairí Ó Scanláin',
    headline: 'Site Reliability Engineer',
    email: 'ruairi.oscanlain@example.com',
    phone: '+353 87 555 0192',
    city: 'Cork, Ireland',
    summary:
      'Reliability engineer who treats on-call load as a product metric and automates the toil that wakes people up at night.',
    positions: [
      {
        title: 'Staff Site Reliability Engineer',
        organisation: 'Ardmore Payments',
        location: 'Cork',
        start: ym(2022, 5),
        end: 'present',
        bullets: [
          'Led the service level objective programme for twenty customer-facing services and reported error budgets to leadership.',
          'Rebuilt the Terraform modules for the primary AWS accounts, removing configuration drift between regions.',
          'Ran game days that exercised regional failover and fixed eleven weaknesses they exposed.',
        ],
      },
      {
        title: 'DevOps Engineer',
        organisation: 'Tobercurry Games',
        location: 'Dublin',
        start: ym(2019, 3),
        end: ym(2022, 4),
        bullets: [
          'Containerised the matchmaking backend and moved deployments to Argo CD.',
          'Built Grafana dashboards and alert rules that halved the time to detect latency regressions.',
        ],
      },
      {
        title: 'Systems Administrator',
        organisation: 'Ballyvourney County Council',
        location: 'Macroom',
        start: ym(2015, 9),
        end: ym(2019, 2),
        bullets: [
          'Administered Linux and Windows servers supporting public library and planning services.',
          'Scripted backup verification in Bash and PowerShell.',
        ],
      },
      {
        title: 'IT Support Technician',
        organisation: 'Innishannon Computers',
        location: 'Bandon',
        start: ym(2013, 6),
        end: ym(2015, 8),
        bullets: ['Resolved hardware and network issues for small business clients across the county.'],
      },
    ],
    education: [
      {
        degree: 'BSc Computer Systems',
        institution: 'Munster Technological University',
        start: ym(2009),
        end: ym(2013),
      },
    ],
    certifications: [
      { name: 'Certified Kubernetes Administrator (CKA)', issuer: 'CNCF', year: 2021 },
      { name: 'HashiCorp Certified: Terraform Associate', issuer: 'HashiCorp', year: 2022 },
    ],
    skills: [
      'Terraform',
      'AWS',
      'Kubernetes',
      'Prometheus',
      'Grafana',
      'Argo CD',
      'Bash',
      'Incident response',
    ],
  },
  {
    id: 'product-owner',
    name: 'Ngozi Abernathy-Okafor',
    headline: 'Product Owner',
    email: 'ngozi.ao@example.com',
    phone: '+1 555 014 2290',
    city: 'Atlanta, GA',
    summary:
      'Product owner for internal platforms who measures success by adoption, and keeps roadmaps honest with usage data.',
    positions: [
      {
        title: 'Product Owner',
        organisation: 'Peachtree Clinical Networks',
        location: 'Atlanta, GA',
        start: ym(2020, 2),
        end: 'present',
        bullets: [
          'Prioritised the backlog for a scheduling platform used by nine hospitals, balancing clinician requests with regulatory deadlines.',
          'Launched a self-service reporting module that replaced two hundred monthly ad hoc data requests.',
          'Presented the product roadmap to the steering committee each quarter.',
        ],
      },
      {
        title: 'Scrum Master',
        organisation: 'Chattahoochee Software Guild',
        location: 'Atlanta, GA',
        start: ym(2017, 5),
        end: ym(2020, 1),
        bullets: [
          'Coached two delivery teams through their transition from waterfall phases to two-week sprints.',
          'Tracked velocity and cycle time to make forecasting conversations with sponsors evidence based.',
        ],
      },
      {
        title: 'Implementation Consultant',
        organisation: 'Oconee Health Software',
        location: 'Athens, GA',
        start: ym(2014, 8),
        end: ym(2017, 4),
        bullets: [
          'Configured electronic health record modules for outpatient clinics and trained their staff.',
          'Collected enhancement requests from clinics and wrote them up for the product team.',
        ],
      },
    ],
    education: [
      {
        degree: 'Master of Health Administration',
        institution: 'Georgia Southern University',
        start: ym(2012),
        end: ym(2014),
      },
    ],
    certifications: [
      { name: 'Professional Scrum Product Owner I', issuer: 'Scrum.org', year: 2020 },
      { name: 'SAFe Product Owner/Product Manager', issuer: 'Scaled Agile', year: 2023 },
    ],
    skills: [
      'Backlog management',
      'Roadmapping',
      'Scrum',
      'Jira',
      'Stakeholder management',
      'Healthcare IT',
      'Tableau',
    ],
  },
  {
    id: 'mobile-dev',
    name: 'Haruto Villanueva',
    headline: 'Mobile Developer',
    email: 'haruto.v@example.com',
    phone: '+63 917 555 0148',
    city: 'Cebu City, Philippines',
    summary:
      'Mobile developer shipping offline-first Android and iOS apps for field workers with patchy connectivity.',
    positions: [
      {
        title: 'Senior Mobile Developer',
        organisation: 'Banilad Field Apps',
        location: 'Cebu City',
        start: ym(2021, 11),
        end: 'present',
        bullets: [
          'Architected an offline synchronisation layer in Kotlin Multiplatform shared by the Android and iOS apps.',
          'Cut crash rates below a tenth of a percent by adding structured crash reporting and fixing the top offenders.',
          'Reviewed pull requests and ran a weekly mobile guild for six developers.',
        ],
      },
      {
        title: 'Android Developer',
        organisation: 'Mactan Logistics Technology',
        location: 'Lapu-Lapu',
        start: ym(2018, 4),
        end: ym(2021, 10),
        bullets: [
          'Built the driver proof-of-delivery app with barcode scanning and signature capture.',
          'Reduced battery drain of background location tracking by batching updates.',
        ],
      },
    ],
    education: [
      {
        degree: 'BS Information Technology',
        institution: 'University of San Carlos',
        start: ym(2014),
        end: ym(2018),
      },
    ],
    certifications: [{ name: 'Associate Android Developer', issuer: 'Google', year: 2019 }],
    skills: ['Kotlin', 'Swift', 'Kotlin Multiplatform', 'Jetpack Compose', 'SQLite', 'Firebase', 'CI/CD'],
  },
  {
    id: 'operations-lead',
    name: 'Ilse Varga-Holm',
    headline: 'IT Operations Lead',
    email: 'ilse.varga@example.com',
    phone: '+31 6 5550 1872',
    city: 'Rotterdam, Netherlands',
    summary:
      'Operations lead moving into delivery management, known for follow-up discipline, end-to-end ownership of service changes and hands-on troubleshooting of third-party integrations.',
    positions: [
      {
        title: 'IT Operations Lead',
        organisation: 'Maasvlakte Port Services',
        location: 'Rotterdam',
        start: ym(2019, 3),
        end: 'present',
        bullets: [
          'Coordinated infrastructure maintenance windows across terminal operations, customs integration and cross-functional application teams.',
          'Introduced a change advisory board with documented rollback procedures, halving unplanned outages within a year.',
          'Managed the relationship with three third-party hosting providers and their contractual service levels.',
        ],
      },
      {
        title: 'Volunteer Coordinator',
        organisation: 'Rotterdam Code Club',
        bullets: [
          'Organised weekly programming workshops for secondary school students and recruited twelve volunteer mentors.',
          'Maintained the well-documented onboarding handbook used by every new volunteer.',
        ],
      },
      {
        title: 'Service Desk Analyst',
        organisation: 'Zeeland Energie',
        location: 'Middelburg',
        start: ym(2015, 9),
        end: ym(2019, 2),
        bullets: [
          'Resolved escalated incidents for the billing and metering systems and wrote the follow-up problem reports.',
          'Built a self-service knowledge base that deflected a fifth of incoming password and access requests.',
        ],
      },
      {
        title: 'Freelance IT Consultant',
        bullets: [
          'Configured networks, backups and accounting software for independent shops and practices.',
          'Documented every installation so that owners could troubleshoot common problems themselves.',
        ],
      },
    ],
    education: [
      {
        degree: 'Bachelor of Information Technology',
        institution: 'Hogeschool Rotterdam University of Applied Sciences',
        start: ym(2011),
        end: ym(2015),
      },
    ],
    certifications: [
      { name: 'ITIL 4 Foundation', issuer: 'AXELOS', year: 2019 },
      { name: 'Professional Scrum Master I', issuer: 'Scrum.org', year: 2023 },
    ],
    skills: [
      'ITIL',
      'Incident management',
      'Change management',
      'ServiceNow',
      'Vendor management',
      'Windows Server',
      'PowerShell',
    ],
  },
  {
    id: 'implementation-pm',
    name: 'Teodoro Abernathy-Lim',
    headline: 'Implementation Project Manager',
    email: 'teo.abernathy@example.com',
    phone: '+1 555 013 2290',
    city: 'Portland, OR',
    summary:
      'Implementation lead promoted from customer onboarding into project management, used to keeping hospital go-lives on schedule while translating clinical workflows into configuration work.',
    positions: [
      {
        title: 'Implementation Project Manager',
        organisation: 'Willamette Clinical Software',
        location: 'Portland, OR',
        start: ym(2022, 6),
        end: 'present',
        bullets: [
          'Plans and runs go-live projects for regional hospitals, each with eight to fifteen internal and client staff.',
          'Keeps the shared risk and issue log and walks client sponsors through it every fortnight.',
          'Negotiated a phased rollout when a client data migration slipped, protecting the contractual launch date.',
        ],
      },
      {
        title: 'Implementation Specialist',
        organisation: 'Willamette Clinical Software',
        location: 'Portland, OR',
        start: ym(2019, 1),
        end: ym(2022, 5),
        bullets: [
          "Configured scheduling and billing modules to match each clinic's intake workflow.",
          'Wrote the interface mapping sheets the integration engineers built HL7 feeds from.',
        ],
      },
      {
        title: 'Technical Support Engineer',
        organisation: 'Cascadia Lab Systems',
        location: 'Beaverton, OR',
        start: ym(2016, 8),
        end: ym(2018, 12),
        bullets: [
          'Answered tier-two tickets for laboratory instrument software and reproduced defects for the developers.',
          'Trained new support hires on the diagnostic checklist and the escalation path.',
        ],
      },
    ],
    education: [
      {
        degree: 'BS Health Informatics',
        institution: 'Oregon Institute of Technology',
        start: ym(2012),
        end: ym(2016),
      },
    ],
    certifications: [
      { name: 'Certified Associate in Project Management (CAPM)', issuer: 'PMI', year: 2021 },
      { name: 'Epic Cadence Certification' },
    ],
    skills: ['Project planning', 'HL7', 'SQL', 'Jira', 'Smartsheet', 'Workflow analysis', 'Client training'],
  },
];
