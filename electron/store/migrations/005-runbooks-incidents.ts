import type Database from 'better-sqlite3';

// Runbooks and incidents. Additive only.
// - runbooks: the current version (content as JSON); runbook_versions keeps every version ever saved.
// - incidents, runs and action items hold their content as JSON beside the columns foreign keys need.
// - incident_events is an incident's or run's timeline: append-only like the audit, a correction is a
//   new entry naming the one it corrects.
export function up(db: Database.Database): void {
  db.exec(`
    CREATE TABLE runbooks (
      id INTEGER PRIMARY KEY,
      title TEXT NOT NULL,
      version INTEGER NOT NULL,
      updated_at TEXT NOT NULL,
      body TEXT NOT NULL
    );
    CREATE TABLE runbook_versions (
      runbook_id INTEGER NOT NULL,
      version INTEGER NOT NULL,
      saved_at TEXT NOT NULL,
      body TEXT NOT NULL,
      PRIMARY KEY (runbook_id, version)
    ) WITHOUT ROWID;
    CREATE TABLE incidents (
      id INTEGER PRIMARY KEY,
      title TEXT NOT NULL,
      status TEXT NOT NULL,
      release_id INTEGER REFERENCES releases(id) ON DELETE SET NULL,
      declared_at TEXT NOT NULL,
      body TEXT NOT NULL
    );
    CREATE INDEX incidents_by_release ON incidents(release_id);
    CREATE TABLE runs (
      id INTEGER PRIMARY KEY,
      incident_id INTEGER REFERENCES incidents(id) ON DELETE CASCADE,
      release_id INTEGER REFERENCES releases(id) ON DELETE SET NULL,
      runbook_id INTEGER REFERENCES runbooks(id) ON DELETE SET NULL,
      started_at TEXT NOT NULL,
      body TEXT NOT NULL
    );
    CREATE TABLE incident_events (
      id INTEGER PRIMARY KEY,
      incident_id INTEGER REFERENCES incidents(id) ON DELETE CASCADE,
      run_id INTEGER REFERENCES runs(id) ON DELETE CASCADE,
      at TEXT NOT NULL,
      recorded_at TEXT NOT NULL,
      actor TEXT NOT NULL,
      body TEXT NOT NULL,
      CHECK (incident_id IS NOT NULL OR run_id IS NOT NULL)
    );
    CREATE INDEX incident_events_by_incident ON incident_events(incident_id);
    CREATE INDEX incident_events_by_run ON incident_events(run_id);
    CREATE TRIGGER incident_events_refuse_update BEFORE UPDATE ON incident_events
      BEGIN SELECT RAISE(ABORT, 'An incident timeline is append-only: correct a time with a new entry.'); END;
    CREATE TABLE action_items (
      id INTEGER PRIMARY KEY,
      incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
      body TEXT NOT NULL
    );
    INSERT OR IGNORE INTO id_sequence (entity, last_id) VALUES ('runbook', 0), ('incident', 0), ('run', 0), ('event', 0), ('actionItem', 0);
  `);
}
