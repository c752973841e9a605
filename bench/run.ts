/**
 * `npm run bench -- [--psplib DIR] [--time-limit-ms-j30 N] [--quick]`: the engine, the release
 * scheduler, the CLI gate's cold start and (with --psplib) the PSPLIB j30 / j120 sets, printed as
 * one JSON object with each figure next to its target. Progress goes to stderr, the JSON alone to stdout.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { benchEngine } from './engine';
import { benchGateCold } from './gate-cold';
import { benchPsplib } from './psplib';
import { benchSchedule } from './schedule';

interface Row {
  measure: string;
  value: number | boolean | null;
  target: string;
  met: boolean | null;
}

/** The planning engine's performance targets (reported, not enforced: timed tests would be flaky). */
const TARGETS = {
  blastRadiusP95Ms: 1,
  fullConflictMs: 200,
  incrementalConflictMs: 10,
  schedule1000Ms: 2000,
  j30AvgDeviationPct: 0.3,
  j30AvgMs: 200,
  j120AvgDeviationFromCpmPct: 35,
  j120AvgMs: 1000,
  gateColdMedianMs: 250,
};

function parseArgs(argv: string[]): { psplib: string | null; j30TimeLimitMs: number; quick: boolean } {
  let psplib: string | null = null;
  let j30TimeLimitMs = 200;
  let quick = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--psplib') psplib = argv[++i] ?? null;
    else if (arg === '--time-limit-ms-j30') j30TimeLimitMs = Number(argv[++i]);
    else if (arg === '--quick') quick = true;
    else throw new Error(`Unknown argument ${arg}. Usage: npx tsx bench/run.ts [--psplib DIR] [--time-limit-ms-j30 N] [--quick]`);
  }
  if (psplib === null && argv.includes('--psplib')) throw new Error('--psplib needs a folder');
  if (!(Number.isFinite(j30TimeLimitMs) && j30TimeLimitMs > 0)) throw new Error('--time-limit-ms-j30 needs a positive number');
  return { psplib, j30TimeLimitMs, quick };
}

const atMost = (measure: string, value: number | undefined, target: number, unit: string): Row => ({
  measure,
  value: value ?? null,
  target: `<= ${target} ${unit}`,
  met: value === undefined ? null : value <= target,
});

async function main(): Promise<void> {
  const { psplib, j30TimeLimitMs, quick } = parseArgs(process.argv.slice(2));
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const notes: string[] = [];

  log(quick ? 'engine (quick: 2k services, 1k releases)…' : 'engine (10k services, 50k dependencies, 5k releases, 500 windows)…');
  const engine = benchEngine(quick ? { services: 2000, dependencies: 10_000, releases: 1000, windows: 100, queries: 200, edits: 50, runs: 3, warmups: 1 } : {});
  const releases = quick ? 200 : 1000;
  log(`release scheduler (${releases} releases)…`);
  const schedule = benchSchedule({ releases, ...(quick ? { timeLimitMs: 300 } : {}) });

  log('CLI gate cold start…');
  const gate = await benchGateCold({ runs: quick ? 5 : 10, log });

  const rows: Row[] = [
    atMost('blast radius p95', engine.blastRadiusP95Ms, TARGETS.blastRadiusP95Ms, 'ms'),
    atMost('full conflict recompute (median)', engine.fullConflictMs, TARGETS.fullConflictMs, 'ms'),
    atMost('incremental conflict update p95', engine.incrementalConflictMs, TARGETS.incrementalConflictMs, 'ms'),
    atMost(`schedule ${schedule.releases} releases`, schedule.ms, TARGETS.schedule1000Ms, 'ms'),
    { measure: 'schedule feasible (independent check)', value: schedule.feasible, target: 'true', met: schedule.feasible },
    atMost('CLI gate --service --site, cold (median)', gate.servicesAtSite.noCompileCache.medianMs, TARGETS.gateColdMedianMs, 'ms'),
    atMost('CLI gate --release --json, cold (median)', gate.releaseJson.noCompileCache.medianMs, TARGETS.gateColdMedianMs, 'ms'),
  ];

  const result: Record<string, unknown> = { quick, engine, schedule, gate };
  if (psplib !== null) {
    const sets = [
      { name: 'j30', timeLimitMs: j30TimeLimitMs },
      { name: 'j120', timeLimitMs: 1000 },
    ];
    for (const set of sets) {
      const dir = join(psplib, set.name);
      if (!existsSync(dir)) {
        notes.push(`${dir} not found: ${set.name} skipped.`);
        continue;
      }
      log(`PSPLIB ${set.name} at ${set.timeLimitMs} ms per instance…`);
      const summary = await benchPsplib(dir, { timeLimitMs: set.timeLimitMs, seed: 1 });
      result[set.name] = { timeLimitMs: set.timeLimitMs, ...summary };
      if (set.name === 'j30') {
        rows.push(atMost('PSPLIB j30 avg deviation from optimum', summary.avgDeviationPct, TARGETS.j30AvgDeviationPct, '%'));
        rows.push(atMost('PSPLIB j30 avg time per instance', summary.avgMs, TARGETS.j30AvgMs, 'ms'));
      } else {
        rows.push(atMost('PSPLIB j120 avg deviation from critical path', summary.avgDeviationFromCpmPct, TARGETS.j120AvgDeviationFromCpmPct, '%'));
        rows.push(atMost('PSPLIB j120 avg time per instance', summary.avgMs, TARGETS.j120AvgMs, 'ms'));
      }
    }
  }
  result.rows = rows;
  result.notes = notes;
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
