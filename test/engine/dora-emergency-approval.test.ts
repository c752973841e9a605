import { describe, expect, it } from 'vitest';
import { emergencyMissingApproval, type DoraRelease } from '../../shared/engine/dora';
import { doraRelease } from './dora-fixtures';

const emergency = (id: number, approved: boolean, extra: Partial<DoraRelease>) => ({ ...doraRelease(id, { type: 'emergency', ...extra }), approved });

describe('emergencyMissingApproval', () => {
  it('lists emergency releases that went ahead unapproved, oldest wait first, with the hours waited', () => {
    const list = emergencyMissingApproval(
      [
        emergency(1, false, { status: 'in-progress', outcome: null, submittedAt: '2026-01-31T12:00:00Z' }),
        emergency(2, false, { status: 'done', plannedStart: '2026-01-30T00:00:00Z', finishedAt: '2026-01-30T02:00:00Z' }),
        emergency(3, true, { status: 'done', plannedStart: '2026-01-20T00:00:00Z', finishedAt: '2026-01-20T01:00:00Z' }),
        { ...doraRelease(4, { status: 'done', finishedAt: '2026-01-10T00:00:00Z' }), approved: false },
        emergency(5, false, { status: 'approved', plannedStart: '2026-01-01T00:00:00Z' }),
        emergency(6, false, { status: 'failed', outcome: 'failed' }),
        emergency(7, false, { status: 'cancelled', plannedStart: '2026-01-01T00:00:00Z' }),
        emergency(8, false, { status: 'rolled-back', finishedAt: '2026-01-31T00:00:00Z' }),
      ],
      '2026-02-01T00:00:00Z',
    );
    expect(list.map((m) => [m.release.id, m.since, m.waitedHours])).toEqual([
      [2, '2026-01-30T00:00:00Z', 48],
      [8, '2026-01-31T00:00:00Z', 24],
      [1, '2026-01-31T12:00:00Z', 12],
      [6, null, null],
    ]);
  });

  it('refuses an unreadable now', () => {
    expect(() => emergencyMissingApproval([], 'soon')).toThrow(RangeError);
  });
});
