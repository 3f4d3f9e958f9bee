import { describe, expect, it } from 'vitest';
import { testTaxonomy } from '../../../test/fixtures/taxonomy.ts';
import { spellingTwin } from './matcher.ts';
import type { SkillInput } from './schema.ts';

// Every taxonomy here is compiled inside its test, not when the file loads: Stryker switches a
// mutant on at run time (docs/testing.md), so a matcher built at collection time would never
// see a mutant of the compiler (inflections, spellings, plural names, the trie's copies).

const skill = (id: string, aliases: SkillInput['aliases'], patterns: string[] = []): SkillInput => ({
  id,
  label: id,
  kind: 'soft',
  aliases,
  patterns,
});

/** What a taxonomy of `skills` (and `lookalikes`) reads in `text`: "id:span" for each match. */
function read(skills: SkillInput[], text: string, lookalikes: string[] = []): string[] {
  return testTaxonomy(skills, lookalikes)
    .matcher.match(text)
    .map((m) => `${m.skillId}:${text.slice(m.start, m.end)}`);
}

/** The spans a one-pattern taxonomy reads in each text, one list per text. */
function readsEach(pattern: string, texts: string[]): string[][] {
  const m = testTaxonomy([skill('p', [], [pattern])]).matcher;
  return texts.map((t) => m.match(t).map((x) => t.slice(x.start, x.end)));
}

describe('a pattern word reads its inflected forms', () => {
  it('a final e: drops it before -ing, but "ee" keeps it', () => {
    expect(readsEach('manage risk', ['manages risk', 'managed risk', 'managing risk'])).toEqual([
      ['manages risk'],
      ['managed risk'],
      ['managing risk'],
    ]);
    expect(readsEach('agree scope', ['agrees scope', 'agreed scope', 'agreeing scope'])).toEqual([
      ['agrees scope'],
      ['agreed scope'],
      ['agreeing scope'],
    ]);
  });

  it('a consonant and y: -ies, -ied, -ying; a vowel and y: -s, -ed, -ing', () => {
    expect(readsEach('identify risk', ['identifies risk', 'identified risk', 'identifying risk'])).toEqual([
      ['identifies risk'],
      ['identified risk'],
      ['identifying risk'],
    ]);
    expect(
      readsEach('survey users', ['surveys users', 'surveyed users']).concat(
        readsEach('buy licence', ['buys licence']),
      ),
    ).toEqual([['surveys users'], ['surveyed users'], ['buys licence']]);
    expect(readsEach('deploy code', ['deploys code', 'deployed code', 'deploying code'])).toEqual([
      ['deploys code'],
      ['deployed code'],
      ['deploying code'],
    ]);
  });

  it('-es after s, x, z, ch and sh; -s after anything else', () => {
    expect(
      readsEach('fix bug', ['fixes bug', 'fixed bug', 'fixing bug']).concat(
        readsEach('coach staff', ['coaches staff']),
        readsEach('publish report', ['publishes report']),
        readsEach('focus effort', ['focuses effort']),
        readsEach('buzz word', ['buzzes word']),
        readsEach('host event', ['hosts event', 'hosted event', 'hosting event']),
      ),
    ).toEqual([
      ['fixes bug'],
      ['fixed bug'],
      ['fixing bug'],
      ['coaches staff'],
      ['publishes report'],
      ['focuses effort'],
      ['buzzes word'],
      ['hosts event'],
      ['hosted event'],
      ['hosting event'],
    ]);
  });

  it('a short word ending consonant-vowel-consonant doubles its consonant', () => {
    expect(
      readsEach('plan release', ['planned release', 'planning release', 'plans release']).concat(
        readsEach('admit patient', ['admitted patient', 'admitting patient']),
        readsEach('ship feature', ['shipped feature']),
      ),
    ).toEqual([
      ['planned release'],
      ['planning release'],
      ['plans release'],
      ['admitted patient'],
      ['admitting patient'],
      ['shipped feature'],
    ]);
  });

  it('irregular past forms', () => {
    expect(
      readsEach('lead team', ['led team', 'leads team']).concat(
        readsEach('write spec', ['wrote spec', 'written spec']),
        readsEach('oversee vendor', ['oversaw vendor', 'overseen vendor', 'overseeing vendor']),
      ),
    ).toEqual([
      ['led team'],
      ['leads team'],
      ['wrote spec'],
      ['written spec'],
      ['oversaw vendor'],
      ['overseen vendor'],
      ['overseeing vendor'],
    ]);
  });

  it('a plural pattern word reads its singular', () => {
    expect(
      readsEach('manage risks', ['managed risk']).concat(
        readsEach('track dependencies', ['tracked dependency']),
        readsEach('review processes', ['reviewed process']),
        readsEach('sort boxes', ['sorted box']),
        readsEach('merge branches', ['merged branch']),
        readsEach('fix crashes', ['fixed crash']),
      ),
    ).toEqual([
      ['managed risk'],
      ['tracked dependency'],
      ['reviewed process'],
      ['sorted box'],
      ['merged branch'],
      ['fixed crash'],
    ]);
  });

  it('only a plural loses its s, -ies or -es: "form" is no "for", "tools" no "toy" or "too"', () => {
    expect(readsEach('form * team', ['formed a team', 'for the team'])).toEqual([['formed a team'], []]);
    expect(readsEach('fix tools', ['fixed tool', 'fixed toy', 'fixed too much'])).toEqual([
      ['fixed tool'],
      [],
      [],
    ]);
  });

  it('words under three letters and words with other characters stay as they are', () => {
    // "IT support" is no "its support".
    expect(readsEach('it support', ['its support', 'IT support'])).toEqual([[], ['IT support']]);
    expect(readsEach('b2b sale', ['b2bs sale', 'B2B sales'])).toEqual([[], ['B2B sales']]);
  });
});

describe('both spellings of -ize and -ise words', () => {
  it('in every ending a pattern or a name may take', () => {
    const skills = [
      skill('org', ['organizational skills', 'Data Visualization'], ['organize * events', 'analyse data']),
    ];
    const texts = [
      'organisational skills',
      'data visualisations',
      'organised the events',
      'organises the events',
      'organising two events',
      'analyzed data',
      'analyzing data',
    ];
    expect(texts.map((t) => read(skills, t))).toEqual([
      ['org:organisational skills'],
      ['org:data visualisations'],
      ['org:organised the events'],
      ['org:organises the events'],
      ['org:organising two events'],
      ['org:analyzed data'],
      ['org:analyzing data'],
    ]);
    // The twin is the whole word's: a word with a digit before its stem has none.
    expect(spellingTwin('3dvisualize')).toBeUndefined();
  });
});

describe('a one-word name', () => {
  it('reads its other spelling, but no plural of either', () => {
    const skills = [skill('virt', ['Virtualization'])];
    expect(read(skills, 'virtualisation; virtualization; virtualisations; virtualizations')).toEqual([
      'virt:virtualisation',
      'virt:virtualization',
    ]);
  });
});

describe('names of several words', () => {
  const names = [
    skill('branch', ['Release Branch']),
    skill('mesh', ['Data Mesh']),
    skill('index', ['Search Index']),
    skill('gateway', ['Payment Gateway']),
    skill('test', ['Unit Test']),
    skill('api', ['Web API']),
    skill('review', ['Code Review Board']),
    skill('schema', ['Data Schema']),
    skill('strategy', ['Test Strategy']),
  ];

  it('read their last word plural as English spells it', () => {
    const text =
      'release branches, data meshes, search indexes, payment gateways, unit tests, data schemas, test strategies';
    expect(read(names, text)).toEqual([
      'branch:release branches',
      'mesh:data meshes',
      'index:search indexes',
      'gateway:payment gateways',
      'test:unit tests',
      'schema:data schemas',
      'strategy:test strategies',
    ]);
  });

  it('leave a last word under four letters, and every word but the last, as they are', () => {
    expect(read(names, 'web apis; codes review board; code reviews board')).toEqual([]);
    expect(read(names, 'Web API; Code Review Board')).toEqual(['api:Web API', 'review:Code Review Board']);
  });

  it('read a case-insensitive object alias in any case, and only flag needsContext where asked', () => {
    const t = testTaxonomy([
      skill('rust', [{ text: 'Rust', needsContext: true }, 'Rust Lang']),
      skill('go', [
        { text: 'Go', caseSensitive: true },
        { text: 'GO', caseSensitive: true },
      ]),
    ]);
    expect(t.matcher.match('rust, rust lang, Go, GO, go')).toEqual([
      { skillId: 'rust', needsContext: true, start: 0, end: 4 },
      { skillId: 'rust', needsContext: false, start: 6, end: 15 },
      { skillId: 'go', needsContext: false, start: 17, end: 19 },
      { skillId: 'go', needsContext: false, start: 21, end: 23 },
    ]);
  });
});

describe('what a match carries', () => {
  it('a phrase pattern is flagged as one; a name is not', () => {
    const t = testTaxonomy([skill('risk', ['risk register'], ['mitigate * risk'])]);
    expect(t.matcher.match('Risk register; mitigated delivery risks')).toEqual([
      { skillId: 'risk', needsContext: false, start: 0, end: 13 },
      { skillId: 'risk', needsContext: false, start: 15, end: 39, phrase: true },
      // The phrase reads on from its second word: nothing there.
    ]);
  });

  it('one match for a skill whose names are the same words; one for each skill sharing a name', () => {
    expect(read([skill('ci', ['CI/CD', 'CI-CD', 'ci cd'])], 'CI/CD pipelines')).toEqual(['ci:CI/CD']);
    expect(read([skill('a', ['Scrum']), skill('b', ['Scrum'])], 'Scrum')).toEqual(['a:Scrum', 'b:Scrum']);
  });

  it('a name that is also a pattern of the same skill keeps its whole span', () => {
    const t = testTaxonomy([skill('risk', ['risk management'], ['risk management'])]);
    expect(t.matcher.match('risk management plan')).toEqual([
      { skillId: 'risk', needsContext: false, start: 0, end: 15 },
    ]);
  });

  it('surface forms: every name and every pattern without a wildcard, lowercased, once, in order', () => {
    const t = testTaxonomy(
      [
        skill('b', ['Zeta', 'CI/CD', 'ci/cd', '--'], ['mitigate * risk', 'Risk Review', '&&']),
        skill('a', ['Alpha']),
      ],
      ['go live'],
    );
    expect(t.matcher.surfaceForms()).toEqual(['alpha', 'ci/cd', 'risk review', 'zeta']);
  });
});

describe('a word form of one path never reaches another path', () => {
  it("a name through the pattern's inflections of its first word", () => {
    // "lead team" reads lead, leads, led, leading; the name "Leads Pipeline" lists only "leads".
    const skills = [skill('leadership', [], ['lead team']), skill('sales', ['Leads Pipeline'])];
    expect(read(skills, 'Leads pipeline')).toEqual(['sales:Leads pipeline']);
    expect(read(skills, 'Led pipeline reviews; leading pipeline work')).toEqual([]);
    expect(read(skills, 'Leads team; led team')).toEqual(['leadership:Leads team', 'leadership:led team']);
  });

  it("a pattern through another's wildcard after a shared word", () => {
    // "lead * team" and "leads * budget": the second's first word reads leads and lead, never led.
    const skills = [
      skill('leadership', [], ['lead * team']),
      skill('budget', [{ text: 'Leads', caseSensitive: true }], ['leads * budget']),
    ];
    expect(read(skills, 'led the team')).toEqual(['leadership:led the team']);
    expect(read(skills, 'led the budget')).toEqual([]);
    expect(read(skills, 'leads the budget')).toEqual(['budget:leads the budget']);
    expect(read(skills, 'lead the budget')).toEqual(['budget:lead the budget']);
    expect(read(skills, 'leads the team')).toEqual(['leadership:leads the team']);
  });

  it('what a copied word already produces, and the paths after it', () => {
    // "Leads" (exact case) is a copy of the node "lead" reaches: it keeps "lead"'s own output and
    // its next words, and what is added after it stays on the copy.
    const one = [skill('lead', [], ['lead']), skill('sales', [{ text: 'Leads', caseSensitive: true }])];
    expect(read(one, 'led; Leads')).toEqual(['lead:led', 'lead:Leads', 'sales:Leads']);
    const two = [skill('lead', [], ['lead qa']), skill('board', ['Leads QA Board'])];
    expect(read(two, 'Led QA board')).toEqual(['lead:Led QA']);
    expect(read(two, 'Leads QA board')).toEqual(['board:Leads QA board']);
    expect(read(two, 'Leads QA team')).toEqual(['lead:Leads QA']);
  });
});

describe('matching', () => {
  it('a pattern may open with a wildcard', () => {
    expect(read([skill('roadmap', [], ['* roadmap'])], 'Owned the product roadmap')).toEqual([
      'roadmap:product roadmap',
    ]);
  });

  it('a wildcard stands for a word that is there: never past the end of the text or a line', () => {
    const skills = [skill('lead', [], ['lead * team'])];
    expect(read(skills, 'Team lead')).toEqual([]);
    expect(read([skill('l', [], ['lead *'])], 'Team lead')).toEqual([]);
    expect(read([skill('l', [], ['lead *'])], 'Team lead\nOps')).toEqual([]);
    expect(read(skills, 'lead a\nteam')).toEqual([]);
    expect(read(skills, 'lead a team')).toEqual(['lead:lead a team']);
  });

  it('at one length, the path of listed words wins over a wildcard', () => {
    const skills = [skill('plans', [], ['write test plan']), skill('docs', [], ['write * plan'])];
    expect(read(skills, 'Wrote test plans')).toEqual(['plans:Wrote test plans']);
    expect(read(skills, 'Wrote release plans')).toEqual(['docs:Wrote release plans']);
  });

  it('a case-sensitive name in the wrong case leaves the shorter name that matches', () => {
    const skills = [
      skill('go', [{ text: 'Go', caseSensitive: true }]),
      skill('golive', [{ text: 'Go Live', caseSensitive: true }]),
    ];
    expect(read(skills, 'Go live in May')).toEqual(['go:Go']);
    expect(read(skills, 'Go Live in May')).toEqual(['golive:Go Live']);
    expect(read(skills, 'go Live in May')).toEqual([]);
  });

  it('a longer name on the path of a look-alike wins over it', () => {
    const skills = [
      skill('go', [{ text: 'Go', caseSensitive: true }]),
      skill('golive', ['Go-Live Checklist']),
    ];
    expect(read(skills, 'Go live checklist; Go live in May', ['go live'])).toEqual([
      'golive:Go live checklist',
    ]);
  });

  it("a look-alike past the listed words' phrase hides that phrase too", () => {
    const skills = [skill('release', [], ['coordinate release'])];
    const text = 'Coordinating release sign-off with developers';
    expect(read(skills, text, ['coordinate * * * with'])).toEqual([]);
    expect(read(skills, text)).toEqual(['release:Coordinating release']);
  });

  it("the listed words' phrase is read once when the longer path is the same skill", () => {
    const skills = [skill('release', [], ['coordinate release', 'coordinate * * * with'])];
    const text = 'Coordinating release sign-off with developers';
    expect(read(skills, text)).toEqual(['release:Coordinating release sign-off with']);
    const two = [...skills, skill('people', [], ['coordinate * * * with'])];
    expect(read(two, text)).toEqual([
      'release:Coordinating release sign-off with',
      'people:Coordinating release sign-off with',
    ]);
  });

  it("the listed words' phrase, read beside a longer one, is a phrase match of its own span", () => {
    const t = testTaxonomy([
      skill('release', [], ['coordinate release']),
      skill('people', [], ['coordinate * * * with']),
    ]);
    expect(t.matcher.match('Coordinating release sign-off with developers')).toEqual([
      { skillId: 'people', needsContext: false, start: 0, end: 34, phrase: true },
      { skillId: 'release', needsContext: false, start: 0, end: 20, phrase: true },
    ]);
  });

  it('a look-alike hides only its own words', () => {
    expect(read([skill('scrum', ['Scrum'])], 'Scrum team, go live', ['go live'])).toEqual(['scrum:Scrum']);
  });

  it('a name keeps its words whole even where another skill has the same words as a pattern', () => {
    const skills = [
      skill('sm', ['Scrum Master']),
      skill('sm-work', [], ['scrum master']),
      skill('master', ['Master']),
    ];
    expect(read(skills, 'Scrum Master')).toEqual(['sm:Scrum Master', 'sm-work:Scrum Master']);
  });

  it('an exact-case name beside a case-free name of the same word checks its case', () => {
    const skills = [skill('go-any', ['go']), skill('go-lang', [{ text: 'Go', caseSensitive: true }])];
    expect(read(skills, 'go; Go')).toEqual(['go-any:go', 'go-any:Go', 'go-lang:Go']);
  });

  it('every name of a large taxonomy is found (its table holds every edge)', () => {
    const names = Array.from({ length: 300 }, (_, k) => `tool${k.toString(36)}x`);
    const t = testTaxonomy(names.map((n) => skill(n, [n, `${n} suite`])));
    const text = names.map((n, k) => (k % 2 === 0 ? n : `${n} suite`)).join(', ');
    expect(t.matcher.match(text).map((m) => text.slice(m.start, m.end))).toEqual(
      names.map((n, k) => (k % 2 === 0 ? n : `${n} suite`)),
    );
  });
});

describe('a pattern opening with "^" counts only where it opens its line', () => {
  it('after a bullet, a number or spaces, on any line, not after a word', () => {
    expect(
      readsEach('^ led', [
        'Led the vendor selection',
        '• Led incident reviews',
        '  3. Led the audit',
        'Summary\n- Led onboarding',
        'The redesign led to growth',
        'Project led by the CTO',
      ]),
    ).toEqual([['Led'], ['Led'], ['Led'], ['Led'], [], []]);
  });

  it('leaves a longer pattern through the same words its own match, and a look-alike its span', () => {
    expect(read([skill('lead', [], ['^ led', 'led * team'])], 'Led the team')).toEqual(['lead:Led the team']);
    expect(read([skill('lead', [], ['^ led'])], 'Led by the CTO', ['led by'])).toEqual([]);
  });

  it('is not read beside a longer phrase through the same word in mid-line', () => {
    // The listed words' own phrase is read beside a longer wildcard phrase, but "^ led" only opens a line.
    const skills = [
      skill('lead', [], ['^ led', 'lead # ** staff']),
      skill('review', [], ['lead * * postmortems']),
    ];
    expect(read(skills, 'On call; led 4 incident postmortems')).toEqual([
      'review:led 4 incident postmortems',
    ]);
    expect(read(skills, 'Led 4 incident postmortems')).toEqual([
      'review:Led 4 incident postmortems',
      'lead:Led',
    ]);
  });
});

describe('a name and the items of a list', () => {
  const names = [
    skill('risk-management', ['Risk Management']),
    skill('risk', ['Risk']),
    skill('series-a', ['Series A']),
    skill('grc', ['Governance, Risk and Compliance']),
  ];

  it('reads no name across a comma, a semicolon, a bar or a bullet between its words', () => {
    for (const mark of [',', ';', ' |', ' •', ' ·'])
      expect(read(names, `Skills: risk${mark} management`), mark).toEqual(['risk:risk']);
    expect(read(names, 'time series, A/B testing')).toEqual([]);
    expect(read(names, 'Risk Management, Series A funding')).toEqual([
      'risk-management:Risk Management',
      'series-a:Series A',
    ]);
  });

  it('reads a name written with its comma across one, with or without it', () => {
    expect(read(names, 'Governance, Risk and Compliance')).toEqual(['grc:Governance, Risk and Compliance']);
    expect(read(names, 'Governance Risk and Compliance')).toEqual(['grc:Governance Risk and Compliance']);
  });

  it('lets a phrase pattern and a look-alike span a comma', () => {
    const phrase = [skill('p', [], ['coordinate ** with'])];
    expect(read(phrase, 'Coordinated the release, with the vendor')).toEqual([
      'p:Coordinated the release, with',
    ]);
    expect(read(names, 'risk, management consultants', ['risk management consultants'])).toEqual([]);
  });
});
