import { describe, expect, it } from 'vitest';
import { buildDemoWorkspace } from '../../shared/demo/build-demo';
import { expandCalendar } from '../../shared/engine/calendar/window-calendar';
import { detectConflicts, type Conflict } from '../../shared/engine/conflicts';
import type { Catalog } from '../../shared/model/catalog';
import type { FreezeExceptionRecord, Plan, Release } from '../../shared/model/plan';
import { toFreezeException } from '../../shared/engine/calendar/freeze-exceptions';
import type { WindowCalendar } from '../../shared/engine/calendar/window-calendar';
import { previewConflicts, syncConflicts } from '../../renderer/state/plan-conflicts';
import { generateEnterprise } from '../../bench/engine-fixtures';

const demo = buildDemoWorkspace(new Date('2026-11-22T09:00:00Z'));
const catalog = { sites: demo.sites, services: demo.services, dependencies: demo.dependencies, processes: demo.processes };
const ids = (list: { id: string }[]) => list.map((c) => c.id).sort();
const full = (plan: Plan) => ids(detectConflicts({ catalog, plan, exceptions: demo.exceptions.map(toFreezeException) }));
const shift = (release: Release, days: number): Release => ({ ...release, plannedStart: new Date(Date.parse(release.plannedStart!) + days * 86_400_000).toISOString() });

/** The conflicts now, or once the rebuild between frames has finished. */
async function settle(catalogIn: Catalog, plan: Plan, exceptions: readonly FreezeExceptionRecord[], calendar: WindowCalendar): Promise<Conflict[] | null> {
  const sync = syncConflicts(catalogIn, plan, exceptions, calendar);
  return 'conflicts' in sync ? sync.conflicts : sync.pending;
}

describe('the calendar’s own conflict index (live preview and after each edit)', () => {
  const plan: Plan = { windows: demo.windows, releases: demo.releases };
  const calendar = expandCalendar(plan);
  const planned = demo.releases.filter((r) => r.plannedStart && r.status !== 'done');

  it('matches a full recompute after release edits applied incrementally, and after a delete', async () => {
    expect(ids((await settle(catalog, plan, demo.exceptions, calendar))!)).toEqual(full(plan));
    const moved = { ...plan, releases: plan.releases.map((r) => (r.id === planned[0]!.id ? shift(r, -30) : r.id === planned[1]!.id ? shift(r, 3) : r)) };
    const edit = syncConflicts(catalog, moved, demo.exceptions, calendar);
    // Only releases changed: answered at once, without a rebuild.
    expect('conflicts' in edit && ids(edit.conflicts)).toEqual(full(moved));
    const fewer = { ...moved, releases: moved.releases.filter((r) => r.id !== planned[2]!.id) };
    expect(ids((await settle(catalog, fewer, demo.exceptions, calendar))!)).toEqual(full(fewer));
  });

  it('previews a candidate without changing the plan’s own conflicts', async () => {
    const before = ids((await settle(catalog, plan, demo.exceptions, calendar))!);
    const original = planned[0]!;
    const candidate = shift(original, -45);
    const preview = previewConflicts(candidate, original);
    const expected = detectConflicts({ catalog, plan: { ...plan, releases: plan.releases.map((r) => (r.id === original.id ? candidate : r)) }, exceptions: demo.exceptions.map(toFreezeException) });
    expect(ids(preview)).toEqual(ids(expected.filter((c) => c.releaseIds.includes(original.id))));
    expect(ids((await settle(catalog, plan, demo.exceptions, calendar))!)).toEqual(before);
  });
});

describe('rebuilding a large plan between frames', () => {
  const big = generateEnterprise({ services: 120, dependencies: 300, releases: 1500, windows: 80, sites: 12, seed: 5 });
  const bigPlan = big.plan;
  const expected = () => ids(detectConflicts({ catalog: big.catalog, plan: bigPlan }));

  it('a new calendar or catalog starts a rebuild in slices that ends with every conflict', async () => {
    const sync = syncConflicts(big.catalog, bigPlan, [], expandCalendar(bigPlan));
    expect('pending' in sync).toBe(true);
    if (!('pending' in sync)) return;
    expect(ids((await sync.pending)!)).toEqual(expected());
  });

  it('a drag preview while the rebuild runs completes it first and answers for the whole plan', async () => {
    const sync = syncConflicts(big.catalog, bigPlan, [], expandCalendar(bigPlan));
    const original = bigPlan.releases.find((r) => r.plannedStart)!;
    const candidate = shift(original, 2);
    const preview = previewConflicts(candidate, original);
    const moved = { ...bigPlan, releases: bigPlan.releases.map((r) => (r.id === original.id ? candidate : r)) };
    expect(ids(preview)).toEqual(ids(detectConflicts({ catalog: big.catalog, plan: moved }).filter((c) => c.releaseIds.includes(original.id))));
    expect('pending' in sync && ids((await sync.pending)!)).toEqual(expected());
  });

  it('the catalog read again during a rebuild (every write does that) joins it instead of finishing it at once', async () => {
    const calendar = expandCalendar(bigPlan);
    const first = syncConflicts(big.catalog, bigPlan, [], calendar);
    const again = syncConflicts(structuredClone(big.catalog), bigPlan, [], calendar);
    expect('pending' in first && 'pending' in again && again.pending === first.pending).toBe(true);
    // A release edit meanwhile starts the rebuild over with the new plan, still in slices.
    const target = bigPlan.releases.find((r) => r.plannedStart)!;
    const moved = { ...bigPlan, releases: bigPlan.releases.map((r) => (r.id === target.id ? shift(r, 1) : r)) };
    const edited = syncConflicts(big.catalog, moved, [], calendar);
    expect('pending' in edited).toBe(true);
    expect('pending' in first && (await first.pending)).toBeNull();
    expect('pending' in edited && ids((await edited.pending)!)).toEqual(ids(detectConflicts({ catalog: big.catalog, plan: moved })));
  });

  it('checks releases near the view first and shows what it found for them before the rest is done', async () => {
    const planned = bigPlan.releases.filter((r) => r.plannedStart).sort((a, b) => Date.parse(a.plannedStart!) - Date.parse(b.plannedStart!));
    const nearMs = Date.parse(planned[Math.floor(planned.length / 2)]!.plannedStart!);
    const partials: Conflict[][] = [];
    const sync = syncConflicts(big.catalog, bigPlan, [], expandCalendar(bigPlan), { nearMs, onPartial: (found) => partials.push(found) });
    const final = 'pending' in sync ? (await sync.pending)! : [];
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
    const first = syncConflicts(big.catalog, bigPlan, [], expandCalendar(bigPlan));
    const second = syncConflicts(big.catalog, bigPlan, [], expandCalendar(bigPlan));
    expect('pending' in first && (await first.pending)).toBeNull();
    expect('pending' in second && ids((await second.pending)!)).toEqual(expected());
  });
});
