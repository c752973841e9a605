import type { Command } from './commands';
import { runPsplib } from './psplib-command';

export const psplibCommand: Command = {
  usage: 'psplib DIR [--time-limit-ms N] [--seed N] [--out FILE] [--json]',
  summary: 'Solve every PSPLIB .sm file in DIR; the last line is a JSON summary (deviation from optimum.csv when present).',
  options: { 'time-limit-ms': { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' }, json: { type: 'boolean' } },
  async run(values, positionals) {
    const dir = positionals[0];
    if (!dir) {
      console.error('Name the folder of .sm files. Usage: release-cockpit psplib DIR');
      return 2;
    }
    const timeLimitMs = Number(values['time-limit-ms'] ?? 200);
    const seed = Number(values.seed ?? 1);
    if (!Number.isFinite(timeLimitMs) || timeLimitMs <= 0 || !Number.isInteger(seed)) {
      console.error('--time-limit-ms must be a positive number and --seed an integer.');
      return 2;
    }
    await runPsplib({ dir, timeLimitMs, seed, ...(values.out ? { out: values.out as string } : {}), json: Boolean(values.json) }, (line) => console.log(line));
    return 0;
  },
};
