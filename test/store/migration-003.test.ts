import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate, schemaVersion } from '../../electron/store/migrations';
import { openWorkspace } from '../../electron/store/open-workspace';

const SCOPE = '{"all":true,"regions":[],"siteIds":[],"serviceIds":[],"tiers":[],"kinds":[]}';

function v2WithData(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, MIGRATIONS.filter((m) => m.version <= 2));
  db.exec(`
    INSERT INTO windows (id, name, type, severity, start_local, end_local, time_zone, scope)
      VALUES (1, 'Christmas', 'freeze', 'soft', '2030-12-25T00:00', '2030-12-26T00:00', 'site', '${SCOPE}');
    INSERT INTO windows (id, name, type, severity, start_local, end_local, time_zone, scope)
      VALUES (2, 'Quarter close', 'freeze', 'soft', '2030-03-28T00:00', '2030-04-02T00:00', 'UTC', '${SCOPE}');
  `);
  return db;
}

const uidOf = (db: Database.Database) => db.prepare("SELECT value FROM workspace_meta WHERE key = 'workspace_uid'").pluck().get() as string;

describe('migration 003: workspace uid and ICS links', () => {
  it('applies on a v2 workspace holding data, keeps the data and gives the workspace a random uid', () => {
    const db = v2WithData();
    expect(schemaVersion(db)).toBe(2);
    expect(migrate(db, MIGRATIONS.filter((m) => m.version <= 3))).toBe(3);
    expect(db.prepare('SELECT name FROM windows ORDER BY id').pluck().all()).toEqual(['Christmas', 'Quarter close']);
    expect(uidOf(db)).toMatch(/^[0-9a-f]{32}$/);
    const other = v2WithData();
    migrate(other);
    expect(uidOf(other)).not.toBe(uidOf(db));
    expect(db.prepare('SELECT count(*) FROM ics_links').pluck().get()).toBe(0);
  });

  it('links follow their window: unknown windows are refused, deleting a window drops its links', () => {
    const db = v2WithData();
    migrate(db);
    const link = db.prepare('INSERT INTO ics_links (uid, window_id) VALUES (?, ?)');
    link.run('xmas@holidays.example', 1);
    link.run('close@finance.example', 2);
    expect(() => link.run('ghost@example', 99)).toThrow(/FOREIGN KEY/);
    expect(() => link.run('xmas@holidays.example', 2)).toThrow(/UNIQUE|PRIMARY KEY/);
    db.prepare('DELETE FROM windows WHERE id = 1').run();
    expect(db.prepare('SELECT uid FROM ics_links').pluck().all()).toEqual(['close@finance.example']);
  });

  it('keeps the uid across reopening the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cockpit-mig3-'));
    try {
      const file = join(dir, 'ws.sqlite');
      const first = openWorkspace(file);
      const uid = uidOf(first);
      first.close();
      const again = openWorkspace(file);
      expect(uidOf(again)).toBe(uid);
      again.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
