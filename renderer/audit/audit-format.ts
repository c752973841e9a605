import type { Input } from '../../shared/api/contract';

/** The trail's filters as the person set them: '' means any; dates are local days (YYYY-MM-DD). */
export interface AuditFilters {
  entity: string;
  actor: string;
  from: string;
  to: string;
  text: string;
}

export const NO_FILTERS: AuditFilters = { entity: '', actor: '', from: '', to: '', text: '' };

/** Local midnight of a YYYY-MM-DD day, `plusDays` later, as an ISO instant; null when it is not a day. */
export function localDayStart(day: string, plusDays = 0): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return null;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + plusDays);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** The filters as an audit.list query: the "to" day is included, so the bound is the next midnight. */
export function auditQuery(f: AuditFilters): Omit<Input<'audit.list'>, 'limit' | 'before'> {
  const from = localDayStart(f.from);
  const to = localDayStart(f.to, 1);
  return {
    ...(f.entity ? { entity: f.entity } : {}),
    ...(f.actor ? { actor: f.actor } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(f.text.trim() ? { text: f.text.trim() } : {}),
  };
}

const LOCAL = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });

/** "Sun 22 Nov 2026, 10:04:05" in the person's own zone. */
export function localTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : LOCAL.format(d);
}

/** Before and after as indented JSON text; very large snapshots are cut so the row stays readable. */
export function jsonText(value: unknown, max = 20_000): string {
  if (value === null || value === undefined) return '(none)';
  const text = JSON.stringify(value, null, 2);
  return text.length > max ? `${text.slice(0, max)}\n… (${text.length - max} more characters)` : text;
}

/** "approval" → "Approval", "actionItem" → "Action item". */
export function entityLabel(entity: string): string {
  const words = entity.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
