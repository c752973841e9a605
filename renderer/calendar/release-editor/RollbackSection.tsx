import { useRef, type ClipboardEvent, type KeyboardEvent } from 'react';
import { SelectField, TextField } from '../../ui/Field';
import { useWorkspace } from '../../state/workspace';
import { duration } from '../../ui/format';
import { Icon } from '../../ui/Icon';
import type { SectionProps } from './BasicsSection';
import { nextKey, type StepDraft } from './release-draft';
import { Section } from './Section';

/** The rollback plan: ordered steps, how long it takes, and whether it was tested. */
export function RollbackSection({ draft, update, errors }: SectionProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  const runbooks = useWorkspace((s) => s.ops.runbooks);
  const steps = draft.steps;
  const setSteps = (next: StepDraft[]) => update({ steps: next });
  const focusStep = (key: number | null) =>
    requestAnimationFrame(() => rootRef.current?.querySelector<HTMLElement>(key === null ? '.re-add-step' : `[data-step-key="${key}"] input`)?.focus());

  function insertAfter(index: number, texts: string[] = ['']) {
    const added = texts.map((text) => ({ key: nextKey(), text }));
    setSteps([...steps.slice(0, index + 1), ...added, ...steps.slice(index + 1)]);
    focusStep(added[added.length - 1]?.key ?? null);
  }

  function remove(index: number, toPrevious = false) {
    setSteps(steps.filter((_, i) => i !== index));
    const neighbour = toPrevious ? (steps[index - 1] ?? steps[index + 1]) : (steps[index + 1] ?? steps[index - 1]);
    focusStep(neighbour?.key ?? null);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>, index: number) {
    if (event.key === 'Enter') {
      event.preventDefault();
      insertAfter(index);
    } else if (event.key === 'Backspace' && event.currentTarget.value === '' && steps.length > 0) {
      event.preventDefault();
      remove(index, true);
    }
  }

  /** Pasting several lines makes one step per line. */
  function onPaste(event: ClipboardEvent<HTMLInputElement>, index: number) {
    const lines = event.clipboardData.getData('text').split(/\r?\n/).map((l) => l.replace(/^\s*(\d+[.)]|[-*•])\s*/, '').trim()).filter(Boolean);
    if (lines.length < 2) return;
    event.preventDefault();
    const [first = '', ...rest] = lines;
    const current = steps[index];
    if (!current) return;
    const merged = steps.map((s, i) => (i === index ? { ...s, text: s.text ? `${s.text} ${first}` : first } : s));
    const added = rest.map((text) => ({ key: nextKey(), text }));
    setSteps([...merged.slice(0, index + 1), ...added, ...merged.slice(index + 1)]);
    focusStep(added[added.length - 1]?.key ?? current.key);
  }

  const minutes = /^\d+$/.test(draft.rollbackMinutes.trim()) ? Number(draft.rollbackMinutes) : null;
  return (
    <Section title="Rollback" aside={<span className="re-count">{steps.length}</span>}>
      <div ref={rootRef} className="re-stack">
        <p className="field-hint re-section-hint">What to do, in order, if it goes wrong. Enter adds the next step; pasting a list makes one step per line.</p>
        {steps.length ? (
          <ol className="re-steps" aria-label="Rollback steps">
            {steps.map((step, i) => (
              <li key={step.key} data-step-key={step.key} className="re-step">
                <span className="re-step-number" aria-hidden="true">{i + 1}</span>
                <input
                  type="text"
                  className="control"
                  autoComplete="off"
                  aria-label={`Rollback step ${i + 1}`}
                  value={step.text}
                  placeholder="e.g. Switch the feature flag off"
                  onChange={(e) => setSteps(steps.map((s, j) => (j === i ? { ...s, text: e.target.value } : s)))}
                  onKeyDown={(e) => onKeyDown(e, i)}
                  onPaste={(e) => onPaste(e, i)}
                />
                <button type="button" className="icon-button" aria-label={`Remove rollback step ${i + 1}`} title="Remove step" onClick={() => remove(i)}>
                  <Icon name="close" size={14} />
                </button>
              </li>
            ))}
          </ol>
        ) : (
          <p className="re-empty">No rollback steps yet.</p>
        )}
        <button type="button" className="button small re-add-step" onClick={() => insertAfter(steps.length - 1)}>
          <Icon name="plus" size={14} />
          Add step
        </button>
        <div className="form-grid re-rollback-grid">
          <TextField
            label="Expected minutes to roll back"
            type="number"
            inputMode="numeric"
            value={draft.rollbackMinutes}
            onChange={(rollbackMinutes) => update({ rollbackMinutes })}
            error={errors['rollback.expectedMinutes'] ?? errors.rollback}
            hint={minutes ? `About ${duration(minutes)}.` : 'How long until the old version is back.'}
          />
          <SelectField
            label="Rollback runbook"
            value={draft.rollbackRunbookId === null ? '' : String(draft.rollbackRunbookId)}
            onChange={(v) => update({ rollbackRunbookId: v === '' ? null : Number(v) })}
            options={[{ value: '', label: 'None' }, ...[...runbooks].sort((a, b) => a.title.localeCompare(b.title)).map((r) => ({ value: String(r.id), label: r.title }))]}
            error={errors['rollback.runbookId']}
            hint="Run from the release's drawer with Start rollback run."
          />
          <div className="field re-tested">
            <label className="re-check">
              <input type="checkbox" checked={draft.tested} onChange={(e) => update({ tested: e.target.checked })} />
              <span>Rollback tested</span>
            </label>
            <p className="field-hint">Rehearsed end to end, e.g. in staging. An untested rollback on a tier-1 service blocks the release.</p>
          </div>
        </div>
      </div>
    </Section>
  );
}
