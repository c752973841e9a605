import type { VEvent } from 'node-ical';
import { describe, expect, it } from 'vitest';
import { loadPlanningInput } from '../../electron/store/load-planning-input';
import { affectedSites, formatLocal, instantToWall, normaliseZone } from '../../shared/engine/calendar';
import { buildCatalogLookup } from '../../shared/engine/graph/catalog-lookup';
import type { PlanWindow } from '../../shared/model/plan';
import { demoWorkspace, parseWithNodeIcal } from './ics-fixtures';
import { memoryWorkspace } from './helpers';

const text = (value: VEvent['summary'] | undefined) => (typeof value === 'string' ? value : (value?.val ?? ''));
const windowIdOf = (uid: string) => Number(/^window-(\d+)/.exec(uid)?.[1]);

/** The zones a window is exported in: its own, or each distinct zone of the sites it reaches. */
function expectedZones(window: PlanWindow, input: ReturnType<typeof loadPlanningInput>): string[] {
  if (window.timeZone !== 'site') return [window.timeZone];
  const zones = new Set(affectedSites(window, buildCatalogLookup(input.catalog)).map((s) => normaliseZone(s.timeZone)));
  return zones.size ? [...zones].sort() : ['UTC'];
}

describe('export.ics (read back with node-ical)', () => {
  it('writes every freeze once per zone it is kept in, at its wall clock, with TZID, VTIMEZONE and its RRULE', async () => {
    const { db, ok } = demoWorkspace();
    const input = loadPlanningInput(db);
    const exported = await ok('export.ics', {});
    const { events, tzids } = parseWithNodeIcal(exported.text);
    expect(exported.events).toBe(events.length);
    expect(exported.fileName).toMatch(/^release-cockpit-calendar-\d{4}-\d{2}-\d{2}\.ics$/);

    const freezes = input.plan.windows.filter((w) => w.type === 'freeze');
    expect(freezes.length).toBeGreaterThan(2);
    for (const window of freezes) {
      const copies = events.filter((e) => e.uid.startsWith('window-') && windowIdOf(e.uid) === window.id);
      const zones = expectedZones(window, input);
      expect(copies.map((e) => e.start.tz ?? 'UTC').sort(), window.name).toEqual(zones.map((z) => (z === 'UTC' ? 'Etc/UTC' : z)).sort());
      for (const copy of copies) {
        const zone = zones.find((z) => z === copy.start.tz) ?? 'UTC';
        expect(text(copy.summary)).toBe(window.name);
        expect(copy.categories).toEqual(['Freeze', window.severity === 'hard' ? 'Hard' : 'Soft']);
        expect(formatLocal(instantToWall(copy.start.getTime(), zone)), window.name).toBe(window.startLocal);
        expect(formatLocal(instantToWall(copy.end!.getTime(), zone)), window.name).toBe(window.endLocal);
        if (zone !== 'UTC') expect(tzids).toContain(zone);
        if (window.recurrence) {
          expect(copy.rrule?.toString()).toContain(`RRULE:${window.recurrence}`);
          expect(exported.text).toContain(`RRULE:${window.recurrence}\r\n`);
        } else expect(copy.rrule).toBeUndefined();
        expect(text(copy.description)).toContain(window.severity === 'hard' ? 'Hard freeze' : 'Soft freeze');
        if (window.reason) expect(text(copy.description).replace(/\s+/g, ' ')).toContain(window.reason.slice(0, 40));
      }
    }
    expect(exported.text).toMatch(/DTSTART;TZID=America\/Chicago:\d{8}T\d{6}\r\n/);
    expect(events.some((e) => text(e.summary).startsWith('Release: '))).toBe(true);
    expect(events.some((e) => e.categories?.includes('Maintenance'))).toBe(false);
  });

  it('writes planned releases in UTC with their duration, status and services', async () => {
    const { db, ok } = demoWorkspace();
    const { plan, catalog } = loadPlanningInput(db);
    const { events } = parseWithNodeIcal((await ok('export.ics', { items: ['releases'] })).text);
    const planned = plan.releases.filter((r) => r.plannedStart);
    expect(events).toHaveLength(planned.length);
    for (const release of planned) {
      const event = events.find((e) => e.uid.startsWith(`release-${release.id}@`))!;
      expect(event.start.getTime()).toBe(Date.parse(release.plannedStart!));
      expect(event.end!.getTime() - event.start.getTime()).toBe(release.durationMinutes * 60_000);
      expect(event.status).toBe(release.status === 'cancelled' ? 'CANCELLED' : ['draft', 'submitted'].includes(release.status) ? 'TENTATIVE' : 'CONFIRMED');
      const service = catalog.services.find((s) => s.id === release.services[0]?.serviceId);
      if (service) expect(text(event.description).replace(/\s+/g, ' ')).toContain(service.name);
    }
  });

  it('in UTC mode writes Z times, no TZID and no VTIMEZONE, keeps the RRULE and says where UTC repetition drifts', async () => {
    const { ok } = demoWorkspace();
    const zoned = parseWithNodeIcal((await ok('export.ics', { items: ['freezes', 'maintenance', 'releases'] })).text);
    const exported = await ok('export.ics', { items: ['freezes', 'maintenance', 'releases'], timeMode: 'utc' });
    expect(exported.fileName).toMatch(/-utc\.ics$/);
    expect(exported.text).not.toContain('BEGIN:VTIMEZONE');
    expect(exported.text).not.toContain('TZID');
    for (const line of exported.text.split('\r\n').filter((l) => /^DT(START|END)/.test(l))) expect(line).toMatch(/^DT(START|END):\d{8}T\d{6}Z$/);
    const utc = parseWithNodeIcal(exported.text);
    expect(utc.tzids).toEqual([]);
    expect(utc.events.map((e) => e.uid).sort()).toEqual(zoned.events.map((e) => e.uid).sort());
    for (const event of utc.events) {
      const twin = zoned.events.find((e) => e.uid === event.uid)!;
      expect(event.start.getTime()).toBe(twin.start.getTime());
      expect(event.rrule?.options.freq).toBe(twin.rrule?.options.freq);
    }
    // The weekly Chicago maintenance crosses the November DST change: UTC repetition drifts by an hour.
    const drifting = utc.events.find((e) => text(e.summary) === 'DC Sunday maintenance' && /^window-\d+-america-chicago@/.test(e.uid));
    expect(text(drifting?.description)).toMatch(/Times are in UTC\. The window repeats at 02:00 local time in America\/Chicago/);
  });

  it('keeps UIDs identical across exports and distinct between workspaces', async () => {
    const first = demoWorkspace();
    const uids = async (ws: ReturnType<typeof demoWorkspace>) => parseWithNodeIcal((await ws.ok('export.ics', { items: ['freezes', 'maintenance', 'releases'] })).text).events.map((e) => e.uid).sort();
    const once = await uids(first);
    expect(once.length).toBe(new Set(once).size);
    expect(await uids(first)).toEqual(once);
    for (const uid of once) expect(uid).toMatch(/^(window-\d+(-[a-z0-9-]+)?|release-\d+)@[0-9a-f]{32}\.release-cockpit$/);
    expect((await uids(demoWorkspace()))[0]).not.toBe(once[0]);
  });

  it('writes a wall time inside a spring-forward gap as written, so its RRULE stays on that clock', async () => {
    const { ok } = memoryWorkspace();
    await ok('window.create', {
      name: 'Sunday 02:30 job', type: 'freeze', severity: 'soft', timeZone: 'America/Chicago', recurrence: 'FREQ=WEEKLY;BYDAY=SU;UNTIL=20310601T000000',
      startLocal: '2031-03-09T02:30', endLocal: '2031-03-09T03:30', scope: { all: true },
    });
    const { text: body } = await ok('export.ics', {});
    expect(body).toContain('DTSTART;TZID=America/Chicago:20310309T023000\r\n');
    // RFC 5545: with a TZID start, UNTIL is the UTC instant of the wall time the engine reads (00:00 CDT = 05:00Z).
    expect(body).toContain('RRULE:FREQ=WEEKLY;BYDAY=SU;UNTIL=20310601T050000Z\r\n');
  });
});
