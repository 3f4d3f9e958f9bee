import type { AnalysisReport } from '../../core/analysis/report.ts';
import { type ReadDocument, repairDocument } from '../../core/document.ts';
import type { SelfCheckAnswers } from '../../core/guidance/self-check.ts';
import { parseSelfCheckAnswers } from '../../core/guidance/self-check-answers.ts';
import type { Role } from '../../core/role/schema.ts';
import { analysisMarket } from '../analysis-market.ts';
import { ocrHint } from '../config.ts';
import { HttpError, issueError } from '../http-error.ts';
import { presentAnalysis, presentAnalysisJson, savedUrl } from '../presenters.ts';
import { defineRoute, isMultipart } from '../route.ts';
import {
  type AnalysisJsonBody,
  analysisFormFieldsSchema,
  analysisIdParamsSchema,
  analysisJsonBodySchema,
  analysisResponseSchema,
} from '../schemas.ts';
import type { ServerDeps } from '../server-deps.ts';
import { readUpload } from '../upload.ts';
import { unknownRole } from './roles.ts';

/** The JSON form's text as a document; the same checks a text file gets. */
function textDocument(body: AnalysisJsonBody): ReadDocument {
  const text = body.text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') {
    throw new HttpError(422, 'EMPTY_INPUT', 'the resume text is empty.', 'Paste the text of your resume.');
  }
  return repairDocument({ format: body.format, text, warnings: [] });
}

const notSaved = (id: string) =>
  new HttpError(
    404,
    'ANALYSIS_NOT_FOUND',
    `there is no saved analysis "${id}".`,
    'It was deleted or it expired; run the analysis again.',
  );

const cannotSave = () =>
  new HttpError(
    503,
    'NO_STORE',
    'this server cannot save analyses: it has no store.',
    'Analyze without saving, or start the server with a store it can open (--db or ROLEFIT_DATABASE_URL).',
  );

export function analysisRoutes(deps: ServerDeps) {
  const run = async (document: ReadDocument, role: Role, save: boolean, answers: unknown, client: string) => {
    if (save && !deps.saved) throw cannotSave();
    let selfCheckAnswers: SelfCheckAnswers | undefined;
    if (answers !== undefined) {
      const parsed = parseSelfCheckAnswers(answers, role);
      if (!parsed.ok)
        throw new HttpError(
          400,
          parsed.error[0]!.code,
          `${parsed.error[0]!.message}.`,
          parsed.error[0]!.hint,
        );
      selfCheckAnswers = parsed.value;
    }
    // The analysis runs in a worker, which sends the report back serialized; a store is read
    // here, where it is open.
    const analysed = await deps.work.analyze(
      {
        document,
        role,
        ...(selfCheckAnswers ? { selfCheckAnswers } : {}),
      },
      deps.store && analysisMarket(deps.store.db, role, deps.taxonomy),
      client,
    );
    if (!analysed.ok) throw issueError(analysed.error);
    const { reportJson } = analysed.value;
    const kept = { format: document.format, text: document.text, warnings: document.warnings };
    const stored = save
      ? await deps.saved!.save({ report: JSON.parse(reportJson) as AnalysisReport, document: kept })
      : undefined;
    if (stored && !stored.ok)
      throw new HttpError(507, stored.error.code, stored.error.message, stored.error.hint);
    const saved = stored?.value;
    return { body: presentAnalysisJson(reportJson, kept, saved), saved };
  };

  return [
    defineRoute({
      method: 'POST',
      url: '/api/analyses',
      tag: 'analysis',
      summary: 'Analyze a resume against a role',
      description:
        'Send the resume as a file (multipart field `file`: PDF, DOCX, TXT, Markdown… as the readers support) or as JSON `{text}`. Nothing is stored unless `save` is true. `report` is exactly what `rolefit analyze --format json` prints.',
      body: analysisJsonBodySchema,
      multipart: {
        file: 'file',
        fileDescription: 'The resume file',
        fields: analysisFormFieldsSchema,
        fileRequired: true,
      },
      rateLimit: 'analysis',
      responses: {
        200: { description: 'The analysis (not stored)', schema: analysisResponseSchema },
        201: {
          description: 'The analysis, saved: `saved.url` reads or deletes it',
          schema: analysisResponseSchema,
        },
      },
      async handler({ body }, request, reply) {
        let document: ReadDocument;
        let options: { role: string; save: boolean; selfCheck?: unknown };
        if (isMultipart(request)) {
          const upload = await readUpload(
            request,
            'file',
            analysisFormFieldsSchema,
            deps.config.maxUploadBytes,
          );
          if (!upload.file) {
            throw new HttpError(
              400,
              'INVALID_REQUEST',
              'the form has no "file" field.',
              'Attach the resume as "file".',
            );
          }
          options = upload.fields;
          const read = await deps.work.read(
            upload.file.bytes,
            {
              ...ocrHint(deps.config),
              ...(upload.file.filename === undefined ? {} : { filename: upload.file.filename }),
              ...(upload.file.mediaType === undefined ? {} : { mediaType: upload.file.mediaType }),
            },
            request.ip,
          );
          if (!read.ok) throw issueError(read.error);
          document = read.value;
        } else {
          const json = body!;
          options = json;
          document = textDocument(json);
        }
        const role = deps.roles.find((r) => r.id === options.role);
        if (!role) throw unknownRole(options.role, deps.roles);
        const result = await run(document, role, options.save, options.selfCheck, request.ip);
        if (result.saved) reply.code(201).header('location', savedUrl(result.saved.id));
        return reply.type('application/json; charset=utf-8').send(result.body);
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/analyses/:id',
      tag: 'analysis',
      summary: 'Read a saved analysis',
      params: analysisIdParamsSchema,
      responses: { 200: { description: 'The saved analysis', schema: analysisResponseSchema } },
      async handler({ params }, _request, reply) {
        const entry = await deps.saved?.get(params.id);
        if (!entry) throw notSaved(params.id);
        reply.header('cache-control', 'no-store');
        return presentAnalysis(entry.report, entry.document, { id: params.id, expiresAt: entry.expiresAt });
      },
    }),
    defineRoute({
      method: 'DELETE',
      url: '/api/analyses/:id',
      tag: 'analysis',
      summary: 'Delete a saved analysis and the resume text kept with it',
      params: analysisIdParamsSchema,
      responses: { 204: { description: 'Deleted: nothing of it is kept' } },
      async handler({ params }, _request, reply) {
        if (!(await deps.saved?.delete(params.id))) throw notSaved(params.id);
        reply.code(204);
        return null;
      },
    }),
  ];
}
