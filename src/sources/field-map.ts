import { fail, type Issue, ok, type Result } from '../core/result.ts';

/** Listing fields a column can fill. Several columns can fill `requirements` and `preferred`. */
export const LISTING_FIELDS = [
  'id',
  'title',
  'company',
  'location',
  'url',
  'posted',
  'description',
  'requirements',
  'preferred',
] as const;
export type ListingField = (typeof LISTING_FIELDS)[number];

/** Column names recognized without `--map`, compared lowercase with spaces, dashes and underscores removed. */
const CANDIDATES: Record<ListingField, string[]> = {
  id: ['id', 'jobid', 'postingid', 'listingid', 'reqid', 'requisitionid', 'externalid', 'sourceid'],
  title: ['title', 'jobtitle', 'positiontitle', 'position', 'role', 'roletitle', 'jobname', 'name'],
  company: [
    'company',
    'companyname',
    'employer',
    'employername',
    'organization',
    'organisation',
    'hiringorganization',
  ],
  location: ['location', 'joblocation', 'city', 'locations'],
  url: ['url', 'joburl', 'jobpostingurl', 'postingurl', 'link', 'absoluteurl', 'hostedurl', 'applyurl'],
  posted: [
    'posted',
    'postedat',
    'dateposted',
    'posteddate',
    'publishedat',
    'listedtime',
    'createdat',
    'date',
  ],
  description: [
    'description',
    'jobdescription',
    'desc',
    'descriptionplain',
    'descriptiontext',
    'body',
    'content',
    'text',
    'texthtml',
    'html',
    'details',
    'summary',
    'responsibilities',
  ],
  requirements: [
    'requirements',
    'minimumqualifications',
    'qualifications',
    'basicqualifications',
    'skills',
    'skillsdesc',
    'musthave',
  ],
  preferred: ['preferredqualifications', 'preferred', 'nicetohave', 'bonus', 'desiredqualifications'],
};

const squash = (s: string) => s.toLowerCase().replace(/[\s_\-.]+/g, '');

/** `title=job_title,description=desc` → field → column. A field may repeat to take several columns. */
export function parseFieldMap(spec: string): Result<Partial<Record<ListingField, string[]>>> {
  const out: Partial<Record<ListingField, string[]>> = {};
  for (const part of spec
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const eq = part.indexOf('=');
    const field = part.slice(0, eq).trim() as ListingField;
    const column = part.slice(eq + 1).trim();
    if (eq <= 0 || column.length === 0) {
      return fail({
        code: 'MAP_INVALID',
        message: `--map entry "${part}" is not field=column`,
        hint: 'write --map title=job_title,description=desc',
      });
    }
    if (!LISTING_FIELDS.includes(field)) {
      return fail({
        code: 'MAP_UNKNOWN_FIELD',
        message: `--map names unknown field "${field}"`,
        hint: `fields are ${LISTING_FIELDS.join(', ')}`,
      });
    }
    out[field] = [...(out[field] ?? []), column];
  }
  return ok(out);
}

export type ColumnMapping = Partial<Record<ListingField, string[]>>;

/**
 * Which columns fill which field: `--map` entries first (each must exist), the rest detected
 * from common names. Fails when a mapped column is absent or no title or text column is found.
 */
export function resolveColumns(
  columns: readonly string[],
  explicit: ColumnMapping = {},
  where = 'the file',
): Result<ColumnMapping, Issue> {
  const bySquashed = new Map(columns.map((c) => [squash(c), c]));
  const out: ColumnMapping = {};
  const used = new Set<string>();
  for (const [field, wanted] of Object.entries(explicit) as Array<[ListingField, string[]]>) {
    for (const w of wanted) {
      const actual = columns.includes(w) ? w : bySquashed.get(squash(w));
      if (actual === undefined) {
        return fail({
          code: 'MAP_COLUMN_NOT_FOUND',
          message: `--map ${field}=${w}: ${where} has no column "${w}"`,
          hint: `its columns are: ${columns.slice(0, 40).join(', ')}`,
        });
      }
      out[field] = [...(out[field] ?? []), actual];
      used.add(actual);
    }
  }
  for (const field of LISTING_FIELDS) {
    if (out[field]) continue;
    // One description column (APIs often send the same text twice, as HTML and plain); requirements
    // and preferred may gather several ("Minimum Qualifications" and "Skills").
    const multi = field === 'requirements' || field === 'preferred';
    for (const candidate of CANDIDATES[field]) {
      const actual = bySquashed.get(candidate);
      if (actual === undefined || used.has(actual)) continue;
      out[field] = [...(out[field] ?? []), actual];
      used.add(actual);
      if (!multi) break;
    }
  }
  if (!out.title && !out.description) {
    return fail({
      code: 'MAP_NO_COLUMNS',
      message: `${where} has no recognizable title or description column`,
      hint: `map them: --map title=<column>,description=<column> (columns: ${columns.slice(0, 40).join(', ')})`,
    });
  }
  return ok(out);
}
