import type { Release } from '../../model/plan';
import { makeConflict, type Conflict } from './conflict-types';
import { releaseLabel, type ReleaseFacts } from './release-facts';
import { samePerson } from '../../text/same-person';

/** tier1-untested-rollback: a tier-1 service is touched and the rollback plan has not been tested. */
export function rollbackConflict(facts: ReleaseFacts): Conflict | null {
  if (facts.release.rollback.tested) return null;
  const tier1 = facts.services.filter((service) => service.tier === 1);
  if (tier1.length === 0) return null;
  const names = tier1.map((service) => service.name).join(', ');
  const message = `${releaseLabel(facts.release)} changes tier-1 ${names} without a tested rollback plan.`;
  return makeConflict('tier1-untested-rollback', [facts.id], '', message, { kind: 'tier1-untested-rollback', serviceIds: tier1.map((s) => s.id) });
}

/** self-approval: the requester is among the approvers (the same person by samePerson). */
export function selfApprovalConflict(facts: ReleaseFacts): Conflict | null {
  const requester = facts.release.requester.trim();
  if (!requester) return null;
  const same = facts.release.approvers.some((approver) => samePerson(approver, requester));
  if (!same) return null;
  const message = `${releaseLabel(facts.release)} is approved by its own requester, ${requester}.`;
  return makeConflict('self-approval', [facts.id], '', message, { kind: 'self-approval', requester });
}

const PILOT_NAME = /\b(pilot|canary)\b/i;

/**
 * pilot-wave-not-first, for strategy 'waves'. The first wave must be a pilot: named "pilot" or
 * "canary", or covering exactly one site (a single-site first wave is a pilot whatever its name).
 * It must also be no larger than any later wave: exposure grows, it never shrinks after the start.
 * Reported once per release; "not a pilot" takes precedence over "larger than a later wave".
 */
export function pilotConflict(facts: ReleaseFacts): Conflict | null {
  return pilotWaveProblem(facts.release, (evidence, message) =>
    makeConflict('pilot-wave-not-first', [facts.id], '', `${releaseLabel(facts.release)}: ${message}`, evidence),
  );
}

function pilotWaveProblem(
  release: Release,
  report: (evidence: Extract<Conflict['evidence'], { kind: 'pilot-wave-not-first' }>, message: string) => Conflict,
): Conflict | null {
  if (release.strategy !== 'waves' || release.waves.length === 0) return null;
  const waves = release.waves.map((wave, index) => ({ index, name: wave.name, siteCount: new Set(wave.siteIds).size }));
  const first = waves[0]!;
  const later = waves.slice(1);
  const firstWave = { name: first.name, siteCount: first.siteCount };
  const firstIsPilot = PILOT_NAME.test(first.name) || first.siteCount === 1;
  if (!firstIsPilot) {
    const laterPilot = later.find((wave) => PILOT_NAME.test(wave.name)) ?? null;
    const message = laterPilot
      ? `the pilot wave "${laterPilot.name}" is wave ${laterPilot.index + 1}, not the first.`
      : `the first wave "${first.name}" covers ${first.siteCount} sites and is not a pilot.`;
    return report({ kind: 'pilot-wave-not-first', reason: 'first-wave-not-pilot', firstWave, laterWave: laterPilot }, message);
  }
  const smaller = later.filter((wave) => wave.siteCount < first.siteCount).sort((a, b) => a.siteCount - b.siteCount || a.index - b.index)[0];
  if (!smaller) return null;
  const message = `the first wave "${first.name}" (${first.siteCount} sites) is larger than wave ${smaller.index + 1} "${smaller.name}" (${smaller.siteCount}).`;
  return report({ kind: 'pilot-wave-not-first', reason: 'first-wave-larger', firstWave, laterWave: smaller }, message);
}
