import * as z from 'zod';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lowercase kebab-case');

export const REQUIREMENT_CATEGORIES = ['technical', 'soft'] as const;
export type RequirementCategory = (typeof REQUIREMENT_CATEGORIES)[number];

export const requirementSchema = z
  .object({
    /** The taxonomy skill this requirement is about; its narrower skills count fully. */
    skill: id,
    /** Overrides the skill's label in reports ("Agile / Scrum"). */
    label: z.string().optional(),
    category: z.enum(REQUIREMENT_CATEGORIES),
    /** Relative importance; weights of a role are normalized to 100 points. */
    weight: z.number().positive(),
    /** One line: why this matters in the role. */
    why: z.string().min(1),
    /**
     * Other skills that show this requirement, with the share of credit each earns (0–1]. A share of 0
     * sets a skill aside with its narrower ones, where a broader accepted skill would bring them in
     * ("ITIL", a process framework, under IT service management, whose ticketing tools count for Jira).
     */
    accepts: z.array(z.object({ skill: id, credit: z.number().min(0).max(1) }).strict()).default([]),
    /**
     * The accepted skills count only in a resume that shows one of these skills (or a narrower one)
     * somewhere: "design and development" or "system testing" mean software work only beside a
     * language, a database or a software tool, not in an electrical engineer's resume.
     */
    acceptsOnlyWith: z
      .object({ skills: z.array(id).min(1), why: z.string().min(1) })
      .strict()
      .optional(),
    /** Concrete actions that close the gap. */
    nextSteps: z.array(z.string().min(1)).min(1),
  })
  .strict();
export type Requirement = z.output<typeof requirementSchema>;

export const roleSchema = z
  .object({
    id,
    title: z.string().min(1),
    summary: z.string().min(1),
    onet: z.object({ code: z.string(), title: z.string() }).strict().optional(),
    /** Job titles that name this role (O*NET alternate titles and common variants). */
    titleAliases: z.array(z.string().min(1)).min(1),
    requirements: z.array(requirementSchema).min(1),
    /**
     * Points for having done the job, or a close one, under its title: hiring readers weigh a
     * held title beside the skills. `backgrounds` maps a background id to its share of the points.
     */
    trackRecord: z
      .object({
        weight: z.number().min(0).max(50),
        why: z.string().min(1),
        backgrounds: z.record(id, z.number().min(0).max(1)),
        /**
         * Titles that name a background but not work next to delivery ("Database Administrator" is
         * IT operations, the upkeep of running systems): they earn none of the points, and say why.
         */
        exceptTitles: z
          .object({ titles: z.array(z.string().min(1)).min(1), why: z.string().min(1) })
          .strict()
          .optional(),
        /**
         * A background whose title names delivery, on a resume that names none of `requirements` (the
         * software lifecycle, Agile, technical translation: each missing, not even partial), earns
         * `factor` of its share: the projects were run outside software ("Clinical Project Manager"),
         * where the title transfers in part.
         */
        withoutSoftwareWork: z
          .object({
            backgrounds: z.array(id).min(1),
            requirements: z.array(id).min(1),
            factor: z.number().min(0).max(1),
            why: z.string().min(1),
          })
          .strict()
          .optional(),
        /**
         * A background whose resume also shows delivery work (at least `atLeast` of `requirements`
         * shown) earns at least `share`: a tech lead who ran delivery is nearer the role than the
         * title alone says.
         */
        ranDelivery: z
          .object({
            backgrounds: z.array(id).min(1),
            requirements: z.array(id).min(1),
            atLeast: z.number().int().min(1),
            share: z.number().min(0).max(1),
            why: z.string().min(1),
          })
          .strict()
          .optional(),
      })
      .strict()
      .optional(),
    /**
     * Requirements of a category (soft skills) shown only in work outside every background the role
     * knows (detected background "other") earn this share of their credit: they transfer in part.
     */
    outsideField: z
      .object({
        category: z.enum(REQUIREMENT_CATEGORIES),
        factor: z.number().min(0).max(1),
        /**
         * The share of the track record a title held there earns ("Project Manager" of a building
         * site): the title names delivery work, but not beside engineers. Absent: all of it.
         */
        trackRecordFactor: z.number().min(0).max(1).optional(),
        why: z.string().min(1),
        /**
         * In a resume that names no technology at all (no programming language, database, software
         * tool, IT field or computing degree), the other requirements too earn this share: budgets,
         * risks and stakeholders handled on a building site or a sales floor transfer in part.
         * Absent: only the category above is counted in part.
         */
        withoutTechnology: z
          .object({
            factor: z.number().min(0).max(1),
            /** The requirements it applies to: the delivery practices, not software's own (Agile, Jira). */
            requirements: z.array(id).min(1),
            why: z.string().min(1),
          })
          .strict()
          .optional(),
        /**
         * Skills that, in such work, show a requirement only in part: a nurse or a store manager at a
         * system's go-live was on the users' side of the release, not in how the software was shipped.
         */
        usersSide: z
          .object({
            requirement: id,
            skills: z.array(id).min(1),
            why: z.string().min(1),
          })
          .strict()
          .optional(),
      })
      .strict()
      .optional(),
    /**
     * A description of what a product does ("This application helps users track expenses") shows the
     * technology it was built with, not the practices of the person who built it: such mentions count
     * only toward the requirements listed here. Absent: they count everywhere.
     */
    productDescriptions: z
      .object({ countFor: z.array(id), why: z.string().min(1) })
      .strict()
      .optional(),
    /**
     * What a score means, as readiness bands read from the top: a score at or above `from` reads
     * as `label`. The labelling guide's anchors (evidence-labeling.md) set them, since the score
     * is calibrated against readers who used those anchors. The last band starts at 0.
     */
    scoreBands: z
      .array(
        z
          .object({
            from: z.number().int().min(0).max(100),
            label: z.string().min(1),
            meaning: z.string().min(1),
          })
          .strict(),
      )
      .default([])
      .refine((bands) => bands.every((b, k) => k === 0 || b.from < bands[k - 1]!.from), {
        message:
          'scoreBands must be listed from the highest band down, each starting lower than the one before',
      })
      .refine((bands) => bands.length === 0 || bands.at(-1)!.from === 0, {
        message: 'the last of scoreBands must start at 0, so every score has a band',
      }),
    /** What postings list versus what the job really asks of a person. */
    marketReality: z
      .array(
        z.object({ topic: z.string(), listed: z.string(), real: z.string(), skills: z.array(id) }).strict(),
      )
      .default([]),
    typicalWeek: z.array(z.string().min(1)).default([]),
    responsibilities: z.array(z.string().min(1)).default([]),
    fitDimensions: z
      .array(
        z
          .object({
            id,
            label: z.string(),
            question: z.string(),
            why: z.string(),
          })
          .strict(),
      )
      .default([]),
    attribution: z.array(z.string()).default([]),
  })
  .strict();
export type RoleInput = z.input<typeof roleSchema>;
export type Role = z.output<typeof roleSchema>;
