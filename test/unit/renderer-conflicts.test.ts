import { describe, expect, it } from 'vitest';
import { buildDemoWorkspace } from '../../shared/demo/build-demo';
import { expandCalendar } from '../../shared/engine/calendar/window-calendar';
import { detectConflicts } from '../../shared/engine/conflicts';
import type { Plan, Release } from '../../shared/model/plan';
import { toFreezeException } from '../../shared/engine/calendar/freeze-exceptions';
import { previewConflicts, rebuildConflicts } from '../../renderer/state/plan-conflicts';

const demo = buildDemoWorkspace(new Date('2026-11-22T09:00:00Z'));
const catalog = { sites: demo.sites, services: demo.services, dependencies: demo.dependencies, processes: demo.processes };
const ids = (list: { id: string }[]) => list.map((c) => c.id).sort();
const full = (plan: Plan) => ids(detectConflicts({ catalog, plan, exceptions: demo.exceptions.map(toFreezeException) }));
const shift = (release: Release, days: number): Release => ({ ...release, plannedStart: new Date(Date.parse(release.plannedStart!) + days * 86_400_000).toISOString() });

describe('the calendar’s own conflict index (live preview and after each edit)', () => {
  const plan: Plan = { windows: demo.windows, releases: demo.releases };
  const calendar = expandCalendar(plan);
  const planned = demo.releases.filter((r) => r.plannedStart && r.status !== 'done');

  it('matches a full recompute after release edits applied incrementally, and after a delete', () => {
    expect(ids(rebuildConflicts(catalog, plan, demo.exceptions, calendar))).toEqual(full(plan));
    const moved = { ...plan, releases: plan.releases.map((r) => (r.id === planned[0]!.id ? shift(r, -30) : r.id === planned[1]!.id ? shift(r, 3) : r)) };
    expect(ids(rebuildConflicts(catalog, moved, demo.exceptions, calendar))).toEqual(full(moved));
    const fewer = { ...moved, releases: moved.releases.filter((r) => r.id !== planned[2]!.id) };
    expect(ids(rebuildConflicts(catalog, fewer, demo.exceptions, calendar))).toEqual(full(fewer));
  });

  it('previews a candidate without changing the plan’s own conflicts', () => {
    const before = ids(rebuildConflicts(catalog, plan, demo.exceptions, calendar));
    const original = planned[0]!;
    const candidate = shift(original, -45);
    const preview = previewConflicts(candidate, original);
    const expected = detectConflicts({ catalog, plan: { ...plan, releases: plan.releases.map((r) => (r.id === original.id ? candidate : r)) }, exceptions: demo.exceptions.map(toFreezeException) });
    expect(ids(preview)).toEqual(ids(expected.filter((c) => c.releaseIds.includes(original.id))));
    expect(ids(rebuildConflicts(catalog, plan, demo.exceptions, calendar))).toEqual(before);
  });
});
