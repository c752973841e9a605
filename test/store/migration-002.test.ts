import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate, schemaVersion } from '../../electron/store/migrations';
import { undo } from '../../electron/store/journal';
import { recordedWrite, runWrite } from '../../electron/store/write-tx';
import { getException, listExceptions } from '../../electron/store/repos/exceptions';
import { loadPlanningInput } from '../../electron/store/load-planning-input';

function v1WithData(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, MIGRATIONS.filter((m) => m.version === 1));
  db.exec(`
    INSERT INTO sites (id, name, region, time_zone, kind) VALUES (1, 'DC Reno', 'West', 'America/Los_Angeles', 'dc');
    INSERT INTO services (id, name, kind, tier, hosting) VALUES (1, 'WMS', 'wms', 1, 'cloud');
    INSERT INTO windows (id, name, type, severity, start_local, end_local, time_zone, scope)
      VALUES (1, 'Quarter close', 'freeze', 'soft', '2030-03-28T00:00', '2030-04-02T00:00', 'UTC', '{"all":true,"regions":[],"siteIds":[],"serviceIds":[],"tiers":[],"kinds":[]}');
    INSERT INTO releases (id, title, type, status, planned_start, duration_minutes, strategy, rollback)
      VALUES (1, 'WMS 5.2', 'normal', 'approved', '2030-03-29T10:00:00Z', 60, 'big-bang', '{"steps":[],"expectedMinutes":0,"tested":true}');
    INSERT INTO release_services (release_id, service_id, how) VALUES (1, 1, 'code');
  `);
  return db;
}

const insert = (db: Database.Database, requester: string, approver: string | null, releaseId = 1) =>
  db.prepare("INSERT INTO freeze_exceptions (window_id, release_id, reason, requester, approver, approved_at) VALUES (1, ?, 'Hotfix for label outage', ?, ?, NULL)").run(releaseId, requester, approver);

describe('migration 002: freeze exceptions', () => {
  it('applies on a v1 workspace holding data, and keeps the data', () => {
    const db = v1WithData();
    expect(schemaVersion(db)).toBe(1);
    expect(migrate(db, MIGRATIONS.filter((m) => m.version <= 2))).toBe(2);
    expect(db.prepare('SELECT title FROM releases').pluck().all()).toEqual(['WMS 5.2']);
    expect(db.prepare('SELECT name FROM windows').pluck().all()).toEqual(['Quarter close']);
    expect(db.prepare('SELECT count(*) FROM release_services').pluck().get()).toBe(1);
    expect(db.prepare('SELECT count(*) FROM freeze_exceptions').pluck().get()).toBe(0);
  });

  it('enforces approver <> requester (case-insensitive), foreign keys and cascades', () => {
    const db = v1WithData();
    migrate(db);
    expect(() => insert(db, 'ana', 'Ana ')).toThrow(/CHECK/);
    expect(() => insert(db, 'ana', 'bob', 99)).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("INSERT INTO freeze_exceptions (window_id, release_id, requester) VALUES (1, 1, 'ana')").run()).toThrow(/NOT NULL/);
    insert(db, 'ana', null);
    insert(db, 'ana', 'bob');
    expect(db.prepare('SELECT count(*) FROM freeze_exceptions').pluck().get()).toBe(2);
    db.prepare('DELETE FROM releases WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) FROM freeze_exceptions').pluck().get()).toBe(0);
  });

  it('exceptions are audited and undoable, and reach the planning input', () => {
    const db = v1WithData();
    migrate(db);
    const who = { actor: 'ana' };
    const id = recordedWrite(db, who, 'Request exception', (rec) =>
      rec.put('exception', { windowId: 1, releaseId: 1, reason: 'Carrier label fix', requester: 'ana', approver: 'bob', approvedAt: '2030-03-28T09:00:00Z' }),
    );
    expect(getException(db, id)).toMatchObject({ approver: 'bob' });
    expect(loadPlanningInput(db).exceptions).toEqual([{ windowId: 1, releaseId: 1, reason: 'Carrier label fix', requester: 'ana', approver: 'bob' }]);
    expect(db.prepare("SELECT count(*) FROM audit WHERE entity = 'exception'").pluck().get()).toBe(1);
    runWrite(db, who, 'logged', (tx) => undo(db, tx));
    expect(listExceptions(db)).toEqual([]);
  });
});
