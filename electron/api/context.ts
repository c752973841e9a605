import type { WorkspaceInfo } from '../../shared/api/contract';
import type { Db } from '../store/open-workspace';
import type { WriteTx } from '../store/write-tx';

/** What a host that can switch workspaces offers its handlers (the app and the browser host; not the CLI). */
export interface WorkspaceSwitcher {
  open(path: string, opts: { create: boolean }): WorkspaceInfo;
  /** Replaces the open workspace with one of its backups (the current state is backed up first). */
  restore(name: string): Promise<WorkspaceInfo>;
}

/** What every handler gets: no transport, no window, just the workspace and who is acting. */
export interface HandlerContext {
  db: Db;
  actor: string;
  workspacePath: string;
  appVersion: string;
  /** See Actor.now: the clock for timestamps, seeding and scheduling. */
  now?: () => Date;
  /** The open write of an undoable or logged method, set by the dispatcher; absent in reads. */
  tx?: WriteTx;
  switcher?: WorkspaceSwitcher;
}
