import { useCatalog } from '../state/catalog';
import { useCalendarView } from '../state/calendar-view';
import { usePlan } from '../state/plan';
import { useTheme } from '../state/theme';
import { useUi } from '../state/ui';

// The only place the Blast radius screen touches the app's shared stores, so they can be repointed in one file.

export const useBlastCatalog = () => useCatalog((s) => s.catalog);
export const useBlastPlan = () => usePlan((s) => s.plan);
export const useBlastTheme = () => useTheme((s) => s.theme);

/** 'loading' until both the catalog and the plan are read; 'error' with what went wrong. */
export function useBlastStatus(): { status: 'loading' | 'ready' | 'error'; message: string | null; retry(): void } {
  const catalog = useCatalog((s) => s.status);
  const plan = usePlan((s) => s.status);
  const message = useCatalog((s) => s.loadError?.message ?? null) ?? usePlan.getState().loadError?.message ?? null;
  const status = catalog === 'error' || plan === 'error' ? 'error' : catalog === 'ready' && plan === 'ready' ? 'ready' : 'loading';
  return {
    status,
    message,
    retry: () => {
      void useCatalog.getState().load();
      void usePlan.getState().load();
    },
  };
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
