import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/api/dispatch';
import { handlers } from '../../electron/api/handler-table';
import type { Io } from '../../electron/cli/cli-io';
import { runAudit } from '../../electron/cli/audit-commands';
import { openSession } from '../../electron/host/session';
import { verifyAudit } from '../../electron/store/audit-chain';
import { MIGRATIONS, migrate } from '../../electron/store/migrations';

const dir = mkdtempSync(join(tmpdir(), 'cockpit-audit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A demo workspace with a few edits on top, closed, ready to be tampered with. */
async function workspace(name: string): Promise<string> {
  const file = join(dir, name);
  const session = openSession(file, { actor: 'ana' });
  await dispatch(handlers, session.ctx, 'site.create', { name: 'DC Boise', region: 'West', timeZone: 'America/Boise', kind: 'dc' });
  await dispatch(handlers, session.ctx, 'history.undo', {});
  await dispatch(handlers, session.ctx, 'history.redo', {});
  session.close();
  return file;
}

async function audit(file: string, sub: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (l) => out.push(l), err: (l) => err.push(l) };
  const code = await runAudit({ workspace: file }, [sub], io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** What someone with write access to the file can do: step around the triggers. */
function tamper(file: string, sql: string): void {
  const db = new Database(file);
  db.exec('DROP TRIGGER audit_refuses_update; DROP TRIGGER audit_refuses_delete;');
  db.exec(sql);
  db.close();
}

describe('the tamper-evident audit trail', () => {
  it('verifies intact, and the checkpoint prints the head hash and count', async () => {
    const file = await workspace('intact.sqlite');
    const verified = await audit(file, 'verify');
    expect(verified.code).toBe(0);
    expect(verified.out).toMatch(/^The audit trail is intact: \d+ entries chain to head hash [0-9a-f]{64}\./);
    const checkpoint = await audit(file, 'checkpoint');
    expect(checkpoint.out).toMatch(/^\d+ audit entries; head entry \d+ \(.+\); head hash [0-9a-f]{64}$/);
    expect(checkpoint.out).toContain(verified.out.match(/[0-9a-f]{64}/)![0]);
  });

  it('names a row altered directly in SQLite, with its id and time, and exits non-zero', async () => {
    const file = await workspace('altered.sqlite');
    const db = new Database(file, { readonly: true });
    const victim = db.prepare("SELECT id, at FROM audit WHERE summary LIKE 'Created site DC Boise%'").get() as { id: number; at: string };
    db.close();
    tamper(file, `UPDATE audit SET actor = 'mallory' WHERE id = ${victim.id}`);
    const result = await audit(file, 'verify');
    expect(result.code).toBe(1);
    expect(result.err).toBe(`The audit trail is broken at entry ${victim.id} (${victim.at}): Entry ${victim.id} was changed after it was written: its content no longer matches its hash.`);
  });

  it('names the gap a deleted row leaves', async () => {
    const file = await workspace('deleted.sqlite');
    tamper(file, 'DELETE FROM audit WHERE id = 10');
    const result = await audit(file, 'verify');
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^The audit trail is broken at entry 10 \(.+\): Entry 10 is missing: the trail jumps from entry 9 to entry 11\.$/);
  });

  it('a rewritten history that keeps the chain consistent passes verify but not a comparison with an earlier checkpoint', async () => {
    const file = await workspace('rebuilt.sqlite');
    const before = await audit(file, 'checkpoint');
    // Remove the last entry: the chain stays consistent, only the head moves.
    tamper(file, 'DELETE FROM audit WHERE id = (SELECT max(id) FROM audit)');
    expect((await audit(file, 'verify')).code).toBe(0);
    expect((await audit(file, 'checkpoint')).out).not.toBe(before.out);
  });

  it('migration 006 chains the entries a v5 workspace already had', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.filter((m) => m.version <= 5));
    db.exec(`INSERT INTO audit (id, at, actor, action, entity, entity_id, summary, before, after) VALUES
      (1, '2030-01-01T10:00:00Z', 'ana', 'create', 'site', 1, 'Created site A', NULL, '{}'),
      (2, '2030-01-01T10:01:00Z', 'ana', 'delete', 'site', 1, 'Deleted site A', '{}', NULL)`);
    expect(migrate(db, MIGRATIONS.filter((m) => m.version <= 6))).toBe(6);
    expect(verifyAudit(db)).toMatchObject({ intact: true, count: 2, headId: 2 });
    expect(() => db.prepare("UPDATE audit SET actor = 'x'").run()).toThrow(/append-only/);
  });
});
