import { useId, useState } from 'react';
import { requestDelete } from '../state/delete-flow';
import { closeDialog, type DeleteTarget } from '../state/dialogs';
import { Dialog } from '../ui/Dialog';

interface Named {
  name?: unknown;
  title?: unknown;
  strength?: unknown;
}

/** The API's details list what would break (dependents, services, releases); show each by name. */
function affected(details: unknown): string[] {
  if (typeof details !== 'object' || details === null) return [];
  const lists = Object.values(details as Record<string, unknown>).filter(Array.isArray) as unknown[][];
  return lists.flat().flatMap((item) => {
    const n = item as Named;
    const label = typeof n.name === 'string' ? n.name : typeof n.title === 'string' ? `Release ${n.title}` : null;
    if (label === null) return [];
    return [typeof n.strength === 'string' ? `${label} (${n.strength})` : label];
  });
}

/** Asked when the API refused a delete because others rely on the target, and before any plan item is deleted. */
export function ConfirmDelete({ target, message, details }: { target: DeleteTarget; message: string; details: unknown }) {
  const messageId = useId();
  const [busy, setBusy] = useState(false);
  const items = affected(details);

  async function deleteAnyway() {
    setBusy(true);
    await requestDelete(target, true);
    setBusy(false);
  }

  return (
    <Dialog title={`Delete ${target.name}?`} role="alertdialog" describedBy={messageId} onClose={closeDialog} size="small">
      <div className="dialog-body">
        <p id={messageId} className="confirm-message">{message}</p>
        {items.length > 0 ? (
          <>
            <h3 className="subheading" id={`${messageId}-list`}>What would be affected</h3>
            <ul className="affected-list" aria-labelledby={`${messageId}-list`}>
              {items.map((item, i) => (
                <li key={i}>{item}</li>
              ))}
            </ul>
          </>
        ) : null}
        <p className="muted">You can undo the delete afterwards with Undo (Ctrl+Z).</p>
      </div>
      <footer className="dialog-footer">
        <div className="footer-extra" />
        <button type="button" className="button" onClick={closeDialog} data-autofocus="">
          Cancel
        </button>
        <button type="button" className="button danger" disabled={busy} onClick={() => void deleteAnyway()}>
          {target.entity === 'release' || target.entity === 'window' ? 'Delete' : 'Delete anyway'}
        </button>
      </footer>
    </Dialog>
  );
}
