import { join, resolve } from 'node:path';
import * as z from 'zod';
import { fail, type Issue, ok, type Result } from '../core/result.ts';
import { PACKAGE_ROOT } from '../package-root.ts';
import type { ReadHint } from '../readers/index.ts';
import { DEFAULT_OCR_LIMITS } from '../readers/ocr-limits.ts';

/** Where `npm run build` writes the web app (gitignored). */
export const DEFAULT_WEB_DIR = join(PACKAGE_ROOT, 'dist', 'web');

/** Server settings, parsed once from the environment at start-up. */
export interface ServerConfig {
  host: string;
  port: number;
  /** Bearer token for /api/admin/*; admin endpoints answer 404 when unset. */
  adminToken: string | undefined;
  /** Listing store (file path or postgres:// URL); unset, `rolefit serve` uses ~/.rolefit/rolefit.db as ingest does. */
  databaseUrl: string | undefined;
  /** Largest upload accepted, in bytes (resume or posting file). */
  maxUploadBytes: number;
  /** Requests per minute per client for the whole API. */
  rateLimitPerMinute: number;
  /** Analyses and audits per minute per client (they cost CPU). */
  analysisRateLimitPerMinute: number;
  /**
   * Analyses and audits one client may have running and waiting at once, and uploads being read
   * and waiting (each counted apart); beyond it the API answers 429 CLIENT_BUSY.
   */
  clientMaxTasks: number;
  /** How long a saved analysis is kept before it is deleted automatically. */
  savedTtlHours: number;
  /** Bytes all unexpired saved analyses may take together in the store; further saves are refused. */
  savedMaxBytes: number;
  /** Built web app to serve; undefined serves the API alone. */
  webDir: string | undefined;
  /** Trust X-Forwarded-For (behind a reverse proxy); off by default. */
  trustProxy: boolean;
  /** Log lines as JSON or short human lines; unset: human on a terminal, JSON otherwise. */
  logFormat: 'json' | 'pretty' | undefined;
  /** Analysis threads and parser processes idle this long end, giving their memory back. */
  workerIdleSeconds: number;
  /** Pages of an uploaded PDF that are images read by OCR at most; 0 turns OCR off. */
  ocrMaxPages: number;
}

const port = z.coerce.number().int().min(0).max(65_535);
const positive = z.coerce.number().int().positive();
const flag = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');

const envSchema = z.object({
  PORT: port.optional(),
  ROLEFIT_HOST: z.string().min(1).default('127.0.0.1'),
  ROLEFIT_ADMIN_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  ROLEFIT_DATABASE_URL: z.string().min(1).optional(),
  ROLEFIT_MAX_UPLOAD_MB: positive.max(25).default(10),
  ROLEFIT_RATE_LIMIT: positive.default(300),
  ROLEFIT_ANALYSIS_RATE_LIMIT: positive.default(30),
  ROLEFIT_CLIENT_MAX_TASKS: positive.max(1_000_000).default(4),
  ROLEFIT_SAVED_TTL_HOURS: positive.default(24 * 7),
  ROLEFIT_SAVED_MAX_MB: positive.max(1_000_000).default(256),
  ROLEFIT_WEB_DIR: z.string().min(1).optional(),
  ROLEFIT_TRUST_PROXY: flag.default(false),
  ROLEFIT_LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
  ROLEFIT_WORKER_IDLE_SECONDS: positive.max(86_400).default(30),
  ROLEFIT_OCR: flag.default(true),
  ROLEFIT_OCR_MAX_PAGES: z.coerce.number().int().min(0).max(20).default(DEFAULT_OCR_LIMITS.maxPages),
});

export const DEFAULT_PORT = 8080;

/** Overrides from the command line win over the environment. */
export interface ConfigOverrides {
  port?: number;
  host?: string;
}

/** Reads every setting at once; every problem is reported, none is thrown. */
export function loadServerConfig(
  env: Readonly<Record<string, string | undefined>>,
  overrides: ConfigOverrides = {},
): Result<Readonly<ServerConfig>, Issue[]> {
  // Empty variables count as unset, as shells often export VAR= by accident.
  const present = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''),
  );
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    return fail(
      parsed.error.issues.map((i) => ({
        code: 'INVALID_CONFIG',
        path: i.path.join('.'),
        message: `${i.path.join('.')}: ${i.message}`,
        hint: 'Fix or unset this environment variable; docs/web.md lists them.',
      })),
    );
  }
  const e = parsed.data;
  return ok(
    Object.freeze({
      host: overrides.host ?? e.ROLEFIT_HOST,
      port: overrides.port ?? e.PORT ?? DEFAULT_PORT,
      adminToken: e.ROLEFIT_ADMIN_TOKEN,
      databaseUrl: e.ROLEFIT_DATABASE_URL,
      maxUploadBytes: e.ROLEFIT_MAX_UPLOAD_MB * 1024 * 1024,
      rateLimitPerMinute: e.ROLEFIT_RATE_LIMIT,
      analysisRateLimitPerMinute: e.ROLEFIT_ANALYSIS_RATE_LIMIT,
      clientMaxTasks: e.ROLEFIT_CLIENT_MAX_TASKS,
      savedTtlHours: e.ROLEFIT_SAVED_TTL_HOURS,
      savedMaxBytes: e.ROLEFIT_SAVED_MAX_MB * 1024 * 1024,
      webDir: e.ROLEFIT_WEB_DIR === undefined ? DEFAULT_WEB_DIR : resolve(e.ROLEFIT_WEB_DIR),
      trustProxy: e.ROLEFIT_TRUST_PROXY,
      logFormat: e.ROLEFIT_LOG_FORMAT,
      workerIdleSeconds: e.ROLEFIT_WORKER_IDLE_SECONDS,
      ocrMaxPages: e.ROLEFIT_OCR ? e.ROLEFIT_OCR_MAX_PAGES : 0,
    }),
  );
}

/** How uploads are read as the settings say: OCR of scanned pages within the page cap, or none. */
export const ocrHint = (config: Pick<ServerConfig, 'ocrMaxPages'>): Pick<ReadHint, 'ocr'> => ({
  ocr: config.ocrMaxPages > 0 ? { maxPages: config.ocrMaxPages } : false,
});

/** Settings for tests and embedding: laptop defaults, no web app, no store. */
export function testConfig(overrides: Partial<ServerConfig> = {}): Readonly<ServerConfig> {
  return Object.freeze({
    host: '127.0.0.1',
    port: 0,
    adminToken: undefined,
    databaseUrl: undefined,
    maxUploadBytes: 10 * 1024 * 1024,
    rateLimitPerMinute: 1000,
    analysisRateLimitPerMinute: 1000,
    clientMaxTasks: 4,
    savedTtlHours: 24,
    savedMaxBytes: 64 * 1024 * 1024,
    webDir: undefined,
    trustProxy: false,
    logFormat: undefined,
    workerIdleSeconds: 30,
    ocrMaxPages: DEFAULT_OCR_LIMITS.maxPages,
    ...overrides,
  });
}

export const webIndex = (webDir: string): string => join(webDir, 'index.html');
