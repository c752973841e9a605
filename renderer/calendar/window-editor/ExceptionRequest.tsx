import { closeDialog } from '../../state/dialogs';
import { Dialog } from '../../ui/Dialog';

// Being built: the break-glass exception request dialog.
export function ExceptionRequest(_: { windowId: number; releaseId: number }) {
  return (
    <Dialog title="Request a freeze exception" onClose={closeDialog}>
      <p>Exception requests are not built yet.</p>
    </Dialog>
  );
}
