import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ChangeSet, PushEvent } from '../../shared/api/changes';
import type { WorkspaceInfo } from '../../shared/api/contract';
import { AppError, type Result } from '../../shared/api/result';
import type { HandlerContext, WorkspaceSwitcher } from '../api/context';
import { dispatch } from '../api/dispatch';
import { handlers } from '../api/handler-table';
import { changesAfter } from '../store/audit-changes';
import { listBackups, restoreBackup, takeBackup } from '../store/backups';
import { historyState } from '../store/journal';
import { auditPosition } from '../store/write-tx';
import { backupOffer } from '../store/open-workspace';
import { openSession, type Session } from './session';

export type PushListener = (event: PushEvent) => void;

/** How often another process's writes to the same file are looked for: one cheap pragma per tick. */
const POLL_MS = 400;
const BACKUP_AFTER_OPEN_MS = 3000;
const INTEGRITY_AFTER_OPEN_MS = 1500;
const BACKUP_CHECK_MS = 3_600_000;
const DAY_MS = 86_400_000;

/**
 * One open workspace for a host (the Electron window or the browser host) and everyone it pushes
 * to. Every call goes through the one handler table; each write's change set goes back to the caller
 * and to every page. Writes by another process on the same file (the CLI, another app) are seen
 * through `PRAGMA data_version` and replayed from the audit as change sets too.
 */
export class WorkspaceHub implements WorkspaceSwitcher {
  private readonly listeners = new Set<PushListener>();
  private position: number;
  private dataVersion: number;
  private readonly timer: ReturnType<typeof setInterval>;
  private context: HandlerContext | null = null;
  private notice: PushEvent | null = null;
  private readonly startTimers: ReturnType<typeof setTimeout>[] = [];

  constructor(
    private current: Session,
    private readonly opts: { log?: (error: unknown) => void } = {},
  ) {
    this.position = auditPosition(current.ctx.db);
    this.dataVersion = this.readDataVersion();
    this.timer = setInterval(() => this.pollOtherWriters(), POLL_MS);
    this.timer.unref?.();
    this.startTimers.push(setTimeout(() => this.checkIntegrity(), INTEGRITY_AFTER_OPEN_MS));
    if (current.ctx.workspacePath !== ':memory:') {
      // One backup on open, once the first paint has had its turn; then one a day while the app runs.
      this.startTimers.push(setTimeout(() => void this.autoBackup('opened'), BACKUP_AFTER_OPEN_MS), setInterval(() => void this.autoBackup('daily'), BACKUP_CHECK_MS));
      for (const t of this.startTimers) t.unref?.();
    }
  }

  /**
   * quick_check and foreign_key_check, after the first paint rather than before it. A problem is
   * pushed to every page (and to any that connects later) with what to do about it.
   */
  private checkIntegrity(): void {
    const { db, workspacePath } = this.current.ctx;
    try {
      const quick = db.pragma('quick_check', { simple: true });
      const dangling = db.pragma('foreign_key_check') as unknown[];
      if (quick === 'ok' && dangling.length === 0) return;
      const what = quick !== 'ok' ? `SQLite's quick check found damage (${String(quick)})` : `${dangling.length} record(s) point at something that no longer exists`;
      this.notice = { type: 'notice', level: 'error', message: `${what} in ${workspacePath}. Save nothing important until it is restored from a backup. ${backupOffer(workspacePath)}` };
      for (const listener of this.listeners) listener(this.notice);
    } catch (error) {
      if (db.open) this.opts.log?.(error);
    }
  }

  /** An automatic backup; the daily one only when the newest automatic backup is a day old. Failures are logged, never thrown. */
  private async autoBackup(kind: 'opened' | 'daily'): Promise<void> {
    const { db, workspacePath, now } = this.current.ctx;
    try {
      const at = now?.() ?? new Date();
      if (kind === 'daily') {
        const newest = listBackups(workspacePath).find((b) => b.kind === 'opened' || b.kind === 'daily');
        if (newest && at.getTime() - Date.parse(newest.takenAt) < DAY_MS) return;
      }
      await takeBackup(db, workspacePath, kind, at);
    } catch (error) {
      if (db.open) this.opts.log?.(error);
    }
  }

  get session(): Session {
    return this.current;
  }

  get ctx(): HandlerContext {
    this.context ??= { ...this.current.ctx, switcher: this };
    return this.context;
  }

  /** `actor`: the profile the page acts as (recorded on every write); without one, the host's own user. */
  async call(method: string, input: unknown, actor?: string): Promise<Result<unknown>> {
    const ctx = actor ? { ...this.ctx, actor } : this.ctx;
    const result = await dispatch(handlers, ctx, method, input, this.opts.log);
    if (result.ok && result.changes && (result.changes.changes.length > 0 || result.changes.replaced)) this.publish(result.changes);
    return result;
  }

  subscribe(listener: PushListener): () => void {
    this.listeners.add(listener);
    const notice = this.notice;
    if (notice) queueMicrotask(() => listener(notice));
    return () => this.listeners.delete(listener);
  }

  /** Replaces the open workspace with one of its backups, backing up the current state first; every page reads it anew. */
  async restore(name: string): Promise<WorkspaceInfo> {
    const path = this.current.ctx.workspacePath;
    const { actor, now } = this.current.ctx;
    const at = now?.() ?? new Date();
    try {
      // The hub's own connection is the one to back up from, then to let go of.
      await restoreBackup(path, name, at, { db: this.current.ctx.db, close: () => this.current.close() });
    } finally {
      // Whatever happened once the file was let go of, the hub opens it again (restored or as it was).
      if (!this.current.ctx.db.open) {
        this.current = openSession(path, { seedNew: false, actor, ...(now ? { now } : {}) });
        this.context = null;
      }
    }
    this.position = auditPosition(this.current.ctx.db);
    this.dataVersion = this.readDataVersion();
    this.publish({ from: 0, through: this.position, changes: [], history: historyState(this.current.ctx.db), replaced: true });
    return dispatchInfo(this.ctx);
  }

  /** Switches to another workspace file, an existing one or (create) a new empty one; every page reads it anew. */
  open(path: string, opts: { create: boolean }): WorkspaceInfo {
    const file = resolve(path);
    if (opts.create && existsSync(file)) throw new AppError('VALIDATION', `${file} already exists. Choose a new file name; a new workspace never overwrites one.`);
    if (!opts.create && !existsSync(file)) throw new AppError('NOT_FOUND', `No workspace at ${file}.`);
    if (file === this.current.ctx.workspacePath) return dispatchInfo(this.ctx);
    const { actor, now } = this.current.ctx;
    const next = openSession(file, { seedNew: false, actor, ...(now ? { now } : {}) });
    this.current.close();
    this.current = next;
    this.context = null;
    this.notice = null;
    this.position = auditPosition(next.ctx.db);
    this.dataVersion = this.readDataVersion();
    this.publish({ from: 0, through: this.position, changes: [], history: historyState(next.ctx.db), replaced: true });
    return dispatchInfo(this.ctx);
  }

  close(): void {
    clearInterval(this.timer);
    for (const t of this.startTimers) clearTimeout(t);
    this.listeners.clear();
    this.current.close();
  }

  private publish(set: ChangeSet): void {
    this.position = Math.max(this.position, set.through);
    // Our own commits leave data_version as it is; only another connection's move it.
    this.dataVersion = this.readDataVersion();
    for (const listener of this.listeners) {
      try {
        listener({ type: 'changes', set });
      } catch (error) {
        this.opts.log?.(error);
      }
    }
  }

  private readDataVersion(): number {
    return this.current.ctx.db.pragma('data_version', { simple: true }) as number;
  }

  private pollOtherWriters(): void {
    try {
      if (this.readDataVersion() === this.dataVersion) return;
      const set = changesAfter(this.current.ctx.db, this.position);
      this.dataVersion = this.readDataVersion();
      if (set.changes.length > 0 || set.replaced || set.through !== this.position) this.publish(set);
    } catch (error) {
      this.opts.log?.(error); // busy or closing: the next tick tries again
    }
  }
}

function dispatchInfo(ctx: HandlerContext): WorkspaceInfo {
  return handlers['workspace.info']({}, ctx) as WorkspaceInfo;
}
