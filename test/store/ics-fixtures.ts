import ical, { type CalendarResponse, type VEvent } from 'node-ical';
import { seedDemo } from '../../electron/store/seed-demo';
import { memoryWorkspace } from './helpers';

export const DEMO_NOW = new Date('2030-09-01T12:00:00Z');

/** The demo distributor in memory, seeded as of DEMO_NOW. */
export function demoWorkspace() {
  const ws = memoryWorkspace();
  seedDemo(ws.db, { actor: 'test' }, DEMO_NOW);
  return ws;
}

/** node-ical, an independent parser, reading what we wrote. */
export function parseWithNodeIcal(text: string): { events: VEvent[]; tzids: string[]; raw: CalendarResponse } {
  const raw = ical.sync.parseICS(text);
  const all = Object.values(raw).filter((c) => c !== undefined);
  return {
    events: all.filter((c): c is VEvent => c.type === 'VEVENT'),
    tzids: all.flatMap((c) => (c.type === 'VTIMEZONE' ? [c.tzid] : [])),
    raw,
  };
}

/** A calendar file from lines (CRLF, as RFC 5545 wants). */
export const ics = (...lines: string[]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Example//Holidays//EN', ...lines, 'END:VCALENDAR'].join('\r\n');

export const event = (...lines: string[]) => ['BEGIN:VEVENT', ...lines, 'END:VEVENT'].join('\r\n');
