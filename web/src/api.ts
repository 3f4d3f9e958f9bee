// Calls to the rolefit HTTP API. Only server mode uses the analysis endpoints.
import type { AnalysisReport } from '../../src/core/analysis/report.ts';

export interface ReadText {
  format: string;
  text: string;
  warnings: string[];
}

export interface AnalysisResult {
  report: AnalysisReport;
  document: ReadText;
  saved: { id: string; url: string; expiresAt: string } | null;
}

export interface ApiError {
  code: string;
  message: string;
  hint?: string;
}

export class ApiFailure extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
  }
}

async function parse<T>(res: Response): Promise<T> {
  const body = (await res.json().catch(() => undefined)) as { error?: ApiError } | undefined;
  if (!res.ok) {
    throw new ApiFailure(
      body?.error ?? { code: 'NETWORK', message: `the server answered ${res.status}.`, hint: 'Try again.' },
    );
  }
  return body as T;
}

export async function getJson<T>(url: string): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, { headers: { accept: 'application/json' } });
  } catch {
    throw new ApiFailure({
      code: 'NETWORK',
      message: 'the rolefit server cannot be reached.',
      hint: 'Check that it is running.',
    });
  }
  return parse<T>(res);
}

export async function postJson<T>(url: string, body: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch {
    throw new ApiFailure({
      code: 'NETWORK',
      message: 'the rolefit server cannot be reached.',
      hint: 'Check that it is running.',
    });
  }
  return parse<T>(res);
}

export async function deleteSaved(url: string): Promise<void> {
  const res = await fetch(url, { method: 'DELETE' });
  if (!res.ok && res.status !== 404) await parse(res);
}

/** Uploads a form with progress (fetch cannot report upload progress). */
export function uploadForm<T>(url: string, form: FormData, onProgress: (share: number) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.responseType = 'json';
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      const body = xhr.response as { error?: ApiError } | null;
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as T);
      else
        reject(
          new ApiFailure(body?.error ?? { code: 'NETWORK', message: `the server answered ${xhr.status}.` }),
        );
    };
    xhr.onerror = () =>
      reject(
        new ApiFailure({
          code: 'NETWORK',
          message: 'the upload failed.',
          hint: 'Check that the server is running.',
        }),
      );
    xhr.send(form);
  });
}
