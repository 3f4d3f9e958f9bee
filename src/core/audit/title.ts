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
