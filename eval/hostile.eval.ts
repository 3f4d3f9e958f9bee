// Issue 12: the hostile corpus (eval/hostile/corpus.ts, generated into a temporary folder) against
// the installed program: every file through `rolefit` as a child process (peak memory of it and its
// parser process), then every file and malformed request against a live `rolefit serve`, with
// /api/health probed throughout. Needs nothing from ../shared; `npm run eval -- hostile`.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildDist } from '../scripts/build.ts';
import { type CliCase, generateCorpus, type HttpCase } from './hostile/corpus.ts';
import {
  type CommandRun,
  type Exchange,
  exchange,
  HealthProbe,
  MemorySampler,
  mallocHeapKb,
  quantile,
  rssKb,
  runCommand,
  STACK_FRAME,
  treeKb,
  watchQuiet,
} from './hostile/measure.ts';
import type { RawAnswer } from './hostile/requests.ts';
import { copyPackage, type Server, startServer } from './hostile/server.ts';
import type { Evaluation } from './types.ts';

const root = resolve(import.meta.dirname, '..');

/** Targets of issue 12. */
const ANSWER_WITHIN_MS = 10_000;
const HEALTH_P99_MS = 200;
const CLI_PEAK_MB = 512;
const RSS_BACK_WITHIN = 1.25;
/**
 * How long the quiet server is watched after the suite. Its idle analysis threads and parser
 * processes end after 30 s (ROLEFIT_WORKER_IDLE_SECONDS); V8 shrinks an idle main thread's heap
 * only after about 100 s without a collection. The watch ends early once memory is back.
 */
const QUIET_WATCH_S = 150;

/** Files a zip-slip entry would write if an archive were extracted to disk. */
const ZIP_SLIP_TARGETS = [
  'rolefit-zip-slip.txt',
  'rolefit-zip-slip-absolute.txt',
  'rolefit-zip-slip-export.csv',
].flatMap((name) => [join('/tmp', name), join(root, name)]);

interface Row {
  where: 'cli' | 'http';
  name: string;
  outcome: string;
  ms: number;
  peakMb: number;
  /** Health-probe latencies while the input ran (server only). */
  health?: number[];
  problems: string[];
  crashed: boolean;
  late: boolean;
  /** The start of what was printed or answered, shown for a row with problems. */
  detail: string;
}

/** Control characters as `\u001b` escapes, so the report itself is safe to print. */
const printable = (s: string): string =>
  s.replace(/[\p{Cc}]/gu, (c) =>
    c === '\n' ? ' ⏎ ' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

const cliOutcome = (run: CommandRun): string => {
  if (run.timedOut) return 'no answer (killed)';
  if (run.signal) return `killed by ${run.signal}`;
  if (run.code === 0) return 'ok';
  const code = /\[([A-Z][A-Z_]+)\]\s*$/.exec(run.stderr.trimEnd())?.[1];
  return code ?? `exit ${run.code}`;
};

const httpOutcome = (x: Exchange): string => {
  if (x.timedOut) return 'no answer (timed out)';
  const { status, body } = x.answer;
  if (status === 0) return `no answer${x.error ? ` (${x.error})` : ''}`;
  if (status >= 200 && status < 300) return 'ok';
  try {
    const code = (JSON.parse(body) as { error?: { code?: string } }).error?.code;
    if (code) return code;
  } catch {
    // Not the error envelope: the status stands for it.
  }
  return String(status);
};

function runCli(bin: string, c: CliCase, env: NodeJS.ProcessEnv, timeFile: string): Promise<Row> {
  return runCommand([bin, ...c.args], { env, timeoutMs: 30_000, timeFile }).then((run) => {
    const outcome = c.outcome && !run.timedOut && !run.signal ? c.outcome(run) : cliOutcome(run);
    const problems: string[] = [];
    if (STACK_FRAME.test(run.stdout) || STACK_FRAME.test(run.stderr)) problems.push('stack trace');
    if (!c.expect.includes(outcome)) problems.push(`expected ${c.expect.join(' or ')}`);
    const found = c.check?.(run);
    if (found) problems.push(found);
    const crashed =
      run.signal !== null || (run.code !== null && ![0, 1, 2].includes(run.code)) || outcome === 'INTERNAL';
    if (crashed) problems.push('crash');
    return {
      where: 'cli',
      name: c.name,
      outcome,
      ms: run.ms,
      peakMb: run.peakMb,
      problems,
      crashed,
      late: run.ms > ANSWER_WITHIN_MS || run.timedOut,
      detail: printable(`${run.stderr.slice(0, 400)} | ${run.stdout.slice(0, 200)}`),
    };
  });
}

async function runHttp(
  c: HttpCase,
  server: Server,
  index: number,
  probe: HealthProbe,
): Promise<Row & { answers: RawAnswer[] }> {
  const sampler = new MemorySampler(server.pid).start();
  probe.input = index;
  const started = performance.now();
  const exchanges = await Promise.all(c.requests.map((bytes) => exchange(server.port, bytes, 15_000)));
  const ms = performance.now() - started;
  probe.input = -1;
  sampler.stop();
  const outcomes = exchanges.map(httpOutcome);
  const problems: string[] = [];
  const answers = exchanges.map((x) => x.answer);
  if (answers.some((a) => STACK_FRAME.test(a.body))) problems.push('stack trace');
  const unexpected = [...new Set(outcomes.filter((o) => !c.expect.includes(o)))];
  if (unexpected.length > 0) problems.push(`expected ${c.expect.join(' or ')}`);
  const found = c.check?.(answers);
  if (found) problems.push(found);
  const crashed =
    server.exited() || answers.some((a) => a.status >= 500 && a.status !== 503 && a.status !== 507);
  if (crashed) problems.push(server.exited() ? 'the server exited' : 'a 5xx answer');
  const counts = new Map<string, number>();
  for (const o of outcomes) counts.set(o, (counts.get(o) ?? 0) + 1);
  const outcome = [...counts].map(([o, n]) => (n > 1 ? `${n}× ${o}` : o)).join(', ');
  return {
    where: 'http',
    name: c.name,
    outcome,
    ms,
    // The server and its parser processes together.
    peakMb: Math.round(sampler.peakTreeKb / 1024),
    health: probe.samples.filter((s) => s.input === index).map((s) => s.ms),
    problems,
    crashed,
    late: exchanges.some((x) => x.timedOut || x.answer.status === 0 || x.ms > ANSWER_WITHIN_MS),
    answers,
    detail: printable(answers.map((a) => `${a.status} ${a.body.slice(0, 200)}`).join(' | ')),
  };
}

const evaluate: Evaluation = async () => {
  const started = performance.now();
  // The live server serves the web app too: dist/web must exist (built once, then only when stale).
  await buildDist({ ifStale: true, web: true });
  const dir = mkdtempSync(join(tmpdir(), 'rolefit-hostile-'));
  const home = join(dir, 'home');
  mkdirSync(home);
  for (const target of ZIP_SLIP_TARGETS) rmSync(target, { force: true });
  try {
    const bin = copyPackage(join(dir, 'rolefit'));
    const corpus = generateCorpus(join(dir, 'corpus'));
    const generatedIn = (performance.now() - started) / 1000;
    const rows: Row[] = [];

    // ------------------------------------------------------------------- the CLI
    const cliEnv = { ...process.env, HOME: home, ROLEFIT_DATABASE_URL: '' };
    for (const c of corpus.cli) rows.push(await runCli(bin, c, cliEnv, join(dir, 'time.txt')));

    // ----------------------------------------------------------------- the server
    const server = await startServer(home, bin);
    const probe = new HealthProbe(server.port);
    // Warm-up: an analysis, an audit and a PDF upload start the analysis threads and a parser process.
    const { jsonRequest, uploadRequest } = await import('./hostile/requests.ts');
    const { makePdf } = await import('../test/fixtures/make-pdf.ts');
    const warm = [
      jsonRequest('/api/analyses', {
        text: 'Project Manager\nLed releases with Jira and Confluence across 4 teams.',
      }),
      jsonRequest('/api/audits', { text: 'Technical Project Manager. Own the roadmap and manage risks.' }),
      uploadRequest(
        '/api/analyses',
        'r.pdf',
        makePdf([{ texts: [{ x: 72, y: 700, text: 'Project Manager, Jira' }] }]),
      ),
    ];
    for (let round = 0; round < 3; round++) for (const w of warm) await exchange(server.port, w, 30_000);
    await new Promise((r) => setTimeout(r, 2_000));
    const baselineKb = rssKb(server.pid);
    const baselineTreeKb = treeKb(server.pid);
    const baselineMallocKb = mallocHeapKb(server.pid);
    probe.start();
    const httpRows: Array<Row & { answers: RawAnswer[] }> = [];
    const serverSampler = new MemorySampler(server.pid).start();
    for (const [i, c] of corpus.http.entries()) {
      const row = await runHttp(c, server, i, probe);
      httpRows.push(row);
      rows.push(row);
      if (server.exited()) break;
    }
    await probe.stop();
    serverSampler.stop();
    const quiet = await watchQuiet(server.pid, {
      backBelowKb: baselineKb * RSS_BACK_WITHIN,
      seconds: QUIET_WATCH_S,
    });
    const afterKb = quiet.lowestKb;
    const savedId = (() => {
      const saved = httpRows.find((r) => r.name === 'save an analysis')?.answers[0]?.body;
      try {
        return (JSON.parse(saved ?? '{}') as { saved?: { id?: string } }).saved?.id;
      } catch {
        return undefined;
      }
    })();
    const stopped = await server.stop();
    const log = server.output();

    // ------------------------------------------------------------------- figures
    const health = rows.flatMap((r) => r.health ?? []);
    const cliRows = rows.filter((r) => r.where === 'cli');
    const serverStacks = STACK_FRAME.test(log.stdout) || STACK_FRAME.test(log.stderr) ? 1 : 0;
    const zipSlipWritten = ZIP_SLIP_TARGETS.filter((t) => existsSync(t)).length;
    const figures: Record<string, number> = {
      inputs: corpus.cli.length + corpus.http.length,
      'CLI inputs': corpus.cli.length,
      'HTTP inputs': corpus.http.length,
      'HTTP requests': corpus.http.reduce((n, c) => n + c.requests.length, 0),
      'stack traces': rows.filter((r) => r.problems.includes('stack trace')).length + serverStacks,
      crashes: rows.filter((r) => r.crashed).length,
      'inputs not answered within 10 s': rows.filter((r) => r.late).length,
      'unexpected answers': rows.filter((r) => r.problems.some((p) => p.startsWith('expected'))).length,
      'output problems (escapes, raw HTML, XXE)': rows.filter((r) =>
        r.problems.some(
          (p) =>
            !p.startsWith('expected') &&
            !['stack trace', 'crash', 'a 5xx answer', 'the server exited'].includes(p),
        ),
      ).length,
      'slowest answer s': Math.max(...rows.map((r) => r.ms)) / 1000,
      'health probes': health.length,
      'health p50 ms': quantile(health, 0.5),
      'health p99 ms': quantile(health, 0.99),
      'health max ms': Math.max(0, ...health),
      'CLI peak MB': Math.max(...cliRows.map((r) => r.peakMb)),
      'server RSS baseline MB': Math.round(baselineKb / 1024),
      'server RSS peak MB (own)': Math.round(serverSampler.peakOwnKb / 1024),
      'server and parsers peak MB': Math.round(serverSampler.peakTreeKb / 1024),
      'server RSS after MB': Math.round(afterKb / 1024),
      'server RSS after / baseline': afterKb / Math.max(1, baselineKb),
      's of quiet until RSS within ×1.25': quiet.backAfterS,
      'server and parsers baseline MB': Math.round(baselineTreeKb / 1024),
      'server and parsers after MB': Math.round(quiet.treeKb / 1024),
      'server and parsers after / baseline': quiet.treeKb / Math.max(1, baselineTreeKb),
      'parser processes left after quiet': quiet.parsers,
      'server malloc heap baseline MB': Math.round(baselineMallocKb / 1024),
      'server malloc heap after MB': Math.round(quiet.mallocKb / 1024),
      'saved ids in the log':
        savedId !== undefined && log.stdout.includes(savedId) ? 1 : savedId === undefined ? -1 : 0,
      'zip-slip files written': zipSlipWritten,
      'server stopped on SIGTERM': stopped ? 1 : 0,
    };

    // ------------------------------------------------------------------- report
    const pad = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n));
    const lines = [
      `Corpus: ${corpus.files} files, ${(corpus.bytes / 1024 / 1024).toFixed(1)} MB, generated in ${generatedIn.toFixed(1)} s (build included) into a temporary folder; ${corpus.cli.length} CLI runs of dist/rolefit.js, ${corpus.http.length} HTTP inputs (${figures['HTTP requests']} requests) against rolefit serve.`,
      "CLI peak: the highest of /usr/bin/time's maxRSS and the sampled sum of the command and its parser process. HTTP peak: the server and its parser processes. health: /api/health latency while the input ran (p99 / max ms).",
      '',
      `${pad('where', 5)} ${pad('input', 52)} ${pad('outcome', 34)} ${'ms'.padStart(6)} ${'MB'.padStart(5)} ${'health'.padStart(11)}  problems`,
    ];
    for (const r of rows) {
      const h =
        r.health && r.health.length > 0
          ? `${quantile(r.health, 0.99).toFixed(0)}/${Math.max(...r.health).toFixed(0)}`
          : '';
      lines.push(
        `${pad(r.where, 5)} ${pad(r.name, 52)} ${pad(r.outcome, 34)} ${r.ms.toFixed(0).padStart(6)} ${String(r.peakMb).padStart(5)} ${h.padStart(11)}  ${r.problems.join('; ')}`,
      );
      if (r.problems.length > 0) lines.push(`      ↳ ${r.detail.slice(0, 300)}`);
    }
    if (savedId === undefined)
      lines.push('', 'note: the saved analysis returned no id, so the log could not be checked for it.');
    lines.push(
      '',
      `Server memory once quiet (own RSS, MB, by second; baseline ${Math.round(baselineKb / 1024)} MB after warm-up): ${quiet.timeline}`,
    );
    // Time and latency depend on the machine's load: they are issue 12's targets, printed here
    // and measured in benchmarks (npm run bench -- soak), not floors of this eval.
    // The server's own memory once quiet also depends on glibc's allocator: its heap keeps 15–25 MB
    // of the accepted uploads' copies (25–39 MB before bodies were collected as they are read),
    // ×1.07–1.15 measured against the target's ×1.25 (docs/benchmarks.md).
    const targets: Array<[string, number, number]> = [
      ['inputs not answered within 10 s', figures['inputs not answered within 10 s'] ?? Number.NaN, 0],
      ['health p99 ms', figures['health p99 ms'] ?? Number.NaN, HEALTH_P99_MS],
      ['server RSS after / baseline', figures['server RSS after / baseline'] ?? Number.NaN, RSS_BACK_WITHIN],
    ];
    lines.push('', 'Targets of issue 12 that depend on load or the allocator, not floors:');
    for (const [name, value, target] of targets)
      lines.push(
        `  ${name} = ${Number.isInteger(value) ? value : value.toFixed(2)} (target ≤ ${target}: ${value <= target ? 'met' : 'not met'})`,
      );
    return {
      name: 'Hostile corpus: CLI and live server (issue 12)',
      report: lines.join('\n'),
      figures,
      floors: [
        { figure: 'inputs', min: 60, why: 'issue 12: at least 60 hostile inputs' },
        { figure: 'stack traces', max: 0, why: 'issue 12: no stack trace in any output' },
        {
          figure: 'crashes',
          max: 0,
          why: 'issue 12: no crash (signal, exit code, INTERNAL, 5xx, server exit)',
        },
        { figure: 'CLI peak MB', max: CLI_PEAK_MB, why: 'issue 12: ≤ 512 MB for any CLI run' },
        {
          figure: 'server and parsers after / baseline',
          max: 1,
          why: `once quiet (${QUIET_WATCH_S} s at most), the server with its parser processes holds no more than after warm-up: idle workers end (ROLEFIT_WORKER_IDLE_SECONDS)`,
        },
        {
          figure: 'parser processes left after quiet',
          max: 0,
          why: 'idle parser processes end, giving all their memory back',
        },
        {
          figure: 'unexpected answers',
          max: 0,
          why: 'every input gets one of the documented answers listed for it',
        },
        {
          figure: 'output problems (escapes, raw HTML, XXE)',
          max: 0,
          why: 'no escape sequence, raw resume HTML or local file in any output',
        },
        {
          figure: 'saved ids in the log',
          min: 0,
          max: 0,
          why: 'issue 12: a saved analysis id is the key to a resume; never logged',
        },
        { figure: 'zip-slip files written', max: 0, why: 'no archive entry is written outside its place' },
        { figure: 'server stopped on SIGTERM', min: 1, why: 'a server that handled the corpus still stops' },
      ],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

export default evaluate;
