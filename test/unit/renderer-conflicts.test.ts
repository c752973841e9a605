import { describe, expect, it } from 'vitest';
import { buildDemoWorkspace } from '../../shared/demo/build-demo';
import { expandCalendar } from '../../shared/engine/calendar/window-calendar';
import { detectConflicts, type Conflict } from '../../shared/engine/conflicts';
import type { Plan, Release } from '../../shared/model/plan';
import { toFreezeException } from '../../shared/engine/calendar/freeze-exceptions';
import { PlanConflicts } from '../../renderer/state/plan-conflicts';
import { generateEnterprise } from '../../bench/engine-fixtures';

const demo = buildDemoWorkspace(new Date('2026-11-22T09:00:00Z'));
const catalog = { sites: demo.sites, services: demo.services, dependencies: demo.dependencies, processes: demo.processes };
const ids = (list: { id: string }[]) => list.map((c) => c.id).sort();
const full = (plan: Plan) => ids(detectConflicts({ catalog, plan, exceptions: demo.exceptions.map(toFreezeException) }));
const shift = (release: Release, days: number): Release => ({ ...release, plannedStart: new Date(Date.parse(release.plannedStart!) + days * 86_400_000).toISOString() });

const exceptions = demo.exceptions.map(toFreezeException);

describe('the calendar’s own conflict index (live preview and after each edit)', () => {
  const plan: Plan = { windows: demo.windows, releases: demo.releases };
  const calendar = expandCalendar(plan);
  const planned = demo.releases.filter((r) => r.plannedStart && r.status !== 'done');

  it('matches a full recompute after release edits applied incrementally, and after a delete', async () => {
    const index = new PlanConflicts();
    expect(ids((await index.rebuild({ catalog, plan, calendar, exceptions }))!)).toEqual(full(plan));
    const changed = [shift(planned[0]!, -30), shift(planned[1]!, 3)];
    const moved = { ...plan, releases: plan.releases.map((r) => changed.find((c) => c.id === r.id) ?? r) };
    const edit = index.updateReleases(changed, [], { catalog, plan: moved, calendar, exceptions });
    // Only releases changed: answered at once, without a rebuild.
    expect('conflicts' in edit && ids(edit.conflicts)).toEqual(full(moved));
    const fewer = { ...moved, releases: moved.releases.filter((r) => r.id !== planned[2]!.id) };
    const removed = index.updateReleases([], [planned[2]!.id], { catalog, plan: fewer, calendar, exceptions });
    expect('conflicts' in removed && ids(removed.conflicts)).toEqual(full(fewer));
  });

  it('previews a candidate without changing the plan’s own conflicts', async () => {
    const index = new PlanConflicts();
    const before = ids((await index.rebuild({ catalog, plan, calendar, exceptions }))!);
    const original = planned[0]!;
    const candidate = shift(original, -45);
    const preview = index.preview(candidate, original);
    const expected = detectConflicts({ catalog, plan: { ...plan, releases: plan.releases.map((r) => (r.id === original.id ? candidate : r)) }, exceptions });
    expect(ids(preview)).toEqual(ids(expected.filter((c) => c.releaseIds.includes(original.id))));
    const after = index.updateReleases([], [], { catalog, plan, calendar, exceptions });
    expect('conflicts' in after && ids(after.conflicts)).toEqual(before);
  });
});

describe('rebuilding a large plan between frames', () => {
  const big = generateEnterprise({ services: 120, dependencies: 300, releases: 1500, windows: 80, sites: 12, seed: 5 });
  const bigPlan = big.plan;
  const expected = () => ids(detectConflicts({ catalog: big.catalog, plan: bigPlan }));

  it('a rebuild runs in slices and ends with every conflict', async () => {
    expect(ids((await new PlanConflicts().rebuild({ catalog: big.catalog, plan: bigPlan }))!)).toEqual(expected());
  });

  it('a drag preview while the rebuild runs completes it first and answers for the whole plan', async () => {
    const index = new PlanConflicts();
    const pending = index.rebuild({ catalog: big.catalog, plan: bigPlan });
    const original = bigPlan.releases.find((r) => r.plannedStart)!;
    const candidate = shift(original, 2);
    const preview = index.preview(candidate, original);
    const moved = { ...bigPlan, releases: bigPlan.releases.map((r) => (r.id === original.id ? candidate : r)) };
    expect(ids(preview)).toEqual(ids(detectConflicts({ catalog: big.catalog, plan: moved }).filter((c) => c.releaseIds.includes(original.id))));
    expect(ids((await pending)!)).toEqual(expected());
  });

  it('a release edit during a rebuild starts it over with the new plan, still in slices', async () => {
    const index = new PlanConflicts();
    const first = index.rebuild({ catalog: big.catalog, plan: bigPlan, calendar: expandCalendar(bigPlan) });
    const target = shift(bigPlan.releases.find((r) => r.plannedStart)!, 1);
    const moved = { ...bigPlan, releases: bigPlan.releases.map((r) => (r.id === target.id ? target : r)) };
    const edited = index.updateReleases([target], [], { catalog: big.catalog, plan: moved });
    expect('pending' in edited).toBe(true);
    expect(await first).toBeNull();
    expect('pending' in edited && ids((await edited.pending)!)).toEqual(ids(detectConflicts({ catalog: big.catalog, plan: moved })));
  });

  it('checks releases near the view first and shows what it found for them before the rest is done', async () => {
    const planned = bigPlan.releases.filter((r) => r.plannedStart).sort((a, b) => Date.parse(a.plannedStart!) - Date.parse(b.plannedStart!));
    const nearMs = Date.parse(planned[Math.floor(planned.length / 2)]!.plannedStart!);
    const partials: Conflict[][] = [];
    const final = (await new PlanConflicts().rebuild({ catalog: big.catalog, plan: bigPlan }, { nearMs, onPartial: (found) => partials.push(found) }))!;
    expect(ids(final)).toEqual(expected());
    expect(partials).toHaveLength(1);
    const partial = new Set(partials[0]!.map((c) => c.id));
    expect(partial.size).toBeLessThan(final.length);
    expect(final.filter((c) => partial.has(c.id)).length).toBe(partial.size);
    // Every freeze and maintenance conflict of a release starting within a week of the view is already there.
    const near = new Set(planned.filter((r) => Math.abs(Date.parse(r.plannedStart!) - nearMs) <= 7 * 86_400_000).map((r) => r.id));
    const own = final.filter((c) => ['hard-freeze', 'soft-freeze-no-exception', 'outside-maintenance-window'].includes(c.type) && near.has(c.releaseIds[0]!));
    expect(own.length).toBeGreaterThan(0);
    expect(own.filter((c) => !partial.has(c.id))).toEqual([]);
  });

  it('a rebuild overtaken by a newer one answers null, and the newer one wins', async () => {
    const index = new PlanConflicts();
    const first = index.rebuild({ catalog: big.catalog, plan: bigPlan });
    const second = index.rebuild({ catalog: big.catalog, plan: bigPlan });
    expect(await first).toBeNull();
    expect(ids((await second)!)).toEqual(expected());
  });
});
