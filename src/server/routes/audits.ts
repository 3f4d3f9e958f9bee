import type { PostingInput } from '../../core/audit/index.ts';
import { decodeText } from '../../readers/text.ts';
import { ocrHint } from '../config.ts';
import { HttpError, issueError } from '../http-error.ts';
import { defineRoute, isMultipart } from '../route.ts';
import { auditFormFieldsSchema, auditJsonBodySchema, auditResponseSchema } from '../schemas.ts';
import type { ServerDeps } from '../server-deps.ts';
import { readUpload } from '../upload.ts';

const looksLikeHtml = (text: string) => /^\s*(?:<!doctype html|<html|<head|<body)/i.test(text);

/** A posting file as the audit takes it: HTML stays HTML (for its JSON-LD title); other formats become text. */
async function postingFromFile(
  deps: ServerDeps,
  file: { bytes: Uint8Array; filename: string | undefined; mediaType: string | undefined },
  client: string,
) {
  const ext = file.filename?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  if (ext === 'html' || ext === 'htm' || file.mediaType?.startsWith('text/html')) {
    const text = decodeText(file.bytes);
    if (!text.ok) throw issueError(text.error);
    return { html: text.value } satisfies PostingInput;
  }
  const read = await deps.work.read(
    file.bytes,
    {
      ...ocrHint(deps.config),
      ...(file.filename === undefined ? {} : { filename: file.filename }),
      ...(file.mediaType === undefined ? {} : { mediaType: file.mediaType }),
    },
    client,
  );
  if (!read.ok) throw issueError(read.error);
  return looksLikeHtml(read.value.text) ? { html: read.value.text } : { text: read.value.text };
}

export function auditRoutes(deps: ServerDeps) {
  return [
    defineRoute({
      method: 'POST',
      url: '/api/audits',
      tag: 'audit',
      summary: 'Audit a job posting: a genuine TPM job, a hybrid, or a developer job in disguise?',
      description:
        'Send the posting as JSON `{text}` or `{html}`, or upload it (multipart field `file`). Nothing is stored.',
      body: auditJsonBodySchema,
      multipart: {
        file: 'file',
        fileDescription: 'The posting file',
        fields: auditFormFieldsSchema,
        fileRequired: true,
      },
      rateLimit: 'analysis',
      responses: { 200: { description: 'The audit', schema: auditResponseSchema } },
      async handler({ body }, request) {
        let input: PostingInput;
        if (isMultipart(request)) {
          const upload = await readUpload(request, 'file', auditFormFieldsSchema, deps.config.maxUploadBytes);
          if (!upload.file) {
            throw new HttpError(
              400,
              'INVALID_REQUEST',
              'the form has no "file" field.',
              'Attach the posting as "file".',
            );
          }
          input = await postingFromFile(deps, upload.file, request.ip);
          if (upload.fields.title !== undefined) input.title = upload.fields.title;
        } else {
          const json = body!;
          input = {
            ...(json.text === undefined ? {} : { text: json.text.replace(/\r\n?/g, '\n') }),
            ...(json.html === undefined ? {} : { html: json.html }),
            ...(json.title === undefined ? {} : { title: json.title }),
          };
        }
        const result = await deps.work.audit(input, request.ip);
        if (!result.ok) throw issueError(result.error);
        return result.value;
      },
    }),
  ];
}
