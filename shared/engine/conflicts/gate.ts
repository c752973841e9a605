import type { Release } from '../../model/plan';
import { formatLocal } from '../calendar/wall-clock';
import { instantToWall } from '../calendar/zone-offsets';
import { ConflictIndex, type ConflictInput } from './conflict-index';
import type { Conflict, ConflictType } from './conflict-types';
import { releaseLabel } from './release-facts';

/** How a CI/CD pipeline reads a conflict: a hard stop, a soft freeze needing an exception, or a note. */
export type GateSeverity = 'hard' | 'soft' | 'blocking' | 'warning' | 'note';
export type GateVerdict = 'allowed' | 'blocked' | 'needs-exception';

export interface GateReason {
  severity: GateSeverity;
  /** A conflict's type, or a change-control finding (approvals, a closed release). */
  type: ConflictType | 'not-approved' | 'emergency-unapproved' | 'closed';
  message: string;
}

export interface GateAnswer {
  verdict: GateVerdict;
  /** 0 allowed, 3 blocked, 4 only a soft freeze stands in the way (the CLI's exit codes). */
  exitCode: 0 | 3 | 4;
  reasons: GateReason[];
}

/** Another release's change counts as "the service is being changed then" once it is committed to. */
const COMMITTED: readonly Release['status'][] = ['approved', 'scheduled', 'in-progress'];

/** Rules about a release's own paperwork, which a synthetic candidate does not have. */
const PAPERWORK: readonly ConflictType[] = ['tier1-untested-rollback', 'self-approval', 'pilot-wave-not-first'];

const local = (ms: number, zone: string) => `${formatLocal(instantToWall(ms, zone)).replace('T', ' ')} ${zone}`;

interface Names {
  service(id: number): string;
  site(id: number): string;
  release(id: number): Release | undefined;
}

function describe(conflict: Conflict, subjectId: number, names: Names): string {
  const e = conflict.evidence;
  if (e.kind === 'hard-freeze' || e.kind === 'soft-freeze-no-exception') {
    const hard = e.kind === 'hard-freeze';
    const spans = [...new Set(e.occurrences.map((o) => `${local(o.startMs, o.zone)} to ${local(o.endMs, o.zone)}`))];
    const where = e.siteIds.length ? ` (${e.siteIds.map(names.site).join(', ')})` : '';
    const rule = hard ? 'no change is allowed' : 'a change needs an approved exception';
    const rejected = e.rejectedExceptions?.length ? ` Exceptions on file do not count: ${e.rejectedExceptions.join('; ')}` : '';
    return `${hard ? 'Hard' : 'Soft'} freeze "${e.windowName}" (${rule}): ${spans.join('; ')} local time${where}.${rejected}`;
  }
  if (e.kind === 'same-service-overlap') {
    const other = names.release(conflict.releaseIds.find((id) => id !== subjectId) ?? -1);
    const when = `${new Date(e.overlap.startMs).toISOString().slice(0, 16)}Z to ${new Date(e.overlap.endMs).toISOString().slice(0, 16)}Z`;
    return other
      ? `${names.service(e.serviceId)} is being changed by "${other.title}" (#${other.id}, ${other.status}) (${when}).`
      : conflict.message;
  }
  return conflict.message;
}

function severityOf(conflict: Conflict, subjectId: number, names: Names): GateSeverity {
  if (conflict.type === 'hard-freeze') return 'hard';
  if (conflict.type === 'soft-freeze-no-exception') return 'soft';
  if (conflict.type === 'same-service-overlap') {
    const other = names.release(conflict.releaseIds.find((id) => id !== subjectId) ?? -1);
    return other && COMMITTED.includes(other.status) ? 'blocking' : 'note';
  }
  return conflict.severity === 'blocking' ? 'blocking' : 'note';
}

/**
 * The pipeline's answer for one release, from the same conflict engine the calendar uses, so an
 * approved freeze exception lets it through exactly where the calendar shows none. `release` may be
 * a stored one (possibly moved) or a candidate not in the plan; a candidate (`synthetic`) is not held
 * to paperwork rules it cannot have met.
 */
export function gateRelease(input: ConflictInput, release: Release, opts: { synthetic: boolean; changeControl?: readonly GateReason[] }): GateAnswer {
  const index = new ConflictIndex(input);
  index.update(release);
  const lookup = { services: new Map(input.catalog.services.map((s) => [s.id, s])), sites: new Map(input.catalog.sites.map((s) => [s.id, s])) };
  const releases = new Map(input.plan.releases.map((r) => [r.id, r]));
  const names: Names = {
    service: (id) => lookup.services.get(id)?.name ?? `service #${id}`,
    site: (id) => lookup.sites.get(id)?.name ?? `site #${id}`,
    release: (id) => releases.get(id),
  };
  const conflicts: GateReason[] = index
    .forRelease(release.id)
    .filter((c) => !(opts.synthetic && PAPERWORK.includes(c.type)))
    .map((c) => ({ severity: severityOf(c, release.id, names), type: c.type, message: describe(c, release.id, names) }))
    // A candidate has no title of its own to be named by.
    .map((r) => (opts.synthetic ? { ...r, message: r.message.replace(releaseLabel(release), 'The change') } : r));
  const reasons = [...conflicts, ...(opts.changeControl ?? [])];
  const blocked = reasons.some((r) => r.severity === 'hard' || r.severity === 'blocking');
  const soft = reasons.some((r) => r.severity === 'soft');
  return blocked ? { verdict: 'blocked', exitCode: 3, reasons } : soft ? { verdict: 'needs-exception', exitCode: 4, reasons } : { verdict: 'allowed', exitCode: 0, reasons };
}
