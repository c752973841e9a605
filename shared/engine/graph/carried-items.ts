import type { AdjacencyRows, DependencyIndex } from './dependency-index';
import type { ImpactedItem, ImpactedTeam } from './blast-radius';

/**
 * Sites, processes and teams reached by a blast radius. Small sets are OR-ed bit masks; large ones
 * (more than MAX_MASK_BITS sites, say) are epoch-stamped marks. Either way hard wins over soft.
 */
export function markRow(rows: AdjacencyRows, node: number, marks: Uint32Array, hardOf: Uint8Array, isHard: boolean, epoch: number): void {
  for (let e = rows.offsets[node]!, end = rows.offsets[node + 1]!; e < end; e++) {
    const target = rows.targets[e]!;
    if (marks[target] !== epoch) {
      marks[target] = epoch;
      hardOf[target] = isHard ? 1 : 0;
    } else if (isHard) hardOf[target] = 1;
  }
}

export function collectMasked(ids: Int32Array, any: Uint32Array, hardMask: Uint32Array): ImpactedItem[] {
  const out: ImpactedItem[] = [];
  for (let i = 0; i < ids.length; i++) {
    const bit = 1 << (i & 31);
    if (any[i >>> 5]! & bit) out.push({ id: ids[i]!, strength: hardMask[i >>> 5]! & bit ? 'hard' : 'soft' });
  }
  return out.sort((a, b) => a.id - b.id);
}

export function collectMarked(ids: Int32Array, mark: Uint32Array, hard: Uint8Array, epoch: number): ImpactedItem[] {
  const out: ImpactedItem[] = [];
  for (let i = 0; i < ids.length; i++) {
    if (mark[i] === epoch) out.push({ id: ids[i]!, strength: hard[i] === 1 ? 'hard' : 'soft' });
  }
  return out.sort((a, b) => a.id - b.id);
}

/** Owner teams to notify, hard-hit teams first, then by name. */
export function collectTeams(index: DependencyIndex, epoch: number): ImpactedTeam[] {
  const out: ImpactedTeam[] = [];
  const s = index.scratch;
  index.teams.forEach((team, i) => {
    if (s.teamMark[i] === epoch) out.push({ team, strength: s.teamHard[i] === 1 ? 'hard' : 'soft' });
  });
  return out.sort((a, b) => (a.strength === b.strength ? (a.team < b.team ? -1 : a.team > b.team ? 1 : 0) : a.strength === 'hard' ? -1 : 1));
}
