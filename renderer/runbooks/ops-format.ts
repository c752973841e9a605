import { useMemo } from 'react';
import { blastRadius } from '../../shared/engine/graph/blast-radius';
import { nameBlastRadius } from '../../shared/engine/graph/name-blast-radius';
import type { BlastRadiusView } from '../../shared/api/contract';
import { useWorkspace } from '../state/workspace';

/** "2026-11-22 10:04 UTC": every incident time is shown in UTC, the site clocks beside it. */
export function utc(iso: string | null | undefined, seconds = false): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.toISOString().slice(0, seconds ? 19 : 16).replace('T', ' ')} UTC`;
}

/** The wall-clock time in a site's zone now, e.g. "04:12 (Tue)". */
export function localNow(timeZone: string, nowMs: number): string {
  try {
    return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', weekday: 'short', hourCycle: 'h23' }).format(new Date(nowMs));
  } catch {
    return '—';
  }
}

/** A value for <input type="datetime-local"> holding the UTC wall clock of an instant. */
export function toUtcInput(iso: string): string {
  return new Date(iso).toISOString().slice(0, 16);
}

/** The instant of a UTC wall clock typed into a datetime-local input, or null when it is not one. */
export function fromUtcInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return null;
  const ms = Date.parse(`${value}${value.length === 16 ? ':00' : ''}Z`);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/** Minutes and seconds on a clock face: 4:05, 1:02:09. */
export function clock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}

/** The failing services' downstream blast radius from the engine, with names. */
export function useBlastRadius(serviceIds: readonly number[]): BlastRadiusView | null {
  const graph = useWorkspace((s) => s.index.graph);
  const processes = useWorkspace((s) => s.catalog.processes);
  const key = serviceIds.join(',');
  return useMemo(() => {
    const present = serviceIds.filter((id) => graph.lookup.services.has(id));
    if (present.length === 0) return null;
    return nameBlastRadius(blastRadius(graph, present, { direction: 'downstream' }), graph.lookup, new Map(processes.map((p) => [p.id, p.name])));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [graph, processes, key]);
}
