import { call } from '../api/client';
import { notify } from '../state/notices';
import { downloadText } from '../ui/download';
import { Icon } from '../ui/Icon';

async function exportAs(method: 'export.workspaceJson' | 'export.servicesCsv', type: string) {
  const result = await call(method, {});
  if (!result.ok) return notify.error(result.error.message);
  downloadText(result.value.fileName, result.value.text, type);
  notify.status(`Exported ${result.value.fileName}.`);
}

export function ExportButtons() {
  return (
    <div className="toolbar-group" role="group" aria-label="Export">
      <span className="toolbar-label" aria-hidden="true">Export</span>
      <button type="button" className="button" onClick={() => void exportAs('export.workspaceJson', 'application/json')}>
        <Icon name="download" />
        Workspace JSON
      </button>
      <button type="button" className="button" onClick={() => void exportAs('export.servicesCsv', 'text/csv')}>
        <Icon name="download" />
        Services CSV
      </button>
    </div>
  );
}
