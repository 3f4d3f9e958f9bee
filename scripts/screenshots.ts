/**
 * The pictures in docs/screenshots/: Chromium (test/chromium.ts) drives the built web app on a
 * real rolefit server, with an example resume, at 1280 px and on a 390 px phone.
 *
 *   npm run build && npx tsx scripts/screenshots.ts
 *
 * Each picture is one screen high, taken where the part it shows begins. When `pngquant` is
 * installed (apt-get install pngquant) the pictures are reduced to 64 colours, which keeps text
 * sharp and makes the files about a third of their size.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { buildServer } from '../src/server/app.ts';
import { testConfig } from '../src/server/config.ts';
import { launchChromium } from '../test/chromium.ts';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const out = join(root, 'docs', 'screenshots');
const RESUME = join(root, 'examples', 'resumes', 'qa-engineer.txt');
const POSTING = [
  'Technical Project Manager, Payments Platform',
  '',
  'You will plan and run delivery across four engineering teams: sprint planning, release trains,',
  'risk and dependency tracking, and status reporting to product and business stakeholders.',
  'You will work with tech leads on architecture trade-offs and keep the roadmap realistic.',
  'Experience with Jira, Agile and Scrum; a technical background (APIs, cloud services) is expected.',
  'Some Python scripting to automate release reports is a plus.',
].join('\n');

const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;

/** Scrolls so the element starts near the top of the screen, then takes the screen. */
async function shoot(page: Page, selector: string, file: string): Promise<string> {
  await page.locator(selector).first().waitFor();
  await page.evaluate((s) => {
    const el = document.querySelector(s);
    if (el) window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 12);
    // The page moves focus to the report's title; its outline is not part of the picture.
    (document.activeElement as HTMLElement | null)?.blur();
  }, selector);
  const path = join(out, file);
  await page.screenshot({ path });
  return path;
}

function hasPngquant(): boolean {
  try {
    execFileSync('pngquant', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const webDir = join(root, 'dist', 'web');
statSync(join(webDir, 'index.html')); // `npm run build` first
mkdirSync(out, { recursive: true });
const app = await buildServer({ config: testConfig({ webDir }), logger: false });
const base = await app.listen({ port: 0, host: '127.0.0.1' });
const browser = await launchChromium();
const taken: string[] = [];
try {
  for (const viewport of VIEWPORTS) {
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.goto(`${base}/#/`);
    await page.getByLabel('Resume file').setInputFiles({
      name: 'qa-engineer.txt',
      mimeType: 'text/plain',
      buffer: readFileSync(RESUME),
    });
    await page.locator('.score-number').waitFor();
    taken.push(await shoot(page, '#report-title', `analysis-${viewport.name}.png`));
    taken.push(await shoot(page, '#transition-title', `transition-${viewport.name}.png`));
    await page.goto(`${base}/#/market`);
    taken.push(await shoot(page, '#market-title', `market-${viewport.name}.png`));
    await page.goto(`${base}/#/audit`);
    await page.getByLabel('Posting text').fill(POSTING);
    await page.getByRole('button', { name: 'Audit pasted posting' }).click();
    taken.push(await shoot(page, '#verdict-title', `audit-${viewport.name}.png`));
    await context.close();
  }
} finally {
  await browser.close();
  await app.close();
}
const reduce = hasPngquant();
let total = 0;
for (const path of taken) {
  if (reduce) execFileSync('pngquant', ['--force', '--strip', '--output', path, '64', path]);
  const size = statSync(path).size;
  total += size;
  process.stdout.write(`${relative(root, path)}  ${Math.round(size / 1024)} KB\n`);
}
process.stdout.write(
  `${taken.length} pictures, ${Math.round(total / 1024)} KB${reduce ? '' : ' (install pngquant to make them smaller)'}\n`,
);
