import { call } from '../api/client';
import { notify } from '../state/notices';
import { downloadText } from '../ui/download';

/** The post-incident report from the API, saved as a Markdown or JSON file. */
export async function exportReport(id: number, format: 'md' | 'json'): Promise<void> {
  const result = await call('incident.report', { id, format });
  if (!result.ok) {
    notify.error(result.error.message);
    return;
  }
  downloadText(result.value.fileName, result.value.text, format === 'md' ? 'text/markdown' : 'application/json');
  notify.status(`Saved ${result.value.fileName}.`);
}
