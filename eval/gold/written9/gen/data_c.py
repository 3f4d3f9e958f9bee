RESUMES = [
{"id":"g13","type":"li","name":"Oliver Grant",
 "headline":"Site Reliability Engineer | Kubernetes | Terraform | Observability",
 "location":"Manchester, England, United Kingdom",
 "contact":["oliver.grant@example.com","www.linkedin.com/in/olivergrant-sre (LinkedIn)"],
 "skills":["Kubernetes","Terraform","Prometheus"],
 "languages":["English"],
 "certs":["Certified Kubernetes Administrator (CKA)","HashiCorp Certified: Terraform Associate","Google Cloud Professional Cloud DevOps Engineer"],
 "summary":["SRE. Kubernetes, Terraform, GCP, AWS, Prometheus, Grafana, ArgoCD, Python, Go, Bash, PostgreSQL, on-call."],
 "exp":[("Pennine Retail Group",[
   ("Senior Site Reliability Engineer","September 2022 - Present (4 years 4 months)","Manchester, England, United Kingdom",
    "GKE platform for 60 services. Incident commander on rotation. Defined SLOs for checkout."),
   ("DevOps Engineer","March 2020 - September 2022 (2 years 7 months)","Manchester, England, United Kingdom","")]),
  ("Salford Data Centre Services",[
   ("Linux Systems Administrator","June 2016 - February 2020 (3 years 9 months)","Salford, England","")])],
 "edu":[("University of Manchester","BSc (Hons), Computer Science · (2013 - 2016)")]},

{"id":"g14","type":"li","name":"Hannah Cho",
 "headline":"Senior Product Manager at Tidewell | B2B SaaS | Scheduling & Workforce",
 "location":"Vancouver, British Columbia, Canada",
 "contact":["hannah.cho@example.com","www.linkedin.com/in/hannahcho-product (LinkedIn)"],
 "skills":["Product Management","Product Discovery","Roadmapping"],
 "languages":["English (Native or Bilingual)","Korean (Professional Working)"],
 "certs":["Pragmatic Institute PMC-III"],
 "summary":["Product manager for workforce software: shift scheduling, time tracking and payroll exports for hospitals and care homes. Before product I was a nurse scheduler, so I know the user's Monday morning."],
 "exp":[("Tidewell Software",[
   ("Senior Product Manager","January 2023 - Present (4 years)","Vancouver, British Columbia, Canada",
    "Own the scheduling product line (3 engineering teams). Launched auto-scheduling, which now builds 70% of rosters for 220 customer sites; net revenue retention in the segment rose from 104% to 117%. Run discovery with 10 customer interviews a month and set the quarterly roadmap with engineering and design leads."),
   ("Product Manager","March 2020 - January 2023 (2 years 11 months)","Vancouver, British Columbia, Canada",
    "Time and attendance module. Shipped mobile clock-in with geofencing.")]),
  ("Fraser Valley Health",[
   ("Nurse Staffing Coordinator","May 2015 - February 2020 (4 years 10 months)","Abbotsford, British Columbia","Built the weekly roster for 4 wards (180 nurses).")])],
 "edu":[("University of British Columbia","Bachelor of Science in Nursing - BSN · (2010 - 2014)")]},

{"id":"g15","type":"li","name":"Marcus Bell",
 "headline":"Engineering Manager at Rockline Analytics | Building teams that ship",
 "location":"Denver, Colorado, United States",
 "contact":["marcus.bell@example.com","www.linkedin.com/in/marcusbell-eng (LinkedIn)"],
 "skills":["Engineering Management","Hiring","Python"],
 "languages":["English"],
 "certs":[],
 "summary":["Engineering manager for 3 teams (22 engineers) building data ingestion and reporting for energy utilities. I spend my time on hiring, delivery planning and making sure the on-call load is fair."],
 "exp":[("Rockline Analytics",[
   ("Engineering Manager","August 2021 - Present (5 years 5 months)","Denver, Colorado, United States",
    "• Grew the ingestion org from 8 to 22 engineers; hired 15, two promoted to senior.\n• Own quarterly delivery planning for 3 teams; delivered the smart-meter ingestion platform (14 utilities onboarded, 2.1B readings/day) within the planned two quarters.\n• Run monthly roadmap reviews with product and the VP of Engineering; manage a $3.2M annual headcount budget.\n• Cut pager alerts per on-call week from 41 to 9."),
   ("Senior Software Engineer","May 2018 - August 2021 (3 years 4 months)","Denver, Colorado, United States","")]),
  ("Front Range Energy Cooperative",[
   ("Software Developer","June 2013 - May 2018 (5 years)","Boulder, Colorado","Modbus and DNP3 communication protocols for substation telemetry; Python data loaders.")])],
 "edu":[("Colorado School of Mines","Bachelor of Science - BS, Computer Science · (2009 - 2013)")]},

{"id":"g16","type":"li","name":"Siobhán Kelly",
 "headline":"Secondary School Physics Teacher | Aspiring Technical Project Manager | Google PM Certificate",
 "location":"Dublin, County Dublin, Ireland",
 "contact":["siobhan.kelly@example.com","www.linkedin.com/in/siobhan-kelly-teach (LinkedIn)"],
 "skills":["Curriculum Development","Project Planning","Microsoft Excel"],
 "languages":["English (Native or Bilingual)","Irish (Professional Working)"],
 "certs":["Google Project Management: Professional Certificate","Teaching Council of Ireland Registration"],
 "summary":["Physics and maths teacher with 9 years in the classroom, now moving into technical project management. Teaching is a lot of planning against fixed deadlines with too many people and not enough time: exam timetables, lab schedules, the transition year programme. I want to do that in a software team.",
            "Open to junior PM, project coordinator and PMO roles in Dublin or remote."],
 "exp":[("St. Declan's Community College",[
   ("Physics Teacher & Transition Year Coordinator","September 2019 - Present (7 years 4 months)","Dublin, Ireland",
    "Teach Leaving Certificate physics (velocity, momentum, waves) and junior cycle maths. Coordinate Transition Year for 130 students: planned the year's calendar, work experience placements with 60 local employers, and the annual sports day (100m sprint timing on a borrowed laser gate). Led the move of the school's coursework submissions onto Microsoft Teams during 2020, training 45 staff in two weeks.")]),
  ("Ardmore Grammar School",[
   ("Science Teacher","September 2016 - June 2019 (2 years 10 months)","Waterford, Ireland","")])],
 "edu":[("University College Dublin","Professional Master of Education (PME) · (2014 - 2016)"),
        ("Trinity College Dublin","Bachelor of Arts - BA, Physics · (2010 - 2014)")]},
]
