import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION, MIGRATIONS, migrate, schemaVersion } from '../../electron/store/migrations';
import { openWorkspace } from '../../electron/store/open-workspace';
import { AppError } from '../../shared/api/result';

const tables = (db: Database.Database) =>
  db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];

describe('migrations', () => {
  it('are numbered 1..n without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('001 creates the catalog, plan and audit tables on an empty database', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.filter((m) => m.version === 1));
    expect(schemaVersion(db)).toBe(1);
    expect(tables(db)).toEqual(expect.arrayContaining(['sites', 'services', 'dependencies', 'business_processes', 'service_sites', 'service_processes', 'windows', 'releases', 'release_services', 'release_dependencies', 'audit', 'history']));
  });

  it('001 enforces the catalog rules in the schema itself', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db);
    db.prepare("INSERT INTO services (id, name, kind, tier, hosting) VALUES (1, 'WMS', 'wms', 1, 'cloud')").run();
    expect(() => db.prepare("INSERT INTO services (id, name, kind, tier, hosting) VALUES (2, 'wms', 'wms', 1, 'cloud')").run()).toThrow(/UNIQUE/);
    expect(() => db.prepare("INSERT INTO services (id, name, kind, tier, hosting) VALUES (3, 'X', 'wms', 4, 'cloud')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO dependencies (from_id, to_id, kind, strength) VALUES (1, 1, 'event', 'hard')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO dependencies (from_id, to_id, kind, strength) VALUES (1, 99, 'event', 'hard')").run()).toThrow(/FOREIGN KEY/);
  });

  it('applies all pending migrations in one transaction: a failing one leaves the workspace untouched', () => {
    const db = new Database(':memory:');
    const broken = [
      ...MIGRATIONS,
      { version: LATEST_VERSION + 1, name: 'broken', up: (d: Database.Database) => d.exec('CREATE TABLE x (a); SELECT * FROM no_such_table;') },
    ];
    expect(() => migrate(db, broken)).toThrow();
    expect(schemaVersion(db)).toBe(0);
    expect(tables(db)).toEqual([]);
  });

  it('is idempotent', () => {
    const db = new Database(':memory:');
    migrate(db);
    expect(migrate(db)).toBe(LATEST_VERSION);
  });

  it('refuses a workspace written by a newer version, with a clear message, and changes nothing', () => {
    const db = new Database(':memory:');
    db.pragma(`user_version = ${LATEST_VERSION + 5}`);
    let caught: unknown;
    try {
      migrate(db);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).code).toBe('WORKSPACE_TOO_NEW');
    expect((caught as AppError).message).toMatch(/newer version of Release Cockpit/);
    expect(schemaVersion(db)).toBe(LATEST_VERSION + 5);
  });

  it('opens workspaces with WAL, foreign keys and a busy timeout', () => {
    const dir = `${process.env.TMPDIR ?? '/tmp'}/cockpit-mig-${process.pid}-${Date.now()}`;
    const db = openWorkspace(`${dir}/ws.sqlite`);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    db.close();
  });

  it('refuses an SQLite file from another program instead of adding tables to it', () => {
    const file = `${process.env.TMPDIR ?? '/tmp'}/cockpit-foreign-${process.pid}-${Date.now()}.sqlite`;
    const other = new Database(file);
    other.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)');
    other.close();
    expect(() => openWorkspace(file)).toThrow(/another program, not a Release Cockpit workspace/);
    const check = new Database(file);
    expect(check.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(tables(check)).toEqual(['invoices']);
    check.close();
  });
});
