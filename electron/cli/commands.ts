import type { ParseArgsConfig } from 'node:util';

export interface Command {
  usage: string;
  summary: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run(values: Record<string, string | boolean | undefined>, positionals: string[]): Promise<number>;
}

/**
 * Each command's module loads only when that command runs: a pipeline calling `gate` never parses
 * the import, ICS or PSPLIB code (and their libraries). Help loads them all.
 */
const loaders: Record<string, () => Promise<Command>> = {
  demo: async () => (await import('./workspace-commands')).demoCommand,
  import: async () => (await import('./workspace-commands')).importCommand,
  export: async () => (await import('./workspace-commands')).exportCommand,
  'import-ics': async () => (await import('./ics-commands')).importIcsCommand,
  'export-ics': async () => (await import('./ics-commands')).exportIcsCommand,
  psplib: async () => (await import('./psplib-cli')).psplibCommand,
  'blast-radius': async () => (await import('./engine-commands')).blastRadiusCommand,
  conflicts: async () => (await import('./engine-commands')).conflictsCommand,
  schedule: async () => (await import('./schedule-command')).scheduleCommand,
  gate: async () => (await import('./gate-command')).gateCommand,
  incident: async () => (await import('./incident-commands')).incidentCommand,
  release: async () => (await import('./release-commands')).releaseCommand,
  audit: async () => (await import('./audit-commands')).auditCommand,
  backup: async () => (await import('./backup-commands')).backupCommand,
  backups: async () => (await import('./backup-commands')).backupsCommand,
  restore: async () => (await import('./backup-commands')).restoreCommand,
};

export function loadCommand(name: string): Promise<Command> | undefined {
  return Object.hasOwn(loaders, name) ? loaders[name]!() : undefined;
}

export async function usage(): Promise<string> {
  const all = await Promise.all(Object.values(loaders).map((load) => load()));
  const lines = all.map((c) => `  release-cockpit ${c.usage}\n      ${c.summary}`);
  return `Release Cockpit command line\n\n${lines.join('\n')}\n\nWorkspace: --workspace FILE, else COCKPIT_WORKSPACE, else the app's user-data folder.\nActing as: RELEASE_COCKPIT_AS=NAME (release also takes --as NAME, over it), else the computer's user; a declaration, not a login.\nExit codes: 0 success, 1 bad input or failure, 2 usage error; gate 3 blocked, 4 needs an exception; release 3 refused by change control.`;
}
