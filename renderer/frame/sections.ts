import type { ComponentType } from 'react';
import { warmLayoutWorker } from '../blast/layout-client';
import { CalendarScreen } from '../calendar/CalendarScreen';
import { CatalogScreen } from '../catalog/CatalogScreen';
import type { Section } from '../state/ui';
import { useWorkspace } from '../state/workspace';
import type { IconName } from '../ui/Icon';
import { lazySection } from './lazy-section';

type ScreenProps = { section: SectionInfo };

// Sections with big libraries are their own chunks: not parsed at start-up, fetched once the page is idle.
const blast = lazySection<ScreenProps>(() => import('../blast/BlastScreen').then((m) => m.BlastScreen));
const runbooks = lazySection<ScreenProps>(() => import('../runbooks/RunbooksScreen').then((m) => m.RunbooksScreen));
const dashboard = lazySection<ScreenProps>(() => import('../dashboard/DashboardScreen').then((m) => m.DashboardScreen));

/** The map's layout worker loads ELK on its own thread: starting it with the chunk costs the page nothing. */
const preloadBlast = () => {
  warmLayoutWorker();
  return blast.preload();
};

type Idle = (cb: () => void, opts: { timeout: number }) => void;

/**
 * Fetches the lazy sections once the opening screen has settled (the workspace read and its first
 * conflict check done) and the browser is idle, so opening them later is instant.
 */
export function preloadSectionsWhenIdle(): void {
  const idle: Idle = (globalThis as { requestIdleCallback?: Idle }).requestIdleCallback ?? ((cb) => setTimeout(cb, 200));
  const load = () => void Promise.all([preloadBlast(), runbooks.preload(), dashboard.preload()]).catch(() => undefined);
  const settled = () => {
    const s = useWorkspace.getState();
    return s.status !== 'loading' && !s.checking;
  };
  const whenSettled = () => idle(() => (settled() ? load() : whenSettled()), { timeout: 1000 });
  whenSettled();
}

export interface SectionInfo {
  id: Section;
  label: string;
  icon: IconName;
  /** What the main area shows while this section is open. */
  screen: ComponentType<{ section: SectionInfo }>;
  /** Fetches a lazy screen ahead of the click: on hover or keyboard focus of its navigation item. */
  preload?: () => void;
}

export const SECTION_INFO: readonly SectionInfo[] = [
  { id: 'catalog', label: 'Catalog', icon: 'catalog', screen: CatalogScreen },
  { id: 'calendar', label: 'Calendar', icon: 'calendar', screen: CalendarScreen },
  { id: 'blast-radius', label: 'Blast radius', icon: 'radius', screen: blast.Screen, preload: () => void preloadBlast().catch(() => undefined) },
  {
    id: 'runbooks',
    label: 'Runbooks',
    icon: 'runbook',
    screen: runbooks.Screen,
    preload: () => void runbooks.preload().catch(() => undefined),
  },
  {
    id: 'dashboard',
    label: 'Dashboard',
    icon: 'dashboard',
    screen: dashboard.Screen,
    preload: () => void dashboard.preload().catch(() => undefined),
  },
];
