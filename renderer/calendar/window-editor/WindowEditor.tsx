import { useMemo, useRef, useState } from 'react';
import { describeRecurrence } from '../../../shared/engine/calendar/describe-recurrence';
import type { PlanWindow, WindowInput } from '../../../shared/model/plan';
import { EditorForm } from '../../catalog/EditorForm';
import { closeDialog } from '../../state/dialogs';
import { write } from '../../state/writes';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/Field';
import { formErrors, NO_ERRORS, type FormErrors } from '../../ui/form-errors';
import { plural } from '../../../shared/text/plural';
import { utcOffset } from '../../ui/format';
import { DateTimeField, RadioGroup } from './fields';
import { OccurrencePreview } from './OccurrencePreview';
import { RecurrenceFields } from './RecurrenceFields';
import { ScopeFields } from './ScopeFields';
import { WindowExceptions } from './WindowExceptions';
import { ZoneSelect } from './ZoneSelect';
import { fromDraft, repeatFromRule, shiftLocal, toDraft, type Problems, type RepeatDraft, type WindowDraft } from './window-draft';
import { useWorkspace } from '../../state/workspace';

const TYPE_OPTIONS = [
  { value: 'freeze', label: 'Freeze', detail: 'changes in scope are blocked while it lasts' },
  { value: 'maintenance', label: 'Maintenance window', detail: 'the agreed slot; changes in scope outside it are flagged' },
] as const;
const SEVERITY_OPTIONS = [
  { value: 'hard', label: 'Hard', detail: 'nothing ships' },
  { value: 'soft', label: 'Soft', detail: 'only with an approved exception' },
] as const;

/** describeRecurrence names the clock; these read as a sentence's end. */
const clockPhrase = (zone: string) => (zone === 'site' ? "in each site's local time" : `in ${zone} time`);

function minutesBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}:00Z`) - Date.parse(`${a}:00Z`)) / 60_000);
}

export function WindowEditor({ window }: { window: PlanWindow | null }) {
  const [nowMs] = useState(() => Date.now());
  const [draft, setDraft] = useState<WindowDraft>(() => toDraft(window, new Date(nowMs)));
  const [apiErrors, setApiErrors] = useState<FormErrors>(NO_ERRORS);
  const [attempted, setAttempted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const keepRef = useRef<HTMLButtonElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const serviceById = useWorkspace((s) => s.index.serviceById);
  const siteById = useWorkspace((s) => s.index.siteById);
  const lookup = useMemo(() => ({ services: serviceById, sites: siteById }), [serviceById, siteById]);
  const exceptionCount = useWorkspace((s) => (window ? s.exceptions.filter((e) => e.windowId === window.id).length : 0));

  const result = useMemo(() => fromDraft(draft), [draft]);
  const previewWindow = useMemo<PlanWindow>(() => ({ id: window?.id ?? 0, ...result.input }), [window?.id, result.input]);
  // Field errors show once a save was tried, from the live draft, plus what the API said about the last attempt.
  const errors: Problems = { ...(attempted ? result.problems : {}), ...apiErrors.fields };
  const blockers = result.previewable ? [] : timingBlockers(result.problems);
  const sentence = result.previewable ? describeRecurrence(result.input.recurrence, result.input.startLocal, result.input.endLocal, clockPhrase(draft.timeZone)) : null;

  function update(patch: Partial<WindowDraft>) {
    setDraft((d) => ({ ...d, ...patch }));
    setApiErrors(NO_ERRORS);
  }
  const set = <K extends keyof WindowDraft>(key: K) => (value: WindowDraft[K]) => update({ [key]: value } as Partial<WindowDraft>);
  const setRepeat = (patch: Partial<RepeatDraft>) => update({ repeat: { ...draft.repeat, ...patch } });

  /** Moving the start keeps how long the window lasts. */
  function moveStart(date: string, time: string) {
    const before = `${draft.startDate}T${draft.startTime}`;
    const after = `${date}T${time}`;
    const span = minutesBetween(before, `${draft.endDate}T${draft.endTime}`);
    const canKeep = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(before) && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(after) && Number.isFinite(span) && span > 0;
    const end = canKeep ? shiftLocal(date, time, span) : { date: draft.endDate, time: draft.endTime };
    update({ startDate: date, startTime: time, endDate: end.date, endTime: end.time });
  }

  function replaceCustomRule() {
    const guess = draft.customRule ? repeatFromRule(draft.customRule.replace(/;?(BYSETPOS|BYYEARDAY|BYWEEKNO|BYHOUR|BYMINUTE|BYSECOND)=[^;]*/gi, ''), draft.startDate) : null;
    update({ customRule: null, repeat: guess ?? { ...draft.repeat, freq: 'weekly' } });
  }

  async function save() {
    setAttempted(true);
    if (Object.keys(result.problems).length > 0) {
      setApiErrors({ message: 'Check the fields marked below; nothing was saved.', fields: {} });
      return focusFirstInvalid();
    }
    setSaving(true);
    const input: WindowInput = result.input;
    const noun = input.type === 'freeze' ? `${input.severity} freeze` : 'maintenance window';
    const saved = window
      ? await write('window.update', { ...input, id: window.id }, (w) => `Saved ${noun} ${w.name}.`)
      : await write('window.create', input, (w) => `Added ${noun} ${w.name}.`);
    setSaving(false);
    if (!saved.ok) {
      setApiErrors(formErrors(saved.error));
      return focusFirstInvalid();
    }
    closeDialog();
  }

  /** After a failed save, the first marked field gets focus (and comes into view). */
  function focusFirstInvalid() {
    requestAnimationFrame(() => {
      const marked = rootRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
      if (!marked) return;
      const target = marked.matches('input, select, textarea') ? marked : marked.querySelector<HTMLElement>('input, select, textarea');
      marked.scrollIntoView({ block: 'center' });
      target?.focus({ preventScroll: true });
    });
  }

  async function remove() {
    if (!window) return;
    setSaving(true);
    const removed = await write('window.delete', { id: window.id, force: true }, (d) =>
      d.alsoRemoved.length ? `Deleted window ${window.name} and ${plural(d.alsoRemoved.length, 'exception')}.` : `Deleted window ${window.name}.`,
    );
    setSaving(false);
    if (!removed.ok) {
      setConfirmingDelete(false);
      return setApiErrors(formErrors(removed.error));
    }
    closeDialog();
  }

  const deleteControls = window ? (
    confirmingDelete ? (
      <div className="we-confirm" role="group" aria-label="Confirm delete">
        <span>{exceptionCount ? `Delete this window and its ${plural(exceptionCount, 'exception')}?` : 'Delete this window?'}</span>
        <button type="button" className="button danger" disabled={saving} onClick={() => void remove()}>
          Delete
        </button>
        <button type="button" className="button" ref={keepRef} onClick={() => setConfirmingDelete(false)}>
          Keep
        </button>
      </div>
    ) : (
      <button
        type="button"
        className="button danger-ghost"
        onClick={() => {
          setConfirmingDelete(true);
          requestAnimationFrame(() => keepRef.current?.focus());
        }}
      >
        Delete window
      </button>
    )
  ) : null;

  const isFreeze = draft.type === 'freeze';
  const title = window ? `Edit window ${window.name}` : 'Add window';

  return (
    <Dialog title={title} onClose={closeDialog} size="large">
      <EditorForm onSave={() => void save()} saving={saving} message={apiErrors.message} extra={deleteControls} saveLabel="Save">
        <div className="window-editor" ref={rootRef}>
          <div className="we-form">
            <div className="form-grid">
              <TextField className="span-2" label="Name" value={draft.name} onChange={set('name')} error={errors.name} autoFocus placeholder="e.g. Weekend peak freeze" />
              <RadioGroup legend="Type" name="type" value={draft.type} onChange={set('type')} options={TYPE_OPTIONS} error={errors.type} />
              {isFreeze ? (
                <RadioGroup legend="Severity" name="severity" value={draft.severity} onChange={set('severity')} options={SEVERITY_OPTIONS} error={errors.severity} />
              ) : (
                <div className="field">
                  <span className="we-static-label">Severity</span>
                  <p className="field-hint">Maintenance windows have no severity: a change outside them is a warning, never a block.</p>
                </div>
              )}

              <h3 className="we-section-title span-2">When</h3>
              <DateTimeField legend="Starts" noun="Start" date={draft.startDate} time={draft.startTime} onDate={(d) => moveStart(d, draft.startTime)} onTime={(t) => moveStart(draft.startDate, t)} error={errors.startLocal} />
              <DateTimeField
                legend="Ends"
                noun="End"
                date={draft.endDate}
                time={draft.endTime}
                onDate={set('endDate')}
                onTime={set('endTime')}
                error={errors.endLocal}
                hint={draft.repeat.freq !== 'none' || draft.customRule ? 'The end of the first occurrence; every repeat lasts as long.' : undefined}
              />
              <ZoneSelect value={draft.timeZone} onChange={set('timeZone')} error={errors.timeZone} />
              <div className="field we-zone-hint">
                <span className="we-static-label" aria-hidden="true">
                  &nbsp;
                </span>
                <p className="field-hint">
                  {draft.timeZone === 'site'
                    ? 'Wall-clock times: 02:00 means 02:00 at every site, each in its own zone.'
                    : `One moment for every site: ${draft.timeZone} is ${utcOffset(draft.timeZone, new Date(nowMs))} now.`}
                </p>
              </div>

              {draft.customRule ? (
                <div className="we-custom span-2">
                  <span className="we-static-label">Repeats</span>
                  <p className="we-sentence">
                    {result.problems.startLocal || result.problems.endLocal
                      ? 'A rule the form cannot show. Set the start and end to read it in words.'
                      : describeRecurrence(draft.customRule, result.input.startLocal, result.input.endLocal, clockPhrase(draft.timeZone))}
                  </p>
                  <p className="field-hint">This rule was written outside the editor (imported, or from the command line) and uses options the form cannot show. It is kept as it is when you save.</p>
                  <button type="button" className="button small" onClick={replaceCustomRule}>
                    Replace with a simple rule
                  </button>
                </div>
              ) : (
                <RecurrenceFields repeat={draft.repeat} startDate={draft.startDate} onChange={setRepeat} errors={errors} />
              )}

              <ScopeFields scope={draft.scope} onChange={set('scope')} error={errors.scope} />

              <TextField className="span-2" label="Reason" multiline value={draft.reason} onChange={set('reason')} error={errors.reason} hint="Why it exists, for the people whose change it stops: peak season, stock count, month-end close." />

              {window && window.type === 'freeze' ? <WindowExceptions window={window} /> : null}
            </div>
          </div>
          <aside className="we-side">
            <OccurrencePreview
              window={previewWindow}
              lookup={lookup}
              blockers={blockers}
              sentence={sentence}
              nowMs={nowMs}
              onAlignStart={(local) => moveStart(local.slice(0, 10), local.slice(11, 16))}
            />
          </aside>
        </div>
      </EditorForm>
    </Dialog>
  );
}

/** The timing problems that stop the preview, as short instructions. */
function timingBlockers(problems: Problems): string[] {
  const order = ['startLocal', 'endLocal', 'interval', 'weekdays', 'until', 'count', 'recurrence'];
  return order.filter((k) => k in problems).map((k) => problems[k]!);
}
