import type { ChangeSet } from '../../shared/api/changes';
import type { WorkspaceInfo } from '../../shared/api/contract';
import { toFreezeException } from '../../shared/engine/calendar/freeze-exceptions';
import type { Conflict, ConflictInput } from '../../shared/engine/conflicts';
import type { Release } from '../../shared/model/plan';
import { call, onPush } from '../api/client';
import { applyChanges } from './apply-changes';
import { notify } from './notices';
import { byRelease, PlanConflicts } from './plan-conflicts';
import { catalogState, planState, useWorkspace, type WorkspaceState } from './workspace';

const conflicts = new PlanConflicts();
/** Bumped by every conflict refresh, so a slower, older one never overwrites a newer answer. */
let conflictGeneration = 0;
/** Change sets that arrived while the snapshot was on its way; applied (or skipped) once it lands. */
let waiting: ChangeSet[] = [];
let loading: Promise<void> | null = null;

const { getState: get, setState: set } = useWorkspace;

function conflictInput(s: WorkspaceState): ConflictInput {
  return { catalog: s.catalog, plan: s.plan, calendar: s.calendar, exceptions: s.exceptions.map(toFreezeException), graph: s.index.graph };
}

/** Brings conflicts up to the store: releases alone are applied to the index at once, anything else rebuilds it between frames. */
function refreshConflicts(change: { rebuild: true } | { rebuild: false; releases: Release[]; removedIds: number[] }): void {
  const mine = ++conflictGeneration;
  const startedAt = performance.now();
  const publish = (found: Conflict[] | null) => {
    if (!found || mine !== conflictGeneration) return; // a newer refresh answers instead
    performance.measure('plan:conflicts', { start: startedAt }); // read by bench/ui-calendar.ts
    set({ conflicts: found, conflictsByRelease: byRelease(found), checking: false, conflictsCheckedAt: Date.now() });
  };
  // Releases near today are what the calendar opens on: check them first and show those at once.
  const opts = {
    nearMs: Date.now(),
    onPartial: (found: Conflict[]) => {
      if (mine !== conflictGeneration) return;
      performance.measure('plan:conflicts-near', { start: startedAt }); // read by bench/ui-calendar.ts
      set({ conflicts: found, conflictsByRelease: byRelease(found) });
    },
  };
  const input = conflictInput(get());
  const sync = change.rebuild ? { pending: conflicts.rebuild(input, opts) } : conflicts.updateReleases(change.releases, change.removedIds, input, opts);
  if ('conflicts' in sync) return publish(sync.conflicts);
  set((s) => ({ checking: true, conflictRebuilds: s.conflictRebuilds + 1 }));
  sync.pending.then(publish, (error: unknown) => {
    if (mine !== conflictGeneration) return;
    set({ checking: false });
    notify.error(`Conflicts could not be checked: ${error instanceof Error ? error.message : String(error)}`);
  });
}

/** Reads the whole workspace in one call: at start, after a retry, and when the host says it was replaced. */
export function loadWorkspace(): Promise<void> {
  loading ??= (async () => {
    const startedAt = performance.now();
    const result = await call('workspace.snapshot', {});
    performance.measure('plan:load', { start: startedAt }); // read by bench/ui-calendar.ts
    if (!result.ok) {
      if (get().status === 'ready') notify.error(result.error.message);
      else set({ status: 'error', loadError: result.error });
      return;
    }
    const snapshot = result.value;
    set({
      status: 'ready',
      loadError: null,
      info: snapshot.info,
      ...catalogState(snapshot.catalog),
      ...planState(snapshot.plan),
      exceptions: snapshot.exceptions,
      ops: snapshot.ops,
      governance: snapshot.governance,
      history: snapshot.history,
      position: snapshot.through,
    });
    refreshConflicts({ rebuild: true });
  })().finally(() => {
    loading = null;
  });
  return loading.then(() => {
    const queued = waiting;
    waiting = [];
    return queued.reduce((done, s) => done.then(() => receiveChanges(s)), Promise.resolve());
  });
}

function countsOf(s: Pick<WorkspaceState, 'info' | 'catalog' | 'plan'>): WorkspaceInfo | null {
  if (!s.info) return null;
  const { catalog, plan } = s;
  return {
    ...s.info,
    counts: { sites: catalog.sites.length, services: catalog.services.length, dependencies: catalog.dependencies.length, processes: catalog.processes.length, releases: plan.releases.length, windows: plan.windows.length },
  };
}

/** Applies a change set the page is exactly ready for (it starts at or before the page's position). */
function applySet(changeSet: ChangeSet): void {
  const s = get();
  const applied = applyChanges(s.catalog, s.plan, s.exceptions, s.ops, s.governance, changeSet.changes);
  const catalog = applied.catalogChanged ? catalogState(applied.catalog) : {};
  const plan = applied.plan !== s.plan ? planState(applied.plan, applied.windowsChanged ? undefined : s.calendar) : {};
  const next = { ...catalog, ...plan, exceptions: applied.exceptions, ops: applied.ops, governance: applied.governance, history: changeSet.history, position: changeSet.through };
  set({ ...next, info: countsOf({ info: s.info, catalog: applied.catalog, plan: applied.plan }) });
  if (applied.catalogChanged || applied.windowsChanged || applied.exceptionsChanged) refreshConflicts({ rebuild: true });
  else if (applied.releases.length + applied.removedReleaseIds.length > 0) refreshConflicts({ rebuild: false, releases: applied.releases, removedIds: applied.removedReleaseIds });
}

/**
 * Takes a change set from a call's answer or from the host's push (the same set may come both ways).
 * Already applied: skipped. Starts past the page's position (it missed writes): asks for what it
 * missed. Replaced: reads the workspace whole.
 */
export async function receiveChanges(changeSet: ChangeSet): Promise<void> {
  if (loading || get().status === 'loading') {
    waiting.push(changeSet);
    return;
  }
  if (changeSet.replaced) return loadWorkspace();
  const { position } = get();
  if (changeSet.through <= position) {
    set({ history: changeSet.history });
    return;
  }
  if (changeSet.from > position) return catchUp();
  applySet(changeSet);
}

/** Asks the host for every change after the page's position (writes it was not told about) and applies them. */
async function catchUp(): Promise<void> {
  const { position } = get();
  const missed = await call('workspace.changes', { after: position });
  if (!missed.ok || missed.value.replaced) return loadWorkspace();
  if (get().position !== position) return catchUp(); // something was applied meanwhile: ask again from there
  if (missed.value.through > position) applySet(missed.value);
}

/** Start-up: ask for the workspace before the first render, and apply whatever the host pushes from then on. */
export function startWorkspaceSync(): void {
  void loadWorkspace();
  onPush(
    (event) => (event.type === 'notice' ? notify.error(event.message) : void receiveChanges(event.set)),
    () => {
      // The push stream was lost and is back: catch up on anything written meanwhile.
      if (get().status === 'ready') void catchUp();
    },
  );
}

/** The conflicts a candidate release would have, from the same index (see PlanConflicts.preview). */
export const previewConflicts = (candidate: Release, original: Release | null) => conflicts.preview(candidate, original);
