import { describe, expect, it } from 'vitest';
import type { HandlerContext } from '../../electron/api/context';
import { seedDemo } from '../../electron/store/seed-demo';
import { call, openTestWorkspace, rejected } from './harness';

const NOW = new Date('2025-10-14T15:00:00Z');

function demoWorkspace(): HandlerContext {
  const ctx = openTestWorkspace();
  seedDemo(ctx.db, { actor: 'test' }, NOW);
  return ctx;
}

async function snapshot(ctx: HandlerContext) {
  return { catalog: await call(ctx, 'catalog.get', {}), plan: await call(ctx, 'plan.get', {}) };
}

describe('workspace JSON', () => {
  it('round-trips: export, import into another workspace, identical catalog and plan', async () => {
    const source = demoWorkspace();
    const exported = await call(source, 'export.workspaceJson', {});
    expect(exported.fileName).toMatch(/^release-cockpit-workspace-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(exported.text)).toMatchObject({ format: 'release-cockpit-workspace', schemaVersion: 1 });

    const target = openTestWorkspace();
    await call(target, 'site.create', { name: 'Old DC', region: 'Nowhere', timeZone: 'UTC', kind: 'dc' });
    const report = await call(target, 'import.workspaceJson', { text: exported.text });
    expect(report.created).toMatchObject({ sites: 10, services: 48 });
    expect(report.warnings.some((w) => w.startsWith('Undo history was cleared'))).toBe(true);
    expect(await snapshot(target)).toEqual(await snapshot(source));
    expect(await call(target, 'history.state', {})).toMatchObject({ canUndo: false, canRedo: false });
    const again = await call(target, 'export.workspaceJson', {});
    expect(again.text.replace(/"exportedAt": ".*"/, '')).toBe(exported.text.replace(/"exportedAt": ".*"/, ''));
  });

  it('carries freeze exceptions through export and import, and checks what they point at', async () => {
    const source = demoWorkspace();
    const soft = source.db.prepare("SELECT id FROM windows WHERE severity = 'soft' LIMIT 1").pluck().get() as number;
    source.db
      .prepare("INSERT INTO freeze_exceptions (id, window_id, release_id, reason, requester, approver, approved_at) VALUES (1, ?, 1, 'Tax rate change is law on the 1st', 'Maya Okafor', 'Luis Ortega', '2025-10-10T09:00:00Z')")
      .run(soft);
    const text = (await call(source, 'export.workspaceJson', {})).text;
    expect(JSON.parse(text).exceptions).toEqual([
      { id: 1, windowId: soft, releaseId: 1, reason: 'Tax rate change is law on the 1st', requester: 'Maya Okafor', approver: 'Luis Ortega', approvedAt: '2025-10-10T09:00:00Z' },
    ]);
    const target = openTestWorkspace();
    await call(target, 'import.workspaceJson', { text });
    expect(target.db.prepare('SELECT reason FROM freeze_exceptions').pluck().all()).toEqual(['Tax rate change is law on the 1st']);

    const broken = JSON.parse(text) as { exceptions: { windowId: number; approver: string }[] };
    broken.exceptions[0]!.windowId = 999;
    broken.exceptions[0]!.approver = 'maya okafor';
    const error = await rejected(target, 'import.workspaceJson', { text: JSON.stringify(broken) });
    expect(error.details.errors.map((e: { path?: string }) => e.path)).toEqual(['exceptions[0].approver']);
    broken.exceptions[0]!.approver = 'Luis Ortega';
    const error2 = await rejected(target, 'import.workspaceJson', { text: JSON.stringify(broken) });
    expect(error2.details.errors).toEqual([{ path: 'exceptions[0].windowId', message: 'no window has id 999' }]);
  });

  it('rejects a broken file with a path for every problem and leaves the workspace alone', async () => {
    const ctx = demoWorkspace();
    const before = await snapshot(ctx);
    const file = JSON.parse((await call(ctx, 'export.workspaceJson', {})).text) as Record<string, Record<string, unknown>[]>;
    const services = file.services ?? [];
    (services[3] as { tier: unknown }).tier = 5;
    delete (services[4] as { kind?: unknown }).kind;
    (file.dependencies?.[0] as { toId: number }).toId = 9999;
    (file.releases?.[0] as { dependsOn: unknown[] }).dependsOn = [{ releaseId: 777, kind: 'finish-before' }];
    const error = await rejected(ctx, 'import.workspaceJson', { text: JSON.stringify(file) });
    expect(error.details.errors).toEqual([
      { path: 'services[3].tier', message: 'Tier must be 1, 2 or 3' },
      { path: 'services[4].kind', message: 'is missing' },
      { path: 'dependencies[0].toId', message: 'no service has id 9999' },
      { path: 'releases[0].dependsOn[0]', message: 'no release has id 777' },
    ]);
    expect(error.message).toMatch(/^4 items have problems; nothing was imported/);
    expect(await snapshot(ctx)).toEqual(before);
  });

  it('names the line of a JSON syntax error and refuses files that are not exports', async () => {
    const ctx = openTestWorkspace();
    const syntax = await rejected(ctx, 'import.workspaceJson', { text: '{\n  "format": "release-cockpit-workspace",\n  "sites": [,]\n}' });
    expect(syntax.details.errors[0]).toMatchObject({ line: 3, message: expect.stringMatching(/^the file is not valid JSON/) as string });
    const other = await rejected(ctx, 'import.workspaceJson', { text: '{"sites": []}' });
    expect(other.details.errors).toEqual([{ path: 'format', message: expect.stringContaining('not a Release Cockpit workspace export') as string }]);
    const newer = await rejected(ctx, 'import.workspaceJson', { text: '{"format": "release-cockpit-workspace", "schemaVersion": 9}' });
    expect(newer.details.errors[0]?.message).toMatch(/newer Release Cockpit/);
  });

  it('carries profiles, approvals and policies; a file from before change control turns its approver names into approvals', async () => {
    const source = demoWorkspace();
    const exported = JSON.parse((await call(source, 'export.workspaceJson', {})).text) as Record<string, unknown> & { governance: { profiles: unknown[]; approvals: { releaseId: number; approver: string }[]; policies: unknown[] }; releases: { id: number; requester: string; approvers: string[] }[] };
    expect(exported.governance.profiles).toHaveLength(12);
    expect(exported.governance.policies).toHaveLength(3);
    const target = openTestWorkspace();
    await call(target, 'import.workspaceJson', { text: JSON.stringify(exported) });
    expect((await call(target, 'workspace.snapshot', {})).governance).toEqual((await call(source, 'workspace.snapshot', {})).governance);

    const { governance: _dropped, ...older } = exported;
    const legacy = openTestWorkspace();
    await call(legacy, 'import.workspaceJson', { text: JSON.stringify(older) });
    const approvals = (await call(legacy, 'workspace.snapshot', {})).governance.approvals;
    const expected = older.releases.flatMap((r) => r.approvers.filter((a) => a.toLowerCase() !== r.requester.toLowerCase()).map((approver) => ({ releaseId: r.id, approver })));
    const order = (list: { releaseId: number; approver: string }[]) => [...list].sort((a, b) => a.releaseId - b.releaseId || a.approver.localeCompare(b.approver));
    expect(order(approvals.map((a) => ({ releaseId: a.releaseId, approver: a.approver })))).toEqual(order(expected));

    const dangling = { ...exported, governance: { ...exported.governance, approvals: [{ id: 1, releaseId: 99999, approver: 'Omar', role: 'operations', at: '2026-01-01T00:00:00Z' }] } };
    const refused = await rejected(openTestWorkspace(), 'import.workspaceJson', { text: JSON.stringify(dangling) });
    expect(JSON.stringify(refused)).toMatch(/governance\.approvals\[0\]\.releaseId.*names release 99999/);
  });
});

const OPS_TABLES = {
  runbooks: 'SELECT * FROM runbooks ORDER BY id',
  runbook_versions: 'SELECT * FROM runbook_versions ORDER BY runbook_id, version',
  runs: 'SELECT * FROM runs ORDER BY id',
  incidents: 'SELECT * FROM incidents ORDER BY id',
  incident_events: 'SELECT * FROM incident_events ORDER BY id',
  action_items: 'SELECT * FROM action_items ORDER BY id',
};

/** Every row of every table that holds runbooks, incidents and their kin, columns and all. */
const opsRows = (ctx: HandlerContext) =>
  Object.fromEntries(Object.entries(OPS_TABLES).map(([table, sql]) => [table, ctx.db.prepare(sql).all()])) as Record<keyof typeof OPS_TABLES, unknown[]>;

type FileShape = Record<string, unknown> & {
  releases: { id: number; title: string; rollback: { runbookId?: number | null }; fixesIncidentId?: number | null }[];
  operations: { runbooks: { id: number; version: number }[]; runbookVersions: { id: number; version: number }[]; runs: { id: number; runbookId: number | null; runbookVersion: number }[]; incidents: { id: number }[]; events: Record<string, unknown>[]; actionItems: { id: number; incidentId: number }[] };
};
const withoutTime = (text: string) => text.replace(/"exportedAt": ".*"/, '');

/**
 * The demo, then what people do with runbooks and incidents: a runbook edited, undone and edited
 * again (its version 2 row keeps the first text), an incident with runs, marks, notes, a corrected
 * time and an action item, a rollback run, and deletions that leave history naming what is gone (a
 * runbook a run followed, a release that caused an incident, a service a runbook names).
 */
async function demoWithOperations(): Promise<HandlerContext> {
  const ctx = demoWorkspace();
  const snapshot = await call(ctx, 'workspace.snapshot', {});
  const runbooks = snapshot.ops.runbooks;
  const edited = runbooks[0]!;
  const { id: editedId, version: _v, updatedAt: _u, ...fields } = edited;
  await call(ctx, 'runbook.update', { id: editedId, ...fields, summary: 'First rewrite, undone' });
  await call(ctx, 'history.undo', {});
  await call(ctx, 'runbook.update', { id: editedId, ...fields, summary: 'Second rewrite, kept' });

  const serviceId = snapshot.catalog.services[0]!.id;
  const incident = await call(ctx, 'incident.create', { title: 'Pickers cannot print labels', severity: 'SEV2', serviceIds: [serviceId], roles: [{ role: 'Incident commander', name: 'Omar' }] });
  await call(ctx, 'incident.transition', { id: incident.id, to: 'started' });
  const followed = runbooks[1]!;
  const run = await call(ctx, 'run.start', { runbookId: followed.id, incidentId: incident.id });
  await call(ctx, 'run.mark', { runId: run.id, step: 0, outcome: 'done' });
  await call(ctx, 'run.mark', { runId: run.id, step: 1, outcome: 'skipped', note: 'Not needed at night' });
  const note = await call(ctx, 'incident.note', { incidentId: incident.id, text: 'Vendor confirms an outage' });
  await call(ctx, 'incident.correct', { eventId: note.id, at: new Date(Date.now() - 5 * 60_000).toISOString(), reason: 'Heard it on the bridge earlier' });
  await call(ctx, 'actionItem.save', { incidentId: incident.id, title: 'Add a second label printer route', owner: 'Priya', due: '2026-01-15' });
  await call(ctx, 'actionItem.save', { incidentId: incident.id, title: 'Write the vendor', done: true });

  const rollbackOf = snapshot.plan.releases.find((r) => ['approved', 'scheduled', 'in-progress'].includes(r.status))!;
  await call(ctx, 'run.start', { runbookId: runbooks[2]!.id, releaseId: rollbackOf.id });
  await call(ctx, 'runbook.delete', { id: followed.id });
  const caused = snapshot.ops.incidents.find((i) => i.releaseId !== null)!;
  await call(ctx, 'release.delete', { id: caused.releaseId! });
  await call(ctx, 'release.delete', { id: rollbackOf.id });
  await call(ctx, 'service.delete', { id: runbooks[3]!.serviceIds[0]!, force: true });
  return ctx;
}

describe('workspace JSON: runbooks, incidents and their timelines', () => {
  it('round-trips into an empty workspace: the same file again, every operations table equal row for row', async () => {
    const source = await demoWithOperations();
    const exported = (await call(source, 'export.workspaceJson', {})).text;
    const file = JSON.parse(exported) as FileShape;
    expect(file.schemaVersion).toBe(1);
    const ops = file.operations;
    expect(ops.runbooks.length).toBeGreaterThan(3);
    expect(ops.runbookVersions.length).toBe(ops.runbooks.length + 2);
    expect(ops.runs).toHaveLength(2);
    expect(ops.actionItems).toHaveLength(2);
    expect(ops.events.some((e) => e.type === 'correction')).toBe(true);

    const target = openTestWorkspace();
    const report = await call(target, 'import.workspaceJson', { text: exported });
    expect(report.created).toMatchObject({ runbooks: ops.runbooks.length, incidents: ops.incidents.length, runs: 2, 'timeline entries': ops.events.length, 'action items': 2 });
    expect(report.warnings.some((w) => /name a release or service this workspace does not have/.test(w))).toBe(true);
    expect(withoutTime((await call(target, 'export.workspaceJson', {})).text)).toBe(withoutTime(exported));
    expect(opsRows(target)).toEqual(opsRows(source));
    expect((await call(target, 'workspace.snapshot', {})).ops).toEqual((await call(source, 'workspace.snapshot', {})).ops);
    // The history kept exactly: version 2 of the edited runbook is the rewrite that stayed, as its current text is.
    const edited = ops.runbooks.find((r) => r.version === 2)!;
    const versions = target.db.prepare('SELECT body FROM runbook_versions WHERE runbook_id = ? ORDER BY version').pluck().all(edited.id) as string[];
    expect(versions.map((b) => (JSON.parse(b) as { summary: string }).summary).at(-1)).toBe('Second rewrite, kept');
    expect((await call(target, 'workspace.snapshot', {})).ops.runbooks.find((r) => r.id === edited.id)?.summary).toBe('Second rewrite, kept');
  });

  it('replaces this workspace’s runbooks and incidents in the one audited import', async () => {
    const source = await demoWithOperations();
    const exported = (await call(source, 'export.workspaceJson', {})).text;
    const target = demoWorkspace();
    await call(target, 'incident.create', { title: 'Only in the target', severity: 'SEV4', serviceIds: [1], roles: [{ role: 'Incident commander', name: 'Ana' }] });
    const before = opsRows(target);
    const auditFrom = target.db.prepare('SELECT max(id) FROM audit').pluck().get() as number;
    await call(target, 'import.workspaceJson', { text: exported });
    expect(opsRows(target)).toEqual(opsRows(source));
    expect(withoutTime((await call(target, 'export.workspaceJson', {})).text)).toBe(withoutTime(exported));
    // Every operations row that went and came is in the audit of the import, nothing else was written unrecorded.
    const audited = target.db.prepare("SELECT entity, count(*) AS n FROM audit WHERE id > ? AND action = 'import' AND entity IN ('incident', 'run', 'event', 'actionItem') GROUP BY entity ORDER BY entity").all(auditFrom);
    const file = JSON.parse(exported) as FileShape;
    expect(audited).toEqual([
      { entity: 'actionItem', n: file.operations.actionItems.length },
      { entity: 'event', n: before.incident_events.length + file.operations.events.length },
      { entity: 'incident', n: before.incidents.length + file.operations.incidents.length },
      { entity: 'run', n: file.operations.runs.length },
    ]);
    // Like the rest of the workspace, the replace is audited and not undone step by step.
    expect(await call(target, 'history.state', {})).toMatchObject({ canUndo: false });
  });

  it('refuses operations that name what the file does not hold, every bad row by its path, and changes nothing', async () => {
    const source = await demoWithOperations();
    const file = JSON.parse((await call(source, 'export.workspaceJson', {})).text) as FileShape;
    const ops = file.operations;
    const run = ops.runs.find((r) => r.runbookId !== null)!;
    const runIndex = ops.runs.indexOf(run);
    run.runbookVersion = 99;
    ops.actionItems[1]!.incidentId = 4242;
    const eventIndex = ops.events.findIndex((e) => e.type === 'note');
    ops.events[eventIndex]!.incidentId = 4343;
    const correction = ops.events.findIndex((e) => e.type === 'correction');
    ops.events[correction]!.eventId = 999_999;
    const roleIndex = ops.events.findIndex((e) => e.type === 'role');
    ops.events[roleIndex]!.type = 'gossip';
    ops.events[1]!.id = ops.events[0]!.id as number;
    const rollback = file.releases.findIndex((r) => typeof r.rollback.runbookId === 'number');
    file.releases[rollback]!.rollback.runbookId = 777;
    const fixing = file.releases.findIndex((r) => typeof r.fixesIncidentId === 'number');
    file.releases[fixing]!.fixesIncidentId = 888;

    const target = demoWorkspace();
    const before = opsRows(target);
    const error = await rejected(target, 'import.workspaceJson', { text: JSON.stringify(file) });
    expect(error.details.errors).toEqual([
      { path: `operations.events[${roleIndex}].type`, message: 'must be one of status, step, note, role, run, correction (got "gossip")' },
      { path: 'operations.events[1].id', message: `id ${String(ops.events[0]!.id)} is used twice (also operations.events[0])` },
      { path: `operations.runs[${runIndex}].runbookVersion`, message: `runbook ${run.runbookId} has no version 99 in operations.runbookVersions` },
      { path: `operations.events[${eventIndex}].incidentId`, message: 'no incident has id 4343' },
      { path: `operations.events[${correction}].eventId`, message: 'no other timeline entry has id 999999' },
      { path: 'operations.actionItems[1].incidentId', message: 'no incident has id 4242' },
      ...[
        { index: rollback, error: { path: `releases[${rollback}].rollback.runbookId`, message: 'no runbook has id 777' } },
        { index: fixing, error: { path: `releases[${fixing}].fixesIncidentId`, message: 'no incident has id 888' } },
      ].sort((a, b) => a.index - b.index).map((e) => e.error),
    ]);
    expect(error.message).toMatch(/^8 items have problems; nothing was imported/);
    expect(opsRows(target)).toEqual(before);

    const broken = await rejected(target, 'import.workspaceJson', { text: JSON.stringify({ ...file, operations: [] }) });
    expect(broken.details.errors).toEqual([{ path: 'operations', message: 'must be an object holding the lists runbooks, runbookVersions, runs, incidents, events, actionItems' }]);
  });

  it('a file from before the operations section still imports, keeps this workspace’s runbooks and incidents, and says what dangles', async () => {
    const source = await demoWithOperations();
    const { operations: _left, ...older } = JSON.parse((await call(source, 'export.workspaceJson', {})).text) as FileShape;
    const target = await demoWithOperations();
    const before = opsRows(target);
    const report = await call(target, 'import.workspaceJson', { text: JSON.stringify(older) });
    expect(report.created).not.toHaveProperty('incidents');
    expect(report.warnings).toContainEqual(expect.stringMatching(/^The file holds no runbooks or incidents \(it was written before the export carried them\), so this workspace's \d+ runbooks and \d+ incidents were kept\.$/));
    // Kept row for row: their links to the releases written anew with the same ids come back too.
    expect(opsRows(target)).toEqual(before);

    const empty = openTestWorkspace();
    const fresh = await call(empty, 'import.workspaceJson', { text: JSON.stringify(older) });
    expect(fresh.warnings).toContainEqual(expect.stringMatching(/releases name rollback runbooks or fixed incidents this workspace does not have \(.*\); the links were kept as the file has them\.$/));
    expect(opsRows(empty).runbooks).toEqual([]);
    expect((await call(empty, 'plan.get', {})).releases).toEqual((await call(source, 'plan.get', {})).releases);
  });
});
