// Entry of the analysis worker threads (src/server/work.ts): analyses and posting audits, one at a time.
import { analyzeWithMarket, type PersonMarket } from '../core/analysis/analyze-with-market.ts';
import { auditPosting, auditToJson } from '../core/audit/index.ts';
import { ok } from '../core/result.ts';
import { bundledRoles, bundledTaxonomy, requireRole } from '../data/bundled.ts';
import { serveTasks } from '../isolation/serve-tasks.ts';
import { analysisMarket } from './analysis-market.ts';
import { presentReport } from './presenters.ts';
import type { AnalyzedReport, WorkTask } from './work.ts';

// The shipped data loads before the worker says it is ready, so no task's time pays for it.
bundledTaxonomy();
bundledRoles();

serveTasks<WorkTask>(async (task, call) => {
  if (task.kind === 'audit') {
    const audited = auditPosting(task.posting);
    return audited.ok ? ok(auditToJson(audited.value)) : audited;
  }
  const taxonomy = bundledTaxonomy();
  const { document, selfCheckAnswers } = task;
  const role = 'shipped' in task.role ? requireRole(task.role.shipped) : task.role;
  const report = await analyzeWithMarket(
    { document, role, taxonomy, ...(selfCheckAnswers ? { selfCheckAnswers } : {}) },
    task.askMarket
      ? async (person) => (await call('market', person)) as PersonMarket | undefined
      : analysisMarket(undefined, role, taxonomy),
  );
  // Serialized here, so the server's thread neither copies the report's objects nor stringifies them.
  return ok<AnalyzedReport>({ reportJson: JSON.stringify(presentReport(report)) });
});
