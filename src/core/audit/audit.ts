// The posting audit: text (+ optional title or HTML) → role family, TPM verdict, red flags, missing essentials, fixes, RACI.
import { fail, ok, type Result } from '../result.ts';
import { repairMojibake } from '../text/mojibake.ts';
import {
  checkEssentials,
  draftRaci,
  type EssentialCheck,
  findRedFlags,
  type RaciDraft,
  type RedFlag,
  suggestFixes,
} from './advice.ts';
import { type ContentClassification, classifyEvidence, collectEvidence } from './classify.ts';
import type { RoleFamily } from './families.ts';
import { extractHtmlHeading, extractJobPostingLd, htmlToText } from './html.ts';
import { segmentPosting } from './segment.ts';
import { isTpmFamily, type TitleScope, titleFamily, titleScope } from './title.ts';
import { decideVerdict, type VerdictResult } from './verdict.ts';
import { type AuditVocabulary, defaultVocabulary } from './vocabulary.ts';

export interface PostingInput {
  /** Plain text of the posting (for HTML, pass `html` instead or as well). */
  text?: string;
  /** Raw HTML of the posting page: JSON-LD JobPosting first, then page text. */
  html?: string;
  /** A title given by the user; wins over anything found in the document. */
  title?: string;
}

export type TitleSource = 'given' | 'json-ld' | 'heading' | 'first-line' | 'none';

export interface PostingAudit {
  title: string | undefined;
  titleSource: TitleSource;
  titleFamily: RoleFamily | undefined;
  tpmTitled: boolean;
  /** Which kind of title gets the verdict (TPM or program/project manager); undefined: not applicable. */
  titleScope: TitleScope | undefined;
  content: ContentClassification;
  verdict: VerdictResult;
  redFlags: RedFlag[];
  essentials: EssentialCheck[];
  fixes: string[];
  raci: RaciDraft | undefined;
}

interface ResolvedPosting {
  text: string;
  title: string | undefined;
  titleSource: TitleSource;
}

/** Works out the text and title to audit: --title, else JSON-LD title, else the page heading, else the first line. */
export function resolvePosting(input: PostingInput): ResolvedPosting {
  let text = input.text ?? '';
  let found: { title: string; source: TitleSource } | undefined;
  if (input.html !== undefined) {
    const ld = extractJobPostingLd(input.html);
    if (ld?.title !== undefined) found = { title: ld.title, source: 'json-ld' };
    if (text.trim() === '') text = ld?.description ?? htmlToText(input.html);
    if (found === undefined) {
      const heading = extractHtmlHeading(input.html);
      if (heading !== undefined) found = { title: heading, source: 'heading' };
    }
  }
  text = repairMojibake(text).text;
  if (found === undefined) {
    const first = text
      .split('\n')
      .map((l) => l.replace(/^#+\s*/, '').trim())
      .find((l) => l !== '');
    if (first !== undefined && first.length <= 120) found = { title: first, source: 'first-line' };
  }
  const given = input.title?.trim();
  if (given !== undefined && given !== '') return { text, title: given, titleSource: 'given' };
  return { text, title: found?.title, titleSource: found?.source ?? 'none' };
}

const sameText = (s: string): string =>
  s
    .replace(/^#+\s*/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/** Audits one job posting. Fails only when there is no text to read. */
export function auditPosting(
  input: PostingInput,
  vocabulary: AuditVocabulary = defaultVocabulary(),
): Result<PostingAudit> {
  const posting = resolvePosting(input);
  if (posting.text.trim() === '') {
    return fail({
      code: 'EMPTY_INPUT',
      message: 'The posting has no text to audit.',
      hint: 'Pass a file with the job description in it (text, HTML or DOCX).',
    });
  }
  // The title is judged on its own; as content it would let a TPM title vouch for itself.
  const titleKey = posting.title === undefined ? undefined : sameText(posting.title);
  const units = segmentPosting(posting.text).filter((u) => sameText(u.text) !== titleKey);
  const content = classifyEvidence(collectEvidence(units, vocabulary));
  const family = posting.title === undefined ? undefined : titleFamily(posting.title, vocabulary);
  const tpmTitled = isTpmFamily(family);
  const scope = titleScope(family);
  const verdict = decideVerdict(content, scope);
  // Advice on TPM work: for a TPM title, and for a program/project-manager title whose work is technical
  // delivery. A program manager of non-technical work holds the right title and needs none.
  const advise = scope === 'tpm' || (scope === 'program' && verdict.verdict !== 'not-tpm');
  const redFlags = advise ? findRedFlags(content.evidence, vocabulary) : [];
  const essentials = advise ? checkEssentials(posting.text, vocabulary) : [];
  return ok({
    title: posting.title,
    titleSource: posting.titleSource,
    titleFamily: family,
    tpmTitled,
    titleScope: scope,
    content,
    verdict,
    redFlags,
    essentials,
    fixes: advise ? suggestFixes(verdict.verdict, redFlags, essentials) : [],
    raci: advise ? draftRaci(posting.text, redFlags, vocabulary) : undefined,
  });
}
