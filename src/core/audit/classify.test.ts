// Pins how cue hits become evidence (which sections a cue may match in, what a hit is worth where it
// sits, lists of partner teams) and how evidence becomes the content family.
import { describe, expect, it } from 'vitest';
import { classifyEvidence, collectEvidence, type Evidence } from './classify.ts';
import type { RoleFamily } from './families.ts';
import { segmentPosting } from './segment.ts';
import { type CueDomain, defaultVocabulary } from './vocabulary.ts';

const vocabulary = defaultVocabulary();
const evidence = (text: string) => collectEvidence(segmentPosting(text), vocabulary);
const hits = (text: string) => evidence(text).map((e) => [e.cueId, e.phrase, e.context, e.points]);

/** One piece of evidence as collectEvidence makes it, for a family or a domain. */
const found = (kind: RoleFamily | CueDomain, points: number): Evidence => {
  const domain = kind === 'technical' || kind === 'non-technical' ? kind : undefined;
  return {
    cueId: `cue-${kind}`,
    family: domain === undefined ? (kind as RoleFamily) : undefined,
    domain,
    label: kind,
    phrase: kind,
    sentence: `A duty that reads as ${kind}.`,
    context: 'duty',
    points,
    flag: undefined,
  };
};
const familyOf = (...list: Evidence[]) => classifyEvidence(list).family;

describe('collectEvidence', () => {
  it('matches a duty-only cue among duties and in text without headings, not among requirements', () => {
    const line = 'Write Python scripts to automate the weekly release report.';
    expect(hits(`Responsibilities:\n${line}`)).toEqual([
      ['dev-scripts', 'Write Python scripts', 'duty', 2],
      ['dev-lang-mention', 'Python', 'duty', 1],
    ]);
    expect(hits(`Requirements:\n${line}`)).toEqual([['dev-lang-mention', 'Python', 'requirement', 1]]);
    // Unknown context counts 0.8.
    expect(hits(line)).toEqual([
      ['dev-scripts', 'Write Python scripts', 'unknown', 1.6],
      ['dev-lang-mention', 'Python', 'unknown', 0.8],
    ]);
  });

  it('matches a requirement-only cue among requirements and nice-to-haves, not among duties', () => {
    expect(
      hits('Responsibilities:\nLead the programming teams that build our Java and Go services.'),
    ).toEqual([['dev-lang-mention', 'Java', 'duty', 1]]);
    expect(hits('Requirements:\nExperience leading programming teams that build Java services.')).toEqual([
      ['dev-lang-required', 'Experience leading programming teams that build Java', 'requirement', 2],
      ['dev-lang-mention', 'Java', 'requirement', 1],
    ]);
    // A nice-to-have counts 0.6 of a requirement.
    const preferred = evidence('Preferred qualifications:\n5+ years of coding experience in Java.');
    expect(preferred.map((e) => [e.cueId, e.context])).toEqual([
      ['dev-years-coding', 'preferred'],
      ['dev-lang-required', 'preferred'],
      ['dev-lang-mention', 'preferred'],
    ]);
    expect(preferred.map((e) => e.points)).toEqual([3 * 0.6, 2 * 0.6, 1 * 0.6]);
  });

  it('counts company boilerplate at 0.3 of a duty', () => {
    expect(hits('About us:\nWe are the marketing platform for small shops.')).toEqual([
      ['other-marketing', 'marketing', 'about', 2.5 * 0.3],
    ]);
  });

  it('takes no business function in a list of partner teams for the work, first, last or in a second list', () => {
    for (const line of [
      'Lead a device team spanning marketing, legal, finance and engineering.',
      'Lead a device team spanning engineering, legal, finance and marketing.',
      'Lead a device team spanning hardware, software, marketing and legal, and report to sales, finance and operations leaders.',
    ])
      expect(hits(`Responsibilities:\n${line}`)).toEqual([]);
    // A phrase that opens inside the list and runs past it names work.
    expect(
      hits('Responsibilities:\nPlan the datacenter move with finance, security and network operations.'),
    ).toEqual([['domain-systems', 'network operations', 'duty', 2.5]]);
    // Delivery work may be named inside the list.
    expect(
      hits(
        'Responsibilities:\nPartner with engineering, program management and finance teams on the launch plan.',
      ),
    ).toEqual([['pm-discipline', 'program management', 'duty', 2.5]]);
  });
});

describe('classifyEvidence', () => {
  it('lists a family’s phrases in lower case, strongest first', () => {
    const c = classifyEvidence(
      evidence(
        'About us:\nWe are a Sales company.\nResponsibilities:\nPlan marketing campaigns for our shops.',
      ),
    );
    expect(c.scores[0]).toEqual({ family: 'other', score: 3.25, phrases: ['marketing', 'sales'] });
  });

  it('counts hands-on skills asked for among the requirements at 0.6 toward the hands-on and technical balance', () => {
    const c = classifyEvidence(evidence('Requirements:\n5+ years of coding experience in Java.'));
    expect([c.family, c.handsOn, c.technical]).toEqual(['software-development', 3.6, 3.6]);
    expect(c.scores[0]).toMatchObject({ family: 'software-development', score: 6 });
    // So do nice-to-haves: (1.8 + 1.2 + 0.6) × 0.6.
    expect(
      classifyEvidence(evidence('Preferred qualifications:\n5+ years of coding experience in Java.')).handsOn,
    ).toBe(2.16);
  });

  it('counts delivery experience asked for among the requirements at 0.6 too: the duties come first', () => {
    const asked = (e: Evidence, context: Evidence['context']): Evidence => ({ ...e, context });
    const c = classifyEvidence([
      asked(found('project-management', 4), 'requirement'),
      asked(found('technical-program-management', 2), 'preferred'),
      found('agile-delivery', 1),
    ]);
    // 4 × 0.6 + 2 × 0.6 + 1, while the family scores keep the points as found.
    expect(c.delivery).toBe(4.6);
    expect(c.scores.find((s) => s.family === 'project-management')?.score).toBe(4);
  });

  it('counts data work as hands-on only in a sentence that makes it the role’s own engineering duty', () => {
    const c = classifyEvidence(
      evidence(
        'Responsibilities:\nDesign, build and maintain the data pipelines in SQL that feed our dashboards.\n' +
          'Partner with analysts to define the metrics behind the dashboards.',
      ),
    );
    expect(c.evidence.map((e) => [e.family, e.phrase, e.points])).toEqual([
      ['software-development', 'Design, build and maintain the data pipelines', 2.5],
      ['data', 'data pipelines', 2.5],
      ['data', 'dashboards', 2],
      ['data', 'SQL', 1.5],
      ['data', 'dashboards', 2],
    ]);
    // The duty 2.5, with the dashboards and SQL it builds (2 + 1.5); "data pipelines" is already in the
    // duty's own words, and the second sentence's dashboards are what the analysts' metrics are about.
    expect(c.handsOn).toBe(6);
  });

  it('labels delivery work TPM when technical cues reach a quarter of the project-management evidence', () => {
    expect(familyOf(found('project-management', 4), found('technical-program-management', 1))).toBe(
      'technical-program-management',
    );
    expect(familyOf(found('project-management', 4), found('technical-program-management', 0.9))).toBe(
      'project-management',
    );
    // What the work is about counts as a technical cue.
    expect(familyOf(found('project-management', 4), found('technical', 1))).toBe(
      'technical-program-management',
    );
  });

  it('labels delivery work TPM only while the technical evidence is at least the other work', () => {
    const pmTpm = [found('project-management', 4), found('technical-program-management', 2)];
    expect(familyOf(...pmTpm, found('other', 2))).toBe('technical-program-management');
    expect(familyOf(...pmTpm, found('other', 2.5))).toBe('project-management');
  });

  it('ranks pooled project and TPM evidence together against each other family', () => {
    // 3 + 2 outweigh product work of 4, though neither alone does.
    expect(
      familyOf(
        found('project-management', 3),
        found('technical-program-management', 2),
        found('product-management', 4),
      ),
    ).toBe('technical-program-management');
  });

  it('lets other business work win when it scores highest', () => {
    expect(familyOf(found('other', 10), found('project-management', 3))).toBe('other');
  });

  it('claims a family from 2 points of evidence, and none below', () => {
    expect(familyOf(found('software-development', 2))).toBe('software-development');
    expect(familyOf(found('software-development', 1.9))).toBe('other');
  });

  it('sorts the family scores strongest first', () => {
    const c = classifyEvidence([
      found('qa-test', 1),
      found('software-development', 3),
      found('devops-sre', 2),
    ]);
    expect(c.scores.slice(0, 3).map((s) => [s.family, s.score])).toEqual([
      ['software-development', 3],
      ['devops-sre', 2],
      ['qa-test', 1],
    ]);
  });
});
