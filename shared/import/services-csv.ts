import type { Catalog, Service, ServiceInput } from '../model/catalog';
import { type CsvRow, readCsv } from './csv-table';
import { type Parsed, defaultHosting, parseHosting, parseMinutes, parseServiceKind, parseTier, splitList } from './field-values';
import { emptyPlan, type PlanResult } from './import-plan';
import { MAX_NAME_CHARS } from './limits';
import { NameIndex } from './name-index';
import { ErrorList, quoted } from './row-errors';

/** The columns of a services CSV, in the order the export writes them. */
export const SERVICE_COLUMNS = ['name', 'kind', 'tier', 'owner_team', 'hosting', 'sites', 'processes', 'rto_minutes', 'rpo_minutes', 'description'] as const;

const ALIASES: Record<string, string> = {
  owner: 'owner_team', team: 'owner_team', service: 'name', service_name: 'name', site: 'sites', process: 'processes',
  business_processes: 'processes', rto: 'rto_minutes', rpo: 'rpo_minutes',
};

type Named = { id: number; name: string };
interface Lookups { sites: NameIndex<Named>; processes: NameIndex<Named> }

/** Reads one cell through a parser; a blank cell means "not given" and yields undefined. */
function cell<T>(row: CsvRow, column: string, parse: (raw: string) => Parsed<T>, problems: string[]): T | undefined {
  const raw = row.cells.get(column) ?? '';
  if (raw === '') return undefined;
  const parsed = parse(raw);
  if (parsed.ok) return parsed.value;
  problems.push(parsed.message);
  return undefined;
}

function resolveNames(raw: string, index: NameIndex<Named>, what: string, problems: string[]): number[] | undefined {
  if (raw === '') return undefined;
  const ids: number[] = [];
  for (const name of splitList(raw)) {
    const found = index.get(name);
    if (found) ids.push(found.id);
    else problems.push(`unknown ${what} ${quoted(name)}`);
  }
  return ids;
}

function checkLength(value: string, column: string, max: number, problems: string[]): void {
  if (value.length > max) problems.push(`${column} is longer than ${max} characters`);
}

/**
 * One row → the whole service it describes. A blank cell keeps an existing service's value, or
 * takes the default for a new one (tier 3, hosting from the kind, no sites, no processes). Kind
 * has no sensible default, so a new service without one is a row error.
 */
function rowToService(row: CsvRow, name: string, existing: Service | undefined, lookups: Lookups, problems: string[]): ServiceInput | null {
  const kind = cell(row, 'kind', parseServiceKind, problems) ?? existing?.kind;
  const tier = cell(row, 'tier', parseTier, problems) ?? existing?.tier ?? 3;
  const hosting = cell(row, 'hosting', parseHosting, problems);
  const rto = cell(row, 'rto_minutes', (raw) => parseMinutes('rto_minutes', raw), problems);
  const rpo = cell(row, 'rpo_minutes', (raw) => parseMinutes('rpo_minutes', raw), problems);
  const siteIds = resolveNames(row.cells.get('sites') ?? '', lookups.sites, 'site', problems);
  const processIds = resolveNames(row.cells.get('processes') ?? '', lookups.processes, 'business process', problems);
  const ownerTeam = row.cells.get('owner_team') || existing?.ownerTeam || '';
  const description = row.cells.get('description') || existing?.description || '';
  checkLength(name, 'name', MAX_NAME_CHARS, problems);
  checkLength(ownerTeam, 'owner_team', 80, problems);
  checkLength(description, 'description', 2000, problems);
  if (kind === undefined && !row.cells.get('kind')) {
    problems.push('kind is required for a new service (one of erp, wms, tms, integration, edi, carrier, portal, analytics, database, network, saas, edge, unclassified)');
  }
  if (problems.length > 0 || kind === undefined) return null;
  return {
    name,
    kind,
    tier,
    ownerTeam,
    hosting: hosting ?? existing?.hosting ?? defaultHosting(kind),
    siteIds: siteIds ?? existing?.siteIds ?? [],
    processIds: processIds ?? existing?.processIds ?? [],
    rtoMinutes: rto ?? existing?.rtoMinutes ?? null,
    rpoMinutes: rpo ?? existing?.rpoMinutes ?? null,
    description,
  };
}

/**
 * Plans a services CSV import against a catalog snapshot: rows whose name matches a service
 * (case-insensitively) update it, other rows create one. Every bad row is reported, with its line.
 */
export function planServicesCsv(text: string, catalog: Catalog): PlanResult {
  const errors = new ErrorList();
  const plan = emptyPlan();
  const table = readCsv(text, errors, ALIASES);
  if (!table) return { plan, errors: errors.sorted() };
  if (!table.columns.includes('name')) {
    errors.at(table.headerLine, `the header must have a name column (found: ${table.columns.filter(Boolean).join(', ') || 'nothing'})`);
    return { plan, errors: errors.sorted() };
  }
  const unknown = table.columns.filter((c) => c !== '' && !(SERVICE_COLUMNS as readonly string[]).includes(c));
  if (unknown.length) plan.warnings.push(`Ignored column${unknown.length === 1 ? '' : 's'} ${unknown.join(', ')}: not part of the services format (${SERVICE_COLUMNS.join(', ')}).`);

  const existing = new NameIndex(catalog.services);
  const lookups: Lookups = { sites: new NameIndex(catalog.sites), processes: new NameIndex(catalog.processes) };
  const firstLine = new Map<string, number>();
  for (const row of table.rows) {
    const name = row.cells.get('name') ?? '';
    if (name === '') {
      errors.at(row.line, 'name is empty; every row needs the service name');
      continue;
    }
    const key = name.toLowerCase();
    const earlier = firstLine.get(key);
    if (earlier !== undefined) {
      errors.at(row.line, `service ${quoted(name)} is already on line ${earlier}; keep one row per service`);
      continue;
    }
    firstLine.set(key, row.line);
    const problems: string[] = [];
    const current = existing.get(name);
    const value = rowToService(row, name, current, lookups, problems);
    for (const p of problems) errors.at(row.line, p);
    if (value) plan.services.push({ existingId: current?.id ?? null, value, newProcessNames: [] });
  }
  return { plan, errors: errors.sorted() };
}
