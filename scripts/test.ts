// `npm test`: typecheck, lint, unit and store tests, then Playwright in Chromium; one summary line at the end.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

interface Tally { passed: number; failed: number; skipped: number }
const total: Tally = { passed: 0, failed: 0, skipped: 0 };
const failedSteps: string[] = [];

function run(label: string, command: string, args: string[]): boolean {
  console.log(`\n=== ${label} ===`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  const ok = result.status === 0;
  if (!ok) failedSteps.push(label);
  return ok;
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

mkdirSync('test-results', { recursive: true });
for (const f of ['test-results/unit.json', 'test-results/e2e.json']) if (existsSync(f)) rmSync(f);

// Static checks count as one check each, so a type error can never hide behind green tests.
for (const [label, script] of [['typecheck', 'typecheck'], ['lint', 'lint']] as const) {
  if (run(label, 'npm', ['run', '--silent', script])) total.passed += 1;
  else total.failed += 1;
}

run('unit and store tests (vitest)', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit.json']);
const unit = readJson<{ numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number; success: boolean }>('test-results/unit.json');
if (unit) {
  total.passed += unit.numPassedTests;
  total.failed += unit.numFailedTests + (unit.success || unit.numFailedTests > 0 ? 0 : 1);
  total.skipped += unit.numPendingTests + unit.numTodoTests;
} else total.failed += 1;

run('end-to-end (Playwright, Chromium)', 'npx', ['playwright', 'test']);
interface PwSuite { title: string; suites?: PwSuite[]; specs?: { title: string; tests: { annotations: { type: string; description?: string }[]; status: string }[] }[] }
const e2e = readJson<{ stats: { expected: number; unexpected: number; skipped: number; flaky: number }; errors?: unknown[]; suites: PwSuite[] }>('test-results/e2e.json');

/** Playwright's list reporter hides skip reasons; a skipped test must say why. */
function printSkips(suites: PwSuite[], path: string[] = []): void {
  for (const suite of suites) {
    const here = suite.title ? [...path, suite.title] : path;
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests) {
        const skip = t.annotations.find((a) => a.type === 'skip');
        if (t.status === 'skipped') console.log(`Skipped: ${[...here, spec.title].join(' › ')}${skip?.description ? ` (${skip.description})` : ''}`);
      }
    }
    printSkips(suite.suites ?? [], here);
  }
}

if (e2e) {
  printSkips(e2e.suites);
  total.passed += e2e.stats.expected + e2e.stats.flaky;
  total.failed += e2e.stats.unexpected + (e2e.errors?.length ? 1 : 0);
  total.skipped += e2e.stats.skipped;
} else total.failed += 1;

console.log('');
if (failedSteps.length) console.log(`Failed steps: ${failedSteps.join(', ')}`);
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed > 0 || failedSteps.length > 0 ? 1 : 0);
