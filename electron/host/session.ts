import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import packageJson from '../../package.json' with { type: 'json' };
import type { HandlerContext } from '../api/context';
import { nowOf } from '../store/write-tx';
import { openWorkspace } from '../store/open-workspace';
import { isEmptyWorkspace, seedDemo } from '../store/seed-demo';

export const APP_VERSION: string = packageJson.version;

/** Who acts when a caller names no profile: RELEASE_COCKPIT_AS (the CLI's way to act as a profile), else the OS user. */
export function currentActor(): string {
  const named = process.env.RELEASE_COCKPIT_AS?.trim();
  if (named) return named;
  try {
    return userInfo().username || 'local user';
  } catch {
    return 'local user';
  }
}

export interface Session {
  ctx: HandlerContext;
  /** True when this run created the file and filled it with the demo distributor. */
  seeded: boolean;
  close(): void;
}

/** Opens a workspace for any host (Electron, browser host, CLI); a brand-new file gets the demo network. */
export function openSession(file: string, opts: { seedNew?: boolean; actor?: string; now?: () => Date } = {}): Session {
  const path = file === ':memory:' ? file : resolve(file);
  const isNew = path === ':memory:' || !existsSync(path);
  const db = openWorkspace(path);
  const ctx: HandlerContext = { db, actor: opts.actor ?? currentActor(), workspacePath: path, appVersion: APP_VERSION, ...(opts.now ? { now: opts.now } : {}) };
  let seeded = false;
  if ((opts.seedNew ?? true) && isNew && isEmptyWorkspace(db)) {
    seedDemo(db, ctx, nowOf(ctx));
    seeded = true;
  }
  return { ctx, seeded, close: () => db.close() };
}
