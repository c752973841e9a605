import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../../shared/api/result';
import { migrate } from './migrations';

export type Db = Database.Database;

/** Opens (creating if needed) a workspace file with the pragmas the app relies on, then migrates it. */
export function openWorkspace(file: string): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    refuseForeignDatabase(db, file);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('synchronous = NORMAL');
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** A file with tables but no schema version was written by some other program: never add our tables to it. */
function refuseForeignDatabase(db: Db, file: string): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  const tables = db.prepare("SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").pluck().get() as number;
  if (version === 0 && tables > 0) {
    throw new AppError('VALIDATION', `${file} is an SQLite database from another program, not a Release Cockpit workspace. It was not changed.`);
  }
}
