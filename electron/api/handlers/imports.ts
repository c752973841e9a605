import type { ParsedInput } from '../../../shared/api/contract';
import type { ImportRejection, ImportReport, RowError } from '../../../shared/api/import-report';
import { AppError } from '../../../shared/api/result';
import { planBackstage } from '../../../shared/import/backstage';
import { planDependenciesCsv } from '../../../shared/import/dependencies-csv';
import type { PlanResult } from '../../../shared/import/import-plan';
import { rejectionSentence } from '../../../shared/import/row-errors';
import { planServicesCsv } from '../../../shared/import/services-csv';
import { servicesToCsv } from '../../../shared/import/services-csv-export';
import { parseWorkspaceJson, workspaceToJson } from '../../../shared/import/workspace-json';
import { looseLinkWarnings } from '../../../shared/import/workspace-operations';
import type { Catalog } from '../../../shared/model/catalog';
import { plural } from '../../../shared/text/plural';
import { nowOf } from '../../store/write-tx';
import { clearHistory } from '../../store/journal';
import { record } from '../record';
import type { Db } from '../../store/open-workspace';
import { readWorkspace, replaceWorkspace } from '../../store/replace-workspace';
import { listDependencies } from '../../store/repos/dependencies';
import { listProcesses } from '../../store/repos/processes';
import { listServices } from '../../store/repos/services';
import { listSites } from '../../store/repos/sites';
import type { HandlerContext } from '../context';
import { applyImportPlan, type Tally } from './import-apply';
import { NothingChanged } from './nothing-changed';

type Kind = ImportReport['kind'];

const catalogOf = (db: Db): Catalog => ({ sites: listSites(db), services: listServices(db), dependencies: listDependencies(db), processes: listProcesses(db) });

function reject(kind: Kind, errors: RowError[], unit: 'row' | 'item' | 'entity'): never {
  throw new AppError('IMPORT_REJECTED', rejectionSentence(errors, unit), { kind, errors } satisfies ImportRejection);
}

/** All or nothing: any error rejects the file; otherwise one audited transaction, one undo step. */
function runPlan(ctx: HandlerContext, kind: Kind, label: string, unit: 'row' | 'entity', result: PlanResult): ImportReport {
  if (result.errors.length > 0) reject(kind, result.errors, unit);
  const { plan } = result;
  let tally: Tally = { created: {}, updated: {} };
  try {
    tally = record(ctx, label, (rec) => {
      const written = applyImportPlan(ctx.db, rec, plan);
      if (Object.keys(written.created).length + Object.keys(written.updated).length === 0) throw new NothingChanged();
      return written;
    }, 'import');
  } catch (error) {
    if (!(error instanceof NothingChanged)) throw error;
    plan.warnings.push('Everything in the file already matches the catalog; nothing was changed.');
  }
  return { kind, ...tally, unclassifiedCreated: plan.unclassifiedCreated, warnings: plan.warnings };
}

const today = (ctx: HandlerContext) => nowOf(ctx).toISOString().slice(0, 10);

export const importHandlers = {
  'import.servicesCsv': (input: ParsedInput<'import.servicesCsv'>, ctx: HandlerContext): ImportReport =>
    runPlan(ctx, 'services-csv', 'Import services from CSV', 'row', planServicesCsv(input.text, catalogOf(ctx.db))),

  'import.dependenciesCsv': (input: ParsedInput<'import.dependenciesCsv'>, ctx: HandlerContext): ImportReport =>
    runPlan(ctx, 'dependencies-csv', 'Import dependencies from CSV', 'row', planDependenciesCsv(input.text, catalogOf(ctx.db), { createMissing: input.createMissing })),

  'import.backstage': (input: ParsedInput<'import.backstage'>, ctx: HandlerContext): ImportReport =>
    runPlan(ctx, 'backstage', `Import Backstage catalog (${plural(input.files.length, 'file')})`, 'entity', planBackstage(input.files, catalogOf(ctx.db))),

  /**
   * Replaces the whole workspace, ids preserved, in one transaction. Undo history is cleared
   * afterwards: stepping back through edits made to a workspace that no longer exists would
   * write nonsense. The audit trail keeps every row that was removed and written. A file without
   * an operations section (written before the export carried them) keeps this workspace's runbooks,
   * incidents and their timelines.
   */
  'import.workspaceJson': (input: ParsedInput<'import.workspaceJson'>, ctx: HandlerContext): ImportReport => {
    const { data, errors } = parseWorkspaceJson(input.text);
    if (!data) reject('workspace-json', errors, 'item');
    const before = readWorkspace(ctx.db);
    record(ctx, 'Replace workspace from JSON', (rec) => replaceWorkspace(ctx.db, rec, data), 'import');
    clearHistory(ctx.db);
    const count = (list: unknown[]) => list.length;
    const created: Record<string, number> = {
      sites: count(data.sites), 'business processes': count(data.processes), services: count(data.services),
      dependencies: count(data.dependencies), windows: count(data.windows), releases: count(data.releases),
      ...(data.operations ? {
        runbooks: count(data.operations.runbooks), incidents: count(data.operations.incidents), runs: count(data.operations.runs),
        'timeline entries': count(data.operations.events), 'action items': count(data.operations.actionItems),
      } : {}),
    };
    const previous = before.operations ?? { runbooks: [], runbookVersions: [], runs: [], incidents: [], events: [], actionItems: [] };
    const replaced = before.sites.length + before.services.length + before.processes.length + before.windows.length + before.releases.length
      + (data.operations ? previous.runbooks.length + previous.incidents.length : 0) > 0;
    const what = [plural(before.services.length, 'service'), plural(before.releases.length, 'release'), ...(data.operations ? [plural(previous.incidents.length, 'incident')] : [])];
    return {
      kind: 'workspace-json', created, updated: {}, unclassifiedCreated: [],
      warnings: [
        ...(replaced ? [`The previous workspace (${what.join(', ')}) was replaced.`] : []),
        ...(!data.operations && previous.runbooks.length + previous.incidents.length > 0
          ? [`The file holds no runbooks or incidents (it was written before the export carried them), so this workspace's ${plural(previous.runbooks.length, 'runbook')} and ${plural(previous.incidents.length, 'incident')} were kept.`]
          : []),
        ...looseLinkWarnings({ services: data.services, releases: data.releases, operations: data.operations ?? previous }),
        'Undo history was cleared: a whole-workspace replace cannot be undone step by step. The audit trail still lists every change.',
      ],
    };
  },

  'export.workspaceJson': (_: ParsedInput<'export.workspaceJson'>, ctx: HandlerContext) => ({
    fileName: `release-cockpit-workspace-${today(ctx)}.json`,
    text: workspaceToJson(readWorkspace(ctx.db), nowOf(ctx)),
  }),

  'export.servicesCsv': (_: ParsedInput<'export.servicesCsv'>, ctx: HandlerContext) => ({
    fileName: `services-${today(ctx)}.csv`,
    text: servicesToCsv(catalogOf(ctx.db)),
  }),
};
