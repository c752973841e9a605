import { describe, expect, it } from 'vitest';
import type { ImportRejection } from '../../shared/api/import-report';
import type { PlanWindow } from '../../shared/model/plan';
import { demoWorkspace, event, ics } from './ics-fixtures';
import { memoryWorkspace } from './helpers';

const HOLIDAYS = ics(
  event('UID:xmas@holidays.example', 'SUMMARY:Christmas Day', 'DESCRIPTION:Public holiday in every country we ship to', 'DTSTART;VALUE=DATE:20301225', 'DTEND;VALUE=DATE:20301226', 'RRULE:FREQ=YEARLY'),
  event('UID:newyear@holidays.example', 'SUMMARY:New Year’s Day', 'DTSTART;VALUE=DATE:20310101'),
  event('UID:boxing@holidays.example', 'SUMMARY:Boxing Day and Black Week', 'DTSTART;VALUE=DATE:20301226', 'DTEND;VALUE=DATE:20301229'),
  event('UID:cutover@peak.example', 'SUMMARY:Carrier cut-over', 'DTSTART;TZID=America/Chicago:20301129T180000', 'DTEND;TZID=America/Chicago:20301130T060000'),
  event('UID:blackout@peak.example', 'SUMMARY:EDI blackout', 'DTSTART:20301201T020000Z', 'DURATION:PT4H30M'),
  event('UID:thanksgiving@holidays.example', 'SUMMARY:Thanksgiving', 'DTSTART;TZID=America/New_York:20301128T000000', 'DTEND;TZID=America/New_York:20301129T000000', 'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=4TH;UNTIL=20351201T050000Z'),
);

const byName = (windows: PlanWindow[], name: string) => windows.find((w) => w.name === name)!;
const count = (db: ReturnType<typeof memoryWorkspace>['db'], sql: string) => db.prepare(sql).pluck().get() as number;

describe('import.ics', () => {
  it('turns a holiday calendar into freezes: all-day events on each site’s clock, TZID events in their zone, UTC events in UTC, rules kept', async () => {
    const { ok } = memoryWorkspace();
    const report = await ok('import.ics', { text: HOLIDAYS, fileName: 'holidays.ics' });
    expect(report).toMatchObject({ kind: 'ics', created: { windows: 6 }, updated: {} });
    const { windows } = await ok('plan.get', {});
    const everywhere = { all: true, regions: [], siteIds: [], serviceIds: [], tiers: [], kinds: [] };
    expect(byName(windows, 'Christmas Day')).toMatchObject({
      type: 'freeze', severity: 'soft', timeZone: 'site', startLocal: '2030-12-25T00:00', endLocal: '2030-12-26T00:00', recurrence: 'FREQ=YEARLY',
      reason: 'Public holiday in every country we ship to', scope: everywhere,
    });
    expect(byName(windows, 'New Year’s Day')).toMatchObject({ timeZone: 'site', startLocal: '2031-01-01T00:00', endLocal: '2031-01-02T00:00', recurrence: null });
    expect(byName(windows, 'Boxing Day and Black Week')).toMatchObject({ startLocal: '2030-12-26T00:00', endLocal: '2030-12-29T00:00' });
    expect(byName(windows, 'Carrier cut-over')).toMatchObject({ timeZone: 'America/Chicago', startLocal: '2030-11-29T18:00', endLocal: '2030-11-30T06:00' });
    expect(byName(windows, 'EDI blackout')).toMatchObject({ timeZone: 'UTC', startLocal: '2030-12-01T02:00', endLocal: '2030-12-01T06:30' });
    // UNTIL comes back as the New York wall time (05:00Z = 00:00 EST), as the engine reads rules.
    expect(byName(windows, 'Thanksgiving')).toMatchObject({ timeZone: 'America/New_York', recurrence: 'FREQ=YEARLY;BYMONTH=11;BYDAY=4TH;UNTIL=20351201T000000' });
  });

  it('applies the chosen severity, type and scope', async () => {
    const { ok } = memoryWorkspace();
    const site = await ok('site.create', { name: 'DC Reno', region: 'West', timeZone: 'America/Los_Angeles', kind: 'dc' });
    await ok('import.ics', { text: HOLIDAYS, severity: 'hard', scope: { siteIds: [site.id] } });
    const { windows } = await ok('plan.get', {});
    expect(windows.every((w) => w.severity === 'hard' && w.type === 'freeze' && w.scope.siteIds[0] === site.id && !w.scope.all)).toBe(true);
  });

  it('updates the same windows when the same calendar comes again: count unchanged, edits applied, no empty undo step', async () => {
    const { ok, db } = memoryWorkspace();
    await ok('import.ics', { text: HOLIDAYS });
    const again = await ok('import.ics', { text: HOLIDAYS });
    expect(again).toMatchObject({ created: {}, updated: {} });
    expect(again.warnings.join(' ')).toMatch(/already matches/);
    expect(count(db, 'SELECT count(*) FROM journal')).toBe(1);

    const edited = await ok('import.ics', { text: HOLIDAYS.replace('SUMMARY:Christmas Day', 'SUMMARY:Christmas (DCs closed)').replace('20301129T180000', '20301129T170000') });
    expect(edited).toMatchObject({ created: {}, updated: { windows: 2 } });
    const { windows } = await ok('plan.get', {});
    expect(windows).toHaveLength(6);
    expect(windows.map((w) => w.name)).toContain('Christmas (DCs closed)');
    expect(byName(windows, 'Carrier cut-over').startLocal).toBe('2030-11-29T17:00');
    expect(count(db, 'SELECT count(*) FROM ics_links')).toBe(6);
  });

  it('round trip: our own export imported into the same workspace updates its windows and never duplicates them', async () => {
    const { ok } = demoWorkspace();
    const before = (await ok('plan.get', {})).windows;
    for (const timeMode of ['zones', 'utc'] as const) {
      const exported = await ok('export.ics', { items: ['freezes', 'maintenance', 'releases'], timeMode });
      const report = await ok('import.ics', { text: exported.text });
      expect(report).toMatchObject({ created: {}, updated: {} });
      expect(report.warnings.join(' ')).toMatch(/release event\(s\) from a Release Cockpit export were skipped/);
      expect((await ok('plan.get', {})).windows).toEqual(before);
    }
    const peak = before.find((w) => w.name === 'Peak-season freeze')!;
    const exported = await ok('export.ics', {});
    const renamed = await ok('import.ics', { text: exported.text.replaceAll('SUMMARY:Peak-season freeze', 'SUMMARY:Peak season (no changes)') });
    expect(renamed).toMatchObject({ created: {}, updated: { windows: 1 } });
    const after = (await ok('plan.get', {})).windows;
    expect(after).toHaveLength(before.length);
    // Our own window keeps its zone setting, severity, scope and reason; the calendar carried the name.
    expect(after.find((w) => w.id === peak.id)).toEqual({ ...peak, name: 'Peak season (no changes)' });
  });

  it('rejects a file with bad events, listing every one with its line, and writes nothing', async () => {
    const { ok, call, db } = demoWorkspace();
    const windowsBefore = (await ok('plan.get', {})).windows;
    const auditBefore = count(db, 'SELECT count(*) FROM audit');
    const text = ics(
      event('UID:good@example', 'SUMMARY:Fine', 'DTSTART;VALUE=DATE:20301225'),
      event('UID:zone@example', 'SUMMARY:Bad zone', 'DTSTART;TZID=Mars/Olympus:20301201T000000', 'DURATION:PT1H'),
      event('UID:rule@example', 'SUMMARY:Bad rule', 'DTSTART:20301201T000000Z', 'DTEND:20301201T010000Z', 'RRULE:FREQ=SOMETIMES'),
      event('UID:backwards@example', 'SUMMARY:Backwards', 'DTSTART:20301202T000000Z', 'DTEND:20301201T000000Z'),
    );
    const result = await call('import.ics', { text });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('IMPORT_REJECTED');
    expect(result.error.message).toMatch(/^3 events have problems; nothing was imported/);
    const { errors, kind } = result.error.details as ImportRejection;
    expect(kind).toBe('ics');
    expect(errors.map((e) => e.line)).toEqual([9, 15, 22]);
    expect(errors[0]!.message).toMatch(/“Bad zone”.*Mars\/Olympus.*IANA/);
    expect(errors[1]!.message).toMatch(/“Bad rule” cannot be read: invalid frequency/);
    expect(errors[2]!.message).toMatch(/“Backwards”: End must be after start/);
    expect((await ok('plan.get', {})).windows).toEqual(windowsBefore);
    expect(count(db, 'SELECT count(*) FROM audit')).toBe(auditBefore);
    expect(count(db, 'SELECT count(*) FROM ics_links')).toBe(0);
  });

  it('rejects text that is not a calendar, and a calendar without events, saying why', async () => {
    const { call } = memoryWorkspace();
    for (const [text, message] of [
      ['name,kind\nWMS,wms\n', /not an iCalendar \(\.ics\) file: it must start with BEGIN:VCALENDAR/],
      ['', /The file is empty/],
      [ics(), /holds no events \(VEVENT\)/],
    ] as const) {
      const result = await call('import.ics', { text });
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe('IMPORT_REJECTED');
      expect(result.error.message).toMatch(message);
      expect(result.error.message).toMatch(/Nothing was imported\.$/);
    }
  });

  it('is one audited, undoable step; redo brings the windows back and a later re-import still updates them', async () => {
    const { ok, db } = demoWorkspace();
    const before = (await ok('plan.get', {})).windows.length;
    await ok('import.ics', { text: HOLIDAYS, fileName: 'holidays.ics' });
    const history = db.prepare("SELECT id, label FROM journal WHERE state = 'done'").all() as { id: number; label: string }[];
    expect(history).toEqual([{ id: expect.any(Number), label: 'Import calendar holidays.ics (6 windows)' }]);
    expect(count(db, `SELECT count(*) FROM journal_changes WHERE journal_id = ${history[0]!.id} AND entity = 'window'`)).toBe(6);
    const audit = db.prepare("SELECT action, entity FROM audit WHERE entity = 'window' ORDER BY id DESC LIMIT 6").all() as { action: string; entity: string }[];
    expect(audit).toHaveLength(6);
    expect(audit.every((a) => a.action === 'import' && a.entity === 'window')).toBe(true);

    expect(await ok('history.undo', {})).toMatchObject({ canUndo: false, redoLabel: 'Import calendar holidays.ics (6 windows)' });
    expect((await ok('plan.get', {})).windows).toHaveLength(before);
    expect(count(db, 'SELECT count(*) FROM ics_links')).toBe(0);

    await ok('history.redo', {});
    expect((await ok('plan.get', {})).windows).toHaveLength(before + 6);
    // Redo brings the links back with the windows, not just windows that happen to match.
    expect(count(db, 'SELECT count(*) FROM ics_links')).toBe(6);
    const again = await ok('import.ics', { text: HOLIDAYS });
    expect(again).toMatchObject({ created: {}, updated: {} });
    expect((await ok('plan.get', {})).windows).toHaveLength(before + 6);
  });

  it('an imported window edited in the app, deleted and brought back by undo, is still the one a re-import updates', async () => {
    const { ok, db } = memoryWorkspace();
    await ok('import.ics', { text: HOLIDAYS });
    const christmas = byName((await ok('plan.get', {})).windows, 'Christmas Day');
    await ok('window.update', { ...christmas, reason: 'DCs closed; carriers do not collect' });
    await ok('window.delete', { id: christmas.id });
    expect(count(db, 'SELECT count(*) FROM ics_links')).toBe(5);
    await ok('history.undo', {});
    expect(count(db, 'SELECT count(*) FROM ics_links')).toBe(6);
    const again = await ok('import.ics', { text: HOLIDAYS.replace('SUMMARY:Christmas Day', 'SUMMARY:Christmas Day (observed)') });
    expect(again).toMatchObject({ created: {}, updated: { windows: 1 } });
    const windows = (await ok('plan.get', {})).windows;
    expect(windows).toHaveLength(6);
    expect(windows.find((w) => w.id === christmas.id)?.name).toBe('Christmas Day (observed)');
  });

  it('undoing an import that took over a window made by hand drops the link it added', async () => {
    const { ok, db } = memoryWorkspace();
    const everywhere = { all: true, regions: [], siteIds: [], serviceIds: [], tiers: [], kinds: [] };
    const mine = await ok('window.create', {
      name: 'Christmas Day', type: 'freeze', severity: 'soft', timeZone: 'site', startLocal: '2030-12-25T00:00', endLocal: '2030-12-26T00:00', recurrence: 'FREQ=YEARLY', scope: everywhere, reason: 'Our own note',
    });
    await ok('import.ics', { text: HOLIDAYS });
    expect(db.prepare('SELECT window_id FROM ics_links WHERE uid = ?').pluck().get('xmas@holidays.example')).toBe(mine.id);
    await ok('history.undo', {});
    expect(count(db, 'SELECT count(*) FROM ics_links')).toBe(0);
    expect(byName((await ok('plan.get', {})).windows, 'Christmas Day').reason).toBe('Our own note');
  });

  it('reads TZIDs that are not bare IANA names, and warns about what it cannot keep', async () => {
    const { ok } = memoryWorkspace();
    const text = ics(
      'BEGIN:VTIMEZONE', 'TZID:W. Europe Standard Time',
      'BEGIN:STANDARD', 'DTSTART:16010101T030000', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100', 'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10', 'END:STANDARD',
      'BEGIN:DAYLIGHT', 'DTSTART:16010101T020000', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200', 'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3', 'END:DAYLIGHT',
      'END:VTIMEZONE',
      event('UID:outlook@example', 'SUMMARY:Stocktake Rotterdam', 'DTSTART;TZID=W. Europe Standard Time:20300715T080000', 'DTEND;TZID=W. Europe Standard Time:20300715T120000'),
      event('UID:prefixed@example', 'SUMMARY:Berlin inventory', 'DTSTART;TZID=/citadel.org/20190103_1/Europe/Berlin:20300716T080000', 'DTEND;TZID=/citadel.org/20190103_1/Europe/Berlin:20300716T120000'),
      event('UID:weekly@example', 'SUMMARY:Weekly close', 'DTSTART;TZID=Europe/London:20300701T170000', 'DTEND;TZID=Europe/London:20300701T190000', 'RRULE:FREQ=WEEKLY', 'EXDATE;TZID=Europe/London:20300708T170000'),
      event('UID:weekly@example', 'RECURRENCE-ID;TZID=Europe/London:20300715T170000', 'SUMMARY:Weekly close (moved)', 'DTSTART;TZID=Europe/London:20300715T180000', 'DTEND;TZID=Europe/London:20300715T200000'),
    );
    const report = await ok('import.ics', { text });
    expect(report.created).toEqual({ windows: 3 });
    const { windows } = await ok('plan.get', {});
    // Outlook's zone name: converted through the file's VTIMEZONE (CEST, +02:00) to UTC.
    expect(byName(windows, 'Stocktake Rotterdam')).toMatchObject({ timeZone: 'UTC', startLocal: '2030-07-15T06:00', endLocal: '2030-07-15T10:00' });
    expect(byName(windows, 'Berlin inventory')).toMatchObject({ timeZone: 'Europe/Berlin', startLocal: '2030-07-16T08:00' });
    const warnings = report.warnings.join('\n');
    expect(warnings).toMatch(/W\. Europe Standard Time.*not an IANA name.*converted to UTC/);
    expect(warnings).toMatch(/EXDATE and RDATE .* ignored.*“Weekly close”/);
    expect(warnings).toMatch(/single occurrences \(RECURRENCE-ID\) were ignored: “Weekly close \(moved\)”/);
  });
});
