import { lazy, type ComponentType } from 'react';
import { CalendarScreen } from '../calendar/CalendarScreen';
import { CatalogScreen } from '../catalog/CatalogScreen';
import type { Section } from '../state/ui';
import type { IconName } from '../ui/Icon';

// Sections with big libraries are their own chunks: not parsed at start-up, fetched once the page is idle.
const loadBlast = () => import('../blast/BlastScreen');
const loadRunbooks = () => import('../runbooks/RunbooksScreen');
const BlastScreen = lazy(() => loadBlast().then((m) => ({ default: m.BlastScreen })));
const RunbooksScreen = lazy(() => loadRunbooks().then((m) => ({ default: m.RunbooksScreen })));
const loadDashboard = () => import('../dashboard/DashboardScreen');
const DashboardScreen = lazy(() => loadDashboard().then((m) => ({ default: m.DashboardScreen })));

/** Fetches the lazy sections when the browser has nothing better to do, so opening them later is instant. */
export function preloadSectionsWhenIdle(): void {
  const idle = (globalThis as { requestIdleCallback?: (cb: () => void, opts: { timeout: number }) => void }).requestIdleCallback;
  const load = () => void Promise.all([loadBlast(), loadRunbooks(), loadDashboard()]).catch(() => undefined);
  // After the opening screen has settled (its first conflict check included), then in an idle moment.
  setTimeout(() => (idle ? idle(load, { timeout: 5000 }) : load()), 3000);
}

export interface SectionInfo {
  id: Section;
  label: string;
  icon: IconName;
  /** What the main area shows while this section is open. */
  screen: ComponentType<{ section: SectionInfo }>;
}

export const SECTION_INFO: readonly SectionInfo[] = [
  { id: 'catalog', label: 'Catalog', icon: 'catalog', screen: CatalogScreen },
  { id: 'calendar', label: 'Calendar', icon: 'calendar', screen: CalendarScreen },
  { id: 'blast-radius', label: 'Blast radius', icon: 'radius', screen: BlastScreen },
  {
    id: 'runbooks',
    label: 'Runbooks',
    icon: 'runbook',
    screen: RunbooksScreen,
  },
  {
    id: 'dashboard',
    label: 'Dashboard',
    icon: 'dashboard',
    screen: DashboardScreen,
  },
];
