import { pathToFileURL } from 'node:url';
import { runPsplib, type Summary } from '../electron/cli/psplib-command';

export interface PsplibBenchOptions {
  timeLimitMs: number;
  seed: number;
}

/** Solves a PSPLIB folder and returns the summary figures; progress goes to `log`. */
export function benchPsplib(dir: string, options: PsplibBenchOptions, log: (line: string) => void = () => {}): Promise<Summary> {
  return runPsplib({ dir, timeLimitMs: options.timeLimitMs, seed: options.seed }, log);
}

function parseCli(argv: string[]): { dir: string } & PsplibBenchOptions {
  let dir: string | undefined;
  let timeLimitMs = 1000;
  let seed = 1;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const number = (): number => {
      const value = Number(argv[++i]);
      if (!Number.isFinite(value) || value < 0) throw new Error(`${arg} needs a non-negative number`);
      return value;
    };
    if (arg === '--time-limit-ms') timeLimitMs = number();
    else if (arg === '--seed') seed = number();
    else if (dir === undefined && !arg.startsWith('--')) dir = arg;
    else throw new Error(`Unknown argument ${arg}`);
  }
  if (dir === undefined) throw new Error('Usage: tsx bench/psplib.ts DIR [--time-limit-ms N] [--seed N]');
  return { dir, timeLimitMs, seed };
}

// Run directly: progress on stderr, the summary JSON alone on stdout.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { dir, ...options } = parseCli(process.argv.slice(2));
  benchPsplib(dir, options, (line) => process.stderr.write(`${line}\n`))
    .then((summary) => process.stdout.write(`${JSON.stringify(summary)}\n`))
    .catch((error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    });
}
