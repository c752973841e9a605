import { describe, expect, it } from 'vitest';
import { isEmptyWorkspace, seedDemo } from '../../electron/store/seed-demo';
import { dependencyInput, processInput, serviceInput, siteInput } from '../../shared/model/catalog';
import { SERVICE_KINDS } from '../../shared/model/enums';
import { RELEASE_STATUSES, releaseInput, windowInput } from '../../shared/model/plan';
import { call, openTestWorkspace } from './harness';

const NOW = new Date('2025-10-14T15:00:00Z');

describe('seedDemo', () => {
  it('fills an empty workspace with the demo distributor, leaving nothing to undo', async () => {
    const ctx = openTestWorkspace();
    expect(isEmptyWorkspace(ctx.db)).toBe(true);
    seedDemo(ctx.db, { actor: 'test' }, NOW);
    expect(isEmptyWorkspace(ctx.db)).toBe(false);
    expect((await call(ctx, 'history.state', {})).canUndo).toBe(false);
    expect((await call(ctx, 'audit.list', { limit: 1 }))[0]).toMatchObject({ action: 'import', actor: 'test' });

    const { sites, services, dependencies, processes } = await call(ctx, 'catalog.get', {});
    const dcs = sites.filter((s) => s.kind === 'dc');
    expect(dcs).toHaveLength(8);
    expect(new Set(dcs.map((s) => s.timeZone)).size).toBeGreaterThanOrEqual(3);
    expect(services.length).toBeGreaterThanOrEqual(40);
    expect(new Set(services.map((s) => s.kind))).toEqual(new Set(SERVICE_KINDS.filter((k) => k !== 'unclassified')));
    expect(services.filter((s) => s.tier === 1).map((s) => s.name)).toEqual(expect.arrayContaining(['Order Orchestration Hub', 'Inventory Sync Service', 'SAP Integration Suite (CPI)', 'Manhattan WMS – West']));
    expect(dependencies.length).toBeGreaterThanOrEqual(80);
    expect(new Set(dependencies.map((d) => d.strength))).toEqual(new Set(['hard', 'soft']));
    expect(new Set(dependencies.map((d) => d.kind)).size).toBeGreaterThanOrEqual(5);
    expect(processes.length).toBeGreaterThanOrEqual(8);

    const { windows, releases } = await call(ctx, 'plan.get', {});
    const peak = windows.find((w) => w.name === 'Peak-season freeze');
    expect(peak).toMatchObject({ type: 'freeze', severity: 'hard', timeZone: 'site', recurrence: 'FREQ=YEARLY', startLocal: '2025-11-20T00:00', endLocal: '2026-01-05T23:59', scope: { all: true } });
    expect(windows.some((w) => w.type === 'freeze' && w.severity === 'soft')).toBe(true);
    expect(windows.filter((w) => w.type === 'maintenance').map((w) => w.recurrence)).toContain('FREQ=WEEKLY;BYDAY=SU');
    expect(releases.length).toBeGreaterThanOrEqual(12);
    expect(new Set(releases.map((r) => r.status))).toEqual(new Set(RELEASE_STATUSES));
    const story = releases.find((r) => r.status === 'rolled-back' && r.title.startsWith('Inventory Sync'));
    expect(story).toBeDefined();
    expect(story?.plannedStart).toBe('2024-12-03T16:00:00Z');
    expect(releases.filter((r) => r.dependsOn.some((d) => d.kind === 'finish-before')).length).toBeGreaterThanOrEqual(3);
  });

  it('holds only entities that pass the input schemas', async () => {
    const ctx = openTestWorkspace();
    seedDemo(ctx.db, { actor: 'test' }, NOW);
    const { sites, services, dependencies, processes } = await call(ctx, 'catalog.get', {});
    const { windows, releases } = await call(ctx, 'plan.get', {});
    const check = (schema: { safeParse(v: unknown): { success: boolean; error?: unknown } }, items: unknown[]) => {
      for (const item of items) expect(schema.safeParse(item), JSON.stringify(item)).toMatchObject({ success: true });
    };
    check(siteInput, sites);
    check(processInput, processes);
    check(serviceInput, services);
    check(dependencyInput, dependencies);
    check(windowInput, windows);
    check(releaseInput, releases);
  });

  it('refuses a workspace that already holds data', async () => {
    const ctx = openTestWorkspace();
    await call(ctx, 'process.create', { name: 'Mine', description: '' });
    expect(() => seedDemo(ctx.db, { actor: 'test' }, NOW)).toThrow(/only be loaded into an empty workspace/);
  });
});
