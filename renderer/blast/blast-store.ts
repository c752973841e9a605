import { create } from 'zustand';
import type { BlastFocus, BlastMode } from '../../shared/blast';
import type { BlastDirection } from '../../shared/engine/graph/blast-radius';
import type { ServiceKind } from '../../shared/model/enums';

export const DEFAULT_DEPTH = 3;
const FOCUS_KEY = 'cockpit.blast.focus';

/** The screen reopens on the focus used last, like the app reopens on the section used last. */
function storedFocus(): BlastFocus {
  try {
    const value = JSON.parse(localStorage.getItem(FOCUS_KEY) ?? 'null') as BlastFocus | null;
    if (value && (value.kind === 'services' ? Array.isArray(value.serviceIds) : value.kind === 'site' ? typeof value.siteId === 'number' : value.kind === 'release' && typeof value.releaseId === 'number')) return value;
  } catch {
    // storage off or garbage: start empty
  }
  return { kind: 'services', serviceIds: [] };
}

/** The Blast radius screen's own state; catalog and plan data come from use-blast-data.ts. */
interface BlastStore {
  focus: BlastFocus;
  direction: BlastDirection;
  /** null: no limit. */
  depth: number | null;
  mode: BlastMode;
  /** Services marked failing in the incident what-if. */
  failingIds: number[];
  filters: { kinds: ServiceKind[]; tiers: number[]; siteId: number | null };
  /** Show the whole estate with the impacted part highlighted, instead of the neighbourhood alone. */
  wholeEstate: boolean;
  groupBySite: boolean;
  selectedId: number | null;
  /** A release whose per-wave exposure is shown, or null for the map. */
  waveReleaseId: number | null;
  /** Bumped to ask the map to fit (a request, not a state). */
  fitSeq: number;
  setFocus(focus: BlastFocus): void;
  setDirection(direction: BlastDirection): void;
  setDepth(depth: number | null): void;
  setMode(mode: BlastMode): void;
  toggleFailing(id: number): void;
  setFilters(filters: Partial<BlastStore['filters']>): void;
  setWholeEstate(on: boolean): void;
  setGroupBySite(on: boolean): void;
  select(id: number | null): void;
  showWaves(releaseId: number | null): void;
  fit(): void;
}

export const useBlast = create<BlastStore>()((set) => ({
  focus: storedFocus(),
  direction: 'downstream',
  depth: DEFAULT_DEPTH,
  mode: 'change',
  failingIds: [],
  filters: { kinds: [], tiers: [], siteId: null },
  wholeEstate: false,
  groupBySite: false,
  selectedId: null,
  waveReleaseId: null,
  fitSeq: 0,
  setFocus: (focus) => set({ focus, selectedId: null }),
  setDirection: (direction) => set({ direction }),
  setDepth: (depth) => set({ depth }),
  setMode: (mode) => set({ mode }),
  toggleFailing: (id) => set((s) => ({ failingIds: s.failingIds.includes(id) ? s.failingIds.filter((x) => x !== id) : [...s.failingIds, id], mode: 'incident' })),
  setFilters: (filters) => set((s) => ({ filters: { ...s.filters, ...filters } })),
  setWholeEstate: (wholeEstate) => set({ wholeEstate }),
  setGroupBySite: (groupBySite) => set({ groupBySite }),
  select: (selectedId) => set({ selectedId }),
  showWaves: (waveReleaseId) => set({ waveReleaseId }),
  fit: () => set((s) => ({ fitSeq: s.fitSeq + 1 })),
}));

useBlast.subscribe((state, previous) => {
  if (state.focus === previous.focus) return;
  try {
    localStorage.setItem(FOCUS_KEY, JSON.stringify(state.focus));
  } catch {
    // not remembered; nothing depends on it
  }
});
