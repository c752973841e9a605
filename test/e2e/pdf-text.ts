/**
 * The text of every page of a PDF, read with pdf.js's pure-JS legacy build. `joiner` goes between a
 * page's text items: '' keeps words split across items whole, ' ' keeps separate items apart.
 */
export async function pdfText(data: Buffer, joiner = ''): Promise<{ pages: number; text: string }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(data), useSystemFonts: true }).promise;
  let text = '';
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    text += content.items.map((item) => ('str' in item ? item.str : '')).join(joiner) + '\n';
  }
  return { pages: doc.numPages, text };
}
