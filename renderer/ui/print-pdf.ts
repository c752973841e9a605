import { notify } from '../state/notices';

/** What the Electron preload may offer (main's bridge.savePdf); the browser host prints instead. */
interface PdfBridge {
  savePdf?(suggestedName: string): Promise<{ saved: string | null }>;
}

/** A file-name-safe slug of a title: "WMS down!" → "wms-down". */
export const slug = (text: string, fallback: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || fallback;

/**
 * Saves the current page as a PDF: through Electron's printToPDF when the preload offers it (the
 * page's print stylesheet applies either way), else through the browser's own print dialog.
 */
export async function savePagePdf(fileName: string): Promise<void> {
  const bridge = window.cockpit as unknown as PdfBridge | undefined;
  if (!bridge?.savePdf) {
    window.print();
    return;
  }
  const { saved } = await bridge.savePdf(fileName);
  if (saved) notify.status(`Saved ${saved}.`);
}
