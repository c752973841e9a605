import type Database from 'better-sqlite3';

const ENTITY_TABLES: Record<string, string> = {
  site: 'sites', process: 'business_processes', service: 'services', dependency: 'dependencies', window: 'windows', release: 'releases', exception: 'freeze_exceptions',
};

// The audit trail becomes append-only and stops doubling as the undo journal and the id allocator.
// - journal / journal_changes: the undo history, carried over from history + the audit rows tied to it.
// - id_sequence: the last id handed out per entity (never reused, so an entity's audit stays its own).
// - audit: rebuilt without history_id (whose ON DELETE SET NULL rewrote audit rows), every row kept
//   with its id, then triggers refuse UPDATE and DELETE.
export function up(db: Database.Database): void {
  db.exec(`
    CREATE TABLE journal (
      id INTEGER PRIMARY KEY,
      label TEXT NOT NULL,
      at TEXT NOT NULL,
      actor TEXT NOT NULL,
      state TEXT NOT NULL CHECK (state IN ('done', 'undone'))
    );
    CREATE TABLE journal_changes (
      journal_id INTEGER NOT NULL REFERENCES journal(id) ON DELETE CASCADE,
      seq INTEGER NOT NULL,
      entity TEXT NOT NULL,
      entity_id INTEGER NOT NULL,
      before TEXT,
      after TEXT,
      PRIMARY KEY (journal_id, seq)
    ) WITHOUT ROWID;
    INSERT INTO journal (id, label, at, actor, state) SELECT id, label, at, actor, state FROM history;
    INSERT INTO journal_changes (journal_id, seq, entity, entity_id, before, after)
      SELECT history_id, id, entity, entity_id, before, after FROM audit
      WHERE history_id IN (SELECT id FROM journal) AND action NOT IN ('undo', 'redo') AND entity_id IS NOT NULL;

    CREATE TABLE id_sequence (
      entity TEXT PRIMARY KEY,
      last_id INTEGER NOT NULL
    ) WITHOUT ROWID;

    CREATE TABLE audit_v4 (
      id INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      actor TEXT NOT NULL,
      action TEXT NOT NULL,
      entity TEXT NOT NULL,
      entity_id INTEGER,
      summary TEXT NOT NULL,
      before TEXT,
      after TEXT
    );
    INSERT INTO audit_v4 (id, at, actor, action, entity, entity_id, summary, before, after)
      SELECT id, at, actor, action, entity, entity_id, summary, before, after FROM audit ORDER BY id;
    DROP TABLE audit;
    DROP TABLE history;
    ALTER TABLE audit_v4 RENAME TO audit;
    CREATE INDEX audit_by_entity ON audit(entity, entity_id);
    CREATE INDEX audit_by_time ON audit(at);
    CREATE TRIGGER audit_refuses_update BEFORE UPDATE ON audit
      BEGIN SELECT RAISE(ABORT, 'The audit trail is append-only: its entries cannot be changed.'); END;
    CREATE TRIGGER audit_refuses_delete BEFORE DELETE ON audit
      BEGIN SELECT RAISE(ABORT, 'The audit trail is append-only: its entries cannot be deleted.'); END;
  `);
  const seed = db.prepare('INSERT INTO id_sequence (entity, last_id) VALUES (?, ?)');
  for (const [entity, table] of Object.entries(ENTITY_TABLES)) {
    const live = (db.prepare(`SELECT max(id) FROM ${table}`).pluck().get() as number | null) ?? 0;
    const audited = (db.prepare('SELECT max(entity_id) FROM audit WHERE entity = ?').pluck().get(entity) as number | null) ?? 0;
    seed.run(entity, Math.max(live, audited));
  }
}
