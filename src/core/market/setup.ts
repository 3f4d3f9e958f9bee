import { extractSkills } from '../extract/extract-skills.ts';
import type { Role } from '../role/schema.ts';
import type { Taxonomy } from '../taxonomy/load-taxonomy.ts';
import type { SkillExtractor } from './listing.ts';
import { auditListing } from './listing-audit.ts';
import type { PrepareOptions } from './prepare-listing.ts';
import { classifyByTitleAndContent, type RoleFamilyProfile } from './role-family.ts';

/** Bumped when listing extraction or classification changes meaning; stored with every listing. */
// 2: listings are audited as they are stored (verdict, content family, reason).
// 3: the content fallback of the role family needs the title to name the same job, not share a word.
// 4: sections about the employer, the offer and the application count no skill; the audit weighs
//    delivery experience asked for among the requirements at 0.6.
export const LISTING_EXTRACTION_VERSION = '4';

/** What classification needs of each role. */
export function roleFamilyProfiles(roles: readonly Role[]): RoleFamilyProfile[] {
  return roles.map((r) => ({
    id: r.id,
    titleAliases: r.titleAliases,
    skillIds: r.requirements.map((q) => q.skill),
  }));
}

/** Extraction and classification of listings against the taxonomy and role guides. */
export function listingPreparation(
  taxonomy: Taxonomy,
  roles: readonly Role[],
): PrepareOptions & { extractor: string } {
  const profiles = roleFamilyProfiles(roles);
  const extract: SkillExtractor = (text) => extractSkills(text, taxonomy);
  return {
    extract,
    // Title aliases, then content; the issue-5 content classifier (src/core/audit) replaces this when it lands.
    classify: (title, skills) => classifyByTitleAndContent(title, skills, profiles),
    audit: (title, text) => auditListing(title, text),
    extractor: `taxonomy ${taxonomy.version}; listing ${LISTING_EXTRACTION_VERSION}`,
  };
}
