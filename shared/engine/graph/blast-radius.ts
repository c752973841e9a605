import type { Strength } from '../../model/enums';
import type { AdjacencyRows, DependencyIndex } from './dependency-index';
import { collectMarked, collectMasked, collectTeams, markRow } from './carried-items';
import { roundScore, STRENGTH_FACTOR, TIER_WEIGHT } from './impact-score';

export type BlastDirection = 'downstream' | 'upstream';

export interface BlastRadiusOptions {
  /** downstream: who depends on the sources (who breaks); upstream: what the sources need. */
  direction?: BlastDirection;
  /** Keep services at most this many hops away. Undefined = no limit. */
  maxDepth?: number;
}

export interface ImpactedService {
  serviceId: number;
  tier: number;
  /** Shortest distance from the nearest source, any edge strength. */
  hops: number;
  /** hard: some path of only hard edges (within maxDepth) reaches it, so it fails; soft: it only degrades. */
  strength: Strength;
  /** Length of the shortest all-hard path, or null when the service is only reached softly. */
  hardHops: number | null;
  /** Previous service on one shortest path, to explain "why is this here". */
  viaServiceId: number;
}

export interface ImpactedItem {
  id: number;
  strength: Strength;
}

export interface ImpactedTeam {
  team: string;
  strength: Strength;
}

export interface BlastRadius {
  direction: BlastDirection;
  maxDepth: number | null;
  sourceIds: number[];
  /** In breadth-first order, so by hops (ties in catalog order, deterministic). Sources are not listed. */
  impacted: ImpactedService[];
  /** Sites and processes carried by the sources and impacted services; hard when a failing service carries them. */
  sites: ImpactedItem[];
  processes: ImpactedItem[];
  /** Owner teams to notify, hard-hit teams first. */
  teams: ImpactedTeam[];
  counts: { impacted: number; hard: number; soft: number; tier1: number; tier2: number; tier3: number };
  /** See impact-score.ts for the formula. */
  score: number;
}

/** Pass 1: BFS over hard edges only, stamping hardSeen / hardHops. */
function hardReach(rows: AdjacencyRows, sources: readonly number[], maxDepth: number, index: DependencyIndex, epoch: number): void {
  const { offsets, targets } = rows;
  const { queue, hardSeen, hardHops } = index.scratch;
  let tail = 0;
  for (const source of sources) {
    hardSeen[source] = epoch;
    hardHops[source] = 0;
    queue[tail++] = source;
  }
  for (let head = 0; head < tail; head++) {
    const node = queue[head]!;
    const next = hardHops[node]! + 1;
    if (next > maxDepth) continue;
    for (let e = offsets[node]!, end = offsets[node + 1]!; e < end; e++) {
      const target = targets[e]!;
      if (hardSeen[target] === epoch) continue;
      hardSeen[target] = epoch;
      hardHops[target] = next;
      queue[tail++] = target;
    }
  }
}

/**
 * Blast radius of one or several services failing (or being changed) together; with several
 * sources, hops count from the nearest one.
 *
 * Two BFS passes make the hard/soft split exact: strength comes from a BFS over hard edges only,
 * hops from a BFS over all edges, so a service reached first through a soft edge but also through a
 * longer all-hard path is still 'hard'. With maxDepth, both passes stop at that depth (a hard path
 * longer than maxDepth does not count). Cycles are fine: each pass visits a service once.
 * The second pass does all the bookkeeping as it goes: with a hub as the source it touches every
 * service in the catalog, and one sweep over the data is what keeps that case near a millisecond.
 */
export function blastRadius(index: DependencyIndex, serviceIds: readonly number[], options: BlastRadiusOptions = {}): BlastRadius {
  const direction = options.direction ?? 'downstream';
  const maxDepth = options.maxDepth === undefined ? Number.MAX_SAFE_INTEGER : Math.max(0, Math.floor(options.maxDepth));
  const downstream = direction === 'downstream';
  const s = index.scratch;
  s.epoch = (s.epoch + 1) >>> 0;
  if (s.epoch === 0) {
    // Wrapped after 4 billion queries: clear the stamps once rather than ever confuse epochs.
    for (const marks of [s.seen, s.hardSeen, s.siteMark, s.processMark, s.teamMark]) marks.fill(0);
    s.epoch = 1;
  }
  const epoch = s.epoch;

  const sources = [...new Set(serviceIds.flatMap((id) => index.denseOf.get(id) ?? []))];
  hardReach(downstream ? index.hardDependents : index.hardDependencies, sources, maxDepth, index, epoch);

  const { offsets, targets } = downstream ? index.dependents : index.dependencies;
  const { queue, seen, hops: hopsOf, parent, hardSeen, hardHops, teamMark, teamHard } = s;
  const { serviceIdOf, tiers, teamOf, siteMasks, processMasks } = index;
  s.siteAny.fill(0);
  s.siteHardMask.fill(0);
  s.processAny.fill(0);
  s.processHardMask.fill(0);
  let tail = 0;
  for (const source of sources) {
    seen[source] = epoch;
    hopsOf[source] = 0;
    parent[source] = -1;
    queue[tail++] = source;
  }
  const impacted: ImpactedService[] = [];
  let hardCount = 0;
  let tier1 = 0;
  let tier2 = 0;
  let score = 0;
  for (let head = 0; head < tail; head++) {
    const node = queue[head]!;
    const hops = hopsOf[node]!;
    const isHard = hardSeen[node] === epoch;

    // What this service carries: sites, processes (bit sets when small), owner team.
    if (siteMasks) orMask(siteMasks.bits, siteMasks.words, node, isHard, s.siteAny, s.siteHardMask);
    else markRow(index.serviceSites, node, s.siteMark, s.siteHard, isHard, epoch);
    if (processMasks) orMask(processMasks.bits, processMasks.words, node, isHard, s.processAny, s.processHardMask);
    else markRow(index.serviceProcesses, node, s.processMark, s.processHard, isHard, epoch);
    const team = teamOf[node]!;
    if (team >= 0) {
      if (teamMark[team] !== epoch) {
        teamMark[team] = epoch;
        teamHard[team] = isHard ? 1 : 0;
      } else if (isHard) teamHard[team] = 1;
    }

    if (hops > 0) {
      const tier = tiers[node]!;
      impacted.push({
        serviceId: serviceIdOf[node]!,
        tier,
        hops,
        strength: isHard ? 'hard' : 'soft',
        hardHops: isHard ? hardHops[node]! : null,
        viaServiceId: serviceIdOf[parent[node]!]!,
      });
      if (isHard) hardCount++;
      if (tier === 1) tier1++;
      else if (tier === 2) tier2++;
      score += ((tier === 1 ? TIER_WEIGHT[1] : tier === 2 ? TIER_WEIGHT[2] : TIER_WEIGHT[3]) * (isHard ? STRENGTH_FACTOR.hard : STRENGTH_FACTOR.soft)) / hops;
    }

    const next = hops + 1;
    if (next > maxDepth) continue;
    for (let e = offsets[node]!, end = offsets[node + 1]!; e < end; e++) {
      const target = targets[e]!;
      if (seen[target] === epoch) continue;
      seen[target] = epoch;
      hopsOf[target] = next;
      parent[target] = node;
      queue[tail++] = target;
    }
  }
  const total = impacted.length;

  return {
    direction,
    maxDepth: options.maxDepth === undefined ? null : maxDepth,
    sourceIds: sources.map((node) => serviceIdOf[node]!),
    impacted,
    sites: siteMasks ? collectMasked(index.siteIds, s.siteAny, s.siteHardMask) : collectMarked(index.siteIds, s.siteMark, s.siteHard, epoch),
    processes: processMasks
      ? collectMasked(index.processIds, s.processAny, s.processHardMask)
      : collectMarked(index.processIds, s.processMark, s.processHard, epoch),
    teams: collectTeams(index, epoch),
    counts: { impacted: total, hard: hardCount, soft: total - hardCount, tier1, tier2, tier3: total - tier1 - tier2 },
    score: roundScore(score),
  };
}

function orMask(bits: Uint32Array, words: number, node: number, isHard: boolean, any: Uint32Array, hard: Uint32Array): void {
  for (let w = 0, at = node * words; w < words; w++, at++) {
    const word = bits[at]!;
    if (word === 0) continue;
    any[w]! |= word;
    if (isHard) hard[w]! |= word;
  }
}
