import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from '../../electron/store/migrations';

describe('migration 005: runbooks, incidents, runs and their timelines', () => {
  it('applies on a v4 workspace holding data, keeps the data, and makes incident timelines append-only', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS.filter((m) => m.version <= 4));
    db.exec(`
      INSERT INTO services (id, name, kind, tier, hosting) VALUES (1, 'WMS', 'wms', 1, 'cloud');
      INSERT INTO releases (id, title, type, status, planned_start, duration_minutes, strategy, rollback)
        VALUES (1, 'WMS 5.2', 'normal', 'approved', '2030-03-29T10:00:00Z', 60, 'big-bang', '{"steps":[],"expectedMinutes":0,"tested":true}');
    `);
    expect(migrate(db, MIGRATIONS.filter((m) => m.version <= 5))).toBe(5);
    expect(db.prepare('SELECT title FROM releases').pluck().all()).toEqual(['WMS 5.2']);
    db.exec(`
      INSERT INTO incidents (id, title, status, release_id, declared_at, body) VALUES (1, 'WMS down', 'triage', 1, '2030-03-29T11:00:00Z', '{}');
      INSERT INTO incident_events (id, incident_id, run_id, at, recorded_at, actor, body) VALUES (1, 1, NULL, '2030-03-29T11:00:00Z', '2030-03-29T11:00:00Z', 'ana', '{}');
    `);
    expect(() => db.prepare("UPDATE incident_events SET at = '2030-03-29T10:00:00Z'").run()).toThrow(/append-only/);
    expect(() => db.prepare("INSERT INTO incident_events (id, incident_id, run_id, at, recorded_at, actor, body) VALUES (2, NULL, NULL, 'x', 'x', 'x', '{}')").run()).toThrow(/CHECK/);
    // A deleted release leaves its incidents, without the link.
    db.prepare('DELETE FROM releases WHERE id = 1').run();
    expect(db.prepare('SELECT release_id FROM incidents').pluck().get()).toBeNull();
    expect(db.prepare("SELECT entity FROM id_sequence WHERE entity IN ('runbook', 'incident', 'run', 'event', 'actionItem') ORDER BY entity").pluck().all()).toEqual(['actionItem', 'event', 'incident', 'run', 'runbook']);
  });
});
