import { useState, type FormEvent } from 'react';
import type { TimelineEntry } from '../../shared/engine/incidents/incident-timeline';
import { describeEntry } from '../../shared/engine/incidents/incident-report';
import type { Incident, Run } from '../../shared/model/ops';
import { Dialog } from '../ui/Dialog';
import { FormError, TextField } from '../ui/Field';
import { write } from '../state/writes';
import { fromUtcInput, toUtcInput, utc } from './ops-format';

const TYPE_LABEL: Record<TimelineEntry['type'], string> = { status: 'Status', step: 'Step', note: 'Note', role: 'Role', run: 'Run', correction: 'Correction' };

/** Every entry of the incident and its runs in time order; corrections shown with the entry they move. */
export function Timeline({ incident, entries, runs }: { incident: Incident; entries: readonly TimelineEntry[]; runs: readonly Run[] }) {
  const runTitle = new Map(runs.map((r) => [r.id, r.title]));
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [correcting, setCorrecting] = useState<TimelineEntry | null>(null);

  async function addNote(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const result = await write('incident.note', { incidentId: incident.id, text: note }, () => 'Note added to the timeline.');
    if (!result.ok) setError(result.error.issues?.[0]?.message ?? result.error.message);
    else setNote('');
  }

  return (
    <section className="card" aria-labelledby="timeline-title">
      <h2 id="timeline-title">Timeline</h2>
      <form className="inline-form" onSubmit={(e) => void addNote(e)}>
        <label htmlFor="timeline-note" className="sr-only">Note</label>
        <input id="timeline-note" className="control grow" placeholder="What happened, what was decided" value={note} onChange={(e) => setNote(e.target.value)} />
        <button type="submit" className="button">Add note</button>
      </form>
      {error ? <p className="form-error" role="alert">{error}</p> : null}
      <ol className="timeline" aria-label="Incident timeline">
        {entries.map((e) => {
          const text = describeEntry(e, runTitle);
          return (
            <li key={e.id} className={`timeline-entry type-${e.type}`}>
              <time dateTime={e.effectiveAt} className="timeline-time num">{utc(e.effectiveAt, true)}</time>
              <div className="timeline-body">
                <span className="badge neutral">{TYPE_LABEL[e.type]}</span> <span className="timeline-text">{text}</span> <span className="muted">by {e.actor}</span>
                {e.corrections.map((c, i) => (
                  <p key={i} className="timeline-correction">
                    Corrected by {c.by} at {utc(c.recordedAt)}: from {utc(c.from, true)} to {utc(c.to, true)}. Reason: {c.reason}
                  </p>
                ))}
              </div>
              <button type="button" className="button small ghost" aria-label={`Correct time of: ${text}`} onClick={() => setCorrecting(e)}>
                Correct time…
              </button>
            </li>
          );
        })}
      </ol>
      {correcting ? <CorrectTime entry={correcting} text={describeEntry(correcting, runTitle)} onClose={() => setCorrecting(null)} /> : null}
    </section>
  );
}

function CorrectTime({ entry, text, onClose }: { entry: TimelineEntry; text: string; onClose(): void }) {
  const [at, setAt] = useState(() => toUtcInput(entry.effectiveAt));
  const [reason, setReason] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});

  async function submit(event: FormEvent) {
    event.preventDefault();
    const iso = fromUtcInput(at);
    if (!iso) {
      setFields({ at: 'Give a date and time (UTC).' });
      return;
    }
    const result = await write('incident.correct', { eventId: entry.id, at: iso, reason }, () => 'Time corrected; the correction is in the timeline.');
    if (result.ok) {
      onClose();
      return;
    }
    setMessage(result.error.message);
    const f: Record<string, string> = {};
    for (const issue of result.error.issues ?? []) f[issue.path.split('.')[0] ?? ''] ??= issue.message;
    setFields(f);
  }

  return (
    <Dialog title="Correct the time" onClose={onClose} size="small">
      <form className="dialog-form" onSubmit={(e) => void submit(e)} noValidate>
        <div className="dialog-body">
          <FormError message={message} />
          <p>{text}</p>
          <p className="muted">Recorded at {utc(entry.at, true)}. The original stays on record; the correction is added to the timeline.</p>
          <div className="field">
            <label htmlFor="correct-at">New time (UTC)</label>
            <input id="correct-at" type="datetime-local" step={1} className="control" data-autofocus="" value={at} onChange={(e) => setAt(e.target.value)} aria-invalid={fields.at ? true : undefined} />
            {fields.at ? <p className="field-error">{fields.at}</p> : null}
          </div>
          <TextField label="Reason" value={reason} onChange={setReason} error={fields.reason} hint="Why the recorded time was wrong, e.g. the step was done before it was logged." />
        </div>
        <footer className="dialog-footer">
          <button type="button" className="button" onClick={onClose}>Cancel</button>
          <button type="submit" className="button primary">Correct time</button>
        </footer>
      </form>
    </Dialog>
  );
}
