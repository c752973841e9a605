import { openDialog } from '../state/dialogs';
import { ActingAs } from './ActingAs';
import { useTheme } from '../state/theme';
import { redo, undo } from '../state/writes';
import { Icon } from '../ui/Icon';
import { useWorkspace } from '../state/workspace';

function UndoRedo() {
  const history = useWorkspace((s) => s.history);
  const undoTitle = history.canUndo && history.undoLabel ? `Undo: ${history.undoLabel} (Ctrl+Z)` : 'Nothing to undo';
  const redoTitle = history.canRedo && history.redoLabel ? `Redo: ${history.redoLabel} (Ctrl+Shift+Z)` : 'Nothing to redo';
  return (
    <div className="toolbar-group" role="group" aria-label="History">
      <button type="button" className="button ghost" title={undoTitle} aria-keyshortcuts="Control+Z" disabled={!history.canUndo} onClick={() => void undo()}>
        <Icon name="undo" />
        <span>Undo</span>
      </button>
      <button type="button" className="button ghost" title={redoTitle} aria-keyshortcuts="Control+Shift+Z Control+Y" disabled={!history.canRedo} onClick={() => void redo()}>
        <Icon name="redo" />
        <span>Redo</span>
      </button>
    </div>
  );
}

function ThemeToggle() {
  const { theme, toggle } = useTheme();
  return (
    <button type="button" role="switch" aria-checked={theme === 'dark'} className="button ghost theme-toggle" onClick={toggle} title="Switch between light and dark">
      <Icon name={theme === 'dark' ? 'moon' : 'sun'} />
      <span>Dark theme</span>
    </button>
  );
}

export function Header() {
  const info = useWorkspace((s) => s.info);
  return (
    <header className="app-header">
      <div className="brand">
        <svg className="brand-mark" width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <rect x="2" y="2" width="20" height="20" rx="5" />
          <path d="M7 15.5 11 11l3 3 4-5" fill="none" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        <span className="brand-name">Release Cockpit</span>
      </div>
      <div className="workspace" title={info?.path}>
        <span className="workspace-label">Workspace</span>
        <span className="workspace-path">
          {/* The box is right-to-left so a long path loses its start, not its file name; the text itself stays left-to-right. */}
          <span dir="ltr">{info ? info.path : 'Opening…'}</span>
        </span>
      </div>
      {info?.readOnly && (
        <span className="readonly-badge" role="status" title="The workspace file cannot be written: make it writable, or open a copy.">
          Read-only: changes cannot be saved
        </span>
      )}
      <div className="header-actions">
        <ActingAs />
        <button type="button" className="button ghost" onClick={() => openDialog({ type: 'backups' })} title="Back up the workspace, or restore a backup">
          <Icon name="download" />
          <span>Backups</span>
        </button>
        <UndoRedo />
        <ThemeToggle />
      </div>
    </header>
  );
}
