import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isBundleCurrent } from '../../bin/cli-bundle.mjs';
import { buildCli, ROOT } from '../../electron/build/bundle';
import { loadPlanningInput } from '../../electron/store/load-planning-input';
import { openWorkspace } from '../../electron/store/open-workspace';
import { seedDemo } from '../../electron/store/seed-demo';

const NOW = '2030-09-01T12:00:00Z';
const BIN = join(ROOT, 'bin', 'release-cockpit.mjs');
const FROM_SOURCE = ['--import', 'tsx', join(ROOT, 'electron', 'cli', 'main.ts')];
let dir: string;
let workspace: string;
let question: { service: string; site: string; releaseId: number };

beforeAll(async () => {
  // A clone installed with --ignore-scripts has no bundle, and an edited source makes it stale: build it.
  if (!isBundleCurrent(ROOT)) await buildCli();
  dir = mkdtempSync(join(tmpdir(), 'cockpit-cli-bundle-'));
  workspace = join(dir, 'demo.sqlite');
  const db = openWorkspace(workspace);
  seedDemo(db, { actor: 'test' }, new Date(NOW));
  const { catalog, plan } = loadPlanningInput(db);
  db.close();
  const service = catalog.services.find((s) => s.siteIds.length > 0)!;
  question = { service: service.name, site: catalog.sites.find((s) => s.id === service.siteIds[0])!.name, releaseId: plan.releases.find((r) => r.plannedStart !== null)!.id };
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function gate(entry: string[], args: string[]) {
  const result = spawnSync(process.execPath, [...entry, 'gate', '--workspace', workspace, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('release-cockpit gate from the bundle', () => {
  it.each([
    ['a service at a site', () => ['--service', question.service, '--site', question.site, '--at', '2030-12-01T10:00Z', '--json']],
    ['a planned release by id, at its planned time', () => ['--release', String(question.releaseId), '--json']],
    ['a release moved to another time', () => ['--release', String(question.releaseId), '--at', '2030-11-03T09:00Z', '--minutes', '90', '--json']],
  ])('answers %s exactly as the TypeScript source does, with the same exit code', (_, args) => {
    // The bin runs the bundle only when it is current; otherwise this would compare the source with itself.
    expect(isBundleCurrent(ROOT)).toBe(true);
    const bundled = gate([BIN], args());
    const source = gate(FROM_SOURCE, args());
    expect(bundled.stderr).toBe('');
    expect([0, 3, 4]).toContain(bundled.code);
    expect(JSON.parse(bundled.stdout)).toMatchObject({ verdict: expect.any(String), exitCode: bundled.code });
    expect(JSON.parse(bundled.stdout)).toEqual(JSON.parse(source.stdout));
    expect(bundled.code).toBe(source.code);
  }, 60_000);

  it('names close matches for an unknown service and exits 1, as the source does', () => {
    const bundled = gate([BIN], ['--service', `${question.service.slice(0, 6)}x`]);
    expect(bundled.code).toBe(1);
    expect(bundled.stderr).toMatch(/^No service named ".*"\. Close matches: /);
    expect(bundled.stderr).toBe(gate(FROM_SOURCE, ['--service', `${question.service.slice(0, 6)}x`]).stderr);
  }, 60_000);
});
