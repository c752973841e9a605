import type { ComponentType } from 'react';
import { BlastScreen } from '../blast/BlastScreen';
import { CalendarScreen } from '../calendar/CalendarScreen';
import { CatalogScreen } from '../catalog/CatalogScreen';
import { RunbooksScreen } from '../runbooks/RunbooksScreen';
import type { Section } from '../state/ui';
import type { IconName } from '../ui/Icon';
import { NotBuilt } from './NotBuilt';

export interface SectionInfo {
  id: Section;
  label: string;
  icon: IconName;
  /** What the main area shows while this section is open. */
  screen: ComponentType<{ section: SectionInfo }>;
  /** For sections still to be built: what they will do, said plainly. */
  plan?: string;
  /** What already works elsewhere, e.g. the same engine on the command line. */
  meanwhile?: string;
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
    screen: NotBuilt,
    plan: 'The dashboard will track change failure rate, time to restore and rollback frequency across releases.',
  },
];
