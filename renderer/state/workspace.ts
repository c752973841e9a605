import { create, type StateCreator } from 'zustand';
import type { GovernanceData, HistoryState, OpsData, WorkspaceInfo } from '../../shared/api/contract';
import type { ApiError } from '../../shared/api/result';
import { expandCalendar, type WindowCalendar } from '../../shared/engine/calendar/window-calendar';
import type { Conflict } from '../../shared/engine/conflicts';
import type { Catalog } from '../../shared/model/catalog';
import type { FreezeExceptionRecord, Plan, PlanWindow, Release } from '../../shared/model/plan';
import { buildIndex, EMPTY_CATALOG, EMPTY_INDEX, type CatalogIndex } from './catalog-index';

/** The catalog and what is derived from it once per change: lookups, search text, the dependency graph. */
export interface CatalogSlice {
  info: WorkspaceInfo | null;
  catalog: Catalog;
  index: CatalogIndex;
}

/** The plan, its lookups, the expanded window calendar, and the conflicts of the whole plan. */
export interface PlanSlice {
  plan: Plan;
  exceptions: FreezeExceptionRecord[];
  releaseById: ReadonlyMap<number, Release>;
  windowById: ReadonlyMap<number, PlanWindow>;
  /** The expanded window calendar, shared by the timeline's shading and the conflict index (expanded once). */
  calendar: WindowCalendar;
  /** Every conflict of the plan, from the renderer's own engine index. */
  conflicts: Conflict[];
  conflictsByRelease: ReadonlyMap<number, Conflict[]>;
  /** True while conflicts are being checked between frames (first load, window, exception or catalog edits). */
  checking: boolean;
  /** When the whole plan's conflicts were last fully checked (epoch ms); null before the first check ends. */
  conflictsCheckedAt: number | null;
  /** How many times the conflicts were rebuilt from scratch: a release edit never should, a window edit once. */
  conflictRebuilds: number;
}

/** Runbooks, incidents, runs, their timelines and action items. */
export interface OpsSlice {
  ops: OpsData;
}

/** Local profiles, approvals and the approval policy per tier. */
export interface GovernanceSlice {
  governance: GovernanceData;
}

/** Where the page stands against the workspace file: loaded or not, and the audit position it reflects. */
export interface SyncSlice {
  status: 'loading' | 'ready' | 'error';
  loadError: ApiError | null;
  history: HistoryState;
  /** The audit position the page's copy reflects: change sets up to here are applied. */
  position: number;
}

export type WorkspaceState = CatalogSlice & PlanSlice & OpsSlice & GovernanceSlice & SyncSlice;

export const NO_HISTORY: HistoryState = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null };
const EMPTY_PLAN: Plan = { windows: [], releases: [] };

/** The catalog slice for a catalog: every lookup is derived here, once. */
export const catalogState = (catalog: Catalog): Pick<CatalogSlice, 'catalog' | 'index'> => ({ catalog, index: buildIndex(catalog) });

/** The plan slice for a plan; the calendar is expanded again only when the windows changed. */
export function planState(plan: Plan, calendar?: WindowCalendar): Pick<PlanSlice, 'plan' | 'releaseById' | 'windowById' | 'calendar'> {
  return {
    plan,
    releaseById: new Map(plan.releases.map((r) => [r.id, r])),
    windowById: new Map(plan.windows.map((w) => [w.id, w])),
    calendar: calendar ?? expandCalendar(plan),
  };
}

const createCatalogSlice: StateCreator<WorkspaceState, [], [], CatalogSlice> = () => ({ info: null, catalog: EMPTY_CATALOG, index: EMPTY_INDEX });

const createPlanSlice: StateCreator<WorkspaceState, [], [], PlanSlice> = () => ({
  ...planState(EMPTY_PLAN),
  exceptions: [],
  conflicts: [],
  conflictsByRelease: new Map(),
  checking: false,
  conflictsCheckedAt: null,
  conflictRebuilds: 0,
});

export const EMPTY_OPS: OpsData = { runbooks: [], incidents: [], runs: [], events: [], actionItems: [] };

const createOpsSlice: StateCreator<WorkspaceState, [], [], OpsSlice> = () => ({ ops: EMPTY_OPS });

export const EMPTY_GOVERNANCE: GovernanceData = { profiles: [], approvals: [], policies: [] };

const createGovernanceSlice: StateCreator<WorkspaceState, [], [], GovernanceSlice> = () => ({ governance: EMPTY_GOVERNANCE });

const createSyncSlice: StateCreator<WorkspaceState, [], [], SyncSlice> = () => ({ status: 'loading', loadError: null, history: NO_HISTORY, position: 0 });

/**
 * The one workspace store: slices per domain, filled by one snapshot read and then kept current by
 * applying change sets (state/workspace-sync.ts). Nothing re-reads the workspace to learn what changed.
 */
export const useWorkspace = create<WorkspaceState>()((...a) => ({
  ...createCatalogSlice(...a),
  ...createPlanSlice(...a),
  ...createOpsSlice(...a),
  ...createGovernanceSlice(...a),
  ...createSyncSlice(...a),
}));
