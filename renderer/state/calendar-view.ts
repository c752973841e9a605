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
  /** A request to move the view: to an instant (Today), or by a number of screens (Earlier, Later). */
  focus: { to: number | null; screens: number; seq: number };
  setZoom(zoom: Zoom): void;
  setGrouping(grouping: Grouping): void;
  setZone(zone: 'UTC' | number): void;
  select(releaseId: number | null): void;
  setDrawerOpen(open: boolean): void;
  focusOn(ms: number): void;
  scrollScreens(screens: number): void;
}

export const useCalendarView = create<CalendarViewStore>()((set) => ({
  zoom: 'week',
  grouping: 'service',
  zone: 'UTC',
  selectedReleaseId: null,
  drawerOpen: false,
  focus: { to: null, screens: 0, seq: 0 },
  setZoom: (zoom) => set({ zoom }),
  setGrouping: (grouping) => set({ grouping }),
  setZone: (zone) => set({ zone }),
  select: (selectedReleaseId) => set({ selectedReleaseId, drawerOpen: selectedReleaseId !== null }),
  setDrawerOpen: (drawerOpen) => set({ drawerOpen }),
  focusOn: (to) => set((s) => ({ focus: { to, screens: 0, seq: s.focus.seq + 1 } })),
  scrollScreens: (screens) => set((s) => ({ focus: { to: null, screens, seq: s.focus.seq + 1 } })),
}));
