import { closeDialog } from '../state/dialogs';
import { Dialog } from '../ui/Dialog';
import { PoliciesSection } from './PoliciesSection';
import { ProfilesSection } from './ProfilesSection';

/** Who may act in this workspace, and what each service tier's approval policy asks of a change. */
export function ProfilesDialog() {
  return (
    <Dialog title="Profiles & approval policy" onClose={closeDialog} size="large">
      <div className="dialog-form">
        <div className="dialog-body gov-body">
          <p className="muted">
            A desktop app has no login: each person is a local profile, chosen under “Acting as”. The host records the acting profile on every write and checks approvals against it.
          </p>
          <ProfilesSection />
          <PoliciesSection />
        </div>
        <footer className="dialog-footer">
          <div className="footer-extra" />
          <button type="button" className="button" onClick={closeDialog}>
            Close
          </button>
        </footer>
      </div>
    </Dialog>
  );
}
