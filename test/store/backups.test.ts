import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/api/dispatch';
import { handlers } from '../../electron/api/handler-table';
import type { Io } from '../../electron/cli/cli-io';
import { runBackup, runRestore } from '../../electron/cli/backup-commands';
import { openSession } from '../../electron/host/session';
import { backupDir, backupFile, listBackups, pruneBackups } from '../../electron/store/backups';

const dir = mkdtempSync(join(tmpdir(), 'cockpit-backups-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) } satisfies Io, out, err };
}

async function exported(file: string): Promise<unknown> {
  const session = openSession(file, { seedNew: false });
  try {
    const result = await dispatch(handlers, session.ctx, 'export.workspaceJson', {});
    if (!result.ok) throw new Error(result.error.message);
    const { exportedAt: _when, ...rest } = JSON.parse((result.value as { text: string }).text) as Record<string, unknown>;
    return rest;
  } finally {
    session.close();
  }
}

describe('backups', () => {
  it('a restore returns the exact earlier state, after asking; the state it replaced is backed up first', async () => {
    const file = join(dir, 'restore', 'workspace.sqlite');
    const session = openSession(file, { actor: 'ana' });
    session.close();
    const earlier = await exported(file);
    const taken = io();
    expect(await runBackup({ workspace: file }, [], taken.io)).toBe(0);
    expect(taken.out[0]).toMatch(/restore\/workspace-backups\/\d{4}-\d\d-\d\dT[\d-]+Z-manual\.sqlite$/);

    const later = openSession(file, { seedNew: false, actor: 'ana' });
    await dispatch(handlers, later.ctx, 'site.create', { name: 'DC Boise', region: 'West', timeZone: 'America/Boise', kind: 'dc' });
    later.close();
    expect(await exported(file)).not.toEqual(earlier);

    const noTerminal = io();
    expect(await runRestore({ workspace: file, latest: true }, [], noTerminal.io, async () => null)).toBe(2);
    expect(noTerminal.err[0]).toMatch(/no terminal to ask on\. Pass --yes/);
    const no = io();
    expect(await runRestore({ workspace: file, latest: true }, [], no.io, async () => false)).toBe(1);
    expect(no.out).toEqual(['Nothing was restored.']);

    const yes = io();
    expect(await runRestore({ workspace: file, latest: true }, [], yes.io, async () => true)).toBe(0);
    expect(await exported(file)).toEqual(earlier);
    const kinds = listBackups(file).map((b) => b.kind);
    expect(kinds).toEqual(['before-restore', 'manual']);
    // And the restore can itself be undone by restoring what it replaced.
    const back = listBackups(file)[0]!;
    expect(back.counts).toMatchObject({ services: expect.any(Number) });
  });

  it('names outside the backup folder are refused', () => {
    const file = join(dir, 'names', 'workspace.sqlite');
    for (const name of ['../workspace.sqlite', '/etc/passwd', 'x.sqlite']) expect(() => backupFile(file, name)).toThrow(/not the name of a backup/);
  });

  it('keeps the newest automatic backup of each of the last 7 days and of each of 4 weeks before, and the last 10 manual ones', () => {
    const file = join(dir, 'prune', 'workspace.sqlite');
    const folder = backupDir(file);
    mkdirSync(folder, { recursive: true });
    const now = new Date('2026-11-30T12:00:00Z');
    const name = (daysAgo: number, hour: number, kind: string) => {
      const at = new Date(now.getTime() - daysAgo * 86_400_000);
      at.setUTCHours(hour, 0, 0, 0);
      return `${at.toISOString().replace(/:/g, '-').replace('.', '-')}-${kind}.sqlite`;
    };
    const made: string[] = [];
    for (let d = 0; d < 60; d++) for (const hour of [6, 9]) made.push(name(d, hour, d % 2 ? 'daily' : 'opened'));
    for (let m = 0; m < 12; m++) made.push(name(m, 11, 'manual'));
    for (const n of made) writeFileSync(join(folder, n), '');
    pruneBackups(file, now);
    const left = made.filter((n) => existsSync(join(folder, n)));
    const auto = left.filter((n) => !n.endsWith('-manual.sqlite'));
    // The newest (09:00) of each of days 0..6, then the newest of each week reaching back 4 weeks.
    expect(auto.slice(0, 7)).toEqual([0, 1, 2, 3, 4, 5, 6].map((d) => name(d, 9, d % 2 ? 'daily' : 'opened')));
    expect(auto.length).toBeGreaterThanOrEqual(10);
    expect(auto.length).toBeLessThanOrEqual(12);
    expect(auto.every((n) => Date.parse(n.slice(0, 10)) >= now.getTime() - 35 * 86_400_000)).toBe(true);
    expect(left.filter((n) => n.endsWith('-manual.sqlite'))).toHaveLength(10);
  });
});
