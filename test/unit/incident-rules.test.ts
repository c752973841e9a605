import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIFECYCLE, nextStatuses, refuseTransition } from '../../shared/engine/incidents/incident-status';
import { formatDuration, incidentDurations, refuseTimes, timeline } from '../../shared/engine/incidents/incident-timeline';
import { runState } from '../../shared/engine/incidents/run-state';
import { INCIDENT_STATUSES, type IncidentEvent, type Run } from '../../shared/model/ops';

const T = (minutes: number) => new Date(Date.UTC(2026, 10, 22, 3, 0) + minutes * 60_000).toISOString();

describe('incident status rules', () => {
  it('refuses each illegal move with a reason a person understands', () => {
    expect(refuseTransition('triage', 'closed')).toBe('Resolve the incident before closing it.');
    expect(refuseTransition('mitigated', 'triage')).toBe('An incident moves forward only: it cannot go back from Mitigated to Triage.');
    expect(refuseTransition('closed', 'started')).toMatch(/closed incident does not change status/);
    expect(refuseTransition('cancelled', 'started')).toMatch(/cancelled incident does not change status/);
    expect(refuseTransition('resolved', 'cancelled')).toBe('A resolved incident is closed, not cancelled.');
    expect(refuseTransition('started', 'started')).toBe('The incident is already Started.');
  });

  it('allows forward moves, skipping ahead included, and cancelling before resolution', () => {
    expect(nextStatuses('triage')).toEqual(['started', 'mitigated', 'resolved', 'cancelled']);
    expect(nextStatuses('resolved')).toEqual(['closed']);
    expect(nextStatuses('closed')).toEqual([]);
  });

  it('any accepted sequence of moves only ever goes forward along the lifecycle, and ends there', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...INCIDENT_STATUSES), { maxLength: 12 }), (wanted) => {
        let status: (typeof INCIDENT_STATUSES)[number] = 'triage';
        for (const to of wanted) {
          if (refuseTransition(status, to) !== null) continue;
          if (to !== 'cancelled') expect(LIFECYCLE.indexOf(to)).toBeGreaterThan(LIFECYCLE.indexOf(status));
          status = to;
        }
        // Only a closed or cancelled incident has nowhere left to go.
        expect(nextStatuses(status).length === 0).toBe(status === 'closed' || status === 'cancelled');
      }),
    );
  });
});

describe('incident timing', () => {
  it('time to detect counts from the impact start, to mitigate from the declaration, to restore from the impact start', () => {
    const times = { triage: T(10), started: T(12), mitigated: T(40), resolved: T(70) };
    expect(incidentDurations({ impactStartedAt: T(0) }, times)).toEqual({ timeToDetectMs: 10 * 60_000, timeToMitigateMs: 30 * 60_000, timeToRestoreMs: 70 * 60_000 });
    // Without an impact start, the declaration stands for it.
    expect(incidentDurations({ impactStartedAt: null }, times)).toEqual({ timeToDetectMs: 0, timeToMitigateMs: 30 * 60_000, timeToRestoreMs: 60 * 60_000 });
    expect(incidentDurations({ impactStartedAt: null }, { triage: T(0) })).toEqual({ timeToDetectMs: 0, timeToMitigateMs: null, timeToRestoreMs: null });
  });

  it('times must stay in order', () => {
    expect(refuseTimes({ impactStartedAt: null }, { triage: T(0), started: T(5), mitigated: T(3) })).toMatch(/Mitigated .* would come before started/);
    expect(refuseTimes({ impactStartedAt: T(20) }, { triage: T(10) })).toBe('The impact cannot begin after the incident was declared.');
    expect(refuseTimes({ impactStartedAt: T(0) }, { triage: T(0), resolved: T(0) })).toBeNull();
  });

  it('durations read as an incident commander says them', () => {
    expect([formatDuration(null), formatDuration(45_000), formatDuration(12 * 60_000), formatDuration(65 * 60_000), formatDuration(50 * 3_600_000)]).toEqual(['—', '45 s', '12 min', '1 h 05 min', '2 d 2 h']);
  });
});

describe('run state', () => {
  const run: Run = {
    id: 1, incidentId: 1, releaseId: null, runbookId: 1, runbookVersion: 1, title: 'Failover', startedAt: T(0), startedBy: 'ana',
    steps: [
      { title: 'A', details: '', ownerRole: '', expectedMinutes: 5, kind: 'technical', after: null },
      { title: 'B', details: '', ownerRole: '', expectedMinutes: 10, kind: 'business', after: null },
      { title: 'C', details: '', ownerRole: '', expectedMinutes: 10, kind: 'technical', after: 1 },
    ],
  };
  const mark = (id: number, step: number, outcome: 'done' | 'skipped' | 'failed' | 'blocked', at: string): IncidentEvent => ({ id, incidentId: 1, runId: 1, at, recordedAt: at, actor: 'ana', type: 'step', step, outcome, note: '' });

  it('elapsed per step runs from the previous finished step; a failed step holds its dependants; corrections move a mark', () => {
    const events: IncidentEvent[] = [mark(1, 0, 'failed', T(4)), mark(2, 1, 'done', T(9))];
    let state = runState(run, events, Date.parse(T(12)));
    expect(state.steps.map((s) => s.outcome)).toEqual(['failed', 'done', null]);
    expect(state.steps[2]!.waitingFor).toBe(1);
    expect(state.next).toBe(0);
    expect(state.elapsedMs).toBe(12 * 60_000);
    events.push(mark(3, 0, 'done', T(6)), { id: 4, incidentId: 1, runId: 1, at: T(13), recordedAt: T(13), actor: 'ana', type: 'correction', eventId: 3, from: T(6), to: T(5), reason: 'clock' });
    state = runState(run, events, Date.parse(T(14)));
    expect(state.steps.map((s) => s.elapsedMs)).toEqual([5 * 60_000, 4 * 60_000, null]);
    expect(state.next).toBe(2);
    expect(timeline(events, () => true).find((e) => e.id === 3)!.effectiveAt).toBe(T(5));
  });
});
