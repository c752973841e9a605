import { useEffect, useState } from 'react';
import type { BackupInfo } from '../../shared/api/contract';
import { count } from '../../shared/text/plural';
import { call } from '../api/client';
import { closeDialog } from '../state/dialogs';
import { notify } from '../state/notices';
import { Dialog } from '../ui/Dialog';

const KIND_LABELS: Readonly<Record<BackupInfo['kind'], string>> = { opened: 'On open', daily: 'Daily', manual: 'Manual', 'before-restore': 'Before a restore' };
const size = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);
const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

/** The workspace's backups: take one now, or restore one after saying yes (the current state is backed up first). */
export function BackupsDialog() {
  const [list, setList] = useState<BackupInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);

  async function refresh() {
    const result = await call('backup.list', {});
    if (result.ok) setList(result.value);
    else setError(result.error.message);
  }
  useEffect(() => {
    // The list comes from the host: state is set when its answer arrives, not during the effect.
    let live = true;
    void call('backup.list', {}).then((result) => {
      if (!live) return;
      if (result.ok) setList(result.value);
      else setError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, []);

  async function backUpNow() {
    setBusy(true);
    const result = await call('backup.create', {});
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    setError(null);
    notify.status(`Backed up the workspace: ${result.value.name}.`);
    await refresh();
  }

  async function restore(backup: BackupInfo) {
    setBusy(true);
    const result = await call('backup.restore', { name: backup.name });
    setBusy(false);
    setConfirming(null);
    if (!result.ok) return setError(result.error.message);
    // The host pushes "replaced": the page reads the restored workspace by itself.
    notify.status(`Restored the backup of ${when(backup.takenAt)}. The state before it is kept as a backup too.`);
    closeDialog();
  }

  return (
    <Dialog title="Backups" onClose={closeDialog} size="large">
      <div className="dialog-form">
        <div className="dialog-body">
        <p className="muted">
          Copies of this workspace, taken with SQLite’s online backup while the app runs: one when it opens, one a day (7 daily and 4 weekly kept), and any you take here. They sit in a folder beside the workspace file.
        </p>
        {error && (
          <p role="alert" className="form-error">
            {error}
          </p>
        )}
        {confirming && (
          <div role="alertdialog" aria-label="Confirm restore" className="confirm-box">
            <p>
              Replace the workspace with the backup of <strong>{when(confirming.takenAt)}</strong>? Everything changed since then is replaced. The current state is backed up first, so you can come back to it.
            </p>
            <div className="button-row">
              <button type="button" className="button danger" disabled={busy} onClick={() => void restore(confirming)} data-autofocus>
                Restore this backup
              </button>
              <button type="button" className="button" onClick={() => setConfirming(null)}>
                Cancel
              </button>
            </div>
          </div>
        )}
        {list === null ? (
          <p className="loading">Reading the backups…</p>
        ) : list.length === 0 ? (
          <p>No backups yet. The first one is taken a few seconds after the workspace opens, or take one now.</p>
        ) : (
          <table className="table" aria-label="Backups">
            <thead>
              <tr>
                <th scope="col">Taken</th>
                <th scope="col">Kind</th>
                <th scope="col">Size</th>
                <th scope="col">Holds</th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((b) => (
                <tr key={b.name}>
                  <td>{when(b.takenAt)}</td>
                  <td>{KIND_LABELS[b.kind]}</td>
                  <td>{size(b.bytes)}</td>
                  <td>{b.counts ? `${count(b.counts.services)} services, ${count(b.counts.releases)} releases, ${count(b.counts.windows)} windows` : 'Cannot be read'}</td>
                  <td>
                    <button type="button" className="button" disabled={busy || !b.counts} aria-label={`Restore the backup of ${when(b.takenAt)}`} onClick={() => setConfirming(b)}>
                      Restore…
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        </div>
        <footer className="dialog-footer">
          <div className="footer-extra" />
          <button type="button" className="button" onClick={closeDialog}>
            Close
          </button>
          <button type="button" className="button primary" disabled={busy} onClick={() => void backUpNow()}>
            Back up now
          </button>
        </footer>
      </div>
    </Dialog>
  );
}
