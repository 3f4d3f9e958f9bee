import { flagTitle } from '../audit/advice.ts';
import { auditPosting, type PostingAudit } from '../audit/audit.ts';
import { FAMILY_LABELS } from '../audit/families.ts';
import type { AuditVocabulary } from '../audit/vocabulary.ts';
import type { ListingAudit } from './listing.ts';

/** Bumped when the audit's cues or rules change meaning; `rolefit audit --db` re-audits older rows. */
export const LISTING_AUDIT_VERSION = '6';

const MAX_QUOTE = 160;

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();
const clip = (s: string): string => (s.length <= MAX_QUOTE ? s : `${s.slice(0, MAX_QUOTE - 1).trimEnd()}…`);

/** The line stored with a verdict: the strongest quoted red flag for a developer-leaning verdict, else why. */
export function auditReason(audit: PostingAudit): string {
  const { verdict } = audit.verdict;
  const flag = audit.redFlags[0];
  if (flag !== undefined && (verdict === 'disguised-developer' || verdict === 'hybrid')) {
    return `${flagTitle(flag)}: "${clip(oneLine(flag.quote))}"`;
  }
  if (verdict === 'not-applicable') {
    return `The title does not name a TPM role; the duties read as ${FAMILY_LABELS[audit.content.family]}.`;
  }
  return oneLine(audit.verdict.reason);
}

/** Audits a listing from its title and text; undefined when there is no text to audit. */
export function auditListing(
  title: string,
  text: string,
  vocabulary?: AuditVocabulary,
): ListingAudit | undefined {
  const result = auditPosting({ title, text }, vocabulary);
  if (!result.ok) return undefined;
  const audit = result.value;
  return {
    verdict: audit.verdict.verdict,
    contentFamily: audit.content.family,
    handsOnShare: audit.verdict.handsOnShare,
    reason: auditReason(audit),
    version: LISTING_AUDIT_VERSION,
  };
}
