import type { ImportReport, ImportRejection, RowError } from '../../shared/api/import-report';
import type { ApiError, Result } from '../../shared/api/result';
import type { SEVERITIES } from '../../shared/model/plan';
import { call } from '../api/client';

export type ImportKind = ImportReport['kind'];
export type Severity = (typeof SEVERITIES)[number];

export interface ImportKindInfo {
  id: ImportKind;
  label: string;
  hint: string;
  accept: string;
  multiple: boolean;
}

export const IMPORT_KINDS: readonly ImportKindInfo[] = [
  {
    id: 'services-csv',
    label: 'Services CSV',
    hint: 'Columns: name, kind, tier, owner_team, hosting, sites, processes, rto_minutes, rpo_minutes, description. A row whose name exists updates that service.',
    accept: '.csv,.txt,text/csv',
    multiple: false,
  },
  {
    id: 'dependencies-csv',
    label: 'Dependencies CSV (also ServiceNow cmdb_rel_ci)',
    hint: 'Columns from, to, kind, strength: both services must be in the catalog, unless you tick “Create missing services”. A ServiceNow cmdb_rel_ci export (parent, child, type) always creates the services it names but the catalog lacks, as unclassified.',
    accept: '.csv,.txt,text/csv',
    multiple: false,
  },
  {
    id: 'backstage',
    label: 'Backstage catalog-info.yaml',
    hint: 'One or more files. Components and Resources become services, Systems become business processes, dependsOn becomes hard dependencies.',
    accept: '.yaml,.yml',
    multiple: true,
  },
  {
    id: 'ics',
    label: 'ICS freeze calendar',
    hint: 'An iCalendar (.ics) file, e.g. public holidays or peak days. Each event becomes a freeze for every site; all-day events freeze each site’s own local day. Importing the same calendar again updates those freezes.',
    accept: '.ics,.ical,text/calendar',
    multiple: false,
  },
  {
    id: 'workspace-json',
    label: 'Workspace JSON',
    hint: 'A Release Cockpit export. It replaces everything in this workspace.',
    accept: '.json,application/json',
    multiple: false,
  },
];

/** Choices some kinds take besides the file: an ICS calendar's freezes are hard or soft; a dependencies file may create missing services. */
export interface ImportOptions {
  severity: Severity;
  createMissing?: boolean;
}

export async function runImport(kind: ImportKind, files: { name: string; text: string }[], options: ImportOptions = { severity: 'soft' }): Promise<Result<ImportReport>> {
  const first = files[0]?.text ?? '';
  switch (kind) {
    case 'services-csv': return call('import.servicesCsv', { text: first });
    case 'dependencies-csv': return call('import.dependenciesCsv', { text: first, createMissing: options.createMissing ?? false });
    case 'backstage': return call('import.backstage', { files });
    case 'workspace-json': return call('import.workspaceJson', { text: first });
    case 'ics': return call('import.ics', { text: first, fileName: files[0]?.name, severity: options.severity });
  }
}

/** The bad rows of an IMPORT_REJECTED error, or none if the details are not in that shape. */
export function rejectedRows(error: ApiError): RowError[] {
  const details = error.details as Partial<ImportRejection> | undefined;
  return Array.isArray(details?.errors) ? details.errors : [];
}

/** "Line 3: tier must be 1, 2 or 3", "catalog-info.yaml, line 12: …", "services[3].tier: …". */
export function rowErrorText(e: RowError): string {
  const where = [e.file, e.line !== undefined ? (e.file ? `line ${e.line}` : `Line ${e.line}`) : null, e.path].filter(Boolean).join(', ');
  return where ? `${where}: ${e.message}` : e.message;
}

const SINGULAR: Record<string, string> = { services: 'service', dependencies: 'dependency', sites: 'site', 'business processes': 'business process', processes: 'business process', releases: 'release', windows: 'window' };
const phrase = (counts: Record<string, number>) =>
  Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([what, n]) => `${n.toLocaleString('en-GB')} ${n === 1 ? (SINGULAR[what] ?? what) : what}`);

/** "Imported 12 services and 3 dependencies; updated 2 services." */
export function reportSentence(report: ImportReport): string {
  const created = phrase(report.created);
  const updated = phrase(report.updated);
  const join = (parts: string[]) => (parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`);
  if (created.length === 0 && updated.length === 0) return 'Import finished: everything in the file was already in the catalog, nothing changed.';
  const parts = [created.length ? `Imported ${join(created)}` : '', updated.length ? `${created.length ? 'updated' : 'Updated'} ${join(updated)}` : ''].filter(Boolean);
  return `${parts.join('; ')}.`;
}
