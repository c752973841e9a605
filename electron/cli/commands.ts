import type { ParseArgsConfig } from 'node:util';
import { demoCommand, exportCommand, importCommand } from './workspace-commands';
import { psplibCommand } from './psplib-cli';
import { blastRadiusCommand, conflictsCommand } from './engine-commands';
import { gateCommand } from './gate-command';
import { exportIcsCommand, importIcsCommand } from './ics-commands';
import { auditCommand } from './audit-commands';
import { backupCommand, backupsCommand, restoreCommand } from './backup-commands';
import { incidentCommand } from './incident-commands';
import { scheduleCommand } from './schedule-command';

export interface Command {
  usage: string;
  summary: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run(values: Record<string, string | boolean | undefined>, positionals: string[]): Promise<number>;
}

export const commands: Record<string, Command> = {
  demo: demoCommand,
  import: importCommand,
  export: exportCommand,
  'import-ics': importIcsCommand,
  'export-ics': exportIcsCommand,
  psplib: psplibCommand,
  'blast-radius': blastRadiusCommand,
  conflicts: conflictsCommand,
  schedule: scheduleCommand,
  gate: gateCommand,
  incident: incidentCommand,
  audit: auditCommand,
  backup: backupCommand,
  backups: backupsCommand,
  restore: restoreCommand,
};

export function usage(): string {
  const lines = Object.values(commands).map((c) => `  release-cockpit ${c.usage}\n      ${c.summary}`);
  return `Release Cockpit command line\n\n${lines.join('\n')}\n\nWorkspace: --workspace FILE, else COCKPIT_WORKSPACE, else the app's user-data folder.`;
}
