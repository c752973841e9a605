import type Database from 'better-sqlite3';

// Calendar (ICS) exchange. Additive only.
// workspace_meta holds a random id made once per workspace, so exported event UIDs stay the same
// from one export to the next and differ between workspaces. ics_links remembers which window an
// imported event became, so importing the same calendar again updates those windows.
export function up(db: Database.Database): void {
  db.exec(`
    CREATE TABLE workspace_meta (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) WITHOUT ROWID;
    INSERT INTO workspace_meta (key, value) VALUES ('workspace_uid', lower(hex(randomblob(16))));
    CREATE TABLE ics_links (
      uid TEXT PRIMARY KEY,
      window_id INTEGER NOT NULL REFERENCES windows(id) ON DELETE CASCADE
    ) WITHOUT ROWID;
    CREATE INDEX ics_links_by_window ON ics_links(window_id);
  `);
}
