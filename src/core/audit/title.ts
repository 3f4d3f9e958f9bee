import type { RoleFamily } from './families.ts';
import type { AuditVocabulary } from './vocabulary.ts';

/** The role family a job title names, or undefined when the title names none we know. */
export function titleFamily(title: string, vocabulary: AuditVocabulary): RoleFamily | undefined {
  const clean = title.replace(/\s+/g, ' ').trim();
  if (clean === '') return undefined;
  return vocabulary.titles.find((rule) => rule.re.test(clean))?.family;
}

export const isTpmFamily = (family: RoleFamily | undefined): boolean =>
  family === 'technical-program-management';

/**
 * Which titles get a verdict: a TPM title (technical/IT/software project or program manager, TPM,
 * release manager), or a plain program/project-manager title, whose reader wants to know the same
 * thing: is this technical delivery work?
 */
export type TitleScope = 'tpm' | 'program';

export function titleScope(family: RoleFamily | undefined): TitleScope | undefined {
  if (family === 'technical-program-management') return 'tpm';
  if (family === 'project-management') return 'program';
  return undefined;
}
