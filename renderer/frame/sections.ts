import type { IconName } from '../ui/Icon';
import type { Section } from '../state/ui';

export interface SectionInfo {
  id: Section;
  label: string;
  icon: IconName;
  /** For sections still to be built: what they will do, said plainly. */
  plan?: string;
  /** What already works elsewhere, e.g. the same engine on the command line. */
  meanwhile?: string;
}

export const SECTION_INFO: readonly SectionInfo[] = [
  { id: 'catalog', label: 'Catalog', icon: 'catalog' },
  { id: 'calendar', label: 'Calendar', icon: 'calendar' },
  { id: 'blast-radius', label: 'Blast radius', icon: 'radius' },
  {
    id: 'runbooks',
    label: 'Runbooks',
    icon: 'runbook',
    plan: 'Runbooks will hold the ordered restore and rollback steps for each service or release, with owners and expected minutes, and record each run with timestamps and notes.',
  },
  {
    id: 'dashboard',
    label: 'Dashboard',
    icon: 'dashboard',
    plan: 'The dashboard will track change failure rate, time to restore and rollback frequency across releases.',
  },
];
