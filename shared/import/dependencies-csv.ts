import type { Catalog } from '../model/catalog';
import { type CsvRow, readCsv } from './csv-table';
import { parseDependencyKind, parseStrength } from './field-values';
import { type DependencyUpsert, emptyPlan, type ImportPlan, type PlanResult } from './import-plan';
import { MAX_NAME_CHARS } from './limits';
import { NameIndex, nameKey } from './name-index';
import { ErrorList, quoted } from './row-errors';
import { DEFAULT_RELATIONSHIP, lookupRelationship } from './servicenow-types';

const ALIASES: Record<string, string> = {
  from_service: 'from', source: 'from', consumer: 'from', to_service: 'to', target: 'to', depends_on: 'to', provider: 'to',
  dependency_kind: 'kind',
  'parent.name': 'parent', parent_name: 'parent', 'parent.display_value': 'parent', dv_parent: 'parent',
  'child.name': 'child', child_name: 'child', 'child.display_value': 'child', dv_child: 'child',
  'type.name': 'type', type_name: 'type', 'type.display_value': 'type', dv_type: 'type', relationship_type: 'type', relationship: 'type',
};

const SYS_ID = /^[0-9a-f]{32}$/i;

interface Endpoints { from: string; to: string }

/** Collects dependency rows; a pair named twice keeps the later row and says so. */
class PairCollector {
  private readonly pairs = new Map<string, { line: number; dep: DependencyUpsert }>();
  constructor(private readonly plan: ImportPlan) {}

  add(line: number, dep: DependencyUpsert): void {
    const key = `${nameKey(dep.from)}\u0000${nameKey(dep.to)}`;
    const earlier = this.pairs.get(key);
    if (earlier) this.plan.warnings.push(`Line ${line} repeats ${dep.from} → ${dep.to} from line ${earlier.line}; line ${line} was used.`);
    this.pairs.set(key, { line, dep });
  }

  done(): DependencyUpsert[] {
    return [...this.pairs.values()].map((p) => p.dep);
  }
}

function checkEndpoints(row: CsvRow, e: Endpoints, columns: [string, string], errors: ErrorList): boolean {
  let fine = true;
  for (const [column, value] of [[columns[0], e.from], [columns[1], e.to]] as const) {
    if (value === '') {
      errors.at(row.line, `${column} is empty; name the service`);
      fine = false;
    } else if (SYS_ID.test(value)) {
      errors.at(row.line, `${column} ${quoted(value)} is a ServiceNow sys_id, not a name; export the list with display values`);
      fine = false;
    }
  }
  if (fine && (e.from.length > MAX_NAME_CHARS || e.to.length > MAX_NAME_CHARS)) {
    errors.at(row.line, `a service name is longer than ${MAX_NAME_CHARS} characters`);
    fine = false;
  }
  if (fine && nameKey(e.from) === nameKey(e.to)) {
    errors.at(row.line, `${quoted(e.from)} cannot depend on itself`);
    fine = false;
  }
  return fine;
}

/**
 * Services a dependency file names that the catalog lacks, created as unclassified (tier 3, cloud)
 * so the graph is complete, and listed in the report for someone to classify.
 */
class MissingServices {
  private readonly created = new NameIndex<{ name: string }>();
  constructor(private readonly services: NameIndex<{ name: string }>) {}

  /** The catalog's spelling of a known name; an unknown one is noted for creation. */
  resolve(name: string): { name: string } {
    const known = this.services.get(name) ?? this.created.get(name);
    if (known) return known;
    const service = { name };
    this.created.add(service);
    return service;
  }

  addTo(plan: ImportPlan, source: string): void {
    for (const { name } of this.created.values()) {
      plan.services.push({
        existingId: null, newProcessNames: [],
        value: {
          name, kind: 'unclassified', tier: 3, ownerTeam: '', hosting: 'cloud', siteIds: [], processIds: [], rtoMinutes: null, rpoMinutes: null,
          description: `Created by ${source}; set its kind, tier and owner.`,
        },
      });
      plan.unclassifiedCreated.push(name);
    }
  }
}

/**
 * `from,to[,kind,strength]`: both services must already be in the catalog (a typo should not
 * invent one), unless the caller asked to create missing ones (a call graph names everything).
 */
function planSimple(rows: CsvRow[], services: NameIndex<{ name: string }>, errors: ErrorList, pairs: PairCollector, missing: MissingServices | null): void {
  const unknown = (name: string) => `unknown service ${quoted(name)}; add it to the catalog first, or import with “create missing services”`;
  for (const row of rows) {
    const e = { from: row.cells.get('from') ?? '', to: row.cells.get('to') ?? '' };
    if (!checkEndpoints(row, e, ['from', 'to'], errors)) continue;
    const from = missing ? missing.resolve(e.from) : services.get(e.from);
    const to = missing ? missing.resolve(e.to) : services.get(e.to);
    if (!from) errors.at(row.line, unknown(e.from));
    if (!to) errors.at(row.line, unknown(e.to));
    const kindRaw = row.cells.get('kind') ?? '';
    const strengthRaw = row.cells.get('strength') ?? '';
    const kind = kindRaw ? parseDependencyKind(kindRaw) : ({ ok: true, value: 'sync-api' } as const);
    const strength = strengthRaw ? parseStrength(strengthRaw) : ({ ok: true, value: 'hard' } as const);
    if (!kind.ok) errors.at(row.line, kind.message);
    if (!strength.ok) errors.at(row.line, strength.message);
    if (from && to && kind.ok && strength.ok) pairs.add(row.line, { from: from.name, to: to.name, kind: kind.value, strength: strength.value });
  }
}

/**
 * ServiceNow cmdb_rel_ci: parent depends on child. Services missing from the catalog are created
 * as unclassified (tier 3, cloud) so the graph is complete, and listed for someone to classify.
 */
function planServiceNow(rows: CsvRow[], missing: MissingServices, errors: ErrorList, pairs: PairCollector, plan: ImportPlan): void {
  const unknownTypes = new Map<string, number[]>();
  const resolve = (name: string) => missing.resolve(name).name;
  for (const row of rows) {
    const e = { from: row.cells.get('parent') ?? '', to: row.cells.get('child') ?? '' };
    if (!checkEndpoints(row, e, ['parent', 'child'], errors)) continue;
    // Without a type column every row reads as the plain "Depends on" (the caller warns once).
    const type = row.cells.get('type') ?? 'Depends on::Used by';
    const mapping = lookupRelationship(type);
    if (!mapping) unknownTypes.set(type, [...(unknownTypes.get(type) ?? []), row.line]);
    const { kind, strength } = mapping ?? DEFAULT_RELATIONSHIP;
    pairs.add(row.line, { from: resolve(e.from), to: resolve(e.to), kind, strength });
  }
  for (const [type, lines] of unknownTypes) {
    const shown = lines.length > 5 ? `${lines.slice(0, 5).join(', ')}…` : lines.join(', ');
    plan.warnings.push(`Relationship type ${type ? quoted(type) : '(empty)'} is not one Release Cockpit knows (line${lines.length === 1 ? '' : 's'} ${shown}); imported as a hard sync-API dependency. Check those rows.`);
  }
  missing.addTo(plan, 'a ServiceNow relationship import');
}

/**
 * Plans a dependencies import, picking the format from the header: from/to, or ServiceNow
 * parent/type/child. `createMissing` lets a from/to file create the services it names that the
 * catalog lacks, as a ServiceNow export always does.
 */
export function planDependenciesCsv(text: string, catalog: Catalog, opts: { createMissing?: boolean } = {}): PlanResult {
  const errors = new ErrorList();
  const plan = emptyPlan();
  const table = readCsv(text, errors, ALIASES);
  if (!table) return { plan, errors: errors.sorted() };
  const has = (c: string) => table.columns.includes(c);
  const services = new NameIndex(catalog.services);
  const pairs = new PairCollector(plan);
  if (has('from') && has('to')) {
    const unknown = table.columns.filter((c) => c !== '' && !['from', 'to', 'kind', 'strength'].includes(c));
    if (unknown.length) plan.warnings.push(`Ignored column${unknown.length === 1 ? '' : 's'} ${unknown.join(', ')} (the format is from, to, kind, strength).`);
    const missing = opts.createMissing ? new MissingServices(services) : null;
    planSimple(table.rows, services, errors, pairs, missing);
    missing?.addTo(plan, 'a dependencies import');
  } else if (has('parent') && has('child')) {
    if (!has('type')) plan.warnings.push('The file has no type column; every relationship was read as "Depends on".');
    planServiceNow(table.rows, new MissingServices(services), errors, pairs, plan);
  } else {
    errors.at(table.headerLine, 'the header must name from and to columns, or parent, type and child (a ServiceNow cmdb_rel_ci export)');
  }
  plan.dependencies = pairs.done();
  return { plan, errors: errors.sorted() };
}
