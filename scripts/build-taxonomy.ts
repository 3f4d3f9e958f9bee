/**
 * Builds data/taxonomy/skills.json from the hand-curated files in data/taxonomy/curated/,
 * enriched with O*NET 29.3 and ESCO 1.1.1 links from the reference data (../shared/data,
 * or ROLEFIT_SHARED_DATA). Deterministic: the same inputs give a byte-identical file.
 *
 *   npx tsx scripts/build-taxonomy.ts            build and write
 *   npx tsx scripts/build-taxonomy.ts --check    build and fail if the committed file differs
 *   npx tsx scripts/build-taxonomy.ts --report   also print every O*NET/ESCO link made
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseCsv } from 'csv-parse/sync';
import { z } from 'zod';
import { expandClasses, expandGaps } from '../src/core/taxonomy/gaps.ts';
import {
  type AliasInput,
  type Skill,
  type SkillInput,
  skillSchema,
  type TogetherRule,
  taxonomyFileSchema,
  togetherRuleSchema,
} from '../src/core/taxonomy/schema.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CURATED_DIR = join(ROOT, 'data/taxonomy/curated');
const OUT_FILE = join(ROOT, 'data/taxonomy/skills.json');
const EVIDENCE_FILE = join(ROOT, 'data/taxonomy/evidence.json');
const LOOKALIKES_FILE = join(ROOT, 'data/taxonomy/lookalikes.json');
const SHARED = resolve(process.env.ROLEFIT_SHARED_DATA ?? join(ROOT, '../shared/data'));
const ONET_DIR = join(SHARED, 'taxonomy/onet-29.3');
const ESCO_SKILLS = join(SHARED, 'taxonomy/esco-1.1.1/skills_en.csv');

/** Bump the major part when the shape or meaning of the file changes. */
const FORMAT_VERSION = '1';
const TPM_OCCUPATION = '15-1299.09';

const ATTRIBUTION = [
  'Skill taxonomy curated by the rolefit project (MIT).',
  'Includes information from the O*NET 29.3 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA. rolefit has modified all or some of this information: it links technology example names, commodity codes, Hot Technology / In Demand flags and skill, knowledge and work-style element ids to its own skills. USDOL/ETA has not approved, endorsed, or tested these modifications.',
  'This service uses the ESCO classification of the European Commission. rolefit links its own skills to ESCO v1.1.1 skill URIs by exact label matching; the labels and hierarchy here are rolefit’s own, a modified and derived work, not ESCO itself.',
];

/**
 * O*NET content-model elements (Skills, Knowledge, Work Styles) that a skill stands for, by
 * element name; resolved to element ids from the O*NET files so a typo fails the build.
 */
const ONET_ELEMENTS: Record<string, string[]> = {
  'active-listening': ['Active Listening'],
  'attention-to-detail': ['Attention to Detail'],
  adaptability: ['Adaptability/Flexibility'],
  'analytical-thinking': ['Analytical Thinking', 'Critical Thinking'],
  budgeting: ['Management of Financial Resources'],
  communication: ['Speaking', 'Writing'],
  'critical-thinking': ['Critical Thinking'],
  'customer-focus': ['Service Orientation', 'Customer and Personal Service'],
  'decision-making': ['Judgment and Decision Making'],
  documentation: ['Writing'],
  'emotional-intelligence': ['Social Perceptiveness'],
  'cross-functional-coordination': ['Coordination'],
  'coordination-without-authority': ['Persuasion'],
  initiative: ['Initiative'],
  integrity: ['Integrity'],
  leadership: ['Leadership'],
  'continuous-learning': ['Active Learning'],
  mentoring: ['Instructing'],
  negotiation: ['Negotiation'],
  'problem-solving': ['Complex Problem Solving'],
  programming: ['Programming'],
  'project-management': ['Administration and Management'],
  'qa-basics': ['Quality Control Analysis'],
  'resource-allocation': ['Management of Personnel Resources', 'Management of Material Resources'],
  'stress-management': ['Stress Tolerance'],
  'system-design': ['Systems Analysis', 'Technology Design'],
  teamwork: ['Cooperation'],
  'time-management': ['Time Management'],
  troubleshooting: ['Troubleshooting'],
  'written-communication': ['Writing'],
  'verbal-communication': ['Speaking'],
  'requirements-gathering': ['Operations Analysis'],
  'computer-science': ['Computers and Electronics'],
  'software-engineering': ['Computers and Electronics', 'Engineering and Technology'],
  'user-experience': ['Design'],
  'financial-management': ['Economics and Accounting'],
  'technical-writing': ['Writing'],
};

/** Vendor words O*NET puts before product names ("Atlassian JIRA", "Microsoft Excel"). */
const VENDOR_PREFIXES = [
  'atlassian',
  'amazon',
  'amazon web services',
  'apache',
  'microsoft',
  'google',
  'oracle',
  'ibm',
  'adobe',
  'the',
  'red hat',
  'jetbrains',
  'hashicorp',
  'elastic',
  'salesforce',
  'sap',
  'smartbear',
  'tricentis',
  'micro focus',
  'hewlett packard',
  'github',
  'facebook',
  'meta',
  'apple',
  'mathworks',
  'the mathworks',
  'vmware',
  'cisco',
  'splunk',
  'docker',
  'datadog',
  'new relic',
  'puppet',
  'chef',
];

/**
 * ESCO links an exact label match must not make: the label matched, the meaning did not.
 * Keyed by "skill-id uri"; add one (with the ESCO label) when --report shows a false link.
 */
const ESCO_DENY = new Map<string, string>([
  [
    'user-experience http://data.europa.eu/esco/skill/07dd856d-6141-48a7-a228-918f88494812',
    'create prototype of user experience solutions',
  ],
  [
    'root-cause-analysis http://data.europa.eu/esco/skill/12b5cc46-bf35-464c-ac7d-1bdbc23262f7',
    'perform failure analysis of production process',
  ],
  ['dotnet http://data.europa.eu/esco/skill/13bdd41a-2a18-441f-96db-41252c519413', 'Visual Studio .NET'],
  [
    'portfolio-management http://data.europa.eu/esco/skill/644d9c5d-9e19-4a3b-b144-8d27f7ad292d',
    'portfolio management in textile manufacturing',
  ],
  ['ui-design http://data.europa.eu/esco/skill/7fb699d9-182a-430e-b7a0-6d8ed05c284b', 'graphic design'],
  [
    'business-acumen http://data.europa.eu/esco/skill/811bdb9d-5bf7-4b5a-a3f5-4fc2002f6d57',
    'financial capability',
  ],
  [
    'saas http://data.europa.eu/esco/skill/83218cac-3599-417e-93d2-26013cdccd98',
    'service-oriented modelling',
  ],
  [
    'software-engineering http://data.europa.eu/esco/skill/89f6560b-2194-45c9-9ece-d33049a73eef',
    'computer engineering',
  ],
  ['healthcare http://data.europa.eu/esco/skill/9570e84e-6699-4c9f-9a12-7bc82d53a231', 'public health'],
  ['xml http://data.europa.eu/esco/skill/9cf681c7-89ec-470c-b651-7fe03786f586', 'query languages'],
  ['azure-data http://data.europa.eu/esco/skill/c062bab3-3ea0-4291-9220-a2d8fef4bead', 'SQL Server'],
  [
    'observability http://data.europa.eu/esco/skill/e8488824-3865-4d2a-97e9-fe4647d6add3',
    'logging (forestry)',
  ],
]);

/** O*NET examples whose name matches a skill by acronym or vendor stripping but means something else. */
const ONET_DENY = new Set([
  'Adobe Persuasion',
  'Career management systems CMS',
  'Landscape Management System LMS',
  'Low-level driver LLD software',
  'National Instruments NI Vision Builder for Automated Inspection AI',
  'Pathogen Modeling Program PMP',
  'Real estate application contract transmission REACT software',
  'Sawtooth Composite Product Mapping CPM',
]);

/** Generic words that do not count as "the same name" when an ESCO link came from an alt label. */
const GENERIC_WORDS = new Set(
  'a an and the of for to in on with use using ict computer programming software tool tools manage management managing project projects system systems data process processes business technology technologies apply perform develop methods method principles'.split(
    ' ',
  ),
);

/** Single words that fire in ordinary prose: as aliases they must be case-sensitive or need context. */
const RISKY_WORDS = new Set(
  'go r c d swift rust dart julia ruby spring express chef puppet salt less rails elm ember backbone meteor hive pig spark storm access word project teams notion monday linear rally lean safe box glue lambda pulse drive sheets docs forms keynote pages numbers flow bamboo crystal prism unity solid react next nest remix fiber echo gin beam mode segment heap vault consul nomad packer helm harness travis circle buddy drone octopus sentry cucumber mocha jasmine jest karma chai gauge locust artillery charles nexus harbor ant ivy cargo make atom sublime zoom outlook mural target apex shield sketch oracle windows networking shell testing monitoring logging privacy lever greenhouse remedy'.split(
    ' ',
  ),
);

/** Pattern or alias texts so generic they would fire in nearly every resume. */
const TOO_GENERIC = new Set(
  'team project managed manage management work worked working lead led help helped responsible experience skills skill good strong excellent ability'.split(
    ' ',
  ),
);

/** Aliases two skills may both claim on purpose (normalized text → the skill ids). */
const DELIBERATELY_SHARED = new Map<string, string[]>([]);

const TOKEN = /(?:(?<![A-Za-z0-9])\.(?=[A-Za-z]))?[A-Za-z0-9]+(?:\.[A-Za-z0-9]+)*[+#]*/g;

/** The tokens the matcher sees in a text, joined by single spaces. */
function tokenKey(text: string, caseSensitive = false): string {
  const tokens = text.match(TOKEN) ?? [];
  const key = tokens.join(' ');
  return caseSensitive ? key : key.toLowerCase();
}

/** The tokens of a pattern, its wildcards and counts kept as words ("manage * STAR", "teams COUNT"). */
function patternKey(pattern: string): string {
  return tokenKey(pattern.replaceAll('*', ' STAR ').replaceAll('#', ' COUNT '));
}

function aliasText(alias: AliasInput): string {
  return typeof alias === 'string' ? alias : alias.text;
}

function isCaseSensitive(alias: AliasInput): boolean {
  return typeof alias !== 'string' && alias.caseSensitive === true;
}

function isGuarded(alias: AliasInput): boolean {
  return typeof alias !== 'string' && (alias.caseSensitive === true || alias.needsContext === true);
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const sortedUnique = (values: Iterable<string>): string[] => [...new Set(values)].sort(compare);

// ---------------------------------------------------------------------------------------------
// Curated input

const curatedFileSchema = z.object({ skills: z.array(skillSchema) }).strict();

interface CuratedSkill {
  skill: Skill;
  file: string;
}

function readCurated(): CuratedSkill[] {
  const files = readdirSync(CURATED_DIR)
    .filter((name) => name.endsWith('.json'))
    .sort(compare);
  const out: CuratedSkill[] = [];
  for (const file of files) {
    const raw: unknown = JSON.parse(readFileSync(join(CURATED_DIR, file), 'utf8'));
    const parsed = curatedFileSchema.safeParse(raw);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
      throw new Error(`${file} is not a valid curated file:\n${issues}`);
    }
    for (const skill of parsed.data.skills) {
      // '**' means a gap of up to three words here as in evidence.json (it once stood for two words).
      const patterns = [...new Set(skill.patterns.flatMap(expandGaps))];
      out.push({ skill: { ...skill, patterns }, file });
    }
  }
  return out;
}

/** data/taxonomy/evidence.json: how resumes describe doing a skill, merged into that skill. */
export const evidenceFileSchema = z
  .object({
    about: z.string(),
    classes: z
      .record(z.string().regex(/^[a-z-]+$/), z.array(z.string().regex(/^[a-z][a-z'-]*$/)).min(1))
      .default({}),
    evidence: z.array(
      z
        .object({
          skill: z.string(),
          aliases: z.array(z.string().min(1)).default([]),
          patterns: z.array(z.string().min(1)).default([]),
          shows: z.array(z.string().min(1)).min(1),
          not: z.array(z.string().min(1)).default([]),
        })
        .strict(),
    ),
    /**
     * Skills shown by words of several groups in one clause (src/core/extract/together.ts): the
     * first group is tested on every line, so it should be the rarest.
     */
    together: z
      .array(
        togetherRuleSchema
          .extend({
            why: z.string().min(1),
            shows: z.array(z.string().min(1)).min(1),
            not: z.array(z.string().min(1)).default([]),
          })
          .strict(),
      )
      .default([]),
  })
  .strict();

type EvidenceFile = z.output<typeof evidenceFileSchema>;

/** The together rules of data/taxonomy/evidence.json, as the taxonomy file keeps them. */
function readTogether(
  file: EvidenceFile,
  curated: CuratedSkill[],
): { rules: TogetherRule[]; problems: string[] } {
  const known = new Set(curated.map((c) => c.skill.id));
  const problems = file.together
    .filter((r) => !known.has(r.skill))
    .map((r) => `evidence.json: together rule for unknown skill "${r.skill}"`);
  // The rule as the loader reads it; why, shows and not document and test it.
  const rules = file.together.map(({ why: _why, shows: _shows, not: _not, ...rule }) => rule);
  return { rules, problems };
}

/** data/taxonomy/lookalikes.json: phrases that contain a skill's name but are not that skill. */
export const lookalikesFileSchema = z
  .object({
    about: z.string(),
    groups: z.array(
      z
        .object({
          why: z.string(),
          phrases: z.array(z.string().min(1)).min(1),
          examples: z.array(z.string().min(1)).default([]),
        })
        .strict(),
    ),
  })
  .strict();

/** Adds the evidence patterns to their skills; an entry for an unknown skill is an error. */
function mergeEvidence(file: EvidenceFile, curated: CuratedSkill[]): string[] {
  const byId = new Map(curated.map((c) => [c.skill.id, c.skill]));
  const problems: string[] = [];
  // Forms a word class made, by skill: a class is shorthand, so a form another skill lists itself
  // stays with that skill ("communicate with ** {parties}" leaves "communicate with clients" to the
  // skill that names it).
  const fromClass = new Map<Skill, Set<string>>();
  for (const entry of file.evidence) {
    const skill = byId.get(entry.skill);
    if (!skill) {
      problems.push(`evidence.json: unknown skill "${entry.skill}"`);
      continue;
    }
    skill.aliases.push(...entry.aliases);
    for (const pattern of entry.patterns) {
      const words = expandClasses(pattern, file.classes);
      for (const word of words) {
        const forms = expandGaps(word);
        // A gap's shorter forms, or a class's words, may already be patterns of their own
        // ("manage * staff"): keep one of each.
        const added =
          forms.length > 1 || words.length > 1 ? forms.filter((f) => !skill.patterns.includes(f)) : forms;
        skill.patterns.push(...added);
        if (words.length > 1) {
          const set = fromClass.get(skill) ?? new Set<string>();
          for (const f of added) set.add(f);
          fromClass.set(skill, set);
        }
      }
    }
  }
  const listedBy = new Map<string, Set<Skill>>();
  const list = (key: string, skill: Skill) => listedBy.set(key, (listedBy.get(key) ?? new Set()).add(skill));
  for (const { skill } of curated) {
    for (const alias of skill.aliases) list(tokenKey(aliasText(alias)), skill);
    for (const p of skill.patterns) if (!fromClass.get(skill)?.has(p)) list(patternKey(p), skill);
  }
  for (const [skill, forms] of fromClass)
    skill.patterns = skill.patterns.filter(
      (p) => !forms.has(p) || [...(listedBy.get(patternKey(p)) ?? [])].every((other) => other === skill),
    );
  return problems;
}

function readLookalikes(): string[] {
  const file = lookalikesFileSchema.parse(JSON.parse(readFileSync(LOOKALIKES_FILE, 'utf8')));
  return [...new Set(file.groups.flatMap((g) => g.phrases.flatMap(expandGaps)))];
}

// ---------------------------------------------------------------------------------------------
// Cross-checks

function crossCheck(curated: CuratedSkill[]): string[] {
  const problems: string[] = [];
  const byId = new Map<string, CuratedSkill>();
  for (const entry of curated) {
    const { id } = entry.skill;
    const previous = byId.get(id);
    if (previous) problems.push(`duplicate id "${id}" in ${previous.file} and ${entry.file}`);
    byId.set(id, entry);
  }

  const claims = new Map<string, Set<string>>();
  const claim = (key: string, id: string): void => {
    const set = claims.get(key) ?? new Set<string>();
    set.add(id);
    claims.set(key, set);
  };

  for (const { skill, file } of curated) {
    const where = `${file}: ${skill.id}`;
    for (const ref of skill.broader) {
      if (!byId.has(ref)) problems.push(`${where}: broader "${ref}" does not exist`);
      if (ref === skill.id) problems.push(`${where}: broader to itself`);
    }
    if (skill.nearWords) {
      const becomes = skill.nearWords.becomes;
      if (!byId.has(becomes)) problems.push(`${where}: nearWords becomes "${becomes}", which does not exist`);
      if (becomes === skill.id) problems.push(`${where}: nearWords becomes itself`);
    }
    for (const ref of skill.related) {
      if (!byId.has(ref)) problems.push(`${where}: related "${ref}" does not exist`);
      if (ref === skill.id) problems.push(`${where}: related to itself`);
      if (skill.broader.includes(ref)) problems.push(`${where}: "${ref}" is both broader and related`);
    }
    const own = new Set<string>();
    for (const text of [skill.label, ...skill.aliases.map(aliasText), ...skill.patterns]) {
      if (tokenKey(text) === '') problems.push(`${where}: "${text}" has no tokens`);
    }
    for (const alias of skill.aliases) {
      const text = aliasText(alias);
      const key = tokenKey(text, isCaseSensitive(alias));
      if (own.has(key)) problems.push(`${where}: alias "${text}" listed twice`);
      own.add(key);
      claim(key.toLowerCase(), skill.id);
      const lower = tokenKey(text);
      if (RISKY_WORDS.has(lower) && !isGuarded(alias)) {
        problems.push(`${where}: alias "${text}" is a common word; use caseSensitive/needsContext`);
      }
      if (TOO_GENERIC.has(lower)) problems.push(`${where}: alias "${text}" is too generic`);
    }
    for (const pattern of skill.patterns) {
      // "^ led": a pattern that counts only where it opens its line ("• Led the vendor selection").
      const opening = pattern.startsWith('^');
      const key = (opening ? '^ ' : '') + patternKey(pattern.replace(/^\^/, ''));
      if (!opening && TOO_GENERIC.has(key)) problems.push(`${where}: pattern "${pattern}" is too generic`);
      if (/^(star ?)+$/.test(key)) problems.push(`${where}: pattern "${pattern}" is only wildcards`);
      if (own.has(key)) problems.push(`${where}: "${pattern}" repeats an alias or pattern of the same skill`);
      own.add(key);
      claim(key, skill.id);
    }
  }

  for (const [key, ids] of claims) {
    if (ids.size < 2) continue;
    const allowed = DELIBERATELY_SHARED.get(key);
    const list = [...ids].sort(compare);
    if (allowed && list.every((id) => allowed.includes(id))) continue;
    problems.push(`"${key}" is claimed by ${list.join(', ')}`);
  }

  // Cycles in broader: depth-first search with colours.
  const state = new Map<string, 'open' | 'done'>();
  const visit = (id: string, path: string[]): void => {
    const s = state.get(id);
    if (s === 'done') return;
    if (s === 'open') {
      problems.push(`cycle in broader: ${[...path.slice(path.indexOf(id)), id].join(' → ')}`);
      return;
    }
    state.set(id, 'open');
    for (const next of byId.get(id)?.skill.broader ?? []) if (byId.has(next)) visit(next, [...path, id]);
    state.set(id, 'done');
  };
  for (const id of [...byId.keys()].sort(compare)) visit(id, []);

  return problems;
}

// ---------------------------------------------------------------------------------------------
// O*NET

interface OnetTech {
  example: string;
  codes: Set<string>;
  hot: boolean;
  /** Flags of the TPM occupation's own row, when it lists the technology. */
  tpm?: { hot: boolean; inDemand: boolean };
}

function readTsv(file: string): string[][] {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  return lines
    .slice(1)
    .filter((line) => line.length > 0)
    .map((line) => line.split('\t'));
}

function readOnetTechnology(): Map<string, OnetTech> {
  const byExample = new Map<string, OnetTech>();
  for (const [code, , example, commodity, , hot, inDemand] of readTsv(
    join(ONET_DIR, 'Technology Skills.txt'),
  )) {
    if (!code || !example || !commodity) continue;
    const entry = byExample.get(example) ?? { example, codes: new Set<string>(), hot: false };
    entry.codes.add(commodity);
    if (hot === 'Y') entry.hot = true;
    if (code === TPM_OCCUPATION) entry.tpm = { hot: hot === 'Y', inDemand: inDemand === 'Y' };
    byExample.set(example, entry);
  }
  return byExample;
}

function readOnetElements(): Map<string, string> {
  const byName = new Map<string, string>();
  for (const file of ['Skills.tsv', 'Knowledge.tsv', 'Work Styles.txt']) {
    for (const [, , elementId, name] of readTsv(join(ONET_DIR, file))) {
      if (elementId && name) byName.set(name, elementId);
    }
  }
  return byName;
}

/** The names an O*NET example may be known by, most specific first. */
function onetExampleKeys(example: string): string[] {
  const keys: string[] = [];
  let words = tokenKey(example).split(' ');
  const push = (w: string[]): void => {
    const key = w.join(' ');
    if (key && !keys.includes(key)) keys.push(key);
  };
  push(words);
  if (words.length > 1 && words.at(-1) === 'software') words = words.slice(0, -1);
  push(words);
  // "Structured query language SQL" → "sql" and "structured query language".
  const last = words.at(-1) ?? '';
  const head = words.slice(0, -1);
  const initials = head.map((w) => w[0]).join('');
  if (head.length > 1 && last.length > 1 && initials.endsWith(last)) {
    push([last]);
    push(head);
    push(head.slice(head.length - last.length));
  }
  for (const candidate of [...keys]) {
    for (const vendor of VENDOR_PREFIXES) {
      const prefix = `${vendor} `;
      if (candidate.startsWith(prefix) && candidate.length > prefix.length)
        push([candidate.slice(prefix.length)]);
    }
  }
  return keys;
}

interface OnetLinks {
  examples: Map<string, OnetTech[]>;
  ambiguous: string[];
}

function linkOnetExamples(skills: Skill[], tech: Map<string, OnetTech>): OnetLinks {
  const skillsByKey = new Map<string, Set<string>>();
  for (const skill of skills) {
    for (const text of [skill.label, ...skill.aliases.map(aliasText)]) {
      const key = tokenKey(text);
      const set = skillsByKey.get(key) ?? new Set<string>();
      set.add(skill.id);
      skillsByKey.set(key, set);
    }
  }
  const examples = new Map<string, OnetTech[]>();
  const ambiguous: string[] = [];
  const link = (id: string, entry: OnetTech): void => {
    const list = examples.get(id) ?? [];
    list.push(entry);
    examples.set(id, list);
  };
  // Hand-picked links in the curated files ("onet": { "examples": [...] }) come first.
  const handPicked = new Set<string>();
  for (const skill of skills) {
    for (const example of skill.onet?.examples ?? []) {
      const entry = tech.get(example);
      if (!entry) throw new Error(`${skill.id}: O*NET example "${example}" is not in Technology Skills.txt`);
      link(skill.id, entry);
      handPicked.add(example);
    }
  }
  for (const entry of [...tech.values()].sort((a, b) => compare(a.example, b.example))) {
    if (handPicked.has(entry.example) || ONET_DENY.has(entry.example)) continue;
    for (const key of onetExampleKeys(entry.example)) {
      const ids = skillsByKey.get(key);
      if (!ids) continue;
      if (ids.size > 1) {
        ambiguous.push(`${entry.example} → ${[...ids].sort(compare).join(' | ')}`);
        break;
      }
      link([...ids][0]!, entry);
      break;
    }
  }
  return { examples, ambiguous };
}

// ---------------------------------------------------------------------------------------------
// ESCO

interface EscoConcept {
  uri: string;
  preferred: string;
}

interface EscoIndex {
  /** Case-insensitive token key → concepts whose preferred label it is. */
  preferred: Map<string, EscoConcept[]>;
  alt: Map<string, EscoConcept[]>;
}

function readEsco(): EscoIndex {
  const rows = parseCsv(readFileSync(ESCO_SKILLS, 'utf8'), {
    columns: true,
    skip_empty_lines: true,
  }) as Record<string, string>[];
  const preferred = new Map<string, EscoConcept[]>();
  const alt = new Map<string, EscoConcept[]>();
  const add = (map: Map<string, EscoConcept[]>, key: string, concept: EscoConcept): void => {
    if (!key) return;
    const list = map.get(key) ?? [];
    if (!list.some((c) => c.uri === concept.uri)) list.push(concept);
    map.set(key, list);
  };
  for (const row of rows) {
    const uri = row.conceptUri;
    const label = row.preferredLabel;
    if (!uri || !label || row.status === 'obsolete') continue;
    const concept = { uri, preferred: label };
    add(preferred, tokenKey(label), concept);
    for (const altLabel of (row.altLabels ?? '').split('\n')) add(alt, tokenKey(altLabel), concept);
  }
  return { preferred, alt };
}

/** Crude stems so "listen actively" and "active listening" share words. */
function stems(text: string): Set<string> {
  const out = new Set<string>();
  for (const word of tokenKey(text).split(' ')) {
    if (GENERIC_WORDS.has(word)) continue;
    out.add(word.replace(/(?:ing|ly|ies|es|s|ed|e|ment|ion)$/, ''));
  }
  return out;
}

/**
 * Exact normalized label match only. A preferred-label match links when it is unique. An
 * alt-label match links only when the concept's own name shares a non-generic word with the
 * skill, because ESCO files many tools under broad concepts ("scrum" → "ICT project
 * management methodologies") and a few alt labels are plainly off ("change management" →
 * "alter management").
 */
function linkEsco(skill: Skill, esco: EscoIndex, log: string[]): string[] {
  const uris = new Set<string>();
  const names = [
    { text: skill.label, caseSensitive: false },
    ...skill.aliases.map((a) => ({ text: aliasText(a), caseSensitive: isCaseSensitive(a) })),
  ];
  const ownStems = new Set(names.flatMap((n) => [...stems(n.text)]));
  for (const { text, caseSensitive } of names) {
    const key = tokenKey(text);
    const byPreferred = (esco.preferred.get(key) ?? []).filter(
      (c) => !caseSensitive || tokenKey(c.preferred, true) === tokenKey(text, true),
    );
    if (byPreferred.length === 1) {
      const concept = byPreferred[0]!;
      if (!ESCO_DENY.has(`${skill.id} ${concept.uri}`)) {
        uris.add(concept.uri);
        log.push(`${skill.id}: "${text}" = preferred "${concept.preferred}"`);
      }
      continue;
    }
    if (byPreferred.length > 1 || caseSensitive) continue;
    const byAlt = esco.alt.get(key) ?? [];
    if (byAlt.length !== 1) continue;
    const concept = byAlt[0]!;
    if (ESCO_DENY.has(`${skill.id} ${concept.uri}`)) continue;
    const shared = [...stems(concept.preferred)].some((s) => ownStems.has(s));
    if (!shared) continue;
    uris.add(concept.uri);
    log.push(`${skill.id}: "${text}" = alt label of "${concept.preferred}"`);
  }
  return sortedUnique(uris);
}

// ---------------------------------------------------------------------------------------------

function enrich(skills: Skill[], log: string[]): Skill[] {
  const tech = readOnetTechnology();
  const elements = readOnetElements();
  const esco = readEsco();
  const { examples, ambiguous } = linkOnetExamples(skills, tech);
  for (const line of ambiguous) log.push(`O*NET ambiguous, not linked: ${line}`);

  for (const id of Object.keys(ONET_ELEMENTS)) {
    if (!skills.some((s) => s.id === id)) throw new Error(`ONET_ELEMENTS names unknown skill "${id}"`);
  }

  return skills.map((skill) => {
    const linked = examples.get(skill.id) ?? [];
    const elementIds = (ONET_ELEMENTS[skill.id] ?? []).map((name) => {
      const elementId = elements.get(name);
      if (!elementId) throw new Error(`${skill.id}: O*NET element "${name}" not found`);
      return elementId;
    });
    const out: Skill = { ...skill, esco: sortedUnique([...skill.esco, ...linkEsco(skill, esco, log)]) };
    if (linked.length > 0 || elementIds.length > 0) {
      const onet: NonNullable<Skill['onet']> = {
        commodityCodes: sortedUnique(linked.flatMap((t) => [...t.codes])),
        elementIds: sortedUnique([...(skill.onet?.elementIds ?? []), ...elementIds]),
        examples: sortedUnique(linked.map((t) => t.example)),
      };
      if (linked.length > 0) {
        // Flags of the TPM occupation win when it lists the technology.
        const tpm = linked.filter((t) => t.tpm);
        onet.hotTechnology = tpm.length > 0 ? tpm.some((t) => t.tpm?.hot) : linked.some((t) => t.hot);
        if (tpm.length > 0) onet.inDemand = tpm.some((t) => t.tpm?.inDemand);
      }
      out.onet = onet;
      for (const t of linked) log.push(`${skill.id}: O*NET "${t.example}"`);
    }
    return out;
  });
}

/** Key order of the output, independent of how the curated file was written. */
function canonical(skill: Skill): SkillInput {
  const out: SkillInput = { id: skill.id, label: skill.label, kind: skill.kind };
  if (skill.description !== undefined) out.description = skill.description;
  out.aliases = skill.aliases;
  out.patterns = skill.patterns;
  out.broader = skill.broader;
  out.related = skill.related;
  if (skill.nearWords) out.nearWords = skill.nearWords;
  if (skill.onet) {
    const { commodityCodes, elementIds, examples, hotTechnology, inDemand } = skill.onet;
    out.onet = { commodityCodes, elementIds, examples };
    if (hotTechnology !== undefined) out.onet.hotTechnology = hotTechnology;
    if (inDemand !== undefined) out.onet.inDemand = inDemand;
  }
  out.esco = skill.esco;
  return out;
}

function main(): void {
  const args = new Set(process.argv.slice(2));
  const curated = readCurated();
  const evidence: EvidenceFile = evidenceFileSchema.parse(JSON.parse(readFileSync(EVIDENCE_FILE, 'utf8')));
  const together = readTogether(evidence, curated);
  const problems = [...mergeEvidence(evidence, curated), ...crossCheck(curated), ...together.problems];
  if (problems.length > 0) {
    console.error(`Taxonomy has ${problems.length} problem(s):\n${problems.map((p) => `- ${p}`).join('\n')}`);
    process.exit(1);
  }
  for (const path of [ONET_DIR, ESCO_SKILLS]) {
    if (!existsSync(path)) {
      console.error(
        `Reference data not found at ${path}. Set ROLEFIT_SHARED_DATA to the shared data folder.`,
      );
      process.exit(1);
    }
  }

  const log: string[] = [];
  const skills = enrich(
    curated.map((c) => c.skill),
    log,
  )
    .sort((a, b) => compare(a.id, b.id))
    .map(canonical);

  const lookalikes = readLookalikes();
  const body = JSON.stringify({ skills, lookalikes, together: together.rules });
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
  const file = taxonomyFileSchema.parse({
    version: `${FORMAT_VERSION}.0.0+${hash}`,
    attribution: ATTRIBUTION,
    skills,
    lookalikes,
    together: together.rules,
  });
  const text = `${JSON.stringify(file, null, 2)}\n`;

  if (args.has('--report')) for (const line of log) console.log(line);

  if (args.has('--check')) {
    const current = existsSync(OUT_FILE) ? readFileSync(OUT_FILE, 'utf8') : '';
    if (current !== text) {
      console.error('data/taxonomy/skills.json is out of date: run npx tsx scripts/build-taxonomy.ts');
      process.exit(1);
    }
    console.log('data/taxonomy/skills.json is up to date.');
    return;
  }
  writeFileSync(OUT_FILE, text);

  const counts = new Map<string, number>();
  for (const s of file.skills) counts.set(s.kind, (counts.get(s.kind) ?? 0) + 1);
  const withOnet = file.skills.filter((s) => s.onet).length;
  const withEsco = file.skills.filter((s) => s.esco.length > 0).length;
  console.log(
    `Wrote ${file.skills.length} skills (${[...counts].map(([k, n]) => `${k} ${n}`).join(', ')}); ` +
      `${withOnet} linked to O*NET, ${withEsco} to ESCO. Version ${file.version}.`,
  );
}

main();
