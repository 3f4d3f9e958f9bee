import { describe, expect, it } from 'vitest';
import { SAMPLE_SKILLS, testTaxonomy } from '../../../test/fixtures/taxonomy.ts';
import { describesWork } from './cues.ts';
import { extractSkills } from './extract-skills.ts';

const taxonomy = testTaxonomy(SAMPLE_SKILLS);

const RESUME = `Jane Doe
jane@example.com

Summary
Scrum Master with a technical background.

Experience
Scrum Master, Acme (2019 – Present)
- Led sprint planning for 3 teams, cutting carry-over by 40%
- Kept the risk register current in Jira
- Familiar with Python scripting
- No experience with Java yet
Technologies: Go, Python

Skills
Go, R, JavaScript
`;

describe('extractSkills', () => {
  // Extracted inside each test, not when the file loads: Stryker switches a mutant on at run time.
  const find = (id: string, line: number) =>
    extractSkills(RESUME, taxonomy).mentions.find((m) => m.skillId === id && m.line === line);

  it('quotes the verbatim line with its number and section', () => {
    const m = find('risk-management', 10)!;
    expect(m.quote).toBe('Kept the risk register current in Jira');
    expect(m.section).toBe('experience');
    expect(m.matched).toBe('risk register');
    expect(RESUME.slice(m.start, m.end)).toBe('risk register');
  });

  it('grades strength: led with a result, applied, listed', () => {
    expect(find('sprint-planning', 9)!.strength).toBe('led');
    expect(find('jira', 10)!.strength).toBe('applied');
    expect(find('python', 13)!.strength).toBe('listed');
    expect(find('javascript', 16)!.strength).toBe('listed');
    expect(find('scrum', 5)!.section).toBe('summary');
  });

  it('marks hedged mentions and sets negated ones aside', () => {
    const { mentions, ignored } = extractSkills(RESUME, taxonomy);
    expect(find('python', 11)!.hedged).toBe(true);
    expect(find('jira', 10)!.hedged).toBe(false);
    expect(mentions.some((m) => m.skillId === 'java')).toBe(false);
    expect(ignored).toContainEqual({
      skillId: 'java',
      quote: 'No experience with Java yet',
      line: 12,
      reason: 'negated',
    });
  });

  it('accepts ambiguous names only with context', () => {
    expect(find('go', 13)).toBeDefined();
    expect(find('go', 16)!.strength).toBe('listed');
    expect(find('r', 16)!.section).toBe('skills');
    const prose = extractSkills('Experience\nI like to Go hiking with R. Smith', taxonomy);
    expect(prose.mentions).toEqual([]);
    expect(prose.ignored.map((i) => [i.skillId, i.reason])).toEqual([
      ['go', 'no-context'],
      ['r', 'no-context'],
    ]);
  });

  it('quotes the sentence of a long line, verbatim', () => {
    const long = `${'Filler words here. '.repeat(20)}Drove Scrum adoption across teams. ${'More filler text. '.repeat(20)}`;
    const [m] = extractSkills(long, taxonomy).mentions;
    expect(m!.quote).toBe('Drove Scrum adoption across teams.');
    expect(long.includes(m!.quote)).toBe(true);
  });

  it('says where in its quote each mention matched', () => {
    const at = (m: { quote: string; quoteMatch: { start: number; end: number } }) =>
      m.quote.slice(m.quoteMatch.start, m.quoteMatch.end);
    // A bulleted line quoted whole, its bullet left out.
    expect(at(find('risk-management', 10)!)).toBe('risk register');
    expect(at(find('sprint-planning', 9)!)).toBe('sprint planning');
    for (const m of extractSkills(RESUME, taxonomy).mentions) expect(at(m)).toBe(m.matched);
    // A sentence cut from a line too long to quote whole, after leading spaces.
    const long = `  ${'Filler words here, '.repeat(8)}and more. Kept a risk register and ran sprint planning. ${'More filler text. '.repeat(20)}`;
    const { mentions } = extractSkills(long, taxonomy);
    expect(mentions.map((m) => [m.quote, at(m)])).toEqual([
      ['Kept a risk register and ran sprint planning.', 'risk register'],
      ['Kept a risk register and ran sprint planning.', 'sprint planning'],
    ]);
  });
});

describe('strength from the sentence itself', () => {
  it('knows a clause that describes work from one that names a skill', () => {
    for (const work of [
      'Coordinated go/no-go decisions with developers',
      'Control expenses and monitor budgets.',
      'Successfully delivered multiple projects within budget',
      'I led the migration to Kubernetes',
      'Responsible for sprint planning of two teams',
      'Act as mentor for juniors.',
    ])
      expect(describesWork(work), work).toBe(true);
    for (const named of [
      'Agile Development',
      'Excellent communication skills',
      'Strong analytical, problem solving & organizational abilities.',
      'Proven ability to lead teams',
      'Jira, Confluence, Scrum',
    ])
      expect(describesWork(named), named).toBe(false);
  });

  it('grades a work sentence in a skills section as applied, and a bare item in experience as listed', () => {
    const text = [
      'Skills',
      'Scrum, Jira, Python',
      '- Ran sprint planning in Jira for two teams',
      'Experience',
      'Acme (2019 – 2024)',
      'Technologies: Python, Jira',
      '- Kept the risk register current in Jira',
    ].join('\n');
    const { mentions } = extractSkills(text, taxonomy);
    const at = (id: string, line: number) =>
      mentions.find((m) => m.skillId === id && m.line === line)?.strength;
    expect(at('jira', 2)).toBe('listed');
    expect(at('jira', 3)).toBe('applied');
    expect(at('python', 6)).toBe('listed');
    expect(at('jira', 7)).toBe('applied');
  });

  it('grades claims, bare items and Title Case runs in experience as listed', () => {
    const text = [
      'Experience',
      'Acme (2019 – 2024)',
      '- Strong Scrum and Jira skills with proficiency at grasping new tools',
      '- Jira',
      '- Scrum Jira Confluence Administration',
      '- Kept the Jira board current for two teams',
    ].join('\n');
    const { mentions } = extractSkills(text, taxonomy);
    const at = (line: number) => mentions.find((m) => m.skillId === 'jira' && m.line === line)?.strength;
    expect([at(3), at(4), at(5), at(6)]).toEqual(['listed', 'listed', 'listed', 'applied']);
  });

  it('reads each bullet of a run-on line as its own clause', () => {
    const line = 'SKILLS: Java • Led sprint planning for 3 teams, cutting carry-over by 40% \uf0b7 Python';
    const { mentions } = extractSkills(`Experience\n${line}`, taxonomy);
    expect(mentions.find((m) => m.skillId === 'sprint-planning')!.quote).toBe(line);
    expect(mentions.find((m) => m.skillId === 'java')!.strength).toBe('listed');
    expect(mentions.find((m) => m.skillId === 'sprint-planning')!.strength).toBe('led');
  });

  it('grades each clause of a career run into one long line on its own owner and result', () => {
    const line = [
      'Project Manager Acme - New York, NY March 2019 to Present',
      'Managed the data centre migration for 200 users, cutting downtime by 40%.',
      'Tracked the work in Jira and kept the Python scripts of the migration team running.',
      'Coordinated vendors and escalated blockers to the steering group every week as the program went on.',
    ].join('  ');
    expect(line.length).toBeGreaterThan(240);
    const { mentions } = extractSkills(`Experience\n${line}`, taxonomy);
    // The owner and the result are in another sentence: Jira is work done, not work led.
    expect(mentions.find((m) => m.skillId === 'jira')!.strength).toBe('applied');
    // A bullet short enough to quote whole is one piece of work: its owner and result count together.
    const bullet = extractSkills('Experience\n- Led the rollout; tracked it in Jira, 30% faster', taxonomy);
    expect(bullet.mentions.find((m) => m.skillId === 'jira')!.strength).toBe('led');
  });

  it('ends a sentence at a full stop before a no-break space as before a space (text pasted from a web page)', () => {
    // The same line as a PDF or Word document reads it has spaces: both must be graded alike.
    const sentences = [
      'Project Manager Acme - New York, NY March 2019 to Present Kept the project plans in a shared folder for the team',
      'Managed the data centre migration for 200 users, cutting downtime by 40%.',
      'Tracked the work in Jira and kept the Python scripts of the migration team running.',
    ];
    const pasted = sentences.join('\u00a0 ');
    const spaced = sentences.join(' ');
    expect(pasted.length).toBeGreaterThan(240);
    const jira = (line: string) => {
      const m = extractSkills(`Experience\n${line}`, taxonomy).mentions.find((x) => x.skillId === 'jira')!;
      return [m.strength, m.quote];
    };
    expect(jira(pasted)).toEqual([
      'applied',
      'Tracked the work in Jira and kept the Python scripts of the migration team running.',
    ]);
    expect(jira(pasted)).toEqual(jira(spaced));
  });

  it('reads a career run on one long line as work, whatever heading it follows', () => {
    // An organisation's name broken over lines ("… Tertiary" / "Education" / "Commission …") leaves a
    // line that reads as an Education heading above the rest of the career.
    const career = [
      'Commission - Wellington April 2018 to December 2018 Senior Analyst for the funding programme.',
      'IT Project Manager Ministry of Social Development - Wellington January 2008 to December 2009',
      'Project management of special projects tracked in Jira for the CIO and the programme office',
      'with weekly reviews of scope, schedule and the open issues of every workstream involved.',
    ].join(' ');
    expect(career.length).toBeGreaterThan(240);
    const run = extractSkills(
      `Experience
Senior Analyst New Zealand Tertiary
Education
${career}`,
      taxonomy,
    );
    const jira = run.mentions.find((m) => m.skillId === 'jira')!;
    expect(jira.section).toBe('experience');
    expect(jira.strength).toBe('applied');
    // A long education line with one date range stays education: the course names a skill.
    const course = `Education
Certificate in Agile delivery, tracked in Jira, University of Auckland 2015 to 2016 ${'with coursework in several methods of delivery and reporting. '.repeat(4)}`;
    const listed = extractSkills(course, taxonomy).mentions.find((m) => m.skillId === 'jira')!;
    expect(listed.section).toBe('education');
    expect(listed.strength).toBe('listed');
  });

  it('grades a job title as listed and a phrase that ends like one as work', () => {
    const people = testTaxonomy([
      {
        id: 'people-management',
        label: 'People management',
        kind: 'soft',
        aliases: ['Engineering Manager'],
        patterns: ['manage * * engineers'],
      },
    ]);
    const { mentions } = extractSkills(
      'Experience\nEngineering Manager, Acme 2019 – 2022\nManaged four field engineers through the cut-over',
      people,
    );
    expect(mentions.map((m) => [m.line, m.strength])).toEqual([
      [2, 'listed'],
      // An owner ("managed") and a scale ("four") make it led.
      [3, 'led'],
    ]);
  });

  it('grades a role held over a scope as the clause reads, and the role named alone as listed', () => {
    const scrum = testTaxonomy([
      { id: 'scrum', label: 'Scrum', kind: 'technical', aliases: ['Scrum Master', 'Release manager'] },
    ]);
    const strengths = (line: string) =>
      extractSkills(`Experience\n${line}`, scrum).mentions.map((m) => m.strength);
    expect(strengths('Scrum master for one e-commerce team of 7.')).toEqual(['applied']);
    expect(strengths('Release manager for 14 products')).toEqual(['applied']);
    expect(strengths('Scrum Master of the payments and lending squads')).toEqual(['applied']);
    expect(strengths('Scrum Master, Acme Bank 2019 – 2022')).toEqual(['listed']);
    expect(strengths('Scrum Master for Acme Bank')).toEqual(['listed']);
  });
});
