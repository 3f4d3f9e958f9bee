// Loads the audit's phrase data (data/audit/*.json), validates it with zod and compiles the patterns once.
import * as z from 'zod';
import cuesJson from '../../../data/audit/cues.json' with { type: 'json' };
import essentialsJson from '../../../data/audit/essentials.json' with { type: 'json' };
import raciJson from '../../../data/audit/raci.json' with { type: 'json' };
import titlesJson from '../../../data/audit/titles.json' with { type: 'json' };
import { ROLE_FAMILIES, type RoleFamily } from './families.ts';

export const RED_FLAG_KINDS = [
  'production-coding',
  'engineering-masters',
  'developer-duty',
  'also-develop',
  'design-work',
  'on-call',
] as const;
export type RedFlagKind = (typeof RED_FLAG_KINDS)[number];

const compiles = (source: string): boolean => {
  try {
    new RegExp(source.replace(/\{(lang|stack|ops)\}/g, 'x'), 'i');
    return true;
  } catch {
    return false;
  }
};
const pattern = z.string().min(1).refine(compiles, { message: 'not a valid regular expression' });

/**
 * What a domain cue says about the work: its subject is technology (hardware builds, IT systems), or it is
 * some other business (suppliers, buildings, policy). Domain cues name no role, so they count toward no
 * family; they decide whether delivery work is technical delivery.
 */
export const CUE_DOMAINS = ['technical', 'non-technical'] as const;
export type CueDomain = (typeof CUE_DOMAINS)[number];

const CueSchema = z
  .strictObject({
    id: z.string().min(1),
    family: z.enum(ROLE_FAMILIES).optional(),
    domain: z.enum(CUE_DOMAINS).optional(),
    label: z.string().min(1),
    weight: z.number().positive(),
    pattern,
    where: z.enum(['duty', 'requirement', 'any']).optional(),
    unless: pattern.optional(),
    flag: z.enum(RED_FLAG_KINDS).optional(),
    caseSensitive: z.boolean().optional(),
  })
  .refine((c) => (c.family === undefined) !== (c.domain === undefined), {
    message: 'a cue names either a role family or a domain',
  });

export const CuesFileSchema = z.object({
  vocab: z.object({ lang: pattern, stack: pattern, ops: pattern }),
  partnerFunction: pattern,
  cues: z.array(CueSchema).min(1),
});

export const TitlesFileSchema = z.object({
  rules: z.array(z.strictObject({ family: z.enum(ROLE_FAMILIES), pattern })).min(1),
});

export const EssentialsFileSchema = z.object({
  essentials: z
    .array(z.strictObject({ id: z.string().min(1), label: z.string(), advice: z.string(), pattern }))
    .min(1),
});

const raciLetter = z.enum(['R', 'A', 'A/R', 'C', 'I']);
export const RaciFileSchema = z
  .object({
    roles: z.array(z.string().min(1)).min(2),
    activities: z.array(
      z.strictObject({
        id: z.string().min(1),
        label: z.string().min(1),
        always: z.boolean().optional(),
        pattern,
        raci: z.record(z.string(), raciLetter),
      }),
    ),
  })
  .superRefine((file, ctx) => {
    for (const a of file.activities) {
      const roles = Object.keys(a.raci);
      if (roles.length !== file.roles.length || !file.roles.every((r) => roles.includes(r))) {
        ctx.addIssue({ code: 'custom', message: `RACI row ${a.id} must assign every role` });
      }
      const accountable = Object.values(a.raci).filter((v) => v.startsWith('A')).length;
      if (accountable !== 1)
        ctx.addIssue({ code: 'custom', message: `RACI row ${a.id} needs exactly one A` });
    }
  });

export interface CompiledCue {
  id: string;
  /** The role family the cue is evidence for; undefined for a domain cue. */
  family: RoleFamily | undefined;
  domain: CueDomain | undefined;
  label: string;
  weight: number;
  where: 'duty' | 'requirement' | 'any';
  flag: RedFlagKind | undefined;
  re: RegExp;
  unless: RegExp | undefined;
}

export interface CompiledTitleRule {
  family: RoleFamily;
  re: RegExp;
}

export interface CompiledEssential {
  id: string;
  label: string;
  advice: string;
  re: RegExp;
}

export interface CompiledRaciActivity {
  id: string;
  label: string;
  always: boolean;
  re: RegExp;
  raci: Record<string, string>;
}

export interface AuditVocabulary {
  cues: CompiledCue[];
  titles: CompiledTitleRule[];
  essentials: CompiledEssential[];
  raciRoles: string[];
  raci: CompiledRaciActivity[];
  languages: RegExp;
  /** A list of three or more business functions ("legal, finance, and marketing"): the teams a role works with. */
  partnerList: RegExp;
}

/** Wraps a pattern so it only matches whole words (also around "C++" or ".NET"). */
export function wordPattern(source: string, vocab: Record<string, string>, caseSensitive = false): RegExp {
  const expanded = source.replace(/\{(lang|stack|ops)\}/g, (_, k: string) => `(?:${vocab[k] ?? ''})`);
  return new RegExp(`(?<![\\w])(?:${expanded})(?![\\w])`, caseSensitive ? '' : 'i');
}

/** Three or more business functions joined by commas, "and", "or", "&" or "/", each maybe followed by "teams". */
function partnerListPattern(fn: string): RegExp {
  const one = `(?:${fn})(?:\\s+(?:teams?|groups|functions|organi[sz]ations|orgs))?`;
  const sep = String.raw`\s*(?:,\s*(?:and|or|&)?|and|or|&|/)\s*`;
  return new RegExp(`(?<![\\w])${one}(?:${sep}${one}){2,}(?![\\w])`, 'gi');
}

/** Validates raw vocabulary data and compiles it; throws on malformed data (a bug in data/audit, not user input). */
export function compileVocabulary(raw: {
  cues: unknown;
  titles: unknown;
  essentials: unknown;
  raci: unknown;
}): AuditVocabulary {
  const cues = CuesFileSchema.parse(raw.cues);
  const titles = TitlesFileSchema.parse(raw.titles);
  const essentials = EssentialsFileSchema.parse(raw.essentials);
  const raci = RaciFileSchema.parse(raw.raci);
  const vocab = cues.vocab;
  const ids = new Set<string>();
  for (const c of cues.cues) {
    if (ids.has(c.id)) throw new Error(`data/audit/cues.json: duplicate cue id ${c.id}`);
    ids.add(c.id);
  }
  return {
    cues: cues.cues.map((c) => ({
      id: c.id,
      family: c.family,
      domain: c.domain,
      label: c.label,
      weight: c.weight,
      where: c.where ?? 'any',
      flag: c.flag,
      re: wordPattern(c.pattern, vocab, c.caseSensitive ?? false),
      unless: c.unless === undefined ? undefined : wordPattern(c.unless, vocab),
    })),
    titles: titles.rules.map((r) => ({ family: r.family, re: wordPattern(r.pattern, vocab) })),
    essentials: essentials.essentials.map((e) => ({
      id: e.id,
      label: e.label,
      advice: e.advice,
      re: wordPattern(e.pattern, vocab),
    })),
    raciRoles: raci.roles,
    raci: raci.activities.map((a) => ({
      id: a.id,
      label: a.label,
      always: a.always ?? false,
      re: wordPattern(a.pattern, vocab),
      raci: a.raci,
    })),
    languages: new RegExp(wordPattern('{lang}', vocab).source, 'gi'),
    partnerList: partnerListPattern(cues.partnerFunction),
  };
}

let shipped: AuditVocabulary | undefined;
/** The vocabulary shipped in data/audit, compiled on first use. */
export function defaultVocabulary(): AuditVocabulary {
  shipped ??= compileVocabulary({
    cues: cuesJson,
    titles: titlesJson,
    essentials: essentialsJson,
    raci: raciJson,
  });
  return shipped;
}
