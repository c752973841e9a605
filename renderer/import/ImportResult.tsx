import type { ImportReport, RowError } from '../../shared/api/import-report';
import { plural } from '../../shared/text/plural';
import { reportSentence, rowErrorText } from './import-kinds';

export function ImportSucceeded({ report }: { report: ImportReport }) {
  return (
    <section className="import-result ok" aria-labelledby="import-ok-title">
      <h3 id="import-ok-title">Import complete</h3>
      <p>{reportSentence(report)}</p>
      {report.unclassifiedCreated.length > 0 ? (
        <>
          <h4 className="subheading">{plural(report.unclassifiedCreated.length, 'unclassified service')} created</h4>
          <p className="muted">These were named by a dependency but not in the catalog. Edit them to set their kind, tier and owner.</p>
          <ul className="result-list">
            {report.unclassifiedCreated.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        </>
      ) : null}
      {report.warnings.length > 0 ? (
        <>
          <h4 className="subheading">{plural(report.warnings.length, 'warning')}</h4>
          <ul className="result-list warnings">
            {report.warnings.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

export function ImportRejected({ message, rows }: { message: string; rows: RowError[] }) {
  return (
    <section className="import-result rejected" aria-labelledby="import-rejected-title">
      <h3 id="import-rejected-title">Nothing was imported</h3>
      <p>{message}</p>
      {rows.length > 0 ? (
        <>
          <h4 className="subheading" id="import-problems">
            {plural(rows.length, 'problem')} to fix in the file, then import it again
          </h4>
          <ul className="result-list problems" aria-labelledby="import-problems">
            {rows.map((row, i) => (
              <li key={i}>{rowErrorText(row)}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
