// What describesWork and describesProduct read as a line of work done, from the mutation run of
// cues.ts (docs/testing.md): each rule a line of the resume depends on.
import { describe, expect, it } from 'vitest';
import { describesProduct, describesWork } from './cues.ts';

describe('describesWork: a clause that opens with an action verb', () => {
  it.each([
    'Coordinated releases across four teams',
    'Coordinates releases',
    'Coordinate releases',
    'Led the migration',
    'Organized quarterly planning',
    'Managed vendors',
    'ORGANIZED QUARTERLY PLANNING',
    'ANALYZED THE DATA',
    'Automated the nightly build',
    'Travelled onsite for discussions with clients',
    'Co-ordinating with ISPs for WAN issues',
    'Meet with clients every week',
    'Interacted with end users in the design phase',
  ])('reads "%s" as work', (clause) => {
    expect(describesWork(clause)).toBe(true);
  });

  // Verbs of growth and change that open many modern resume lines.
  it.each([
    'Scaled engineering team from 3 to 28',
    'Grew the support desk to 12 agents',
    'Revamped the release process, cutting lead time to 4 days',
    'Overhauled sprint planning so commitments matched velocity',
    'Pioneered a risk register for the platform roadmap',
    'Leveraged Jira dashboards to report progress to leadership',
    'Modernized the billing platform',
    'Streamlined and standardised the intake of change requests',
    'Exceeded quarterly delivery targets',
    'Transitioned three legacy services to the cloud',
    'Empowered squads to own their releases',
  ])('reads "%s" as work', (clause) => {
    expect(describesWork(clause)).toBe(true);
  });

  // Verbs of testing, planning and explaining that open many lines of work.
  it.each([
    'Logged defects in Jira and tracked them until closure',
    'Reproduced customer issues and filed bugs with engineering',
    'Checked vendor invoices against the contract',
    'Demoed each sprint to the client',
    'Explained release notes to the support team',
    'Elicited requirements from nursing staff',
    'Budgeted the migration at $1.2M',
    'Groomed the backlog with the product owner',
    'Rolled out Jira to three departments',
    'Mitigated delivery risks with a phased cutover',
    'Unblocked two squads by settling the API contract',
    // "Line manage" is British for managing people who report to you.
    'Line managed 4 Band 7 managers',
  ])('reads "%s" as work', (clause) => {
    expect(describesWork(clause)).toBe(true);
  });

  it.each([
    '• Built the pipeline',
    '- Built the pipeline',
    '1) Led the migration',
    '• Responsible for the release calendar',
  ])('reads past a bullet or number: "%s"', (clause) => {
    expect(describesWork(clause)).toBe(true);
  });

  it.each([
    'I built the pipeline',
    'Successfully delivered the upgrade',
    'Quickly built a prototype',
    'Single-handedly built the test suite',
    'I successfully built the pipeline',
  ])('reads past up to two words before the verb: "%s"', (clause) => {
    expect(describesWork(clause)).toBe(true);
  });

  // Working with or on something, said in any tense and with an adverb, is a duty (a summary's
  // "Worked closely with clinicians, IT and vendors"); "most recently" leads into a verb.
  it.each([
    'Worked closely with clinicians, IT and vendors',
    'Work with InfoSec on firewall policy clean-up',
    'Working across product and engineering teams',
    'Works alongside the finance team on month-end',
    'Worked with: vendors, the PMO and finance',
    'Most recently led the move to Snowflake',
  ])('reads "%s" as work', (clause) => {
    expect(describesWork(clause)).toBe(true);
  });

  it.each([
    ['a heading that names work', 'Work experience in Agile teams'],
    ['an adjective before "with"', 'Worked hard with'],
    ['"most" before a noun', 'Most experienced in Jira'],
    ['a word that only begins like the preposition', 'Worked internationally for ten years'],
  ])('does not read %s as work', (_, clause) => {
    expect(describesWork(clause)).toBe(false);
  });

  it.each([
    ['a third word before the verb', 'I also successfully built the pipeline'],
    ['no verb at all', 'Java developer with five years in banking'],
    ['only a lead-in word', 'Successfully'],
    ['only symbols', '••• ---'],
    ['nothing', ''],
    ['a verb inside a hyphenated word', 'Well-managed portfolio of clients'],
    ['words that start only after 120 characters', `${'•'.repeat(118)}Led the migration`],
  ])('does not read %s as work', (_, clause) => {
    expect(describesWork(clause)).toBe(false);
  });
});

describe('describesProduct: more of the rules', () => {
  it('reads past any run of leading symbols and an opening "Additionally,"', () => {
    expect(describesProduct('-- • This system manages ')).toBe(true);
    expect(describesProduct('Additionally,  this system manages ')).toBe(true);
    expect(describesProduct('This system manages ')).toBe(true);
  });

  it('needs the build verb before the product, not after it', () => {
    expect(describesProduct('Reviewed the dashboard for managers to see what the team built with ')).toBe(
      false,
    );
    expect(describesProduct('Built the dashboard for managers to see ')).toBe(true);
  });
});
