import type { ParsedInput } from '../../../shared/api/contract';
import type { ImportRejection, ImportReport } from '../../../shared/api/import-report';
import { AppError } from '../../../shared/api/result';
import { plural } from '../../../shared/text/plural';
import { applyIcsImport, writeIcsLinks, type IcsTally } from '../../ics/apply-ics-import';
import { exportCalendar } from '../../ics/build-calendar';
import { planIcsImport } from '../../ics/plan-ics-import';
import { nowOf } from '../../store/write-tx';
import { record } from '../record';
import type { HandlerContext } from '../context';
import { requireIds, throwIfIssues } from './catalog-checks';
import { NothingChanged } from './nothing-changed';

/** All or nothing: every bad event is listed and nothing is written; otherwise one audited transaction, one undo step. */
function importIcs(input: ParsedInput<'import.ics'>, ctx: HandlerContext): ImportReport {
  throwIfIssues([
    ...requireIds(ctx.db, 'sites', input.scope.siteIds, 'scope.siteIds'),
    ...requireIds(ctx.db, 'services', input.scope.serviceIds, 'scope.serviceIds'),
  ]);
  const plan = planIcsImport(ctx.db, input);
  if (plan.errors.length) {
    const events = new Set(plan.errors.map((e) => e.line)).size;
    const message = plan.fileError
      ? `${plan.errors[0]!.message} Nothing was imported.`
      : `${plural(events, 'event')} ${events === 1 ? 'has a problem' : 'have problems'}; nothing was imported. Fix the ${events === 1 ? 'event' : 'events'} listed and import the file again.`;
    throw new AppError('IMPORT_REJECTED', message, { kind: 'ics', errors: plan.errors } satisfies ImportRejection);
  }
  const source = input.fileName ? ` ${input.fileName}` : '';
  let tally: IcsTally = { created: 0, updated: 0 };
  try {
    tally = record(ctx, `Import calendar${source} (${plural(plan.writes.length, 'window')})`, (rec) => {
      const written = applyIcsImport(ctx.db, rec, plan.writes);
      if (written.created + written.updated === 0) throw new NothingChanged();
      return written;
    }, 'import');
  } catch (error) {
    if (!(error instanceof NothingChanged)) throw error;
    writeIcsLinks(ctx.db, plan.writes);
    plan.warnings.push(plan.writes.length ? 'Every event already matches its window; nothing was changed.' : 'No event in the file could become a window; nothing was changed.');
  }
  const counts = (n: number): Record<string, number> => (n ? { windows: n } : {});
  return { kind: 'ics', created: counts(tally.created), updated: counts(tally.updated), unclassifiedCreated: [], warnings: plan.warnings };
}

export const icsHandlers = {
  'export.ics': (input: ParsedInput<'export.ics'>, ctx: HandlerContext) => exportCalendar(ctx.db, input, nowOf(ctx)),
  'import.ics': importIcs,
};
