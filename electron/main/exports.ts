// One export format → the bytes of the file, rendered whole in memory so a
// failure never leaves half a file behind. The export code (docx above all)
// is loaded on first use, not at start-up.
import type { ExportFormat } from '../contract.ts';
import type { Notebook } from '../../notes/model/schema.ts';
import type { Host } from './host.ts';

export async function renderExport(notebook: Notebook, format: ExportFormat, host: Pick<Host, 'printToPdf'>): Promise<Uint8Array | string> {
  const exporters = await import('../../notes/export/index.ts');
  switch (format) {
    case 'md':
      return exporters.briefingToMarkdown(notebook);
    case 'html':
      return exporters.briefingToHtml(notebook);
    case 'pdf':
      return host.printToPdf(exporters.briefingToHtml(notebook));
    case 'docx':
      return exporters.briefingToDocx(notebook);
    case 'w3c': {
      const collection: unknown = exporters.toW3CCollection(notebook);
      return typeof collection === 'string' ? collection : `${JSON.stringify(collection, null, 2)}\n`;
    }
    case 'csv':
      return exporters.annotationsToCsv(notebook);
  }
}
