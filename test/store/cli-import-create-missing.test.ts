import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession } from '../../electron/host/session';
import { listServices } from '../../electron/store/repos/services';

const run = promisify(execFile);
const cli = (...args: string[]) => run(process.execPath, ['bin/release-cockpit.mjs', ...args]).then(
  (r) => ({ code: 0, ...r }),
  (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
);

let dir: string;
let workspace: string;
let csv: string;
const serviceNames = () => {
  const session = openSession(workspace, { seedNew: false });
  try {
    return listServices(session.ctx.db).map((s) => s.name);
  } finally {
    session.close();
  }
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cockpit-cli-missing-'));
  workspace = join(dir, 'demo.sqlite');
  openSession(workspace, { actor: 'test' }).close();
  const known = serviceNames()[0]!;
  csv = join(dir, 'call-graph.csv');
  writeFileSync(csv, `from,to\n${known},checkout-svc\ncheckout-svc,fraud-svc\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('release-cockpit import --create-missing', () => {
  it('without the flag refuses a from/to file naming unknown services, and says how to allow it', async () => {
    const before = serviceNames();
    const { code, stderr } = await cli('import', csv, '--workspace', workspace);
    expect(code).toBe(1);
    expect(stderr).toMatch(/line 2: unknown service “checkout-svc”; add it to the catalog first, or import with “create missing services”/);
    expect(serviceNames()).toEqual(before);
  }, 60_000);

  it('with the flag creates them as unclassified and lists them', async () => {
    const before = serviceNames();
    const { code, stdout } = await cli('import', csv, '--workspace', workspace, '--create-missing');
    expect(code).toBe(0);
    expect(stdout).toMatch(/Imported: 2 services, 2 dependencies\./);
    expect(stdout).toMatch(/Created as unclassified: checkout-svc, fraud-svc/);
    expect(serviceNames().sort()).toEqual([...before, 'checkout-svc', 'fraud-svc'].sort());
  }, 60_000);
});
