import type { BusinessProcess, Dependency, Service, Site } from '../model/catalog';
import type { ActionItem, Incident, IncidentEvent, Run, Runbook } from '../model/ops';
import type { FreezeExceptionRecord, PlanWindow, Release } from '../model/plan';
import type { Approval, ApprovalPolicy, Profile } from '../model/governance';

/** What a change to a workspace is made of: whole snapshots of the entities the page keeps. */
export interface EntityTypes {
  site: Site;
  process: BusinessProcess;
  service: Service;
  dependency: Dependency;
  window: PlanWindow;
  release: Release;
  exception: FreezeExceptionRecord;
  runbook: Runbook;
  incident: Incident;
  run: Run;
  event: IncidentEvent;
  actionItem: ActionItem;
  profile: Profile;
  approval: Approval;
  policy: ApprovalPolicy;
}
export type EntityName = keyof EntityTypes;

/** One entity written by a call: created (before null), edited, or deleted (after null). */
export type Change = { [E in EntityName]: { entity: E; id: number; before: EntityTypes[E] | null; after: EntityTypes[E] | null } }[EntityName];

export interface HistoryState {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
}

/**
 * Every write answers with the change set it made, and the host pushes the same set to every page.
 * `from`/`through` are audit positions: a page that has applied up to `from` applies the set and
 * moves to `through`; one that has already passed `through` skips it; one behind `from` asks for
 * what it missed (workspace.changes). `replaced` means the workspace was swapped or rewritten whole:
 * read it again.
 */
export interface ChangeSet {
  from: number;
  through: number;
  changes: Change[];
  history: HistoryState;
  replaced?: boolean;
}

/** What the host pushes to pages: a change set, from a call, another window, or another process. */
export type PushEvent =
  | { type: 'changes'; set: ChangeSet }
  /** Something the person must know about the open workspace, found by the host (a failed integrity check). */
  | { type: 'notice'; level: 'error'; message: string };
