import { z } from 'zod';

/** The shipped O*NET demand file (data/market/onet-demand.json), made by scripts/build-onet-demand.ts. */
export const onetDemandFileSchema = z
  .object({
    attribution: z.array(z.string()),
    occupation: z.object({ code: z.string(), title: z.string() }).strict(),
    /** Which role guides this file stands in for when no listings are stored. */
    roles: z.array(z.string()),
    skills: z.array(
      z
        .object({
          skillId: z.string(),
          hotTechnology: z.boolean(),
          inDemand: z.boolean(),
          /** O*NET example names that map to this skill. */
          examples: z.array(z.string()),
        })
        .strict(),
    ),
  })
  .strict();
export type OnetDemandFile = z.output<typeof onetDemandFileSchema>;

/**
 * Demand weights from O*NET flags, used when no listings are stored: In Demand (named often in
 * employers' postings for the occupation) weighs 1, Hot Technology only 0.5. They are weights,
 * not listing shares.
 */
export const ONET_WEIGHT = { inDemand: 1, hotTechnology: 0.5 } as const;

/** Demand entries from the O*NET file, heaviest first. */
export function onetDemand(file: OnetDemandFile): Array<{ skillId: string; share: number }> {
  return file.skills
    .map((s) => ({
      skillId: s.skillId,
      share: s.inDemand ? ONET_WEIGHT.inDemand : s.hotTechnology ? ONET_WEIGHT.hotTechnology : 0,
    }))
    .filter((d) => d.share > 0)
    .sort((a, b) => b.share - a.share || a.skillId.localeCompare(b.skillId));
}
