import { describe, expect, it } from 'vitest';
import { auditPosting, type PostingAudit } from '../audit/audit.ts';
import type { Verdict } from '../audit/verdict.ts';
import { auditReason } from './listing-audit.ts';

const DEVELOPER_DUTIES =
  'Responsibilities\n- Write production code in Java and Python for our backend services.\n- Design and implement new APIs and microservices.\n- Participate in code reviews and fix bugs.\nRequirements\n- 5+ years of experience developing in Java or Go.';
/** A developer's duties under a TPM title, audited, then given the verdict, flag quote or reason a case needs. */
function audit(
  change: { verdict?: Verdict; quote?: string; flags?: false; reason?: string } = {},
): PostingAudit {
  const result = auditPosting({ title: 'Technical Project Manager', text: DEVELOPER_DUTIES });
  if (!result.ok) throw new Error('the posting has text');
  const a = structuredClone(result.value);
  if (change.verdict) a.verdict.verdict = change.verdict;
  if (change.reason !== undefined) a.verdict.reason = change.reason;
  if (change.quote !== undefined) a.redFlags[0]!.quote = change.quote;
  if (change.flags === false) a.redFlags = [];
  return a;
}
const FLAG = 'Hands-on coding is required (Java, Python)';

describe('auditReason', () => {
  it('quotes the strongest red flag for a disguised developer and for a hybrid', () => {
    const quote = `${FLAG}: "Write production code in Java and Python for our backend services."`;
    expect(auditReason(audit())).toBe(quote);
    expect(auditReason(audit({ verdict: 'hybrid' }))).toBe(quote);
  });

  it('gives the verdict’s reason, on one line, for the other verdicts and for a disguised developer with no flag', () => {
    const reason = '  Delivery duties\n  outweigh   hands-on ones. ';
    for (const verdict of ['genuine', 'not-tpm'] as const)
      expect(auditReason(audit({ verdict, reason }))).toBe('Delivery duties outweigh hands-on ones.');
    expect(auditReason(audit({ flags: false, reason }))).toBe('Delivery duties outweigh hands-on ones.');
  });

  it('says what the duties read as when the title names no TPM role', () => {
    expect(auditReason(audit({ verdict: 'not-applicable' }))).toBe(
      'The title does not name a TPM role; the duties read as software development.',
    );
  });

  it('puts the quote on one line, trimmed, and keeps it whole up to 160 characters', () => {
    expect(auditReason(audit({ quote: '  Write\n\tcode   daily.  ' }))).toBe(`${FLAG}: "Write code daily."`);
    const at = `${'x'.repeat(158)} y`;
    expect(auditReason(audit({ quote: at }))).toBe(`${FLAG}: "${at}"`);
  });

  it('cuts a longer quote to 159 characters, without the blanks at the cut, and adds an ellipsis', () => {
    const long = `${'x'.repeat(150)}    ${'y'.repeat(20)}`;
    expect(auditReason(audit({ quote: long }))).toBe(`${FLAG}: "${'x'.repeat(150)} ${'y'.repeat(8)}…"`);
    const blankAtCut = `${'x'.repeat(158)}   ${'y'.repeat(9)}`;
    expect(auditReason(audit({ quote: blankAtCut }))).toBe(`${FLAG}: "${'x'.repeat(158)}…"`);
  });
});
