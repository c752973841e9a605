import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { FreezeExceptionRecord, PlanWindow } from '../../../shared/model/plan';
import { openDialog } from '../../state/dialogs';
import { write } from '../../state/writes';
import { formErrors, NO_ERRORS } from '../../ui/form-errors';
import { useWorkspace } from '../../state/workspace';

const CLOSED_STATUSES = new Set(['done', 'cancelled', 'failed', 'rolled-back']);

/**
 * For a saved freeze: the break-glass exceptions on file (who asked, why, who approved), approval
 * in place, and for soft freezes a way to request one for a release.
 */
export function WindowExceptions({ window }: { window: PlanWindow }) {
  const id = useId();
  const exceptions = useWorkspace((s) => s.exceptions);
  const releaseById = useWorkspace((s) => s.releaseById);
  const releases = useWorkspace((s) => s.plan.releases);
  const conflicts = useWorkspace((s) => s.conflicts);
  const mine = useMemo(() => exceptions.filter((e) => e.windowId === window.id), [exceptions, window.id]);
  const held = useMemo(
    () => new Set(conflicts.filter((c) => c.evidence.kind === 'soft-freeze-no-exception' && c.evidence.windowId === window.id).flatMap((c) => c.releaseIds)),
    [conflicts, window.id],
  );
  const candidates = useMemo(() => {
    const open = releases.filter((r) => !CLOSED_STATUSES.has(r.status));
    return [...open.filter((r) => held.has(r.id)), ...open.filter((r) => !held.has(r.id)).sort((a, b) => a.title.localeCompare(b.title))];
  }, [releases, held]);
  const [releaseId, setReleaseId] = useState<string>('');
  const chosen = releaseId || String(candidates[0]?.id ?? '');
  const soft = window.severity === 'soft';

  return (
    <section className="we-exceptions span-2" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="we-section-title">
        Exceptions
      </h3>
      {soft ? (
        <p className="field-hint">A release may go ahead inside this soft freeze only with an approved exception: a reason, and an approver who is not the requester.</p>
      ) : (
        <p className="we-hard-note">Hard freezes accept no exceptions. Move the release, or raise it with the CAB as an emergency.</p>
      )}
      {mine.length === 0 ? (
        <p className="we-empty-line">No exceptions on file for this window.</p>
      ) : (
        <ul className="we-exception-list">
          {mine.map((e) => (
            <ExceptionItem key={e.id} exception={e} title={releaseById.get(e.releaseId)?.title ?? `Release #${e.releaseId}`} />
          ))}
        </ul>
      )}
      {soft && candidates.length > 0 ? (
        <div className="we-request-row">
          <div className="field">
            <label htmlFor={`${id}-release`}>Request an exception for</label>
            <select id={`${id}-release`} value={chosen} onChange={(e) => setReleaseId(e.target.value)}>
              {candidates.map((r) => (
                <option key={r.id} value={r.id}>
                  {held.has(r.id) ? `${r.title} (held by this freeze)` : r.title}
                </option>
              ))}
            </select>
          </div>
          <button type="button" className="button" disabled={!chosen} onClick={() => openDialog({ type: 'exception', windowId: window.id, releaseId: Number(chosen) })}>
            Request exception…
          </button>
        </div>
      ) : null}
    </section>
  );
}

function ExceptionItem({ exception, title }: { exception: FreezeExceptionRecord; title: string }) {
  const id = useId();
  const [approving, setApproving] = useState(false);
  const [approver, setApprover] = useState('');
  const [errors, setErrors] = useState(NO_ERRORS);
  const [saving, setSaving] = useState(false);
  const error = errors.fields.approver ?? errors.fields.id ?? errors.message;

  async function approve() {
    setSaving(true);
    const result = await write('exception.approve', { id: exception.id, approver }, (e) => `Approved the exception for ${title} (approver ${e.approver ?? approver}).`);
    setSaving(false);
    if (!result.ok) return setErrors(formErrors(result.error));
    setErrors(NO_ERRORS);
    setApproving(false);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    // Enter approves here rather than saving the whole window.
    if (event.key === 'Enter') {
      event.preventDefault();
      if (!saving) void approve();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      setApproving(false);
    }
  }

  return (
    <li className="we-exception" aria-label={`Exception for ${title}`}>
      <div className="we-exception-head">
        <span className="we-exception-title">{title}</span>
        {exception.approver ? <span className="badge we-approved">Approved</span> : <span className="badge we-awaiting">Awaiting approval</span>}
      </div>
      <p className="we-exception-reason">{exception.reason}</p>
      <p className="we-exception-people">
        Requested by {exception.requester || 'someone unnamed'}
        {exception.approver ? ` · approved by ${exception.approver}${exception.approvedAt ? ` on ${exception.approvedAt.slice(0, 10)}` : ''}` : ''}
      </p>
      {exception.approver ? null : approving ? (
        <div className="we-approve">
          <div className="field">
            <label htmlFor={`${id}-approver`}>Approver</label>
            <input
              id={`${id}-approver`}
              type="text"
              value={approver}
              autoFocus
              autoComplete="off"
              onChange={(e) => setApprover(e.target.value)}
              onKeyDown={onKeyDown}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-error` : `${id}-hint`}
            />
            {error ? (
              <p id={`${id}-error`} className="field-error" role="alert">
                {error}
              </p>
            ) : (
              <p id={`${id}-hint`} className="field-hint">Someone other than {exception.requester || 'the requester'}.</p>
            )}
          </div>
          <button type="button" className="button primary small" disabled={saving} onClick={() => void approve()}>
            {saving ? 'Approving…' : 'Approve'}
          </button>
          <button type="button" className="button ghost small" onClick={() => setApproving(false)}>
            Cancel
          </button>
        </div>
      ) : (
        <button type="button" className="button small" aria-label={`Approve exception for ${title}…`} onClick={() => setApproving(true)}>
          Approve…
        </button>
      )}
    </li>
  );
}
