import { DateTime } from 'luxon';

export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/** Epoch ms of an ISO instant, or null when missing or unreadable (such a timestamp is skipped, not guessed). */
export function instantMs(text: string | null | undefined): number | null {
  if (!text) return null;
  const ms = Date.parse(text);
  return Number.isFinite(ms) ? ms : null;
}

/**
 * A range bound in a zone: an instant with an offset is that instant; a bare date or local time
 * ('2026-02-01', '2026-02-01T08:00') is read as wall time in `zone`, so "from February" means
 * Berlin's February for a Berlin dashboard. Throws on an unreadable bound or zone: that is a caller bug.
 */
export function boundIn(text: string, zone: string): DateTime {
  const at = DateTime.fromISO(text, { zone });
  if (!at.isValid) throw new RangeError(`Not a date or instant in ${zone}: ${text} (${at.invalidExplanation ?? at.invalidReason})`);
  return at;
}
