import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseOptimumCsv, runPsplib } from '../../electron/cli/psplib-command';
import { j301_1Text, tinySmText } from './rcpsp-fixtures';

const folders: string[] = [];
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'psplib-'));
  folders.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
afterEach(() => folders.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('parseOptimumCsv', () => {
  it('reads optima, lb..ub bounds and upper-bound-only values', () => {
    const references = parseOptimumCsv('problem,optimum\nj301_1.sm,43\nj1201_1.sm,104..105\r\nj12020_1.sm,..89\n');
    expect(references.get('j301_1.sm')).toEqual({ text: '43', value: 43 });
    expect(references.get('j1201_1.sm')).toEqual({ text: '104..105', value: 105 });
    expect(references.get('j12020_1.sm')).toEqual({ text: '..89', value: 89 });
  });

  it('rejects a malformed line', () => {
    expect(() => parseOptimumCsv('problem,optimum\nj301_1.sm,forty\n')).toThrow(/line 2/);
  });
});

describe('runPsplib', () => {
  it('solves a folder in natural order, writes schedules and ends with a JSON summary', async () => {
    const dir = folder({
      'j3010_1.sm': tinySmText,
      'j301_1.sm': j301_1Text,
      'optimum.csv': 'problem,optimum\nj301_1.sm,43\nj3010_1.sm,7\n',
      'notes.txt': 'ignored',
    });
    const lines: string[] = [];
    const out = join(dir, 'out', 'result.json');
    const summary = await runPsplib({ dir, timeLimitMs: 2_000, seed: 1, out }, (line) => lines.push(line));

    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^j301_1\.sm makespan 4\d \(opt 43\) [\d.]+ ms$/);
    expect(lines[1]).toMatch(/^j3010_1\.sm makespan 7 \(opt 7\) [\d.]+ ms$/);
    expect(JSON.parse(lines[2]!)).toEqual(summary);
    expect(summary.instances).toBe(2);
    expect(summary.avgDeviationPct).toBeGreaterThanOrEqual(0);
    expect(summary.avgDeviationFromCpmPct).toBeUndefined();

    const written = JSON.parse(readFileSync(out, 'utf8')) as { instances: { name: string; starts: number[]; makespan: number }[] };
    expect(written.instances.map((i) => i.name)).toEqual(['j301_1.sm', 'j3010_1.sm']);
    expect(written.instances[0]!.starts).toHaveLength(32);
    expect(written.instances[1]!.starts[0]).toBe(0);
    expect(Math.max(...written.instances[1]!.starts)).toBe(7);
  });

  it('reports the critical-path deviation for j120 instances and omits optimum figures without optimum.csv', async () => {
    const dir = folder({ 'j1201_1.sm': tinySmText });
    const lines: string[] = [];
    const summary = await runPsplib({ dir, timeLimitMs: 1_000, seed: 1, json: true }, (line) => lines.push(line));
    expect(JSON.parse(lines[0]!)).toMatchObject({ name: 'j1201_1.sm', makespan: 7, criticalPath: 4 });
    expect(summary).toMatchObject({ instances: 1, avgDeviationFromCpmPct: 75 });
    expect(summary.avgDeviationPct).toBeUndefined();
  });

  it('fails clearly on an empty folder or a malformed instance', async () => {
    await expect(runPsplib({ dir: folder({}), timeLimitMs: 10, seed: 1 }, () => {})).rejects.toThrow(/No \.sm files/);
    await expect(runPsplib({ dir: folder({ 'bad.sm': 'nonsense' }), timeLimitMs: 10, seed: 1 }, () => {})).rejects.toThrow(/Malformed/);
  });
});
