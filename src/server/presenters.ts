// Every response body is built here, field by field, so nothing internal or personal leaks by accident.
import type { AnalysisReport } from '../core/analysis/report.ts';
import type { ListingSkill } from '../core/market/listing.ts';
import { webUrl } from '../core/market/listing-url.ts';
import { requirementPoints } from '../core/role/points.ts';
import type { Role } from '../core/role/schema.ts';
import type { Taxonomy } from '../core/taxonomy/load-taxonomy.ts';
import type { StoredListing } from '../store/listing.repository.ts';
import type { SavedAnalysis } from './saved-analyses.ts';

/** Report fields other work adds (career guidance); passed through when the core computes them. */
const OPTIONAL_REPORT_FIELDS = [
  'market',
  'background',
  'transition',
  'selfCheck',
  'learningPlan',
  'feedback',
] as const;

/** The analysis report, as the CLI prints it with --format json. */
export function presentReport(report: AnalysisReport): Record<string, unknown> {
  const out: Record<string, unknown> = {
    schemaVersion: report.schemaVersion,
    role: report.role,
    score: report.score,
    ...(report.scoreBand ? { scoreBand: report.scoreBand } : {}),
    requirements: report.requirements,
    trackRecord: report.trackRecord,
    strengths: report.strengths,
    gaps: report.gaps,
    skills: report.skills,
    ignored: report.ignored,
    document: report.document,
  };
  const extra = report as unknown as Record<string, unknown>;
  for (const key of OPTIONAL_REPORT_FIELDS) if (extra[key] !== undefined) out[key] = extra[key];
  // Keep the CLI's key order for fields this list does not know yet.
  for (const key of Object.keys(report)) if (!(key in out)) out[key] = extra[key];
  return out;
}

/** Where a saved analysis is read and deleted. */
export const savedUrl = (id: string) => `/api/analyses/${id}`;

export function presentAnalysis(
  report: AnalysisReport,
  document: SavedAnalysis['document'],
  saved: { id: string; expiresAt: Date } | undefined,
) {
  return { report: presentReport(report), ...analysisParts(document, saved) };
}

/** presentAnalysis, serialized, for a report an analysis worker presented and serialized itself. */
export function presentAnalysisJson(
  reportJson: string,
  document: SavedAnalysis['document'],
  saved: { id: string; expiresAt: Date } | undefined,
): string {
  return `{"report":${reportJson},${JSON.stringify(analysisParts(document, saved)).slice(1)}`;
}

function analysisParts(
  document: SavedAnalysis['document'],
  saved: { id: string; expiresAt: Date } | undefined,
) {
  return {
    document: { format: document.format, text: document.text, warnings: document.warnings },
    saved:
      saved === undefined
        ? null
        : { id: saved.id, url: savedUrl(saved.id), expiresAt: saved.expiresAt.toISOString() },
  };
}

export function presentRoleSummary(role: Role) {
  return { id: role.id, title: role.title, summary: role.summary };
}

/** The role guide with labels resolved and weights as points of 100. */
export function presentRoleGuide(role: Role, taxonomy: Taxonomy) {
  const points = requirementPoints(role);
  const label = (id: string) => taxonomy.byId.get(id)?.label ?? id;
  return {
    id: role.id,
    title: role.title,
    summary: role.summary,
    onet: role.onet ?? null,
    titleAliases: role.titleAliases,
    requirements: role.requirements.map((r, k) => ({
      skill: { id: r.skill, label: r.label ?? label(r.skill), category: r.category },
      points: Math.round(points[k]! * 10) / 10,
      why: r.why,
      accepts: r.accepts.map((a) => ({ skill: { id: a.skill, label: label(a.skill) }, credit: a.credit })),
      nextSteps: r.nextSteps,
    })),
    trackRecord: role.trackRecord
      ? {
          points: role.trackRecord.weight,
          why: role.trackRecord.why,
          backgrounds: role.trackRecord.backgrounds,
        }
      : null,
    marketReality: role.marketReality.map((m) => ({ topic: m.topic, listed: m.listed, real: m.real })),
    typicalWeek: role.typicalWeek,
    responsibilities: role.responsibilities,
    selfCheck: role.fitDimensions.map((f) => ({
      id: f.id,
      label: f.label,
      question: f.question,
      why: f.why,
    })),
    attribution: role.attribution,
  };
}

const labelled = (taxonomy: Taxonomy) => (skills: readonly ListingSkill[]) =>
  skills.map((s) => ({
    skill: { id: s.skillId, label: taxonomy.byId.get(s.skillId)?.label ?? s.skillId },
    requirement: s.requirement,
  }));

export function presentListingSummary(listing: StoredListing, taxonomy: Taxonomy) {
  return {
    id: listing.id,
    title: listing.title,
    company: listing.company ?? null,
    location: listing.location ?? null,
    // Listings stored before links were checked may hold a javascript: or data: URL.
    url: webUrl(listing.url) ?? null,
    postedAt: listing.postedAt ?? null,
    roleFamily: listing.roleFamily ?? null,
    skills: labelled(taxonomy)(listing.skills),
  };
}

export function presentListing(listing: StoredListing, taxonomy: Taxonomy) {
  return { ...presentListingSummary(listing, taxonomy), text: listing.text };
}
