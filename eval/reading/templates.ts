// Resume layouts printed by Chromium for the reading evaluation. Each template renders a
// SyntheticResume to a full HTML page and says what a reader should find in it: the headings it
// printed (with their section kind), how it wrote dates, and which text sits in a sidebar.
import { FULL_MONTH_NAMES, type YearMonth } from '../../src/core/resume/dates.ts';
import type { SyntheticResume, TruthPosition } from './resumes.ts';

export type HeadingKind = 'summary' | 'experience' | 'education' | 'certifications' | 'skills';

export interface Template {
  id: string;
  /** What the layout exercises, for the report. */
  features: string;
  /** Dates printed with months, or years only (then only years can be checked). */
  months: boolean;
  /** Heading wording per section, as the template prints it (before CSS transforms). */
  headings: Record<HeadingKind, string>;
  /** Sections printed in a sidebar beside the main column (checked for column mixing). */
  sidebar?: HeadingKind[];
  /** Long words may be hyphenated at line ends. */
  hyphenates?: boolean;
  /** The PDF's Producer, as the typesetter this layout imitates writes it (Chromium's otherwise). */
  producer?: string;
  /** The PDF's Creator, likewise (Chromium's otherwise). */
  creator?: string;
  /** The layout prints no headline under the name (the one-pager and the European CV). */
  noHeadline?: boolean;
  /** The layout leaves some of the resume out (LinkedIn prints three top skills): its score is not compared. */
  partial?: boolean;
  render(r: SyntheticResume): string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LONG = FULL_MONTH_NAMES;

/** short "Apr 2021", long "April 2021", numeric "04/2021", dotted "04.2021", abbreviated "Apr. 2021" (May stays "May"), year "2021". */
type DateStyle = 'short' | 'long' | 'numeric' | 'dotted' | 'abbreviated' | 'year';
function date(d: YearMonth, style: DateStyle): string {
  if (style === 'year' || d.month === undefined) return String(d.year);
  if (style === 'numeric' || style === 'dotted')
    return `${String(d.month).padStart(2, '0')}${style === 'numeric' ? '/' : '.'}${d.year}`;
  const m = (style === 'long' ? LONG : SHORT)[d.month - 1]!;
  return `${style === 'abbreviated' && m !== 'May' ? `${m}.` : m} ${d.year}`;
}
/** The dates as printed; "" for an entry printed without dates. */
function range(
  start: YearMonth | undefined,
  end: YearMonth | 'present' | undefined,
  style: DateStyle,
  present = 'Present',
): string {
  if (end === undefined) return '';
  const e = end === 'present' ? present : date(end, style);
  return start ? `${date(start, style)} – ${e}` : e;
}

/** Soft hyphens inside long words, so a narrow justified column breaks them whatever dictionaries Chromium has. */
function shy(text: string): string {
  return esc(text).replace(/[A-Za-z]{9,}/g, (w) => {
    const parts: string[] = [];
    let k = 0;
    while (w.length - k > 6) {
      parts.push(w.slice(k, k + 4));
      k += 4;
    }
    parts.push(w.slice(k));
    return parts.join('&shy;');
  });
}

function pageHtml(css: string, body: string, lang = 'en'): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>
    * { box-sizing: border-box; }
    body { margin: 0; font-family: 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif; color: #222; }
    ul { margin: 0; padding: 0; list-style: none; }
    ${css}
  </style></head><body>${body}</body></html>`;
}

const contact = (r: SyntheticResume, sep = ' | ') => [r.email, r.phone, r.city].map(esc).join(sep);

const bulletList = (p: TruthPosition, glyph: string, text: (s: string) => string = esc) =>
  `<ul>${p.bullets.map((b) => `<li><span class="g">${glyph}</span> ${text(b)}</li>`).join('')}</ul>`;

/** "Title, Organisation" (the title alone when the entry names no organisation), escaped, the title bold. */
const titleOrg = (p: TruthPosition, sep = ', ') =>
  `<b>${esc(p.title)}</b>${p.organisation ? `${sep}${esc(p.organisation)}` : ''}`;
/** Parts printed on one line, the empty ones left out. */
const joined = (sep: string, ...parts: string[]) => parts.filter(Boolean).join(sep);

const certLine = (c: SyntheticResume['certifications'][number]) =>
  [c.name, c.issuer].filter(Boolean).join(', ') + (c.year ? ` (${c.year})` : '');

/** Consecutive positions at one employer, together: a layout that prints the employer once above its roles. */
function byEmployer(positions: readonly TruthPosition[]): TruthPosition[][] {
  const groups: TruthPosition[][] = [];
  for (const p of positions) {
    const last = groups.at(-1);
    if (last && p.organisation && last[0]!.organisation === p.organisation) last.push(p);
    else groups.push([p]);
  }
  return groups;
}

/** One column, generous type so most resumes run onto a second page; dates on their own line. */
const oneColumn: Template = {
  id: 'one-column',
  features: 'one column, multi-page, • bullets, dates on the line under the title',
  months: true,
  headings: {
    summary: 'Summary',
    experience: 'Professional Experience',
    education: 'Education',
    certifications: 'Certifications',
    skills: 'Skills',
  },
  render(r) {
    const h = this.headings;
    return pageHtml(
      `@page { size: A4; margin: 2.2cm 2.4cm; }
       body { font-size: 12.5pt; line-height: 1.6; }
       h1 { font-size: 22pt; margin: 0; } h2 { font-size: 14pt; border-bottom: 1px solid #999; margin: 1.1em 0 0.4em; }
       .role { margin-top: 0.9em; } .dates { color: #555; } li { margin: 0.2em 0 0.2em 1em; text-indent: -1em; }`,
      `<h1>${esc(r.name)}</h1><div>${esc(r.headline)}</div><div>${contact(r)}</div>
       <h2>${h.summary}</h2><p>${esc(r.summary)}</p>
       <h2>${h.experience}</h2>
       ${r.positions
         .map(
           (p) =>
             `<div class="role">${titleOrg(p)}</div>
              ${p.end ? `<div class="dates">${joined(' · ', range(p.start, p.end, 'short'), esc(p.location ?? ''))}</div>` : ''}
              ${bulletList(p, '•')}`,
         )
         .join('')}
       <h2>${h.education}</h2>
       ${r.education.map((e) => `<div><b>${esc(e.degree)}</b>, ${esc(e.institution)}, ${range(e.start, e.end, 'year')}</div>`).join('')}
       <h2>${h.certifications}</h2>
       ${r.certifications.map((c) => `<div>${esc(certLine(c))}</div>`).join('')}
       <h2>${h.skills}</h2><p>${r.skills.map(esc).join(', ')}</p>`,
    );
  },
};

/** Two columns: a shaded left sidebar (skills, education, certifications) beside the experience. */
const sidebar: Template = {
  id: 'sidebar',
  features: 'two columns, left sidebar with skills/education/certifications, ▪ bullets, numeric dates',
  months: true,
  headings: {
    summary: 'Profile',
    experience: 'Work Experience',
    education: 'Education',
    certifications: 'Certificates',
    skills: 'Core Skills',
  },
  sidebar: ['skills', 'education', 'certifications'],
  render(r) {
    const h = this.headings;
    return pageHtml(
      `@page { size: A4; margin: 0; }
       body { font-size: 9.5pt; line-height: 1.4; }
       .top { padding: 1.2cm 1.2cm 0.4cm; } h1 { margin: 0; font-size: 20pt; }
       .grid { display: grid; grid-template-columns: 6.2cm 1fr; min-height: 25cm; }
       .side { background: #eef1f4; padding: 0.6cm 0.6cm; } .main { padding: 0.6cm 1cm 0.6cm 0.8cm; }
       h2 { font-size: 11pt; color: #2a4d69; margin: 0.8em 0 0.3em; }
       .side li { margin-bottom: 0.15em; } .main li { margin: 0.15em 0 0.15em 1em; text-indent: -1em; }
       .org { color: #555; } .item { margin-bottom: 0.5em; }`,
      `<div class="top"><h1>${esc(r.name)}</h1><div>${esc(r.headline)} · ${contact(r, ' · ')}</div></div>
       <div class="grid"><div class="side">
         <h2>${h.skills}</h2><ul>${r.skills.map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
         <h2>${h.education}</h2>${r.education
           .map(
             (e) =>
               `<div class="item"><b>${esc(e.degree)}</b><br>${esc(e.institution)}<br>${range(e.start, e.end, 'year')}</div>`,
           )
           .join('')}
         <h2>${h.certifications}</h2>${r.certifications.map((c) => `<div class="item">${esc(certLine(c))}</div>`).join('')}
       </div><div class="main">
         <h2>${h.summary}</h2><p>${esc(r.summary)}</p>
         <h2>${h.experience}</h2>
         ${r.positions
           .map(
             (p) =>
               `<div class="item"><b>${esc(p.title)}</b>${p.organisation || p.end ? `<div class="org">${joined(' | ', esc(p.organisation ?? ''), range(p.start, p.end, 'numeric'))}</div>` : ''}${bulletList(p, '▪')}</div>`,
           )
           .join('')}
       </div></div>`,
    );
  },
};

/** Letter-spaced uppercase headings and a date column flush right on the title line. */
const spacedHeadings: Template = {
  id: 'spaced-headings',
  features: 'letter-spaced uppercase headings, dates right-aligned on the title line, – bullets',
  months: true,
  headings: {
    summary: 'About Me',
    experience: 'Experience',
    education: 'Education',
    certifications: 'Certifications',
    skills: 'Skills',
  },
  render(r) {
    const h = this.headings;
    return pageHtml(
      `@page { size: Letter; margin: 1.6cm 1.8cm; }
       body { font-size: 10pt; line-height: 1.35; }
       h1 { text-align: center; letter-spacing: 0.25em; text-transform: uppercase; font-size: 18pt; margin: 0; }
       .contact { text-align: center; margin-bottom: 0.6em; }
       h2 { text-transform: uppercase; letter-spacing: 0.45em; font-size: 10.5pt; font-weight: 600; margin: 1em 0 0.4em; border-bottom: 1px solid #444; }
       .row { display: flex; justify-content: space-between; margin-top: 0.6em; } .row .when { white-space: nowrap; }
       li { margin: 0.1em 0 0.1em 1.1em; text-indent: -1.1em; }`,
      `<h1>${esc(r.name)}</h1><div class="contact">${esc(r.headline)} — ${contact(r, ' • ')}</div>
       <h2>${h.summary}</h2><p>${esc(r.summary)}</p>
       <h2>${h.skills}</h2><p>${r.skills.map(esc).join(' • ')}</p>
       <h2>${h.experience}</h2>
       ${r.positions
         .map(
           (p) =>
             `<div class="row"><span>${titleOrg(p, ' — ')}</span><span class="when">${range(p.start, p.end, 'short')}</span></div>${bulletList(p, '–')}`,
         )
         .join('')}
       <h2>${h.education}</h2>
       ${r.education
         .map(
           (e) =>
             `<div class="row"><span><b>${esc(e.degree)}</b> — ${esc(e.institution)}</span><span class="when">${range(e.start, e.end, 'short')}</span></div>`,
         )
         .join('')}
       <h2>${h.certifications}</h2>
       ${r.certifications.map((c) => `<div>${esc(certLine(c))}</div>`).join('')}`,
    );
  },
};

/** A narrow justified column with automatic hyphenation: long words break across lines. */
const narrowHyphens: Template = {
  id: 'narrow-hyphens',
  features:
    'narrow justified column, hyphens: auto (+ soft hyphens), ➢ bullets, organisation line then title with dates right',
  months: true,
  headings: {
    summary: 'Professional Summary',
    experience: 'Employment History',
    education: 'Education',
    certifications: 'Licenses and Certifications',
    skills: 'Technical Skills',
  },
  hyphenates: true,
  render(r) {
    const h = this.headings;
    return pageHtml(
      `@page { size: A4; margin: 2cm; }
       body { font-size: 10pt; line-height: 1.3; width: 8.6cm; text-align: justify; hyphens: auto; -webkit-hyphens: auto; }
       h1 { font-size: 16pt; margin: 0; text-align: left; } h2 { font-size: 11pt; margin: 0.9em 0 0.3em; text-align: left; }
       .org { font-weight: bold; margin-top: 0.6em; } .row { display: flex; justify-content: space-between; font-style: italic; }
       li { margin: 0.1em 0 0.1em 1.2em; text-indent: -1.2em; }`,
      `<h1>${esc(r.name)}</h1><div>${esc(r.headline)}</div><div>${contact(r, ' · ')}</div>
       <h2>${h.summary}</h2><p>${shy(r.summary)}</p>
       <h2>${h.experience}</h2>
       ${r.positions
         .map(
           (p) =>
             `${p.organisation ? `<div class="org">${esc(p.organisation)}</div>` : ''}<div class="row"><span>${esc(p.title)}</span><span>${range(p.start, p.end, 'long')}</span></div>${bulletList(p, '➢', shy)}`,
         )
         .join('')}
       <h2>${h.education}</h2>
       ${r.education.map((e) => `<div>${esc(e.degree)}, ${esc(e.institution)} (${range(e.start, e.end, 'year')})</div>`).join('')}
       <h2>${h.certifications}</h2>
       ${r.certifications.map((c) => `<div>${esc(certLine(c))}</div>`).join('')}
       <h2>${h.skills}</h2><p>${shy(r.skills.join(', '))}</p>`,
    );
  },
};

/** Letters after which, before the next letter, TeX-like patterns never break ("th", "ck", "qu"…). */
const DIGRAPHS = new Set(['ch', 'ck', 'gh', 'ng', 'ph', 'qu', 'sh', 'th', 'wh', 'wr']);
const SUFFIXES = [
  'ments',
  'ment',
  'tions',
  'tion',
  'sions',
  'sion',
  'ings',
  'ing',
  'ness',
  'ity',
  'ance',
  'ence',
  'able',
  'ible',
  'ture',
  'ous',
  'ive',
  'ated',
  'ation',
  'ized',
  'ally',
  'ical',
  'ers',
];
const isVowel = (c: string) => 'aeiouy'.includes(c.toLowerCase());

/**
 * Where a TeX-like hyphenator may break a word: before a common suffix or between two consonants
 * that sit between vowels ("sub-mis-sions", "de-ploy-ment"), at least two letters in and three
 * from the end (TeX's left and right minimums). Words of fewer than 6 letters never break.
 */
export function texBreaks(word: string): number[] {
  if (!/^[A-Za-z]{6,}$/.test(word)) return [];
  const at = new Set<number>();
  const lower = word.toLowerCase();
  for (const suffix of SUFFIXES)
    if (lower.endsWith(suffix) && !isVowel(lower[lower.length - suffix.length - 1] ?? 'a'))
      at.add(word.length - suffix.length);
  for (let i = 2; i < word.length - 2; i++) {
    const [a, b, c, d] = [lower[i - 2]!, lower[i - 1]!, lower[i]!, lower[i + 1]!];
    if (isVowel(a) && !isVowel(b) && !isVowel(c) && isVowel(d) && !DIGRAPHS.has(b + c)) at.add(i);
  }
  return [...at].filter((i) => i >= 2 && word.length - i >= 3).sort((x, y) => x - y);
}

/** Text with U+00AD where texBreaks allows a break, for the page's own line breaker. */
const texMarks = (text: string) =>
  // TeX hyphenates no word that holds a hyphen: a compound breaks only at its own.
  text.replace(/[A-Za-z]+(?:-[A-Za-z]+)*/g, (w) => {
    const breaks = texBreaks(w);
    return breaks.length === 0
      ? w
      : [0, ...breaks].map((b, k) => w.slice(b, breaks[k] ?? w.length)).join('\u00AD');
  });

/**
 * The page's line breaker, run before printing: each `.tex` block is broken into lines greedily, as
 * TeX would set a ragged column, a word broken at a marked point gets an ASCII hyphen inside its own
 * text run ("Devel-"), and a compound breaks after its own hyphen ("cross-" / "functional").
 */
const TEX_BREAKER = `<script>
for (const el of document.querySelectorAll('.tex')) {
  const ctx = document.createElement('canvas').getContext('2d');
  ctx.font = getComputedStyle(el).font;
  const fits = (s) => ctx.measureText(s).width <= el.clientWidth;
  const plain = (s) => s.replaceAll('\\u00AD', '');
  const lines = [];
  let line = '';
  for (let word of el.dataset.text.split(' ')) {
    for (;;) {
      const with_ = (s) => (line ? line + ' ' + s : s);
      if (fits(with_(plain(word)))) { line = with_(plain(word)); break; }
      let cut = -1;
      for (let i = 0; i < word.length; i++) {
        const c = word[i];
        if ((c === '\\u00AD' || (c === '-' && i < word.length - 1)) && fits(with_(plain(word.slice(0, i)) + '-'))) cut = i;
      }
      if (cut >= 0) {
        lines.push(with_(plain(word.slice(0, cut)) + '-'));
        line = '';
        word = word.slice(cut + 1);
        continue;
      }
      if (!line) { line = plain(word); break; }
      lines.push(line);
      line = '';
    }
  }
  if (line) lines.push(line);
  el.replaceChildren(...lines.map((l) => Object.assign(document.createElement('div'), { textContent: l })));
}
</script>`;

/**
 * A one-column CV whose long words are broken with an ASCII hyphen inside their own text run, as TeX
 * and word processors print them; `producer` says which.
 */
const brokenWithAsciiHyphens = (
  id: string,
  features: string,
  producer: string,
  font: string,
  creator?: string,
): Template => ({
  id,
  features,
  months: true,
  headings: {
    summary: 'Summary',
    experience: 'Experience',
    education: 'Education',
    certifications: 'Certifications',
    skills: 'Skills',
  },
  hyphenates: true,
  producer,
  ...(creator ? { creator } : {}),
  render(r) {
    const h = this.headings;
    const tex = (text: string) => `<div class="tex" data-text="${esc(texMarks(text))}"></div>`;
    return pageHtml(
      `@page { size: Letter; margin: 2cm 2.6cm; }
       body { font-family: ${font}; font-size: 10.5pt; line-height: 1.3; width: 13.5cm; }
       h1 { font-size: 18pt; margin: 0; } h2 { font-size: 12pt; margin: 1em 0 0.3em; border-bottom: 1px solid #555; }
       .row { display: flex; justify-content: space-between; gap: 1em; margin-top: 0.6em; } .row span:last-child { white-space: nowrap; }
       li { display: flex; gap: 0.5em; } li .g { flex: none; } li .tex { flex: 1; min-width: 0; }`,
      `<h1>${esc(r.name)}</h1><div>${esc(r.headline)} · ${contact(r, ' · ')}</div>
       <h2>${h.summary}</h2>${tex(r.summary)}
       <h2>${h.experience}</h2>
       ${r.positions
         .map(
           (p) =>
             `<div class="row"><span>${titleOrg(p)}</span><span>${range(p.start, p.end, 'short')}</span></div><ul>${p.bullets.map((b) => `<li><span class="g">•</span>${tex(b)}</li>`).join('')}</ul>`,
         )
         .join('')}
       <h2>${h.education}</h2>
       ${r.education.map((e) => `<div class="row"><span>${esc(e.degree)}, ${esc(e.institution)}</span><span>${range(e.start, e.end, 'year')}</span></div>`).join('')}
       <h2>${h.certifications}</h2>
       ${r.certifications.map((c) => `<div>${esc(certLine(c))}</div>`).join('')}
       <h2>${h.skills}</h2>${tex(r.skills.join(', '))}
       ${TEX_BREAKER}`,
    );
  },
});

/** A LaTeX-like one-column CV: serif type, dates flush right, long words hyphenated as TeX prints them. */
const texHyphens = brokenWithAsciiHyphens(
  'tex-hyphens',
  'LaTeX-like: serif, ragged column broken by TeX-like hyphenation (ASCII hyphen inside the broken word), compounds broken at their hyphen, • bullets, dates right',
  'pdfTeX-1.40.24',
  "'DejaVu Serif', serif",
);

/**
 * The same column as a word processor with automatic hyphenation prints it (sans-serif, the
 * producer and creator LibreOffice writes, cut to the lengths of Chromium's): its broken words end in an ASCII hyphen as the author's compounds do.
 */
const officeHyphens = brokenWithAsciiHyphens(
  'office-hyphens',
  'word-processor-like: sans-serif, ragged column hyphenated with an ASCII hyphen inside the broken word, compounds broken at their hyphen, producer LibreOffice',
  'LibreOffice 7',
  "'DejaVu Sans', sans-serif",
  'Writer',
);

/** A table layout: years in a left column, small-caps headings, skills as a two-column table. */
const dateColumnLeft: Template = {
  id: 'date-column-left',
  features: 'table layout with years in a left date column, small-caps headings, skills table, ▸ bullets',
  months: false,
  headings: {
    summary: 'Objective',
    experience: 'Work History',
    education: 'Education',
    certifications: 'Training and Certifications',
    skills: 'Key Skills',
  },
  render(r) {
    const h = this.headings;
    const half = Math.ceil(r.skills.length / 2);
    const skillRows = r.skills
      .slice(0, half)
      .map((s, k) => `<tr><td>${esc(s)}</td><td>${esc(r.skills[half + k] ?? '')}</td></tr>`)
      .join('');
    return pageHtml(
      `@page { size: Letter; margin: 1.8cm; }
       body { font-size: 10pt; line-height: 1.35; font-family: 'DejaVu Serif', 'Liberation Serif', serif; }
       h1 { font-variant: small-caps; font-size: 20pt; margin: 0; }
       h2 { font-variant: small-caps; font-size: 13pt; margin: 1em 0 0.3em; color: #333; }
       table { border-collapse: collapse; width: 100%; } td { vertical-align: top; padding: 0.15em 0.3em; }
       td.when { width: 3.4cm; color: #555; white-space: nowrap; }
       li { margin: 0.1em 0 0.1em 1em; text-indent: -1em; }`,
      `<h1>${esc(r.name)}</h1><div>${esc(r.headline)}</div><div>${contact(r)}</div>
       <h2>${h.summary}</h2><p>${esc(r.summary)}</p>
       <h2>${h.experience}</h2><table>
       ${r.positions
         .map(
           (p) =>
             `<tr><td class="when">${range(p.start, p.end, 'year', 'Current')}</td><td>${titleOrg(p)}${bulletList(p, '▸')}</td></tr>`,
         )
         .join('')}</table>
       <h2>${h.education}</h2><table>
       ${r.education.map((e) => `<tr><td class="when">${range(e.start, e.end, 'year')}</td><td>${esc(e.degree)}, ${esc(e.institution)}</td></tr>`).join('')}</table>
       <h2>${h.certifications}</h2>
       ${r.certifications.map((c) => `<div>${esc(certLine(c))}</div>`).join('')}
       <h2>${h.skills}</h2><table>${skillRows}</table>`,
    );
  },
};

/** Icon-font glyphs (Font Awesome's private-use code points), as design templates put them before headings and contacts. */
const ICON = {
  mail: '\uf0e0',
  phone: '\uf095',
  pin: '\uf3c5',
  work: '\uf0b1',
  user: '\uf007',
  school: '\uf19d',
  award: '\uf559',
  tools: '\uf7d9',
};

/**
 * A design-tool layout: main column on the left, a shaded sidebar on the right with skills as
 * pills; icon glyphs before headings and contacts; each employer printed once with its roles
 * under it (a promotion is two roles under one name), dates abbreviated with a full stop.
 */
const rightSidebar: Template = {
  id: 'right-sidebar',
  features:
    'two columns, right sidebar with skill pills/education/certifications, icon-font glyphs before headings and contacts, employer once with its roles under it, "Apr. 2021" dates right, ◦ bullets',
  months: true,
  headings: {
    summary: 'Profile',
    experience: 'Experience',
    education: 'Education',
    certifications: 'Certifications',
    skills: 'Skills',
  },
  sidebar: ['skills', 'education', 'certifications'],
  render(r) {
    const h = this.headings;
    const icon = (c: string) => `<span class="i">${c}</span>`;
    // Consecutive roles at one employer share its name line.
    const groups = byEmployer(r.positions);
    const role = (p: TruthPosition) =>
      `<div class="row"><span class="t">${esc(p.title)}</span><span class="when">${range(p.start, p.end, 'abbreviated')}</span></div>${bulletList(p, '◦')}`;
    return pageHtml(
      `@page { size: A4; margin: 0; }
       body { font-size: 9.5pt; line-height: 1.4; }
       .grid { display: grid; grid-template-columns: 1fr 5.8cm; min-height: 29.7cm; }
       .main { padding: 1.2cm 0.8cm 1cm 1.2cm; } .side { background: #f1efe9; padding: 1.2cm 0.7cm; }
       h1 { margin: 0; font-size: 21pt; } .head { color: #8a5a2b; font-size: 11pt; margin-bottom: 0.3em; }
       .contact span.c { margin-right: 1.2em; white-space: nowrap; }
       h2 { font-size: 10.5pt; text-transform: uppercase; letter-spacing: 0.08em; color: #8a5a2b; margin: 1.1em 0 0.4em; border-bottom: 2px solid #d9c7b0; }
       .i { margin-right: 0.45em; }
       .org { font-weight: bold; font-size: 10.5pt; margin-top: 0.8em; }
       .row { display: flex; justify-content: space-between; gap: 1em; margin-top: 0.25em; } .row .t { font-style: italic; } .row .when { white-space: nowrap; color: #666; }
       .main li { margin: 0.12em 0 0.12em 1em; text-indent: -1em; }
       .pills { display: flex; flex-wrap: wrap; gap: 0.3em; } .pill { background: #fff; border: 1px solid #d9c7b0; border-radius: 1em; padding: 0.1em 0.6em; }
       .item { margin-bottom: 0.6em; }`,
      `<div class="grid"><div class="main">
         <h1>${esc(r.name)}</h1><div class="head">${esc(r.headline)}</div>
         <div class="contact"><span class="c">${icon(ICON.mail)}${esc(r.email)}</span><span class="c">${icon(ICON.phone)}${esc(r.phone)}</span><span class="c">${icon(ICON.pin)}${esc(r.city)}</span></div>
         <h2>${icon(ICON.user)}${h.summary}</h2><p>${esc(r.summary)}</p>
         <h2>${icon(ICON.work)}${h.experience}</h2>
         ${groups
           .map((g) => {
             const first = g[0]!;
             if (!first.organisation) return role(first);
             return `<div class="org">${joined(' · ', esc(first.organisation), esc(first.location ?? ''))}</div>${g.map(role).join('')}`;
           })
           .join('')}
       </div><div class="side">
         <h2>${icon(ICON.tools)}${h.skills}</h2><div class="pills">${r.skills.map((k) => `<span class="pill">${esc(k)}</span>`).join('')}</div>
         <h2>${icon(ICON.school)}${h.education}</h2>${r.education
           .map(
             (e) =>
               `<div class="item"><b>${esc(e.degree)}</b><br>${esc(e.institution)}<br>${range(e.start, e.end, 'year')}</div>`,
           )
           .join('')}
         <h2>${icon(ICON.award)}${h.certifications}</h2>${r.certifications.map((c) => `<div class="item">${esc(certLine(c))}</div>`).join('')}
       </div></div>`,
    );
  },
};

/**
 * Section labels in a left column, each beside its content (its first line on the heading's row), as
 * many Word and LaTeX CV templates set them; European numeric dates; skills rated with dots.
 */
const leftLabels: Template = {
  id: 'left-labels',
  features:
    'section labels in a left column beside their content, "03.2019 – today" dates right, skills rated with dots (●●●○○), ● bullets, title · organisation',
  months: true,
  headings: {
    summary: 'About',
    experience: 'Career History',
    education: 'Academic Background',
    certifications: 'Licenses & Certifications',
    skills: 'Core Competencies',
  },
  render(r) {
    const h = this.headings;
    const section = (label: string, content: string) =>
      `<tr><td class="label">${esc(label)}</td><td class="body">${content}</td></tr>`;
    const rating = (k: number) => '●'.repeat(5 - (k % 3)) + '○'.repeat(k % 3);
    return pageHtml(
      `@page { size: A4; margin: 1.6cm 1.8cm; }
       body { font-size: 9.8pt; line-height: 1.38; }
       h1 { font-size: 19pt; margin: 0; } .head { margin-bottom: 0.8em; color: #444; }
       table { border-collapse: collapse; width: 100%; } td { vertical-align: top; padding: 0 0 0.9em; }
       td.label { width: 3.6cm; padding-right: 0.5cm; font-weight: bold; text-transform: uppercase; font-size: 8.6pt; letter-spacing: 0.04em; color: #1d4e89; line-height: 1.6; }
       .row { display: flex; justify-content: space-between; gap: 1em; } .row .when { white-space: nowrap; color: #555; }
       .entry + .entry { margin-top: 0.55em; }
       li { margin: 0.1em 0 0.1em 1em; text-indent: -1em; }
       .skills { display: grid; grid-template-columns: 1fr 1fr; column-gap: 1.2em; } .dots { color: #1d4e89; letter-spacing: 0.05em; }
       .skills div { display: flex; justify-content: space-between; }`,
      `<h1>${esc(r.name)}</h1><div class="head">${esc(r.headline)}<br>${contact(r, ' · ')}</div>
       <table>
       ${section(h.summary, `<p style="margin:0">${esc(r.summary)}</p>`)}
       ${section(
         h.experience,
         r.positions
           .map(
             (p) =>
               `<div class="entry"><div class="row"><span>${titleOrg(p, ' · ')}${p.location ? `, ${esc(p.location)}` : ''}</span><span class="when">${range(p.start, p.end, 'dotted', 'today')}</span></div>${bulletList(p, '●')}</div>`,
           )
           .join(''),
       )}
       ${section(
         h.education,
         r.education
           .map(
             (e) =>
               `<div class="row"><span>${esc(e.degree)} · ${esc(e.institution)}</span><span class="when">${range(e.start, e.end, 'year')}</span></div>`,
           )
           .join(''),
       )}
       ${section(h.certifications, r.certifications.map((c) => `<div>${esc(certLine(c))}</div>`).join(''))}
       ${section(
         h.skills,
         `<div class="skills">${r.skills.map((k, i) => `<div><span>${esc(k)}</span><span class="dots">${rating(i)}</span></div>`).join('')}</div>`,
       )}
       </table>`,
    );
  },
};

/**
 * A timeline: each entry's dates stacked in a narrow left column ("Apr 2021 –" over "Present"), the
 * employer in capitals above the title, › bullets; the contact details stacked flush right beside
 * the name; headings followed by a rule.
 */
const timeline: Template = {
  id: 'timeline',
  features:
    'dates stacked in a left timeline column ("Apr 2021 –" / "Present"), employer in capitals above the title, contact block right of the name, › bullets, headings with a rule',
  months: true,
  headings: {
    summary: 'Summary',
    experience: 'Employment History',
    education: 'Education',
    certifications: 'Certifications',
    skills: 'Skills',
  },
  render(r) {
    const h = this.headings;
    const stacked = (start: YearMonth | undefined, end: YearMonth | 'present' | undefined) =>
      end === undefined
        ? ''
        : start
          ? `<div>${date(start, 'short')} –</div><div>${end === 'present' ? 'Present' : date(end, 'short')}</div>`
          : `<div>${end === 'present' ? 'Present' : date(end, 'short')}</div>`;
    return pageHtml(
      `@page { size: Letter; margin: 1.5cm 1.7cm; }
       body { font-size: 10pt; line-height: 1.4; }
       .top { display: flex; justify-content: space-between; align-items: flex-start; margin-bottom: 0.6em; }
       h1 { font-size: 24pt; margin: 0; letter-spacing: 0.03em; } .contact { text-align: right; font-size: 9pt; color: #444; }
       h2 { display: flex; align-items: center; gap: 0.6em; font-size: 11pt; text-transform: uppercase; margin: 1.1em 0 0.5em; }
       h2::after { content: ''; flex: 1; border-bottom: 1.5px solid #3a6; }
       .entry { display: grid; grid-template-columns: 2.6cm 1fr; column-gap: 0.6cm; margin-bottom: 0.7em; }
       .when { color: #3a6; font-size: 9pt; } .org { text-transform: uppercase; font-size: 8.8pt; letter-spacing: 0.06em; color: #555; }
       .title { font-weight: bold; }
       li { margin: 0.1em 0 0.1em 1em; text-indent: -1em; }`,
      `<div class="top"><div><h1>${esc(r.name)}</h1><div>${esc(r.headline)}</div></div>
         <div class="contact"><div>${esc(r.email)}</div><div>${esc(r.phone)}</div><div>${esc(r.city)}</div></div></div>
       <h2>${h.summary}</h2><p>${esc(r.summary)}</p>
       <h2>${h.experience}</h2>
       ${r.positions
         .map(
           (p) =>
             `<div class="entry"><div class="when">${stacked(p.start, p.end)}</div><div>${p.organisation ? `<div class="org">${joined(' · ', esc(p.organisation), esc(p.location ?? ''))}</div>` : ''}<div class="title">${esc(p.title)}</div>${bulletList(p, '›')}</div></div>`,
         )
         .join('')}
       <h2>${h.education}</h2>
       ${r.education
         .map(
           (e) =>
             `<div class="entry"><div class="when">${range(e.start, e.end, 'year')}</div><div><b>${esc(e.degree)}</b><div>${esc(e.institution)}</div></div></div>`,
         )
         .join('')}
       <h2>${h.certifications}</h2>
       ${r.certifications.map((c) => `<div>${esc(certLine(c))}</div>`).join('')}
       <h2>${h.skills}</h2><p>${r.skills.map(esc).join(' / ')}</p>`,
    );
  },
};

/**
 * A one-page "hybrid" resume: core competencies as a three-column grid of bulleted items above the
 * work history, "Title | Employer | City" with the dates flush right, a certifications line run
 * together with " • ".
 */
const competencyGrid: Template = {
  id: 'competency-grid',
  features:
    'core competencies as a three-column grid of • items above the experience, "Title | Employer | City" with dates right, certifications on one line joined by •',
  months: true,
  headings: {
    summary: 'Professional Summary',
    experience: 'Professional Experience',
    education: 'Education',
    certifications: 'Certifications',
    skills: 'Core Competencies',
  },
  render(r) {
    const h = this.headings;
    return pageHtml(
      `@page { size: Letter; margin: 1.4cm 1.6cm; }
       body { font-size: 9.8pt; line-height: 1.32; }
       h1 { text-align: center; font-size: 20pt; margin: 0; } .contact { text-align: center; margin-bottom: 0.4em; }
       h2 { font-size: 11pt; text-transform: uppercase; border-bottom: 1px solid #000; margin: 0.9em 0 0.35em; }
       .grid { display: grid; grid-template-columns: repeat(3, 1fr); column-gap: 1em; }
       .grid div::before { content: '• '; }
       .row { display: flex; justify-content: space-between; margin-top: 0.5em; font-weight: bold; } .row .when { white-space: nowrap; font-weight: normal; }
       li { margin: 0.1em 0 0.1em 1.2em; text-indent: -0.9em; }`,
      `<h1>${esc(r.name)}</h1><div class="contact">${esc(r.headline)} | ${contact(r)}</div>
       <h2>${h.summary}</h2><p>${esc(r.summary)}</p>
       <h2>${h.skills}</h2><div class="grid">${r.skills.map((k) => `<div>${esc(k)}</div>`).join('')}</div>
       <h2>${h.experience}</h2>
       ${r.positions
         .map(
           (p) =>
             `<div class="row"><span>${joined(' | ', esc(p.title), esc(p.organisation ?? ''), esc(p.location ?? ''))}</span><span class="when">${range(p.start, p.end, 'short')}</span></div>${bulletList(p, '•')}`,
         )
         .join('')}
       <h2>${h.education}</h2>
       ${r.education.map((e) => `<div>${esc(e.degree)} | ${esc(e.institution)} | ${range(e.start, e.end, 'year')}</div>`).join('')}
       <h2>${h.certifications}</h2><div>${r.certifications.map((c) => esc(certLine(c))).join(' • ')}</div>`,
    );
  },
};

/**
 * The one-page LaTeX resume many engineers start from ("Jake's resume"): small-capital headings over
 * a rule, education first, each entry two rows (title and dates flush right, then the employer in
 * italics with its place flush right), skills as labelled rows, contacts in one line of bars.
 */
const twoRowEntries: Template = {
  id: 'two-row-entries',
  features:
    'LaTeX one-pager: small-capital headings over a rule, education first, "Title … Jun. 2020 – Present" then "Employer … City" in italics, labelled skill rows, contacts joined by bars',
  months: true,
  headings: {
    summary: 'Summary',
    experience: 'Experience',
    education: 'Education',
    certifications: 'Certifications',
    skills: 'Technical Skills',
  },
  producer: 'pdfTeX-1.40.25',
  creator: 'LaTeX with hyperref',
  noHeadline: true,
  render(r) {
    const h = this.headings;
    const row = (left: string, right: string, cls = '') =>
      `<div class="row ${cls}"><span>${left}</span><span>${right}</span></div>`;
    const half = Math.ceil(r.skills.length / 2);
    return pageHtml(
      `@page { size: Letter; margin: 0.5in 0.55in; }
       body { font-family: 'Latin Modern Roman', 'DejaVu Serif', serif; font-size: 10.5pt; line-height: 1.25; }
       h1 { text-align: center; font-size: 24pt; font-variant: small-caps; font-weight: bold; margin: 0; }
       .contact { text-align: center; font-size: 9.5pt; margin-bottom: 0.3em; }
       h2 { font-variant: small-caps; font-weight: normal; font-size: 13pt; margin: 0.7em 0 0.3em; border-bottom: 0.6pt solid #000; }
       .row { display: flex; justify-content: space-between; gap: 1em; } .row span:last-child { white-space: nowrap; }
       .entry { margin: 0.35em 0 0 0.15in; } .it { font-style: italic; font-size: 9.5pt; }
       ul { margin: 0.1em 0 0 0.35in; } li { font-size: 9.5pt; margin: 0.05em 0; }
       .skills { margin-left: 0.15in; font-size: 9.5pt; }`,
      `<h1>${esc(r.name)}</h1>
       <div class="contact">${joined(' | ', esc(r.phone), esc(r.email), esc(r.city))}</div>
       <h2>${h.education}</h2>
       ${r.education
         .map(
           (e) =>
             `<div class="entry">${row(`<b>${esc(e.institution)}</b>`, '')}${row(esc(e.degree), range(e.start, e.end, 'abbreviated'), 'it')}</div>`,
         )
         .join('')}
       <h2>${h.summary}</h2><div class="entry">${esc(r.summary)}</div>
       <h2>${h.experience}</h2>
       ${r.positions
         .map(
           (p) =>
             `<div class="entry">${row(`<b>${esc(p.title)}</b>`, range(p.start, p.end, 'abbreviated'))}${
               p.organisation || p.location ? row(esc(p.organisation ?? ''), esc(p.location ?? ''), 'it') : ''
             }<ul>${p.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div>`,
         )
         .join('')}
       <h2>${h.certifications}</h2>
       ${r.certifications.map((c) => `<div class="entry">${esc(certLine(c))}</div>`).join('')}
       <h2>${h.skills}</h2>
       <div class="skills"><b>Core</b>: ${r.skills.slice(0, half).map(esc).join(', ')}<br><b>Tools</b>: ${r.skills
         .slice(half)
         .map(esc)
         .join(', ')}</div>`,
    );
  },
};

/**
 * The European CV (Europass): headings in capitals over a rule, each entry's dates in square brackets
 * on a line of their own above the title, the employer with "City: … | Country: …" under the title,
 * numeric dates and "Current", digital skills as a list of tags, certificates under their own heading.
 */
const europass: Template = {
  id: 'europass',
  features:
    'Europass CV: "[ 03/2019 – Current ]" on its own line above the title, employer with "City: … | Country: …", capital headings ("Education and Training", "Digital Skills"), skill tags',
  months: true,
  headings: {
    summary: 'About Myself',
    experience: 'Work Experience',
    education: 'Education and Training',
    certifications: 'Certificates',
    skills: 'Digital Skills',
  },
  noHeadline: true,
  render(r) {
    const h = this.headings;
    const when = (start: YearMonth | undefined, end: YearMonth | 'present' | undefined) => {
      const text = range(start, end, 'numeric', 'Current');
      return text ? `<div class="when">[ ${text} ]</div>` : '';
    };
    const place = (city?: string) => {
      if (!city) return '';
      const [town, region] = city.split(/,\s*/);
      return ` <span class="place">City: ${esc(town!)}${region ? ` | Country: ${esc(region)}` : ''}</span>`;
    };
    return pageHtml(
      `@page { size: A4; margin: 1.4cm 1.5cm; }
       body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 9.5pt; line-height: 1.35; color: #333; }
       h1 { font-size: 20pt; margin: 0; color: #0b3c6b; } .contact { margin: 0.3em 0 0.5em; }
       h2 { text-transform: uppercase; font-size: 11pt; color: #0b3c6b; margin: 1em 0 0.4em; padding-bottom: 0.15em; border-bottom: 1px solid #0b3c6b; }
       .when { color: #5b6b7b; font-size: 8.8pt; margin-top: 0.6em; } .title { font-weight: bold; text-transform: uppercase; }
       .place { color: #5b6b7b; } li { margin: 0.1em 0 0.1em 1em; text-indent: -1em; }
       .tags span { display: inline-block; border: 1px solid #9bb; border-radius: 3px; padding: 0 0.35em; margin: 0 0.25em 0.25em 0; }`,
      `<h1>${esc(r.name)}</h1>
       <div class="contact"><b>Email address:</b> ${esc(r.email)} | <b>Phone number:</b> ${esc(r.phone)} | <b>Address:</b> ${esc(r.city)}</div>
       <h2>${h.summary}</h2><p>${esc(r.summary)}</p>
       <h2>${h.experience}</h2>
       ${r.positions
         .map(
           (p) =>
             `${when(p.start, p.end)}<div class="title">${esc(p.title)}</div>${p.organisation ? `<div>${esc(p.organisation)}${place(p.location)}</div>` : ''}${bulletList(p, '•')}`,
         )
         .join('')}
       <h2>${h.education}</h2>
       ${r.education
         .map(
           (e) =>
             `${when(e.start, e.end)}<div class="title">${esc(e.degree)}</div><div>${esc(e.institution)}</div>`,
         )
         .join('')}
       <h2>${h.skills}</h2><div class="tags">${r.skills.map((k) => `<span>${esc(k)}</span>`).join('')}</div>
       <h2>${h.certifications}</h2>
       ${r.certifications.map((c) => `<div>${esc(certLine(c))}</div>`).join('')}`,
    );
  },
};

/** LinkedIn writes a role's length after its dates, counting both end months: "(2 years 3 months)". */
function linkedInLength(start: YearMonth, end: YearMonth | 'present'): string {
  const to = end === 'present' ? { year: 2026, month: 11 } : end;
  const months = Math.max(1, (to.year - start.year) * 12 + ((to.month ?? 12) - (start.month ?? 1)) + 1);
  const y = Math.floor(months / 12);
  const m = months % 12;
  const part = (n: number, unit: string) => (n === 0 ? '' : `${n} ${unit}${n === 1 ? '' : 's'}`);
  return joined(' ', part(y, 'year'), part(m, 'month'));
}

/**
 * A profile saved as PDF from LinkedIn: a grey left sidebar (Contact, Top Skills, Certifications)
 * beside the name; each employer in bold above its roles, with the total time there when it held
 * more than one; "January 2019 - Present (5 years 11 months)" under each title and the place under
 * that; descriptions as plain lines with typed bullets; certification names wrapped in the narrow
 * sidebar with no space between items; "Page 1 of 2" at each page's foot.
 */
/** The address LinkedIn gives a profile: the name in lowercase ASCII, hyphenated, and a number. */
const slug = (name: string) =>
  `${name
    .normalize('NFD')
    .replace(/[^A-Za-z -]/g, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, '-')}-${(name.length * 7919).toString(16)}`;

const linkedIn: Template = {
  id: 'linkedin-pdf',
  features:
    'LinkedIn "Save to PDF": left sidebar (Contact, Top Skills, Certifications) beside the name, employer above its roles with the total time, "January 2019 - Present (5 years 11 months)" under the title and the place under that, typed • bullets, certification names wrapped with no space between items',
  months: true,
  headings: {
    summary: 'Summary',
    experience: 'Experience',
    education: 'Education',
    certifications: 'Certifications',
    skills: 'Top Skills',
  },
  sidebar: ['skills', 'certifications'],
  partial: true,
  render(r) {
    const h = this.headings;
    const when = (p: TruthPosition) => {
      if (p.end === undefined) return '';
      const text = p.start
        ? `${date(p.start, 'long')} - ${p.end === 'present' ? 'Present' : date(p.end, 'long')}`
        : p.end === 'present'
          ? 'Present'
          : date(p.end, 'long');
      return `<div class="grey">${text}${p.start ? ` (${linkedInLength(p.start, p.end)})` : ''}</div>`;
    };
    const groups = byEmployer(r.positions);
    const role = (p: TruthPosition) =>
      `<div class="t">${esc(p.title)}</div>${when(p)}${p.location ? `<div class="grey">${esc(p.location)}</div>` : ''}${p.bullets.map((b) => `<div class="d">• ${esc(b)}</div>`).join('')}`;
    const total = (g: TruthPosition[]) => {
      const first = g.at(-1)!.start;
      const last = g[0]!.end;
      return g.length > 1 && first && last ? `<div class="grey">${linkedInLength(first, last)}</div>` : '';
    };
    return pageHtml(
      `@page { size: Letter; margin: 0.5in 0; @bottom-center { content: "Page " counter(page) " of " counter(pages); font-size: 8pt; color: #999; } }
       body { font-size: 10pt; line-height: 1.32; }
       .grid { display: grid; grid-template-columns: 2.3in 1fr; }
       .side { background: #f3f2ef; padding: 0.25in 0.3in; } .main { padding: 0.1in 0.45in 0 0.4in; }
       .side h2 { font-size: 12pt; margin: 1em 0 0.35em; color: #000; } .side div { color: #333; }
       h1 { font-size: 25pt; margin: 0 0 0.1em; font-weight: normal; } .head { font-size: 11.5pt; } .place { color: #777; margin-bottom: 0.6em; }
       .main h2 { font-size: 15pt; font-weight: normal; margin: 0.9em 0 0.45em; }
       .org { font-size: 11.5pt; margin-top: 0.9em; } .t { font-size: 10.5pt; margin-top: 0.3em; } .grey { color: #777; }
       .d { margin-top: 0.1em; } .edu { margin-bottom: 0.6em; } .edu b { font-weight: normal; font-size: 11pt; }`,
      `<div class="grid"><div class="side">
         <h2>Contact</h2><div>${esc(r.email)}</div><div>${esc(r.phone)} (Mobile)</div><div>www.linkedin.com/in/${esc(slug(r.name))} (LinkedIn)</div>
         <h2>${h.skills}</h2>${r.skills
           .slice(0, 3)
           .map((k) => `<div>${esc(k)}</div>`)
           .join('')}
         <h2>${h.certifications}</h2>${r.certifications.map((c) => `<div>${esc(c.name)}</div>`).join('')}
       </div><div class="main">
         <h1>${esc(r.name)}</h1><div class="head">${esc(r.headline)}</div><div class="place">${esc(r.city)}</div>
         <h2>${h.summary}</h2><div>${esc(r.summary)}</div>
         <h2>${h.experience}</h2>
         ${groups
           .map((g) =>
             g[0]!.organisation
               ? `<div class="org"><b>${esc(g[0]!.organisation)}</b></div>${total(g)}${g.map(role).join('')}`
               : g.map(role).join(''),
           )
           .join('')}
         <h2>${h.education}</h2>${r.education
           .map(
             (e) =>
               `<div class="edu"><b>${esc(e.institution)}</b><div>${esc(e.degree)} · (${range(e.start, e.end, 'year').replace(' – ', ' - ')})</div></div>`,
           )
           .join('')}
       </div></div>`,
    );
  },
};

export const TEMPLATES: Template[] = [
  oneColumn,
  sidebar,
  spacedHeadings,
  narrowHyphens,
  dateColumnLeft,
  texHyphens,
  officeHyphens,
  rightSidebar,
  leftLabels,
  timeline,
  competencyGrid,
  linkedIn,
  twoRowEntries,
  europass,
];

/** The Word layout: Heading 1 headings, list paragraphs for bullets, a table for skills. */
export const DOCX_LAYOUT = {
  id: 'docx',
  features: 'Word document: Heading 1 headings, list-paragraph bullets, skills in a table',
  months: true,
  headings: {
    summary: 'Summary',
    experience: 'Experience',
    education: 'Education',
    certifications: 'Certifications',
    skills: 'Skills',
  } satisfies Record<HeadingKind, string>,
  dateRange: (p: { start?: YearMonth; end?: YearMonth | 'present' }, months = true) =>
    range(p.start, p.end, months ? 'short' : 'year'),
  certLine,
};

/** A Word layout: its headings, how it writes dates, and the sections it sets beside the main column. */
function wordLayout(
  id: string,
  features: string,
  headings: Record<HeadingKind, string>,
  dates: DateStyle,
  sidebar?: HeadingKind[],
) {
  return {
    id,
    features,
    months: true,
    headings,
    ...(sidebar ? { sidebar } : {}),
    dateRange: (p: { start?: YearMonth; end?: YearMonth | 'present' }) => range(p.start, p.end, dates),
    certLine,
  };
}

/**
 * A Word template laid out as a table: a left column with contacts, skills, education and
 * certificates, a right one with the profile and the work history; headings typed in capitals and
 * made bold (no heading style); each role's dates after a tab on its title line; bullets typed as
 * characters ("•" and Word's Symbol bullet), not as a list.
 */
export const DOCX_TABLE_LAYOUT = wordLayout(
  'docx-table',
  "Word document laid out as a two-column table, bold capitals for headings (no heading style), dates after a tab, bullets typed as characters (• and the Symbol font's private-use bullet)",
  {
    summary: 'PROFILE',
    experience: 'WORK EXPERIENCE',
    education: 'EDUCATION',
    certifications: 'CERTIFICATES',
    skills: 'SKILLS',
  },
  'short',
  ['skills', 'education', 'certifications'],
);

/** A Word résumé whose name, headline and contacts sit in the page header; "Title | Employer⇥dates" in bold. */
export const DOCX_HEADER_LAYOUT = wordLayout(
  'docx-header',
  'Word document with the name, headline and contacts in the page header, "Title | Employer" and dates after a tab in bold, skills in one line',
  {
    summary: 'Professional Summary',
    experience: 'Professional Experience',
    education: 'Education',
    certifications: 'Certifications',
    skills: 'Skills',
  },
  'long',
);

/** A Word résumé laid out as rows of a table: each entry's dates in a narrow left cell, the role and its bullets beside them. */
export const DOCX_DATE_COLUMN_LAYOUT = wordLayout(
  'docx-dates-table',
  'Word document: each entry a table row, its dates in a left cell ("03/2019 – Present"), title and employer in bold with list bullets beside them',
  {
    summary: 'Profile',
    experience: 'Employment History',
    education: 'Education',
    certifications: 'Certifications',
    skills: 'Skills',
  },
  'numeric',
);
