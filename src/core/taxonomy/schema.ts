import * as z from 'zod';

export const SKILL_KINDS = ['technical', 'soft', 'tool', 'methodology', 'certification', 'domain'] as const;
export type SkillKind = (typeof SKILL_KINDS)[number];

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lowercase kebab-case');

/**
 * A surface form of a skill. A plain string matches case-insensitively on token boundaries,
 * ignoring punctuation between tokens ("CI/CD" = "ci cd" = "CI-CD"). The object form restricts it.
 */
export const aliasSchema = z.union([
  z.string().min(1),
  z
    .object({
      text: z.string().min(1),
      /** Only the exact casing counts ("Go", "R"). */
      caseSensitive: z.boolean().optional(),
      /** Counts only beside other technical evidence on the same line, or in a skills section. */
      needsContext: z.boolean().optional(),
    })
    .strict(),
]);
export type AliasInput = z.infer<typeof aliasSchema>;

export const skillSchema = z
  .object({
    id,
    label: z.string().min(1),
    kind: z.enum(SKILL_KINDS),
    description: z.string().optional(),
    /** Literal names: matched as whole tokens, no inflection. */
    aliases: z.array(aliasSchema).default([]),
    /**
     * Phrases whose words may inflect ("mitigate risk" also matches "mitigated risks").
     * A `*` stands for exactly one arbitrary word.
     */
    patterns: z.array(z.string().min(1)).default([]),
    broader: z.array(id).default([]),
    related: z.array(id).default([]),
    /**
     * A mention of this skill quoted beside one of `words` (whole words, any case, in the mention's
     * line, or its sentence when the line is too long to quote) is the skill `becomes`: "capacity
     * planning" beside databases or servers sizes systems, not people's time.
     */
    nearWords: z
      .object({ words: z.array(z.string().regex(/^[\w.+#-]+$/)).min(1), becomes: id })
      .strict()
      .optional(),
    onet: z
      .object({
        commodityCodes: z.array(z.string().regex(/^\d{8}$/)).default([]),
        elementIds: z.array(z.string()).default([]),
        examples: z.array(z.string()).default([]),
        hotTechnology: z.boolean().optional(),
        inDemand: z.boolean().optional(),
      })
      .strict()
      .optional(),
    esco: z.array(z.string().url()).default([]),
  })
  .strict();
export type SkillInput = z.input<typeof skillSchema>;
export type Skill = z.output<typeof skillSchema>;

/** A word or phrase of a together rule: any case, or only its exact casing ("IT", not "it"). */
export const togetherWordSchema = z.union([
  z.string().min(1),
  z.object({ text: z.string().min(1), caseSensitive: z.literal(true) }).strict(),
]);
export type TogetherWord = z.infer<typeof togetherWordSchema>;

/**
 * A skill shown by words that stand apart in one clause rather than side by side in a phrase: the
 * clause holds a word or phrase of every group, as whole words ("agreed the go-live date with IT and
 * the store managers": a business party, a technical one, and working with them).
 */
export const togetherRuleSchema = z
  .object({
    skill: id,
    /** Two to sixteen groups: the reader keeps one bit for each group found in a clause. */
    groups: z.array(z.array(togetherWordSchema).min(1)).min(2).max(16),
    /** The groups' words come in the order of the groups ("planned … with … owners"). */
    ordered: z.boolean().optional(),
    /** At most this many words from the first group's word to the last group's. */
    maxWords: z.number().int().min(2).optional(),
    /** No comma between the groups' words: a list of things done ("managing processes, …, team building") is several clauses. */
    noComma: z.boolean().optional(),
  })
  .strict();
export type TogetherRule = z.infer<typeof togetherRuleSchema>;

export const taxonomyFileSchema = z
  .object({
    version: z.string(),
    attribution: z.array(z.string()).default([]),
    skills: z.array(skillSchema),
    /** Phrases that contain a skill's name but are not that skill; they match and show nothing. */
    lookalikes: z.array(z.string().min(1)).default([]),
    /** Skills shown by words of several groups in one clause (data/taxonomy/evidence.json, `together`). */
    together: z.array(togetherRuleSchema).default([]),
  })
  .strict();
export type TaxonomyFile = z.output<typeof taxonomyFileSchema>;
