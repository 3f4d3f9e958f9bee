export { auditPosting, type PostingAudit, type PostingInput, resolvePosting } from './audit.ts';
export { FAMILY_LABELS, ROLE_FAMILIES, type RoleFamily } from './families.ts';
export { extractJobPostingLd, htmlToText } from './html.ts';
export { auditToJson, renderAuditMarkdown, renderAuditText } from './render.ts';
export { titleFamily } from './title.ts';
export { VERDICT_LABELS, VERDICTS, type Verdict } from './verdict.ts';
export { defaultVocabulary } from './vocabulary.ts';
