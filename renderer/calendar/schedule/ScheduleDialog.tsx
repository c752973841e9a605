import { closeDialog } from '../../state/dialogs';
import { Dialog } from '../../ui/Dialog';

// Being built: auto-schedule with progress, diff and apply.
export function ScheduleDialog(_: { releaseIds: number[] }) {
  return (
    <Dialog title="Auto-schedule" onClose={closeDialog}>
      <p>Auto-schedule is not built yet.</p>
    </Dialog>
  );
}
