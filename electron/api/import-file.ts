import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import Papa from 'papaparse';
import type { Method } from '../../shared/api/contract';
import type { Result } from '../../shared/api/result';

const DEPENDENCY_HEADERS = new Set(['from', 'to', 'parent', 'child', 'parent.name', 'child.name']);

/** Which importer a file on disk goes to, by extension and, for CSV, by its header row. */
export function importMethodFor(file: string, text: string): Method {
  const ext = extname(file).toLowerCase();
  if (ext === '.json') return 'import.workspaceJson';
  if (ext === '.yaml' || ext === '.yml') return 'import.backstage';
  if (ext === '.ics' || ext === '.ical' || /^\s*BEGIN:VCALENDAR/i.test(text)) return 'import.ics';
  const header = Papa.parse<string[]>(text, { preview: 1 }).data[0] ?? [];
  const isDependencies = header.some((h) => DEPENDENCY_HEADERS.has(h.trim().toLowerCase()));
  return isDependencies ? 'import.dependenciesCsv' : 'import.servicesCsv';
}

/** One call into the handler table, however the caller reaches it (the CLI's dispatch, the app's hub). */
export type CallApi = (method: Method, input: unknown) => Promise<Result<unknown>>;

/** Used by the CLI and the Electron File menu: read, pick the importer, run it through the handler table. */
export async function importFiles(call: CallApi, files: string[], opts: { createMissing?: boolean } = {}): Promise<Result<unknown>> {
  const texts = files.map((file) => ({ name: basename(file), text: readFileSync(file, 'utf8') }));
  const first = texts[0];
  if (!first) return { ok: false, error: { code: 'VALIDATION', message: 'Choose at least one file to import.' } };
  const method = importMethodFor(files[0] ?? '', first.text);
  const input = method === 'import.backstage' ? { files: texts }
    : method === 'import.ics' ? { text: first.text, fileName: first.name }
    : method === 'import.dependenciesCsv' ? { text: first.text, createMissing: opts.createMissing ?? false }
    : { text: first.text };
  if (method !== 'import.backstage' && texts.length > 1) {
    return { ok: false, error: { code: 'VALIDATION', message: 'Only Backstage YAML imports take several files at once.' } };
  }
  return call(method, input);
}
