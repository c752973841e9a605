import { useMemo, useState, type ReactNode } from 'react';
import { describeRecurrence } from '../../../shared/engine/calendar/describe-recurrence';
import type { PlanWindow, Release } from '../../../shared/model/plan';
import { EditorForm } from '../../catalog/EditorForm';
import { closeDialog } from '../../state/dialogs';
import { write } from '../../state/writes';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/Field';
import { formErrors, NO_ERRORS } from '../../ui/form-errors';
import { useWorkspace } from '../../state/workspace';
import { samePerson as isSamePerson } from '../../../shared/text/same-person';

const samePerson = (a: string, b: string) => a.trim() !== '' && isSamePerson(a, b);
const clockPhrase = (zone: string) => (zone === 'site' ? "in each site's local time" : `in ${zone} time`);

/** A break-glass exception to a soft freeze for one release: a reason, a requester, and optionally an approver. */
export function ExceptionRequest({ windowId, releaseId }: { windowId: number; releaseId: number }) {
  const window = useWorkspace((s) => s.windowById.get(windowId));
  const release = useWorkspace((s) => s.releaseById.get(releaseId));
  const title = 'Request a freeze exception';

  if (!window || !release) {
    return (
      <Refusal title={title}>
        <p>{!window ? 'That window no longer exists.' : 'That release no longer exists.'} Nothing needs an exception.</p>
      </Refusal>
    );
  }
  if (window.type !== 'freeze') {
    return (
      <Refusal title={title}>
        <Facts window={window} release={release} />
        <p className="we-refusal">{window.name} is a maintenance window, not a freeze: it takes no exceptions.</p>
      </Refusal>
    );
  }
  if (window.severity === 'hard') {
    return (
      <Refusal title={title}>
        <Facts window={window} release={release} />
        <p className="we-refusal">
          <strong>Hard freezes accept no exceptions.</strong> Move {release.title} out of {window.name}, or raise it with the CAB as an emergency change.
        </p>
      </Refusal>
    );
  }
  return <RequestForm window={window} release={release} />;
}

function Refusal({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Dialog title={title} onClose={closeDialog}>
      <div className="dialog-body">{children}</div>
      <footer className="dialog-footer">
        <div className="footer-extra" />
        <button type="button" className="button primary" onClick={closeDialog} data-autofocus="">
          Close
        </button>
      </footer>
    </Dialog>
  );
}

function describeWindow(window: PlanWindow): string {
  try {
    return describeRecurrence(window.recurrence, window.startLocal, window.endLocal, clockPhrase(window.timeZone));
  } catch {
    return `${window.startLocal} – ${window.endLocal}`;
  }
}

function Facts({ window, release }: { window: PlanWindow; release: Release }) {
  const when = describeWindow(window);
  return (
    <dl className="we-facts">
      <dt>Freeze</dt>
      <dd>
        <span className="we-fact-main">{window.name}</span>
        <span className={`badge ${window.severity === 'hard' ? 'strength-hard' : 'strength-soft'}`}>{window.severity === 'hard' ? 'Hard' : 'Soft'}</span>
        <span className="we-fact-detail">{when}</span>
      </dd>
      <dt>Release</dt>
      <dd>
        <span className="we-fact-main">{release.title}</span>
        <span className="we-fact-detail">{release.plannedStart ? `Planned ${release.plannedStart.slice(0, 16).replace('T', ' ')} UTC` : 'Not planned yet'}</span>
      </dd>
    </dl>
  );
}

function RequestForm({ window, release }: { window: PlanWindow; release: Release }) {
  const exceptions = useWorkspace((s) => s.exceptions);
  const onFile = useMemo(() => exceptions.filter((x) => x.windowId === window.id && x.releaseId === release.id), [exceptions, window.id, release.id]);
  const [reason, setReason] = useState('');
  const [requester, setRequester] = useState(release.requester);
  const [approver, setApprover] = useState('');
  const [errors, setErrors] = useState(NO_ERRORS);
  const [saving, setSaving] = useState(false);
  const selfApproval = samePerson(approver, requester) ? 'The approver cannot be the requester' : undefined;
  const e = errors.fields;

  async function submit() {
    const missing: Record<string, string> = {};
    if (!reason.trim()) missing.reason = 'Give the reason for the exception';
    if (!requester.trim()) missing.requester = 'Name who requests the exception';
    if (selfApproval) missing.approver = selfApproval;
    if (Object.keys(missing).length) return setErrors({ message: 'Check the fields marked below; nothing was recorded.', fields: missing });
    setSaving(true);
    const result = await write('exception.request', { windowId: window.id, releaseId: release.id, reason, requester, approver: approver.trim() || null }, (x) =>
      x.approver ? `Recorded an approved exception for ${release.title} in ${window.name} (approver ${x.approver}).` : `Requested an exception for ${release.title} in ${window.name}; it awaits approval.`,
    );
    setSaving(false);
    if (!result.ok) return setErrors(formErrors(result.error));
    closeDialog();
  }

  const clear = (field: string) => setErrors((x) => ({ message: null, fields: Object.fromEntries(Object.entries(x.fields).filter(([k]) => k !== field)) }));

  return (
    <Dialog title="Request a freeze exception" onClose={closeDialog}>
      <EditorForm onSave={() => void submit()} saving={saving} message={errors.message ?? errors.fields.windowId ?? null} saveLabel={approver.trim() ? 'Record approved exception' : 'Request exception'}>
        <Facts window={window} release={release} />
        {onFile.length ? (
          <p className="we-on-file">
            {onFile.some((x) => x.approver)
              ? `An approved exception is already on file for this release (approved by ${onFile.find((x) => x.approver)!.approver}).`
              : `A request is already on file for this release and awaits approval; approve it from the window's editor.`}
          </p>
        ) : null}
        <div className="form-grid single">
          <TextField
            label="Reason"
            multiline
            value={reason}
            onChange={(v) => {
              setReason(v);
              clear('reason');
            }}
            error={e.reason}
            hint="Why it cannot wait until the freeze ends, and what makes it safe."
            autoFocus
          />
          <TextField
            label="Requester"
            value={requester}
            onChange={(v) => {
              setRequester(v);
              clear('requester');
            }}
            error={e.requester}
          />
          <TextField
            label="Approver (optional)"
            value={approver}
            onChange={(v) => {
              setApprover(v);
              clear('approver');
            }}
            error={selfApproval ?? e.approver}
            hint="Someone other than the requester. Leave empty to record the request; it can be approved later from the window's editor."
          />
        </div>
      </EditorForm>
    </Dialog>
  );
}
