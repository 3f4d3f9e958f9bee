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
});
