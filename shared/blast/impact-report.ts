import type { BlastDirection, BlastRadius } from '../engine/graph/blast-radius';
import { impactContribution, roundScore } from '../engine/graph/impact-score';
import type { Strength } from '../model/enums';
import type { Catalog } from '../model/catalog';
import type { Plan } from '../model/plan';
import { isOffHours, localTimeIn } from './local-time';
import { upcomingReleases } from './upcoming';

export type BlastMode = 'change' | 'incident';

export interface ReportService {
  id: number;
  name: string;
  tier: number;
  kind: string;
  ownerTeam: string;
  hops: number;
  strength: Strength;
  viaName: string;
}

export interface ReportSite {
  id: number;
  name: string;
  region: string;
  timeZone: string;
  localTime: string;
  offHours: boolean;
  strength: Strength;
}

export interface ScorePart {
  tier: number;
  strength: Strength;
  services: number;
  points: number;
}

/** Everything the impact panel and the Markdown export show, with names, from one engine result. */
export interface ImpactReport {
  mode: BlastMode;
  direction: BlastDirection;
  maxDepth: number | null;
  sources: Array<{ id: number; name: string; tier: number }>;
  services: ReportService[];
  counts: BlastRadius['counts'];
  score: number;
  scoreParts: ScorePart[];
  sites: ReportSite[];
  processes: Array<{ id: number; name: string; strength: Strength }>;
  teams: Array<{ team: string; strength: Strength }>;
  releases: Array<{ id: number; title: string; plannedStart: string; status: string }>;
}

const byStrength = <T extends { strength: Strength }>(a: T, b: T) => (a.strength === b.strength ? 0 : a.strength === 'hard' ? -1 : 1);

export function buildImpactReport(catalog: Catalog, plan: Pick<Plan, 'releases'>, radius: BlastRadius, nowMs: number, mode: BlastMode): ImpactReport {
  const services = new Map(catalog.services.map((s) => [s.id, s]));
  const sites = new Map(catalog.sites.map((s) => [s.id, s]));
  const processes = new Map(catalog.processes.map((p) => [p.id, p]));
  const nameOf = (id: number) => services.get(id)?.name ?? `#${id}`;

  const parts = new Map<string, ScorePart>();
  for (const i of radius.impacted) {
    const key = `${i.tier}-${i.strength}`;
    const part = parts.get(key) ?? { tier: i.tier, strength: i.strength, services: 0, points: 0 };
    part.services += 1;
    part.points += impactContribution(i.tier, i.strength, i.hops);
    parts.set(key, part);
  }
  const involved = new Set([...radius.sourceIds, ...radius.impacted.map((i) => i.serviceId)]);

  return {
    mode,
    direction: radius.direction,
    maxDepth: radius.maxDepth,
    sources: radius.sourceIds.map((id) => ({ id, name: nameOf(id), tier: services.get(id)?.tier ?? 3 })),
    services: radius.impacted.map((i) => {
      const s = services.get(i.serviceId);
      return { id: i.serviceId, name: nameOf(i.serviceId), tier: i.tier, kind: s?.kind ?? 'unclassified', ownerTeam: s?.ownerTeam ?? '', hops: i.hops, strength: i.strength, viaName: nameOf(i.viaServiceId) };
    }),
    counts: radius.counts,
    score: radius.score,
    scoreParts: [...parts.values()].map((p) => ({ ...p, points: roundScore(p.points) })).sort((a, b) => a.tier - b.tier || byStrength(a, b)),
    sites: radius.sites
      .map((item) => {
        const site = sites.get(item.id);
        const zone = site?.timeZone ?? 'UTC';
        const local = localTimeIn(zone, nowMs);
        return { id: item.id, name: site?.name ?? `#${item.id}`, region: site?.region ?? '', timeZone: zone, localTime: local.text, offHours: isOffHours(local.hour), strength: item.strength };
      })
      .sort(byStrength),
    processes: radius.processes.map((p) => ({ id: p.id, name: processes.get(p.id)?.name ?? `#${p.id}`, strength: p.strength })).sort(byStrength),
    teams: radius.teams,
    releases: upcomingReleases(plan, involved, nowMs).map((r) => ({ id: r.id, title: r.title, plannedStart: r.plannedStart!, status: r.status })),
  };
}
