// The plan's vocabularies, apart from the zod schemas so the renderer can use them without bundling zod.
export const WINDOW_TYPES = ['freeze', 'maintenance'] as const;
export const SEVERITIES = ['hard', 'soft'] as const;
export const RELEASE_TYPES = ['standard', 'normal', 'emergency'] as const;
export const RELEASE_STATUSES = [
  'draft', 'submitted', 'approved', 'scheduled', 'in-progress', 'done', 'rolled-back', 'failed', 'cancelled',
] as const;
export const STRATEGIES = ['big-bang', 'canary', 'blue-green', 'feature-flag', 'waves'] as const;
export const CHANGE_HOWS = ['code', 'schema', 'config', 'infra'] as const;
export const RELEASE_DEPENDENCY_KINDS = ['finish-before', 'start-after', 'same-window'] as const;

/** What an ICS export may hold. Maintenance windows are opt-in: most readers want freezes and releases. */
export const ICS_ITEMS = ['freezes', 'maintenance', 'releases'] as const;
/** 'zones': wall-clock times with TZID and VTIMEZONE definitions; 'utc': every time in UTC (Z), no VTIMEZONE. */
export const ICS_TIME_MODES = ['zones', 'utc'] as const;
