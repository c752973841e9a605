import type Database from 'better-sqlite3';

// The catalog, the plan and the audit trail. Later migrations are additive only.
export function up(db: Database.Database): void {
  db.exec(`
    CREATE TABLE sites (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL COLLATE NOCASE UNIQUE,
      region TEXT NOT NULL,
      time_zone TEXT NOT NULL,
      kind TEXT NOT NULL
    );
    CREATE TABLE business_processes (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL COLLATE NOCASE UNIQUE,
      description TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE services (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL COLLATE NOCASE UNIQUE,
      kind TEXT NOT NULL,
      tier INTEGER NOT NULL CHECK (tier BETWEEN 1 AND 3),
      owner_team TEXT NOT NULL DEFAULT '',
      hosting TEXT NOT NULL,
      rto_minutes INTEGER,
      rpo_minutes INTEGER,
      description TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE service_sites (
      service_id INTEGER NOT NULL REFERENCES services(id) ON DELETE CASCADE,
      site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
      PRIMARY KEY (service_id, site_id)
    ) WITHOUT ROWID;
    CREATE INDEX service_sites_by_site ON service_sites(site_id);
    CREATE TABLE service_processes (
      service_id INTEGER NOT NULL REFERENCES services(id) ON DELETE CASCADE,
      process_id INTEGER NOT NULL REFERENCES business_processes(id) ON DELETE CASCADE,
      PRIMARY KEY (service_id, process_id)
    ) WITHOUT ROWID;
    CREATE INDEX service_processes_by_process ON service_processes(process_id);
    CREATE TABLE dependencies (
      id INTEGER PRIMARY KEY,
      from_id INTEGER NOT NULL REFERENCES services(id),
      to_id INTEGER NOT NULL REFERENCES services(id),
      kind TEXT NOT NULL,
      strength TEXT NOT NULL CHECK (strength IN ('hard', 'soft')),
      CHECK (from_id <> to_id),
      UNIQUE (from_id, to_id)
    );
    CREATE INDEX dependencies_by_to ON dependencies(to_id);

    CREATE TABLE windows (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      type TEXT NOT NULL CHECK (type IN ('freeze', 'maintenance')),
      severity TEXT NOT NULL CHECK (severity IN ('hard', 'soft')),
      start_local TEXT NOT NULL,
      end_local TEXT NOT NULL,
      time_zone TEXT NOT NULL,
      recurrence TEXT,
      scope TEXT NOT NULL,
      reason TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE releases (
      id INTEGER PRIMARY KEY,
      title TEXT NOT NULL,
      type TEXT NOT NULL,
      status TEXT NOT NULL,
      train TEXT NOT NULL DEFAULT '',
      planned_start TEXT,
      duration_minutes INTEGER NOT NULL,
      strategy TEXT NOT NULL,
      requester TEXT NOT NULL DEFAULT '',
      approvers TEXT NOT NULL DEFAULT '[]',
      waves TEXT NOT NULL DEFAULT '[]',
      rollback TEXT NOT NULL,
      outcome TEXT
    );
    CREATE TABLE release_services (
      release_id INTEGER NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
      service_id INTEGER NOT NULL REFERENCES services(id),
      how TEXT NOT NULL,
      PRIMARY KEY (release_id, service_id)
    ) WITHOUT ROWID;
    CREATE INDEX release_services_by_service ON release_services(service_id);
    CREATE TABLE release_dependencies (
      release_id INTEGER NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
      depends_on_id INTEGER NOT NULL REFERENCES releases(id),
      kind TEXT NOT NULL,
      PRIMARY KEY (release_id, depends_on_id)
    ) WITHOUT ROWID;

    CREATE TABLE history (
      id INTEGER PRIMARY KEY,
      label TEXT NOT NULL,
      at TEXT NOT NULL,
      actor TEXT NOT NULL,
      state TEXT NOT NULL CHECK (state IN ('done', 'undone'))
    );
    CREATE TABLE audit (
      id INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      actor TEXT NOT NULL,
      action TEXT NOT NULL,
      entity TEXT NOT NULL,
      entity_id INTEGER,
      summary TEXT NOT NULL,
      before TEXT,
      after TEXT,
      history_id INTEGER REFERENCES history(id) ON DELETE SET NULL
    );
    CREATE INDEX audit_by_entity ON audit(entity, entity_id);
    CREATE INDEX audit_by_history ON audit(history_id);
  `);
}
