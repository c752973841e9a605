import { create } from 'zustand';
import type { Conflict } from '../../shared/engine/conflicts';
import { expandCalendar, type WindowCalendar } from '../../shared/engine/calendar/window-calendar';
import type { ApiError } from '../../shared/api/result';
import type { FreezeExceptionRecord, Plan, PlanWindow, Release } from '../../shared/model/plan';
import { call } from '../api/client';
import { useCatalog } from './catalog';
import { notify } from './notices';
import { byRelease, syncConflicts } from './plan-conflicts';

interface PlanStore {
  status: 'loading' | 'ready' | 'error';
  loadError: ApiError | null;
  plan: Plan;
  exceptions: FreezeExceptionRecord[];
  releaseById: ReadonlyMap<number, Release>;
  windowById: ReadonlyMap<number, PlanWindow>;
  /** Every conflict of the plan, from the renderer's own engine index. */
  conflicts: Conflict[];
  conflictsByRelease: ReadonlyMap<number, Conflict[]>;
  /** The expanded window calendar, shared by the timeline's shading and the conflict index (expanded once). */
  calendar: WindowCalendar;
  /** True while conflicts are being recomputed between frames (first load, window or catalog edits). */
  checking: boolean;
  /** Reads windows, releases and exceptions; called at start and after every write, undo and redo. */
  load(): Promise<void>;
  /** Recomputes conflicts against the current catalog (after a catalog edit). */
  recompute(): void;
}

const EMPTY_PLAN: Plan = { windows: [], releases: [] };
let generation = 0;
let conflictGeneration = 0;
let calendarWindows = '';

export const usePlan = create<PlanStore>()((set, get) => ({
  status: 'loading',
  loadError: null,
  plan: EMPTY_PLAN,
  exceptions: [],
  releaseById: new Map(),
  windowById: new Map(),
  conflicts: [],
  conflictsByRelease: new Map(),
  checking: false,
  calendar: expandCalendar(EMPTY_PLAN),
  async load() {
    const mine = ++generation;
    const startedAt = performance.now();
    const [plan, exceptions] = await Promise.all([call('plan.get', {}), call('exception.list', {})]);
    performance.measure('plan:load', { start: startedAt }); // read by bench/ui-calendar.ts
    if (mine !== generation) return;
    if (!plan.ok || !exceptions.ok) {
      const error = !plan.ok ? plan.error : !exceptions.ok ? exceptions.error : null;
      if (!error) return;
      if (get().status === 'ready') notify.error(error.message);
      else set({ status: 'error', loadError: error });
      return;
    }
    // Windows unchanged (a release edit): keep the calendar and everything it has expanded so far.
    const windowsText = JSON.stringify(plan.value.windows);
    const calendar = windowsText === calendarWindows ? get().calendar : expandCalendar(plan.value);
    calendarWindows = windowsText;
    set({
      status: 'ready',
      loadError: null,
      plan: plan.value,
      exceptions: exceptions.value,
      releaseById: new Map(plan.value.releases.map((r) => [r.id, r])),
      windowById: new Map(plan.value.windows.map((w) => [w.id, w])),
      calendar,
    });
    get().recompute();
  },
  recompute() {
    const { plan, exceptions, status } = get();
    const catalog = useCatalog.getState();
    // Until both are read there is nothing to check against; the later of the two loads calls this again.
    if (status !== 'ready' || catalog.status !== 'ready') return;
    const mine = ++conflictGeneration;
    const startedAt = performance.now();
    const publish = (conflicts: Conflict[] | null) => {
      if (!conflicts || mine !== conflictGeneration) return; // a newer recompute answers instead
      performance.measure('plan:conflicts', { start: startedAt }); // read by bench/ui-calendar.ts
      set({ conflicts, conflictsByRelease: byRelease(conflicts), checking: false });
    };
    // Releases near today are what the calendar opens on: check them first and show those at once.
    const sync = syncConflicts(catalog.catalog, plan, exceptions, get().calendar, {
      nearMs: Date.now(),
      onPartial: (found) => {
        if (mine !== conflictGeneration) return;
        performance.measure('plan:conflicts-near', { start: startedAt }); // read by bench/ui-calendar.ts
        set({ conflicts: found, conflictsByRelease: byRelease(found) });
      },
    });
    if ('conflicts' in sync) return publish(sync.conflicts);
    set({ checking: true });
    sync.pending.then(publish, (error: unknown) => {
      if (mine !== conflictGeneration) return;
      set({ checking: false });
      notify.error(`Conflicts could not be checked: ${error instanceof Error ? error.message : String(error)}`);
    });
  },
}));

// A catalog edit (a service's sites, a dependency) changes what conflicts, so recompute then too.
useCatalog.subscribe((state, previous) => {
  if (state.catalog !== previous.catalog) usePlan.getState().recompute();
});
