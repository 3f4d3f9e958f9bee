// Entry of the analysis worker threads (src/server/work.ts): analyses and posting audits, one at a time.
import { analyzeWithMarket, type PersonMarket } from '../core/analysis/analyze-with-market.ts';
import { auditPosting, auditToJson } from '../core/audit/index.ts';
import { ok } from '../core/result.ts';
import { bundledTaxonomy } from '../data/bundled.ts';
import { serveTasks } from '../isolation/serve-tasks.ts';
import type { WorkTask } from './work.ts';

serveTasks<WorkTask>(async (task, call) => {
  if (task.kind === 'audit') {
    const audited = auditPosting(task.posting);
    return audited.ok ? ok(auditToJson(audited.value)) : audited;
  }
  const taxonomy = bundledTaxonomy();
  const { document, role, selfCheckAnswers } = task;
  const report = await analyzeWithMarket(
    { document, role, taxonomy, ...(selfCheckAnswers ? { selfCheckAnswers } : {}) },
    // Market data comes from the server's thread, which holds the store.
    async (skillIds) => (await call('market', skillIds)) as PersonMarket | undefined,
  );
  return ok(report);
});
