import { LineCounter, parseDocument } from 'yaml';
import * as z from 'zod';
import type { RowError } from '../api/import-report';
import { dependencyUpdate, processInput, serviceInput, siteInput, type BusinessProcess, type Dependency, type Service, type Site } from '../model/catalog';
import { exceptionInput, releaseInput, releaseLifecycle, windowInput, type FreezeExceptionRecord, type PlanWindow, type Release } from '../model/plan';
import { lineIndex } from './line-index';
import { approvalRecord, policyInput, profileInput, type Approval, type ApprovalPolicy, type Profile } from '../model/governance';
import { ErrorList } from './row-errors';
import { checkIntegrity } from './workspace-integrity';
import { MAX_IMPORT_ROWS } from './limits';
import { describeIssue, fileList, formatPath, rawIds, shown, valueAt } from './json-issues';
import { validOperations, type OperationsFileData } from './workspace-operations';

export type { OperationsFileData } from './workspace-operations';

export const WORKSPACE_FORMAT = 'release-cockpit-workspace';
/** Version of this file format (not of the database); bumped only when old readers would misread a file. */
export const WORKSPACE_FORMAT_VERSION = 1;

/** Everything a workspace holds, with ids, as the model describes it. */
export interface WorkspaceData {
  sites: Site[];
  processes: BusinessProcess[];
  services: Service[];
  dependencies: Dependency[];
  windows: PlanWindow[];
  releases: Release[];
  /** Freeze exceptions; absent in files written before they existed. */
  exceptions: FreezeExceptionRecord[];
  /** Profiles, approvals and the approval policy per tier; absent in files written before change control. */
  governance?: GovernanceFileData;
  /** Runbooks (every version), runs, incidents, their timelines and action items; absent in files written before the export carried them. */
  operations?: OperationsFileData;
}

export interface GovernanceFileData {
  profiles: Profile[];
  approvals: Approval[];
  policies: ApprovalPolicy[];
}

const governanceSchema = z.object({
  profiles: z.array(z.object({ id: z.number().int().positive() }).and(profileInput)).max(MAX_IMPORT_ROWS),
  approvals: z.array(approvalRecord).max(MAX_IMPORT_ROWS),
  policies: z.array(policyInput.extend({ id: z.number().int().min(1).max(3) })).max(3),
});

export interface WorkspaceFile extends WorkspaceData {
  format: typeof WORKSPACE_FORMAT;
  schemaVersion: number;
  exportedAt: string;
}

/** The top-level lists checked item by item (governance and operations are sections, checked on their own). */
export type WorkspaceCollection = Exclude<keyof WorkspaceData, 'governance' | 'operations'>;
type Item<K extends WorkspaceCollection> = WorkspaceData[K][number];
const id = z.object({ id: z.number().int().positive() });
const ITEM_SCHEMAS: { [K in WorkspaceCollection]: z.ZodType<Item<K>> } = {
  sites: id.and(siteInput),
  processes: id.and(processInput),
  services: id.and(serviceInput),
  dependencies: dependencyUpdate,
  windows: id.and(windowInput),
  releases: id.and(releaseInput).and(releaseLifecycle),
  exceptions: id.and(exceptionInput),
};
export type IndexedWorkspace = { [K in WorkspaceCollection]: { item: Item<K>; index: number }[] };

export function workspaceToJson(data: WorkspaceData, now: Date): string {
  const file: WorkspaceFile = { format: WORKSPACE_FORMAT, schemaVersion: WORKSPACE_FORMAT_VERSION, exportedAt: now.toISOString(), ...data };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Where a JSON.parse error happened. V8 names the line for some errors only; otherwise the YAML
 * parser (JSON is nearly a subset of YAML) usually stumbles on the same spot and knows its line.
 */
function jsonErrorLine(text: string, error: Error): number | undefined {
  const line = /\(line (\d+)/.exec(error.message);
  if (line) return Number(line[1]);
  const position = /at position (\d+)/.exec(error.message);
  if (position) return lineIndex(text)(Number(position[1]));
  const lines = new LineCounter();
  return parseDocument(text, { lineCounter: lines }).errors[0]?.linePos?.[0].line;
}

/** V8 appends a snippet of the file to its message; the line number says more, in less space. */
const jsonErrorText = (error: Error) => (error.message.split(/, (?:\.\.\.)?"/)[0] ?? error.message).replace(/\n/g, '\\n');

/** Each item of one collection checked against the model's schema; a missing collection is empty. */
function validItems<K extends WorkspaceCollection>(collection: K, value: unknown, errors: ErrorList): IndexedWorkspace[K] {
  const list = fileList(collection, value, errors);
  const valid: IndexedWorkspace[K] = [];
  list?.forEach((item: unknown, index) => {
    const parsed = ITEM_SCHEMAS[collection].safeParse(item);
    if (parsed.success) valid.push({ item: parsed.data, index });
    else for (const issue of parsed.error.issues) errors.atPath(formatPath([collection, index, ...issue.path]), describeIssue(issue, item));
  });
  return valid;
}

/** The governance section, when the file has one: every item checked, each approval naming a release in the file. */
function validGovernance(value: unknown, releaseIds: ReadonlySet<number>, errors: ErrorList): GovernanceFileData | undefined {
  if (value === undefined) return undefined;
  const parsed = governanceSchema.safeParse(value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) errors.atPath(formatPath(['governance', ...issue.path]), describeIssue(issue, valueAt(value, issue.path.slice(0, -1))));
    return undefined;
  }
  parsed.data.policies.forEach((p, i) => {
    if (p.id !== p.tier) errors.atPath(`governance.policies[${i}].id`, `must equal its tier (${p.tier})`);
  });
  parsed.data.approvals.forEach((a, i) => {
    if (!releaseIds.has(a.releaseId)) errors.atPath(`governance.approvals[${i}].releaseId`, `names release ${a.releaseId}, which is not in the file`);
  });
  return parsed.data as GovernanceFileData;
}

/** Validates a parsed export: the header, every item against the model's schemas, then integrity. */
export function validateWorkspace(raw: unknown): { data: WorkspaceData | null; errors: RowError[] } {
  const errors = new ErrorList();
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    errors.atPath('', 'the file is not a Release Cockpit workspace export (expected a JSON object)');
    return { data: null, errors: errors.errors };
  }
  const file = raw as Record<string, unknown>;
  if (file.format !== WORKSPACE_FORMAT) {
    errors.atPath('format', `must be "${WORKSPACE_FORMAT}" (got ${shown(file.format)}); this is not a Release Cockpit workspace export`);
    return { data: null, errors: errors.errors };
  }
  if (typeof file.schemaVersion !== 'number' || !Number.isInteger(file.schemaVersion) || file.schemaVersion < 1) {
    errors.atPath('schemaVersion', `must be a whole number (got ${shown(file.schemaVersion)})`);
  } else if (file.schemaVersion > WORKSPACE_FORMAT_VERSION) {
    errors.atPath('schemaVersion', `the file was written by a newer Release Cockpit (format ${file.schemaVersion}; this app reads up to ${WORKSPACE_FORMAT_VERSION}); update the app to import it`);
  }
  const list = <K extends WorkspaceCollection>(collection: K) => validItems(collection, file[collection], errors);
  const valid: IndexedWorkspace = {
    sites: list('sites'), processes: list('processes'), services: list('services'),
    dependencies: list('dependencies'), windows: list('windows'), releases: list('releases'), exceptions: list('exceptions'),
  };
  // References are checked against every item with a usable id, so one bad service does not
  // also report each dependency that points at it.
  const ids = (collection: WorkspaceCollection) => rawIds(file[collection]);
  checkIntegrity(valid, { sites: ids('sites'), processes: ids('processes'), services: ids('services'), releases: ids('releases'), windows: ids('windows') }, errors);
  const governance = validGovernance(file.governance, new Set(valid.releases.map((r) => r.item.id)), errors);
  const operations = validOperations(file.operations, valid.releases, errors);
  if (errors.size > 0) return { data: null, errors: errors.errors };
  const items = <K extends WorkspaceCollection>(k: K) => valid[k].map((v) => v.item);
  const data: WorkspaceData = {
    sites: items('sites'), processes: items('processes'), services: items('services'),
    dependencies: items('dependencies'), windows: items('windows'), releases: items('releases'), exceptions: items('exceptions'),
    ...(governance ? { governance } : {}),
    ...(operations ? { operations } : {}),
  };
  return { data, errors: [] };
}

export function parseWorkspaceJson(text: string): { data: WorkspaceData | null; errors: RowError[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const line = jsonErrorLine(text, error as Error);
    const message = `the file is not valid JSON: ${jsonErrorText(error as Error)}`;
    return { data: null, errors: [line === undefined ? { message } : { line, message }] };
  }
  return validateWorkspace(raw);
}
