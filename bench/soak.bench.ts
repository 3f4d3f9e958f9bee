// Issue 12: a soak test. Mixed valid and hostile traffic against a live `rolefit serve` (dist/, a
// process of its own) from 16 connections at once for 10 minutes; `npm run bench -- soak --seconds
// 90` for a short run. Reports 5xx answers to valid requests (target 0), throughput, the
// server's resident memory over time (target: flat, first window against the last), and its
// memory once the traffic stops (idle workers end after 30 s; V8 shrinks an idle heap later).
// Each of the 16 clients sends its valid requests from an address of its own (127.0.1.N) and its
// hostile ones from one of two attackers' (127.0.0.2 and .3): the server schedules work per client
// (its address) and caps each client at its default, so this measures what a valid user waits
// behind attackers. --one-address sends everything from 127.0.0.1, as before (with the cap lifted).
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '../eval/hostile/corpus.ts';
import { descendants, exchange, quantile, rssKb, watchQuiet } from '../eval/hostile/measure.ts';
import { jsonRequest, rawRequest, uploadRequest } from '../eval/hostile/requests.ts';
import { copyPackage, startServer } from '../eval/hostile/server.ts';
import { buildDist } from '../scripts/build.ts';
import { DEFAULT_WORK_LIMITS } from '../src/server/work.ts';
import { makeDocx } from '../test/fixtures/make-docx.ts';
import { makePdf } from '../test/fixtures/make-pdf.ts';
import type { BenchContext } from './run.ts';

const CONNECTIONS = 16;
/** Share of requests that are hostile. */
const HOSTILE_SHARE = 0.3;
const ATTACKERS = ['127.0.0.2', '127.0.0.3'];
const oneAddress = process.argv.includes('--one-address');

function secondsWanted(): number {
  const at = process.argv.indexOf('--seconds');
  const given = at >= 0 ? Number(process.argv[at + 1]) : Number(process.env.ROLEFIT_SOAK_SECONDS ?? 600);
  return Number.isFinite(given) && given > 0 ? given : 600;
}

/** Seeded, so two runs send the same mix. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    return state / 0x80000000;
  };
}

function validRequests(): Array<{ name: string; bytes: Buffer }> {
  const example = (name: string) =>
    readFileSync(new URL(`../examples/resumes/${name}`, import.meta.url), 'utf8');
  const posting =
    'Technical Project Manager\nYou will lead delivery across engineering teams, own the roadmap, manage risks and dependencies, and report status to stakeholders.\nRequirements: 5+ years of program management, Jira, Agile, cloud infrastructure.';
  return [
    { name: 'analysis (JSON)', bytes: jsonRequest('/api/analyses', { text: example('java-developer.txt') }) },
    { name: 'analysis (JSON)', bytes: jsonRequest('/api/analyses', { text: example('qa-engineer.txt') }) },
    {
      name: 'analysis (Markdown)',
      bytes: jsonRequest('/api/analyses', { text: example('scrum-master.md'), format: 'markdown' }),
    },
    {
      name: 'analysis (PDF upload)',
      bytes: uploadRequest(
        '/api/analyses',
        'resume.pdf',
        makePdf([
          {
            texts: example('qa-engineer.txt')
              .split('\n')
              .slice(0, 40)
              .map((text, i) => ({ x: 50, y: 760 - i * 16, text })),
          },
        ]),
      ),
    },
    {
      name: 'analysis (DOCX upload)',
      bytes: uploadRequest(
        '/api/analyses',
        'resume.docx',
        makeDocx(
          example('java-developer.txt')
            .split('\n')
            .map((paragraph) => ({ paragraph })),
        ),
      ),
    },
    { name: 'audit (JSON)', bytes: jsonRequest('/api/audits', { text: posting }) },
    { name: 'role guide', bytes: rawRequest('GET', '/api/roles/technical-project-manager') },
  ];
}

export default async function bench(_ctx: BenchContext): Promise<void> {
  const seconds = secondsWanted();
  await buildDist({ ifStale: true, web: false });
  const dir = mkdtempSync(join(tmpdir(), 'rolefit-soak-'));
  const home = join(dir, 'home');
  mkdirSync(home);
  const valid = validRequests();
  // Every single-request input of the hostile corpus; the bursts are the clients' own concurrency here.
  const hostile = generateCorpus(join(dir, 'corpus'))
    .http.filter((c) => c.requests.length === 1)
    .map((c) => ({ name: c.name, bytes: c.requests[0]! }));
  // The server's own cap per client; from one address every request is one client's, so it is lifted then.
  const server = await startServer(
    home,
    copyPackage(join(dir, 'rolefit')),
    oneAddress ? {} : { ROLEFIT_CLIENT_MAX_TASKS: String(DEFAULT_WORK_LIMITS.maxPerClient) },
  );
  try {
    const started = performance.now();
    const deadline = started + seconds * 1000;
    const memory: Array<{ at: number; ownKb: number; treeKb: number }> = [];
    const sampleMemory = () => {
      const ownKb = rssKb(server.pid);
      const treeKb = ownKb + descendants(server.pid).reduce((sum, p) => sum + rssKb(p), 0);
      memory.push({ at: (performance.now() - started) / 1000, ownKb, treeKb });
    };
    sampleMemory();
    const sampler = setInterval(sampleMemory, 1000);
    const latencies: number[] = [];
    const latenciesByKind = new Map<string, number[]>();
    let validCount = 0;
    let hostileCount = 0;
    const validStatuses = new Map<string, number>();
    const hostileStatuses = new Map<string, number>();
    const valid5xx: string[] = [];
    const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
    const client = async (seed: number) => {
      const next = random(seed);
      while (performance.now() < deadline && !server.exited()) {
        const isHostile = next() < HOSTILE_SHARE;
        const pool = isHostile ? hostile : valid;
        const pick = pool[Math.floor(next() * pool.length)]!;
        const from = oneAddress
          ? undefined
          : isHostile
            ? ATTACKERS[seed % ATTACKERS.length]
            : `127.0.1.${seed}`;
        const x = await exchange(server.port, pick.bytes, 30_000, from);
        const status = x.timedOut ? 'no answer' : String(x.answer.status || 'closed');
        if (isHostile) {
          hostileCount++;
          count(hostileStatuses, status);
        } else {
          validCount++;
          latencies.push(x.ms);
          latenciesByKind.set(pick.name, [...(latenciesByKind.get(pick.name) ?? []), x.ms]);
          count(validStatuses, status);
          if (x.answer.status >= 500 || x.answer.status === 0 || x.answer.status === 429)
            valid5xx.push(`${pick.name}: ${status} ${x.answer.body.slice(0, 120)}`);
        }
      }
    };
    await Promise.all(Array.from({ length: CONNECTIONS }, (_, i) => client(i + 1)));
    clearInterval(sampler);
    sampleMemory();
    const elapsed = (performance.now() - started) / 1000;
    const window = Math.min(60, elapsed / 4);
    const inWindow = (from: number, to: number) =>
      memory.filter((m) => m.at >= from && m.at <= to).map((m) => m.ownKb / 1024);
    const median = (values: number[]) => quantile(values, 0.5);
    const first = inWindow(0, window);
    const last = inWindow(elapsed - window, elapsed);
    const format = (map: Map<string, number>) =>
      [...map]
        .sort((a, b) => b[1] - a[1])
        .map(([k, v]) => `${k} ×${v}`)
        .join(', ');

    console.log(
      `${CONNECTIONS} connections (a new one per request, Connection: close), ${Math.round(HOSTILE_SHARE * 100)}% hostile requests drawn from ${hostile.length} inputs of the hostile corpus, valid ones from ${valid.length} kinds; ${oneAddress ? 'all from 127.0.0.1, no cap per client' : `valid from one address per connection, hostile from ${ATTACKERS.length} attackers' addresses, ${DEFAULT_WORK_LIMITS.maxPerClient} tasks per client`}; server: dist/rolefit.js serve in its own process, SQLite store, no rate limit`,
    );
    console.log(`duration: ${elapsed.toFixed(0)} s${server.exited() ? ' (THE SERVER EXITED)' : ''}`);
    console.log(
      `valid requests: ${validCount} (${(validCount / elapsed).toFixed(1)}/s), answers: ${format(validStatuses)}`,
    );
    console.log(
      `valid latency ms: p50 ${quantile(latencies, 0.5).toFixed(0)}  p90 ${quantile(latencies, 0.9).toFixed(0)}  p99 ${quantile(latencies, 0.99).toFixed(0)}  max ${Math.max(0, ...latencies).toFixed(0)}`,
    );
    for (const [kind, ms] of latenciesByKind) {
      console.log(
        `  ${kind}: ${ms.length}, p50 ${quantile(ms, 0.5).toFixed(0)}  p99 ${quantile(ms, 0.99).toFixed(0)}  max ${Math.max(...ms).toFixed(0)} ms`,
      );
    }
    console.log(`5xx, 429 or no answer for valid requests: ${valid5xx.length} (target 0)`);
    for (const v of valid5xx.slice(0, 10)) console.log(`  ${v}`);
    console.log(
      `hostile requests: ${hostileCount} (${(hostileCount / elapsed).toFixed(1)}/s), answers: ${format(hostileStatuses)}`,
    );
    console.log(
      `server RSS MB (own), median of the first ${window.toFixed(0)} s: ${median(first).toFixed(0)}, of the last ${window.toFixed(0)} s: ${median(last).toFixed(0)} (ratio ${(median(last) / median(first)).toFixed(2)}); peak ${Math.max(...memory.map((m) => m.ownKb / 1024)).toFixed(0)}; with parser processes peak ${Math.max(...memory.map((m) => m.treeKb / 1024)).toFixed(0)}`,
    );
    const step = Math.max(1, Math.round(elapsed / 10));
    const timeline: string[] = [];
    for (let t = 0; t <= elapsed; t += step) {
      const near = memory.find((m) => m.at >= t);
      if (near) timeline.push(`${t}s ${(near.ownKb / 1024).toFixed(0)}`);
    }
    console.log(`server RSS MB over time: ${timeline.join(' · ')}`);
    // Back within 25% of the first window once quiet, as the hostile eval asks after its suite.
    const quiet = await watchQuiet(server.pid, { backBelowKb: median(first) * 1024 * 1.25, seconds: 150 });
    console.log(
      `once quiet: lowest ${(quiet.lowestKb / 1024).toFixed(0)} MB (×${(quiet.lowestKb / 1024 / median(first)).toFixed(2)} the first window), ${quiet.backAfterS < 0 ? 'not within ×1.25 in 150 s' : `within ×1.25 after ${quiet.backAfterS} s`}, ${quiet.parsers} parser processes left; by second: ${quiet.timeline}`,
    );
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
