import type { PlanWindow } from '../../../shared/model/plan';
import { closeDialog } from '../../state/dialogs';
import { Dialog } from '../../ui/Dialog';

// Being built: the freeze and maintenance window editor.
export function WindowEditor({ window }: { window: PlanWindow | null }) {
  return (
    <Dialog title={window ? `Edit window ${window.name}` : 'Add window'} onClose={closeDialog}>
      <p>The window editor is not built yet.</p>
    </Dialog>
  );
}
