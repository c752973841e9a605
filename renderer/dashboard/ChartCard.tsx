import { useId, useState, type ReactNode } from 'react';
import { downloadText } from '../ui/download';
import { Icon } from '../ui/Icon';
import { cellText, tableCsv, type ChartTable } from './chart-table';
import { useSeen } from './use-seen';

interface ChartCardProps {
  title: string;
  /** What the chart counts, in a sentence. */
  definition?: string;
  /** The value over the whole range, beside the title. */
  headline?: ReactNode;
  /** What the chart shows, in words: its accessible name (the table is the accessible view of the numbers). */
  summary: string;
  table: ChartTable;
  /** Without the extension. */
  fileName: string;
  legend?: ReactNode;
  wide?: boolean;
  /** The chart's height in pixels, kept free until it is drawn. */
  height: number;
  /** Changes when the chart shows other rows: it is then drawn again only once in view. */
  drawKey?: string;
  children: ReactNode;
}

/** One chart with its title, a Table toggle that shows the same numbers, and a CSV download. */
export function ChartCard({ title, definition, headline, summary, table, fileName, legend, wide, height, drawKey = '', children }: ChartCardProps) {
  const [asTable, setAsTable] = useState(false);
  const titleId = useId();
  const definitionId = useId();
  const { ref, seen } = useSeen<HTMLDivElement>(drawKey);
  return (
    <section className={`card dash-card${wide ? ' wide' : ''}`} aria-labelledby={titleId}>
      <header className="dash-card-header">
        <div className="dash-card-title">
          <h2 id={titleId}>{title}</h2>
          {headline ? <p className="dash-headline num">{headline}</p> : null}
        </div>
        <div className="dash-card-actions">
          <button type="button" className="button small" aria-pressed={asTable} onClick={() => setAsTable((v) => !v)}>
            Table
          </button>
          <button type="button" className="button small" onClick={() => downloadText(`${fileName}.csv`, tableCsv(table), 'text/csv')}>
            <Icon name="download" size={14} />
            Download CSV
          </button>
        </div>
      </header>
      {definition ? (
        <p id={definitionId} className="dash-definition">
          {definition}
        </p>
      ) : null}
      {asTable ? (
        <div className="table-wrap dash-table-wrap">
          <table className="table compact">
            <caption className="dash-caption">{table.caption}</caption>
            <thead>
              <tr>
                {table.columns.map((c) => (
                  <th key={c.header} scope="col" className={c.numeric ? 'align-end' : undefined}>
                    {c.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, i) =>
                    i === 0 ? (
                      <th key={i} scope="row" className="dash-row-head">
                        {cellText(cell)}
                      </th>
                    ) : (
                      <td key={i} className={`${table.columns[i]?.numeric ? 'align-end num' : ''}${cell === null ? ' not-set' : ''}`}>
                        {cellText(cell)}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <div ref={ref} className="dash-chart" style={{ minHeight: height }} role="img" aria-label={summary} aria-describedby={definition ? definitionId : undefined}>
          {/* The drawing itself is hidden from assistive tech: the label sums it up, the table gives every value. */}
          <div aria-hidden="true">{seen ? children : null}</div>
        </div>
      )}
      {legend}
    </section>
  );
}
