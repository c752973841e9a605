import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/api/dispatch';
import { handlers } from '../../electron/api/handler-table';
import { openSession } from '../../electron/host/session';
import { openWorkspace } from '../../electron/store/open-workspace';
import { acksArePresent, fileIsSound, rowsMatchAudit, stepsAreWhole } from './crash-checks';
import type { Ack } from './fixtures/crash-ack';

const KILLS = 20;
const dir = mkdtempSync(join(tmpdir(), 'cockpit-crash-'));
const writer = join(dir, 'mixed-writer.mjs');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The writer is the real handler table and store, bundled once: twenty tsx start-ups would spend
// most of the time budget compiling, not writing. The native SQLite binding stays this checkout's.
beforeAll(async () => {
  const sqlite = createRequire(import.meta.url).resolve('better-sqlite3');
  await build({
    entryPoints: ['test/store/fixtures/mixed-writer.ts'], outfile: writer, bundle: true, platform: 'node', format: 'esm', target: 'node22', logLevel: 'error',
    // Some bundled CommonJS packages require Node built-ins.
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    plugins: [{ name: 'native-sqlite', setup: (b) => b.onResolve({ filter: /^better-sqlite3$/ }, () => ({ path: sqlite, external: true })) }],
  });
});

/**
 * Starts the mixed writer, kills it with SIGKILL a random moment after it starts writing, and returns
 * the acknowledgements that reached this process whole (a line cut short by the kill never counts).
 */
function writeUntilKilled(file: string, run: number, seed: number, ids: { incident: number; run: number }, afterMs: number): Promise<Ack[]> {
  return new Promise((resolve, reject) => {
    const args = [writer, file, String(run), String(seed), String(ids.incident), String(ids.run)];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
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
      if (signal !== 'SIGKILL') return reject(new Error(`the writer (seed ${seed}) stopped by itself: ${err}`));
      const lines = out.split('\n');
      lines.pop();
      resolve(lines.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Ack));
    });
  });
}

describe('the workspace survives the app being killed mid-write', () => {
  it(`every acknowledged write is there, whole, after each of ${KILLS} SIGKILLs, and the file stays sound and writable`, async () => {
    const file = join(dir, 'ws.sqlite');
    const setup = openSession(file, { actor: 'setup' });
    const ok = async (method: string, input: unknown) => {
      const result = await dispatch(handlers, setup.ctx, method, input);
      if (!result.ok) throw new Error(result.error.message);
      return result.value as never;
    };
    const snapshot: { catalog: { services: { id: number; name: string }[] }; ops: { runbooks: { id: number; title: string }[] } } = await ok('workspace.snapshot', {});
    const wms = snapshot.catalog.services.find((s) => s.name === 'Manhattan WMS – Central')!;
    const runbook = snapshot.ops.runbooks.find((r) => r.title === 'WMS failover to the secondary region')!;
    const incident: { id: number } = await ok('incident.create', { title: 'WMS down', severity: 'SEV1', serviceIds: [wms.id], roles: [{ role: 'Incident commander', name: 'Ana' }] });
    const run: { id: number } = await ok('run.start', { runbookId: runbook.id, incidentId: incident.id });
    setup.close();

    const acks: Ack[] = [];
    const methods = new Set<string>();
    for (let kill = 0; kill < KILLS; kill++) {
      const seed = Math.floor(Math.random() * 2 ** 32);
      const got = await writeUntilKilled(file, kill, seed, { incident: incident.id, run: run.id }, 150 + Math.floor(Math.random() * 450));
      acks.push(...got);
      for (const a of got) methods.add(a.method);

      // Reopened as the app opens it: recovery from the write-ahead log, then migrations.
      const db = openWorkspace(file);
      const session = { db, actor: 'after-kill', workspacePath: file, appVersion: '0.0.0' };
      try {
        const problems = [...fileIsSound(db), ...acksArePresent(db, acks), ...rowsMatchAudit(db), ...stepsAreWhole(db)];
        expect(problems, `after kill ${kill + 1} (writer seed ${seed})`).toEqual([]);
        const write = await dispatch(handlers, session, 'process.create', { name: `Written after kill ${kill + 1}`, description: '' });
        expect(write.ok, `a new write after kill ${kill + 1}`).toBe(true);
      } finally {
        db.close();
      }
    }
    console.info(`crash-safety: ${acks.length} writes acknowledged across ${KILLS} SIGKILLs`);
    // The writer really did mix its writes, many times over.
    expect(acks.length).toBeGreaterThan(KILLS * 20);
    expect([...methods].sort()).toEqual(
      ['dependency.create', 'dependency.delete', 'dependency.update', 'history.redo', 'history.undo', 'import.dependenciesCsv', 'import.servicesCsv', 'incident.note',
        'release.update', 'run.mark', 'service.create', 'service.delete', 'service.update', 'site.create', 'site.delete', 'site.update', 'window.update'],
    );
  }, 120_000);
});
