import type { ReleaseOutcome } from '../model/governance-enums';
import type { Release } from '../model/plan';

/** A year of closed releases, their approvals and the incidents some caused: the dashboard's first-open history. */
export interface HistoryService { id: number; name: string; tier: 1 | 2 | 3; ownerTeam: string; siteIds: number[] }
export interface HistoryPerson { name: string; role: string; team: string }

export interface HistoryIncident {
  title: string;
  severity: 'SEV1' | 'SEV2' | 'SEV3';
  serviceId: number;
  impactStartedAt: string;
  declaredAt: string;
  mitigatedAt: string;
  resolvedAt: string;
  commander: string;
}

export interface HistoryItem {
  release: Omit<Release, 'id'>;
  approvals: { approver: string; role: string; at: string }[];
  /** The incident this release caused, if any. */
  caused: HistoryIncident | null;
  /** Index of the earlier item whose incident this release fixes (a rework release). */
  fixesItem: number | null;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A small deterministic generator, so the demo's history is the same every time for the same `now`. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CHANGES = ['Patch', 'Configuration change', 'Minor release', 'Integration mapping update', 'Performance fix', 'Dependency upgrade'];
const STANDARD_KINDS = ['Certificate renewal', 'Carrier rate table update', 'Label template change'];

/** 52 weeks of releases before `now`: lead times and failures improve over the year, as a team's would. */
export function demoHistory(now: Date, services: readonly HistoryService[], people: readonly HistoryPerson[]): HistoryItem[] {
  const rand = random(20_260_101);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const engineers = people.filter((p) => p.role === 'engineering');
  const operations = people.filter((p) => p.role === 'operations');
  const managers = people.filter((p) => p.role === 'change-manager' || p.role === 'security');
  const items: HistoryItem[] = [];
  const start = now.getTime() - 364 * DAY;
  for (let week = 0; week < 52; week++) {
    const progress = week / 51;
    const count = 3 + Math.floor(rand() * (3 + progress * 3));
    for (let n = 0; n < count; n++) {
      const service = pick(services);
      const finished = start + week * 7 * DAY + Math.floor(rand() * 5) * DAY + (19 + Math.floor(rand() * 5)) * HOUR;
      if (finished > now.getTime() - DAY) continue;
      const roll = rand();
      // Standard changes only where the tier's default policy pre-approves a kind (none for tier 1).
      const type = roll < 0.1 && service.tier > 1 ? 'standard' : roll < 0.16 && roll >= 0.1 ? 'emergency' : 'normal';
      const leadDays = type === 'emergency' ? rand() * 0.5 : (1 + rand() * 9) * (1.4 - progress * 0.8);
      const failRoll = rand() * (1.25 - progress * 0.5);
      const outcome: ReleaseOutcome = failRoll < 0.04 ? 'failed' : failRoll < 0.09 ? 'rolled-back' : failRoll < 0.12 ? 'hotfix-needed' : failRoll < 0.2 ? 'success-with-issues' : 'success';
      const requester = engineers.find((p) => p.team === service.ownerTeam) ?? pick(engineers);
      const submitted = finished - leadDays * DAY;
      // Whole minutes, as people record times.
      const iso = (ms: number) => new Date(Math.round(ms / 60_000) * 60_000).toISOString();
      const standardKind = service.tier === 2 ? 'Certificate renewal' : pick(STANDARD_KINDS);
      // The change first, then the service: a year of history never crowds out the current releases of the same service.
      const title = `${type === 'standard' ? standardKind : pick(CHANGES)} – ${service.name}`;
      const status = outcome === 'failed' ? 'failed' : outcome === 'rolled-back' ? 'rolled-back' : 'done';
      const release: Omit<Release, 'id'> = {
        title, type, status, train: '', plannedStart: iso(finished - 2 * HOUR), durationMinutes: 60 + Math.floor(rand() * 4) * 30, strategy: 'big-bang',
        requester: requester.name, approvers: [], services: [{ serviceId: service.id, how: pick(['code', 'config'] as const) }], waves: [],
        rollback: { steps: ['Redeploy the previous version'], expectedMinutes: 20, tested: rand() > 0.2 }, dependsOn: [],
        outcome: null, outcomeResult: outcome, standardKind: type === 'standard' ? standardKind : null,
        firstCommitAt: rand() < 0.3 ? iso(submitted - (1 + rand() * 4) * DAY) : null, fixesIncidentId: null,
        submittedAt: iso(submitted), approvedAt: type === 'emergency' ? null : iso(submitted + (finished - submitted) * 0.4), startedAt: iso(finished - 2 * HOUR), finishedAt: iso(finished),
      };
      const approvals: HistoryItem['approvals'] = [];
      const approveAt = iso(type === 'emergency' ? finished + 6 * HOUR : submitted + (finished - submitted) * 0.4);
      // Two recent emergency changes never got their approval afterwards: the dashboard's call to action.
      const missing = type === 'emergency' && week >= 48 && items.filter((i) => i.release.type === 'emergency' && i.approvals.length === 0).length < 2;
      if (type !== 'standard' && !missing) {
        const first = service.tier === 1 ? pick(operations) : pick(managers);
        approvals.push({ approver: first.name, role: first.role, at: approveAt });
        if (service.tier === 1) {
          const second = pick(managers);
          approvals.push({ approver: second.name, role: second.role, at: approveAt });
        }
      }
      release.approvers = approvals.map((a) => a.approver);
      if (type === 'emergency' && approvals.length > 0) release.approvedAt = approveAt;
      const causes = outcome === 'failed' || outcome === 'hotfix-needed' || (outcome === 'rolled-back' && rand() < 0.5);
      const impact = finished + (0.2 + rand()) * HOUR;
      const restoreHours = (0.5 + rand() * 6) * (1.3 - progress * 0.6);
      const caused: HistoryIncident | null = causes
        ? {
            title: `Degraded after a change – ${service.name}`,
            severity: service.tier === 1 ? 'SEV2' : 'SEV3', serviceId: service.id,
            impactStartedAt: iso(impact), declaredAt: iso(impact + 0.25 * HOUR), mitigatedAt: iso(impact + restoreHours * 0.6 * HOUR),
            resolvedAt: iso(impact + restoreHours * HOUR), commander: pick(operations).name,
          }
        : null;
      items.push({ release, approvals, caused, fixesItem: null });
      // A failed change or one needing a hotfix brings an unplanned emergency release a day or two later: rework.
      if (caused && outcome !== 'rolled-back') {
        const fixAt = impact + (1 + rand()) * DAY;
        const fixApprovedAt = iso(Math.min(fixAt + 2 * HOUR, now.getTime() - HOUR));
        const fixers = service.tier === 1 ? [operations[0]!, managers[0]!] : [operations[0]!];
        if (fixAt < now.getTime() - HOUR) {
          items.push({
            release: {
              ...release, title: `Hotfix – ${service.name}`, type: 'emergency', status: 'done', outcomeResult: 'success', standardKind: null, firstCommitAt: null,
              submittedAt: iso(fixAt - 3 * HOUR), approvedAt: fixApprovedAt, startedAt: iso(fixAt - HOUR), finishedAt: iso(fixAt), plannedStart: iso(fixAt - HOUR),
              approvers: fixers.map((p) => p.name),
            },
            approvals: fixers.map((p) => ({ approver: p.name, role: p.role, at: fixApprovedAt })),
            caused: null,
            fixesItem: items.length - 1,
          });
        }
      }
    }
  }
  return items;
}
