import { describe, expect, it } from 'vitest';
import { SAMPLE_SKILLS, testTaxonomy } from '../../../test/fixtures/taxonomy.ts';
import { extractSkills } from './extract-skills.ts';

// Rules of extractSkills that StrykerJS found unpinned (issue 15, docs/testing.md): how a quote is cut
// and cleaned, where a clause starts and ends, which lines are lists, which clauses are bare items.
const taxonomy = testTaxonomy(SAMPLE_SKILLS);
const mention = (text: string, id: string) => {
  const m = extractSkills(text, taxonomy).mentions.find((x) => x.skillId === id);
  if (!m) throw new Error(`no ${id} in ${JSON.stringify(text)}`);
  return m;
};
const quoteOf = (line: string) => mention(`Experience\n${line}`, 'jira').quote;

describe('the quote: the line without its bullet or number', () => {
  it('drops one leading bullet, number or heading mark and the spaces after it', () => {
    for (const marker of ['-', '*', '•', '▪', '●', '◦', '·', '‣', '⁃', '–', '1.', '12)', 'o', '#', '######'])
      expect(quoteOf(`${marker}  Kept the Jira board current`), marker).toBe('Kept the Jira board current');
  });

  it('keeps what only looks like a marker', () => {
    for (const line of [
      '*Kept the Jira board current',
      '7.Kept the Jira board current',
      '123. Kept the Jira board current',
      '####### Kept the Jira board current',
      'o kept the Jira board current',
      'oKept the Jira board current',
    ])
      expect(quoteOf(line), line).toBe(line);
  });
});

describe('the quote of a line too long to quote whole', () => {
  it('takes up to 120 characters either side of the match, cut at word boundaries', () => {
    // 120 characters back lands inside an "alphas", 120 on inside a "hundreds": both move to the word's edge.
    const line = `${'alphas '.repeat(26)}Jira${' hundreds'.repeat(30)}`;
    expect(line.length).toBeGreaterThan(240);
    expect(quoteOf(line)).toBe(`${'alphas '.repeat(17)}Jira${' hundreds'.repeat(13)}`);
  });

  it('snaps to any space, no-break, en, em and thin spaces included', () => {
    for (const sp of [' ', '\u00a0', '\u2002', '\u2003', '\u2009']) {
      const line = `${`alphas${sp}`.repeat(26)}Jira${`${sp}hundreds`.repeat(30)}`;
      expect(quoteOf(line), JSON.stringify(sp)).toBe(
        `${`alphas${sp}`.repeat(17)}Jira${`${sp}hundreds`.repeat(13)}`,
      );
    }
  });

  it('is the clause between breaks: " * " breaks, "a*b" and "Node.js" do not', () => {
    const filler = 'alphas '.repeat(30);
    expect(quoteOf(`${filler}* Kept the Jira board on Node.js servers * ${'omegas '.repeat(30)}`)).toBe(
      'Kept the Jira board on Node.js servers',
    );
    expect(quoteOf(`${filler}a*b Kept the Jira board on Node.js servers *b ${'omegas '.repeat(30)}`)).toBe(
      `${'alphas '.repeat(15)}a*b Kept the Jira board on Node.js servers *b${' omegas'.repeat(13)}`,
    );
  });
});

describe('an ambiguous name ("Go", "R") counts only with context', () => {
  const outcome = (line: string) => {
    const { mentions, ignored } = extractSkills(`Experience\n${line}`, taxonomy);
    return [
      ...mentions.map((m) => `${m.skillId} ${m.strength}`),
      ...ignored.map((i) => `${i.skillId} ${i.reason}`),
    ];
  };

  it('two of them on a line of three short items or more make a list', () => {
    expect(outcome('Go, R, Excel')).toEqual(['go listed', 'r listed']);
    expect(outcome('Go, R')).toEqual(['go no-context', 'r no-context']);
    expect(outcome('Go R Excel')).toEqual(['go no-context', 'r no-context']);
    // Full stops and other clause breaks separate items as commas do.
    expect(outcome('Go R. Excel. Word')).toEqual(['go listed', 'r listed']);
  });

  it('a list has at most three words an item on average', () => {
    expect(outcome(`Go, R, Excel${' words'.repeat(6)}`)).toEqual(['go listed', 'r listed']);
    expect(outcome(`Go, R, Excel${' words'.repeat(7)}`)).toEqual(['go no-context', 'r no-context']);
  });

  it('a long line is judged by its first 600 characters', () => {
    // A list for its first 600 characters, then a sentence of 300 words: a list.
    expect(outcome(`Go, R, ${'Excel, '.repeat(84)}and ${'word '.repeat(300)}`)).toEqual([
      'go listed',
      'r listed',
    ]);
  });
});

describe('a bare item in an experience section is listed', () => {
  const strength = (line: string) => mention(`Experience\n${line}`, 'scrum').strength;

  it('four words at most, or Title Case words and minor words only', () => {
    expect(strength('scrum in the teams')).toBe('listed');
    expect(strength('scrum for all of the teams')).toBe('applied');
    expect(strength('Scrum with Jira and The Teams of a Group')).toBe('listed');
    expect(strength('Scrum with Jira and The teams of a Group')).toBe('applied');
  });

  it('a run of Title Case words longer than 200 characters is not an item', () => {
    expect(strength(`Scrum Jira${' Board'.repeat(30)}`)).toBe('listed');
    expect(strength(`Scrum Jira${' Board'.repeat(37)}`)).toBe('applied');
  });
});

describe('a career run into one long line reads as work under any heading', () => {
  const pad = ' with weekly reviews of scope, schedule and the open issues of every workstream involved';
  const run = (first: string, second: string) =>
    mention(
      `Education\nSenior Analyst Acme ${first} tracked the work in Jira${pad}. IT Project Manager Beta ${second}${pad}`,
      'jira',
    );

  it('two ranges of four-digit years, 19xx or 20xx, or of two-digit years after an apostrophe, straight or typographic', () => {
    for (const [first, second] of [
      ['Mar 2017 – Dec 2018', 'Jan 2008 – Dec 2009'],
      ['Mar 1997 – Dec 1998', 'Jan 1990 – Dec 1991'],
      ["Mar '17 – Dec '18", "Jan '08 – Dec '09"],
      ['Mar ’17 – Dec ’18', 'Jan ’08 – Dec ’09'],
      ['Mar ‘17 – Dec ‘18', 'Jan ‘08 – Dec ‘09'],
      ['Mar ʼ17 – Dec ʼ18', 'Jan ʼ08 – Dec ʼ09'],
    ]) {
      const m = run(first!, second!);
      expect([m.section, m.strength], first).toEqual(['experience', 'applied']);
    }
  });

  it('one range and a lone date are no career run, nor is a line short enough to quote whole', () => {
    const course = `Education\nCertificate in Agile delivery 2015 to 2016, tracked in Jira, awarded Dec 2016${' with coursework in several methods of delivery and reporting.'.repeat(4)}`;
    expect(course.length).toBeGreaterThan(240);
    expect(mention(course, 'jira').section).toBe('education');
    const short = 'Summary\nTracked work in Jira at Acme 2017 – 2018 and at Beta 2008 – 2009';
    expect([mention(short, 'jira').section, mention(short, 'jira').strength]).toEqual(['summary', 'applied']);
  });

  it('years outside 1900–2099 are no dates: the line stays in its section', () => {
    const m = run('Mar 2117 – Dec 2118', 'Jan 2108 – Dec 2109');
    expect([m.section, m.strength]).toEqual(['education', 'listed']);
  });

  it('reaches a little before its first date: a skills list run onto the line further off still names skills', () => {
    const timeline = ' Career Timeline Acme 2012-2013 Beta 2013-till date Gamma 2008-2009';
    const list = `Technical Skills Jira, Confluence${', Oracle, SQL Server, SharePoint, Azure, AWS'.repeat(8)}`;
    const far = mention(`Skills\n${list}${timeline}`, 'jira');
    expect([far.section, far.strength]).toEqual(['skills', 'listed']);
    const near = mention(`Skills\nTracked the work in Jira${pad}${pad}${timeline}`, 'jira');
    expect([near.section, near.strength]).toEqual(['experience', 'applied']);
  });
});

describe('cues and context on a line', () => {
  const outcome = (text: string) => {
    const { mentions, ignored } = extractSkills(text, taxonomy);
    return [
      ...mentions.map((m) => `${m.skillId} ${m.section} ${m.strength}${m.hedged ? ' hedged' : ''}`),
      ...ignored.map((i) => `${i.skillId} ${i.reason}`),
    ];
  };

  it('every hedge and every negation of a line counts, not only the last', () => {
    expect(outcome('Experience\nFamiliar with Python and basic knowledge of Jira')).toEqual([
      'python experience listed hedged',
      'jira experience listed hedged',
    ]);
    expect(outcome('Experience\nNever used Python; never worked with Jira')).toEqual([
      'python negated',
      'jira negated',
    ]);
  });

  it('in a resume, a role or skill named as a goal is not experience; work that moves to it is', () => {
    const resume = (text: string) => {
      const { mentions, ignored } = extractSkills(text, taxonomy, { goals: true });
      return [
        ...mentions.map((m) => `${m.skillId} ${m.strength}`),
        ...ignored.map((i) => `${i.skillId} ${i.reason}`),
      ];
    };
    expect(
      resume('Summary\nQA Engineer, aspiring Scrum Master; I want to move into Jira administration'),
    ).toEqual(['scrum aspired', 'jira aspired']);
    expect(resume('Summary\nSeeking a role in Python development')).toEqual(['python aspired']);
    // Work that moves a team somewhere is done, not wanted.
    expect(resume('Experience\nLed the transition to Scrum for four teams')).toEqual(['scrum applied']);
    // A posting's "looking for a … with Python" asks for Python.
    expect(outcome('We are looking for a TPM with Python and Jira')).toEqual([
      'python header listed',
      'jira header listed',
    ]);
  });

  it('a technical skill or tool on the line is context for an ambiguous name; a soft skill is not', () => {
    expect(outcome('Experience\nBuilt Go services in Python')).toEqual([
      'go experience applied',
      'python experience applied',
    ]);
    expect(outcome('Experience\nBuilt Go services tracked in Jira')).toEqual([
      'go experience applied',
      'jira experience applied',
    ]);
    expect(outcome('Experience\nLeadership of the Go team')).toEqual([
      'leadership experience applied',
      'go no-context',
    ]);
  });

  it('a sentence about work before a colon is no list label', () => {
    expect(
      outcome('Skills\nRan the Jira cleanup project: archived old tickets, standardised workflows'),
    ).toEqual(['jira skills applied']);
    // A label of one or two words still heads a list.
    expect(outcome('Experience\nTracking tools: Jira, Python')).toEqual([
      'jira experience listed',
      'python experience listed',
    ]);
  });

  it('a hedge in brackets qualifies the name it follows, not the names after it', () => {
    expect(outcome('Certifications\nJira (basic), Python, Java')).toEqual([
      'jira certifications listed hedged',
      'python certifications listed',
      'java certifications listed',
    ]);
    // Before the names, it qualifies every one of its clause.
    expect(outcome('Certifications\nBasic knowledge of Python, Java')).toEqual([
      'python certifications listed hedged',
      'java certifications listed hedged',
    ]);
  });

  it('a short form set aside where the full name counts on the same line is not reported as left out', () => {
    const csm = testTaxonomy([
      {
        id: 'csm',
        label: 'Certified ScrumMaster (CSM)',
        kind: 'certification',
        aliases: ['Certified ScrumMaster', { text: 'CSM', caseSensitive: true, needsContext: true }],
      },
    ]);
    const found = (text: string) => {
      const { mentions, ignored } = extractSkills(text, csm);
      return [
        ...mentions.map((m) => `${m.skillId} line ${m.line}`),
        ...ignored.map((i) => `${i.skillId} ${i.reason}`),
      ];
    };
    expect(found('Experience\nCertified ScrumMaster (CSM), Scrum Alliance')).toEqual(['csm line 2']);
    // Elsewhere the short form is still reported.
    expect(found('Experience\nCertified ScrumMaster\nCSM of the year')).toEqual([
      'csm line 2',
      'csm no-context',
    ]);
  });

  it('a skills section or a labelled list is context too', () => {
    expect(outcome('Skills\nGo')).toEqual(['go skills listed']);
    expect(outcome('Experience\nTools: Go')).toEqual(['go experience listed']);
  });

  it('what does not describe work is work in a projects section, and listed in a summary', () => {
    expect(outcome('Projects\nJira boards for the whole of the teams')).toEqual(['jira projects applied']);
    expect(outcome('Summary\nJira boards for the whole of the teams')).toEqual(['jira summary listed']);
  });

  it('a career run under a projects heading stays in projects', () => {
    const pad = ' with weekly reviews of scope, schedule and the open issues of every workstream involved';
    const line = `Senior Analyst Acme Mar 2017 – Dec 2018 tracked the work in Jira${pad}. IT Project Manager Beta Jan 2008 – Dec 2009${pad}`;
    expect(outcome(`Projects\n${line}`)).toEqual(['jira projects applied']);
    expect(outcome(`Summary\n${line}`)).toEqual(['jira experience applied']);
  });
});

describe('requirements the work followed are named, not gathered', () => {
  const requirements = testTaxonomy([
    {
      id: 'requirements-gathering',
      label: 'Requirements gathering',
      kind: 'technical',
      aliases: ['Business Requirements', 'Functional Requirements'],
      patterns: ['gather requirements', 'gather * requirements', 'understand requirements'],
    },
    {
      id: 'requirements-documentation',
      label: 'Requirements documents',
      kind: 'technical',
      aliases: ['SRS', 'Business Requirement Document', 'Requirement Documents'],
    },
  ]);
  const strengths = (line: string) =>
    extractSkills(`Experience\n${line}`, requirements).mentions.map((m) => `${m.matched}: ${m.strength}`);

  // Each line and what it reads: the mention and its strength.
  const cases: Array<[string, string, string[]]> = [
    [
      'built to them',
      'Wrote Unix scripts and SQL as per the business requirements',
      ['business requirements: listed'],
    ],
    [
      'built to them',
      'Added columns to the tables according to business requirements',
      ['business requirements: listed'],
    ],
    ['read', 'Understanding requirements and preparing test cases', ['Understanding requirements: listed']],
    [
      'read',
      'Understood the functional requirements of the app given by the client',
      ['functional requirements: listed'],
    ],
    [
      'heard from clients',
      'Met with clients to understand their business requirements',
      ['business requirements: applied'],
    ],
    [
      'heard from users',
      'Interacted with the plant to understand requirements',
      ['understand requirements: applied'],
    ],
    [
      'gathered',
      'Gathered business requirements from 12 users',
      ['Gathered business requirements: applied', 'business requirements: applied'],
    ],
    // A word between the cue and the requirements that is not theirs: the cue is too far to qualify.
    [
      'written',
      'Shipped as per plan, then wrote functional requirements for phase 2',
      ['functional requirements: applied'],
    ],
    // Owners met in another clause do not make these requirements heard from them.
    [
      'read, owners met elsewhere',
      'Understanding requirements and preparing test cases; met with clients weekly',
      ['Understanding requirements: listed'],
    ],
    // An analyst on the team is not where requirements come from.
    [
      'read from a teammate',
      'Worked with the BA to understand requirements',
      ['understand requirements: listed'],
    ],
    // Documents of requirements read or worked from, and walkthroughs of them, are followed too.
    [
      'a document analysed',
      'Responsible for analyzing the business requirement document',
      ['business requirement document: listed'],
    ],
    ['worked from', 'Prepared test cases from SRS documents', ['SRS: listed']],
    [
      'walked through',
      'Participated in walkthroughs of business requirements, functional requirements and design',
      ['business requirements: listed', 'functional requirements: listed'],
    ],
    // Writing the requirements document is the analyst's own work.
    ['written', 'Wrote the SRS after two workshops', ['SRS: applied']],
  ];

  it('are listed when built to or read, applied when heard from their owners or gathered', () => {
    for (const [why, line, expected] of cases) expect(strengths(line), `${why}: ${line}`).toEqual(expected);
  });
});

describe('the clause a cue must stand in', () => {
  const outcome = (line: string) => {
    const { mentions, ignored } = extractSkills(`Experience\n${line}`, taxonomy);
    return [
      ...mentions.map((m) => `${m.skillId} ${m.strength}`),
      ...ignored.map((i) => `${i.skillId} ${i.reason}`),
    ];
  };

  it('reaches at most 160 characters back from the mention', () => {
    const cue = 'No experience with ';
    expect(outcome(`${cue}${'alphas '.repeat(20)} Jira`)).toEqual(['jira negated']);
    expect(outcome(`${cue}${'alphas '.repeat(20)}  Jira`)).toEqual(['jira applied']);
  });

  it('starts after the last clause break before the mention', () => {
    expect(outcome('No experience with Python; Jira')).toEqual(['jira listed', 'python negated']);
    expect(outcome('No experience with Python. Jira')).toEqual(['jira listed', 'python negated']);
    expect(outcome('No experience with Python, Jira')).toEqual(['python negated', 'jira negated']);
  });
});

describe('led or applied on a line too long to quote whole', () => {
  it('needs the owner and the result in the mention’s own clause', () => {
    const line = [
      'Oversaw the vendor contracts of the data centre for the region.',
      'Tracked the cut-over in Jira and reduced the open defects.',
      'Coordinated the Python scripts of the migration team for every site of the program.',
      'Spearheaded the risk register reviews and halved the backlog of open items.',
    ].join(' ');
    expect(line.length).toBeGreaterThan(240);
    const { mentions } = extractSkills(`Experience\n${line}`, taxonomy);
    expect(mentions.map((m) => `${m.skillId} ${m.strength}`)).toEqual([
      // A result, the owner in the sentence before.
      'jira applied',
      // An owner, no result.
      'python applied',
      'risk-management led',
    ]);
  });
});

describe('a line of 240 characters is quoted whole', () => {
  it('at 240 the whole line, at 241 the sentence', () => {
    const sentence = 'Kept the Jira board current.';
    const at = (length: number) => `${sentence} ${'x'.repeat(length - sentence.length - 1)}`;
    expect(quoteOf(at(240))).toBe(at(240));
    expect(quoteOf(at(241))).toBe(sentence);
  });

  it('an indented bullet loses its indent and its bullet', () => {
    expect(quoteOf('   - Kept the Jira board current')).toBe('Kept the Jira board current');
  });
});

describe('the clause a mention is graded on', () => {
  it('ends at the next clause break: a bare name before a sentence is listed', () => {
    expect(mention('Experience\nJira; kept the board of the two teams current', 'jira').strength).toBe(
      'listed',
    );
  });

  it('goes on past a short form\'s full stop ("approx.", "e.g."), which ends no sentence', () => {
    expect(mention('Experience\nResponsible for approx. 40 tickets a week in Jira', 'jira').strength).toBe(
      'applied',
    );
    expect(mention('Experience\nTracked the work of two teams, e.g. in Jira', 'jira').strength).toBe(
      'applied',
    );
    expect(mention('Experience\nKept the board. Jira', 'jira').strength).toBe('listed');
    // A header's place or company form before the first bullet run into it still breaks.
    expect(mention('Experience\nAnalyst, Sacramento, CA. Tracked defects in Jira', 'jira').strength).toBe(
      'applied',
    );
    expect(mention('Experience\nAnalyst, Acme Co. Tracked defects in Jira', 'jira').strength).toBe('applied');
  });

  it('a product is described before the mention, in its own clause', () => {
    expect(mention('Experience\nThis application helps teams track work in Jira', 'jira').product).toBe(true);
    // The text opens with a product description, the mention's clause does not.
    const text =
      'This application helps teams plan the work.\nExperience\nKept the Jira board for the application team';
    expect(mention(text, 'jira')).not.toHaveProperty('product');
  });
});

describe('a skill quoted beside certain words is another skill (nearWords)', () => {
  const skills = testTaxonomy([
    {
      id: 'capacity-planning',
      label: 'Capacity planning',
      kind: 'technical',
      aliases: ['Capacity Planning'],
      nearWords: { words: ['database', 'databases', 'SQL', 'node.js'], becomes: 'system-capacity-planning' },
    },
    { id: 'system-capacity-planning', label: 'System capacity planning', kind: 'technical' },
  ]);
  const ids = (text: string) => extractSkills(`Experience\n${text}`, skills).mentions.map((m) => m.skillId);

  it('becomes the other skill when its quote names one of the words, as a whole word in any case', () => {
    expect(ids('Done capacity planning for database growth on all SQL servers.')).toEqual([
      'system-capacity-planning',
    ]);
    expect(ids('Installation, configuration, capacity planning of DATABASES')).toEqual([
      'system-capacity-planning',
    ]);
    // A word with a dot inside is one word too.
    expect(ids('Capacity planning for the Node.js fleet')).toEqual(['system-capacity-planning']);
  });

  it('stays itself elsewhere, and beside a word that only contains one of the words', () => {
    expect(ids('Capacity planning for two scrum teams of eight')).toEqual(['capacity-planning']);
    expect(ids('Capacity planning for the databaseless team')).toEqual(['capacity-planning']);
    expect(ids('Capacity planning for MySQL2')).toEqual(['capacity-planning']);
  });

  it('reads only the sentence of the mention on a line too long to quote whole', () => {
    const filler = ' and kept the weekly status report current for every stakeholder'.repeat(5);
    const line = `Led capacity planning for three product teams${filler}. Tuned the SQL database indexes${filler}.`;
    expect(ids(line)).toEqual(['capacity-planning']);
  });

  it('names a skill that exists: the taxonomy refuses to load otherwise', () => {
    expect(() =>
      testTaxonomy([
        {
          id: 'capacity-planning',
          label: 'Capacity planning',
          kind: 'technical',
          nearWords: { words: ['database'], becomes: 'no-such-skill' },
        },
      ]),
    ).toThrow(/unknown skill "no-such-skill"/);
  });
});

describe('a list in a skills section whose first item opens with a word that is also a verb', () => {
  const strength = (heading: string, line: string) => mention(`${heading}\n${line}`, 'jira').strength;

  it('is a list there ("Program planning, …", "Change Management, …"), as it is when no verb opens it', () => {
    for (const line of [
      'Program planning, Risk management, Kubernetes, Jira, Confluence',
      'Change Management, Process Improvement, Test Automation, Jira',
      'Risk management, Kubernetes, Jira, Confluence',
    ])
      expect(strength('Skills', line), line).toBe('listed');
  });

  it('is work in an experience section, and a sentence stays work in a skills section', () => {
    expect(strength('Experience', 'Managed sprints, releases, Jira boards and vendors')).toBe('applied');
    expect(strength('Skills', 'Ran the Jira migration for three delivery teams')).toBe('applied');
  });

  it('is a list with slashes between its items, but a slash inside a word ("CI/CD") separates nothing', () => {
    expect(strength('Skills', 'Program planning / Risk management / Kubernetes / Jira / Confluence')).toBe(
      'listed',
    );
    expect(strength('Skills', 'Program CI/CD pipelines and Jira workflows for the payments teams')).toBe(
      'applied',
    );
  });

  it('is a list when its items are tags with only spaces between them, all skill names', () => {
    // A PDF reads a row of tag boxes as one line; "Planning" is no skill name here, the rest are.
    expect(strength('Skills', 'Planning Agile Jira JavaScript Python CI/CD Node.js')).toBe('listed');
    // Names must cover most of the line: here "Planning the rollout of" is a sentence's start.
    expect(strength('Skills', 'Planning the rollout of Jira JavaScript Python CI/CD')).toBe('applied');
    // A sentence has verbs and small words between its names.
    expect(strength('Skills', 'Program the Jira automation rules that route incidents to teams')).toBe(
      'applied',
    );
  });
});

// The rules below were left unpinned after the first round (the survivors of the 2026-12-04 run).
const outcomeOf = (text: string, options: Parameters<typeof extractSkills>[2] = {}) => {
  const { mentions, ignored } = extractSkills(text, taxonomy, options);
  return [
    ...mentions.map((m) => `${m.skillId} ${m.section} ${m.strength}${m.hedged ? ' hedged' : ''}`),
    ...ignored.map((i) => `${i.skillId} ${i.reason}`),
  ];
};

describe('a career run: two date ranges, whatever years they name', () => {
  const pad = ' with weekly reviews of scope, schedule and the open issues of every workstream involved';
  const run = (first: string, second: string) =>
    mention(
      `Education\nSenior Analyst Acme ${first} tracked the work in Jira${pad}. IT Project Manager Beta ${second}${pad}`,
      'jira',
    ).section;

  it('two ranges still running name only two years between them', () => {
    expect(run('Jan 2019 – Present', 'Jun 2020 – Present')).toBe('experience');
    expect(run("Jan '19 – Present", "Jun '20 – Present")).toBe('experience');
  });

  it('years of the 2000s, with a zero in them, are years', () => {
    expect(run('Jan 2001 – Dec 2003', 'Feb 2004 – Jun 2006')).toBe('experience');
  });

  it('an unclassified line keeps its section: it already reads as work', () => {
    const line = `Senior Analyst Acme Mar 2017 – Dec 2018 tracked the work in Jira${pad}. IT Project Manager Beta Jan 2008 – Dec 2009${pad}`;
    expect(outcomeOf(line, { lineSections: ['other', 'other'] })).toEqual(['jira other applied']);
  });
});

describe('unclassified lines read like an experience section', () => {
  it('what does not describe work is work there, and listed in the header', () => {
    const line = 'Jira boards for the whole of the teams';
    expect(outcomeOf(line, { lineSections: ['other', 'other'] })).toEqual(['jira other applied']);
    expect(outcomeOf(line, { lineSections: ['header', 'header'] })).toEqual(['jira header listed']);
  });

  it('a glued heading ("…teamsTechnical Skills") starts its section on the next line', () => {
    const text = [
      'Experience',
      'Kept the Jira board current for the teamsTechnical Skills',
      'Jira boards for the whole of the teams',
    ].join('\n');
    expect(outcomeOf(text)).toEqual(['jira experience applied', 'jira skills listed']);
  });
});

describe('led needs an owner and a result in the same piece of work', () => {
  it('an outcome counted as none is a result', () => {
    expect(outcomeOf('Experience\nLed the Jira migration with zero Sev-1 incidents')).toEqual([
      'jira experience led',
    ]);
    expect(outcomeOf('Experience\nManaged the Jira cutover with no customer-facing downtime')).toEqual([
      'jira experience led',
    ]);
    // "zero" before a thing that is no outcome states none.
    expect(outcomeOf('Experience\nLed the Jira rollout from zero to one team')).toEqual([
      'jira experience applied',
    ]);
  });

  it('a result without an owner is applied', () => {
    expect(outcomeOf('Experience\nKept the Jira board current, cutting the open defects by half')).toEqual([
      'jira experience applied',
    ]);
  });

  it('on a long line, each clause is judged on its own cues, whatever the next clause holds', () => {
    const line = [
      'Led the Jira rollout for the program office, cutting the open defects by half.',
      'Led the weekly reviews of the vendors and reduced the backlog of the service desk.',
      'Kept the steering group informed of every open issue of the migration program of the region.',
    ].join(' ');
    expect(line.length).toBeGreaterThan(240);
    expect(outcomeOf(`Experience\n${line}`)).toEqual(['jira experience led']);
  });

  it('a clause reaches 240 characters past the mention, not one more', () => {
    const head = 'Led the rollout tracked in Jira';
    const at = (gap: string) => outcomeOf(`Experience\n${head}${gap}reduced the backlog of every team`);
    const filler = ' alphas'.repeat(34); // 238 characters
    expect(at(`${filler} `)).toEqual(['jira experience led']); // the result starts 239 characters on
    expect(at(`${filler}  `)).toEqual(['jira experience applied']); // 240 characters on
    // The same for the owner, after a result.
    const owner = (gap: string) =>
      outcomeOf(`Experience\nReduced the backlog tracked in Jira${gap}led the reviews of every team`);
    expect(owner(`${filler} `)).toEqual(['jira experience led']);
    expect(owner(`${filler}  `)).toEqual(['jira experience applied']);
  });
});

describe('labelled lists anywhere on a line are listed', () => {
  it('a short label, a colon and items of a few words', () => {
    expect(
      outcomeOf('Experience\nPractices: Jira boards for every team, a risk register for the program'),
    ).toEqual(['jira experience listed', 'risk-management experience listed']);
  });

  it('is no list where the words after the label describe work', () => {
    expect(
      outcomeOf(
        'Experience\nRespin decision: ran the risk register review with design, Jira and the foundry',
      ),
    ).toEqual(['risk-management experience applied', 'jira experience applied']);
  });

  it('a list label after a clause break, with its own items', () => {
    expect(
      outcomeOf(
        'Experience\nCoordinated the release calendar of the program; Tools: Jira and the usual trackers of every team',
      ),
    ).toEqual(['jira experience listed']);
  });

  it('a clause after a break that opens with Word’s "o" bullet describes work', () => {
    expect(
      outcomeOf('Summary\nKept the release plans current for the program • o Tracked the work in Jira'),
    ).toEqual(['jira summary applied']);
  });
});

describe('a bare item: what counts as a word', () => {
  const strength = (line: string) => mention(`Experience\n${line}`, 'scrum').strength;

  it('words start with any letter, A to Z in either case', () => {
    expect(strength('Scrum Jira Board Admin Setup')).toBe('listed');
    expect(strength('Scrum Jira Board Zone Setup')).toBe('listed');
    expect(strength('Scrum Jira Board Setup across Teams')).toBe('applied');
    expect(strength('Scrum Jira Board Setup on z/OS')).toBe('applied');
  });

  it('dashes between the words are no words', () => {
    expect(strength('Scrum – Jira – Board – Setup – Plan')).toBe('listed');
  });

  it('a Title Case run of exactly 200 characters is still an item', () => {
    const line = `Scrum Jira${' Board'.repeat(31)} Abc`;
    expect(line.length).toBe(200);
    expect(strength(line)).toBe('listed');
  });

  it('is judged on the first 200 characters of the clause', () => {
    const four = `Scrum Jira Board ${'A'.repeat(182)} `;
    expect(four.length).toBe(200);
    expect(strength(`${four}rest of the sentence goes here`)).toBe('listed');
  });
});

describe('a list of short items: separators and words', () => {
  const outcome = (line: string) => outcomeOf(`Experience\n${line}`);

  it('one ambiguous name among list items has no context; two have', () => {
    expect(outcome('Go, Excel, Word')).toEqual(['go no-context']);
  });

  it('a trailing comma makes no third item', () => {
    expect(outcome('Go, R,')).toEqual(['go no-context', 'r no-context']);
  });

  it('words count the same after a comma with no space, and across no-break spaces', () => {
    expect(outcome(`Go,R,Excel${' words'.repeat(7)}`)).toEqual(['go no-context', 'r no-context']);
    expect(outcome(`Go, R, Excel${'\u00a0words'.repeat(7)}`)).toEqual(['go no-context', 'r no-context']);
  });

  it('a leading "* " bullet and a final " ." are no words', () => {
    // In a projects section: in an experience section a bulleted list that names more than skills
    // reads as duties, whatever its words.
    expect(outcomeOf(`Projects\n* Go, R, Excel${' words'.repeat(6)}`)).toEqual([
      'go projects listed',
      'r projects listed',
    ]);
    expect(outcome(`Go, R, Excel${' words'.repeat(6)} .`)).toEqual([
      'go experience listed',
      'r experience listed',
    ]);
  });
});

describe('what breaks a clause, and what does not', () => {
  const outcome = (line: string) => outcomeOf(`Experience\n${line}`);

  it('" & ", " - " and a footnote mark after a word ("Python* or") do not end a negation’s reach', () => {
    expect(outcome('No experience with Python & Jira')).toEqual(['python negated', 'jira negated']);
    expect(outcome('No experience with Python* or Jira')).toEqual(['python negated', 'jira negated']);
  });

  it('a break more than 160 characters back leaves the clause at 160', () => {
    const line = `Kept the board current; No experience with ${'alphas '.repeat(20)}  Jira`;
    expect(outcome(line)).toEqual(['jira experience applied']);
  });

  it('a break exactly 160 characters back still starts the clause', () => {
    const line = `Kept the board current; Tools: ${'alphas '.repeat(21)}abc Jira and the usual trackers of every team`;
    expect(line.indexOf('Jira') - line.indexOf(';')).toBe(160);
    expect(outcome(line)).toEqual(['jira experience listed']);
  });

  it('a cue counts only before the mention, never after it', () => {
    expect(outcome('Tracked work in Jira but never used Python')).toEqual([
      'jira experience applied',
      'python negated',
    ]);
    expect(outcome('Tracked work in Jira, basic knowledge of Python')).toEqual([
      'jira experience applied',
      'python experience applied hedged',
    ]);
  });
});

describe('the quote of a long line: its clause, and the mention always in it', () => {
  const filler = 'alphas '.repeat(30);
  const tail = ' omegas'.repeat(30);

  it('drops the separator (" | ", a tab) and keeps the first word', () => {
    expect(quoteOf(`${filler}| Kept the Jira board current |${tail}`)).toBe('Kept the Jira board current');
    expect(quoteOf(`${filler}\tKept the Jira board current\t${tail}`)).toBe('Kept the Jira board current');
  });

  it('a carriage return inside a line is a space: after a full stop it ends the sentence', () => {
    expect(quoteOf(`${filler}done.\rKept the Jira board current.${tail}`)).toBe(
      'Kept the Jira board current.',
    );
  });

  it('never starts after the mention nor ends before it, even inside a run with no spaces', () => {
    const line = `${'alphas '.repeat(10)}${'x'.repeat(150)}/Jira/${'y'.repeat(150)}${' omegas'.repeat(10)}`;
    expect(quoteOf(line)).toBe('Jira');
  });

  it('each mention of one clause gets its own window: the same start, another end', () => {
    const line = `${filler}. Kept the Jira board and the Python scripts current${tail}`;
    const { mentions } = extractSkills(`Experience\n${line}`, taxonomy);
    expect(mentions.map((m) => m.quote)).toEqual([
      `Kept the Jira board and the Python scripts current${' omegas'.repeat(11)}`,
      `Kept the Jira board and the Python scripts current${' omegas'.repeat(14)}`,
    ]);
  });

  it('each mention of one clause gets its own window: another start, the same end', () => {
    const line = `${filler}Kept the Jira board and the Python scripts current.${tail}`;
    const { mentions } = extractSkills(`Experience\n${line}`, taxonomy);
    expect(mentions.map((m) => m.quote)).toEqual([
      `${'alphas '.repeat(15)}Kept the Jira board and the Python scripts current.`,
      `${'alphas '.repeat(13)}Kept the Jira board and the Python scripts current.`,
    ]);
  });
});

describe('a bulleted list of duties under a job', () => {
  const strength = (line: string) => mention(`Experience\n${line}`, 'risk-management').strength;

  it('is work done: its items are duties, not skill names', () => {
    expect(strength('• Day-to-day site work, risk management, weekly progress meetings.')).toBe('applied');
    expect(strength('✓ Submittals, punch lists, risk management, field coordination.')).toBe('applied');
  });

  it('is a list where the bullet has no mark, only names skills, sits under a label or claims exposure', () => {
    expect(strength('Day-to-day site work, risk management, weekly progress meetings.')).toBe('listed');
    expect(strength('• RAID log, Jira, Python, Java')).toBe('listed');
    expect(strength('• 12 weeks: Waterfall and Agile, Jira, risk management, stakeholder mapping')).toBe(
      'listed',
    );
    expect(strength('➢ Experience on risk management, SOLMAN, SAP GTS, SAP PI')).toBe('listed');
    expect(strength('• Closely working with developers, risk management, UAT testers')).toBe('listed');
  });

  it('is a list outside an experience section', () => {
    expect(
      mention(`Skills\n• Day-to-day site work, risk management, weekly progress meetings.`, 'risk-management')
        .strength,
    ).toBe('listed');
  });
});

describe('work done as a course exercise names a skill, it does not show it', () => {
  const strength = (line: string) => mention(`Projects\n${line}`, 'risk-management').strength;

  it('a made-up case, a mock or practice project, a course or class project is listed', () => {
    expect(strength('- Planned a fictional clinic rollout: Gantt, budget, risk management, comms plan')).toBe(
      'listed',
    );
    expect(strength('- Wrote the charter and did risk management for a mock office relocation project')).toBe(
      'listed',
    );
    expect(strength('- Ran risk management on a hypothetical data-centre move')).toBe('listed');
    expect(strength('- Course project: risk management and a schedule for a 3-month launch')).toBe('listed');
  });

  it("a capstone is an exercise beside a certificate or course, a student team's own product otherwise", () => {
    expect(strength('Capstone (Google PM Certificate): charter, RACI, risk management, schedule')).toBe(
      'listed',
    );
    expect(strength('Coursera certificate capstone: did risk management for an event plan')).toBe('listed');
    expect(strength('- Led risk management for our 4-person capstone app, shipped to 300 students')).not.toBe(
      'listed',
    );
  });

  it('rehearsals inside real work are work: mock conversions, mock services', () => {
    expect(strength('- Led risk management for the core banking upgrade, 3 mock conversions')).not.toBe(
      'listed',
    );
    expect(
      strength('- Built mock services for the payment provider; risk management of the cutover'),
    ).not.toBe('listed');
  });
});

describe('learning is not work: a course, a certificate, a training or a platform names a skill', () => {
  const strength = (line: string, section = 'Experience') => mention(`${section}\n${line}`, 'jira').strength;

  it('completing or taking a course or certificate, attending a training, studying on a platform', () => {
    expect(strength('- Completed the Google Project Management Certificate: Agile, Jira, risk logs')).toBe(
      'listed',
    );
    expect(strength('- Took an online course in Jira and Confluence administration')).toBe('listed');
    expect(strength('- Attended a two-day training on Jira dashboards')).toBe('listed');
    expect(strength('- Built Jira boards for practice on Coursera')).toBe('listed');
    expect(strength('- Currently learning Jira and SQL')).toBe('listed');
    expect(strength('- Self-taught Jira and Python in the evenings')).toBe('listed');
  });

  it('running a training or completing work is work', () => {
    expect(strength('- Ran the weekly training sessions on Jira for 40 users')).toBe('applied');
    expect(strength('- Completed the migration to Jira two weeks early')).toBe('applied');
  });

  it("on a line too long to quote whole, only the learning sentence's mentions", () => {
    const pad = 'with weekly reviews of scope, schedule and the open issues of every workstream involved. ';
    const line = `Completed a course in Jira administration in 2019. Set up Jira for 6 teams ${pad.repeat(4)}`;
    const found = extractSkills(`Experience\n${line}`, taxonomy).mentions.filter((m) => m.skillId === 'jira');
    expect(found.map((m) => m.strength)).toEqual(['listed', 'applied']);
  });
});
