import { useEffect, useRef } from 'react';

export type FooterAsk = null | 'delete' | 'discard';

interface ReleaseFooterProps {
  ask: FooterAsk;
  canDelete: boolean;
  saving: boolean;
  dirty: boolean;
  onAsk(ask: FooterAsk): void;
  onDelete(): void;
  onDiscard(): void;
  onCancel(): void;
  /** A new release only: save it and submit it for approval in one step. */
  onCreateSubmit(): void;
}

/**
 * Save and Cancel, Delete for a stored release; deleting and closing with unsaved changes each ask
 * first, in place, with the safe choice focused.
 */
export function ReleaseFooter({ ask, canDelete, saving, dirty, onAsk, onDelete, onDiscard, onCancel, onCreateSubmit }: ReleaseFooterProps) {
  const safeRef = useRef<HTMLButtonElement>(null);
  const footerRef = useRef<HTMLElement>(null);
  const returnTo = useRef<Element | null>(null);
  useEffect(() => {
    if (!ask) return;
    returnTo.current = document.activeElement;
    safeRef.current?.focus();
  }, [ask]);

  /** Back to where the user was (or the footer's first button when that is gone). */
  function keep() {
    onAsk(null);
    requestAnimationFrame(() => {
      const back = returnTo.current;
      const inDialog = back instanceof HTMLElement && back.isConnected && back.closest('dialog') !== null;
      (inDialog ? back : footerRef.current?.querySelector('button'))?.focus();
    });
  }

  if (ask === 'discard') {
    return (
      <footer className="dialog-footer re-footer-ask" role="group" aria-label="Unsaved changes" ref={footerRef}>
        <p className="footer-extra" role="alert">You have unsaved changes. Close without saving?</p>
        <button type="button" className="button danger" onClick={onDiscard}>
          Discard changes
        </button>
        <button type="button" className="button primary" ref={safeRef} onClick={keep}>
          Keep editing
        </button>
      </footer>
    );
  }

  return (
    <footer className="dialog-footer" ref={footerRef}>
      <div className="footer-extra">
        {canDelete ? (
          ask === 'delete' ? (
            <div className="re-confirm" role="group" aria-label="Confirm delete">
              <span role="alert">Delete this release? Its freeze exceptions and the links other releases have to it go too.</span>
              <button type="button" className="button danger small" disabled={saving} onClick={onDelete}>
                Delete
              </button>
              <button type="button" className="button small" ref={safeRef} onClick={keep}>
                Keep
              </button>
            </div>
          ) : (
            <button type="button" className="button danger-ghost" onClick={() => onAsk('delete')}>
              Delete release
            </button>
          )
        ) : null}
      </div>
      {dirty ? <span className="re-dirty">Unsaved changes</span> : null}
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
      {canDelete ? null : (
        <button type="button" className="button" disabled={saving} onClick={onCreateSubmit}>
          Create and submit
        </button>
      )}
      <button type="submit" className="button primary" disabled={saving}>
        {saving ? 'Saving…' : canDelete ? 'Save' : 'Save as draft'}
      </button>
    </footer>
  );
}
