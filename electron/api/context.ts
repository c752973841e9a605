import type { Db } from '../store/open-workspace';

/** What every handler gets: no transport, no window, just the workspace and who is acting. */
export interface HandlerContext {
  db: Db;
  actor: string;
  workspacePath: string;
  appVersion: string;
  /** The clock for seeding, scheduling and timestamps; tests pin it so date-relative demo data stays put. */
  now?: () => Date;
}

export const nowOf = (ctx: { now?: () => Date }): Date => ctx.now?.() ?? new Date();
