// Drives Debian's Chromium through playwright-core against the built web app and the real server.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeResume, bandOf } from '../../src/core/analysis/analyze.ts';
import type { MarketSection } from '../../src/core/market/market-section.ts';
import { bundledTaxonomy, findRole } from '../../src/data/bundled.ts';
import { readDocument } from '../../src/readers/index.ts';
import { buildServer } from '../../src/server/app.ts';
import { testConfig } from '../../src/server/config.ts';
import { CHROMIUM, hasChromium, launchChromium } from '../chromium.ts';
import { sampleDocx, sampleOnePagePdf, sampleText } from '../fixtures/sample-resume.ts';
import { sayWhySkipped } from '../skips.ts';

const root = resolve(import.meta.dirname, '..', '..');
const artifacts = join(root, 'test-artifacts');
const webDir = join(root, '.tmp', 'e2e-web-dist');

let app: FastifyInstance;
let browser: Browser;
let base: string;

async function expectedScore(bytes: Uint8Array, filename: string): Promise<number | null> {
  const read = await readDocument(bytes, { filename });
  if (!read.ok) throw new Error(read.error.message);
  return analyzeResume({
    document: read.value,
    role: findRole('technical-project-manager')!,
    taxonomy: bundledTaxonomy(),
  }).score;
}

/** A tester moving toward delivery, with business analysis before: the career-switch story in full. */
const QA_RESUME = [
  'Jordan Lee',
  'QA Engineer',
  'jordan@example.com | Manchester, UK',
  '',
  'Summary',
  'QA engineer moving toward delivery leadership, with eight years in software testing and business analysis.',
  '',
  'Experience',
  'QA Engineer — Acme Payments (2019 – 2024)',
  '• Wrote and executed test cases and regression suites for 3 releases a month',
  '• Responsible for syncing release sign-off with developers, product owners and support',
  '• Logged defects in Jira and verified fixes with the development team',
  'Business Analyst — Globex (2016 – 2019)',
  '• Gathered requirements from business users and wrote BRD and use cases',
  '',
  'Skills',
  'Selenium, SQL, Jira, Confluence, Agile, Scrum, Stakeholder management',
].join('\n');

/** Fourteen years a developer, product manager now: the background is the role held now. */
const PRODUCT_MANAGER_AFTER_ENGINEERING = [
  'Dana Reyes',
  'Product Manager',
  '',
  'Experience',
  'Product Manager — Brightline Software (2017 – Present)',
  '- Own the roadmap for the billing product and run discovery with customers',
  '- Work with engineering and design to ship quarterly releases',
  'Senior Software Engineer — Northwind Systems (2010 – 2017)',
  '- Built payment services in Java and PostgreSQL',
  '- Led code reviews and mentored four junior developers',
  'Software Engineer — Contoso (2003 – 2010)',
  '- Developed web applications in C# and SQL Server',
  '',
  'Education',
  'B.S. Computer Science, State University, 2003',
].join('\n');

/**
 * One long bullet whose matched words fall past the cut, a requirement shown through a narrower skill,
 * and the software lifecycle shown through Python, which earns part of its points.
 */
const LONG_BULLET_RESUME = [
  'Sam Patel',
  'Operations Lead',
  '',
  'Experience',
  'Operations Lead — Fabrikam Logistics (2018 – 2024)',
  '- Coordinated the warehouse move between the old site in Leeds and the new site in Bradford over six months with three contractors, and kept a risk register of delays and costs for the board',
  '- Ran daily Scrum stand-ups and sprint planning for the software team, tracked in Jira',
  '- Built Python scripts for shipment reports, versioned in Git',
  '- Managed the budget of the move and presented weekly status reports to stakeholders',
  '- Led a team of 6 and resolved escalations',
].join('\n');

/** Listings as the market step reports them once postings are audited (topMatches[].audit, disguised). */
const AUDITED_MARKET: MarketSection = {
  source: 'listings',
  listings: 40,
  basis: {
    kind: 'store',
    listings: 40,
    what: 'stored listings of this role',
    sources: [{ name: 'boards', listings: 40, dated: 40, dates: { from: '2025-10-01', to: '2025-11-20' } }],
    dates: { from: '2025-10-01', to: '2025-11-20' },
  },
  demand: [{ skill: { id: 'jira', label: 'Jira' }, share: 0.6 }],
  topMatches: [
    {
      id: 'l1',
      title: 'Technical Project Manager',
      company: 'Northwind',
      fit: 0.71,
      matched: [],
      missing: [],
    },
    {
      id: 'l2',
      title: 'Technical Project Manager (Java)',
      company: 'Initech',
      fit: 0.52,
      matched: [],
      missing: [],
      audit: { verdict: 'disguised-developer', reason: '72% of the duties are hands-on coding.' },
    },
    {
      id: 'l3',
      title: 'TPM, Platform',
      company: null,
      fit: 0.5,
      matched: [],
      missing: [],
      audit: { verdict: 'hybrid', reason: 'Mostly delivery, with some scripting.' },
    },
  ],
  standing: { listings: 40, meetMost: 12, meetAll: 3 },
  medianFit: 0.4,
  strengths: [{ skill: { id: 'jira', label: 'Jira' }, share: 0.6 }],
  gaps: [],
  disguised: { listings: 2, excluded: true },
};

async function newPage(viewport = { width: 1280, height: 900 }): Promise<Page> {
  // A page of its own context (axe needs one); closing the page closes the context.
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  // Closing races the browser's own shutdown after the last test: a context the browser already
  // closed is closed, so that rejection is expected and dropped (unhandled, it failed the run).
  page.on('close', () => {
    context.close().catch(() => undefined);
  });
  return page;
}

/** The moderate, serious and critical problems axe finds on the page as it stands ("rule: element, …"). */
async function accessibilityProblems(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'moderate' || v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** What a reader of the page would trip over: chart text that is cut, tiny or off the screen, and repeated sentences. */
function readingProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth)
      problems.push(`the page is ${document.documentElement.scrollWidth} px wide`);
    for (const el of document.querySelectorAll<HTMLElement>('.chart *')) {
      const hasText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
      if (!hasText || el.closest('.visually-hidden')) continue;
      const size = Number.parseFloat(getComputedStyle(el).fontSize);
      if (size < 11) problems.push(`chart text "${el.textContent}" is ${size} px`);
      if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)
        problems.push(`chart text "${el.textContent}" is cut`);
      const box = el.getBoundingClientRect();
      if (box.left < 0 || box.right > window.innerWidth)
        problems.push(`chart text "${el.textContent}" is off screen`);
    }
    for (const row of document.querySelectorAll<HTMLElement>('.chart-row')) {
      const label = row.querySelector('.chart-label')?.textContent;
      if (label !== row.dataset.label) problems.push(`chart label "${label}" is not "${row.dataset.label}"`);
    }
    for (const el of document.querySelectorAll<HTMLElement>('main p, main li, main td, main dd')) {
      if (el.querySelector('p, li')) continue;
      const text = (el.textContent ?? '').replace(/\s+/g, ' ');
      for (const sentence of text.split(/(?<=[.!?])\s+/)) {
        const core = sentence.replace(/[.!?]$/, '').trim();
        if (core.split(' ').length >= 3 && text.indexOf(core) !== text.lastIndexOf(core))
          problems.push(`"${core}" is said twice in "${text.slice(0, 120)}"`);
      }
    }
    return problems;
  });
}

if (!hasChromium())
  sayWhySkipped(
    'the web app in Chromium',
    `no browser at ${CHROMIUM}`,
    'apt-get install -y chromium (Debian/Ubuntu), then npm test',
  );

describe.skipIf(!hasChromium())('web app in Chromium', () => {
  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    const { build } = await import('vite');
    await build({
      configFile: join(root, 'web', 'vite.config.ts'),
      logLevel: 'silent',
      build: { outDir: webDir, emptyOutDir: true },
    });
    app = await buildServer({ config: testConfig({ webDir }), logger: false });
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    base = address;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('uploads a PDF resume in server mode and shows the score, breakdown and an evidence highlight', async () => {
    const pdf = sampleOnePagePdf();
    const file = join(artifacts, 'sample-resume.pdf');
    writeFileSync(file, pdf);
    const expected = await expectedScore(pdf, 'sample-resume.pdf');
    const page = await newPage();
    await page.goto(`${base}/#/`);
    await expect(page.getByTestId('mode-banner').textContent()).resolves.toContain('Server mode');
    await page.getByLabel('Resume file').setInputFiles(file);
    const score = page.locator('.score-number');
    await score.waitFor();
    expect(Number(await score.textContent())).toBe(expected);
    // What the score reads as: the role's band for it, with its range.
    const band = bandOf(findRole('technical-project-manager')!, expected!).scoreBand!;
    expect(await page.getByTestId('score-band').textContent()).toBe(
      `${band.label} (${band.from}–${band.to} of 100): ${band.meaning}`,
    );
    // One row per requirement, and one for the track record.
    expect(await page.locator('table.breakdown tbody tr').count()).toBe(
      findRole('technical-project-manager')!.requirements.length + 1,
    );
    await page.locator('tr[data-requirement="track-record"]').waitFor();
    const mark = page
      .locator('mark.evidence', { hasText: 'Led Agile delivery of a payments platform' })
      .first();
    await mark.waitFor();
    const line = await mark.evaluate((el) => el.closest('li')?.id);
    expect(line).toMatch(/^line-\d+$/);
    // The breakdown's "line N" link moves focus to that line of the "what we read" view.
    await page
      .getByRole('button', { name: line!.replace('-', ' ') })
      .first()
      .click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(line);
    expect(await page.locator('.chart').count()).toBeGreaterThanOrEqual(2);
    await page.screenshot({ path: join(artifacts, 'report-server.png'), fullPage: true });
    await page.close();
  });

  it('analyzes in local-only mode without any request carrying the resume', async () => {
    const text = sampleText();
    const file = join(artifacts, 'sample-resume.txt');
    writeFileSync(file, text);
    const expected = await expectedScore(new TextEncoder().encode(text), 'sample-resume.txt');
    const page = await newPage();
    const requests: Array<{ method: string; url: string; body: string }> = [];
    page.on('request', (r) => requests.push({ method: r.method(), url: r.url(), body: r.postData() ?? '' }));
    await page.goto(`${base}/#/`);
    await page.getByLabel(/Local-only/).check();
    await expect(page.getByTestId('mode-banner').textContent()).resolves.toContain(
      'your resume stays on this device',
    );
    await page.getByLabel('Resume file').setInputFiles(file);
    const score = page.locator('.score-number');
    await score.waitFor();
    expect(Number(await score.textContent())).toBe(expected);
    await expect(page.locator('.mode-note').textContent()).resolves.toContain('did not leave this device');
    await page.locator('mark.evidence').first().waitFor();
    const distinctive = ['Alex Rivera', 'alex@example.com', 'payments platform', 'Northwind'];
    const leaks = requests.filter(
      (r) => r.method !== 'GET' || distinctive.some((d) => r.body.includes(d) || r.url.includes(d)),
    );
    expect(leaks).toEqual([]);
    expect(requests.some((r) => r.url.includes('/api/analyses'))).toBe(false);
    await page.screenshot({ path: join(artifacts, 'report-local.png'), fullPage: true });
    await page.close();
  });

  it.each([
    { kind: 'PDF', name: 'sample-resume.pdf', mimeType: 'application/pdf', bytes: sampleOnePagePdf },
    {
      kind: 'Word',
      name: 'sample-resume.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      bytes: sampleDocx,
    },
  ])(
    "reads a $kind file in local-only mode: nothing is sent, and the score is the server's",
    async (file) => {
      const bytes = file.bytes();
      const form = new FormData();
      form.append('file', new Blob([Buffer.from(bytes)], { type: file.mimeType }), file.name);
      const server = (await (await fetch(`${base}/api/analyses`, { method: 'POST', body: form })).json()) as {
        report: { score: number };
        document: { text: string };
      };
      const page = await newPage();
      const requests: Array<{ method: string; url: string; body: Buffer | null }> = [];
      page.on('request', (r) =>
        requests.push({ method: r.method(), url: r.url(), body: r.postDataBuffer() }),
      );
      await page.goto(`${base}/#/`);
      await page.getByLabel(/Local-only/).check();
      await page
        .getByLabel('Resume file')
        .setInputFiles({ name: file.name, mimeType: file.mimeType, buffer: Buffer.from(bytes) });
      const score = page.locator('.score-number');
      await score.waitFor();
      expect(Number(await score.textContent())).toBe(server.report.score);
      // The text the page read is the text the server read, line for line.
      const lines = await page.locator('.resume-view > li > .line-text').allTextContents();
      expect(lines.length).toBe(server.document.text.split('\n').length);
      expect(lines[0]).toBe(server.document.text.split('\n')[0]);
      const distinctive = ['Alex Rivera', 'payments platform', 'Northwind', 'sample-resume'];
      const leaks = requests.filter(
        (r) =>
          r.method !== 'GET' ||
          r.url.includes('/api/analyses') ||
          distinctive.some((d) => r.url.includes(d) || r.body?.includes(d)),
      );
      expect(leaks).toEqual([]);
      await page.close();
    },
    120_000,
  );

  it('tells the career-switch story: background, transition, self-check, plan, feedback, flagged listings', async () => {
    const page = await newPage();
    // The listings' audit fields come from the market step; the page must show them whenever they are there.
    await page.route('**/api/analyses', async (route) => {
      const response = await route.fetch();
      const body = await response.json();
      body.report.market = AUDITED_MARKET;
      await route.fulfill({ response, json: body });
    });
    await page.goto(`${base}/#/`);
    await page.locator('summary').click();
    await page.getByLabel('Resume text').fill(QA_RESUME);
    await page.getByRole('button', { name: 'Analyze pasted text' }).click();
    await page.locator('.score-number').waitFor();
    for (const name of [
      'Your background',
      'Your transition',
      'Fit self-check: is the job for you?',
      'Learning plan',
      'Resume feedback',
      'Best-fitting listings',
    ])
      await page.getByRole('heading', { name, exact: true }).waitFor();

    const background = page.getByRole('region', { name: 'Your background' });
    expect(await background.locator('.lead').textContent()).toContain('QA / test engineer');
    expect(await background.locator('.lead').textContent()).toContain('strong signal');
    expect(await background.textContent()).toContain('Business analyst');
    // The first quoted line (the job title) jumps to that line of "What we read", highlighted.
    await background.getByRole('button', { name: 'line 9' }).first().click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('line-9');
    expect(await page.locator('#line-9 mark.evidence').textContent()).toContain(
      'QA Engineer — Acme Payments (2019 – 2024) (evidence of',
    );

    const transition = page.getByRole('region', { name: 'Your transition' });
    expect(await transition.locator('.route-scale [aria-current="step"]').textContent()).toContain('Natural');
    expect(await transition.textContent()).toContain('Wrote and executed test cases');

    const selfCheck = page.getByRole('region', { name: 'Fit self-check: is the job for you?' });
    expect(await selfCheck.locator('fieldset').count()).toBe(4);
    expect(await selfCheck.locator('fieldset .resume-says').count()).toBe(4);
    expect(await selfCheck.textContent()).not.toContain('--self-check');

    const plan = page.getByRole('region', { name: 'Learning plan' });
    expect(await plan.locator('ol.plan > li').count()).toBeGreaterThanOrEqual(1);
    expect(await plan.locator('ol.plan > li').first().locator('.steps > li').count()).toBeGreaterThanOrEqual(
      1,
    );

    const feedback = page.getByRole('region', { name: 'Resume feedback' });
    // "Syncing … with developers" is coordination in words the matcher does not read, so the
    // feedback offers the recognised term ("coordinating … with developers" it reads as it is).
    expect(await feedback.locator('.before').first().textContent()).toContain(
      'Responsible for syncing release sign-off',
    );
    expect(await feedback.locator('.after').first().textContent()).toContain(
      'Cross-functional coordination: synced release sign-off',
    );

    const listings = page.getByRole('region', { name: 'Best-fitting listings' });
    expect(await listings.getByTestId('disguised-note').textContent()).toContain(
      '2 listings that look like developer jobs were left out of these figures',
    );
    expect(await listings.locator('[data-listing="l2"] .listing-flag').textContent()).toBe(
      'Possibly a developer job titled TPM. 72% of the duties are hands-on coding.',
    );
    expect(await listings.locator('[data-listing="l3"] .listing-flag').textContent()).toContain(
      'Hybrid role',
    );
    expect(await listings.locator('[data-listing="l1"] .listing-flag').count()).toBe(0);
    await page.screenshot({ path: join(artifacts, 'report-career-switch.png'), fullPage: true });

    // Answering re-runs the analysis and turns the answer into a verdict.
    await selfCheck.locator('fieldset').first().getByLabel('Very much').check();
    await selfCheck.getByRole('button', { name: 'Combine my answers with the analysis' }).click();
    await page.locator('fieldset[data-dimension="technical-curiosity"] .verdict').waitFor();
    expect(
      await page
        .locator('fieldset[data-dimension="technical-curiosity"] input:checked')
        .getAttribute('value'),
    ).toBe('5');

    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.screenshot({ path: join(artifacts, 'report-career-switch-phone.png'), fullPage: true });
    await page.close();
  });

  it('says why the background it reads leads one that shows more strongly', async () => {
    const page = await newPage();
    await page.goto(`${base}/#/`);
    await page.locator('summary').click();
    await page.getByLabel('Resume text').fill(PRODUCT_MANAGER_AFTER_ENGINEERING);
    await page.getByRole('button', { name: 'Analyze pasted text' }).click();
    await page.locator('.score-number').waitFor();
    const background = page.getByRole('region', { name: 'Your background' });
    const lead = await background.locator('.lead').textContent();
    expect(lead).toContain('Product manager');
    expect(lead).toContain('It leads because it is the role you hold now');
    expect(await background.textContent()).toContain('Senior developer');
    await page.close();
  });

  it('keeps the matched words of a long quote in view, names the related skill a quote came through, and plans a requirement shown in part', async () => {
    const page = await newPage();
    await page.goto(`${base}/#/`);
    await page.locator('summary').click();
    await page.getByLabel('Resume text').fill(LONG_BULLET_RESUME);
    await page.getByRole('button', { name: 'Analyze pasted text' }).click();
    await page.locator('.score-number').waitFor();
    const risk = page.locator('tr[data-requirement="risk-management"] .evidence-list li').first();
    expect(await risk.locator('q').textContent()).toBe(
      '…in Leeds and the new site in Bradford over six months with three contractors, and kept a risk register of delays and costs for the board',
    );
    expect(await risk.locator('strong').textContent()).toBe('risk register');
    expect(await risk.locator('.via').count()).toBe(0);
    const agile = page.locator('tr[data-requirement="agile"] .evidence-list li').first();
    expect(await agile.textContent()).toContain('line 7: show it in what we read (via Daily stand-ups) ');
    // A requirement ticked in the breakdown is still in the plan, for the points it leaves.
    await page.getByRole('heading', { name: 'Learning plan', exact: true }).waitFor();
    const sdlc = page.locator('.plan > li', { hasText: 'Software development lifecycle' });
    expect(await sdlc.locator('.badge').textContent()).toBe('Shown in part');
    expect(await sdlc.locator('p.small').first().textContent()).toBe(
      '3.4 points to gain. Shown through Git (80% of it), so it earns part of its points.',
    );
    expect(await page.locator('tr[data-requirement="sdlc"] .badge').textContent()).toBe('Shown');
    await page.close();
  });

  it('fits a phone screen and is reachable by keyboard', async () => {
    const page = await newPage({ width: 390, height: 844 });
    await page.goto(`${base}/#/`);
    await page.getByLabel('Resume text').waitFor({ state: 'attached' });
    await page.locator('summary').click();
    await page.getByLabel('Resume text').fill(sampleText());
    await page.getByRole('button', { name: 'Analyze pasted text' }).click();
    await page.locator('.score-number').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.screenshot({ path: join(artifacts, 'report-phone.png'), fullPage: true });
    await page.goto(`${base}/#/about`);
    await page.reload();
    await page.getByRole('heading', { name: 'About rolefit' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });

  it('shows the attribution, the role guide, the market chart and a posting audit', async () => {
    const page = await newPage();
    await page.goto(`${base}/#/about`);
    const about = (await page.locator('main').textContent()) ?? '';
    expect(about).toContain(
      'O*NET 29.3 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA)',
    );
    expect(about).toContain('CC BY 4.0');
    expect(about).toContain('This service uses the ESCO classification of the European Commission.');
    await page.goto(`${base}/#/role`);
    await page.getByRole('heading', { name: 'Technical Project Manager: the role guide' }).waitFor();
    await page.goto(`${base}/#/market`);
    await page.locator('#market-demand-title').waitFor();
    await page.screenshot({ path: join(artifacts, 'market.png'), fullPage: true });
    await page.goto(`${base}/#/audit`);
    await page
      .getByLabel('Posting text')
      .fill(
        'Technical Project Manager\n\nYou will run sprint planning, track risks and dependencies across teams, and report status to stakeholders.',
      );
    await page.getByRole('button', { name: 'Audit pasted posting' }).click();
    await page.getByTestId('audit-verdict').waitFor();
    expect(await page.locator('#verdict-title').textContent()).toContain('Technical Project Manager');
    // The RACI draft is a table: roles across, activities down, one letter per cell.
    const raci = page.locator('table.raci');
    expect(await raci.locator('thead th').allTextContents()).toEqual([
      'Activity',
      'TPM',
      'Tech lead',
      'Developers',
      'QA',
      'Product',
    ]);
    const firstRow = await raci.locator('tbody tr').first().locator('td').allTextContents();
    expect(firstRow).toHaveLength(5);
    for (const cell of firstRow) expect(['', 'R', 'A', 'A/R', 'C', 'I']).toContain(cell);
    // The file picker shows as one button, not a native input beside it.
    expect(await page.locator('#posting-file').boundingBox()).toMatchObject({ width: 1, height: 1 });
    await page.screenshot({ path: join(artifacts, 'audit.png'), fullPage: true });
    await page.close();
  });

  it.each([
    { width: 1280, height: 900 },
    { width: 390, height: 844 },
  ])(
    'pages pass axe (no moderate, serious or critical problem) and their charts read at $width px',
    async (viewport) => {
      const pdf = join(artifacts, 'sample-resume.pdf');
      writeFileSync(pdf, sampleOnePagePdf());
      const found: Record<string, string[]> = {};
      const page = await newPage(viewport);
      const look = async (name: string) => {
        const problems = [...(await accessibilityProblems(page)), ...(await readingProblems(page))];
        if (problems.length > 0) found[`${name} at ${viewport.width} px`] = problems;
      };
      await page.goto(`${base}/#/`);
      await page.getByLabel('Resume file').waitFor({ state: 'attached' });
      await look('upload');
      await page.getByLabel('Resume file').setInputFiles(pdf);
      await page.locator('.score-number').waitFor();
      await look('analysis');
      const selfCheck = page.getByRole('region', { name: 'Fit self-check: is the job for you?' });
      for (const fieldset of await selfCheck.locator('fieldset').all())
        await fieldset.getByLabel('Very much').check();
      await selfCheck.getByRole('button', { name: 'Combine my answers with the analysis' }).click();
      await selfCheck.locator('.verdict').first().waitFor();
      await look('analysis with the self-check answered');

      await page.goto(`${base}/#/role`);
      await page.getByRole('heading', { name: 'Technical Project Manager: the role guide' }).waitFor();
      await look('role guide');
      await page.goto(`${base}/#/market`);
      await page.locator('#market-demand-title').waitFor();
      await look('market');
      await page.goto(`${base}/#/audit`);
      await page
        .getByLabel('Posting text')
        .fill(
          'Technical Project Manager\n\nYou will run sprint planning, track risks and dependencies across teams, and report status to stakeholders. Python scripting is a plus.',
        );
      await page.getByRole('button', { name: 'Audit pasted posting' }).click();
      await page.getByTestId('audit-verdict').waitFor();
      await look('audit');
      await page.goto(`${base}/#/about`);
      await page.getByRole('heading', { name: 'About rolefit' }).waitFor();
      await look('about');

      // Errors: a saved analysis that does not exist, and a file rolefit cannot read.
      await page.goto(`${base}/#/analysis/${'A'.repeat(24)}`);
      await page.getByRole('alert').waitFor();
      await look('a missing saved analysis');
      await page.goto(`${base}/#/`);
      await page.getByLabel('Resume file').setInputFiles({
        name: 'photo.png',
        mimeType: 'image/png',
        buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]),
      });
      await page.getByRole('alert').waitFor();
      await look('an unreadable file');
      await page.close();
      expect(found).toEqual({});
    },
    // Measured 96–197 s for one width on this 2-core machine under load (axe over whole reports).
    420_000,
  );
});
