import { describe, expect, it } from 'vitest';
import { readCockpitUid, releaseUid, windowUid, zoneSlug } from '../../shared/import/ics/ics-uids';
import { ruleBody, untilToUtc, untilToWall } from '../../shared/import/ics/rrule-until';

describe('RRULE UNTIL between the engine (wall time) and RFC 5545 (UTC)', () => {
  it('writes UNTIL as the UTC instant of the wall time, and reads it back', () => {
    expect(untilToUtc('FREQ=WEEKLY;BYDAY=SU;UNTIL=20301231T000000', 'America/Chicago')).toBe('FREQ=WEEKLY;BYDAY=SU;UNTIL=20301231T060000Z');
    expect(untilToUtc('FREQ=DAILY;UNTIL=20300701', 'Europe/Berlin')).toBe('FREQ=DAILY;UNTIL=20300630T220000Z');
    expect(untilToWall('FREQ=WEEKLY;BYDAY=SU;UNTIL=20301231T060000Z', 'America/Chicago')).toBe('FREQ=WEEKLY;BYDAY=SU;UNTIL=20301231T000000');
    expect(untilToWall('FREQ=YEARLY;UNTIL=20351225', 'site')).toBe('FREQ=YEARLY;UNTIL=20351225');
    expect(untilToWall('FREQ=YEARLY;UNTIL=20351225T000000Z', 'UTC')).toBe('FREQ=YEARLY;UNTIL=20351225T000000');
    expect(untilToUtc('FREQ=MONTHLY;BYMONTHDAY=-2', 'America/Chicago')).toBe('FREQ=MONTHLY;BYMONTHDAY=-2');
  });

  it('takes the rule body out of recurrence text with RRULE: and DTSTART lines', () => {
    expect(ruleBody('DTSTART:20300101T000000\nRRULE:FREQ=WEEKLY;BYDAY=MO')).toBe('FREQ=WEEKLY;BYDAY=MO');
  });
});

describe('exported UIDs', () => {
  it('name the window or release and the workspace, and read back', () => {
    expect(windowUid('abc123', 7, null)).toBe('window-7@abc123.release-cockpit');
    expect(windowUid('abc123', 7, 'America/Los_Angeles')).toBe('window-7-america-los-angeles@abc123.release-cockpit');
    expect(releaseUid('abc123', 9)).toBe('release-9@abc123.release-cockpit');
    expect(zoneSlug('Etc/GMT+5')).toBe('etc-gmt-plus-5');
    expect(zoneSlug('Etc/GMT-5')).toBe('etc-gmt-5');
    expect(readCockpitUid('window-7-america-los-angeles@abc123.release-cockpit')).toEqual({ kind: 'window', id: 7, workspace: 'abc123' });
    expect(readCockpitUid('release-9@abc123.release-cockpit')).toEqual({ kind: 'release', id: 9, workspace: 'abc123' });
    expect(readCockpitUid('xmas@holidays.example')).toBeNull();
  });
});
