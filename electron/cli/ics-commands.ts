import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { IcsExport, IcsItem } from '../../shared/model/ics-api';
import { describeImport } from '../api/describe-result';
import { dispatch } from '../api/dispatch';
import { handlers } from '../api/handler-table';
import { consoleIo, jsonOption, withWorkspace, workspaceOption, type Io, type Values } from './cli-io';
import type { Command } from './commands';

/** `export-ics`: freezes and planned releases (and, with --maintenance, maintenance windows) as an .ics file. */
export async function runExportIcs(values: Values, _positionals: string[], io: Io): Promise<number> {
  return withWorkspace(values, io, async (session) => {
    const items: IcsItem[] = ['freezes', 'releases', ...(values.maintenance ? ['maintenance' as const] : [])];
    const result = await dispatch(handlers, session.ctx, 'export.ics', { items, timeMode: values.utc ? 'utc' : 'zones' });
    if (!result.ok) {
      io.err(result.error.message);
      return 1;
    }
    const { text, events } = result.value as IcsExport;
    if (typeof values.out === 'string') {
      writeFileSync(values.out, text);
      io.out(`Wrote ${values.out} (${events} event${events === 1 ? '' : 's'}).`);
    } else io.out(text);
    return 0;
  });
}

/** `import-ics FILE`: every event becomes a freeze window; the same calendar again updates them. */
export async function runImportIcs(values: Values, files: string[], io: Io): Promise<number> {
  const [file, ...extra] = files;
  if (!file || extra.length) {
    io.err('Name one .ics file to import. Usage: release-cockpit import-ics FILE --workspace FILE [--severity hard|soft]');
    return 2;
  }
  const severity = values.severity ?? 'soft';
  if (severity !== 'hard' && severity !== 'soft') {
    io.err('--severity must be hard or soft.');
    return 2;
  }
  if (!existsSync(file)) {
    io.err(`No such file: ${file}`);
    return 1;
  }
  return withWorkspace(values, io, async (session) => {
    const result = await dispatch(handlers, session.ctx, 'import.ics', { text: readFileSync(file, 'utf8'), fileName: basename(file), severity });
    if (values.json) io.out(JSON.stringify(result, null, 2));
    else for (const line of describeImport(result)) (result.ok ? io.out : io.err)(line);
    return result.ok ? 0 : 1;
  });
}

export const exportIcsCommand: Command = {
  usage: 'export-ics --workspace FILE [--out FILE] [--utc] [--maintenance]',
  summary: 'Write freezes and planned releases as an iCalendar (.ics) file with time-zone definitions (--utc: all times in UTC; --maintenance: add maintenance windows).',
  options: { ...workspaceOption, out: { type: 'string' }, utc: { type: 'boolean' }, maintenance: { type: 'boolean' } },
  run: (values, positionals) => runExportIcs(values, positionals, consoleIo),
};

export const importIcsCommand: Command = {
  usage: 'import-ics FILE --workspace FILE [--severity hard|soft] [--json]',
  summary: 'Import a freeze calendar (.ics, e.g. holidays or peak days) as freeze windows for every site (default soft). Importing it again updates them. All or nothing.',
  options: { ...workspaceOption, ...jsonOption, severity: { type: 'string' } },
  run: (values, positionals) => runImportIcs(values, positionals, consoleIo),
};
