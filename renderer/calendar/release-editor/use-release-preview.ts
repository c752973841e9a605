import { useMemo } from 'react';
import type { Conflict } from '../../../shared/engine/conflicts/conflict-types';
import { isActiveStatus } from '../../../shared/engine/conflicts/release-facts';
import { buildRiskContext, releaseRisk, type ReleaseRisk } from '../../../shared/engine/risk/release-risk';
import type { Release, ReleaseInput } from '../../../shared/model/plan';
import { previewConflicts } from '../../state/workspace-sync';
import { blastSummary, pilotWarning, type BlastSummary } from './release-analysis';
import { NEW_RELEASE_ID } from './release-draft';
import { useWorkspace } from '../../state/workspace';

export interface ReleasePreview {
  blast: BlastSummary | null;
  risk: ReleaseRisk;
  /** Null when the engine does not check the release: no planned start, or finished / cancelled. */
  conflicts: Conflict[] | null;
  pilot: ReturnType<typeof pilotWarning>;
}

/**
 * `_basis` is the plan's conflict list: a new list means the renderer's conflict index was rebuilt
 * (a reload, a catalog edit), so the draft's conflicts are asked for again.
 */
function conflictsOf(release: Release, original: Release | null, _basis: readonly Conflict[]): Conflict[] | null {
  if (!release.plannedStart || !isActiveStatus(release.status)) return null;
  return previewConflicts(release, original);
}

/** Everything the side panel shows, computed in the renderer with the pure engine on the unsaved draft. */
export function useReleasePreview(input: ReleaseInput, original: Release | null): ReleasePreview {
  const catalog = useWorkspace((s) => s.catalog);
  const plan = useWorkspace((s) => s.plan);
  const planConflicts = useWorkspace((s) => s.conflicts);
  const ctx = useMemo(() => buildRiskContext({ catalog, plan }), [catalog, plan]);
  const processNames = useMemo(() => new Map(catalog.processes.map((p) => [p.id, p.name])), [catalog]);
  const release = useMemo<Release>(() => ({ ...input, id: original?.id ?? NEW_RELEASE_ID }), [input, original]);
  const serviceKey = input.services.map((s) => s.serviceId).join(',');

  const blast = useMemo(() => blastSummary(ctx.graph, processNames, serviceKey ? serviceKey.split(',').map(Number) : []), [ctx, processNames, serviceKey]);
  const risk = useMemo(() => releaseRisk(release, ctx), [release, ctx]);
  const conflicts = useMemo(() => conflictsOf(release, original, planConflicts), [release, original, planConflicts]);
  const pilot = useMemo(() => pilotWarning(release, ctx.lookup), [release, ctx]);
  return { blast, risk, conflicts, pilot };
}
