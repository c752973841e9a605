import type { Release } from '../../../shared/model/plan';
import { openDialog } from '../../state/dialogs';
import { notify } from '../../state/notices';
import { write } from '../../state/writes';
import { plural } from '../../../shared/text/plural';
import { duration } from '../../ui/format';
import { zonedRange } from '../../ui/zoned-time';
import { useWorkspace } from '../../state/workspace';

/** Saves a moved, resized or nudged release (one undo step) and says where it landed and what conflicts. */
export async function commitRelease(candidate: Release, original: Release, zone: string): Promise<void> {
  const moved = candidate.plannedStart !== original.plannedStart;
  // write() re-reads the plan before it builds this message, so the conflicts are the new ones.
  const result = await write('release.update', candidate, (r) => {
    const start = Date.parse(r.plannedStart ?? '');
    const what = moved ? `Moved ${r.title} to ${zonedRange(start, start + r.durationMinutes * 60_000, zone)} (${zone}).` : `${r.title} now takes ${duration(r.durationMinutes)}.`;
    const conflicts = useWorkspace.getState().conflictsByRelease.get(r.id) ?? [];
    const outcome = conflicts.length === 0 ? 'No conflicts.' : `${plural(conflicts.length, 'conflict')}: ${conflicts[0]!.message}${conflicts.length > 1 ? ' …' : ''}`;
    return `${what} ${outcome} Ctrl+Z undoes it.`;
  });
  if (!result.ok) notify.error(result.error.message);
}

/** Asks before deleting a release; the API then removes its exceptions and the links others have to it. */
export function confirmDeleteRelease(release: Release): void {
  const dependents = useWorkspace.getState().plan.releases.filter((r) => r.dependsOn.some((d) => d.releaseId === release.id));
  openDialog({
    type: 'confirm-delete',
    target: { entity: 'release', id: release.id, name: release.title },
    message:
      dependents.length === 0
        ? `Delete the release “${release.title}”? Any freeze exceptions filed for it go too.`
        : `Delete the release “${release.title}”? ${plural(dependents.length, 'other release')} depend on it and will lose that link.`,
    details: { releases: dependents.map((r) => ({ title: r.title })) },
  });
}
