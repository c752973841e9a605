import type { Conflict } from '../../../shared/engine/conflicts/conflict-types';
import { pilotConflict } from '../../../shared/engine/conflicts/policy-checks';
import { releaseFacts } from '../../../shared/engine/conflicts/release-facts';
import type { CatalogLookup } from '../../../shared/engine/graph/catalog-lookup';
import { blastRadius } from '../../../shared/engine/graph/blast-radius';
import type { DependencyIndex } from '../../../shared/engine/graph/dependency-index';
import { nameBlastRadius } from '../../../shared/engine/graph/name-blast-radius';
import type { Strength } from '../../../shared/model/enums';
import type { Release } from '../../../shared/model/plan';
import { NEW_RELEASE_ID } from './release-draft';

/** What the side panel says about the touched services' blast radius (downstream: who breaks). */
export interface BlastSummary {
  impacted: number;
  hard: number;
  soft: number;
  tier1: number;
  score: number;
  sites: string[];
  processes: string[];
  /** The most exposed services: hard before soft, then by tier and distance. */
  top: { id: number; name: string; tier: number; strength: Strength; hops: number }[];
}

const TOP = 5;

export function blastSummary(graph: DependencyIndex, processNames: ReadonlyMap<number, string>, serviceIds: readonly number[]): BlastSummary | null {
  if (serviceIds.length === 0) return null;
  const radius = nameBlastRadius(blastRadius(graph, serviceIds, { direction: 'downstream' }), graph.lookup, processNames);
  const byExposure = [...radius.impacted].sort(
    (a, b) => (a.strength === b.strength ? 0 : a.strength === 'hard' ? -1 : 1) || a.tier - b.tier || a.hops - b.hops || a.name.localeCompare(b.name),
  );
  const hardFirst = <T extends { strength: Strength }>(items: readonly T[]) => [...items].sort((a, b) => (a.strength === b.strength ? 0 : a.strength === 'hard' ? -1 : 1));
  return {
    impacted: radius.counts.impacted,
    hard: radius.counts.hard,
    soft: radius.counts.soft,
    tier1: radius.counts.tier1,
    score: radius.score,
    sites: hardFirst(radius.sites).map((s) => s.name),
    processes: hardFirst(radius.processes).map((p) => p.name),
    top: byExposure.slice(0, TOP).map((s) => ({ id: s.serviceId, name: s.name, tier: s.tier, strength: s.strength, hops: s.hops })),
  };
}

/**
 * The engine's pilot-wave rule on the draft, whether or not it is planned yet: the first wave must
 * be a pilot (named pilot or canary, or a single site) and no larger than any later wave.
 */
export function pilotWarning(release: Release, lookup: CatalogLookup): Extract<Conflict['evidence'], { kind: 'pilot-wave-not-first' }> | null {
  // The check only reads the waves; the facts need a start and an active status to exist at all.
  const facts = releaseFacts({ ...release, status: 'draft', plannedStart: release.plannedStart ?? '2000-01-01T00:00:00Z' }, lookup);
  const conflict = facts ? pilotConflict(facts) : null;
  return conflict?.evidence.kind === 'pilot-wave-not-first' ? conflict.evidence : null;
}

/** The warning in words, with what to do about it. */
export function pilotSentence(evidence: NonNullable<ReturnType<typeof pilotWarning>>): string {
  const { firstWave, laterWave, reason } = evidence;
  const sites = (n: number) => `${n} ${n === 1 ? 'site' : 'sites'}`;
  if (reason === 'first-wave-not-pilot') {
    return laterWave
      ? `The pilot “${laterWave.name}” is wave ${laterWave.index + 1}. Move it to the top: the pilot must go first.`
      : `The first wave “${firstWave.name}” covers ${sites(firstWave.siteCount)} and is not a pilot. Start with one site, or name the first wave “Pilot”.`;
  }
  return `The first wave “${firstWave.name}” (${sites(firstWave.siteCount)}) is larger than wave ${(laterWave?.index ?? 0) + 1} “${laterWave?.name ?? ''}” (${sites(laterWave?.siteCount ?? 0)}). Exposure should only grow.`;
}

/** Conflict messages name a release "Title" (#id); a new release has no id yet. */
export function conflictText(message: string): string {
  return message.replaceAll(` (#${NEW_RELEASE_ID})`, '');
}

/** The score as the engine rounds it (to 0.1), without a trailing ".0": 60, 59.6. */
export const scoreText = (score: number) => (Number.isInteger(score) ? String(score) : score.toFixed(1));
