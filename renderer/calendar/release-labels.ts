import type { ConflictType } from '../../shared/engine/conflicts/conflict-types';
import type { CHANGE_HOWS, RELEASE_DEPENDENCY_KINDS, RELEASE_STATUSES, RELEASE_TYPES, STRATEGIES } from '../../shared/model/plan';

type Of<T extends readonly string[]> = T[number];

/** The words the calendar's screens show for the model's enums. */
export const RELEASE_TYPE_LABELS: Readonly<Record<Of<typeof RELEASE_TYPES>, string>> = {
  standard: 'Standard (pre-approved)',
  normal: 'Normal',
  emergency: 'Emergency',
};

export const RELEASE_STATUS_LABELS: Readonly<Record<Of<typeof RELEASE_STATUSES>, string>> = {
  draft: 'Draft',
  submitted: 'Submitted',
  approved: 'Approved',
  scheduled: 'Scheduled',
  'in-progress': 'In progress',
  done: 'Done',
  'rolled-back': 'Rolled back',
  failed: 'Failed',
  cancelled: 'Cancelled',
};

export const STRATEGY_LABELS: Readonly<Record<Of<typeof STRATEGIES>, { label: string; detail: string }>> = {
  'big-bang': { label: 'Big bang', detail: 'Everything changes at once.' },
  canary: { label: 'Canary', detail: 'A small share of traffic first, then the rest.' },
  'blue-green': { label: 'Blue-green', detail: 'A second stack goes live in one switch, the old one stays ready.' },
  'feature-flag': { label: 'Feature flag', detail: 'Code ships dark and a flag turns it on.' },
  waves: { label: 'Waves', detail: 'Site groups one after another, pilot first, with soak time between.' },
};

export const HOW_LABELS: Readonly<Record<Of<typeof CHANGE_HOWS>, string>> = {
  code: 'Code',
  schema: 'Schema',
  config: 'Config',
  infra: 'Infra',
};

export const DEPENDENCY_KIND_LABELS: Readonly<Record<Of<typeof RELEASE_DEPENDENCY_KINDS>, string>> = {
  'finish-before': 'Must finish before this starts',
  'start-after': 'This starts after it starts',
  'same-window': 'Same maintenance window',
};

export const CONFLICT_TYPE_LABELS: Readonly<Record<ConflictType, string>> = {
  'hard-freeze': 'Hard freeze',
  'soft-freeze-no-exception': 'Soft freeze without exception',
  'outside-maintenance-window': 'Outside maintenance window',
  'same-service-overlap': 'Same service, same time',
  'related-service-overlap': 'Dependent services, same time',
  'site-capacity-exceeded': 'Site over capacity',
  'release-order-violation': 'Out of order',
  'release-dependency-cycle': 'Dependency cycle',
  'tier1-untested-rollback': 'Untested rollback on tier 1',
  'self-approval': 'Self-approved',
  'pilot-wave-not-first': 'Pilot wave not first',
};
