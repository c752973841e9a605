import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expandCalendar, formatLocal, type FreezeException } from '../../shared/engine/calendar';
import { ConflictIndex, detectConflicts } from '../../shared/engine/conflicts';
import type { Service } from '../../shared/model/catalog';
import type { Plan, Release } from '../../shared/model/plan';
import { generateEnterprise } from '../../bench/engine-fixtures';
import { catalog, planWindow, release } from './plan-fixtures';

const HOUR = 3_600_000;

describe('conflict properties', () => {
  const zone = fc.constantFrom('UTC', 'America/New_York', 'Europe/Berlin', 'Australia/Sydney', 'America/Chicago', 'site');

  it('a release inside a hard freeze is always reported', () => {
    fc.assert(
      fc.property(
        fc.record({
          zone,
          recurrence: fc.constantFrom(null, 'FREQ=WEEKLY;BYDAY=SA,SU', 'FREQ=DAILY', 'FREQ=MONTHLY;BYDAY=-1FR', 'FREQ=YEARLY'),
          startDay: fc.integer({ min: 0, max: 364 }),
          startHour: fc.integer({ min: 0, max: 23 }),
          hours: fc.integer({ min: 1, max: 72 }),
          scopeKind: fc.constantFrom('all', 'site', 'region', 'service', 'tier', 'kind'),
          serviceId: fc.constantFrom(11, 12, 13),
          occurrencePick: fc.nat(),
          offsetShare: fc.double({ min: 0, max: 0.999, noNaN: true }),
          minutes: fc.integer({ min: 1, max: 600 }),
        }),
        ({ zone, recurrence, startDay, startHour, hours, scopeKind, serviceId, occurrencePick, offsetShare, minutes }) => {
          const touched = catalog.services.find((s) => s.id === serviceId)!;
          const site = catalog.sites.find((s) => s.id === touched.siteIds[0])!;
          const scope = { all: false, regions: [] as string[], siteIds: [] as number[], serviceIds: [] as number[], tiers: [] as Array<1 | 2 | 3>, kinds: [] as Service['kind'][] };
          if (scopeKind === 'all') scope.all = true;
          if (scopeKind === 'site') scope.siteIds = [site.id];
          if (scopeKind === 'region') scope.regions = [site.region];
          if (scopeKind === 'service') scope.serviceIds = [serviceId];
          if (scopeKind === 'tier') scope.tiers = [touched.tier];
          if (scopeKind === 'kind') scope.kinds = [touched.kind];
          const start = Date.UTC(2025, 0, 1 + startDay, startHour);
          const freeze = planWindow(5, { timeZone: zone, recurrence, startLocal: formatLocal(start), endLocal: formatLocal(start + hours * HOUR), scope });
          const calendar = expandCalendar({ windows: [freeze] });
          const readIn = calendar.zoneFor(freeze, site.timeZone);
          const occurrences = calendar.occurrencesBetween(5, readIn, Date.UTC(2025, 0, 1), Date.UTC(2026, 0, 1)).filter((o) => o.endMs > o.startMs);
          if (occurrences.length === 0) return;
          const occurrence = occurrences[occurrencePick % occurrences.length]!;
          // Any instant inside the occurrence, at the one site the wave names.
          const releaseStart = Math.floor(occurrence.startMs + offsetShare * (occurrence.endMs - occurrence.startMs));
          const r = release(1, new Date(releaseStart).toISOString(), {
            services: [{ serviceId, how: 'code' }],
            durationMinutes: minutes,
            waves: [{ name: 'Pilot', siteIds: [site.id], soakMinutes: 0 }],
          });
          const conflicts = detectConflicts({ catalog, plan: { windows: [freeze], releases: [r] }, calendar });
          expect(conflicts.map((c) => c.id)).toContain('hard-freeze:1:window=5');
        },
      ),
      { numRuns: 40 },
    );
  });

  it('an incremental update gives the same conflicts as a full recompute', () => {
    const edit = fc.record({
      kind: fc.constantFrom('move', 'resize', 'services', 'status', 'depends', 'waves', 'remove', 'add', 'approvers', 'rename'),
      pick: fc.nat(),
      shiftHours: fc.integer({ min: -72, max: 72 }),
      minutes: fc.integer({ min: 15, max: 600 }),
      other: fc.nat(),
    });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.array(edit, { minLength: 1, maxLength: 6 }), (seed, edits) => {
        const generated = generateEnterprise({ services: 40, dependencies: 90, releases: 50, windows: 14, sites: 6, seed });
        // Squeeze the year into three weeks so releases overlap, compete for sites and meet windows.
        const base = Date.UTC(2025, 2, 1);
        const releases = generated.plan.releases.map((r, i) =>
          r.plannedStart ? { ...r, plannedStart: new Date(base + ((Date.parse(r.plannedStart) - base) % (21 * 24 * HOUR) + 21 * 24 * HOUR) % (21 * 24 * HOUR)).toISOString(), dependsOn: i % 7 === 3 ? [{ releaseId: ((i * 5) % 50) + 1, kind: 'finish-before' as const }] : r.dependsOn } : r,
        );
        const exceptions: FreezeException[] = generated.plan.windows.slice(0, 3).map((w, i) => ({ windowId: w.id, releaseId: i + 1, reason: 'peak', requester: 'user1', approver: i === 0 ? 'user1' : 'boss' }));
        let plan: Plan = { windows: generated.plan.windows, releases };
        const input = { catalog: generated.catalog, siteCapacity: { 1: 1, 2: 2 }, exceptions };
        const index = new ConflictIndex({ ...input, plan });
        let nextId = 1000;
        for (const e of edits) {
          const target = plan.releases[e.pick % plan.releases.length]!;
          const otherId = plan.releases[e.other % plan.releases.length]!.id;
          let changed: Release | null = null;
          let removed = false;
          switch (e.kind) {
            case 'move':
              changed = { ...target, plannedStart: new Date((target.plannedStart ? Date.parse(target.plannedStart) : base) + e.shiftHours * HOUR).toISOString() };
              break;
            case 'resize':
              changed = { ...target, durationMinutes: e.minutes };
              break;
            case 'services':
              changed = { ...target, services: [{ serviceId: generated.catalog.services[e.other % 40]!.id, how: 'schema' }] };
              break;
            case 'status':
              changed = { ...target, status: (['draft', 'done', 'scheduled', 'cancelled', 'approved'] as const)[e.other % 5]!, plannedStart: e.other % 3 === 0 ? null : target.plannedStart };
              break;
            case 'depends':
              changed = { ...target, dependsOn: [{ releaseId: otherId, kind: (['finish-before', 'start-after', 'same-window'] as const)[e.other % 3]! }] };
              break;
            case 'waves':
              changed = { ...target, strategy: 'waves', waves: [{ name: 'Wave 1', siteIds: [1, 2], soakMinutes: 0 }, { name: 'Pilot', siteIds: [(e.other % 6) + 1], soakMinutes: 0 }] };
              break;
            case 'approvers':
              changed = { ...target, approvers: [target.requester], rollback: { ...target.rollback, tested: !target.rollback.tested } };
              break;
            case 'rename':
              changed = { ...target, title: `${target.title} v2` };
              break;
            case 'add':
              changed = { ...target, id: nextId++, dependsOn: [{ releaseId: target.id, kind: 'start-after' }] };
              break;
            case 'remove':
              removed = true;
              break;
          }
          if (removed) {
            plan = { ...plan, releases: plan.releases.filter((r) => r.id !== target.id) };
            index.remove(target.id);
          } else {
            const next = changed!;
            plan = { ...plan, releases: plan.releases.some((r) => r.id === next.id) ? plan.releases.map((r) => (r.id === next.id ? next : r)) : [...plan.releases, next] };
            index.update(next);
          }
          expect(index.list()).toEqual(detectConflicts({ ...input, plan }));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('an index built a slice at a time, with an edit at any point, ends as a full recompute', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 1, max: 30 }), fc.nat({ max: 12 }), fc.integer({ min: -48, max: 48 }), fc.option(fc.integer({ min: 0, max: 364 })), (seed, slice, editAfter, shiftHours, nearDay) => {
        const { catalog: generatedCatalog, plan } = generateEnterprise({ services: 30, dependencies: 60, releases: 60, windows: 12, sites: 5, seed });
        // Nearest-first or start order: the order of the checks must not change what is found.
        const nearMs = nearDay === null ? undefined : Date.UTC(2025, 0, 1 + nearDay);
        const index = new ConflictIndex({ catalog: generatedCatalog, plan }, { inSlices: true, ...(nearMs === undefined ? {} : { nearMs }) });
        let slices = 0;
        while (slices < editAfter && !index.checkSome(slice)) slices++;
        const target = plan.releases[seed % plan.releases.length]!;
        const moved = { ...target, plannedStart: new Date(Date.parse(target.plannedStart ?? '2025-03-01T00:00Z') + shiftHours * HOUR).toISOString() };
        // An edit mid-build finishes the build first, then applies incrementally.
        index.update(moved);
        expect(index.built).toBe(true);
        const edited = { ...plan, releases: plan.releases.map((r) => (r.id === moved.id ? moved : r)) };
        expect(index.list()).toEqual(detectConflicts({ catalog: generatedCatalog, plan: edited }));
      }),
      { numRuns: 30 },
    );
  });

  it('a sliced build reports itself incomplete until the last slice', () => {
    const { catalog: generatedCatalog, plan } = generateEnterprise({ services: 30, dependencies: 60, releases: 40, windows: 10, sites: 5, seed: 9 });
    const index = new ConflictIndex({ catalog: generatedCatalog, plan }, { inSlices: true });
    expect(index.built).toBe(false);
    let slices = 0;
    while (!index.checkSome(10)) slices++;
    expect(slices).toBeGreaterThan(1);
    expect(index.list()).toEqual(detectConflicts({ catalog: generatedCatalog, plan }));
  });

  it('keeps conflict ids stable across recomputes and reports deltas', () => {
    const { catalog: big, plan } = generateEnterprise({ services: 60, dependencies: 150, releases: 80, windows: 20, sites: 6, seed: 3 });
    const first = detectConflicts({ catalog: big, plan }).map((c) => c.id);
    const second = detectConflicts({ catalog: big, plan: { ...plan, releases: [...plan.releases].reverse() } }).map((c) => c.id);
    expect(second).toEqual(first);
    const index = new ConflictIndex({ catalog: big, plan });
    const unchanged = index.update(plan.releases[0]!);
    expect(new Set(unchanged.added.map((c) => c.id))).toEqual(new Set(unchanged.removedIds));
  });
});
