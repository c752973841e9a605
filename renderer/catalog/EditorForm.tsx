import type { FormEvent, ReactNode } from 'react';
import { closeDialog } from '../state/dialogs';
import { FormError } from '../ui/Field';

interface EditorFormProps {
  onSave(): void;
  saving: boolean;
  message: string | null;
  children: ReactNode;
  /** Extra footer actions on the left, e.g. Delete in an edit dialog. */
  extra?: ReactNode;
  saveLabel?: string;
}

/** The body and footer every editor dialog shares: Enter or "Save" submits, "Cancel" closes. */
export function EditorForm({ onSave, saving, message, children, extra, saveLabel = 'Save' }: EditorFormProps) {
  function submit(event: FormEvent) {
    event.preventDefault();
    if (!saving) onSave();
  }
  return (
    <form className="dialog-form" onSubmit={submit} noValidate>
      <div className="dialog-body">
        <FormError message={message} />
        {children}
      </div>
      <footer className="dialog-footer">
        <div className="footer-extra">{extra}</div>
        <button type="button" className="button" onClick={closeDialog}>
          Cancel
        </button>
        <button type="submit" className="button primary" disabled={saving}>
          {saving ? 'Saving…' : saveLabel}
        </button>
      </footer>
    </form>
  );
}
