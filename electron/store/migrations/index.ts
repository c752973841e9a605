import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/api/result';
import { up as initial } from './001-initial';
import { up as freezeExceptions } from './002-freeze-exceptions';
import { up as icsLinks } from './003-ics-links';
import { up as auditApartFromUndo } from './004-audit-apart-from-undo';
import { up as runbooksIncidents } from './005-runbooks-incidents';
import { up as auditHashChain } from './006-audit-hash-chain';
import { up as changeGovernance } from './007-change-governance';

export interface Migration {
  version: number;
  name: string;
  up: (db: Database.Database) => void;
}

/** Numbered, append-only. PRAGMA user_version holds the last one applied. */
export const MIGRATIONS: Migration[] = [
  { version: 1, name: 'initial catalog, plan and audit', up: initial },
  { version: 2, name: 'freeze exceptions', up: freezeExceptions },
  { version: 3, name: 'workspace uid and ICS import links', up: icsLinks },
  { version: 4, name: 'append-only audit, undo journal and id sequence', up: auditApartFromUndo },
  { version: 5, name: 'runbooks, incidents, runs and their timelines', up: runbooksIncidents },
  { version: 6, name: 'the audit as a hash chain', up: auditHashChain },
  { version: 7, name: 'change governance: lifecycle, profiles, approvals and policies', up: changeGovernance },
];

export const LATEST_VERSION = MIGRATIONS.reduce((max, m) => Math.max(max, m.version), 0);

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Applies every pending migration in one transaction; refuses a workspace written by a newer app. */
export function migrate(db: Database.Database, migrations: Migration[] = MIGRATIONS): number {
  const current = schemaVersion(db);
  const latest = migrations.reduce((max, m) => Math.max(max, m.version), 0);
  if (current > latest) {
    throw new AppError(
      'WORKSPACE_TOO_NEW',
      `This workspace was written by a newer version of Release Cockpit (schema ${current}; this app knows up to ${latest}). Update the app to open it; nothing was changed.`,
      { workspaceVersion: current, appVersion: latest },
    );
  }
  const pending = migrations.filter((m) => m.version > current).sort((a, b) => a.version - b.version);
  if (pending.length === 0) return current;
  db.transaction(() => {
    for (const m of pending) {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }
  })();
  return schemaVersion(db);
}
