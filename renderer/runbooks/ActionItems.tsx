import { useState, type FormEvent } from 'react';
import type { ActionItem } from '../../shared/model/ops';
import { useWorkspace } from '../state/workspace';
import { write } from '../state/writes';

/** Follow-ups of the incident: what, who, by when, done. */
export function ActionItems({ incidentId }: { incidentId: number }) {
  const all = useWorkspace((s) => s.ops.actionItems);
  const items = all.filter((a) => a.incidentId === incidentId);
  const [title, setTitle] = useState('');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function add(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const result = await write('actionItem.save', { incidentId, title, owner, due: due || null, done: false }, (a) => `Added action item: ${a.title}.`);
    if (!result.ok) {
      setError(result.error.issues?.[0]?.message ?? result.error.message);
      return;
    }
    setTitle('');
    setOwner('');
    setDue('');
  }

  async function toggle(item: ActionItem, done: boolean) {
    const { id, ...rest } = item;
    const result = await write('actionItem.save', { ...rest, id, done }, (a) => `${a.title}: ${a.done ? 'done' : 'open again'}.`);
    if (!result.ok) setError(result.error.message);
  }

  return (
    <section className="card" aria-labelledby="actions-title">
      <h2 id="actions-title">Action items</h2>
      {items.length === 0 ? (
        <p className="muted">No action items yet. Add what must change so this does not happen again.</p>
      ) : (
        <table className="table compact">
          <caption className="sr-only">Action items</caption>
          <thead>
            <tr><th scope="col">Done</th><th scope="col">Action</th><th scope="col">Owner</th><th scope="col">Due</th></tr>
          </thead>
          <tbody>
            {items.map((a) => (
              <tr key={a.id} className={a.done ? 'done' : undefined}>
                <td><input type="checkbox" checked={a.done} aria-label={`Done: ${a.title}`} onChange={(e) => void toggle(a, e.target.checked)} /></td>
                <td>{a.title}</td>
                <td>{a.owner || <span className="muted">—</span>}</td>
                <td className="num">{a.due ?? <span className="muted">—</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form className="inline-form" onSubmit={(e) => void add(e)} aria-label="Add action item">
        <label className="sr-only" htmlFor="ai-title">Action item</label>
        <input id="ai-title" className="control grow" placeholder="What needs doing" value={title} onChange={(e) => setTitle(e.target.value)} />
        <label className="sr-only" htmlFor="ai-owner">Owner</label>
        <input id="ai-owner" className="control" placeholder="Owner" value={owner} onChange={(e) => setOwner(e.target.value)} />
        <label className="sr-only" htmlFor="ai-due">Due date</label>
        <input id="ai-due" className="control" type="date" value={due} onChange={(e) => setDue(e.target.value)} />
        <button type="submit" className="button">Add action item</button>
      </form>
      {error ? <p className="form-error" role="alert">{error}</p> : null}
    </section>
  );
}
