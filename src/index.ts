// rolefit as a library (package.json "exports" → dist/index.js): read a resume, analyze it
// against a role, render the report; audit a job posting.

export { type AnalyzeInput, analyzeResume } from './core/analysis/analyze.ts';
export type { AnalysisReport } from './core/analysis/report.ts';
export { auditPosting, renderAuditMarkdown, renderAuditText } from './core/audit/index.ts';
export type { ReadDocument } from './core/document.ts';
export { renderReportMarkdown, renderReportText } from './core/render/report-text.ts';
export type { Role } from './core/role/schema.ts';
export type { Taxonomy } from './core/taxonomy/load-taxonomy.ts';
export { bundledRoles, bundledTaxonomy, findRole, requireRole } from './data/bundled.ts';
export { RolefitError } from './errors.ts';
export { closeReaders, type ReadHint, readDocument } from './readers/index.ts';
export { VERSION } from './version.ts';
