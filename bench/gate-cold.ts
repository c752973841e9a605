/**
 * `npm run bench:gate -- [--runs N] [--workspace FILE]`: wall time of a cold `release-cockpit gate`, as a
 * CI pipeline calls it, one fresh process per run, through bin/release-cockpit.mjs and the bundle. Two
 * questions (a service at a site; a release with --json), each without V8's compile cache (a fresh CI
 * machine) and with it (a reused runner). Without --workspace it gates against a new demo workspace in
 * a temp folder. Progress to stderr, JSON to stdout.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { dispatch } from '../electron/api/dispatch';
import { gateHandlers } from '../electron/api/gate-handlers';
import { buildCli, ROOT } from '../electron/build/bundle';
import { openSession } from '../electron/host/session';
import type { Output } from '../shared/api/contract';

const BIN = join(ROOT, 'bin', 'release-cockpit.mjs');
/** The gate's own answers; anything else (1 failure, 2 usage) means the run measured an error. */
const GATE_EXIT_CODES = new Set([0, 3, 4]);

export interface Timing {
  runs: number;
  medianMs: number;
  p90Ms: number;
  minMs: number;
  maxMs: number;
}

export interface GateColdBench {
  /** Wall times are only comparable with the machine's load beside them. */
  machine: { cpus: number; loadAverage1m: number };
  servicesAtSite: { args: string[]; noCompileCache: Timing; compileCache: Timing };
  releaseJson: { args: string[]; noCompileCache: Timing; compileCache: Timing };
  /** The same release question through tsx from source (the fallback, and the old start-up path), for comparison. */
  fromSource: Timing;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

function summarise(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return { runs: sorted.length, medianMs: round(percentile(sorted, 50)), p90Ms: round(percentile(sorted, 90)), minMs: round(sorted[0]!), maxMs: round(sorted.at(-1)!) };
}

/** One cold process: spawn to exit, in ms. */
function timeGate(args: string[], env: NodeJS.ProcessEnv, entry: string[] = [BIN]): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, [...entry, 'gate', ...args], { env, encoding: 'utf8' });
  const ms = performance.now() - start;
  if (!GATE_EXIT_CODES.has(result.status ?? -1)) throw new Error(`gate ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return ms;
}

function timeForm(args: string[], runs: number, cacheDir: string): { args: string[]; noCompileCache: Timing; compileCache: Timing } {
  const cold = { ...process.env, NODE_DISABLE_COMPILE_CACHE: '1' };
  const { NODE_DISABLE_COMPILE_CACHE: _off, ...inherited } = process.env;
  const cached = { ...inherited, NODE_COMPILE_CACHE: cacheDir };
  const noCache = Array.from({ length: runs }, () => timeGate(args, cold));
  timeGate(args, cached); // fills the compile cache
  const withCache = Array.from({ length: runs }, () => timeGate(args, cached));
  return { args, noCompileCache: summarise(noCache), compileCache: summarise(withCache) };
}

/** A service that runs at a site, and a release, to ask the gate about. */
async function pickQuestion(workspace: string): Promise<{ service: string; site: string; releaseId: number }> {
  const session = openSession(workspace, { seedNew: false });
  try {
    const catalog = await dispatch(gateHandlers, session.ctx, 'catalog.get', {});
    const plan = await dispatch(gateHandlers, session.ctx, 'plan.get', {});
    if (!catalog.ok || !plan.ok) throw new Error(`Could not read ${workspace}.`);
    const { services, sites } = catalog.value as Output<'catalog.get'>;
    const service = services.find((s) => s.siteIds.length > 0);
    const release = (plan.value as Output<'plan.get'>).releases[0];
    if (!service || !release) throw new Error(`${workspace} needs a service at a site and a release.`);
    return { service: service.name, site: sites.find((s) => s.id === service.siteIds[0])!.name, releaseId: release.id };
  } finally {
    session.close();
  }
}

export async function benchGateCold(options: { runs?: number; workspace?: string; log?: (line: string) => void } = {}): Promise<GateColdBench> {
  const runs = options.runs ?? 10;
  const log = options.log ?? (() => {});
  const temp = mkdtempSync(join(tmpdir(), 'cockpit-gate-bench-'));
  try {
    log('bundling the CLI…');
    await buildCli();
    let workspace = options.workspace;
    if (!workspace) {
      workspace = join(temp, 'demo.sqlite');
      const demo = spawnSync(process.execPath, [BIN, 'demo', '--workspace', workspace], { encoding: 'utf8' });
      if (demo.status !== 0) throw new Error(`demo failed: ${demo.stderr}`);
    }
    const { service, site, releaseId } = await pickQuestion(workspace);
    const cacheDir = join(temp, 'compile-cache');
    log(`gate --service "${service}" --site "${site}", ${runs} cold runs each without and with the compile cache…`);
    const servicesAtSite = timeForm(['--workspace', workspace, '--service', service, '--site', site], runs, cacheDir);
    log(`gate --release ${releaseId} --json…`);
    const releaseArgs = ['--workspace', workspace, '--release', String(releaseId), '--json'];
    const releaseJson = timeForm(releaseArgs, runs, cacheDir);
    log('the same through tsx from source, 3 runs…');
    const fromSource = summarise(Array.from({ length: 3 }, () => timeGate(releaseArgs, process.env, ['--import', 'tsx', join(ROOT, 'electron', 'cli', 'main.ts')])));
    return { machine: { cpus: availableParallelism(), loadAverage1m: round(loadavg()[0]!) }, servicesAtSite, releaseJson, fromSource };
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

function parseArgs(argv: string[]): { runs: number; workspace?: string } {
  let runs = 10;
  let workspace: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--runs') runs = Number(argv[++i]);
    else if (arg === '--workspace') workspace = argv[++i];
    else throw new Error(`Unknown argument ${arg}. Usage: npx tsx bench/gate-cold.ts [--runs N] [--workspace FILE]`);
  }
  if (!(Number.isInteger(runs) && runs >= 1)) throw new Error('--runs needs a whole number, 1 or more');
  return { runs, ...(workspace ? { workspace } : {}) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  benchGateCold({ ...parseArgs(process.argv.slice(2)), log: (line) => process.stderr.write(`${line}\n`) }).then(
    (result) => process.stdout.write(`${JSON.stringify(result, null, 2)}\n`),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
