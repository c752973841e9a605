import * as z from 'zod';
import { dependencyInput, dependencyUpdate, processInput, serviceInput, siteInput, type BusinessProcess, type Catalog, type Dependency, type Service, type Site } from '../model/catalog';
import { icsExportInput, icsImportInput, type IcsExport } from '../model/ics-api';
import { BLAST_DIRECTIONS, exceptionApproveInput, exceptionRequestInput, gateInput, scheduleApplyInput, scheduleProposeInput, type BlastRadiusView } from '../model/plan-api';
import { actionItemInput, correctionInput, incidentInput, noteInput, reportInput, runbookInput, runbookMarkdownInput, runMarkInput, runStartInput, transitionInput, type ActionItem, type Incident, type IncidentEvent, type Run, type Runbook } from '../model/ops';
import { policyInput, profileInput, releaseApproveInput, releaseTransitionInput, type Approval, type ApprovalPolicy, type Profile } from '../model/governance';
import { releaseInput, windowInput, type FreezeExceptionRecord, type Plan, type PlanWindow, type Release } from '../model/plan';
import type { Conflict } from '../engine/conflicts/conflict-types';
import type { GateAnswer } from '../engine/conflicts/gate';
import type { ReleaseRisk } from '../engine/risk/release-risk';
import type { Proposal } from '../engine/schedule/propose';
import type { ChangeSet, HistoryState } from './changes';
import { type ImportReport } from './import-report';
import { importText } from '../import/import-text';
import { MAX_IMPORT_CHARS, MAX_IMPORT_FILES, tooLargeMessage } from '../import/limits';

export type { BlastRadiusView } from '../model/plan-api';
export type { HistoryState } from './changes';

/** Phantom marker carrying a method's output type. */
export interface Out<T> {
  readonly __out?: T;
}
const out = <T>(): Out<T> => ({});

/**
 * What a method does to the workspace, enforced by the dispatcher: a read writes nothing; an
 * undoable write is one step of the undo journal; a logged write (undo itself, a run log entry, a
 * whole-workspace replace) is audited but never undone.
 */
export const METHOD_KINDS = ['read', 'undoable', 'logged'] as const;
export type MethodKind = (typeof METHOD_KINDS)[number];

const method = <K extends MethodKind>(kind: K) => <I extends z.ZodType, O>(input: I, output: Out<O>, summary: string) => ({ kind, input, output, summary });
const read = method('read');
const undoable = method('undoable');
const logged = method('logged');

const none = z.object({}).strict();
const idField = { id: z.number().int().positive() };
/** Backstage files: each within the file limit, and all of them together too. */
const backstageFiles = z
  .array(z.object({ name: z.string().max(260), text: importText }))
  .min(1, 'Choose at least one file')
  .max(MAX_IMPORT_FILES, `Choose at most ${MAX_IMPORT_FILES} files at once`)
  .check((ctx) => {
    const chars = ctx.value.reduce((sum, f) => sum + f.text.length, 0);
    if (chars > MAX_IMPORT_CHARS) ctx.issues.push({ code: 'custom', message: tooLargeMessage(chars), input: ctx.value });
  });
const deleteInput = z.object({ id: z.number().int().positive(), force: z.boolean().default(false) });

export interface WorkspaceInfo {
  path: string;
  schemaVersion: number;
  appVersion: string;
  /** The file cannot be written: it is shown, and every write is refused with a reason. */
  readOnly: boolean;
  counts: { sites: number; services: number; dependencies: number; processes: number; releases: number; windows: number };
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

/** The gate's answer with what it was asked about, in words. */
export interface GateResult extends GateAnswer {
  subject: string;
  sites: string[];
  at: string;
  end: string;
}

export type BackupKind = 'opened' | 'daily' | 'manual' | 'before-restore';

/** One backup beside the workspace: when, why, how big, and what it holds (null when it cannot be read). */
export interface BackupInfo {
  name: string;
  kind: BackupKind;
  takenAt: string;
  bytes: number;
  counts: { services: number; releases: number; windows: number } | null;
}

/** The audit's head, to keep elsewhere: a later verify against it proves history was not rewritten. */
export interface AuditCheckpoint {
  count: number;
  headId: number;
  headHash: string;
  headAt: string | null;
}

/** The distinct actors and entity kinds in the audit, sorted. */
export interface AuditFacets {
  actors: string[];
  entities: string[];
}

const instant = z.iso.datetime({ offset: true });
/**
 * One page of the audit. `before` is a keyset cursor (entries with a smaller id), so a page stays
 * put while new entries are appended; `from` is inclusive and `to` exclusive.
 */
const auditListInput = z.object({
  limit: z.number().int().min(1).max(1000).default(200),
  entity: z.string().optional(),
  entityId: z.number().int().optional(),
  actor: z.string().trim().min(1).max(120).optional(),
  from: instant.optional(),
  to: instant.optional(),
  text: z.string().trim().max(200).optional(),
  before: z.number().int().positive().optional(),
});

/** The audit chain walked from its first entry: intact, or the first entry that breaks it and how. */
export type AuditVerdict =
  | ({ intact: true } & AuditCheckpoint)
  | { intact: false; count: number; brokenId: number; brokenAt: string | null; problem: string };

/** Runbooks, incidents, their runs, timelines and action items. */
export interface OpsData {
  runbooks: Runbook[];
  incidents: Incident[];
  runs: Run[];
  events: IncidentEvent[];
  actionItems: ActionItem[];
}

/** Who acts, who approved what, and what each tier's policy asks. */
export interface GovernanceData {
  profiles: Profile[];
  approvals: Approval[];
  policies: ApprovalPolicy[];
}

/** Everything the page keeps, read in one call; `through` is the audit position it reflects. */
export interface WorkspaceSnapshot {
  info: WorkspaceInfo;
  catalog: Catalog;
  plan: Plan;
  exceptions: FreezeExceptionRecord[];
  ops: OpsData;
  governance: GovernanceData;
  history: HistoryState;
  through: number;
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
  'workspace.info': read(none, out<WorkspaceInfo>(), 'Where the workspace lives and what it holds'),
  'workspace.snapshot': read(none, out<WorkspaceSnapshot>(), 'The catalog, the plan, the exceptions and the undo state in one read'),
  'workspace.changes': read(z.object({ after: z.number().int().min(0) }), out<ChangeSet>(), 'What changed after an audit position (writes from another window or process)'),
  'workspace.open': read(
    z.object({ path: z.string().trim().min(1, 'Give the workspace file').max(4096), create: z.boolean().default(false) }),
    out<WorkspaceInfo>(),
    'Switch to another workspace file, or (create) to a new empty one; every page is told',
  ),
  'catalog.get': read(none, out<Catalog>(), 'Every site, service, dependency and business process'),
  'plan.get': read(none, out<Plan>(), 'Freeze and maintenance windows and releases'),

  'site.create': undoable(siteInput, out<Site>(), 'Add a site'),
  'site.update': undoable(siteInput.extend(idField), out<Site>(), 'Edit a site'),
  'site.delete': undoable(deleteInput, out<Deleted>(), 'Delete a site'),

  'service.create': undoable(serviceInput, out<Service>(), 'Add a service'),
  'service.update': undoable(serviceInput.extend(idField), out<Service>(), 'Edit a service'),
  'service.delete': undoable(deleteInput, out<Deleted>(), 'Delete a service (force when others depend on it)'),

  'dependency.create': undoable(dependencyInput, out<Dependency>(), 'Add a dependency'),
  'dependency.update': undoable(dependencyUpdate, out<Dependency>(), 'Edit a dependency'),
  'dependency.delete': undoable(deleteInput, out<Deleted>(), 'Delete a dependency'),

  'process.create': undoable(processInput, out<BusinessProcess>(), 'Add a business process'),
  'process.update': undoable(processInput.extend(idField), out<BusinessProcess>(), 'Edit a business process'),
  'process.delete': undoable(deleteInput, out<Deleted>(), 'Delete a business process'),

  'window.create': undoable(windowInput, out<PlanWindow>(), 'Add a freeze or maintenance window'),
  'window.update': undoable(windowInput.safeExtend(idField), out<PlanWindow>(), 'Edit a window'),
  'window.delete': undoable(deleteInput, out<Deleted>(), 'Delete a window and its freeze exceptions'),

  'release.create': undoable(releaseInput, out<Release>(), 'Add a release'),
  'release.update': undoable(releaseInput.extend(idField), out<Release>(), 'Edit a release'),
  'release.transition': undoable(releaseTransitionInput, out<Release>(), 'Move a release along its lifecycle (submit, schedule, start, close with an outcome, cancel); an illegal move is refused with its reason'),
  'release.approve': logged(releaseApproveInput, out<Release>(), 'Approve a release as the acting profile; never by its requester, and it becomes approved when its tier’s policy is met'),
  // Who may approve what is governance, not plan editing: audited, never undone (an undo is open to anyone).
  'profile.create': logged(profileInput, out<Profile>(), 'Add a local profile (who acts); a change manager’s call once one exists'),
  'profile.update': logged(profileInput.extend(idField), out<Profile>(), 'Edit a profile; its name stays once it has approved or requested a change'),
  'profile.delete': logged(deleteInput, out<Deleted>(), 'Delete a profile (its past approvals and audit entries keep the name)'),
  'policy.update': logged(policyInput, out<ApprovalPolicy>(), 'Change the approval policy of a service tier (change managers only)'),
  'release.delete': undoable(deleteInput, out<Deleted>(), 'Delete a release, its exceptions and the links other releases have to it'),

  'exception.request': undoable(exceptionRequestInput, out<FreezeExceptionRecord>(), 'Request a break-glass exception to a soft freeze for one release'),
  'exception.approve': undoable(exceptionApproveInput, out<FreezeExceptionRecord>(), 'Approve a freeze exception (not by its requester)'),
  'exception.list': read(none, out<FreezeExceptionRecord[]>(), 'Every freeze exception, approved or not'),

  'plan.conflicts': read(none, out<Conflict[]>(), 'Every conflict of the whole plan'),
  'service.blastRadius': read(
    z.object({ serviceIds: z.array(z.number().int().positive()).min(1, 'Choose at least one service'), direction: z.enum(BLAST_DIRECTIONS).default('downstream'), maxDepth: z.number().int().min(0).optional() }),
    out<BlastRadiusView>(),
    'What breaks (downstream) or what is needed (upstream) when services change',
  ),
  'plan.gate': read(gateInput, out<GateResult>(), 'May this release, or a change to this service, go ahead then? The conflict engine answers, exceptions included'),
  'release.risk': read(z.object(idField), out<ReleaseRisk>(), 'The explainable risk score of one release'),

  'schedule.propose': read(scheduleProposeInput, out<Proposal>(), 'Propose planned starts for releases'),
  'schedule.apply': undoable(scheduleApplyInput, out<{ applied: number }>(), 'Write proposed planned starts as one undoable step'),
  'schedule.cancel': read(none, out<{ cancelled: boolean }>(), 'Stop the schedule search in progress (its propose call then fails with CANCELLED)'),

  'history.state': read(none, out<HistoryState>(), 'What undo and redo would do'),
  'history.undo': logged(none, out<HistoryState>(), 'Undo the last edit'),
  'history.redo': logged(none, out<HistoryState>(), 'Redo the last undone edit'),
  // Backups write nothing into the workspace itself; a restore replaces it whole and every page reads it anew.
  'backup.list': read(none, out<BackupInfo[]>(), 'The backups beside the workspace, newest first'),
  'backup.create': read(none, out<BackupInfo>(), 'Back up the workspace now (SQLite online backup)'),
  'backup.restore': read(z.object({ name: z.string().min(1).max(200) }), out<WorkspaceInfo>(), 'Restore a backup; the current workspace is backed up first'),
  'audit.verify': read(none, out<AuditVerdict>(), 'Walk the audit hash chain and name the first broken entry'),
  'audit.checkpoint': read(none, out<AuditCheckpoint>(), 'The audit head hash and entry count, to keep elsewhere'),
  'audit.list': read(auditListInput, out<AuditEntry[]>(), 'Recent writes, newest first; filter by entity, actor, time and summary text, page with `before`'),
  'audit.facets': read(none, out<AuditFacets>(), 'Who has written to the audit and which kinds of entity it names, for filters'),

  'import.servicesCsv': undoable(z.object({ text: importText }), out<ImportReport>(), 'Import services from CSV'),
  'import.dependenciesCsv': undoable(
    z.object({ text: importText, createMissing: z.boolean().default(false) }),
    out<ImportReport>(),
    'Import dependencies from CSV or a ServiceNow cmdb_rel_ci export; createMissing adds services a from/to file names but the catalog lacks, as unclassified',
  ),
  'import.backstage': undoable(z.object({ files: backstageFiles }), out<ImportReport>(), 'Import Backstage catalog-info.yaml files'),
  'import.workspaceJson': logged(z.object({ text: importText }), out<ImportReport>(), 'Replace the workspace with a JSON export'),
  'export.workspaceJson': read(none, out<{ fileName: string; text: string }>(), 'The whole workspace as JSON'),
  'export.servicesCsv': read(none, out<{ fileName: string; text: string }>(), 'Services as CSV'),
  'export.ics': read(icsExportInput, out<IcsExport>(), 'Freezes, maintenance windows and releases as an iCalendar (.ics) file'),
  // Runbooks are plan documents: edits are undoable, and each edit is a new version.
  'runbook.create': undoable(runbookInput, out<Runbook>(), 'Add a runbook'),
  'runbook.update': undoable(runbookInput.safeExtend(idField), out<Runbook>(), 'Edit a runbook (a new version; past runs keep theirs)'),
  'runbook.delete': undoable(deleteInput, out<Deleted>(), 'Delete a runbook (its past runs keep their copy of the steps)'),
  'runbook.importMarkdown': undoable(runbookMarkdownInput, out<Runbook>(), 'Add a runbook from Markdown (a heading per step), or a new version of the one with the same title'),
  'runbook.exportMarkdown': read(z.object(idField), out<{ fileName: string; text: string }>(), 'A runbook as Markdown, a heading per step'),
  // Incidents and runs are records: every entry is committed at once and none is ever undone.
  'incident.create': logged(incidentInput, out<Incident>(), 'Declare an incident (status Triage)'),
  'incident.update': logged(incidentInput.safeExtend(idField), out<Incident>(), 'Edit an incident: title, severity, services, cause, roles'),
  'incident.transition': logged(transitionInput, out<Incident>(), 'Move an incident along Triage → Started → Mitigated → Resolved → Closed, or cancel it'),
  'incident.note': logged(noteInput, out<IncidentEvent>(), 'Add a note to an incident’s or a run’s timeline'),
  'incident.correct': logged(correctionInput, out<IncidentEvent>(), 'Correct the time of a timeline entry; the correction is recorded too'),
  'incident.report': read(reportInput, out<{ fileName: string; text: string }>(), 'The post-incident report as Markdown or JSON'),
  'actionItem.save': logged(actionItemInput.safeExtend({ id: z.number().int().positive().optional() }), out<ActionItem>(), 'Add or edit an incident’s action item'),
  'run.start': logged(runStartInput, out<Run>(), 'Start a run of a runbook for an incident, or for a release as its rollback'),
  'run.mark': logged(runMarkInput, out<IncidentEvent>(), 'Mark a step of a run done, skipped (with a reason), failed or blocked'),

  'import.ics': undoable(icsImportInput, out<ImportReport>(), 'Import freeze windows from an iCalendar (.ics) file; the same calendar again updates them'),
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
export type Input<M extends Method> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type KindOf<M extends Method> = Contract[M]['kind'];
export type Output<M extends Method> = Contract[M]['output'] extends Out<infer T> ? T : never;

export const isMethod = (name: string): name is Method => Object.prototype.hasOwnProperty.call(contract, name);
