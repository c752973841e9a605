import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import type { BackupInfo } from '../../shared/api/contract';
import { count } from '../../shared/text/plural';
import { openSession } from '../host/session';
import { resolveWorkspacePath } from '../host/workspace-location';
import { backupDir, listBackups, restoreBackup } from '../store/backups';
import { handlers } from '../api/handler-table';
import { callApi, consoleIo, jsonOption, withWorkspace, workspaceOption, type Io, type Values } from './cli-io';
import type { Command } from './commands';

const size = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);
const line = (b: BackupInfo) =>
  `${b.name}  ${b.kind.padEnd(14)}  ${size(b.bytes).padStart(8)}  ${b.counts ? `${count(b.counts.services)} services, ${count(b.counts.releases)} releases, ${count(b.counts.windows)} windows` : 'unreadable'}`;

export async function runBackup(values: Values, _positionals: string[], io: Io): Promise<number> {
  return withWorkspace(values, io, async (session) => {
    const taken = await callApi(session, 'backup.create', {}, io, handlers);
    if (!taken) return 1;
    io.out(`${backupDir(session.ctx.workspacePath)}/${taken.name}`);
    return 0;
  });
}

export async function runBackups(values: Values, _positionals: string[], io: Io): Promise<number> {
  return withWorkspace(values, io, async (session) => {
    const list = await callApi(session, 'backup.list', {}, io, handlers);
    if (!list) return 1;
    if (values.json) io.out(JSON.stringify(list, null, 2));
    else if (list.length === 0) io.out(`No backups yet in ${backupDir(session.ctx.workspacePath)}. Take one with: release-cockpit backup --workspace FILE`);
    else for (const b of list) io.out(line(b));
    return 0;
  });
}

/** Asks on the terminal; no terminal means no answer, and a restore never happens without one. */
export type Confirm = (question: string) => Promise<boolean | null>;
export const terminalConfirm: Confirm = async (question) => {
  if (!process.stdin.isTTY) return null;
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return /^y(es)?$/i.test((await rl.question(`${question} [y/N] `)).trim());
  } finally {
    rl.close();
  }
};

export async function runRestore(values: Values, positionals: string[], io: Io, confirm: Confirm = terminalConfirm): Promise<number> {
  const workspace = resolveWorkspacePath(values.workspace as string | undefined);
  if (!existsSync(workspace)) {
    io.err(`No workspace at ${workspace}.`);
    return 1;
  }
  const backups = listBackups(workspace);
  const name = values.latest ? backups.find((b) => b.counts !== null)?.name : positionals[0];
  if (!name) {
    io.err(values.latest ? `No readable backup in ${backupDir(workspace)}.` : 'Name the backup (see `release-cockpit backups`) or pass --latest.');
    return values.latest ? 1 : 2;
  }
  const chosen = backups.find((b) => b.name === name);
  if (!chosen) {
    io.err(`No backup named ${name} in ${backupDir(workspace)}. See \`release-cockpit backups --workspace ${workspace}\`.`);
    return 1;
  }
  if (!values.yes) {
    const answer = await confirm(`Replace ${workspace} with the backup of ${chosen.takenAt} (${line(chosen)})? The current state is backed up first.`);
    if (answer === null) {
      io.err('Restoring replaces the workspace, so it asks first, and there is no terminal to ask on. Pass --yes to restore without asking.');
      return 2;
    }
    if (!answer) {
      io.out('Nothing was restored.');
      return 1;
    }
  }
  const session = openSession(workspace, { seedNew: false });
  const before = await restoreBackup(workspace, name, new Date(), { db: session.ctx.db, close: () => session.close() });
  io.out(`Restored ${name}. The state before the restore is in ${before.name}.`);
  return 0;
}

export const backupCommand: Command = {
  usage: 'backup --workspace FILE',
  summary: 'Back up the workspace now (SQLite online backup) and print the backup\'s path.',
  options: workspaceOption,
  run: (values, positionals) => runBackup(values, positionals, consoleIo),
};

export const backupsCommand: Command = {
  usage: 'backups --workspace FILE [--json]',
  summary: 'List the workspace\'s backups: time, kind, size, and what each holds.',
  options: { ...workspaceOption, ...jsonOption },
  run: (values, positionals) => runBackups(values, positionals, consoleIo),
};

export const restoreCommand: Command = {
  usage: 'restore --workspace FILE (--latest | BACKUP) [--yes]',
  summary: 'Restore a backup (asks first unless --yes; refuses when there is no terminal to ask). The current state is backed up first.',
  options: { ...workspaceOption, latest: { type: 'boolean' }, yes: { type: 'boolean' } },
  run: (values, positionals) => runRestore(values, positionals, consoleIo),
};
