// Issue 7: analyses per second and latency of POST /api/analyses (JSON text resume) at 32
// concurrent connections on loopback. Bounded: stops after REQUESTS requests or MAX_SECONDS.
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { buildServer } from '../src/server/app.ts';
import { testConfig } from '../src/server/config.ts';
import type { BenchContext } from './run.ts';

const CONCURRENCY = 32;
const REQUESTS = 4000;
const WARMUP = 200;
const MAX_SECONDS = 60;

function post(agent: Agent, port: number, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/api/analyses',
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          connection: 'keep-alive',
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

export default async function bench(_ctx: BenchContext): Promise<void> {
  const text = readFileSync(new URL('../examples/resumes/java-developer.txt', import.meta.url), 'utf8');
  const body = JSON.stringify({ text });
  const app = await buildServer({
    // One client on 32 connections: the per-client limits would measure refusals, not analyses.
    config: testConfig({ rateLimitPerMinute: 1e9, analysisRateLimitPerMinute: 1e9, clientMaxTasks: 1e9 }),
    logger: false,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  // 32 kept-alive connections, each with one request in flight.
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  try {
    const run = async (total: number) => {
      const latencies: number[] = [];
      let sent = 0;
      let failed = 0;
      const deadline = performance.now() + MAX_SECONDS * 1000;
      const worker = async () => {
        while (sent < total && performance.now() < deadline) {
          sent++;
          const t = performance.now();
          const status = await post(agent, port, body);
          latencies.push(performance.now() - t);
          if (status !== 200) failed++;
        }
      };
      const start = performance.now();
      await Promise.all(Array.from({ length: CONCURRENCY }, worker));
      return {
        seconds: (performance.now() - start) / 1000,
        latencies: latencies.sort((a, b) => a - b),
        failed,
      };
    };
    await run(WARMUP);
    const { seconds, latencies, failed } = await run(REQUESTS);
    console.log(
      `resume: examples/resumes/java-developer.txt (${Buffer.byteLength(text)} bytes), ${CONCURRENCY} concurrent keep-alive connections, loopback`,
    );
    console.log(`requests: ${latencies.length} in ${seconds.toFixed(2)} s (${failed} failed)`);
    // Only answered analyses count: a server that fails fast must not look faster.
    console.log(
      `throughput: ${((latencies.length - failed) / seconds).toFixed(0)} analyses/s (successful only)`,
    );
    console.log(
      `latency ms: p50 ${quantile(latencies, 0.5).toFixed(1)}  p90 ${quantile(latencies, 0.9).toFixed(1)}  p99 ${quantile(latencies, 0.99).toFixed(1)}  max ${latencies.at(-1)!.toFixed(1)}`,
    );
  } finally {
    agent.destroy();
    await app.close();
  }
}
