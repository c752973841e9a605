import { pathToFileURL } from 'node:url';
import { blastRadius, buildDependencyIndex } from '../shared/engine/graph';
import { expandCalendar } from '../shared/engine/calendar';
import { ConflictIndex } from '../shared/engine/conflicts';
import type { Release } from '../shared/model/plan';
import { generateEnterprise, type EnterpriseOptions } from './engine-fixtures';

export interface EngineBench {
  blastRadiusP50Ms: number;
  blastRadiusP95Ms: number;
  /** Median full conflict recompute (5k releases, 500 windows) on an already expanded calendar, JIT warm. */
  fullConflictMs: number;
  /** p95 of single-release incremental updates. */
  incrementalConflictMs: number;
  details: Record<string, number>;
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;

/** Generates the enterprise fixture and times the engine on it. */
export function benchEngine(options: EnterpriseOptions & { queries?: number; edits?: number; runs?: number; warmups?: number } = {}): EngineBench {
  const seed = options.seed ?? 7;
  const { catalog, plan } = generateEnterprise({ services: 10_000, dependencies: 50_000, releases: 5_000, windows: 500, ...options, seed });
  const queries = options.queries ?? 1000;
  const edits = options.edits ?? 200;
  const runs = options.runs ?? 9;
  const warmups = options.warmups ?? 5;
  let x = seed >>> 0 || 1;
  const random = () => ((x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 4294967296);

  let t = performance.now();
  const graph = buildDependencyIndex(catalog);
  const graphBuildMs = performance.now() - t;
  // Warm the JIT first: the figures are for a running app, not for the first call.
  for (let i = 0; i < 1000; i++) blastRadius(graph, [catalog.services[Math.floor(random() * catalog.services.length)]!.id]);
  const blast: number[] = [];
  let impactedTotal = 0;
  for (let i = 0; i < queries; i++) {
    const id = catalog.services[Math.floor(random() * catalog.services.length)]!.id;
    t = performance.now();
    const result = blastRadius(graph, [id], { direction: 'downstream' });
    blast.push(performance.now() - t);
    impactedTotal += result.counts.impacted;
  }

  // Expand every window once over the plan's year (plus margins) in every zone a site uses.
  const starts = plan.releases.flatMap((r) => (r.plannedStart ? [Date.parse(r.plannedStart)] : []));
  const from = Math.min(...starts) - 8 * 86_400_000;
  const to = Math.max(...starts) + 8 * 86_400_000;
  t = performance.now();
  const calendar = expandCalendar(plan);
  calendar.warm([...new Set(catalog.sites.map((s) => s.timeZone)), 'UTC'], from, to);
  const calendarExpandMs = performance.now() - t;

  // Steady state is what a running app sees; the first (cold JIT) build is reported alongside.
  const full: number[] = [];
  let coldFullMs = 0;
  let index!: ConflictIndex;
  for (let run = 0; run < warmups + runs; run++) {
    t = performance.now();
    index = new ConflictIndex({ catalog, plan, calendar, graph });
    const elapsed = performance.now() - t;
    if (run === 0) coldFullMs = elapsed;
    if (run >= warmups) full.push(elapsed);
  }
  const conflictCount = index.size;

  const incremental: number[] = [];
  const releases = new Map(plan.releases.map((r) => [r.id, r]));
  for (let i = 0; i < edits; i++) {
    const id = 1 + Math.floor(random() * plan.releases.length);
    const before = releases.get(id)!;
    const shift = Math.round((random() - 0.5) * 14 * 24) * 3_600_000;
    const edited: Release = {
      ...before,
      status: before.status === 'draft' ? 'scheduled' : before.status,
      plannedStart: new Date((before.plannedStart ? Date.parse(before.plannedStart) : from + 86_400_000) + shift).toISOString(),
      durationMinutes: 30 + Math.floor(random() * 8) * 30,
    };
    releases.set(id, edited);
    t = performance.now();
    index.update(edited);
    incremental.push(performance.now() - t);
  }

  return {
    blastRadiusP50Ms: round(percentile(blast, 50)),
    blastRadiusP95Ms: round(percentile(blast, 95)),
    fullConflictMs: round(percentile(full, 50)),
    incrementalConflictMs: round(percentile(incremental, 95)),
    details: {
      services: catalog.services.length,
      dependencies: catalog.dependencies.length,
      releases: plan.releases.length,
      windows: plan.windows.length,
      graphBuildMs: round(graphBuildMs),
      blastRadiusMaxMs: round(Math.max(...blast)),
      blastRadiusMeanImpacted: Math.round(impactedTotal / queries),
      calendarExpandMs: round(calendarExpandMs),
      fullConflictColdMs: round(coldFullMs),
      fullConflictMaxMs: round(Math.max(...full)),
      conflicts: conflictCount,
      incrementalConflictP50Ms: round(percentile(incremental, 50)),
      incrementalConflictMaxMs: round(Math.max(...incremental)),
    },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(benchEngine(), null, 2));
}
