import { z } from 'zod';
import { dependencyInput, dependencyUpdate, processInput, serviceInput, siteInput, type BusinessProcess, type Catalog, type Dependency, type Service, type Site } from '../model/catalog';
import { icsExportInput, icsImportInput, type IcsExport } from '../model/ics-api';
import { BLAST_DIRECTIONS, exceptionApproveInput, exceptionRequestInput, scheduleApplyInput, scheduleProposeInput, type BlastRadiusView } from '../model/plan-api';
import { releaseInput, windowInput, type FreezeExceptionRecord, type Plan, type PlanWindow, type Release } from '../model/plan';
import type { Conflict } from '../engine/conflicts/conflict-types';
import type { ReleaseRisk } from '../engine/risk/release-risk';
import type { Proposal } from '../engine/schedule/propose';
import { type ImportReport } from './import-report';

export type { BlastRadiusView } from '../model/plan-api';

/** Phantom marker carrying a method's output type. */
export interface Out<T> {
  readonly __out?: T;
}
const out = <T>(): Out<T> => ({});
const method = <I extends z.ZodType, O>(input: I, output: Out<O>, summary: string) => ({ input, output, summary });

const none = z.object({}).strict();
const idField = { id: z.number().int().positive() };
const deleteInput = z.object({ id: z.number().int().positive(), force: z.boolean().default(false) });

export interface WorkspaceInfo {
  path: string;
  schemaVersion: number;
  appVersion: string;
  counts: { sites: number; services: number; dependencies: number; processes: number; releases: number; windows: number };
}

export interface HistoryState {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
}

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: 'create' | 'update' | 'delete' | 'undo' | 'redo' | 'import';
  entity: string;
  entityId: number | null;
  summary: string;
  before: unknown;
  after: unknown;
}

export interface Deleted {
  id: number;
  /** Dependencies removed with a service or site links cut, so the UI can say what changed. */
  alsoRemoved: string[];
}

/**
 * The one API contract. Both transports (Electron IPC, loopback HTTP) and the renderer's client are
 * typed from this table; the handler table in electron/api implements exactly these keys.
 */
export const contract = {
  'workspace.info': method(none, out<WorkspaceInfo>(), 'Where the workspace lives and what it holds'),
  'catalog.get': method(none, out<Catalog>(), 'Every site, service, dependency and business process'),
  'plan.get': method(none, out<Plan>(), 'Freeze and maintenance windows and releases'),

  'site.create': method(siteInput, out<Site>(), 'Add a site'),
  'site.update': method(siteInput.extend(idField), out<Site>(), 'Edit a site'),
  'site.delete': method(deleteInput, out<Deleted>(), 'Delete a site'),

  'service.create': method(serviceInput, out<Service>(), 'Add a service'),
  'service.update': method(serviceInput.extend(idField), out<Service>(), 'Edit a service'),
  'service.delete': method(deleteInput, out<Deleted>(), 'Delete a service (force when others depend on it)'),

  'dependency.create': method(dependencyInput, out<Dependency>(), 'Add a dependency'),
  'dependency.update': method(dependencyUpdate, out<Dependency>(), 'Edit a dependency'),
  'dependency.delete': method(deleteInput, out<Deleted>(), 'Delete a dependency'),

  'process.create': method(processInput, out<BusinessProcess>(), 'Add a business process'),
  'process.update': method(processInput.extend(idField), out<BusinessProcess>(), 'Edit a business process'),
  'process.delete': method(deleteInput, out<Deleted>(), 'Delete a business process'),

  'window.create': method(windowInput, out<PlanWindow>(), 'Add a freeze or maintenance window'),
  'window.update': method(windowInput.safeExtend(idField), out<PlanWindow>(), 'Edit a window'),
  'window.delete': method(deleteInput, out<Deleted>(), 'Delete a window and its freeze exceptions'),

  'release.create': method(releaseInput, out<Release>(), 'Add a release'),
  'release.update': method(releaseInput.extend(idField), out<Release>(), 'Edit a release'),
  'release.delete': method(deleteInput, out<Deleted>(), 'Delete a release, its exceptions and the links other releases have to it'),

  'exception.request': method(exceptionRequestInput, out<FreezeExceptionRecord>(), 'Request a break-glass exception to a soft freeze for one release'),
  'exception.approve': method(exceptionApproveInput, out<FreezeExceptionRecord>(), 'Approve a freeze exception (not by its requester)'),
  'exception.list': method(none, out<FreezeExceptionRecord[]>(), 'Every freeze exception, approved or not'),

  'plan.conflicts': method(none, out<Conflict[]>(), 'Every conflict of the whole plan'),
  'service.blastRadius': method(
    z.object({ serviceIds: z.array(z.number().int().positive()).min(1, 'Choose at least one service'), direction: z.enum(BLAST_DIRECTIONS).default('downstream'), maxDepth: z.number().int().min(0).optional() }),
    out<BlastRadiusView>(),
    'What breaks (downstream) or what is needed (upstream) when services change',
  ),
  'release.risk': method(z.object(idField), out<ReleaseRisk>(), 'The explainable risk score of one release'),

  'schedule.propose': method(scheduleProposeInput, out<Proposal>(), 'Propose planned starts for releases'),
  'schedule.apply': method(scheduleApplyInput, out<{ applied: number }>(), 'Write proposed planned starts as one undoable step'),
  'schedule.cancel': method(none, out<{ cancelled: boolean }>(), 'Stop the schedule search in progress (its propose call then fails with CANCELLED)'),

  'history.state': method(none, out<HistoryState>(), 'What undo and redo would do'),
  'history.undo': method(none, out<HistoryState>(), 'Undo the last edit'),
  'history.redo': method(none, out<HistoryState>(), 'Redo the last undone edit'),
  'audit.list': method(z.object({ limit: z.number().int().min(1).max(1000).default(200), entity: z.string().optional(), entityId: z.number().int().optional() }), out<AuditEntry[]>(), 'Recent writes, newest first'),

  'import.servicesCsv': method(z.object({ text: z.string().max(50_000_000) }), out<ImportReport>(), 'Import services from CSV'),
  'import.dependenciesCsv': method(z.object({ text: z.string().max(50_000_000) }), out<ImportReport>(), 'Import dependencies from CSV or a ServiceNow cmdb_rel_ci export'),
  'import.backstage': method(z.object({ files: z.array(z.object({ name: z.string(), text: z.string() })).min(1, 'Choose at least one file') }), out<ImportReport>(), 'Import Backstage catalog-info.yaml files'),
  'import.workspaceJson': method(z.object({ text: z.string() }), out<ImportReport>(), 'Replace the workspace with a JSON export'),
  'export.workspaceJson': method(none, out<{ fileName: string; text: string }>(), 'The whole workspace as JSON'),
  'export.servicesCsv': method(none, out<{ fileName: string; text: string }>(), 'Services as CSV'),
  'export.ics': method(icsExportInput, out<IcsExport>(), 'Freezes, maintenance windows and releases as an iCalendar (.ics) file'),
  'import.ics': method(icsImportInput, out<ImportReport>(), 'Import freeze windows from an iCalendar (.ics) file; the same calendar again updates them'),
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
export type Input<M extends Method> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type Output<M extends Method> = Contract[M]['output'] extends Out<infer T> ? T : never;

export const METHODS = Object.keys(contract) as Method[];
export const isMethod = (name: string): name is Method => Object.prototype.hasOwnProperty.call(contract, name);
