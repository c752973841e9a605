import { call } from '../api/client';
import { notify } from '../state/notices';
import { downloadText } from '../ui/download';
import { savePagePdf, slug } from '../ui/print-pdf';

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

/** Saves the report page as a PDF (printToPDF in Electron, the print dialog in a browser). */
export function savePdf(id: number, title: string): Promise<void> {
  return savePagePdf(`incident-${id}-${slug(title, 'report')}.pdf`);
}
