// Drives Debian's Chromium through playwright-core against the built web app and the real server.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeResume } from '../../src/core/analysis/analyze.ts';
import { bundledTaxonomy, findRole } from '../../src/data/bundled.ts';
import { readDocument } from '../../src/readers/index.ts';
import { buildServer } from '../../src/server/app.ts';
import { testConfig } from '../../src/server/config.ts';
import { sampleOnePagePdf, sampleText } from '../fixtures/sample-resume.ts';

const CHROMIUM = '/usr/bin/chromium';
const root = resolve(import.meta.dirname, '..', '..');
const artifacts = join(root, 'test-artifacts');
const webDir = join(root, '.tmp', 'e2e-web-dist');

let app: FastifyInstance;
let browser: Browser;
let base: string;

async function expectedScore(bytes: Uint8Array, filename: string): Promise<number> {
  const read = await readDocument(bytes, { filename });
  if (!read.ok) throw new Error(read.error.message);
  return analyzeResume({
    document: read.value,
    role: findRole('technical-project-manager')!,
    taxonomy: bundledTaxonomy(),
  }).score;
}

async function newPage(viewport = { width: 1280, height: 900 }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  return page;
}

describe.skipIf(!existsSync(CHROMIUM))('web app in Chromium', () => {
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
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    });
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
    expect(await page.locator('table.breakdown tbody tr').count()).toBe(
      findRole('technical-project-manager')!.requirements.length,
    );
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
    await page.evaluate(() =>
      window.scrollTo(0, (document.getElementById('report-title')?.offsetTop ?? 0) - 16),
    );
    // The README's picture is refreshed on request only, so a test run leaves the tree clean.
    if (process.env.ROLEFIT_UPDATE_SCREENSHOT)
      await page.screenshot({ path: join(root, 'docs', 'screenshot.png') });
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
    await page.screenshot({ path: join(artifacts, 'audit.png'), fullPage: true });
    await page.close();
  });
});
