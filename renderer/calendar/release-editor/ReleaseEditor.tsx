import type { Release } from '../../../shared/model/plan';
import { closeDialog } from '../../state/dialogs';
import { Dialog } from '../../ui/Dialog';

// Being built: the release editor dialog.
export function ReleaseEditor({ release }: { release: Release | null; plannedStart?: string; serviceIds?: number[] }) {
  return (
    <Dialog title={release ? `Edit release ${release.title}` : 'Add release'} onClose={closeDialog}>
      <p>The release editor is not built yet.</p>
    </Dialog>
  );
}
