import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { BackupInfo, BackupKind } from '../../shared/api/contract';
import { AppError } from '../../shared/api/result';
import type { Db } from './open-workspace';

/** Daily and weekly copies kept; manual ones and those taken before a restore are kept by count. */
const KEEP = { days: 7, weeks: 4, manual: 10 };
const NAME = /^(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)-(opened|daily|manual|before-restore)\.sqlite$/;

/** Backups live beside the workspace: `workspace.sqlite` keeps them in `workspace-backups/`. */
export function backupDir(workspacePath: string): string {
  return join(dirname(workspacePath), `${basename(workspacePath, extname(workspacePath))}-backups`);
}

const stamp = (at: Date) => at.toISOString().replace(/:/g, '-').replace('.', '-');
const unstamp = (text: string) => text.replace(/^(\d{4}-\d{2}-\d{2}T\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/, '$1:$2:$3.$4Z');

/** What a backup holds, read from the copy itself (read-only). */
function describe(dir: string, name: string): BackupInfo | null {
  const match = NAME.exec(name);
  if (!match) return null;
  const file = join(dir, name);
  let counts: BackupInfo['counts'] = null;
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
      counts = { services: count('services'), releases: count('releases'), windows: count('windows') };
    } finally {
      db.close();
    }
  } catch {
    // Unreadable: listed, but not offered as good (counts stay null).
  }
  return { name, kind: match[2] as BackupKind, takenAt: unstamp(match[1]!), bytes: statSync(file).size, counts };
}

/** Every backup of the workspace, newest first. */
export function listBackups(workspacePath: string): BackupInfo[] {
  const dir = backupDir(workspacePath);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((name) => describe(dir, name))
    .filter((b): b is BackupInfo => b !== null)
    .sort((a, b) => b.takenAt.localeCompare(a.takenAt) || b.name.localeCompare(a.name));
}

/**
 * A consistent copy through SQLite's online backup API while the app keeps working, written under a
 * temporary name and renamed, so a backup that is listed is always whole. The daily one is checked
 * with integrity_check, and a copy that fails it is not kept.
 */
export async function takeBackup(db: Db, workspacePath: string, kind: BackupKind, at: Date): Promise<BackupInfo> {
  const dir = backupDir(workspacePath);
  mkdirSync(dir, { recursive: true });
  const name = `${stamp(at)}-${kind}.sqlite`;
  const partial = join(dir, `${name}.partial`);
  await db.backup(partial);
  if (kind === 'daily') {
    const copy = new Database(partial, { readonly: true });
    const verdict = copy.pragma('integrity_check', { simple: true });
    copy.close();
    if (verdict !== 'ok') {
      rmSync(partial, { force: true });
      throw new AppError('INTERNAL', `The workspace failed its integrity check (${String(verdict)}); no backup was taken. Restore the newest good backup.`);
    }
  }
  renameSync(partial, join(dir, name));
  pruneBackups(workspacePath, at);
  return describe(dir, name)!;
}

/** Keeps the newest automatic backup of each of the last 7 days and of each of the 4 weeks before, and the last 10 others. */
export function pruneBackups(workspacePath: string, now: Date): string[] {
  const all = listBackups(workspacePath);
  const keep = new Set<string>();
  const days = new Set<string>();
  const weeks = new Set<string>();
  const dayMs = 86_400_000;
  for (const b of all) {
    if (b.kind === 'manual' || b.kind === 'before-restore') continue;
    const age = Math.floor((now.getTime() - Date.parse(b.takenAt)) / dayMs);
    const day = b.takenAt.slice(0, 10);
    const week = String(Math.floor(Date.parse(b.takenAt) / (7 * dayMs)));
    if (age < KEEP.days && !days.has(day)) {
      days.add(day);
      keep.add(b.name);
    } else if (age < KEEP.days + KEEP.weeks * 7 && !weeks.has(week) && !days.has(day)) {
      weeks.add(week);
      keep.add(b.name);
    }
  }
  all.filter((b) => b.kind === 'manual' || b.kind === 'before-restore').slice(0, KEEP.manual).forEach((b) => keep.add(b.name));
  const removed = all.filter((b) => !keep.has(b.name)).map((b) => b.name);
  for (const name of removed) rmSync(join(backupDir(workspacePath), name), { force: true });
  return removed;
}

/** The backup file for a name from the list; refuses anything else (no paths, no other folders). */
export function backupFile(workspacePath: string, name: string): string {
  if (!NAME.test(name)) throw new AppError('VALIDATION', `“${name}” is not the name of a backup. Pick one from the list.`);
  const file = join(backupDir(workspacePath), name);
  if (!existsSync(file)) throw new AppError('NOT_FOUND', `The backup ${name} is no longer there.`);
  return file;
}

/** Puts a backup's bytes in place of the (closed) workspace file; its journal files go, so SQLite does not replay them. */
export function replaceWithBackup(workspacePath: string, file: string): void {
  const incoming = `${workspacePath}.restoring`;
  copyFileSync(file, incoming);
  for (const suffix of ['-wal', '-shm', '-journal']) rmSync(workspacePath + suffix, { force: true });
  renameSync(incoming, workspacePath);
}

/**
 * Restores a backup over a workspace file nobody has open: the current state is backed up first
 * (so a restore can itself be undone by restoring that), then the backup's bytes take its place.
 */
export async function restoreBackup(workspacePath: string, name: string, at: Date, current: { db: Db; close(): void }): Promise<BackupInfo> {
  const file = backupFile(workspacePath, name);
  const probe = new Database(file, { readonly: true, fileMustExist: true });
  try {
    if (probe.pragma('quick_check', { simple: true }) !== 'ok') throw new AppError('VALIDATION', `The backup ${name} is damaged; pick another one.`);
  } finally {
    probe.close();
  }
  let before: BackupInfo;
  try {
    before = await takeBackup(current.db, workspacePath, 'before-restore', at);
  } finally {
    current.close();
  }
  replaceWithBackup(workspacePath, file);
  return before;
}
