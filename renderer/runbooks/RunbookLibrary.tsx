import { useRef, useState, type ChangeEvent } from 'react';
import { formatDuration } from '../../shared/engine/incidents/incident-timeline';
import { STEP_KIND_LABELS } from '../../shared/model/ops-enums';
import type { Runbook } from '../../shared/model/ops';
import { plural } from '../../shared/text/plural';
import { call } from '../api/client';
import { notify } from '../state/notices';
import { useWorkspace } from '../state/workspace';
import { write } from '../state/writes';
import { downloadText } from '../ui/download';
import { Icon } from '../ui/Icon';
import { Markdown } from './markdown';
import { utc } from './ops-format';
import { useOpsView } from './ops-view';
import { RunbookEditor } from './RunbookEditor';

/** The runbook library: every runbook, one in detail, the editor, Markdown import and export. */
export function RunbookLibrary({ selectedId }: { selectedId: number | null }) {
  const runbooks = useWorkspace((s) => s.ops.runbooks);
  const serviceById = useWorkspace((s) => s.index.serviceById);
  const show = useOpsView((s) => s.show);
  const [editing, setEditing] = useState<Runbook | 'new' | null>(null);
  const [importError, setImportError] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState<number | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const sorted = [...runbooks].sort((a, b) => a.title.localeCompare(b.title));
  const selected = runbooks.find((r) => r.id === selectedId) ?? sorted[0] ?? null;
  const names = (ids: readonly number[]) => ids.map((id) => serviceById.get(id)?.name ?? `#${id}`).join(', ');

  async function onImport(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setImportError(null);
    const result = await write('runbook.importMarkdown', { text: await file.text() }, (r) => `Imported ${r.title} (version ${r.version}).`);
    if (!result.ok) setImportError(result.error.message);
    else show({ kind: 'runbooks', id: result.value.id });
  }

  async function onExport(runbook: Runbook) {
    const result = await call('runbook.exportMarkdown', { id: runbook.id });
    if (!result.ok) {
      notify.error(result.error.message);
      return;
    }
    downloadText(result.value.fileName, result.value.text, 'text/markdown');
    notify.status(`Saved ${result.value.fileName}.`);
  }

  async function onDelete(runbook: Runbook) {
    setConfirmDelete(null);
    const result = await write('runbook.delete', { id: runbook.id }, (d) => `Deleted runbook ${runbook.title}${d.alsoRemoved.length ? ` and ${d.alsoRemoved.join(', ')}` : ''}. Ctrl+Z brings it back.`);
    if (!result.ok) notify.error(result.error.message);
    else show({ kind: 'runbooks', id: null });
  }

  return (
    <section className="ops-panel" aria-labelledby="library-title">
      <header className="page-header">
        <div>
          <h1 id="library-title">Runbook library</h1>
          <p className="page-lede">Restore and rollback procedures, step by step, with owners and expected minutes. Editing makes a new version; past runs keep theirs. Ctrl+Z undoes an edit.</p>
        </div>
        <div className="page-actions">
          <button type="button" className="button" onClick={() => fileRef.current?.click()}>
            <Icon name="upload" />
            Import Markdown…
          </button>
          <input ref={fileRef} type="file" accept=".md,.markdown,text/markdown,text/plain" hidden aria-label="Markdown runbook file" onChange={(e) => void onImport(e)} />
          <button type="button" className="button primary" onClick={() => setEditing('new')}>
            <Icon name="plus" />
            New runbook
          </button>
        </div>
      </header>
      {importError ? <p className="form-error" role="alert">{importError}</p> : null}
      {sorted.length === 0 ? (
        <div className="empty-inline">
          <p>No runbooks yet. Choose <strong>New runbook</strong>, or import one written in Markdown (a <code>#</code> title, then a <code>##</code> heading per step).</p>
        </div>
      ) : (
        <div className="library">
          <div className="table-wrap library-list">
            <table className="table ops-table">
              <caption className="sr-only">Runbooks</caption>
              <thead>
                <tr><th scope="col">Runbook</th><th scope="col">Services</th><th scope="col" className="align-end">Steps</th><th scope="col" className="align-end">Version</th></tr>
              </thead>
              <tbody>
                {sorted.map((r) => (
                  <tr key={r.id} className={r.id === selected?.id ? 'selected' : undefined}>
                    <td>
                      <button type="button" className="link" onClick={() => show({ kind: 'runbooks', id: r.id })}>{r.title}</button>
                    </td>
                    <td className="muted">{names(r.serviceIds) || '—'}</td>
                    <td className="align-end num">{r.steps.length}</td>
                    <td className="align-end num">{r.version}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {selected ? (
            <article className="card runbook-detail" aria-labelledby="runbook-title">
              <header className="runbook-head">
                <div>
                  <h2 id="runbook-title">{selected.title}</h2>
                  <p className="muted">
                    Version {selected.version}, edited {utc(selected.updatedAt)} · {plural(selected.steps.length, 'step')} · about {formatDuration(selected.steps.reduce((n, s) => n + s.expectedMinutes, 0) * 60_000)}
                  </p>
                </div>
                <div className="page-actions">
                  <button type="button" className="button" onClick={() => setEditing(selected)}>
                    <Icon name="edit" size={14} />
                    Edit
                  </button>
                  <button type="button" className="button" onClick={() => void onExport(selected)}>
                    <Icon name="download" size={14} />
                    Export Markdown
                  </button>
                  {confirmDelete === selected.id ? (
                    <span role="group" aria-label="Confirm delete" className="confirm-inline">
                      <span>Delete it? Past runs keep their steps.</span>
                      <button type="button" className="button small danger" onClick={() => void onDelete(selected)}>Delete</button>
                      <button type="button" className="button small" onClick={() => setConfirmDelete(null)}>Keep</button>
                    </span>
                  ) : (
                    <button type="button" className="button danger-ghost" onClick={() => setConfirmDelete(selected.id)}>
                      <Icon name="trash" size={14} />
                      Delete
                    </button>
                  )}
                </div>
              </header>
              {selected.summary ? <p>{selected.summary}</p> : null}
              <p><strong>Services:</strong> {names(selected.serviceIds) || 'none'}</p>
              <ol className="runbook-steps" aria-label="Steps">
                {selected.steps.map((s, i) => (
                  <li key={i} className="runbook-step">
                    <div className="runbook-step-head">
                      <strong>{i + 1}. {s.title}</strong>
                      <span className="run-step-meta">
                        {s.ownerRole ? <span>{s.ownerRole}</span> : null}
                        <span>{s.expectedMinutes} min</span>
                        <span className={`badge ${s.kind === 'business' ? 'kind-business' : 'neutral'}`}>{STEP_KIND_LABELS[s.kind]}</span>
                        {s.after !== null ? <span>after step {s.after}</span> : null}
                      </span>
                    </div>
                    <Markdown text={s.details} />
                  </li>
                ))}
              </ol>
            </article>
          ) : null}
        </div>
      )}
      {editing ? <RunbookEditor runbook={editing === 'new' ? null : editing} onClose={() => setEditing(null)} /> : null}
    </section>
  );
}
