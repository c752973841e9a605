import type { Db } from '../store/open-workspace';

/** What every handler gets: no transport, no window, just the workspace and who is acting. */
export interface HandlerContext {
  db: Db;
  actor: string;
  workspacePath: string;
  appVersion: string;
  /** See Actor.now: the clock for timestamps, seeding and scheduling. */
  now?: () => Date;
}
