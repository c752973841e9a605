import { useMemo } from 'react';
import { useOpsView } from '../runbooks/ops-view';
import { useCalendarView } from '../state/calendar-view';
import { useTheme } from '../state/theme';
import { useUi } from '../state/ui';
import { useWorkspace } from '../state/workspace';
import { loadWorkspace } from '../state/workspace-sync';

// The only place the Blast radius screen touches the app's shared stores, so they can be repointed in one file.

export const useBlastCatalog = () => useWorkspace((s) => s.catalog);
export const useBlastPlan = () => useWorkspace((s) => s.plan);
/** The engine's dependency index of the catalog, built once by the store and shared with conflicts and risk. */
export const useBlastGraph = () => useWorkspace((s) => s.index.graph);
export const useBlastTheme = () => useTheme((s) => s.theme);

/** 'loading' until both the catalog and the plan are read; 'error' with what went wrong. */
export function useBlastStatus(): { status: 'loading' | 'ready' | 'error'; message: string | null; retry(): void } {
  const status = useWorkspace((s) => s.status);
  const message = useWorkspace((s) => s.loadError?.message ?? null);
  return { status, message, retry: () => void loadWorkspace() };
}

/** Opens a release in the calendar, with its drawer. */
export function openReleaseInCalendar(releaseId: number): void {
  useCalendarView.getState().select(releaseId);
  useUi.getState().setSection('calendar');
}

/** Opens the Blast radius section (used by the calendar's release drawer). */
export function openBlastSection(): void {
  useUi.getState().setSection('blast-radius');
}

/** Runbooks by the services they cover, for the impact panel's runbook links. */
export function useRunbooksByService(): ReadonlyMap<number, { id: number; title: string }[]> {
  const runbooks = useWorkspace((s) => s.ops.runbooks);
  return useMemo(() => {
    const map = new Map<number, { id: number; title: string }[]>();
    for (const r of runbooks) for (const id of r.serviceIds) map.set(id, [...(map.get(id) ?? []), { id: r.id, title: r.title }]);
    return map;
  }, [runbooks]);
}

/** Opens a runbook in the Runbooks section's library. */
export function openRunbook(id: number): void {
  useOpsView.getState().show({ kind: 'runbooks', id });
  useUi.getState().setSection('runbooks');
}
