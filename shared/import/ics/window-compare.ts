import type { WindowInput } from '../../model/plan';

const SCOPE_FIELDS = ['all', 'regions', 'siteIds', 'serviceIds', 'tiers', 'kinds'] as const;

/** Field by field, so the key order of stored JSON never matters. */
export const sameScope = (a: WindowInput['scope'], b: WindowInput['scope']) => SCOPE_FIELDS.every((f) => JSON.stringify(a[f]) === JSON.stringify(b[f]));

/** Same name, type and timing: what a calendar event says about a window. */
export const sameEvent = (a: WindowInput, b: WindowInput) =>
  a.name === b.name && a.type === b.type && a.startLocal === b.startLocal && a.endLocal === b.endLocal && a.timeZone === b.timeZone && (a.recurrence ?? null) === (b.recurrence ?? null);

/** Writing `b` over `a` would change nothing. */
export const sameWindow = (a: WindowInput, b: WindowInput) => sameEvent(a, b) && a.severity === b.severity && a.reason === b.reason && sameScope(a.scope, b.scope);
