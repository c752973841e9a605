import type { Deleted, ParsedInput } from '../../../shared/api/contract';
import { writeRevision } from './release-lifecycle';
import { AppError } from '../../../shared/api/result';
import { parseRunbookMarkdown, runbookToMarkdown } from '../../../shared/engine/incidents/runbook-markdown';
import { runbookInput, type Runbook, type RunbookInput } from '../../../shared/model/ops';
import { listServices } from '../../store/repos/services';
import { getRunbook, listRunbooks } from '../../store/repos/ops';
import { listReleases } from '../../store/repos/releases';
import { nowOf } from '../../store/write-tx';
import type { HandlerContext } from '../context';
import { record } from '../record';
import { requireExisting, requireIds, throwIfIssues } from './catalog-checks';

function save(ctx: HandlerContext, input: RunbookInput, existing: Runbook | null): Runbook {
  throwIfIssues(requireIds(ctx.db, 'services', input.serviceIds, 'serviceIds'));
  const { title, summary, serviceIds, steps } = input;
  const version = existing ? existing.version + 1 : 1;
  const label = existing ? `Edit runbook ${title} (version ${version})` : `Add runbook ${title}`;
  const id = record(ctx, label, (rec) => rec.put('runbook', { ...(existing ? { id: existing.id } : {}), title, summary, serviceIds, steps, version, updatedAt: nowOf(ctx).toISOString() }));
  return requireExisting(getRunbook(ctx.db, id), 'runbook', id);
}

function deleteRunbook(ctx: HandlerContext, id: number): Deleted {
  const runbook = requireExisting(getRunbook(ctx.db, id), 'runbook', id);
  const pointing = listReleases(ctx.db).filter((r) => r.rollback.runbookId === id);
  record(ctx, `Delete runbook ${runbook.title}`, (rec) => {
    // The backout plan that was approved names this runbook: losing it withdraws the release's approvals.
    for (const r of pointing) writeRevision(ctx, rec, r, { ...r, rollback: { ...r.rollback, runbookId: null } });
    rec.remove('runbook', id);
  });
  return { id, alsoRemoved: pointing.map((r) => `the rollback link of ${r.title}`) };
}

function importMarkdown(input: ParsedInput<'runbook.importMarkdown'>, ctx: HandlerContext): Runbook {
  const { runbook, serviceNames, errors } = parseRunbookMarkdown(input.text);
  const services = listServices(ctx.db);
  const byName = new Map(services.map((s) => [s.name.toLowerCase(), s.id]));
  const unknown = serviceNames.filter((n) => !byName.has(n.toLowerCase()));
  const parsed = runbook && { title: runbook.title, summary: runbook.summary, serviceIds: runbook.serviceNames.map((n) => byName.get(n.toLowerCase()) ?? 0), steps: runbook.steps };
  // The limits an edit keeps (title and step lengths, minutes, number of steps), so every stored runbook is one the model accepts.
  const checked = parsed && unknown.length === 0 ? runbookInput.safeParse(parsed) : null;
  const outside = checked && !checked.success ? checked.error.issues.map((i) => ({ line: 0, message: `${limitPlace(i.path)}: ${i.message}` })) : [];
  const all = [...errors, ...unknown.map((n) => ({ line: 0, message: `No service named "${n}" in the catalog` })), ...outside];
  if (!parsed || all.length) {
    throw new AppError('IMPORT_REJECTED', `The runbook was not imported: ${all.map((e) => (e.line ? `line ${e.line}: ${e.message}` : e.message)).join('; ')}.`, { kind: 'runbook-markdown', errors: all.map((e) => ({ line: e.line, message: e.message })) });
  }
  const same = listRunbooks(ctx.db).find((r) => r.title.toLowerCase() === parsed.title.toLowerCase()) ?? null;
  return save(ctx, parsed, same);
}

/** Where in a Markdown runbook a limit was passed: "Step 3, details", or the field's name. */
const limitPlace = (path: PropertyKey[]) =>
  path[0] === 'steps' && typeof path[1] === 'number' ? `Step ${path[1] + 1}${path[2] === undefined ? '' : `, ${String(path[2])}`}` : String(path[0] ?? 'The runbook');

function exportMarkdown(input: ParsedInput<'runbook.exportMarkdown'>, ctx: HandlerContext) {
  const runbook = requireExisting(getRunbook(ctx.db, input.id), 'runbook', input.id);
  const names = new Map(listServices(ctx.db).map((s) => [s.id, s.name]));
  const slug = runbook.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'runbook';
  return { fileName: `${slug}.md`, text: runbookToMarkdown(runbook, runbook.serviceIds.map((id) => names.get(id) ?? `#${id}`)) };
}

export const runbookHandlers = {
  'runbook.create': (input: ParsedInput<'runbook.create'>, ctx: HandlerContext) => save(ctx, input, null),
  'runbook.update': (input: ParsedInput<'runbook.update'>, ctx: HandlerContext) => save(ctx, input, requireExisting(getRunbook(ctx.db, input.id), 'runbook', input.id)),
  'runbook.delete': (input: ParsedInput<'runbook.delete'>, ctx: HandlerContext) => deleteRunbook(ctx, input.id),
  'runbook.importMarkdown': importMarkdown,
  'runbook.exportMarkdown': exportMarkdown,
};
