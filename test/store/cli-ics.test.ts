import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Io, Values } from '../../electron/cli/cli-io';
import { runExportIcs, runImportIcs } from '../../electron/cli/ics-commands';
import { listWindows } from '../../electron/store/repos/windows';
import { openWorkspace } from '../../electron/store/open-workspace';
import { seedDemo } from '../../electron/store/seed-demo';
import { DEMO_NOW, event, ics, parseWithNodeIcal } from './ics-fixtures';

let dir: string;
let workspace: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cockpit-cli-ics-'));
  workspace = join(dir, 'demo.sqlite');
  const db = openWorkspace(workspace);
  seedDemo(db, { actor: 'test' }, DEMO_NOW);
  db.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(command: (values: Values, positionals: string[], io: Io) => Promise<number>, values: Values, positionals: string[] = []) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await command({ workspace, ...values }, positionals, { out: (l) => stdout.push(l), err: (l) => stderr.push(l) });
  return { code, stdout, stderr };
}

const windows = () => {
  const db = openWorkspace(workspace);
  try {
    return listWindows(db);
  } finally {
    db.close();
  }
};

describe('export-ics', () => {
  it('writes freezes and releases with time-zone definitions to --out; --maintenance adds maintenance windows', async () => {
    const out = join(dir, 'plan.ics');
    const result = await run(runExportIcs, { out });
    expect(result.code).toBe(0);
    expect(result.stdout).toEqual([expect.stringMatching(/^Wrote .*plan\.ics \(\d+ events\)\.$/)]);
    const { events, tzids } = parseWithNodeIcal(readFileSync(out, 'utf8'));
    expect(tzids).toContain('America/Chicago');
    expect(events.some((e) => e.categories?.includes('Maintenance'))).toBe(false);
    const withMaintenance = parseWithNodeIcal((await run(runExportIcs, { maintenance: true })).stdout.join('\n'));
    expect(withMaintenance.events.some((e) => e.categories?.includes('Maintenance'))).toBe(true);
  });

  it('--utc writes every time in UTC and no VTIMEZONE', async () => {
    const result = await run(runExportIcs, { utc: true });
    expect(result.code).toBe(0);
    const text = result.stdout.join('\n');
    expect(text).toMatch(/^BEGIN:VCALENDAR/);
    expect(text).not.toContain('VTIMEZONE');
    expect(parseWithNodeIcal(text).tzids).toEqual([]);
  });

  it('exits 1 when there is no workspace', async () => {
    const result = await run(runExportIcs, { workspace: join(dir, 'missing.sqlite') });
    expect(result.code).toBe(1);
    expect(result.stderr.join('\n')).toMatch(/No workspace at/);
  });
});

describe('import-ics', () => {
  const holidays = ics(
    event('UID:xmas@holidays.example', 'SUMMARY:Christmas Day', 'DTSTART;VALUE=DATE:20301225', 'DTEND;VALUE=DATE:20301226', 'RRULE:FREQ=YEARLY'),
    event('UID:ny@holidays.example', 'SUMMARY:New Year’s Day', 'DTSTART;VALUE=DATE:20310101'),
  );

  it('imports a calendar as hard freezes, and importing it again changes nothing', async () => {
    const file = join(dir, 'holidays.ics');
    writeFileSync(file, holidays);
    const before = windows().length;
    const first = await run(runImportIcs, { severity: 'hard' }, [file]);
    expect(first.code).toBe(0);
    expect(first.stdout[0]).toBe('Imported: 2 windows.');
    const christmas = windows().find((w) => w.name === 'Christmas Day');
    expect(christmas).toMatchObject({ severity: 'hard', timeZone: 'site', recurrence: 'FREQ=YEARLY' });
    const again = await run(runImportIcs, { severity: 'hard', json: true }, [file]);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout.join('\n'))).toMatchObject({ ok: true, value: { kind: 'ics', created: {}, updated: {} } });
    expect(windows()).toHaveLength(before + 2);
  });

  it('exits 1 listing every bad event, 2 on usage errors', async () => {
    const bad = join(dir, 'bad.ics');
    writeFileSync(bad, ics(event('UID:a@x', 'DTSTART;VALUE=DATE:20301225'), event('UID:b@x', 'SUMMARY:No end', 'DTSTART:20301201T000000Z')));
    const rejected = await run(runImportIcs, {}, [bad]);
    expect(rejected.code).toBe(1);
    expect(rejected.stderr[0]).toMatch(/^2 events have problems; nothing was imported/);
    expect(rejected.stderr.slice(1)).toEqual([expect.stringMatching(/^ {2}line 4: .*no SUMMARY/), expect.stringMatching(/^ {2}line 8: “No end”: it has no end/)]);
    expect((await run(runImportIcs, { severity: 'medium' }, [bad])).code).toBe(2);
    expect((await run(runImportIcs, {}, [])).code).toBe(2);
    expect((await run(runImportIcs, {}, [join(dir, 'nope.ics')])).code).toBe(1);
  });
});
