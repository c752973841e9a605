import type { ApiError } from '../../shared/api/result';
import { ExportButtons } from '../import/ExportButtons';
import { openDialog } from '../state/dialogs';
import { Icon } from '../ui/Icon';
import { CatalogTabs } from './CatalogTabs';
import { useWorkspace } from '../state/workspace';
import { loadWorkspace } from '../state/workspace-sync';

function LoadFailed({ error }: { error: ApiError | null }) {
  const tooNew = error?.code === 'WORKSPACE_TOO_NEW';
  return (
    <div className="page">
      <section className="notice-panel error" aria-labelledby="load-failed">
        <h1 id="load-failed">The workspace could not be opened</h1>
        <p>{error?.message ?? 'Release Cockpit did not get an answer from its host.'}</p>
        <p className="muted">
          {tooNew
            ? 'It was saved by a newer version of Release Cockpit. Open it with that version, or update this one.'
            : 'Check that the workspace file still exists and that no other program has it locked, then try again.'}
        </p>
        <button type="button" className="button primary" onClick={() => void loadWorkspace()}>
          Try again
        </button>
      </section>
    </div>
  );
}

export function CatalogScreen() {
  const status = useWorkspace((s) => s.status);
  const loadError = useWorkspace((s) => s.loadError);
  if (status === 'loading') {
    return (
      <div className="page">
        <p className="loading">Opening the workspace…</p>
      </div>
    );
  }
  if (status === 'error') return <LoadFailed error={loadError} />;
  return (
    <div className="page catalog">
      <header className="page-header">
        <div>
          <h1>Catalog</h1>
          <p className="page-lede">Services, the sites they serve, what depends on what, and the business processes they carry.</p>
        </div>
        <div className="page-actions">
          <button type="button" className="button" onClick={() => openDialog({ type: 'import' })}>
            <Icon name="upload" />
            Import…
          </button>
          <ExportButtons />
        </div>
      </header>
      <CatalogTabs />
    </div>
  );
}
