import { createHash } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/api/dispatch';
import { handlers } from '../../electron/api/handler-table';
import { openSession } from '../../electron/host/session';
import { WorkspaceHub } from '../../electron/host/workspace-hub';
import { takeBackup } from '../../electron/store/backups';
import { LATEST_VERSION } from '../../electron/store/migrations';
import { openWorkspace } from '../../electron/store/open-workspace';
import type { PushEvent } from '../../shared/api/changes';

const dir = mkdtempSync(join(tmpdir(), 'cockpit-open-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function demo(name: string): string {
  const file = join(dir, name);
  openSession(file, { actor: 'ana' }).close();
  return file;
}

describe('opening a workspace it cannot trust', () => {
  it('refuses a workspace from a newer version and leaves it byte-for-byte unchanged', () => {
    const file = join(dir, 'newer.sqlite');
    const db = new Database(file);
    db.exec('CREATE TABLE future (x)');
    db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    db.close();
    const before = digest(file);
    expect(() => openWorkspace(file)).toThrow(/written by a newer version of Release Cockpit .* nothing was changed/);
    expect(digest(file)).toBe(before);
  });

  it('refuses a file that is not SQLite, or is damaged, and offers the newest good backup', async () => {
    const file = demo('damaged.sqlite');
    const db = openWorkspace(file);
    const backup = await takeBackup(db, file, 'manual', new Date('2026-11-22T10:00:00Z'));
    db.close();
    writeFileSync(file, Buffer.concat([Buffer.from('this is not a database at all'), Buffer.alloc(8192, 7)]));
    const before = digest(file);
    expect(() => openWorkspace(file)).toThrow(`damaged or is not a Release Cockpit workspace, so it was not opened and was not changed. The newest good backup is ${backup.name}`);
    expect(digest(file)).toBe(before);
    const plain = join(dir, 'notes.txt');
    writeFileSync(plain, 'shopping list\n'.repeat(500));
    expect(() => openWorkspace(plain)).toThrow(/damaged or is not a Release Cockpit workspace.*No backup of it was found beside it\./);
  });

  it('opens a read-only file read-only: reads work, the info says so, and every write is refused with a clear message', async () => {
    const file = demo('readonly.sqlite');
    chmodSync(file, 0o444);
    const session = openSession(file, { seedNew: false });
    try {
      const info = await dispatch(handlers, session.ctx, 'workspace.info', {});
      expect(info).toMatchObject({ ok: true, value: { readOnly: true } });
      expect((await dispatch(handlers, session.ctx, 'catalog.get', {})).ok).toBe(true);
      const write = await dispatch(handlers, session.ctx, 'site.create', { name: 'DC Boise', region: 'West', timeZone: 'America/Boise', kind: 'dc' });
      expect(write).toMatchObject({ ok: false, error: { code: 'READ_ONLY', message: expect.stringMatching(/open read-only .* nothing was saved/) } });
    } finally {
      session.close();
      chmodSync(file, 0o644);
    }
  });

  it('a full disk fails the write with a clear error; what was saved stays, and the workspace keeps working', async () => {
    const file = demo('full.sqlite');
    const session = openSession(file, { seedNew: false });
    try {
      const before = await dispatch(handlers, session.ctx, 'export.workspaceJson', {});
      // SQLite's own way to run out of room: no page may be added beyond those the file has.
      session.ctx.db.pragma(`max_page_count = ${session.ctx.db.pragma('page_count', { simple: true }) as number}`);
      const big = 'x'.repeat(2000);
      let failed: unknown = null;
      for (let i = 0; i < 50 && failed === null; i++) {
        const result = await dispatch(handlers, session.ctx, 'service.create', { name: `Filler ${i}`, kind: 'integration', tier: 3, ownerTeam: 'Ops', hosting: 'cloud', description: big });
        if (!result.ok) failed = result.error;
      }
      expect(failed).toMatchObject({ message: 'The disk is full, so this change was not saved. Everything saved before it is intact. Free some space and try again.' });
      expect((await dispatch(handlers, session.ctx, 'catalog.get', {})).ok).toBe(true);
      expect(session.ctx.db.pragma('integrity_check', { simple: true })).toBe('ok');
      const after = await dispatch(handlers, session.ctx, 'export.workspaceJson', {});
      expect(after.ok && before.ok).toBe(true);
    } finally {
      session.close();
    }
  });

  it('checks the file after opening it, without holding up the first read, and tells the page about dangling records', async () => {
    const file = demo('dangling.sqlite');
    const raw = new Database(file);
    raw.pragma('foreign_keys = OFF');
    raw.prepare("INSERT INTO release_services (release_id, service_id, how) VALUES (9999, 9999, 'code')").run();
    raw.close();
    const hub = new WorkspaceHub(openSession(file, { seedNew: false }));
    try {
      const heard: PushEvent[] = [];
      hub.subscribe((e) => heard.push(e));
      expect((await hub.call('catalog.get', {})).ok).toBe(true);
      expect(heard).toEqual([]);
      await new Promise((r) => setTimeout(r, 1800));
      expect(heard).toEqual([{ type: 'notice', level: 'error', message: expect.stringMatching(/^\d+ record\(s\) point at something that no longer exists in .*dangling\.sqlite\. Save nothing important until it is restored from a backup\. No backup of it was found beside it\.$/) }]);
    } finally {
      hub.close();
    }
  });
});
