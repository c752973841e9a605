import { describe, expect, it } from 'vitest';
import { readCalendar } from '../../shared/import/ics/read-calendar';
import { parseWithNodeIcal } from './ics-fixtures';
import { memoryWorkspace } from './helpers';

// A name that, written unescaped, would end the event and start a forged one with its own SUMMARY.
const EVIL = 'x\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:evil;a,b\\c';
/** RFC 5545 text: a line break becomes \n (the CR is not kept), and ; , \ are escaped. */
const ESCAPED = 'x\\nEND:VEVENT\\nBEGIN:VEVENT\\nSUMMARY:evil\\;a\\,b\\\\c';

async function exportWithEvilNames() {
  const { ok } = memoryWorkspace();
  const site = await ok('site.create', { name: 'DC Reno', region: 'West', timeZone: 'America/Los_Angeles', kind: 'dc' });
  const service = await ok('service.create', { name: `WMS ${EVIL}`, kind: 'wms', tier: 1, hosting: 'cloud', siteIds: [site.id] });
  await ok('window.create', { name: EVIL, type: 'freeze', severity: 'hard', startLocal: '2030-01-01T00:00', endLocal: '2030-01-01T01:00', timeZone: 'UTC', scope: { all: true }, reason: EVIL });
  await ok('release.create', {
    title: EVIL, type: 'normal', status: 'submitted', plannedStart: '2030-01-02T00:00:00Z', durationMinutes: 60, strategy: 'big-bang',
    services: [{ serviceId: service.id, how: 'code' }], requester: EVIL, train: EVIL,
  });
  return ok('export.ics', { items: ['freezes', 'maintenance', 'releases'] });
}

describe('export.ics escapes text, so a name cannot inject a property or an event', () => {
  it('writes the escapes, and every unfolded line is one property of one of the two events', async () => {
    const { text, events } = await exportWithEvilNames();
    expect(events).toBe(2);
    expect(text).toContain(`SUMMARY:${ESCAPED}`);
    expect(text).toContain(`SUMMARY:Release: ${ESCAPED}`);
    const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);
    // No bare CR or LF survives inside a line, and a forged line never starts one.
    for (const line of lines) expect(line).not.toMatch(/[\r\n]/);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(lines.filter((l) => l === 'END:VEVENT')).toHaveLength(2);
    expect(lines.filter((l) => l.startsWith('SUMMARY:evil'))).toEqual([]);
    // Each event, line by line: exactly one SUMMARY (the escaped text holds "BEGIN:VEVENT", so split on whole lines).
    const blocks = lines.join('\n').split(/^BEGIN:VEVENT$/m).slice(1);
    expect(blocks.map((block) => block.split('\n').filter((l) => /^SUMMARY[:;]/.test(l)).length)).toEqual([1, 1]);
  });

  it('reads back, with our parser and node-ical, as two events whose names are the text as typed', async () => {
    const { text } = await exportWithEvilNames();
    const typed = EVIL.replace(/\r\n/g, '\n');
    const ours = readCalendar(text);
    expect(ours.errors).toEqual([]);
    expect(ours.calendar?.events.map((e) => e.summary).sort()).toEqual([`Release: ${typed}`, typed]);
    const theirs = parseWithNodeIcal(text).events;
    expect(theirs).toHaveLength(2);
    expect(theirs.map((e) => (typeof e.summary === 'string' ? e.summary : e.summary.val)).sort()).toEqual([`Release: ${typed}`, typed]);
  });
});
