"""i03, i09: HTML resumes.

i03  personal website resume page (one-page site with nav, skills tag list)
i09  hosted-resume page saved from the browser ("saved from url" comment,
     site chrome around the profile)
Writes resumes/iNN.html and text/iNN.txt (visible text, one block per line).
"""
import os
from common import RESUMES, TEXT, html_text, write

I03 = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Priya Venkataraman | QA Lead</title>
<meta name="description" content="Priya Venkataraman - QA Lead, test automation, e-commerce. Bengaluru.">
<style>
  * { box-sizing: border-box; }
  body { margin: 0; font-family: "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: #2b2b2b; background: #fafafa; line-height: 1.55; }
  nav { background: #243447; padding: 0 40px; position: sticky; top: 0; }
  nav ul { list-style: none; margin: 0; padding: 0; display: flex; gap: 26px; }
  nav li a { display: block; color: #e8eef5; text-decoration: none; padding: 14px 0; font-size: 14px; letter-spacing: .5px; }
  nav li a:hover { color: #ffb547; }
  header.hero { background: linear-gradient(120deg, #243447, #3b5673); color: #fff; padding: 56px 40px 48px; }
  header.hero h1 { margin: 0 0 6px; font-size: 40px; font-weight: 600; }
  header.hero .tagline { font-size: 18px; color: #ffd28a; margin: 0 0 10px; }
  header.hero .meta { font-size: 14px; color: #cdd8e4; }
  main { max-width: 920px; margin: 0 auto; padding: 20px 24px 40px; }
  section { background: #fff; border-radius: 8px; box-shadow: 0 1px 3px rgba(0,0,0,.08); padding: 22px 28px; margin: 22px 0; }
  section h2 { margin: 0 0 14px; font-size: 22px; color: #243447; border-left: 4px solid #ffb547; padding-left: 10px; }
  .job { margin-bottom: 20px; }
  .job h3 { margin: 0; font-size: 17px; }
  .job .where { color: #6a7785; font-size: 14px; margin: 2px 0 8px; }
  .job ul { margin: 0; padding-left: 20px; }
  .job li { margin-bottom: 4px; }
  ul.tags { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 8px; }
  ul.tags li { background: #eef3f8; border: 1px solid #d5e0ea; border-radius: 14px; padding: 3px 12px; font-size: 13px; }
  .proj { border-top: 1px dashed #ddd; padding-top: 12px; margin-top: 12px; }
  .proj:first-of-type { border-top: 0; margin-top: 0; padding-top: 0; }
  .contact-row { display: flex; gap: 30px; flex-wrap: wrap; }
  footer { text-align: center; font-size: 12px; color: #8a96a3; padding: 20px; }
</style>
</head>
<body>
<nav>
  <ul>
    <li><a href="#home">Home</a></li>
    <li><a href="#about">About</a></li>
    <li><a href="#experience">Experience</a></li>
    <li><a href="#projects">Projects</a></li>
    <li><a href="#skills">Skills</a></li>
    <li><a href="#contact">Contact</a></li>
  </ul>
</nav>

<header class="hero" id="home">
  <h1>Priya Venkataraman</h1>
  <p class="tagline">QA Lead &middot; Test Automation &middot; E-commerce</p>
  <div class="meta">Bengaluru, India &nbsp;|&nbsp; 10 years in software testing &nbsp;|&nbsp; Open to QA Manager / Delivery roles</div>
</header>

<main>
<section id="about">
  <h2>About Me</h2>
  <p>I am a QA professional having 10+ years of experience in manual and automation testing of web and mobile applications, mostly in e-commerce and logistics domain. Currently working as QA Lead at Cartwala, where I am handling a team of 6 testers for checkout, payments and order management modules.</p>
  <p>I believe quality is not only testing at the end, so I try to involve from the requirement stage itself. In last two years I am also doing more coordination work for big releases and sale events, and I want to move further in this direction.</p>
</section>

<section id="experience">
  <h2>Work Experience</h2>

  <div class="job">
    <h3>QA Lead</h3>
    <div class="where">Cartwala Retail Pvt. Ltd., Bengaluru &middot; Jul 2021 &ndash; Present</div>
    <ul>
      <li>Leading a team of 6 QA engineers (4 manual, 2 automation) for checkout, payments and order management.</li>
      <li>Preparing test strategy and test plan for every release, doing the test effort estimation and sharing it with the delivery manager.</li>
      <li>Conducting daily defect triage call with dev leads and product manager during the code freeze before the Cartwala Mega Sale.</li>
      <li>Giving go/no-go recommendation for production releases based on open defects and test coverage. Two times I recommended to hold the release and the engineering manager agreed.</li>
      <li>Coordinated UAT with category and finance teams for the new COD reconciliation module; prepared the UAT schedule and sent daily status mail.</li>
      <li>Built a regression suite of 1,200 automated cases in Selenium and TestNG, which reduced the regression cycle from 4 days to 1 day.</li>
      <li>Involved in performance testing with JMeter for sale readiness (up to 12,000 orders per minute).</li>
      <li>Verified that the order backlog is cleared correctly by the warehouse allocation service after an outage, and wrote test cases for the recovery scenario.</li>
    </ul>
  </div>

  <div class="job">
    <h3>Senior QA Engineer</h3>
    <div class="where">Sprint Logistics Pvt. Ltd., Chennai &middot; Mar 2018 &ndash; Jun 2021</div>
    <ul>
      <li>Tested the shipment tracking web application and the delivery-agent Android app.</li>
      <li>Writing test cases, executing them, logging defects in Jira and doing retesting.</li>
      <li>API testing with Postman and RestAssured for carrier integration APIs.</li>
      <li>Did mobile testing on 20+ devices in the device lab.</li>
      <li>Trained 3 new joiners on the domain and the test process.</li>
    </ul>
  </div>

  <div class="job">
    <h3>QA Engineer</h3>
    <div class="where">Quadrant Softech Services, Chennai &middot; Jul 2016 &ndash; Feb 2018</div>
    <ul>
      <li>Manual testing of an insurance web portal for a US client (onsite-offshore model).</li>
      <li>Prepared test data and daily status report to the onsite coordinator.</li>
    </ul>
  </div>
</section>

<section id="projects">
  <h2>Key Projects</h2>
  <div class="proj">
    <h3>Mega Sale Readiness 2024</h3>
    <p>Coordinated testing across 5 scrum teams for the biggest sale of the year. I maintained one common tracker of test status, blockers and owners, and shared it in the war room every evening. Sale went live without any P1 issue.</p>
  </div>
  <div class="proj">
    <h3>Payment Gateway Migration (2023)</h3>
    <p>Test lead for moving all online payments from the old gateway to a new provider. Planned the test phases around the payment partner's sandbox availability and got the sign-off from finance before the switch.</p>
  </div>
  <div class="proj">
    <h3>Delivery Agent App 2.0 (Sprint Logistics)</h3>
    <p>Tested the offline mode for delivery agents in low network areas. Found 40+ defects in sync logic before launch.</p>
  </div>
</section>

<section id="skills">
  <h2>Skills</h2>
  <ul class="tags">
    <li>Manual Testing</li><li>Selenium WebDriver</li><li>TestNG</li><li>Java</li><li>Appium</li>
    <li>Postman</li><li>RestAssured</li><li>JMeter</li><li>SQL</li><li>Jira</li><li>TestRail</li>
    <li>Jenkins</li><li>Agile / Scrum</li><li>API Testing</li><li>Test Planning</li><li>Defect Management</li>
  </ul>
  <h3>Certifications</h3>
  <ul>
    <li>ISTQB Certified Tester &ndash; Foundation Level (2017)</li>
    <li>ISTQB Advanced Level &ndash; Test Manager (2023)</li>
  </ul>
  <h3>Education</h3>
  <p>B.E. Electronics and Communication Engineering, Sri Venkateswara College of Engineering, Chennai (Anna University), 2016 &ndash; 7.9 CGPA</p>
</section>

<section id="contact">
  <h2>Contact</h2>
  <div class="contact-row">
    <div>Email: <a href="mailto:priya.venkataraman@example.com">priya.venkataraman@example.com</a></div>
    <div>Phone: +91 98555 01234</div>
    <div>LinkedIn: <a href="https://www.linkedin.com/in/priya-venkataraman-qa">linkedin.com/in/priya-venkataraman-qa</a></div>
  </div>
</section>
</main>

<footer>
  <p>&copy; 2026 Priya Venkataraman &middot; Made with plain HTML &amp; CSS &middot; Last updated November 2026</p>
</footer>
</body>
</html>
"""

I09 = """<!DOCTYPE html>
<!-- saved from url=(0045)https://cvnest.example.com/p/kwame-asante-sre -->
<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kwame Asante – Site Reliability Engineer | CVNest</title>
<link rel="canonical" href="https://cvnest.example.com/p/kwame-asante-sre">
<style>
body{margin:0;background:#f3f4f6;font-family:Inter,"Helvetica Neue",Arial,sans-serif;color:#1f2937;font-size:15px;line-height:1.5}
a{color:#2563eb;text-decoration:none}
.cn-topbar{display:flex;justify-content:space-between;align-items:center;background:#fff;border-bottom:1px solid #e5e7eb;padding:10px 28px}
.cn-brand{font-weight:700;color:#111827;font-size:18px}
.cn-topbar ul{list-style:none;display:flex;gap:18px;margin:0;padding:0}
.cn-topbar li a{color:#4b5563;font-size:14px}
.cn-btn{background:#2563eb;color:#fff !important;padding:6px 14px;border-radius:6px}
.cn-wrap{max-width:1040px;margin:26px auto;display:grid;grid-template-columns:300px 1fr;gap:22px;padding:0 16px}
.cn-card{background:#fff;border:1px solid #e5e7eb;border-radius:10px;padding:22px}
.cn-side h1{font-size:26px;margin:0 0 4px}
.cn-side .cn-role{color:#2563eb;font-weight:600;margin-bottom:12px}
.cn-side h4{margin:20px 0 8px;text-transform:uppercase;font-size:12px;letter-spacing:.08em;color:#6b7280}
.cn-side .cn-line{font-size:14px;margin:3px 0}
.cn-chips{list-style:none;padding:0;margin:0;display:flex;flex-wrap:wrap;gap:6px}
.cn-chips li{background:#eff6ff;color:#1e40af;border-radius:999px;padding:2px 10px;font-size:12.5px}
.cn-main h2{font-size:18px;margin:0 0 12px;padding-bottom:6px;border-bottom:2px solid #e5e7eb}
.cn-main section{margin-bottom:26px}
.cn-pos{margin-bottom:18px}
.cn-pos h3{margin:0;font-size:16px}
.cn-pos .cn-org{color:#374151;font-weight:500}
.cn-pos .cn-dates{color:#6b7280;font-size:13px}
.cn-pos ul{margin:6px 0 0;padding-left:18px}
.cn-pos li{margin-bottom:5px}
table.cn-certs{border-collapse:collapse;width:100%;font-size:14px}
table.cn-certs td{border-bottom:1px solid #f0f0f0;padding:6px 4px}
.cn-foot{text-align:center;color:#9ca3af;font-size:12px;padding:18px 0 30px}
@media print{.cn-topbar,.cn-foot{display:none}}
</style>
</head>
<body>
<div class="cn-topbar">
  <div class="cn-brand">CVNest</div>
  <ul>
    <li><a href="https://cvnest.example.com/p/kwame-asante-sre#experience">Experience</a></li>
    <li><a href="https://cvnest.example.com/p/kwame-asante-sre#education">Education</a></li>
    <li><a href="https://cvnest.example.com/p/kwame-asante-sre/pdf">Download PDF</a></li>
    <li><a class="cn-btn" href="mailto:kwame.asante@example.com">Contact Kwame</a></li>
  </ul>
</div>

<div class="cn-wrap">
<aside class="cn-card cn-side">
  <h1>Kwame Asante</h1>
  <div class="cn-role">Site Reliability Engineer · Platform &amp; Kubernetes</div>
  <div class="cn-line">Toronto, ON, Canada (hybrid or remote)</div>
  <div class="cn-line">kwame.asante@example.com</div>
  <div class="cn-line">+1 (416) 555-0172</div>
  <div class="cn-line">github.com/kasante-ops</div>
  <h4>Skills</h4>
  <ul class="cn-chips">
    <li>Kubernetes</li><li>AWS</li><li>Terraform</li><li>GitHub Actions</li><li>Helm</li><li>Argo CD</li>
    <li>Prometheus</li><li>Grafana</li><li>PostgreSQL</li><li>Python</li><li>Go</li><li>Bash</li>
    <li>Incident management</li><li>SLOs</li><li>Cost optimisation</li>
  </ul>
  <h4>Languages</h4>
  <div class="cn-line">English, Twi, French (intermediate)</div>
  <h4>Interests</h4>
  <div class="cn-line">Sprint triathlon (finished the Toronto Island sprint triathlon in 2025), mentoring at a weekend coding club for teens.</div>
</aside>

<main class="cn-card cn-main">
  <section id="about">
    <h2>About</h2>
    <p>SRE with 10 years in operations, the last four at a B2B SaaS company running a Kubernetes platform for about 60 engineers. I care about boring, reliable systems and about migrations that nobody notices. More and more of my work is planning and coordinating changes that cross many teams, and I enjoy that part as much as the technical work.</p>
  </section>

  <section id="experience">
    <h2>Experience</h2>
    <div class="cn-pos">
      <h3>Senior Site Reliability Engineer</h3>
      <div class="cn-org">Tallgrass Software Inc. · Toronto</div>
      <div class="cn-dates">Feb 2022 – Present · 4 yrs 11 mos</div>
      <ul>
        <li>Led the move of 43 services from EC2 virtual machines to Kubernetes (EKS) over two quarters. I wrote the migration plan, agreed the order of services with the 7 application teams and ran the cutover weekends.</li>
        <li>Kept the migration tracker that the VP of Engineering used for the weekly status; flagged early when two teams could not make their slot and swapped them with teams that were ready.</li>
        <li>Incident commander on the on-call rotation: ran around 30 major incident calls, wrote or reviewed the postmortems and followed the action items until they were closed.</li>
        <li>Defined SLOs for the 12 customer-facing services together with the product owners; we review error budgets every month.</li>
        <li>When the PostgreSQL 11 to 15 upgrade for the billing service had to move because of a vendor dependency, I re-planned it with the billing team and told support and customer success about the new maintenance window two weeks ahead.</li>
        <li>Cut AWS spend by 22% (about CAD 410k per year) through rightsizing and reserved instances, and worked with finance on the forecast.</li>
        <li>Built the Terraform modules and GitHub Actions pipelines that all teams use to deploy.</li>
      </ul>
    </div>
    <div class="cn-pos">
      <h3>DevOps Engineer</h3>
      <div class="cn-org">Lakeshore Media Group · Toronto</div>
      <div class="cn-dates">Jun 2018 – Jan 2022 · 3 yrs 8 mos</div>
      <ul>
        <li>CI/CD for the web and streaming apps; moved the pipelines from Jenkins to GitLab CI.</li>
        <li>Owned the release process for the video-on-demand platform: release calendar, change approvals and release notes.</li>
        <li>Supported the digital release of two feature films by scaling the streaming platform for the premiere weekends.</li>
        <li>Monitoring with Prometheus and Grafana; tuned alerts and brought pages per week down from about 60 to about 15.</li>
      </ul>
    </div>
    <div class="cn-pos">
      <h3>Systems Administrator</h3>
      <div class="cn-org">Huronia Community Health Network · Barrie, ON</div>
      <div class="cn-dates">Sep 2016 – May 2018 · 1 yr 9 mos</div>
      <ul>
        <li>Linux and VMware administration, backups and monthly patching for 120 servers.</li>
        <li>Helped with the move of the server room to a colocation site: built the server inventory and the moving schedule.</li>
      </ul>
    </div>
  </section>

  <section id="education">
    <h2>Education &amp; Certifications</h2>
    <p>Ontario College Advanced Diploma, Computer Systems Technology – Seneca College, Toronto (2016)</p>
    <table class="cn-certs">
      <tr><td>Certified Kubernetes Administrator (CKA)</td><td>CNCF</td><td>2021</td></tr>
      <tr><td>AWS Certified Solutions Architect – Associate</td><td>Amazon Web Services</td><td>2020</td></tr>
      <tr><td>HashiCorp Certified: Terraform Associate</td><td>HashiCorp</td><td>2022</td></tr>
    </table>
  </section>
</main>
</div>

<div class="cn-foot">Hosted on CVNest · Create your own resume page · Last updated 2 Dec 2026</div>
</body></html>
"""


def main():
    for nn, html in (('i03', I03), ('i09', I09)):
        write(os.path.join(RESUMES, f'{nn}.html'), html)
        write(os.path.join(TEXT, f'{nn}.txt'), html_text(html))


if __name__ == '__main__':
    main()
