import * as z from 'zod';

/** The shipped O*NET demand file (data/market/onet-demand.json), made by scripts/build-onet-demand.ts. */
export const onetDemandFileSchema = z
  .object({
    attribution: z.array(z.string()),
    occupation: z.object({ code: z.string(), title: z.string() }).strict(),
    /** Which role guides this file is a reference for. */
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

/** O*NET's flagged technologies for the occupation, shown beside real demand as a labelled reference. */
export interface OnetReference {
  occupation: { code: string; title: string };
  attribution: string[];
  /** In Demand ones first, then by label. */
  skills: Array<{ skill: { id: string; label: string }; inDemand: boolean; hotTechnology: boolean }>;
}

/**
 * The flagged technologies that matter to the role: those its guide names (requirements and the
 * skills they accept) and those listings ask for. O*NET flags a technology for the whole
 * occupation, so most flags (Adobe Creative Cloud, Chef) say nothing about TPM listings.
 */
export function onetReference(
  file: OnetDemandFile,
  relevant: ReadonlySet<string>,
  label: (skillId: string) => string | undefined,
): OnetReference {
  return {
    occupation: { ...file.occupation },
    attribution: [...file.attribution],
    skills: file.skills
      .filter((s) => (s.inDemand || s.hotTechnology) && relevant.has(s.skillId))
      .map((s) => ({
        skill: { id: s.skillId, label: label(s.skillId) ?? s.skillId },
        inDemand: s.inDemand,
        hotTechnology: s.hotTechnology,
      }))
      .sort((a, b) => Number(b.inDemand) - Number(a.inDemand) || a.skill.label.localeCompare(b.skill.label)),
  };
}
