import * as z from 'zod';
import { BACKGROUND_IDS, NATURALNESS } from './background-ids.ts';

export { BACKGROUND_IDS, type BackgroundId, NATURALNESS, type Naturalness } from './background-ids.ts';

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are kebab-case');
const phrase = z.string().min(1).max(80);
const level = z.number().int().min(1).max(3);

export const backgroundsFileSchema = z
  .object({
    version: z.string(),
    about: z.string(),
    backgrounds: z
      .array(
        z
          .object({
            id: z.enum(BACKGROUND_IDS).exclude(['other']),
            label: z.string().min(1),
            technical: z.boolean(),
            titles: z.array(phrase).min(1),
            duties: z.array(phrase).min(1),
            skills: z.array(id),
            /** A narrower kind of another background: with its own title evidence it wins a close call. */
            specializes: z.enum(BACKGROUND_IDS).exclude(['other']).optional(),
            /**
             * The work this background needs the resume to show: when none of the role's requirements
             * `shown` is shown, the titles read as the background `otherwise` ("IT Project Manager" with
             * no software lifecycle or agile work shown reads as a project manager), and `why` says so.
             */
            confirmedBy: z
              .object({
                shown: z.array(id).min(1),
                otherwise: z.enum(BACKGROUND_IDS).exclude(['other']),
                why: z.string().min(1),
              })
              .strict()
              .optional(),
          })
          .strict(),
      )
      .min(1),
    /**
     * Titles of technology roles outside every background ("Data Scientist", "Research Scientist"):
     * evidence for `other`, but the work behind them is work in technology.
     */
    otherTechnologyTitles: z.array(phrase).default([]),
    /** Titles of roles outside every background and outside technology ("Accountant", "Civil Engineer"): evidence for `other`. */
    otherTitles: z.array(phrase).default([]),
    /**
     * A title that means another job where the resume's words say so: a "Program Manager" of a
     * nonprofit's community programs runs services for people, not projects. Where any `context`
     * phrase is on the page, a title matching one of `titles` reads as the background `reads`.
     */
    titleSenses: z
      .array(
        z
          .object({
            titles: z.array(phrase).min(1),
            context: z.array(phrase).min(1),
            reads: z.enum(BACKGROUND_IDS),
            why: z.string().min(1),
          })
          .strict(),
      )
      .default([]),
  })
  .strict()
  .superRefine((file, ctx) => {
    // A title names one background: listed under two, it counts for both and the first listed wins
    // ("agile delivery lead" under the Scrum masters and the technical project managers).
    const owner = new Map<string, string>();
    for (const [k, b] of file.backgrounds.entries())
      for (const [t, title] of b.titles.entries()) {
        const key = title.toLowerCase();
        const first = owner.get(key);
        if (first && first !== b.id)
          ctx.addIssue({
            code: 'custom',
            path: ['backgrounds', k, 'titles', t],
            message: `"${title}" is already a title of ${first}: a title names one background`,
          });
        owner.set(key, first ?? b.id);
      }
  });
export type BackgroundsFile = z.output<typeof backgroundsFileSchema>;
export type BackgroundDef = BackgroundsFile['backgrounds'][number];

export const transitionsFileSchema = z
  .object({
    role: id,
    about: z.string(),
    transitions: z.array(
      z
        .object({
          from: z.enum(BACKGROUND_IDS),
          naturalness: z.enum(NATURALNESS),
          summary: z.string().min(1),
          transfers: z
            .array(
              z.object({ label: z.string().min(1), skills: z.array(id).min(1), note: z.string() }).strict(),
            )
            .min(1),
          gaps: z
            .array(
              z.object({ label: z.string().min(1), requirement: id, detail: z.string().min(1) }).strict(),
            )
            .min(1),
        })
        .strict(),
    ),
    fitSignals: z.array(
      z.object({ dimension: id, skills: z.array(id), backgrounds: z.array(z.enum(BACKGROUND_IDS)) }).strict(),
    ),
  })
  .strict();
export type TransitionsFile = z.output<typeof transitionsFileSchema>;
export type TransitionDef = TransitionsFile['transitions'][number];

export const learningFileSchema = z
  .object({
    role: id,
    about: z.string(),
    certifications: z.array(
      z
        .object({
          id,
          name: z.string().min(1),
          issuer: z.string().min(1),
          demonstrates: z.string().min(1),
          prerequisites: z.string().min(1),
          effort: level,
          impact: level,
          /** Names that show the person already holds it. */
          detect: z.array(phrase).min(1),
          /** Role requirements it helps show. */
          addresses: z.array(id).min(1),
          suits: z.array(z.enum(BACKGROUND_IDS)),
        })
        .strict(),
    ),
    actions: z.array(
      z
        .object({
          requirement: id,
          kind: z.enum(['practice', 'course', 'on-the-job']),
          effort: level,
          impact: level,
          text: z.string().min(1),
        })
        .strict(),
    ),
  })
  .strict();
export type LearningFile = z.output<typeof learningFileSchema>;
export type CertificationDef = LearningFile['certifications'][number];

export const phrasingFileSchema = z
  .object({
    about: z.string(),
    rules: z.array(
      z
        .object({
          id,
          pattern: z.string().refine((p) => {
            try {
              new RegExp(p, 'i');
              return true;
            } catch {
              return false;
            }
          }, 'not a valid regular expression'),
          term: z.string().min(1),
          requirement: id,
          skill: id,
        })
        .strict(),
    ),
  })
  .strict();
export type PhrasingFile = z.output<typeof phrasingFileSchema>;
export type PhrasingRule = PhrasingFile['rules'][number];
