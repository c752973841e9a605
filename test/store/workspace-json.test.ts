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
