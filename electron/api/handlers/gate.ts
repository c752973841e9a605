import type { GateResult, ParsedInput } from '../../../shared/api/contract';
import { isoMinute } from '../../../shared/engine/calendar';
import { gateRelease, plannedInterval, releaseSiteIds, type GateReason } from '../../../shared/engine/conflicts';
import type { Release } from '../../../shared/model/plan';
import { loadPlanningInput } from '../../store/load-planning-input';
import { nowOf } from '../../store/write-tx';
import type { HandlerContext } from '../context';
import { requireExisting } from './catalog-checks';
import { approvalReasons } from '../../../shared/engine/governance/gate-approval';
import { releaseApproval } from '../../store/release-governance';

/** A one-off change to one service, as a release the conflict engine can place beside the plan. */
function candidate(input: ParsedInput<'plan.gate'>, id: number, at: string): Release {
  return {
    id, title: 'Pipeline change', type: 'normal', status: 'scheduled', train: '', plannedStart: at, durationMinutes: input.minutes,
    strategy: input.siteId === undefined ? 'big-bang' : 'waves', requester: '', approvers: [],
    services: [{ serviceId: input.serviceId!, how: 'code' }],
    waves: input.siteId === undefined ? [] : [{ name: 'Pipeline', siteIds: [input.siteId], soakMinutes: 0 }],
    rollback: { steps: [], expectedMinutes: 0, tested: true }, dependsOn: [], outcome: null,
  };
}

export function gate(input: ParsedInput<'plan.gate'>, ctx: HandlerContext): GateResult {
  const planning = loadPlanningInput(ctx.db);
  const { catalog, plan } = planning;
  const at = input.at ?? nowOf(ctx).toISOString();
  let release: Release;
  let subject: string;
  // A stored release answers for its change control too; a one-off service change has none to check.
  let changeControl: GateReason[] = [];
  if (input.releaseId !== undefined) {
    const stored = requireExisting(plan.releases.find((r) => r.id === input.releaseId) ?? null, 'release', input.releaseId);
    release = input.at === undefined ? stored : { ...stored, plannedStart: at };
    subject = `"${stored.title}" (#${stored.id})`;
    changeControl = approvalReasons(release, releaseApproval(ctx.db, release), input.at === undefined ? {} : { movedFrom: stored.plannedStart });
  } else {
    const service = requireExisting(catalog.services.find((s) => s.id === input.serviceId) ?? null, 'service', input.serviceId!);
    if (input.siteId !== undefined) requireExisting(catalog.sites.find((s) => s.id === input.siteId) ?? null, 'site', input.siteId);
    release = candidate(input, plan.releases.reduce((max, r) => Math.max(max, r.id), 0) + 1, at);
    subject = `a ${input.minutes}-minute change to ${service.name}`;
  }
  const answer = gateRelease(planning, release, { synthetic: input.releaseId === undefined, changeControl });
  const lookup = { services: new Map(catalog.services.map((s) => [s.id, s])), sites: new Map(catalog.sites.map((s) => [s.id, s])) };
  const interval = plannedInterval(release);
  return {
    ...answer,
    subject,
    sites: releaseSiteIds(release, lookup).map((id) => lookup.sites.get(id)?.name ?? `#${id}`),
    at: interval ? isoMinute(interval.startMs) : at,
    end: interval ? isoMinute(interval.endMs) : at,
  };
}
