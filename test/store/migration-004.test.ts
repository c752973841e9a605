import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/api/dispatch';
import { handlers } from '../../electron/api/handler-table';
import type { HandlerContext } from '../../electron/api/context';
import { MIGRATIONS, migrate, schemaVersion } from '../../electron/store/migrations';
import { listSites } from '../../electron/store/repos/sites';

const release = (title: string) => JSON.stringify({ title });
const site = (name: string, id: number) => JSON.stringify({ id, name, region: 'West', timeZone: 'America/Los_Angeles', kind: 'dc' });

/** A v3 workspace as the app wrote it: two undo steps (one undone), audit rows tied to them, a deleted site. */
function v3WithHistory(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, MIGRATIONS.filter((m) => m.version <= 3));
  db.exec(`
    INSERT INTO sites (id, name, region, time_zone, kind) VALUES (1, 'DC Reno', 'West', 'America/Los_Angeles', 'dc');
    INSERT INTO history (id, label, at, actor, state) VALUES (1, 'Add site DC Reno', '2030-01-01T10:00:00Z', 'ana', 'done');
    INSERT INTO history (id, label, at, actor, state) VALUES (2, 'Add site DC Boise', '2030-01-01T11:00:00Z', 'ana', 'undone');
    INSERT INTO audit (id, at, actor, action, entity, entity_id, summary, before, after, history_id) VALUES
      (1, '2029-12-01T09:00:00Z', 'seed', 'import', 'release', 7, 'Created release R7', NULL, '${release('R7')}', NULL),
      (2, '2030-01-01T10:00:00Z', 'ana', 'create', 'site', 1, 'Created site DC Reno', NULL, '${site('DC Reno', 1)}', 1),
      (3, '2030-01-01T11:00:00Z', 'ana', 'create', 'site', 5, 'Created site DC Boise', NULL, '${site('DC Boise', 5)}', 2),
      (4, '2030-01-01T11:05:00Z', 'ana', 'undo', 'site', 5, 'Deleted site DC Boise', '${site('DC Boise', 5)}', NULL, NULL);
  `);
  return db;
}

const ctxOf = (db: Database.Database): HandlerContext => ({ db, actor: 'ana', workspacePath: ':memory:', appVersion: 'test' });

describe('migration 004: append-only audit, undo journal and id sequence', () => {
  it('carries every audit row and the undo history over, and undo and redo still work', async () => {
    const db = v3WithHistory();
    const auditBefore = db.prepare('SELECT id, at, actor, action, entity, entity_id, summary, before, after FROM audit ORDER BY id').all();
    expect(migrate(db, MIGRATIONS.filter((m) => m.version <= 4))).toBe(4);
    expect(schemaVersion(db)).toBe(4);
    expect(db.prepare('SELECT id, at, actor, action, entity, entity_id, summary, before, after FROM audit ORDER BY id').all()).toEqual(auditBefore);
    expect(db.prepare('SELECT id, label, state FROM journal ORDER BY id').all()).toEqual([
      { id: 1, label: 'Add site DC Reno', state: 'done' },
      { id: 2, label: 'Add site DC Boise', state: 'undone' },
    ]);
    // The undo/redo rows themselves are not part of any step.
    expect(db.prepare('SELECT journal_id, entity_id FROM journal_changes ORDER BY seq').all()).toEqual([{ journal_id: 1, entity_id: 1 }, { journal_id: 2, entity_id: 5 }]);

    migrate(db); // the handlers need the latest schema
    const ctx = ctxOf(db);
    const redo = await dispatch(handlers, ctx, 'history.redo', {});
    expect(redo).toMatchObject({ ok: true, value: { canRedo: false, undoLabel: 'Add site DC Boise' } });
    expect(listSites(db).map((s) => s.name).sort()).toEqual(['DC Boise', 'DC Reno']);
    await dispatch(handlers, ctx, 'history.undo', {});
    await dispatch(handlers, ctx, 'history.undo', {});
    expect(listSites(db)).toEqual([]);
  });

  it('seeds the id sequence past every id the audit has seen, so a deleted entity’s id is never reused', async () => {
    const db = v3WithHistory();
    migrate(db);
    const created = await dispatch(handlers, ctxOf(db), 'site.create', { name: 'DC Ogden', region: 'West', timeZone: 'America/Denver', kind: 'dc' });
    expect(created).toMatchObject({ ok: true, value: { id: 6 } });
    const made = await dispatch(handlers, ctxOf(db), 'release.create', { title: 'R', type: 'normal', status: 'draft', durationMinutes: 30, strategy: 'big-bang' });
    expect(made).toMatchObject({ ok: true, value: { id: 8 } });
  });

  it('the audit refuses UPDATE and DELETE, even of the rows carried over', () => {
    const db = v3WithHistory();
    migrate(db);
    expect(() => db.prepare("UPDATE audit SET actor = 'mallory' WHERE id = 2").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit WHERE id = 1').run()).toThrow(/append-only/);
    expect(db.prepare('SELECT count(*) FROM audit').pluck().get()).toBe(4);
  });

  it('an empty v3 workspace migrates too', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.filter((m) => m.version <= 3));
    expect(migrate(db, MIGRATIONS.filter((m) => m.version <= 4))).toBe(4);
    expect(db.prepare('SELECT count(*) FROM id_sequence WHERE last_id = 0').pluck().get()).toBe(7);
  });
});
