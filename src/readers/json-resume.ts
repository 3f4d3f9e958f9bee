import * as z from 'zod';
import type { ReadDocument } from '../core/document.ts';
import { fail, type Issue, ok, type Result } from '../core/result.ts';
import { formatYearMonth, parseIsoDate } from '../core/resume/dates.ts';
import { positionLine } from '../core/resume/structure.ts';

const str = z.string().optional().catch(undefined);
const strings = z.array(z.string()).optional().catch(undefined);
const entry = z
  .object({
    name: str,
    position: str,
    company: str,
    organization: str,
    institution: str,
    area: str,
    studyType: str,
    startDate: str,
    endDate: str,
    date: str,
    summary: str,
    description: str,
    highlights: strings,
    keywords: strings,
    roles: strings,
    issuer: str,
    awarder: str,
    title: str,
    level: str,
    courses: strings,
    language: str,
    fluency: str,
  })
  .passthrough();
const list = z.array(entry).optional().catch(undefined);

/** jsonresume.org schema v1, read leniently: unknown fields are ignored, wrong types dropped. */
const JsonResume = z
  .object({
    basics: z
      .object({ name: str, label: str, email: str, phone: str, url: str, summary: str })
      .passthrough()
      .optional()
      .catch(undefined),
    work: list,
    volunteer: list,
    projects: list,
    education: list,
    certificates: list,
    awards: list,
    skills: list,
    languages: list,
  })
  .passthrough();

/** Whether parsed JSON looks like a JSON Resume. */
export function isJsonResume(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.includes('basics') || (keys.includes('work') && keys.includes('education'));
}

type Entry = z.infer<typeof entry>;

/** A JSON Resume → the text layout the structure step reads ("Title — Organisation (dates)"). */
export function readJsonResume(json: unknown): Result<ReadDocument, Issue> {
  const parsed = JsonResume.safeParse(json);
  if (!parsed.success) {
    return fail({
      code: 'JSON_RESUME_INVALID',
      message: 'the JSON file is not a JSON Resume (jsonresume.org schema).',
      hint: 'Export your resume with the JSON Resume schema, or give a PDF, .docx or text file.',
    });
  }
  const r = parsed.data;
  const out: string[] = [];
  const b = r.basics;
  if (b) {
    if (b.name) out.push(b.name);
    if (b.label) out.push(b.label);
    const contact = [b.email, b.phone, b.url].filter(Boolean).join(' | ');
    if (contact) out.push(contact);
    if (b.summary) out.push('', 'Summary', b.summary);
  }
  const block = (heading: string, entries: Entry[] | undefined, render: (e: Entry) => string[]) => {
    if (!entries || entries.length === 0) return;
    out.push('', heading);
    for (const e of entries) out.push(...render(e));
  };
  const job = (e: Entry) => [
    positionLine({
      title: e.position ?? e.roles?.join(', '),
      organisation: e.name ?? e.company ?? e.organization,
      start: parseIsoDate(e.startDate),
      end: e.endDate ? parseIsoDate(e.endDate) : e.startDate ? 'present' : undefined,
    }),
    ...((e.summary ?? e.description) ? [(e.summary ?? e.description)!] : []),
    ...(e.highlights ?? []).map((h) => `• ${h}`),
  ];
  block('Experience', [...(r.work ?? []), ...(r.volunteer ?? [])], job);
  block('Projects', r.projects, (e) => [
    ...job({ ...e, position: e.roles?.join(', ') ?? e.name, name: e.roles ? e.name : undefined }),
    ...(e.keywords?.length ? [`Technologies: ${e.keywords.join(', ')}`] : []),
  ]);
  block('Education', r.education, (e) => {
    const degree = [e.studyType, e.area].filter(Boolean).join(', ');
    return [
      positionLine({
        title: degree || undefined,
        organisation: e.institution,
        start: parseIsoDate(e.startDate),
        end: parseIsoDate(e.endDate),
      }),
      ...(e.courses?.length ? [`Courses: ${e.courses.join(', ')}`] : []),
    ];
  });
  block('Certifications', r.certificates, (e) => {
    const date = parseIsoDate(e.date);
    return [[e.name, e.issuer].filter(Boolean).join(' — ') + (date ? ` (${formatYearMonth(date)})` : '')];
  });
  block('Skills', r.skills, (e) => [
    e.keywords?.length ? `${e.name ?? 'Skills'}: ${e.keywords.join(', ')}` : (e.name ?? ''),
  ]);
  block('Awards', r.awards, (e) => [[e.title, e.awarder].filter(Boolean).join(' — ')]);
  block('Languages', r.languages, (e) => [[e.language, e.fluency].filter(Boolean).join(' — ')]);
  const text = out
    .filter((l, i) => l.trim().length > 0 || i > 0)
    .join('\n')
    .trim();
  if (text.length === 0) {
    return fail({
      code: 'EMPTY_INPUT',
      message: 'the JSON Resume has no content.',
      hint: 'Check that you picked the right file.',
    });
  }
  return ok({ format: 'json-resume', text, warnings: [] });
}
