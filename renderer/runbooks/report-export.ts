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

/** What the Electron preload may offer (main's bridge.savePdf); the browser host prints instead. */
interface PdfBridge {
  savePdf?(suggestedName: string): Promise<{ saved: string | null }>;
}

/**
 * Saves the report page as a PDF: through Electron's printToPDF when the preload offers it (the
 * print stylesheet applies either way), else through the browser's own print dialog.
 */
export async function savePdf(id: number, title: string): Promise<void> {
  const bridge = window.cockpit as unknown as PdfBridge | undefined;
  if (!bridge?.savePdf) {
    window.print();
    return;
  }
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'report';
  const { saved } = await bridge.savePdf(`incident-${id}-${slug}.pdf`);
  if (saved) notify.status(`Saved ${saved}.`);
}
