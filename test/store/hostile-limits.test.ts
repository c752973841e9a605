import { describe, expect, it } from 'vitest';
import type { ImportRejection } from '../../shared/api/import-report';
import type { ApiError } from '../../shared/api/result';
import { MAX_IMPORT_ROWS, MAX_RECURRENCE_COUNT, MAX_REPORTED_ERRORS } from '../../shared/import/limits';
import { readCsv } from '../../shared/import/csv-table';
import { ErrorList } from '../../shared/import/row-errors';
import { memoryWorkspace } from './helpers';
import { event, ics } from './ics-fixtures';

const failure = async (pending: Promise<{ ok: boolean }>): Promise<ApiError> => {
  const result = (await pending) as { ok: boolean; error?: ApiError };
  expect(result.ok).toBe(false);
  return result.error!;
};
const rows = (error: ApiError) => (error.details as ImportRejection).errors.map((e) => e.message).join('\n');
const count = (db: ReturnType<typeof memoryWorkspace>['db'], sql: string) => db.prepare(sql).pluck().get() as number;

const WINDOW = { name: 'Night freeze', type: 'freeze', severity: 'hard', startLocal: '2030-01-01T00:00', endLocal: '2030-01-01T01:00', timeZone: 'UTC', scope: { all: true } } as const;
const YAML_BOMB = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]', ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`)].join('\n');

describe('oversized and explosive input is refused early, naming the limit, and writes nothing', () => {
  it('a 50 MB CSV', async () => {
    const { call, db } = memoryWorkspace();
    const text = `name,kind\n${'x,wms\n'.repeat(50_000_000 / 6)}`;
    const error = await failure(call('import.servicesCsv', { text }));
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toMatch(/The file is 50\.0 MB; the limit is 20 MB/);
    expect(count(db, 'SELECT count(*) FROM services')).toBe(0);
  });

  it('a 100,000-row CSV, read no further than the limit', async () => {
    const { call, db } = memoryWorkspace();
    const text = `name,kind\n${Array.from({ length: 100_000 }, (_, i) => `Service ${i},wms`).join('\n')}`;
    const error = await failure(call('import.servicesCsv', { text }));
    expect(error.code).toBe('IMPORT_REJECTED');
    expect(rows(error)).toMatch(/more than 20,000 rows, the limit for one import/);
    expect(count(db, 'SELECT count(*) FROM services')).toBe(0);
    // At the limit the file is read as usual.
    const atLimit = `name,kind\n${Array.from({ length: MAX_IMPORT_ROWS }, (_, i) => `Service ${i},wms`).join('\n')}`;
    const errors = new ErrorList();
    expect(readCsv(atLimit, errors)?.rows).toHaveLength(MAX_IMPORT_ROWS);
    expect(errors.size).toBe(0);
  });

  it('a file of bad rows lists the first problems and counts the rest', async () => {
    const { call } = memoryWorkspace();
    const text = `name,kind\n${Array.from({ length: MAX_REPORTED_ERRORS + 200 }, (_, i) => `S${i},spaceship`).join('\n')}`;
    const { errors } = (await failure(call('import.servicesCsv', { text }))).details as ImportRejection;
    expect(errors).toHaveLength(MAX_REPORTED_ERRORS + 1);
    expect(errors.at(-1)!.message).toBe(`and 200 more problems not listed (the first ${MAX_REPORTED_ERRORS} are)`);
  });

  it('a 10,000-character name, through the API and every import', async () => {
    const { call } = memoryWorkspace();
    const long = 'N'.repeat(10_000);
    const api = await failure(call('service.create', { name: long, kind: 'wms', tier: 1, hosting: 'cloud' }));
    expect(api.message).toMatch(/Name is longer than 120 characters/);
    expect((await failure(call('window.create', { ...WINDOW, name: long }))).message).toMatch(/longer than 120 characters/);
    expect(rows(await failure(call('import.servicesCsv', { text: `name,kind\n${long},wms` })))).toMatch(/name is longer than 120 characters/);
    expect(rows(await failure(call('import.dependenciesCsv', { text: `parent,type,child\n${long},Depends on::Used by,b` })))).toMatch(/longer than 120 characters/);
    const yaml = `apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: x\n  title: ${long}\nspec:\n  type: service\n`;
    const backstage = rows(await failure(call('import.backstage', { files: [{ name: 'catalog-info.yaml', text: yaml }] })));
    expect(backstage).toMatch(/longer than 120 characters/);
    expect(backstage.length).toBeLessThan(1000); // the name is shown shortened, not echoed whole
  });

  it('a YAML alias bomb (billion laughs)', async () => {
    const { call, db } = memoryWorkspace();
    const error = await failure(call('import.backstage', { files: [{ name: 'bomb.yaml', text: YAML_BOMB }] }));
    expect(error.code).toBe('IMPORT_REJECTED');
    expect(rows(error)).toMatch(/expands its aliases .* more than 100 times, the limit/);
    expect(count(db, 'SELECT count(*) FROM audit')).toBe(0);
  });

  it('a window that repeats every second or minute, or with a huge COUNT', async () => {
    const { call, db } = memoryWorkspace();
    for (const [recurrence, says] of [
      ['FREQ=SECONDLY', /at most hourly .*FREQ=SECONDLY is not allowed/],
      ['FREQ=MINUTELY;INTERVAL=5', /at most hourly/],
      ['FREQ=HOURLY;BYMINUTE=0,30', /repeats 48 times a day; the limit is 24/],
      ['FREQ=DAILY;BYSECOND=1', /BYSECOND is not allowed/],
      [`FREQ=DAILY;COUNT=${MAX_RECURRENCE_COUNT + 1}`, /COUNT=5001 is over the limit of 5,000 occurrences/],
    ] as const) {
      const error = await failure(call('window.create', { ...WINDOW, recurrence }));
      expect(error.code).toBe('VALIDATION');
      expect(error.message).toMatch(says);
    }
    expect(count(db, 'SELECT count(*) FROM windows')).toBe(0);
    expect((await call('window.create', { ...WINDOW, recurrence: `FREQ=HOURLY;COUNT=${MAX_RECURRENCE_COUNT}` })).ok).toBe(true);
  });

  it('a window whose rule never gives a date is refused at once, instead of costing seconds each time it is expanded', async () => {
    const { call, db } = memoryWorkspace();
    for (const recurrence of ['FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30', 'FREQ=HOURLY;BYMONTH=4;BYMONTHDAY=31', 'FREQ=MONTHLY;BYMONTH=6;BYMONTHDAY=-31']) {
      const started = performance.now();
      const error = await failure(call('window.create', { ...WINDOW, recurrence }));
      expect(performance.now() - started, recurrence).toBeLessThan(2000);
      expect(error.code).toBe('VALIDATION');
      expect(error.message).toMatch(/never gives a date/);
    }
    expect(count(db, 'SELECT count(*) FROM windows')).toBe(0);
    // Rare is not never: 29 February, and a fifth Monday in February (a leap year starting on a Monday).
    for (const recurrence of ['FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29', 'FREQ=MONTHLY;BYMONTH=2;BYDAY=5MO']) expect((await call('window.create', { ...WINDOW, recurrence })).ok, recurrence).toBe(true);
  });

  it('an iCalendar event that repeats every second, or with a huge COUNT, and a calendar of too many events', async () => {
    const { call, db } = memoryWorkspace();
    const text = ics(
      event('UID:s@x', 'SUMMARY:Every second', 'DTSTART:20301201T000000Z', 'DTEND:20301201T010000Z', 'RRULE:FREQ=SECONDLY'),
      event('UID:c@x', 'SUMMARY:Forever', 'DTSTART:20301201T000000Z', 'DTEND:20301201T010000Z', 'RRULE:FREQ=DAILY;COUNT=2000000000'),
    );
    const error = await failure(call('import.ics', { text }));
    expect(rows(error)).toMatch(/Every second.*at most hourly/);
    expect(rows(error)).toMatch(/Forever.*COUNT=2000000000 is over the limit/);
    const many = ics(...Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => event(`UID:${i}@x`, 'SUMMARY:x', 'DTSTART;VALUE=DATE:20301225')));
    expect(rows(await failure(call('import.ics', { text: many })))).toMatch(/more than 20,000 events/);
    expect(count(db, 'SELECT count(*) FROM windows')).toBe(0);
  });

  it('a workspace JSON list longer than the limit', async () => {
    const { call } = memoryWorkspace();
    const text = JSON.stringify({ format: 'release-cockpit-workspace', schemaVersion: 1, services: Array(MAX_IMPORT_ROWS + 1).fill({}) });
    expect(rows(await failure(call('import.workspaceJson', { text })))).toMatch(/holds 20,001 items; the limit is 20,000 per list/);
  });
});
