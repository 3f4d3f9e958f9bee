import { describe, expect, it } from 'vitest';
import { SAMPLE_SKILLS, testTaxonomy } from '../../../test/fixtures/taxonomy.ts';
import { type RoleInput, roleSchema } from '../role/schema.ts';
import { renderRoleText } from './role-text.ts';

const taxonomy = testTaxonomy(SAMPLE_SKILLS);

// Each long text is longer than its column, so every continuation indent shows.
const LONG_WHY =
  'Delivery runs on it: the teams plan, estimate and re-plan every two weeks, and the TPM keeps the plan honest.';
const ROLE: RoleInput = {
  id: 'delivery-lead',
  title: 'Delivery Lead',
  summary:
    'Leads the delivery of software across several teams: plans, risks, dependencies and the people who decide, from the first estimate to the release.',
  titleAliases: ['Delivery Lead', 'Delivery Manager', 'Release Manager'],
  requirements: [
    {
      skill: 'agile',
      label: 'Agile / Scrum',
      category: 'technical',
      weight: 6,
      why: LONG_WHY,
      nextSteps: ['x'],
    },
    { skill: 'java', category: 'technical', weight: 1, why: 'Reads code reviews.', nextSteps: ['x'] },
    { skill: 'facilitation', category: 'soft', weight: 1, why: 'Runs the meetings.', nextSteps: ['x'] },
  ],
  trackRecord: {
    weight: 20,
    why: 'Hiring readers weigh a held title beside the skills: a delivery title says the person has done the whole job before.',
    backgrounds: {},
  },
  typicalWeek: [
    'Monday: plan the week with the tech leads, update the risk register and send the status report to the steering group.',
  ],
  marketReality: [
    {
      topic: 'Coding',
      listed:
        'Many postings ask for years of hands-on coding in Java or Python, sometimes as a hard requirement for the role.',
      real: 'The job needs enough understanding to follow design discussions and weigh estimates, not production code.',
      skills: [],
    },
  ],
  fitDimensions: [
    {
      id: 'ambiguity',
      label: 'Ambiguity',
      question: 'Do you enjoy turning a vague goal into a plan that several teams can follow and commit to?',
      why: 'w',
    },
  ],
};

describe('renderRoleText', () => {
  it('writes the guide: points of 100 by category, the track record, a week, the market, the questions', () => {
    expect(renderRoleText(roleSchema.parse(ROLE), taxonomy)).toBe(
      [
        'Delivery Lead',
        '=============',
        '',
        'Leads the delivery of software across several teams: plans, risks, dependencies and the people',
        'who decide, from the first estimate to the release.',
        '',
        'Technical skills (points of 100)',
        '  60.0  Agile / Scrum',
        '        Delivery runs on it: the teams plan, estimate and re-plan every two weeks, and the TPM',
        '        keeps the plan honest.',
        '  10.0  Java',
        '        Reads code reviews.',
        '',
        'Soft skills (points of 100)',
        '  10.0  facilitation',
        '        Runs the meetings.',
        '',
        'Track record (points of 100)',
        '  20.0  A job title that names the role or a close one',
        '        Hiring readers weigh a held title beside the skills: a delivery title says the person',
        '        has done the whole job before.',
        '',
        'A typical week',
        '  - Monday: plan the week with the tech leads, update the risk register and send the status',
        '    report to the steering group.',
        '',
        'What postings list versus what the job really asks',
        '  Coding',
        '    Listed: Many postings ask for years of hands-on coding in Java or Python, sometimes as a hard',
        '            requirement for the role.',
        '    Really: The job needs enough understanding to follow design discussions and weigh estimates,',
        '            not production code.',
        '',
        'Is it for you? Ask yourself',
        '  - Ambiguity: Do you enjoy turning a vague goal into a plan that several teams can',
        '    follow and commit to?',
        '',
        'Also known as: Delivery Lead, Delivery Manager, Release Manager',
        '',
      ].join('\n'),
    );
  });

  it('pads points under 10 to four characters', () => {
    const role = roleSchema.parse({
      ...ROLE,
      requirements: ROLE.requirements.slice(0, 2).map((r, k) => ({ ...r, weight: k === 0 ? 1 : 9 })),
    });
    const text = renderRoleText(role, taxonomy);
    expect(text).toContain('\n   8.0  Agile / Scrum\n');
    expect(text).toContain('\n  72.0  Java\n');
  });

  it('leaves out a track record worth nothing and the parts a role does not have', () => {
    const role = roleSchema.parse({
      ...ROLE,
      trackRecord: { ...ROLE.trackRecord!, weight: 0 },
      typicalWeek: [],
      marketReality: [],
      fitDimensions: [],
    });
    const text = renderRoleText(role, taxonomy);
    expect(text).toContain('        Runs the meetings.\n\nAlso known as: Delivery Lead');
    const { trackRecord: _trackRecord, ...noTrackRecord } = ROLE;
    expect(
      renderRoleText(
        roleSchema.parse({ ...noTrackRecord, typicalWeek: [], marketReality: [], fitDimensions: [] }),
        taxonomy,
      ),
    ).toContain('        Runs the meetings.\n\nAlso known as: Delivery Lead');
  });

  it('names at most 12 aliases, wrapped with an indent of two', () => {
    const aliases = Array.from({ length: 13 }, (_, k) => `Delivery Lead ${k + 1}`);
    const text = renderRoleText(roleSchema.parse({ ...ROLE, titleAliases: aliases }), taxonomy);
    expect(text.slice(text.indexOf('Also known as:'))).toBe(
      [
        'Also known as: Delivery Lead 1, Delivery Lead 2, Delivery Lead 3, Delivery Lead 4, Delivery',
        '  Lead 5, Delivery Lead 6, Delivery Lead 7, Delivery Lead 8, Delivery Lead 9, Delivery Lead',
        '  10, Delivery Lead 11, Delivery Lead 12',
        '',
      ].join('\n'),
    );
  });
});
