import type { Dependency } from '../../model/catalog';
import { degreeOf, neighbourEdges, type DependencyIndex } from '../graph/dependency-index';
import { isoMinute } from '../calendar/wall-clock';
import { makeConflict, type Conflict } from './conflict-types';
import type { IntervalList } from './interval-list';
import { releaseLabel, type ReleaseFacts } from './release-facts';

export interface OverlapContext {
  readonly facts: ReadonlyMap<number, ReleaseFacts>;
  /** Interval list per service, by dense service index (see DependencyIndex). */
  readonly byNode: ReadonlyArray<IntervalList | undefined>;
  readonly all: IntervalList;
  readonly graph: DependencyIndex;
}

/** Above this many neighbours, scanning the releases running at the same time beats scanning neighbours. */
const HUB_DEGREE = 24;

/**
 * same-service-overlap and related-service-overlap between `facts` and the other releases with an
 * id above `minOtherId` (the full recompute passes its own id so each pair is found once; an
 * incremental update passes 0: ids are positive). Related services are the one-hop parents and children.
 * Written without per-edge closures: this runs for every touched service of every release.
 */
export function overlapConflicts(facts: ReleaseFacts, ctx: OverlapContext, minOtherId: number): Conflict[] {
  const out: Conflict[] = [];
  const ids: number[] = [];
  const { graph } = ctx;
  for (const service of facts.services) {
    const list = ctx.byNode[graph.denseOf.get(service.id)!];
    if (!list || !list.anyOverlap(facts, facts.id, minOtherId)) continue;
    ids.length = 0;
    list.collect(facts.startMs, facts.endMs, ids);
    for (const otherId of ids) {
      if (otherId !== facts.id && otherId > minOtherId) out.push(sameServiceConflict(facts, ctx.facts.get(otherId)!, service));
    }
  }
  let concurrent: ReleaseFacts[] | null = null;
  for (const service of facts.services) {
    const node = graph.denseOf.get(service.id)!;
    if (degreeOf(graph, node) > HUB_DEGREE) {
      // A hub (the ERP, a shared database): look at the few releases running at the same time instead.
      if (!concurrent) {
        ids.length = 0;
        ctx.all.collect(facts.startMs, facts.endMs, ids);
        concurrent = ids.filter((id) => id !== facts.id && id > minOtherId).map((id) => ctx.facts.get(id)!);
      }
      const neighbours = neighbourEdges(graph, node);
      for (const other of concurrent) {
        for (const otherService of other.services) {
          const edges = neighbours.get(graph.denseOf.get(otherService.id)!);
          if (edges) for (const dependency of edges) out.push(relatedConflict(facts, other, dependency, ctx));
        }
      }
      continue;
    }
    for (let pass = 0; pass < 2; pass++) {
      const rows = pass === 0 ? graph.dependents : graph.dependencies;
      for (let e = rows.offsets[node]!, end = rows.offsets[node + 1]!; e < end; e++) {
        const list = ctx.byNode[rows.targets[e]!];
        // Usually nobody else changes the neighbour then: answer that without collecting.
        if (!list || !list.anyOverlap(facts, facts.id, minOtherId)) continue;
        ids.length = 0;
        list.collect(facts.startMs, facts.endMs, ids);
        for (const otherId of ids) {
          if (otherId !== facts.id && otherId > minOtherId) out.push(relatedConflict(facts, ctx.facts.get(otherId)!, graph.dependencyById.get(rows.edgeIds[e]!)!, ctx));
        }
      }
    }
  }
  return out;
}

function overlapOf(a: ReleaseFacts, b: ReleaseFacts): { startMs: number; endMs: number } {
  return { startMs: Math.max(a.startMs, b.startMs), endMs: Math.min(a.endMs, b.endMs) };
}

function sameServiceConflict(facts: ReleaseFacts, other: ReleaseFacts, service: { id: number; name: string }): Conflict {
  const overlap = overlapOf(facts, other);
  // Lower id first, so the text is the same whichever release found the conflict.
  const [a, b] = facts.id < other.id ? [facts, other] : [other, facts];
  const message = `${releaseLabel(a.release)} and ${releaseLabel(b.release)} both change ${service.name} at the same time (${isoMinute(overlap.startMs)} - ${isoMinute(overlap.endMs)}).`;
  return makeConflict('same-service-overlap', [facts.id, other.id], `service=${service.id}`, message, { kind: 'same-service-overlap', serviceId: service.id, overlap });
}

function relatedConflict(facts: ReleaseFacts, other: ReleaseFacts, dependency: Dependency, ctx: OverlapContext): Conflict {
  // When both releases touch both ends, the lower release id is named on the 'from' side, so the
  // evidence does not depend on which side discovered the conflict.
  const mineFrom = touches(facts, dependency.fromId) && touches(other, dependency.toId);
  const otherFrom = touches(other, dependency.fromId) && touches(facts, dependency.toId);
  const fromRelease = mineFrom && otherFrom ? Math.min(facts.id, other.id) : mineFrom ? facts.id : other.id;
  const [from, to] = fromRelease === facts.id ? [facts, other] : [other, facts];
  const overlap = overlapOf(facts, other);
  const name = (serviceId: number) => ctx.graph.services[ctx.graph.denseOf.get(serviceId)!]!.name;
  const message = `${releaseLabel(from.release)} changes ${name(dependency.fromId)} while ${releaseLabel(to.release)} changes ${name(dependency.toId)}, which it depends on (${dependency.strength}), at the same time (${isoMinute(overlap.startMs)} - ${isoMinute(overlap.endMs)}).`;
  return makeConflict('related-service-overlap', [facts.id, other.id], `dependency=${dependency.id}`, message, {
    kind: 'related-service-overlap',
    dependencyId: dependency.id,
    fromServiceId: dependency.fromId,
    toServiceId: dependency.toId,
    strength: dependency.strength,
    fromReleaseId: from.id,
    toReleaseId: to.id,
    overlap,
  });
}

function touches(facts: ReleaseFacts, serviceId: number): boolean {
  return facts.services.some((service) => service.id === serviceId);
}
