import * as z from 'zod';
import {
  actionItemInput, incidentInput, INCIDENT_STATUSES, runbookInput, runbookStep, STEP_OUTCOMES,
  type ActionItem, type Incident, type IncidentEvent, type Run, type Runbook,
} from '../model/ops';
import type { Release } from '../model/plan';
import { describeIssue, fileList, formatPath, rawIds, shown } from './json-issues';
import type { ErrorList } from './row-errors';

/**
 * Runbooks, incidents, their runs, timelines and action items, with ids, exactly as stored. Absent in
 * files written before the export carried them.
 */
export interface OperationsFileData {
  /** Each runbook as it is now (its current version). */
  runbooks: Runbook[];
  /**
   * Every version of every runbook ever saved (the runbook_versions table), deleted runbooks' included,
   * each as the runbook was at that version: past runs name the version they followed.
   */
  runbookVersions: Runbook[];
  runs: Run[];
  incidents: Incident[];
  /** The timelines of incidents and runs: append-only, a correction names the entry it corrects. */
  events: IncidentEvent[];
  actionItems: ActionItem[];
}

export const OPERATIONS_LISTS = ['runbooks', 'runbookVersions', 'runs', 'incidents', 'events', 'actionItems'] as const;
type OperationsList = (typeof OPERATIONS_LISTS)[number];
type Item<K extends OperationsList> = OperationsFileData[K][number];
type Indexed<T> = { item: T; index: number };
type IndexedOperations = { [K in OperationsList]: Indexed<Item<K>>[] };

const id = z.number().int().positive();
const instant = z.iso.datetime({ offset: true });
/** Who declared, started or recorded something: a profile name, or the name a command line ran as. */
const actor = z.string().max(1000);
const version = z.number().int().positive();

const runbookRecord = z.object({ id, version, updatedAt: instant }).and(runbookInput);

const runRecord = z
  .object({
    id,
    incidentId: id.nullable(),
    releaseId: id.nullable(),
    runbookId: id.nullable(),
    runbookVersion: version,
    title: z.string().trim().min(1).max(200),
    steps: z.array(runbookStep).min(1).max(200),
    startedAt: instant,
    startedBy: actor,
  })
  .superRefine((r, ctx) => {
    r.steps.forEach((step, i) => {
      if (step.after !== null && step.after >= i + 1) ctx.addIssue({ code: 'custom', path: ['steps', i, 'after'], message: `Step ${i + 1} can only wait for an earlier step` });
    });
  });

const incidentRecord = z.object({ id, status: z.enum(INCIDENT_STATUSES), declaredAt: instant, declaredBy: actor }).and(incidentInput);

const eventBase = { id, incidentId: id.nullable(), runId: id.nullable(), at: instant, recordedAt: instant, actor };
const EVENT_TYPES = ['status', 'step', 'note', 'role', 'run', 'correction'] as const;
const eventRecord = z
  .discriminatedUnion('type', [
    z.object({ ...eventBase, type: z.literal('status'), from: z.enum(INCIDENT_STATUSES).nullable(), to: z.enum(INCIDENT_STATUSES), note: z.string().max(5000) }),
    z.object({ ...eventBase, type: z.literal('step'), step: z.number().int().min(0).max(199), outcome: z.enum(STEP_OUTCOMES), note: z.string().max(5000) }),
    z.object({ ...eventBase, type: z.literal('note'), text: z.string().min(1).max(10_000) }),
    z.object({ ...eventBase, type: z.literal('role'), role: z.string().min(1).max(60), name: z.string().max(120).nullable() }),
    z.object({ ...eventBase, type: z.literal('run'), runbookTitle: z.string().max(200), version }),
    z.object({ ...eventBase, type: z.literal('correction'), eventId: id, from: instant, to: instant, reason: z.string().min(1).max(2000) }),
  ])
  .refine((e) => e.incidentId !== null || e.runId !== null, { message: 'A timeline entry belongs to an incident or a run: give incidentId or runId', path: ['incidentId'] });

const actionItemRecord = z.object({ id }).and(actionItemInput);

const ITEM_SCHEMAS: { [K in OperationsList]: z.ZodType<Item<K>> } = {
  runbooks: runbookRecord,
  runbookVersions: runbookRecord,
  runs: runRecord,
  incidents: incidentRecord,
  events: eventRecord as unknown as z.ZodType<IncidentEvent>,
  actionItems: actionItemRecord,
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The parsed item with its keys in the order the file has them (defaults the file left out come
 * last): runbooks, incidents and their kin are stored as JSON text, so an export read back and
 * exported again is the same text.
 */
function inFileOrder(raw: unknown, parsed: unknown): unknown {
  if (Array.isArray(parsed)) return Array.isArray(raw) ? parsed.map((v: unknown, i) => inFileOrder(raw[i], v)) : parsed;
  if (!isRecord(parsed) || !isRecord(raw)) return parsed;
  const ordered: Record<string, unknown> = {};
  for (const key of Object.keys(raw)) if (Object.hasOwn(parsed, key)) ordered[key] = inFileOrder(raw[key], parsed[key]);
  for (const key of Object.keys(parsed)) if (!Object.hasOwn(ordered, key)) ordered[key] = parsed[key];
  return ordered;
}

function eventIssue(issue: z.core.$ZodIssue, item: unknown): string {
  // A timeline entry of a kind this app does not know: say which kinds there are.
  if (issue.code === 'invalid_union' && issue.path.length === 1 && issue.path[0] === 'type') {
    const type = isRecord(item) ? item.type : undefined;
    if (type !== undefined) return `must be one of ${EVENT_TYPES.join(', ')} (got ${shown(type)})`;
  }
  return describeIssue(issue, item);
}

function validItems<K extends OperationsList>(list: K, value: unknown, errors: ErrorList): Indexed<Item<K>>[] {
  const items = fileList(`operations.${list}`, value, errors);
  const valid: Indexed<Item<K>>[] = [];
  items?.forEach((item: unknown, index) => {
    const parsed = ITEM_SCHEMAS[list].safeParse(item);
    if (parsed.success) valid.push({ item: inFileOrder(item, parsed.data) as Item<K>, index });
    else for (const issue of parsed.error.issues) errors.atPath(formatPath(['operations', list, index, ...issue.path]), list === 'events' ? eventIssue(issue, item) : describeIssue(issue, item));
  });
  return valid;
}

function uniqueIds(list: OperationsList, items: Indexed<{ id: number }>[], errors: ErrorList): void {
  const seen = new Map<number, number>();
  for (const { item, index } of items) {
    const first = seen.get(item.id);
    if (first !== undefined) errors.atPath(`operations.${list}[${index}].id`, `id ${item.id} is used twice (also operations.${list}[${first}])`);
    else seen.set(item.id, index);
  }
}

const versionKey = (runbookId: number, v: number) => `${runbookId}@${v}`;

/**
 * The references the app keeps whole are checked: a timeline entry, a run or an action item names an
 * incident (and a run) in the file, a run the runbook version it followed, a correction the entry it
 * corrects, a release its rollback runbook and the incident it fixes. The ones the app lets outlive
 * what they name are not: an incident's or a run's release and an incident's or a runbook's services
 * keep the id of a release or service deleted since (the incident page shows "no longer in the plan").
 */
function checkReferences(ops: IndexedOperations, raw: Record<string, unknown>, releases: Indexed<Release>[], errors: ErrorList): void {
  uniqueIds('runbooks', ops.runbooks, errors);
  uniqueIds('runs', ops.runs, errors);
  uniqueIds('incidents', ops.incidents, errors);
  uniqueIds('events', ops.events, errors);
  uniqueIds('actionItems', ops.actionItems, errors);
  const versions = new Map<string, number>();
  for (const { item, index } of ops.runbookVersions) {
    const key = versionKey(item.id, item.version);
    const first = versions.get(key);
    if (first !== undefined) errors.atPath(`operations.runbookVersions[${index}].version`, `version ${item.version} of runbook ${item.id} is listed twice (also operations.runbookVersions[${first}])`);
    else versions.set(key, index);
  }
  // A runbook's current version is kept as a version too; a file that leaves it out gets it from the runbook.
  const knownVersions = new Set([...versions.keys(), ...ops.runbooks.map(({ item }) => versionKey(item.id, item.version))]);
  const runbooks = rawIds(raw.runbooks);
  const incidents = rawIds(raw.incidents);
  const runs = rawIds(raw.runs);
  const events = rawIds(raw.events);
  const runSteps = new Map(ops.runs.map(({ item }) => [item.id, item.steps.length]));

  for (const { item, index } of ops.runs) {
    if (item.incidentId !== null && !incidents.has(item.incidentId)) errors.atPath(`operations.runs[${index}].incidentId`, `no incident has id ${item.incidentId}`);
    if (item.runbookId !== null && !knownVersions.has(versionKey(item.runbookId, item.runbookVersion))) {
      errors.atPath(`operations.runs[${index}].runbookVersion`, `runbook ${item.runbookId} has no version ${item.runbookVersion} in operations.runbookVersions`);
    }
  }
  for (const { item, index } of ops.events) {
    const at = `operations.events[${index}]`;
    if (item.incidentId !== null && !incidents.has(item.incidentId)) errors.atPath(`${at}.incidentId`, `no incident has id ${item.incidentId}`);
    if (item.runId !== null && !runs.has(item.runId)) errors.atPath(`${at}.runId`, `no run has id ${item.runId}`);
    if (item.type === 'correction' && (item.eventId === item.id || !events.has(item.eventId))) errors.atPath(`${at}.eventId`, `no other timeline entry has id ${item.eventId}`);
    if (item.type === 'step') {
      const steps = item.runId === null ? undefined : runSteps.get(item.runId);
      if (item.runId === null) errors.atPath(`${at}.runId`, 'a step entry belongs to a run');
      else if (steps !== undefined && item.step >= steps) errors.atPath(`${at}.step`, `run ${item.runId} has ${steps} steps; step ${item.step} is not one of them (steps count from 0)`);
    }
  }
  for (const { item, index } of ops.actionItems) {
    if (!incidents.has(item.incidentId)) errors.atPath(`operations.actionItems[${index}].incidentId`, `no incident has id ${item.incidentId}`);
  }
  for (const { item, index } of releases) {
    const runbookId = item.rollback.runbookId;
    if (runbookId !== undefined && runbookId !== null && !runbooks.has(runbookId)) errors.atPath(`releases[${index}].rollback.runbookId`, `no runbook has id ${runbookId}`);
    const fixes = item.fixesIncidentId;
    if (fixes !== undefined && fixes !== null && !incidents.has(fixes)) errors.atPath(`releases[${index}].fixesIncidentId`, `no incident has id ${fixes}`);
  }
}

/**
 * The operations section, when the file has one: every item of every list checked against the model,
 * then every reference (see checkReferences), each problem reported with its path.
 */
export function validOperations(value: unknown, releases: Indexed<Release>[], errors: ErrorList): OperationsFileData | undefined {
  if (value === undefined) return undefined;
  if (!isRecord(value)) {
    errors.atPath('operations', `must be an object holding the lists ${OPERATIONS_LISTS.join(', ')}`);
    return undefined;
  }
  const list = <K extends OperationsList>(name: K) => validItems(name, value[name], errors);
  const ops: IndexedOperations = {
    runbooks: list('runbooks'), runbookVersions: list('runbookVersions'), runs: list('runs'),
    incidents: list('incidents'), events: list('events'), actionItems: list('actionItems'),
  };
  checkReferences(ops, value, releases, errors);
  const items = <K extends OperationsList>(name: K) => ops[name].map((v) => v.item) as OperationsFileData[K];
  return {
    runbooks: items('runbooks'), runbookVersions: items('runbookVersions'), runs: items('runs'),
    incidents: items('incidents'), events: items('events'), actionItems: items('actionItems'),
  };
}

const listed = (names: string[], max = 3) => (names.length <= max ? names.join('; ') : `${names.slice(0, max).join('; ')} and ${names.length - max} more`);

/**
 * What a workspace's links name that it does not hold, in a sentence or two for the import report:
 * releases whose rollback runbook or fixed incident is missing (a file without an operations section
 * keeps this workspace's runbooks and incidents, which may not be the ones it meant), and incidents,
 * runbooks and runs naming a release or service deleted since (kept, and shown as deleted).
 */
export function looseLinkWarnings(ws: { services: { id: number }[]; releases: Release[]; operations: OperationsFileData }): string[] {
  const services = new Set(ws.services.map((s) => s.id));
  const releaseIds = new Set(ws.releases.map((r) => r.id));
  const runbooks = new Set(ws.operations.runbooks.map((r) => r.id));
  const incidents = new Set(ws.operations.incidents.map((i) => i.id));
  const missing = (id: number | null | undefined, known: Set<number>) => id !== null && id !== undefined && !known.has(id);
  const warnings: string[] = [];
  const releases = ws.releases.filter((r) => missing(r.rollback.runbookId, runbooks) || missing(r.fixesIncidentId, incidents));
  if (releases.length) {
    warnings.push(`${releases.length === 1 ? '1 release names a rollback runbook or a fixed incident' : `${releases.length.toLocaleString('en-US')} releases name rollback runbooks or fixed incidents`} this workspace does not have (${listed(releases.map((r) => r.title))}); the links were kept as the file has them.`);
  }
  const parts = [
    [ws.operations.incidents.filter((i) => missing(i.releaseId, releaseIds) || i.serviceIds.some((id) => !services.has(id))).length, 'incident'],
    [ws.operations.runbooks.filter((r) => r.serviceIds.some((id) => !services.has(id))).length, 'runbook'],
    [ws.operations.runs.filter((r) => missing(r.releaseId, releaseIds)).length, 'run'],
  ] as const;
  const named = parts.filter(([n]) => n > 0).map(([n, what]) => `${n.toLocaleString('en-US')} ${what}${n === 1 ? '' : 's'}`);
  if (named.length) {
    warnings.push(`${named.join(', ')} name a release or service this workspace does not have (deleted before the export, or not in the file); they keep its id and show it as deleted.`);
  }
  return warnings;
}
