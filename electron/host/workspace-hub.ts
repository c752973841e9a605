import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ChangeSet, PushEvent } from '../../shared/api/changes';
import type { WorkspaceInfo } from '../../shared/api/contract';
import { AppError, type Result } from '../../shared/api/result';
import type { HandlerContext, WorkspaceSwitcher } from '../api/context';
import { dispatch } from '../api/dispatch';
import { handlers } from '../api/handler-table';
import { changesAfter } from '../store/audit-changes';
import { historyState } from '../store/journal';
import { auditPosition } from '../store/write-tx';
import { openSession, type Session } from './session';

export type PushListener = (event: PushEvent) => void;

/** How often another process's writes to the same file are looked for: one cheap pragma per tick. */
const POLL_MS = 400;

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

  constructor(
    private current: Session,
    private readonly opts: { log?: (error: unknown) => void } = {},
  ) {
    this.position = auditPosition(current.ctx.db);
    this.dataVersion = this.readDataVersion();
    this.timer = setInterval(() => this.pollOtherWriters(), POLL_MS);
    this.timer.unref?.();
  }

  get session(): Session {
    return this.current;
  }

  get ctx(): HandlerContext {
    this.context ??= { ...this.current.ctx, switcher: this };
    return this.context;
  }

  async call(method: string, input: unknown): Promise<Result<unknown>> {
    const result = await dispatch(handlers, this.ctx, method, input, this.opts.log);
    if (result.ok && result.changes && (result.changes.changes.length > 0 || result.changes.replaced)) this.publish(result.changes);
    return result;
  }

  subscribe(listener: PushListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
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
    this.position = auditPosition(next.ctx.db);
    this.dataVersion = this.readDataVersion();
    this.publish({ from: 0, through: this.position, changes: [], history: historyState(next.ctx.db), replaced: true });
    return dispatchInfo(this.ctx);
  }

  close(): void {
    clearInterval(this.timer);
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
