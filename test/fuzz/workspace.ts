import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dispatch } from '../../electron/api/dispatch';
import { handlers } from '../../electron/api/handler-table';
import type { HandlerContext } from '../../electron/api/context';
import { openSession, type Session } from '../../electron/host/session';

const NOW = new Date('2026-03-02T09:00:00Z');

/** A folder of throwaway workspaces, each a copy of one demo file seeded at the start. */
export class FuzzWorkspaces {
  readonly dir = mkdtempSync(join(tmpdir(), 'cockpit-fuzz-'));
  private readonly template = join(this.dir, 'demo.sqlite');
  private serial = 0;

  constructor() {
    openSession(this.template, { actor: 'fuzz', now: () => NOW }).close();
  }

  /** A fresh copy of the demo workspace. */
  open(): Session {
    const file = join(this.dir, `ws-${++this.serial}.sqlite`);
    copyFileSync(this.template, file);
    return openSession(file, { actor: 'fuzz', now: () => NOW });
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/**
 * What a failed write must leave as it was: the audit head (every write is audited in the same
 * transaction), the counts, and what undo would do. Cheap enough to take around every case.
 */
export async function fingerprint(ctx: HandlerContext): Promise<string> {
  const read = async (method: 'audit.checkpoint' | 'workspace.info' | 'history.state') => {
    const result = await dispatch(handlers, ctx, method, {}, () => undefined);
    if (!result.ok) throw new Error(`${method} failed while fingerprinting: ${result.error.message}`);
    return result.value;
  };
  const info = (await read('workspace.info')) as { counts: unknown };
  return JSON.stringify([await read('audit.checkpoint'), info.counts, await read('history.state')]);
}
