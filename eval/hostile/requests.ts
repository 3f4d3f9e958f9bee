// Raw HTTP/1.1 requests, written byte for byte: the hostile corpus needs requests no client
// library would send (a broken Content-Length, a cut-off multipart body, 20 KB of headers).

const CRLF = '\r\n';

export type Header = readonly [name: string, value: string];

/** A request with `Connection: close` (so the answer ends with the connection) unless a header says otherwise. */
export function rawRequest(
  method: string,
  path: string,
  headers: readonly Header[] = [],
  body: Uint8Array | string = '',
  options: { contentLength?: boolean } = {},
): Buffer {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(body);
  const names = new Set(headers.map(([n]) => n.toLowerCase()));
  const all: Header[] = [['Host', '127.0.0.1'], ...headers];
  if (!names.has('connection')) all.push(['Connection', 'close']);
  if ((options.contentLength ?? bytes.length > 0) && !names.has('content-length'))
    all.push(['Content-Length', String(bytes.length)]);
  const head = `${method} ${path} HTTP/1.1${CRLF}${all.map(([n, v]) => `${n}: ${v}${CRLF}`).join('')}${CRLF}`;
  return Buffer.concat([Buffer.from(head, 'latin1'), bytes]);
}

export const jsonRequest = (path: string, value: unknown, headers: readonly Header[] = []): Buffer =>
  rawRequest('POST', path, [['Content-Type', 'application/json'], ...headers], JSON.stringify(value));

export interface Part {
  name: string;
  filename?: string;
  type?: string;
  data: Uint8Array | string;
}

/** A multipart/form-data body with the given parts, and its Content-Type. */
export function multipart(
  parts: readonly Part[],
  boundary = 'rolefit-hostile-boundary',
): {
  body: Buffer;
  contentType: string;
} {
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const disposition = `form-data; name="${p.name}"${p.filename === undefined ? '' : `; filename="${p.filename}"`}`;
    chunks.push(
      Buffer.from(
        `--${boundary}${CRLF}Content-Disposition: ${disposition}${CRLF}${p.type ? `Content-Type: ${p.type}${CRLF}` : ''}${CRLF}`,
        'utf8',
      ),
      typeof p.data === 'string' ? Buffer.from(p.data, 'utf8') : Buffer.from(p.data),
      Buffer.from(CRLF, 'latin1'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--${CRLF}`, 'latin1'));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** An upload of one file in the `file` field, as the web app sends it. */
export function uploadRequest(
  path: string,
  filename: string,
  data: Uint8Array,
  type = 'application/octet-stream',
): Buffer {
  const { body, contentType } = multipart([{ name: 'file', filename, type, data }]);
  return rawRequest('POST', path, [['Content-Type', contentType]], body);
}

export interface RawAnswer {
  /** 0 when the server closed the connection without an answer. */
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Parses what the server sent on a `Connection: close` request (Content-Length or chunked bodies). */
export function parseAnswer(bytes: Buffer): RawAnswer {
  const end = bytes.indexOf('\r\n\r\n');
  if (end < 0) return { status: 0, headers: {}, body: bytes.toString('utf8') };
  const [statusLine = '', ...lines] = bytes.subarray(0, end).toString('latin1').split(CRLF);
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0);
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  let body = bytes.subarray(end + 4);
  if (headers['transfer-encoding']?.includes('chunked')) body = dechunk(body);
  else if (headers['content-length'] !== undefined)
    body = body.subarray(0, Number(headers['content-length']));
  return { status, headers, body: body.toString('utf8') };
}

function dechunk(bytes: Buffer): Buffer {
  const out: Buffer[] = [];
  let at = 0;
  while (at < bytes.length) {
    const lineEnd = bytes.indexOf('\r\n', at);
    if (lineEnd < 0) break;
    const size = Number.parseInt(bytes.subarray(at, lineEnd).toString('latin1'), 16);
    if (!(size > 0)) break;
    out.push(bytes.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(out);
}
