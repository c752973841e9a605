import type { ImportRejection, ImportReport } from '../../shared/api/import-report';
import type { Result } from '../../shared/api/result';

const counts = (record: Record<string, number>) =>
  Object.entries(record)
    .filter(([, n]) => n > 0)
    .map(([what, n]) => `${n} ${what}`)
    .join(', ');

/** Plain-text lines describing an import outcome, for the CLI and native dialogs. */
export function describeImport(result: Result<unknown>): string[] {
  if (result.ok) {
    const report = result.value as ImportReport;
    return [
      `Imported: ${counts(report.created) || 'nothing new'}${counts(report.updated) ? `; updated: ${counts(report.updated)}` : ''}.`,
      ...(report.unclassifiedCreated.length ? [`Created as unclassified: ${report.unclassifiedCreated.join(', ')}`] : []),
      ...report.warnings.map((w) => `Warning: ${w}`),
    ];
  }
  const lines = [result.error.message];
  if (result.error.code === 'IMPORT_REJECTED') {
    const details = result.error.details as ImportRejection;
    for (const e of details.errors) {
      const where = [e.file, e.line !== undefined ? `line ${e.line}` : undefined, e.path].filter(Boolean).join(' ');
      lines.push(`  ${where ? `${where}: ` : ''}${e.message}`);
    }
  }
  return lines;
}
