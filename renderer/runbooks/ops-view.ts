import { create } from 'zustand';

/** What the Runbooks section shows: the incidents or the runbook library, an incident, a run, or a report. */
export type OpsView =
  | { kind: 'incidents' }
  | { kind: 'incident'; id: number }
  | { kind: 'report'; id: number }
  | { kind: 'runbooks'; id: number | null }
  | { kind: 'run'; id: number };

interface OpsViewStore {
  view: OpsView;
  /** Runs open in the war room's tab bar, in the order they were opened. */
  openRuns: number[];
  show(view: OpsView): void;
  openRun(id: number): void;
  closeRun(id: number): void;
}

const KEY = 'cockpit.ops-view';

function restore(): Pick<OpsViewStore, 'view' | 'openRuns'> {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<Pick<OpsViewStore, 'view' | 'openRuns'>> | null;
    if (saved && typeof saved.view === 'object' && saved.view && Array.isArray(saved.openRuns)) {
      return { view: saved.view, openRuns: saved.openRuns.filter((n) => Number.isInteger(n)) };
    }
  } catch {
    // nothing saved, or storage switched off: start on the incident list
  }
  return { view: { kind: 'incidents' }, openRuns: [] };
}

/** The section's own navigation, remembered so reopening the app resumes where the war room was. */
export const useOpsView = create<OpsViewStore>()((set) => ({
  ...restore(),
  show: (view) => set({ view }),
  openRun: (id) => set((s) => ({ view: { kind: 'run', id }, openRuns: s.openRuns.includes(id) ? s.openRuns : [...s.openRuns, id] })),
  closeRun: (id) =>
    set((s) => {
      const openRuns = s.openRuns.filter((r) => r !== id);
      const view: OpsView = s.view.kind === 'run' && s.view.id === id ? (openRuns.length ? { kind: 'run', id: openRuns[openRuns.length - 1]! } : { kind: 'incidents' }) : s.view;
      return { openRuns, view };
    }),
}));

useOpsView.subscribe((s) => {
  try {
    localStorage.setItem(KEY, JSON.stringify({ view: s.view, openRuns: s.openRuns }));
  } catch {
    // not remembered; the section still works
  }
});
