import type { ScheduleProblem } from './types';

/** Epoch milliseconds at which slot `slot` begins. */
export function slotToMs(problem: Pick<ScheduleProblem, 'horizonStartMs' | 'slotMinutes'>, slot: number): number {
  return problem.horizonStartMs + slot * problem.slotMinutes * 60_000;
}

/** "2025-11-24 08:00 UTC": explanations stay zone-neutral; the UI may re-render the slot. */
export function formatSlot(problem: Pick<ScheduleProblem, 'horizonStartMs' | 'slotMinutes'>, slot: number): string {
  const iso = new Date(slotToMs(problem, slot)).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** "4 h", "30 min", "2 d 4 h". */
export function formatDuration(problem: Pick<ScheduleProblem, 'slotMinutes'>, slots: number): string {
  let minutes = slots * problem.slotMinutes;
  const parts: string[] = [];
  const days = Math.floor(minutes / 1440);
  minutes -= days * 1440;
  const hours = Math.floor(minutes / 60);
  minutes -= hours * 60;
  if (days > 0) parts.push(`${days} d`);
  if (hours > 0) parts.push(`${hours} h`);
  if (minutes > 0 || parts.length === 0) parts.push(`${minutes} min`);
  return parts.join(' ');
}

/** "A", "A and B", "A, B and 3 more". */
export function listNames(names: string[], shown = 3): string {
  if (names.length <= 1) return names[0] ?? '';
  if (names.length <= shown) return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return `${names.slice(0, shown).join(', ')} and ${names.length - shown} more`;
}
