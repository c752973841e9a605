import { mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkSchedule, criticalPathLowerBound, describeViolation, parsePsplibSm, solveRcpsp } from '../../shared/engine/rcpsp';

export interface PsplibArgs {
  /** Folder of PSPLIB `.sm` files, optionally with an `optimum.csv`. */
  dir: string;
  /** Search budget per instance. */
  timeLimitMs: number;
  seed: number;
  /** Where to write the schedules as JSON. */
  out?: string;
  /** Print each instance as a JSON line instead of a sentence (the summary is JSON either way). */
  json?: boolean;
}

export interface Summary {
  instances: number;
  avgMs: number;
  /** Against the optimum, or the best known upper bound (`lb..ub`); only with optimum.csv. */
  avgDeviationPct?: number;
  /** Average % above the critical-path bound, the usual j120 measure. */
  avgDeviationFromCpmPct?: number;
}

/** Reference makespan of an instance: the optimum, or the best known upper bound. */
interface Reference {
  text: string;
  value: number | undefined;
}

const natural = new Intl.Collator('en', { numeric: true });
const round = (value: number, digits: number): number => Number(value.toFixed(digits));
const average = (values: number[]): number => values.reduce((sum, v) => sum + v, 0) / values.length;

/**
 * Reads `optimum.csv` (`problem,optimum` header). A value is the optimum (`43`), bounds
 * `lb..ub`, or `..ub` when only an upper bound is known; deviation is measured against ub.
 */
export function parseOptimumCsv(text: string): Map<string, Reference> {
  const references = new Map<string, Reference>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || (index === 0 && /^problem\s*,/i.test(line))) return;
    const match = /^([^,]+),\s*(\d*)(?:\s*\.\.\s*(\d*))?$/.exec(line);
    if (!match || (match[2] === '' && match[3] === undefined)) {
      throw new Error(`optimum.csv line ${index + 1}: expected "name,value" or "name,lb..ub", got "${line}"`);
    }
    const exact = match[3] === undefined ? match[2] : match[3];
    references.set(match[1]!.trim(), { text: line.slice(line.indexOf(',') + 1).trim(), value: exact ? Number(exact) : undefined });
  });
  return references;
}

/**
 * Solves every `.sm` instance in `dir` (natural name order), checks each schedule with the
 * independent feasibility checker, logs one line per instance and a JSON summary last.
 */
export async function runPsplib(args: PsplibArgs, log: (line: string) => void): Promise<Summary> {
  const names = readdirSync(args.dir)
    .filter((name) => name.endsWith('.sm'))
    .sort(natural.compare);
  if (names.length === 0) throw new Error(`No .sm files in ${args.dir}`);
  const optimumPath = join(args.dir, 'optimum.csv');
  const references = existsSync(optimumPath) ? parseOptimumCsv(readFileSync(optimumPath, 'utf8')) : undefined;

  const instances: { name: string; makespan: number; starts: number[]; ms: number }[] = [];
  const deviations: number[] = [];
  const cpmDeviations: number[] = [];
  for (const name of names) {
    const problem = parsePsplibSm(readFileSync(join(args.dir, name), 'utf8'));
    const result = solveRcpsp(problem, { timeLimitMs: args.timeLimitMs, seed: args.seed });
    const violations = checkSchedule(problem, result);
    if (violations.length > 0) {
      const details = violations.slice(0, 5).map(describeViolation).join('; ');
      throw new Error(`${name}: solver returned an infeasible schedule (${violations.length} violations): ${details}`);
    }
    const ms = round(result.ms, 1);
    instances.push({ name, makespan: result.makespan, starts: result.starts, ms });

    const reference = references?.get(name);
    if (reference?.value !== undefined) deviations.push((100 * (result.makespan - reference.value)) / reference.value);
    const isJ120 = name.startsWith('j120');
    const criticalPath = isJ120 ? criticalPathLowerBound(problem) : undefined;
    if (criticalPath !== undefined && criticalPath > 0) cpmDeviations.push((100 * (result.makespan - criticalPath)) / criticalPath);

    if (args.json) {
      log(JSON.stringify({ name, makespan: result.makespan, reference: reference?.text, criticalPath, ms, schedules: result.schedules }));
    } else {
      const opt = reference ? ` (opt ${reference.text})` : '';
      const cpm = criticalPath !== undefined ? ` cpm ${criticalPath}` : '';
      log(`${name} makespan ${result.makespan}${opt}${cpm} ${ms} ms`);
    }
    // Let the event loop breathe between instances (progress output, cancellation).
    await new Promise<void>((resolve) => setImmediate(resolve));
  }

  if (args.out !== undefined) {
    mkdirSync(dirname(args.out), { recursive: true });
    writeFileSync(args.out, `${JSON.stringify({ instances })}\n`);
  }
  const summary: Summary = { instances: instances.length, avgMs: round(average(instances.map((i) => i.ms)), 1) };
  if (references !== undefined && deviations.length > 0) summary.avgDeviationPct = round(average(deviations), 3);
  if (cpmDeviations.length > 0) summary.avgDeviationFromCpmPct = round(average(cpmDeviations), 3);
  log(JSON.stringify(summary));
  return summary;
}
