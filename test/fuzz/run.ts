/**
 * `npm run fuzz -- [--cases N] [--seed S]`: hostile input through every API method (dispatch and the
 * loopback host) and the five importers. Every case must answer a typed Result that is not INTERNAL,
 * in time, and a failed write (or any read) must leave the workspace as it was. Prints JSON; exits 1
 * when any case failed.
 */
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { FuzzEnv } from './fuzz-env';
import { buildSamples } from './samples';
import { EXCLUDED, fuzzCase } from './targets';

const { values } = parseArgs({ options: { cases: { type: 'string', default: '10000' }, seed: { type: 'string' } } });
const cases = Number(values.cases);
const seed = values.seed === undefined ? Date.now() % 1_000_000 : Number(values.seed);
if (!Number.isInteger(cases) || cases < 1) throw new Error('--cases must be a positive whole number');

const CHUNK = 100;
const env = new FuzzEnv();
const sampleSession = env.sampleSession();
const samples = await buildSamples(sampleSession.ctx);
sampleSession.close();
const arbitrary = fuzzCase(samples);

const targets: Record<string, { cases: number; failures: number; ms: number }> = {};
const examples: { case: number; target: string; method: string; problem: string; input: string }[] = [];
let failures = 0;
const started = performance.now();
// Generated a chunk at a time: a whole run's mutated files at once would not fit in memory.
for (let done = 0, chunk = 0; done < cases; chunk++) {
  for (const c of fc.sample(arbitrary, { numRuns: Math.min(CHUNK, cases - done), seed: seed + chunk })) {
    const t0 = performance.now();
    if (process.env.FUZZ_TRACE) process.stderr.write(`${c.target} ${c.method} ${JSON.stringify(c.input)?.slice(0, 150)}\n`);
    const problem = await env.check(c);
    const tally = (targets[c.target] ??= { cases: 0, failures: 0, ms: 0 });
    tally.cases += 1;
    tally.ms += performance.now() - t0;
    if (problem) {
      failures += 1;
      tally.failures += 1;
      if (examples.length < 20) examples.push({ case: done, target: c.target, method: c.method, problem, input: JSON.stringify(c.input)?.slice(0, 400) ?? 'undefined' });
    }
    done += 1;
  }
  if (chunk % 10 === 9) process.stderr.write(`${done}/${cases} cases, ${failures} failed\n`);
}
const durationMs = performance.now() - started;
await env.close();

const round = (n: number, digits = 2) => Number(n.toFixed(digits));
console.log(JSON.stringify({
  cases, seed, failures, durationMs: Math.round(durationMs), msPerCase: round(durationMs / cases),
  targets: Object.fromEntries(Object.entries(targets).sort().map(([k, v]) => [k, { cases: v.cases, failures: v.failures, msPerCase: round(v.ms / v.cases) }])),
  excluded: EXCLUDED, examples,
}, null, 2));
process.exit(failures > 0 ? 1 : 0);
