import Database from 'better-sqlite3';
import { accessSync, constants, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../../shared/api/result';
import { listBackups } from './backups';
import { LATEST_VERSION, migrate } from './migrations';

export type Db = Database.Database;

/** SQLite's own words for a file that is not a database, or one that is damaged. */
const DAMAGED = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT']);

/** What to do about a damaged workspace: the newest backup that can be read, if there is one. */
export function backupOffer(file: string): string {
  const good = file === ':memory:' ? undefined : listBackups(file).find((b) => b.counts !== null);
  return good
    ? `The newest good backup is ${good.name} (${good.takenAt}); restore it in Backups, or with: release-cockpit restore --workspace "${file}" ${good.name}`
    : 'No backup of it was found beside it.';
}

export const damagedMessage = (file: string) => `${file} is damaged or is not a Release Cockpit workspace, so it was not opened and was not changed. ${backupOffer(file)}`;

/** Writable for this user, and not marked read-only (no write bit at all: even an administrator keeps their hands off). */
const writable = (file: string) => {
  try {
    accessSync(file, constants.W_OK);
    return (statSync(file).mode & 0o222) !== 0;
  } catch {
    return false;
  }
};

/**
 * Opens (creating if needed) a workspace file with the pragmas the app relies on, then migrates it.
 * Everything that could refuse the file is checked before anything is written to it: a file from a
 * newer version, another program's database, or a damaged one is left exactly as it was. A file the
 * user may not write opens read-only, when it needs no migration.
 */
export function openWorkspace(file: string): Db {
  const existing = file !== ':memory:' && existsSync(file);
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const readOnly = existing && !writable(file);
  let db: Db;
  try {
    db = new Database(file, readOnly ? { readonly: true, fileMustExist: true } : {});
  } catch (error) {
    throw asOpenError(error, file);
  }
  try {
    refuseForeignDatabase(db, file);
    refuseNewer(db);
    if (readOnly) {
      if ((db.pragma('user_version', { simple: true }) as number) < LATEST_VERSION) {
        throw new AppError('VALIDATION', `${file} is read-only and was written by an older version of Release Cockpit; it must be updated before it can be opened. Make the file writable, or open a copy.`);
      }
      db.pragma('query_only = ON');
      return db;
    }
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('synchronous = NORMAL');
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw asOpenError(error, file);
  }
}

function asOpenError(error: unknown, file: string): unknown {
  const code = (error as { code?: string }).code;
  return code && DAMAGED.has(code) ? new AppError('VALIDATION', damagedMessage(file)) : error;
}

/** A workspace from a newer app is refused before any pragma could change a byte of it. */
function refuseNewer(db: Db): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > LATEST_VERSION) migrate(db); // throws WORKSPACE_TOO_NEW with its message
}

/** A file with tables but no schema version was written by some other program: never add our tables to it. */
function refuseForeignDatabase(db: Db, file: string): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  const tables = db.prepare("SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").pluck().get() as number;
  if (version === 0 && tables > 0) {
    throw new AppError('VALIDATION', `${file} is an SQLite database from another program, not a Release Cockpit workspace. It was not changed.`);
  }
}

/** True when the file is open read-only: every write is refused before it is tried. */
export const isReadOnly = (db: Db): boolean => db.readonly || (db.pragma('query_only', { simple: true }) as number) === 1;
