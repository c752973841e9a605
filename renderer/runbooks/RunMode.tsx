import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { formatDuration } from '../../shared/engine/incidents/incident-timeline';
import { runState, type StepState } from '../../shared/engine/incidents/run-state';
import { STEP_KIND_LABELS } from '../../shared/model/ops-enums';
import type { StepOutcome } from '../../shared/model/ops';
import { Dialog } from '../ui/Dialog';
import { FormError } from '../ui/Field';
import { useWorkspace } from '../state/workspace';
import { write } from '../state/writes';
import { clock, utc } from './ops-format';
import { useOpsView } from './ops-view';
import { useNow } from './use-now';

const OUTCOME_LABEL: Record<StepOutcome, string> = { done: 'Done', skipped: 'Skipped', failed: 'Failed', blocked: 'Blocked' };
const KEYS: Array<[string, string]> = [['Space', 'done'], ['S', 'skip (with a reason)'], ['F', 'failed'], ['B', 'blocked'], ['N', 'note'], ['J / K', 'next / previous step'], ['Esc', 'back']];

type Prompt = { kind: 'skip' | 'note'; step: number };

function typingOrModal(target: EventTarget | null): boolean {
  if (document.querySelector('dialog[open]')) return true;
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

/** The war room: one run, large, driven from the keyboard; a step shows done only once the workspace has it. */
export function RunMode({ runId }: { runId: number }) {
  const run = useWorkspace((s) => s.ops.runs.find((r) => r.id === runId));
  const events = useWorkspace((s) => s.ops.events);
  const incident = useWorkspace((s) => (run?.incidentId == null ? undefined : s.ops.incidents.find((i) => i.id === run.incidentId)));
  const release = useWorkspace((s) => (run?.releaseId == null ? undefined : s.releaseById.get(run.releaseId)));
  const show = useOpsView((s) => s.show);
  const now = useNow(1000);
  const state = useMemo(() => (run ? runState(run, events, now) : null), [run, events, now]);
  const [cursor, setCursor] = useState<number | null>(null);
  const [pending, setPending] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [prompt, setPrompt] = useState<Prompt | null>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const selected = cursor ?? state?.next ?? 0;

  const back = useCallback(() => show(run?.incidentId != null ? { kind: 'incident', id: run.incidentId } : { kind: 'incidents' }), [run, show]);

  const mark = useCallback(
    async (step: number, outcome: StepOutcome, note = '') => {
      if (!run || pending !== null) return;
      setPending(step);
      setError(null);
      const result = await write('run.mark', { runId: run.id, step, outcome, note }, () => `Step ${step + 1} ${OUTCOME_LABEL[outcome].toLowerCase()}: ${run.steps[step]?.title ?? ''}`);
      setPending(null);
      if (!result.ok) {
        setError(result.error.issues?.[0]?.message ?? result.error.message);
        return;
      }
      // Move on to what is next now; the list keeps the keyboard.
      if (outcome === 'done' || outcome === 'skipped') setCursor(null);
      listRef.current?.focus();
    },
    [run, pending],
  );

  useEffect(() => {
    listRef.current?.focus();
  }, [runId]);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (!state || event.ctrlKey || event.metaKey || event.altKey || typingOrModal(event.target)) return;
      const onControl = event.target instanceof HTMLButtonElement || event.target instanceof HTMLAnchorElement;
      const key = event.key;
      const last = state.steps.length - 1;
      if (key === 'Escape') {
        event.preventDefault();
        back();
      } else if (key === 'j' || key === 'ArrowDown') {
        event.preventDefault();
        setCursor(Math.min(last, selected + 1));
      } else if (key === 'k' || key === 'ArrowUp') {
        event.preventDefault();
        setCursor(Math.max(0, selected - 1));
      } else if (key === ' ' && !onControl) {
        event.preventDefault();
        void mark(selected, 'done');
      } else if (key === 's') {
        event.preventDefault();
        setPrompt({ kind: 'skip', step: selected });
      } else if (key === 'f') {
        event.preventDefault();
        void mark(selected, 'failed');
      } else if (key === 'b') {
        event.preventDefault();
        void mark(selected, 'blocked');
      } else if (key === 'n') {
        event.preventDefault();
        setPrompt({ kind: 'note', step: selected });
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [state, selected, mark, back]);

  useEffect(() => {
    listRef.current?.querySelector('[aria-current="step"]')?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  if (!run || !state) {
    return (
      <div className="empty-inline">
        <p>This run is not in the workspace. Close its tab, or open another run from an incident.</p>
        <button type="button" className="button" onClick={() => show({ kind: 'incidents' })}>Back to incidents</button>
      </div>
    );
  }

  const finishedAt = (s: StepState) => (s.mark && (s.outcome === 'done' || s.outcome === 'skipped') ? Date.parse(s.mark.effectiveAt) : null);
  const previousEnd = Math.max(Date.parse(run.startedAt), ...state.steps.map((s) => finishedAt(s) ?? 0));
  const finishedCount = state.steps.filter((s) => s.outcome === 'done' || s.outcome === 'skipped').length;
  const closed = incident && (incident.status === 'closed' || incident.status === 'cancelled');
  // Notes taken with N name their step (see the prompt below); the run's other notes stay on the timeline.
  const notesOf = (index: number) => {
    const prefix = `Step ${index + 1} (${run.steps[index]?.title ?? ''}): `;
    return state.entries.flatMap((e) => (e.type === 'note' && e.text.startsWith(prefix) ? [{ id: e.id, text: e.text.slice(prefix.length), at: e.effectiveAt }] : []));
  };

  return (
    <section className="run-mode" aria-labelledby="run-title">
      <header className="run-head">
        <div>
          <button type="button" className="button ghost small" onClick={back}>
            ← Back <kbd>Esc</kbd>
          </button>
          <h1 id="run-title" className="run-title">{run.title}</h1>
          <p className="run-sub">
            Run #{run.id} · version {run.runbookVersion} · started {utc(run.startedAt)} by {run.startedBy}
            {incident ? ` · incident: ${incident.severity} ${incident.title}` : ''}
            {release ? ` · rollback of ${release.title}` : ''}
          </p>
        </div>
        <div className="run-clock" role="timer" aria-label="Elapsed time of the run">
          <span className="run-clock-value num">{clock(state.elapsedMs)}</span>
          <span className="run-clock-label">elapsed of {formatDuration(state.expectedMs)} expected · {finishedCount}/{run.steps.length} steps</span>
        </div>
      </header>
      <ul className="run-keys" aria-label="Keyboard">
        {KEYS.map(([k, what]) => (
          <li key={k}><kbd>{k}</kbd> {what}</li>
        ))}
      </ul>
      {closed ? <p className="form-error">The incident is {incident.status}; this run can no longer change.</p> : null}
      {state.finished ? <p className="run-finished" role="status">Every step is finished.</p> : null}
      {error ? <p className="form-error" role="alert">{error}</p> : null}
      <div ref={listRef} className="run-steps-wrap" tabIndex={0} aria-label="Run steps: Space done, S skip, F failed, B blocked, N note, J and K move">
        <ol className="run-steps" aria-label="Steps">
          {state.steps.map((s) => {
            const isNext = state.next === s.index;
            const isSelected = selected === s.index;
            const live = isNext && s.outcome === null ? Math.max(0, now - previousEnd) : null;
            const elapsed = s.elapsedMs ?? live;
            const over = elapsed !== null && elapsed > s.expectedMs;
            const classes = ['run-step', s.outcome ? `outcome-${s.outcome}` : 'open', isNext ? 'next' : '', isSelected ? 'selected' : '', s.waitingFor ? 'waiting' : ''].join(' ');
            return (
              <li key={s.index} className={classes} aria-current={isSelected ? 'step' : undefined} onClick={() => setCursor(s.index)}>
                <span className="run-step-number" aria-hidden="true">{s.index + 1}</span>
                <div className="run-step-main">
                  <div className="run-step-title">
                    <span className="sr-only">Step {s.index + 1}: </span>
                    {s.step.title}
                  </div>
                  <div className="run-step-meta">
                    {s.step.ownerRole ? <span>{s.step.ownerRole}</span> : null}
                    <span className={`badge ${s.step.kind === 'business' ? 'kind-business' : 'neutral'}`}>{STEP_KIND_LABELS[s.step.kind]}</span>
                    {s.step.after !== null ? <span>after step {s.step.after}</span> : null}
                  </div>
                  {s.mark?.type === 'step' && s.mark.note ? <p className="run-step-note">{s.outcome === 'skipped' ? 'Reason: ' : ''}{s.mark.note}</p> : null}
                  {notesOf(s.index).map((n) => (
                    <p key={n.id} className="run-step-note">
                      <span className="muted num">{utc(n.at).slice(11, 16)}</span> {n.text}
                    </p>
                  ))}
                  {isSelected && !closed ? (
                    <div className="run-step-actions" role="group" aria-label={`Mark step ${s.index + 1}`}>
                      <button type="button" className="button small" disabled={pending !== null} onClick={() => void mark(s.index, 'done')}>Done</button>
                      <button type="button" className="button small" disabled={pending !== null} onClick={() => setPrompt({ kind: 'skip', step: s.index })}>Skip…</button>
                      <button type="button" className="button small" disabled={pending !== null} onClick={() => void mark(s.index, 'failed')}>Failed</button>
                      <button type="button" className="button small" disabled={pending !== null} onClick={() => void mark(s.index, 'blocked')}>Blocked</button>
                      <button type="button" className="button small" onClick={() => setPrompt({ kind: 'note', step: s.index })}>Note…</button>
                    </div>
                  ) : null}
                </div>
                <div className="run-step-state">
                  {pending === s.index ? (
                    <span className="badge neutral" role="status">Saving…</span>
                  ) : s.outcome ? (
                    <span className={`badge outcome outcome-${s.outcome}`}>{OUTCOME_LABEL[s.outcome]}</span>
                  ) : s.waitingFor !== null ? (
                    <span className="badge neutral">Waiting for step {s.waitingFor}</span>
                  ) : isNext ? (
                    <span className="badge next-badge">Next</span>
                  ) : null}
                  <span className={`run-step-time num ${over ? 'over' : ''}`}>
                    {elapsed === null ? '—' : clock(elapsed)} <span className="muted">/ {formatDuration(s.expectedMs)}</span>
                  </span>
                </div>
              </li>
            );
          })}
        </ol>
      </div>
      {prompt ? (
        <StepPrompt
          prompt={prompt}
          title={run.steps[prompt.step]?.title ?? ''}
          onClose={() => {
            setPrompt(null);
            requestAnimationFrame(() => listRef.current?.focus());
          }}
          onSubmit={async (text) => {
            if (prompt.kind === 'skip') {
              const result = await write('run.mark', { runId: run.id, step: prompt.step, outcome: 'skipped', note: text }, () => `Step ${prompt.step + 1} skipped.`);
              return result.ok ? null : (result.error.issues?.[0]?.message ?? result.error.message);
            }
            const result = await write('incident.note', { runId: run.id, text: `Step ${prompt.step + 1} (${run.steps[prompt.step]?.title ?? ''}): ${text}` }, () => 'Note added.');
            return result.ok ? null : (result.error.issues?.[0]?.message ?? result.error.message);
          }}
        />
      ) : null}
    </section>
  );
}

function StepPrompt({ prompt, title, onClose, onSubmit }: { prompt: Prompt; title: string; onClose(): void; onSubmit(text: string): Promise<string | null> }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const skip = prompt.kind === 'skip';
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (skip && !text.trim()) {
      setError('A skipped step needs a reason.');
      return;
    }
    const refused = await onSubmit(text);
    if (refused) setError(refused);
    else onClose();
  }
  return (
    <Dialog title={skip ? `Skip step ${prompt.step + 1}` : `Note on step ${prompt.step + 1}`} onClose={onClose} size="small">
      <form className="dialog-form" onSubmit={(e) => void submit(e)} noValidate>
        <div className="dialog-body">
          <FormError message={error} />
          <p>{title}</p>
          <div className="field">
            <label htmlFor="step-prompt">{skip ? 'Reason for skipping (required)' : 'Note'}</label>
            <input id="step-prompt" className="control" data-autofocus="" value={text} onChange={(e) => setText(e.target.value)} aria-invalid={error ? true : undefined} />
          </div>
        </div>
        <footer className="dialog-footer">
          <button type="button" className="button" onClick={onClose}>Cancel</button>
          <button type="submit" className="button primary">{skip ? 'Skip step' : 'Add note'}</button>
        </footer>
      </form>
    </Dialog>
  );
}
