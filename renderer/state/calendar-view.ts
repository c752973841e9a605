import { create } from 'zustand';
import { DAY_MS } from '../../shared/engine/calendar/wall-clock';

export const ZOOMS = ['day', 'week', 'month', 'quarter'] as const;
export type Zoom = (typeof ZOOMS)[number];
export const GROUPINGS = ['service', 'site', 'train'] as const;
export type Grouping = (typeof GROUPINGS)[number];

/** How much time one screen width shows at each zoom, and the step a keyboard nudge moves a release. */
export const ZOOM_SPAN_MS: Readonly<Record<Zoom, number>> = { day: DAY_MS, week: 7 * DAY_MS, month: 31 * DAY_MS, quarter: 92 * DAY_MS };
export const NUDGE_MS: Readonly<Record<Zoom, number>> = { day: 15 * 60_000, week: 60 * 60_000, month: 6 * 3_600_000, quarter: DAY_MS };
export const ZOOM_LABELS: Readonly<Record<Zoom, string>> = { day: 'Day', week: 'Week', month: 'Month', quarter: 'Quarter' };
export const GROUPING_LABELS: Readonly<Record<Grouping, string>> = { service: 'Service', site: 'Site', train: 'Release train' };

interface CalendarViewStore {
  zoom: Zoom;
  grouping: Grouping;
  /** 'UTC' or a site id whose zone the axis and times are shown in. */
  zone: 'UTC' | number;
  selectedReleaseId: number | null;
  /** The conflict drawer is open for the selected release. */
  drawerOpen: boolean;
  /** Instant the timeline should bring into view (bumped by Today and by selection from elsewhere). */
  focus: { ms: number; seq: number };
  setZoom(zoom: Zoom): void;
  setGrouping(grouping: Grouping): void;
  setZone(zone: 'UTC' | number): void;
  select(releaseId: number | null): void;
  setDrawerOpen(open: boolean): void;
  focusOn(ms: number): void;
}

export const useCalendarView = create<CalendarViewStore>()((set) => ({
  zoom: 'week',
  grouping: 'service',
  zone: 'UTC',
  selectedReleaseId: null,
  drawerOpen: false,
  focus: { ms: Date.now(), seq: 0 },
  setZoom: (zoom) => set({ zoom }),
  setGrouping: (grouping) => set({ grouping }),
  setZone: (zone) => set({ zone }),
  select: (selectedReleaseId) => set(selectedReleaseId === null ? { selectedReleaseId, drawerOpen: false } : { selectedReleaseId }),
  setDrawerOpen: (drawerOpen) => set({ drawerOpen }),
  focusOn: (ms) => set((s) => ({ focus: { ms, seq: s.focus.seq + 1 } })),
}));
