import { useId, useState, type FormEvent } from 'react';
import type { ImportReport, RowError } from '../../shared/api/import-report';
import { closeDialog } from '../state/dialogs';
import { notify } from '../state/notices';
import { useUi } from '../state/ui';
import { Dialog } from '../ui/Dialog';
import { IMPORT_KINDS, rejectedRows, reportSentence, runImport, type ImportKind, type Severity } from './import-kinds';
import { ImportRejected, ImportSucceeded } from './ImportResult';
import { receiveChanges } from '../state/workspace-sync';

const SEVERITY_CHOICES: { id: Severity; label: string }[] = [
  { id: 'soft', label: 'Soft: a change needs an approved exception' },
  { id: 'hard', label: 'Hard: no change is allowed' },
];

type Outcome = { type: 'done'; report: ImportReport } | { type: 'rejected'; message: string; rows: RowError[] } | { type: 'failed'; message: string } | null;

export function ImportDialog() {
  const id = useId();
  const [kind, setKind] = useState<ImportKind>('services-csv');
  const [files, setFiles] = useState<File[]>([]);
  const [inputKey, setInputKey] = useState(0);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [severity, setSeverity] = useState<Severity>('soft');
  const [createMissing, setCreateMissing] = useState(false);
  const info = IMPORT_KINDS.find((k) => k.id === kind) ?? IMPORT_KINDS[0];

  function chooseKind(next: ImportKind) {
    setKind(next);
    setFiles([]);
    setInputKey((k) => k + 1);
    setOutcome(null);
    setFileError(null);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (files.length === 0) return setFileError(info?.multiple ? 'Choose at least one file to import.' : 'Choose a file to import.');
    setBusy(true);
    setOutcome(null);
    const texts = await Promise.all(files.map(async (f) => ({ name: f.name, text: await f.text() })));
    const result = await runImport(kind, texts, { severity, createMissing });
    setBusy(false);
    if (result.ok) {
      if (kind === 'workspace-json') useUi.getState().selectService(null);
      if (result.changes) await receiveChanges(result.changes);
      notify.status(reportSentence(result.value));
      setOutcome({ type: 'done', report: result.value });
    } else if (result.error.code === 'IMPORT_REJECTED') {
      setOutcome({ type: 'rejected', message: result.error.message, rows: rejectedRows(result.error) });
    } else {
      setOutcome({ type: 'failed', message: result.error.message });
    }
  }

  return (
    <Dialog title="Import into the catalog" onClose={closeDialog}>
      <form className="dialog-form" onSubmit={(e) => void submit(e)} noValidate>
        <div className="dialog-body">
          <fieldset className="field radios">
            <legend>What are you importing?</legend>
            {IMPORT_KINDS.map((k) => (
              <label key={k.id} className="radio">
                <input type="radio" name="import-kind" value={k.id} checked={kind === k.id} onChange={() => chooseKind(k.id)} data-autofocus={kind === k.id ? '' : undefined} />
                <span>{k.label}</span>
              </label>
            ))}
          </fieldset>
          <p className="field-hint import-hint">{info?.hint}</p>
          {kind === 'ics' ? (
            <fieldset className="field radios">
              <legend>The calendar’s freezes are</legend>
              {SEVERITY_CHOICES.map((c) => (
                <label key={c.id} className="radio">
                  <input type="radio" name="import-severity" value={c.id} checked={severity === c.id} onChange={() => setSeverity(c.id)} />
                  <span>{c.label}</span>
                </label>
              ))}
            </fieldset>
          ) : null}
          {kind === 'dependencies-csv' ? (
            <div className="field">
              <label className="check-row">
                <input type="checkbox" checked={createMissing} onChange={(e) => setCreateMissing(e.target.checked)} aria-describedby={`${id}-missing-hint`} />
                <span>Create missing services</span>
              </label>
              <p id={`${id}-missing-hint`} className="field-hint">
                A plain from, to file (a call graph, say) may name services the catalog lacks: they are created as unclassified and listed in the report.
              </p>
            </div>
          ) : null}
          <div className="field">
            <label htmlFor={`${id}-file`}>{info?.multiple ? 'Files' : 'File'}</label>
            <input
              key={inputKey}
              id={`${id}-file`}
              type="file"
              accept={info?.accept}
              multiple={info?.multiple}
              aria-invalid={fileError ? true : undefined}
              aria-describedby={fileError ? `${id}-file-error` : undefined}
              onChange={(e) => {
                setFiles([...(e.target.files ?? [])]);
                setFileError(null);
                setOutcome(null);
              }}
            />
            {fileError ? <p id={`${id}-file-error`} className="field-error">{fileError}</p> : null}
          </div>
          {busy ? <p className="muted">Importing…</p> : null}
          {outcome?.type === 'done' ? <ImportSucceeded report={outcome.report} /> : null}
          {outcome?.type === 'rejected' ? <ImportRejected message={outcome.message} rows={outcome.rows} /> : null}
          {outcome?.type === 'failed' ? (
            <p className="form-error" role="alert">
              {outcome.message}
            </p>
          ) : null}
        </div>
        <footer className="dialog-footer">
          <div className="footer-extra" />
          <button type="button" className="button" onClick={closeDialog}>
            Close
          </button>
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? 'Importing…' : 'Import'}
          </button>
        </footer>
      </form>
    </Dialog>
  );
}
