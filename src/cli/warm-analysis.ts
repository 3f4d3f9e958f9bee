import { scoreResume } from '../core/analysis/analyze.ts';
import { ANSI, PLAIN } from '../core/render/format.ts';
import { renderReportMarkdown, renderReportText } from '../core/render/report-text.ts';
import type { Role } from '../core/role/schema.ts';
import type { Taxonomy } from '../core/taxonomy/build-taxonomy.ts';

/**
 * A short resume with the parts most resumes have (dated roles with bullets, a project that says
 * what its product does, education, skills, a certification), so one analysis of it meets most
 * of the expressions and code paths a real one does.
 */
const WARM_RESUME = `Sam Lee
sam.lee@example.com | +1 555 0100 | Seattle, WA

SUMMARY
Project manager and former software engineer with 8 years of experience delivering web platforms.

EXPERIENCE
Technical Project Manager, Northwind Traders, Jan 2021 - Present
- Led a team of 9 engineers through Agile sprints and managed the release schedule in Jira
- Coordinated with stakeholders to define scope, risks and budget for a cloud migration to AWS
- Responsible for vendor contracts and weekly status reports to the leadership team
- Rewrote the team's onboarding guide and mentored 3 new hires

Software Engineer, Contoso Ltd, June 2016 - December 2020
- Developed REST APIs in Java and Python; wrote unit tests and reviewed code
- Built a web application to plan and organize events using React and PostgreSQL

PROJECTS
Inventory Dashboard: The system helps warehouse staff track stock levels in real time.

EDUCATION
B.S. Computer Science, University of Washington, 2016

SKILLS
Scrum, Kanban, Confluence, SQL, Docker, Kubernetes, Git, stakeholder management

CERTIFICATIONS
PMP - Project Management Institute, 2022
`;

/**
 * The same resume as a PDF or Word file usually reads: bullets, dashes and apostrophes beyond
 * ASCII. Lines with such characters take other regular expressions (Unicode ones) than ASCII
 * lines do, which V8 compiles at their first use.
 */
const WARM_RESUME_TYPESET = WARM_RESUME.replace(/^- /gm, '\u2022 ')
  .replace(/ - /g, ' \u2013 ')
  .replace(/'/g, '\u2019');

/**
 * Analyzes and renders a built-in resume (plain and typeset) once, so the real analysis after it
 * runs with most of its functions and regular expressions already compiled. Only worth it while
 * the process would otherwise wait (for a parser process to start): in a fresh process the first
 * analysis costs several times a later one. Pure work on constants; the results are dropped.
 */
export async function warmAnalysis(role: Role, taxonomy: Taxonomy): Promise<void> {
  try {
    for (const text of [WARM_RESUME, WARM_RESUME_TYPESET]) {
      // A turn of the event loop before each step lets the file's bytes go to the parser as soon as it is ready.
      await nextTurn();
      const scored = scoreResume({ document: { format: 'text', text, warnings: [] }, role, taxonomy });
      await nextTurn();
      const report = scored.report();
      renderReportText(report, PLAIN);
      renderReportText(report, ANSI);
      renderReportMarkdown(report);
    }
  } catch {
    // Warming is an optimisation: the real analysis reports whatever went wrong.
  }
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
