import type Database from 'better-sqlite3';

// Break-glass exceptions to soft freezes, one per (window, release) request. Additive only.
// An exception goes with its window or release; the approver may not be the requester.
export function up(db: Database.Database): void {
  db.exec(`
    CREATE TABLE freeze_exceptions (
      id INTEGER PRIMARY KEY,
      window_id INTEGER NOT NULL REFERENCES windows(id) ON DELETE CASCADE,
      release_id INTEGER NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
      reason TEXT NOT NULL,
      requester TEXT NOT NULL DEFAULT '',
      approver TEXT,
      approved_at TEXT,
      CHECK (approver IS NULL OR lower(trim(approver)) <> lower(trim(requester)))
    );
    CREATE INDEX freeze_exceptions_by_release ON freeze_exceptions(release_id);
    CREATE INDEX freeze_exceptions_by_window ON freeze_exceptions(window_id);
  `);
}
