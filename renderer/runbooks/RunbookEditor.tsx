import { useState, type FormEvent } from 'react';
import { STEP_KINDS, STEP_KIND_LABELS } from '../../shared/model/ops-enums';
import type { Runbook } from '../../shared/model/ops';
import { ServiceChips } from '../catalog/ServiceChips';
import { Dialog } from '../ui/Dialog';
import { FormError, TextField } from '../ui/Field';
import { Icon } from '../ui/Icon';
import { write } from '../state/writes';
import { useOpsView } from './ops-view';

type Kind = (typeof STEP_KINDS)[number];
interface StepDraft {
  key: number;
  title: string;
  details: string;
  ownerRole: string;
  minutes: string;
  kind: Kind;
  /** The key of the step it waits for, so reordering keeps the link. */
  afterKey: number | null;
}

let keys = 0;
const newStep = (): StepDraft => ({ key: ++keys, title: '', details: '', ownerRole: '', minutes: '5', kind: 'technical', afterKey: null });

/** Edit a runbook (saving makes a new version, one undo step) or write a new one. */
export function RunbookEditor({ runbook, onClose }: { runbook: Runbook | null; onClose(): void }) {
  const show = useOpsView((s) => s.show);
  const [title, setTitle] = useState(runbook?.title ?? '');
  const [summary, setSummary] = useState(runbook?.summary ?? '');
  const [serviceIds, setServiceIds] = useState<number[]>(runbook?.serviceIds ?? []);
  const [steps, setSteps] = useState<StepDraft[]>(() => {
    const drafts = (runbook?.steps ?? []).map((s) => ({ ...newStep(), title: s.title, details: s.details, ownerRole: s.ownerRole, minutes: String(s.expectedMinutes), kind: s.kind }));
    (runbook?.steps ?? []).forEach((s, i) => {
      if (s.after !== null && drafts[s.after - 1]) drafts[i]!.afterKey = drafts[s.after - 1]!.key;
    });
    return drafts.length ? drafts : [newStep()];
  });
  const [message, setMessage] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});

  const patch = (key: number, change: Partial<StepDraft>) => setSteps(steps.map((s) => (s.key === key ? { ...s, ...change } : s)));
  const move = (index: number, by: -1 | 1) => {
    const next = [...steps];
    const [item] = next.splice(index, 1);
    if (!item) return;
    next.splice(index + by, 0, item);
    setSteps(next);
  };
  const remove = (key: number) => setSteps(steps.filter((s) => s.key !== key).map((s) => (s.afterKey === key ? { ...s, afterKey: null } : s)));

  async function save(event: FormEvent) {
    event.preventDefault();
    const local: Record<string, string> = {};
    steps.forEach((s, i) => {
      if (!/^\d+$/.test(s.minutes.trim())) local[`steps.${i}.expectedMinutes`] = 'Use whole minutes.';
    });
    if (Object.keys(local).length) {
      setFields(local);
      setMessage('Check the highlighted fields.');
      return;
    }
    const position = new Map(steps.map((s, i) => [s.key, i + 1]));
    const input = {
      title, summary, serviceIds,
      steps: steps.map((s) => ({ title: s.title, details: s.details, ownerRole: s.ownerRole, expectedMinutes: Number(s.minutes), kind: s.kind, after: s.afterKey === null ? null : (position.get(s.afterKey) ?? null) })),
    };
    const result = runbook
      ? await write('runbook.update', { ...input, id: runbook.id }, (r) => `Saved ${r.title}, version ${r.version}.`)
      : await write('runbook.create', input, (r) => `Added runbook ${r.title}.`);
    if (!result.ok) {
      setMessage(result.error.message);
      const f: Record<string, string> = {};
      for (const issue of result.error.issues ?? []) f[issue.path] ??= issue.message;
      setFields(f);
      return;
    }
    onClose();
    show({ kind: 'runbooks', id: result.value.id });
  }

  return (
    <Dialog title={runbook ? `Edit runbook: ${runbook.title}` : 'New runbook'} onClose={onClose} size="large">
      <form className="dialog-form runbook-editor" onSubmit={(e) => void save(e)} noValidate>
        <div className="dialog-body">
          <FormError message={message} />
          <TextField label="Title" value={title} onChange={setTitle} error={fields.title} autoFocus />
          <TextField label="Summary" multiline value={summary} onChange={setSummary} error={fields.summary} />
          <ServiceChips
            label="Add a service this runbook restores" listLabel="Services of this runbook" value={serviceIds} onChange={setServiceIds} error={fields.serviceIds}
            empty="No services yet: runbooks for an incident’s failing services are offered first."
          />
          {fields.steps ? <p className="field-error">{fields.steps}</p> : null}
          <ol className="editor-steps" aria-label="Steps">
            {steps.map((s, i) => {
              const n = i + 1;
              const err = (field: string) => fields[`steps.${i}.${field}`];
              return (
                <li key={s.key} className="editor-step">
                  <fieldset>
                    <legend>Step {n}</legend>
                    <div className="editor-step-grid">
                      <TextField label={`Step ${n} title`} value={s.title} onChange={(v) => patch(s.key, { title: v })} error={err('title')} className="span-2" />
                      <TextField label={`Step ${n} owner role`} value={s.ownerRole} onChange={(v) => patch(s.key, { ownerRole: v })} error={err('ownerRole')} />
                      <TextField label={`Step ${n} expected minutes`} type="number" inputMode="numeric" value={s.minutes} onChange={(v) => patch(s.key, { minutes: v })} error={err('expectedMinutes')} />
                      <div className="field">
                        <label htmlFor={`kind-${s.key}`}>Step {n} kind</label>
                        <select id={`kind-${s.key}`} className="control" value={s.kind} onChange={(e) => patch(s.key, { kind: e.target.value as Kind })}>
                          {STEP_KINDS.map((k) => <option key={k} value={k}>{STEP_KIND_LABELS[k]}</option>)}
                        </select>
                      </div>
                      <div className="field">
                        <label htmlFor={`after-${s.key}`}>Step {n} waits for</label>
                        <select id={`after-${s.key}`} className="control" value={s.afterKey ?? ''} aria-invalid={err('after') ? true : undefined} onChange={(e) => patch(s.key, { afterKey: e.target.value ? Number(e.target.value) : null })}>
                          <option value="">No earlier step</option>
                          {steps.map((o, j) => (o.key !== s.key ? <option key={o.key} value={o.key}>After step {j + 1}</option> : null))}
                        </select>
                        {err('after') ? <p className="field-error">{err('after')}</p> : null}
                      </div>
                      <TextField label={`Step ${n} details (Markdown)`} multiline value={s.details} onChange={(v) => patch(s.key, { details: v })} error={err('details')} className="span-2" />
                    </div>
                    <div className="editor-step-actions">
                      <button type="button" className="button small" disabled={i === 0} aria-label={`Move step ${n} up`} onClick={() => move(i, -1)}><Icon name="up" size={14} /></button>
                      <button type="button" className="button small" disabled={i === steps.length - 1} aria-label={`Move step ${n} down`} onClick={() => move(i, 1)}><Icon name="down" size={14} /></button>
                      <button type="button" className="button small danger-ghost" disabled={steps.length === 1} aria-label={`Remove step ${n}`} onClick={() => remove(s.key)}><Icon name="trash" size={14} /></button>
                    </div>
                  </fieldset>
                </li>
              );
            })}
          </ol>
          <button type="button" className="button small" onClick={() => setSteps([...steps, newStep()])}>
            <Icon name="plus" size={14} />
            Add step
          </button>
        </div>
        <footer className="dialog-footer">
          <button type="button" className="button" onClick={onClose}>Cancel</button>
          <button type="submit" className="button primary">{runbook ? 'Save new version' : 'Add runbook'}</button>
        </footer>
      </form>
    </Dialog>
  );
}
