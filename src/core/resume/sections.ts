import type { SectionKind } from '../extract/types.ts';
import { BULLET_MARKS } from './bullets.ts';

export interface Section {
  kind: SectionKind;
  /** The heading as written ("" for the header block before the first heading). */
  heading: string;
  /** 1-based, inclusive; the heading line itself is startLine. */
  startLine: number;
  endLine: number;
  /**
   * The heading opens the first line of its content, run into it by a lost line break
   * ("ExperienceSenior QA Engineer — Lumenra 2021 – present"): the body starts on that line, after it.
   */
  inline?: true;
}

/** Normalized heading wording → section kind. Wording varies a lot; these are the common ones. */
const HEADINGS: Record<string, SectionKind> = {};
const add = (kind: SectionKind, ...names: string[]) => {
  for (const name of names) HEADINGS[name] = kind;
};
add(
  'summary',
  'summary',
  'professional summary',
  'career summary',
  'executive summary',
  'profile',
  'professional profile',
  'personal profile',
  'career profile',
  'about',
  'about me',
  'objective',
  'career objective',
  'professional objective',
  'overview',
  'highlights',
  'career highlights',
  'summary of qualifications',
  'qualifications summary',
  'personal statement',
  'about myself',
);
add(
  'experience',
  'experience',
  'work experience',
  'professional experience',
  'relevant experience',
  'relevant work experience',
  'employment',
  'employment history',
  'work history',
  'career history',
  'professional background',
  'professional history',
  'experience details',
  'company details',
  'leadership experience',
  'volunteer experience',
  'internships',
  'internship experience',
  'internship',
  'industry experience',
  'technical experience',
  'positions held',
  'professional experience highlights',
);
add(
  'projects',
  'projects',
  'personal projects',
  'key projects',
  'selected projects',
  'project experience',
  'academic projects',
  'side projects',
  'project details',
  'notable projects',
  'open source',
  'open source contributions',
);
add(
  'skills',
  'skills',
  'technical skills',
  'core skills',
  'key skills',
  'top skills',
  'core competencies',
  'competencies',
  'key competencies',
  'areas of expertise',
  'expertise',
  'skill set',
  'skillset',
  'skills and tools',
  'skills and expertise',
  'skills and abilities',
  'tools',
  'technologies',
  'tools and technologies',
  'technical proficiencies',
  'technical expertise',
  'technical competencies',
  'skill details',
  'languages and tools',
  'tech stack',
  'it skills',
  'computer skills',
  'software skills',
  'soft skills',
  'professional skills',
  'skills summary',
  'technical summary',
  // A functional resume's skill groups, each with the achievements that show it.
  'skills and achievements',
  'key skills and achievements',
  'skills and accomplishments',
  'key skills and accomplishments',
);
add(
  'education',
  'education',
  'education details',
  'academic background',
  'academic qualifications',
  'educational qualifications',
  // Singular and other wordings of Indian resumes.
  'educational qualification',
  'academic qualification',
  'education qualification',
  'education qualifications',
  'educational details',
  'academic details',
  'academic profile',
  'scholastic profile',
  'education and training',
  'educational background',
  'academics',
  'relevant coursework',
  'coursework',
);
add(
  'certifications',
  'certifications',
  'certification',
  'certificates',
  'licenses',
  'licenses and certifications',
  'licences and certifications',
  'certifications and licenses',
  'certifications and training',
  'training and certifications',
  'training',
  'professional development',
  'courses',
  'professional certifications',
  'accreditations',
);
add(
  'other',
  'awards',
  'honors',
  'honours',
  'awards and honors',
  'achievements',
  'accomplishments',
  'publications',
  'interests',
  'hobbies',
  'hobbies and interests',
  'languages',
  'references',
  'volunteering',
  'activities',
  'extracurricular activities',
  'additional information',
  'additional',
  'additional details',
  'other information',
  'miscellaneous',
  'personal details',
  'personal information',
  'declaration',
  'contact',
  'contact information',
  'links',
  'social',
  'online profiles',
  'websites',
  'portfolio',
  'community',
  'volunteer work',
  'leadership and activities',
  'honors and awards',
  // LinkedIn's "Save to PDF" sidebar: "Honors-Awards".
  'honors awards',
  'honours awards',
  'awards and achievements',
  'publications and talks',
  'talks',
  'patents',
  'memberships',
  'professional memberships',
  'affiliations',
  'professional affiliations',
);
add('experience', 'work', 'jobs', 'experience and projects', 'professional experience and projects');
add(
  'experience',
  'career',
  'career journey',
  'professional journey',
  'employment record',
  'relevant employment',
  'work experience and projects',
  'experience highlights',
  'work and leadership experience',
);
add('skills', 'summary of skills');
add(
  'skills',
  'technical skills and tools',
  'tools and platforms',
  'methodologies',
  'skills and certifications',
  // The European CV's headings.
  'digital skills',
  'digital competences',
  'job related skills',
  'other skills',
  'communication and interpersonal skills',
  'organisational skills',
  'organizational skills',
  'personal skills',
  'personal skills and competences',
);
add('other', 'language skills', 'driving licence', 'driving license');
add('certifications', 'certifications and courses', 'licenses and certificates', 'certificates and training');
// A US job site's export writes "Certifications/Licenses", read as two words.
add(
  'certifications',
  'certifications licenses',
  'certifications licences',
  'licenses certifications',
  'certificates licenses',
);
// Service in the armed forces is work: its dated entries are positions.
add('experience', 'military service', 'military experience', 'military history');
// An academic CV's headings: its posts are positions, its interests a summary.
add(
  'experience',
  'positions',
  'academic positions',
  'research positions',
  'appointments',
  'academic appointments',
  'professional appointments',
  'research and professional experience',
);
add('summary', 'research interests', 'research profile');
add(
  'other',
  'selected publications',
  'grants',
  'grants and awards',
  'awards and grants',
  'fellowships',
  'grants and fellowships',
  'teaching',
  'conferences',
  'invited talks',
);
add('skills', 'software and technical skills', 'technical and software skills', 'research skills');
add('education', 'education and certifications', 'qualifications');

// Headings in the other languages resumes arrive in (German, Spanish, French, Portuguese, Italian,
// Dutch), written without their accents as normalizeHeading leaves them, alone or beside their English
// ("BERUFSERFAHRUNG / EXPERIENCE", "Sobre mí", "Idiomas").
add(
  'summary',
  'profil',
  'kurzprofil',
  'zusammenfassung',
  'perfil',
  'perfil profesional',
  'perfil profissional',
  'resumen',
  'resumen profesional',
  'sobre mi',
  'sobre mim',
  'acerca de mi',
  'resumo',
  'resumo profissional',
  'objetivo',
  'objetivo profesional',
  'profilo',
  'profiel',
);
add(
  'experience',
  'berufserfahrung',
  'berufspraxis',
  'praxiserfahrung',
  'beruflicher werdegang',
  'experiencia',
  'experiencia laboral',
  'experiencia profesional',
  'experiencia profissional',
  'trayectoria profesional',
  'experience professionnelle',
  'experiences professionnelles',
  'parcours professionnel',
  'esperienza professionale',
  'esperienze lavorative',
  'esperienze professionali',
  'werkervaring',
  'beroepservaring',
);
add(
  'education',
  'ausbildung',
  'bildungsweg',
  'studium',
  'formacion',
  'formacion academica',
  'educacion',
  'estudios',
  'formation',
  'formacao',
  'formacao academica',
  'istruzione',
  'formazione',
  'opleiding',
  'opleidingen',
);
add(
  'skills',
  'kenntnisse',
  'it kenntnisse',
  'edv kenntnisse',
  'kompetenzen',
  'fahigkeiten',
  'habilidades',
  'competencias',
  'conocimientos',
  'herramientas',
  'competences',
  'competences techniques',
  'competencias tecnicas',
  'competenze',
  'vaardigheden',
);
add(
  'certifications',
  'zertifikate',
  'zertifizierungen',
  'weiterbildung',
  'certificaciones',
  'certificados',
  'certificacoes',
  'certificazioni',
  'cursos',
);
add(
  'other',
  'sprachen',
  'sprachkenntnisse',
  'idiomas',
  'langues',
  'lingue',
  'talen',
  'intereses',
  'interessen',
  'hobbys',
);

const FIRST_WORDS = new Set(Object.keys(HEADINGS).map((h) => h.split(' ')[0]!));

/** A heading's wording as HEADINGS keys it: lowercase letters, "&" as "and", anything else a space. */
function normalizeHeading(t: string): string {
  return withoutAccents(t)
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z]+/g, ' ')
    .trim();
}

/** Letters without their accents ("Formación" → "Formacion", "Fähigkeiten" → "Fahigkeiten"). */
function withoutAccents(t: string): string {
  return /[\u0080-\uffff]/.test(t) ? t.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : t;
}

/** The first run of letters, lowercased, after any leading decoration ("**", "==", "-"). */
function firstWord(t: string): string {
  let i = 0;
  while (i < t.length && '*_=-#: \t'.includes(t[i]!)) i++;
  let j = i;
  while (j < t.length && j - i < 16) {
    const c = t.charCodeAt(j) | 32;
    if (c < 97 || c > 122) break;
    j++;
  }
  return t.slice(i, j).toLowerCase();
}

/**
 * A heading set in letter-spaced capitals, as many templates print them ("S K I L L S",
 * "W O R K  E X P E R I E N C E": letters one space apart, words two or more, or a tab where a PDF
 * reader saw the wider word gap as a gap between phrases): the plain words.
 */
function unspaceLetters(t: string): string | undefined {
  if (t.length < 5 || !/[ \t]/.test(t.slice(1, 3))) return undefined;
  // A PDF reader keeps a pair the font kerns together ("S U M M A RY", "E D U C AT I O N"): most
  // pieces are single letters, a few are two.
  if (!/^[A-Za-z&]{1,2}(?:[ \t]+[A-Za-z&]{1,2})+$/.test(t)) return undefined;
  const pieces = t.split(/[ \t]+/);
  if (pieces.length < 4 || pieces.filter((p) => p.length === 1).length < 0.6 * pieces.length)
    return undefined;
  return (
    t
      // Words: split at a gap of two or more spaces or at any tab (one linear pass: a run of blanks is
      // taken whole).
      .split(/[ \t]{2,}|\t/)
      .map((word) => word.replace(/ /g, ''))
      .join(' ')
  );
}

/** An e-mail address, a web or social address, or a phone number. */
const CONTACT = /@|https?:|www\.|\.(?:com|org|net|io|dev|me)\b|\+?\d[\d ().-]{6,}\d/i;

/**
 * "Teaching Experience", "Clinical experience:", "Previous Experience": one or two words that say
 * which work, then "experience", on a line of their own, head the work history as a known heading
 * does. "Summary of Experience" and "Years of Experience" are no such heading.
 */
const SOME_EXPERIENCE = /^([A-Za-z][A-Za-z-]*(?: [A-Za-z][A-Za-z-]*)?) experience:?$/i;
const NOT_WHICH_WORK =
  /\b(?:of|years?|total|overall|my|your|our|i|we|have|has|had|no|some|any|the|an?|with|in)\b/i;
function kindOfExperience(t: string): SectionKind | undefined {
  if (t.length > 40) return undefined;
  const which = SOME_EXPERIENCE.exec(t)?.[1];
  return which && !NOT_WHICH_WORK.test(which) ? 'experience' : undefined;
}

/**
 * A heading without the icon a template draws before it ("★ Profile", "✎ Experience", "◆ S K I L L S"):
 * up to three symbols that are no letter, digit or Markdown "#", then the heading's first letter.
 */
function withoutIcon(t: string): string {
  if (t.charCodeAt(0) < 128 || BULLET.test(t)) return t;
  const m = /^[^\p{L}\p{N}#\s]{1,3}\s*(?=\p{L})/u.exec(t);
  return m ? t.slice(m[0].length) : t;
}
const BULLET = new RegExp(`^${BULLET_MARKS}`);

/**
 * A heading drawn with a bullet's mark ("◆ EDUCATION", "✔ Certifications") is told from an item of a
 * list ("• Training" among "• Languages") by its neighbours: no line next to it opens with the same mark.
 */
function bulletHeadingKind(lines: readonly string[], k: number): SectionKind | undefined {
  const t = lines[k]!.trim();
  const mark = BULLET.exec(t)?.[0];
  if (!mark || mark === '-' || mark === '*' || !/^\s/.test(t.slice(mark.length))) return undefined;
  const kind = headingKind(t.slice(mark.length).trim());
  if (!kind) return undefined;
  const near = (step: number) => {
    for (let n = k + step; n >= 0 && n < lines.length; n += step) {
      const u = lines[n]!.trim();
      if (u) return u;
    }
    return '';
  };
  return near(-1).startsWith(mark) || near(1).startsWith(mark) ? undefined : kind;
}

/** One word of capitals (an ampersand allowed), as two words run together may be ("ABOUTME"). */
const SQUASHED_CAPITALS = /^[A-Z&]{5,48}$/;

/** The known headings with their spaces taken out: a letter-spaced heading may lose its word gap. */
let squashed: Map<string, SectionKind> | undefined;
function squashedHeadings(): Map<string, SectionKind> {
  squashed ??= new Map(Object.entries(HEADINGS).map(([h, kind]) => [h.replace(/ /g, ''), kind]));
  return squashed;
}

/**
 * A letter-spaced heading's kind, once its letters are joined: as written, or with its word gaps
 * lost ("EMPLOYMENTHISTORY", as a PDF reader gives "E M P L O Y M E N T H I S TO RY").
 */
function spacedHeadingKind(words: string): SectionKind | undefined {
  const normalized = normalizeHeading(words);
  return HEADINGS[normalized] ?? squashedHeadings().get(normalized.replace(/ /g, ''));
}

/** The section kind a line announces, if it is a heading. */
export function headingKind(line: string): SectionKind | undefined {
  // Cheap rejections first: this runs on every line of every document.
  if (line.length === 0 || line.length > 80) return undefined;
  let t = withoutIcon(line.trim());
  const spaced = unspaceLetters(t);
  if (spaced !== undefined) return spacedHeadingKind(spaced);
  // A letter-spaced heading the PDF reader joined without its word gap ("CORESKILLS").
  if (SQUASHED_CAPITALS.test(t)) {
    const kind = squashedHeadings().get(normalizeHeading(t).replace(/ /g, ''));
    if (kind) return kind;
  }
  const markdown = t.charCodeAt(0) === 35 && /^#{1,6}\s+/.test(t);
  if (!markdown && !FIRST_WORDS.has(firstWord(withoutAccents(t))))
    return bilingualKind(t) ?? kindOfExperience(t);
  if (markdown) t = t.replace(/^#{1,6}\s+/, '');
  if (t.length === 0 || t.length > 48) return undefined;
  const normalized = normalizeHeading(t);
  if (normalized.length === 0) return undefined;
  const known = HEADINGS[normalized] ?? pairedHeadingKind(normalized) ?? bilingualKind(t);
  if (known) return known;
  // "Skills:" on a line of its own is a heading; "Skills: Java, SQL" is a labelled list, not a heading.
  // A contact detail after a "#" is an icon font's glyph read as text ("# jane@example.com"), not a
  // Markdown heading: the summary under it would be read as an unknown section.
  if (markdown && !CONTACT.test(t)) return 'other';
  return kindOfExperience(t);
}

/**
 * A heading written in two languages, a slash between them ("BERUFSERFAHRUNG / EXPERIENCE", "Formación
 * / Education"): the kind both halves name, or the one half that names one.
 */
function bilingualKind(t: string): SectionKind | undefined {
  if (t.length > 60) return undefined;
  const slash = t.indexOf(' / ');
  if (slash < 0) return undefined;
  const halves = [t.slice(0, slash), t.slice(slash + 3)];
  // Each half a few words of letters: "Languages / Java, SQL" is a list, not a heading.
  if (!halves.every((h) => /^[\p{L}][\p{L} &'’-]{1,29}$/u.test(h.trim()))) return undefined;
  const [a, b] = halves.map((h) => HEADINGS[normalizeHeading(h)]);
  return a && b ? (a === b ? a : undefined) : (a ?? b);
}

/** Every word of the known headings ("professional", "experience", "memberships"…). */
const HEADING_WORDS = new Set(Object.keys(HEADINGS).flatMap((h) => h.split(' ')));

/**
 * Two headings joined under one ("Education and Professional Membership", "Certifications and
 * Awards"): the first one's kind, when the second is made of headings' words only ("membership" is
 * "memberships" without its s).
 */
function pairedHeadingKind(normalized: string): SectionKind | undefined {
  const and = normalized.indexOf(' and ');
  if (and < 0) return undefined;
  const first = HEADINGS[normalized.slice(0, and)];
  if (!first) return undefined;
  const words = normalized.slice(and + 5).split(' ');
  return words.length <= 3 && words.every((w) => HEADING_WORDS.has(w) || HEADING_WORDS.has(`${w}s`))
    ? first
    : undefined;
}

/**
 * A known heading glued to the end of a line by a lost line break ("EXCEL- Experience - 6 monthsCompany
 * Details"): a lowercase letter or digit runs straight into a Title Case heading of two or more words.
 */
export function gluedHeadingKind(line: string): { kind: SectionKind; heading: string } | undefined {
  if (line.length > 160) return undefined;
  const m =
    /[a-z0-9)]((?:[A-Z][a-z]+)(?: (?:[A-Z][a-z]+|and|&)){1,3})\s*(?::\s*)?$/.exec(line) ??
    capitalsAtEnd(line);
  if (!m) return undefined;
  const heading = m[1]!;
  const kind = HEADINGS[normalizeHeading(heading)];
  return kind ? { kind, heading } : undefined;
}

/**
 * A known heading run into the line it heads by a lost line break: "ExperienceSenior QA Engineer —
 * Lumenra", "Work ExperienceProject Manager, Acme". The heading ends where a lowercase letter meets
 * an uppercase one, the first such meeting of the line ("McDonald" names no heading).
 */
export function leadingHeading(line: string): { kind: SectionKind; heading: string } | undefined {
  const n = Math.min(line.length - 2, 40);
  for (let i = 1; i < n; i++) {
    const c = line.charCodeAt(i);
    if (c < 65 || c > 90) continue;
    const before = line.charCodeAt(i - 1);
    if (before < 97 || before > 122) continue;
    const heading = line.slice(0, i).trim();
    const normalized = normalizeHeading(heading);
    const kind = HEADINGS[normalized];
    // A job posting's flattened text runs its own headings into their text ("QualificationsBachelor's
    // degree…", "SummaryThe role…"): only the sections of a resume's body count, not these words.
    if (!kind || !LEADING_KINDS.has(kind) || POSTING_HEADINGS.has(normalized)) return undefined;
    return /[A-Za-z]/.test(line[i + 1] ?? '') ? { kind, heading } : undefined;
  }
  return undefined;
}

const LEADING_KINDS: ReadonlySet<SectionKind> = new Set([
  'experience',
  'education',
  'skills',
  'projects',
  'certifications',
]);
/** Headings a job posting shares with a resume: run into a line, they are the posting's. */
const POSTING_HEADINGS: ReadonlySet<string> = new Set(['qualifications', 'work', 'technologies']);

/**
 * A heading in capitals that a PDF's reader joined to the end of the line above it, set close under
 * it ("alex@example.com · 555-0100 WORK EXPERIENCE"): after a space, behind text that is not in
 * capitals itself, ending with a small letter, a digit or a bracket.
 */
function capitalsAtEnd(line: string): RegExpExecArray | null {
  const m = /[a-z0-9)] ((?:[A-Z]{2,})(?: (?:[A-Z]{2,}|AND|&)){0,3})\s*:?$/.exec(line);
  return m && /[a-z]/.test(line.slice(0, m.index + 1)) ? m : null;
}

/** A line that finishes the heading word above it as a field's label ("Skills" + "Used: …"). */
const FIELD_GOES_ON = /^\s*used\s*:/i;

/** Groups lines into sections; text before the first heading is the header. */
export function splitSections(lines: readonly string[]): Section[] {
  const sections: Section[] = [];
  let current: Section = { kind: 'header', heading: '', startLine: 1, endLine: 0 };
  // Markdown level of the current section's heading: a deeper heading of unknown wording
  // ("### Job title" under "## Experience") belongs to the section rather than starting one.
  let level = 0;
  lines.forEach((line, k) => {
    let kind = headingKind(line) ?? bulletHeadingKind(lines, k);
    const hashes = kind === 'other' ? (line.trim().match(/^(#{1,6})\s/)?.[1]?.length ?? 0) : 0;
    if (hashes > 0 && level > 0 && hashes > level && !isKnownHeading(line)) kind = undefined;
    // A Markdown resume opens with the person's name as its first heading ("# Jonas Weber"): the
    // header's first line, not a section of unknown wording.
    if (
      hashes === 1 &&
      sections.length === 0 &&
      current.endLine < current.startLine &&
      PERSON_NAME.test(line.trim().replace(/^#\s+/, '')) &&
      !isKnownHeading(line)
    )
      kind = undefined;
    // "Skills" over "Used: Access, Excel…": a job's "Skills Used" field broken over two lines, not a section.
    if (kind !== undefined && FIELD_GOES_ON.test(lines[k + 1] ?? '')) kind = undefined;
    // "ACCOMPLISHMENTS:" under a job (a federal resume's, a CV's "Achievements:" after its duties) is
    // a label inside the job, not a section: the jobs after it are still experience.
    if (kind === 'other' && current.kind === 'experience' && JOB_LABEL.test(line)) kind = undefined;
    const leading = kind === undefined ? leadingHeading(line) : undefined;
    if (kind !== undefined) {
      level = line.trim().match(/^(#{1,6})\s/)?.[1]?.length ?? 0;
      if (current.endLine >= current.startLine) sections.push(current);
      current = { kind, heading: line.trim().replace(/^#{1,6}\s+/, ''), startLine: k + 1, endLine: k + 1 };
    } else if (leading) {
      if (current.endLine >= current.startLine) sections.push(current);
      current = { ...leading, startLine: k + 1, endLine: k + 1, inline: true };
      level = 0;
    } else {
      current.endLine = k + 1;
      // A glued heading has no line of its own: its section starts on the next line.
      const glued = k + 1 < lines.length ? gluedHeadingKind(line) : undefined;
      if (glued) {
        sections.push(current);
        current = { kind: glued.kind, heading: glued.heading, startLine: k + 2, endLine: k + 1 };
        level = 0;
      }
    }
  });
  if (current.endLine >= current.startLine) sections.push(current);
  // A document with no heading at all has no header block: everything is unclassified.
  if (sections.length === 1 && sections[0]!.kind === 'header' && lines.length > 12)
    sections[0]!.kind = 'other';
  return sections;
}

/** The section kind of each 1-based line (index 0 unused). */
export function sectionOfLines(sections: readonly Section[], lineCount: number): SectionKind[] {
  const out: SectionKind[] = new Array(lineCount + 1).fill('other');
  for (const s of sections) for (let l = s.startLine; l <= s.endLine && l <= lineCount; l++) out[l] = s.kind;
  return out;
}

/** A job's label for its results, written as a label with its colon ("Key achievements:"). */
const JOB_LABEL = /^\s*(?:key\s+|major\s+|main\s+|notable\s+)?(?:achievements?|accomplishments?)\s*:\s*$/i;

/** Two to five capitalised words, as a name is written ("Jonas Weber", "Mary-Kate O'Neill"). */
export const PERSON_NAME = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,4}$/u;

/** Whether a Markdown heading's wording is one of the known section names. */
function isKnownHeading(line: string): boolean {
  return HEADINGS[normalizeHeading(line.trim().replace(/^#{1,6}\s+/, ''))] !== undefined;
}
