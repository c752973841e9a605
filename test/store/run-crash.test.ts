import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/api/dispatch';
import { handlers } from '../../electron/api/handler-table';
import { openSession } from '../../electron/host/session';

const KILLS = 20;
const dir = mkdtempSync(join(tmpdir(), 'cockpit-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Starts the writer, waits until it is writing, kills it with SIGKILL after a random moment, and returns the ids it reported. */
function writeUntilKilled(file: string, runId: number, incidentId: number, afterMs: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/store/fixtures/run-writer.ts', file, String(runId), String(incidentId)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let armed = false;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!armed && out.includes('ready\n')) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), afterMs);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`the writer stopped by itself: ${err}`));
      // A line cut short by the kill was never a complete report.
      const lines = out.split('\n');
      lines.pop();
      resolve(lines.filter((l) => /^\d+$/.test(l)).map(Number));
    });
  });
}

describe('a run survives the app being killed', () => {
  it(`every timeline entry whose write returned is there after each of ${KILLS} SIGKILLs, and the file stays sound`, async () => {
    const file = join(dir, 'ws.sqlite');
    const session = openSession(file, { actor: 'setup' });
    const call = async (method: 'workspace.snapshot' | 'incident.create' | 'run.start', input: unknown) => {
      const result = await dispatch(handlers, session.ctx, method, input);
      if (!result.ok) throw new Error(result.error.message);
      return result.value as never;
    };
    const snapshot: { catalog: { services: { id: number; name: string }[] }; ops: { runbooks: { id: number; title: string }[] } } = await call('workspace.snapshot', {});
    const wms = snapshot.catalog.services.find((s) => s.name === 'Manhattan WMS – Central')!;
    const runbook = snapshot.ops.runbooks.find((r) => r.title === 'WMS failover to the secondary region')!;
    const incident: { id: number } = await call('incident.create', { title: 'WMS down', severity: 'SEV1', serviceIds: [wms.id], roles: [{ role: 'Incident commander', name: 'Ana' }] });
    const run: { id: number } = await call('run.start', { runbookId: runbook.id, incidentId: incident.id });
    session.close();

    let reported = 0;
    for (let kill = 0; kill < KILLS; kill++) {
      const ids = await writeUntilKilled(file, run.id, incident.id, 50 + Math.floor(Math.random() * 250));
      reported += ids.length;
      const db = new Database(file);
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(db.pragma('foreign_key_check')).toEqual([]);
        const present = new Set(db.prepare('SELECT id FROM incident_events').pluck().all() as number[]);
        expect(ids.filter((id) => !present.has(id))).toEqual([]);
        // Nothing half-written: every entry has its audit row, and every audit row its entry.
        const audited = db.prepare("SELECT count(*) FROM audit WHERE entity = 'event'").pluck().get();
        expect(audited).toBe(present.size);
      } finally {
        db.close();
      }
    }
    expect(reported).toBeGreaterThan(KILLS);
  }, 120_000);
});
