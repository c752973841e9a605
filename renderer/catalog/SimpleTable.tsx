import type { ReactNode } from 'react';

export interface SimpleColumn<T> {
  header: string;
  align?: 'start' | 'end';
  className?: string;
  render(row: T): ReactNode;
}

interface SimpleTableProps<T> {
  caption: string;
  rows: readonly T[];
  columns: readonly SimpleColumn<T>[];
  rowKey(row: T): number;
  /** The name used in "Edit X" / "Delete X" button labels. */
  rowName(row: T): string;
  onEdit(row: T): void;
  onDelete(row: T): void;
  empty: ReactNode;
}

/** A plain table for the short lists (sites, business processes), each row with Edit and Delete. */
export function SimpleTable<T>({ caption, rows, columns, rowKey, rowName, onEdit, onDelete, empty }: SimpleTableProps<T>) {
  if (rows.length === 0) return <div className="empty-inline">{empty}</div>;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.header} scope="col" className={c.align === 'end' ? 'align-end' : undefined}>
                {c.header}
              </th>
            ))}
            <th scope="col" className="actions-col">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((c) => (
                <td key={c.header} className={`${c.align === 'end' ? 'align-end' : ''} ${c.className ?? ''}`}>
                  {c.render(row)}
                </td>
              ))}
              <td className="row-actions">
                <button type="button" className="button small" aria-label={`Edit ${rowName(row)}`} onClick={() => onEdit(row)}>
                  Edit
                </button>
                <button type="button" className="button small danger-ghost" aria-label={`Delete ${rowName(row)}`} onClick={() => onDelete(row)}>
                  Delete
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
