// Zod schemas of the HTTP API: the same objects validate requests and generate /api/openapi.json.
import * as z from 'zod';
import { VERDICTS } from '../core/audit/verdict.ts';
import { SECTION_KINDS, STRENGTHS } from '../core/extract/types.ts';
import { webUrl } from '../core/market/listing-url.ts';
import { REQUIREMENT_CATEGORIES } from '../core/role/schema.ts';
import { SKILL_KINDS } from '../core/taxonomy/schema.ts';
import { MAX_TEXT_BYTES } from '../readers/text.ts';

export const DEFAULT_ROLE = 'technical-project-manager';

const roleId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'role ids are lowercase kebab-case')
  .max(100)
  .describe('Role id, from GET /api/roles');

/** Self-check answers: question id (a role's fit dimension, see GET /api/roles/{id}) → 1–5. */
export const selfCheckAnswersSchema = z
  .record(
    z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
      .max(100),
    z.number().int().min(1).max(5),
  )
  .refine((r) => Object.keys(r).length <= 50, 'at most 50 answers')
  .describe(
    "Optional self-check answers: question id (the role guide's `selfCheck[].id`) → 1 (not at all) … 5 (very much); combined with the resume in the report's `selfCheck`",
  );

const saveFlag = z
  .union([z.boolean(), z.enum(['true', 'false', '1', '0', 'on'])])
  .transform((v) => v === true || v === 'true' || v === '1' || v === 'on')
  .describe(
    'Keep the analysis (and the resume text) so it can be fetched again by id; delete it with DELETE.',
  );

/** Fields shared by the JSON and multipart forms of POST /api/analyses. */
export const analysisOptionsSchema = z.object({
  role: roleId.default(DEFAULT_ROLE),
  save: saveFlag.default(false),
  selfCheck: selfCheckAnswersSchema.optional(),
});

export const analysisJsonBodySchema = analysisOptionsSchema
  .extend({
    text: z
      .string()
      .min(1, 'the resume text is empty')
      .max(MAX_TEXT_BYTES, `the resume text is longer than ${MAX_TEXT_BYTES / 1024 / 1024} MB`)
      .describe('The resume as plain text or Markdown'),
    format: z.enum(['text', 'markdown']).default('text').describe('How to read `text`'),
  })
  .strict();
export type AnalysisJsonBody = z.output<typeof analysisJsonBodySchema>;

/** Multipart form fields arrive as strings; `selfCheck` as a JSON string. */
export const analysisFormFieldsSchema = z
  .object({
    role: roleId.default(DEFAULT_ROLE),
    save: saveFlag.default(false),
    selfCheck: z
      .string()
      .max(10_000)
      .transform((s, ctx) => {
        try {
          return JSON.parse(s) as unknown;
        } catch {
          ctx.addIssue({ code: 'custom', message: 'selfCheck must be a JSON object' });
          return z.NEVER;
        }
      })
      .pipe(selfCheckAnswersSchema)
      .optional(),
  })
  .strict();

export const analysisIdParamsSchema = z.object({
  id: z
    .string()
    .regex(/^[A-Za-z0-9_-]{20,64}$/, 'not an analysis id')
    .describe('Id returned when the analysis was saved'),
});

export const roleParamsSchema = z.object({ id: roleId });

export const marketQuerySchema = z.object({
  top: z.coerce.number().int().min(1).max(100).default(20).describe('Skills listed in demand'),
  includeDisguised: z
    .enum(['true', 'false', '1', '0'])
    .transform((v) => v === 'true' || v === '1')
    .default(false)
    .describe('Count listings the posting audit calls developer jobs in disguise (left out by default)'),
});

export const auditJsonBodySchema = z
  .object({
    text: z.string().max(MAX_TEXT_BYTES).optional().describe('The posting as plain text'),
    html: z
      .string()
      .max(MAX_TEXT_BYTES)
      .optional()
      .describe('The posting page as HTML (JSON-LD JobPosting is read)'),
    title: z.string().max(300).optional().describe('The job title, when the text does not start with it'),
  })
  .strict()
  .refine((b) => (b.text ?? '').trim() !== '' || (b.html ?? '').trim() !== '', {
    message: 'give the posting as `text` or `html`',
    path: ['text'],
  });
export type AuditJsonBody = z.output<typeof auditJsonBodySchema>;

export const auditFormFieldsSchema = z.object({ title: z.string().max(300).optional() }).strict();

export const listingSearchQuerySchema = z.object({
  q: z.string().trim().max(200).optional().describe('Words in the title, company or text'),
  role: roleId.optional().describe('Only listings classified as this role'),
  skill: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    .max(100)
    .optional()
    .describe('Only listings asking for this skill id'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type ListingSearchQuery = z.output<typeof listingSearchQuerySchema>;

export const listingParamsSchema = z.object({ id: z.coerce.number().int().positive() });

const listingInputSchema = z
  .object({
    source: z.string().min(1).max(100).default('api'),
    sourceId: z.string().min(1).max(500).optional(),
    title: z.string().min(1).max(300),
    company: z.string().max(300).optional(),
    location: z.string().max(300).optional(),
    url: z
      .string()
      .max(2000)
      .refine((u) => webUrl(u) !== undefined, 'must be an http:// or https:// URL')
      .optional(),
    postedAt: z.string().max(40).optional(),
    text: z.string().min(1).max(100_000),
  })
  .strict();

export const ingestBodySchema = z
  .object({ listings: z.array(listingInputSchema).min(1).max(1000) })
  .strict()
  .describe('Listings to store; at most 1,000 per request');
export type IngestBody = z.output<typeof ingestBodySchema>;

// ---------------------------------------------------------------- responses (documentation)

export const errorResponseSchema = z
  .object({
    error: z.object({
      code: z.string().describe('Stable code, see docs/errors.md'),
      message: z.string(),
      hint: z.string().optional(),
      issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    }),
  })
  .meta({ id: 'Error' });

const skillRef = z.object({ id: z.string(), label: z.string(), category: z.enum(REQUIREMENT_CATEGORIES) });
const evidenceSchema = z
  .object({
    quote: z.string(),
    match: z
      .object({ start: z.number().int(), end: z.number().int() })
      .optional()
      .describe('Where the words that show the skill lie in `quote`: `quote.slice(start, end)`'),
    line: z.number().int(),
    section: z.enum(SECTION_KINDS),
    strength: z.enum(STRENGTHS),
    hedged: z.boolean(),
    skillId: z.string(),
    recency: z
      .number()
      .optional()
      .describe('Credit factor (below 1) for evidence from a position that ended years ago'),
    internship: z
      .number()
      .optional()
      .describe('Credit factor (below 1) for evidence from an internship, placement or traineeship'),
    inRole: z
      .literal(true)
      .optional()
      .describe('Applied work in the role analysed, held now: it counts as owned (100%)'),
  })
  .meta({ id: 'Evidence' });

const labelled = z.object({ id: z.string(), label: z.string() });

const disguisedSchema = z
  .object({ listings: z.number().int(), excluded: z.boolean() })
  .describe(
    "The role's listings the posting audit calls developer jobs in disguise; `excluded`: left out of the figures",
  );

const dateRangeSchema = z
  .object({ from: z.string(), to: z.string() })
  .nullable()
  .describe('Earliest and latest posting day (YYYY-MM-DD); null when none is dated');

const marketBasisSchema = z
  .object({
    kind: z.enum(['store', 'snapshot']),
    listings: z.number().int(),
    what: z.string(),
    sources: z.array(
      z.object({
        name: z.string(),
        listings: z.number().int(),
        dated: z.number().int(),
        dates: dateRangeSchema,
      }),
    ),
    dates: dateRangeSchema,
    snapshot: z.object({ version: z.string(), asOf: z.string() }).optional(),
  })
  .describe(
    "What the figures rest on: the role's stored listings, or the shipped snapshot of real listings when none are stored (docs/market.md)",
  )
  .meta({ id: 'MarketBasis' });

export const marketSectionSchema = z
  .object({
    source: z.enum(['listings', 'snapshot']),
    listings: z.number().int(),
    basis: marketBasisSchema,
    demand: z.array(z.object({ skill: labelled, share: z.number() })),
    topMatches: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        company: z.string().nullable(),
        fit: z.number(),
        matched: z.array(labelled),
        missing: z.array(labelled),
        audit: z
          .object({ verdict: z.enum(VERDICTS), reason: z.string() })
          .optional()
          .describe('The posting audit of the listing, when it was audited'),
      }),
    ),
    standing: z
      .object({ listings: z.number().int(), meetMost: z.number().int(), meetAll: z.number().int() })
      .nullable()
      .describe(
        'Listings in which the resume shows at least half (meetMost) and all (meetAll) of the must-haves',
      ),
    medianFit: z.number().nullable(),
    strengths: z.array(
      z.object({
        skill: labelled,
        share: z.number(),
        listedOnly: z
          .literal(true)
          .optional()
          .describe('The resume only lists the skill, never shows it in use: it counts as half'),
      }),
    ),
    gaps: z.array(z.object({ skill: labelled, share: z.number() })),
    disguised: disguisedSchema.optional(),
  })
  .meta({ id: 'MarketSection' });

export const reportSchema = z
  .looseObject({
    schemaVersion: z.string(),
    role: z.object({ id: z.string(), title: z.string() }),
    score: z.number().int().min(0).max(100).nullable(),
    scoreBand: z
      .object({ label: z.string(), meaning: z.string(), from: z.number(), to: z.number() })
      .optional()
      .describe("What the score reads as: the role's readiness band it falls in (absent with no score)"),
    requirements: z.array(
      z.object({
        skill: skillRef,
        weight: z.number(),
        points: z.number(),
        credit: z.number(),
        status: z.enum(['shown', 'partial', 'missing']),
        explanation: z.string(),
        why: z.string(),
        evidence: z.array(evidenceSchema),
      }),
    ),
    strengths: z.array(z.object({ skill: skillRef, reason: z.string(), evidence: z.array(evidenceSchema) })),
    gaps: z.array(
      z.object({
        skill: skillRef,
        status: z
          .enum(['shown', 'partial', 'missing'])
          .describe(
            "The requirement's status; shown when its evidence earns part of its points (see inPart)",
          ),
        inPart: z
          .object({
            via: z.object({ id: z.string(), label: z.string(), share: z.number() }).optional(),
            farFromTechnology: z.number().optional(),
            recency: z.number().optional(),
            internship: z.number().optional(),
          })
          .optional()
          .describe(
            'Why the best evidence earns part of the points: a related skill and its share, work far from technology, an older role, an internship',
          ),
        pointsAtStake: z.number().describe('Points the requirement could still earn, at most its weight'),
        demand: z.number().optional(),
        importance: z.number(),
        nextSteps: z.array(z.string()),
      }),
    ),
    skills: z.array(
      z.object({
        id: z.string(),
        label: z.string(),
        kind: z.enum(SKILL_KINDS),
        strength: z.enum(STRENGTHS),
        hedged: z.boolean(),
        evidence: z.array(evidenceSchema),
        countsToward: z.array(z.string()),
      }),
    ),
    ignored: z.array(
      z.object({
        skillId: z.string(),
        label: z.string(),
        quote: z.string(),
        line: z.number(),
        reason: z.string(),
      }),
    ),
    trackRecord: z
      .object({
        weight: z.number(),
        points: z.number(),
        credit: z.number(),
        background: z.object({ id: z.string(), label: z.string() }).optional(),
        evidence: z.object({ quote: z.string(), line: z.number().int() }).optional(),
        explanation: z.string(),
        why: z.string(),
      })
      .describe('Points for a held title that names the role or a close one'),
    document: z.looseObject({
      kind: z.enum(['resume', 'job-posting', 'not-a-resume']).describe('Only a resume gets a score'),
      warning: z.string().optional().describe('Why the document is not read as a resume, and what to do'),
      format: z.string(),
      ocr: z
        .object({ pages: z.array(z.number().int()), confidence: z.number() })
        .optional()
        .describe('PDF pages that were images, read by OCR, and its mean word confidence (0–100)'),
      lines: z.number().int(),
      sections: z.array(z.unknown()),
    }),
    market: marketSectionSchema.optional(),
    background: z.unknown().optional(),
    transition: z.unknown().optional(),
    selfCheck: z.unknown().optional(),
    learningPlan: z.unknown().optional(),
    feedback: z.unknown().optional(),
  })
  .describe(
    'Exactly what `rolefit analyze --format json` prints; guidance and market fields appear when computed.',
  )
  .meta({ id: 'AnalysisReport' });

export const analysisResponseSchema = z
  .object({
    report: reportSchema,
    document: z.object({
      format: z.string(),
      text: z.string().describe('The text rolefit read, for the "what we read" view'),
      warnings: z.array(z.string()),
    }),
    saved: z
      .object({ id: z.string(), url: z.string(), expiresAt: z.string() })
      .nullable()
      .describe('Set only when the request asked to save'),
  })
  .meta({ id: 'AnalysisResponse' });

export const roleSummarySchema = z.object({ id: z.string(), title: z.string(), summary: z.string() });

export const roleGuideSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    summary: z.string(),
    onet: z.object({ code: z.string(), title: z.string() }).nullable(),
    titleAliases: z.array(z.string()),
    requirements: z.array(
      z.object({
        skill: skillRef,
        points: z.number().describe('Points of 100'),
        why: z.string(),
        accepts: z.array(z.object({ skill: labelled, credit: z.number() })),
        nextSteps: z.array(z.string()),
      }),
    ),
    trackRecord: z
      .object({ points: z.number(), why: z.string(), backgrounds: z.record(z.string(), z.number()) })
      .nullable()
      .describe('Points of 100 for a held title that names the role or a close one; share by background'),
    marketReality: z.array(z.object({ topic: z.string(), listed: z.string(), real: z.string() })),
    typicalWeek: z.array(z.string()),
    responsibilities: z.array(z.string()),
    selfCheck: z.array(
      z.object({ id: z.string(), label: z.string(), question: z.string(), why: z.string() }),
    ),
    attribution: z.array(z.string()),
  })
  .meta({ id: 'RoleGuide' });

export const auditResponseSchema = z
  .looseObject({
    title: z.string().nullable(),
    verdict: z.string(),
    verdictReason: z.string(),
    confidence: z.unknown(),
    redFlags: z.array(
      z.looseObject({ kind: z.string(), title: z.string(), quote: z.string(), trigger: z.string() }),
    ),
    missingEssentials: z.array(labelled),
    fixes: z.array(z.string()),
  })
  .describe('Exactly what `rolefit audit --format json` prints')
  .meta({ id: 'PostingAudit' });

export const roleMarketResponseSchema = z
  .object({
    role: z.object({ id: z.string(), title: z.string() }),
    source: z.enum(['listings', 'snapshot', 'none']),
    listings: z.number().int(),
    basis: marketBasisSchema.nullable(),
    disguised: disguisedSchema.optional(),
    demand: z.array(
      z.object({
        skill: labelled,
        listings: z.number().int(),
        share: z.number(),
        requiredShare: z.number(),
        preferredShare: z.number(),
        mentionedShare: z.number().describe('Asked for without saying whether required or nice to have'),
      }),
    ),
    pairs: z.array(
      z.object({ a: labelled, b: labelled, listings: z.number().int(), share: z.number(), lift: z.number() }),
    ),
    titles: z.array(z.object({ title: z.string(), listings: z.number().int() })),
    guide: z.array(
      z.object({
        skill: labelled,
        points: z.number(),
        share: z.number().describe('Listings asking for the skill itself: the same figure as its demand'),
        coveredShare: z.number().describe('Listings asking for it or for a skill the requirement accepts'),
      }),
    ),
    notInGuide: z.array(z.object({ skill: labelled, share: z.number() })),
    reference: z
      .object({
        occupation: z.object({ code: z.string(), title: z.string() }),
        attribution: z.array(z.string()),
        skills: z.array(z.object({ skill: labelled, inDemand: z.boolean(), hotTechnology: z.boolean() })),
      })
      .nullable()
      .describe(
        'O*NET technologies flagged for the occupation that the guide names or listings ask for: a reference, not demand',
      ),
  })
  .meta({ id: 'RoleMarket' });

export const listingSummarySchema = z.object({
  id: z.number().int(),
  title: z.string(),
  company: z.string().nullable(),
  location: z.string().nullable(),
  url: z.string().nullable(),
  postedAt: z.string().nullable(),
  roleFamily: z.string().nullable(),
  skills: z.array(z.object({ skill: labelled, requirement: z.enum(['required', 'preferred', 'mentioned']) })),
});

export const listingSearchResponseSchema = z
  .object({ total: z.number().int(), listings: z.array(listingSummarySchema) })
  .meta({ id: 'ListingSearch' });

export const listingDetailSchema = listingSummarySchema.extend({ text: z.string() }).meta({ id: 'Listing' });

export const ingestResponseSchema = z
  .object({
    read: z.number().int(),
    inserted: z.number().int(),
    duplicates: z.number().int(),
    errors: z.number().int(),
    warnings: z.number().int().describe('Listings stored with a change (see issues)'),
    issues: z.array(z.object({ at: z.string(), code: z.string(), message: z.string() })),
  })
  .meta({ id: 'IngestSummary' });

export const statsResponseSchema = z.object({
  listings: z.number().int(),
  byRole: z.array(z.object({ role: z.string().nullable(), listings: z.number().int() })),
  savedAnalyses: z.number().int(),
  savedAnalysisBytes: z.number().int().describe('Counted against ROLEFIT_SAVED_MAX_MB'),
});

export const healthResponseSchema = z.object({
  status: z.literal('ok'),
  version: z.string(),
  store: z.boolean(),
  saving: z.boolean().describe('Whether analyses can be saved (they live in the store)'),
});
