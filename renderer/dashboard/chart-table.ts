import Papa from 'papaparse';

export type Cell = string | number | null;

export interface TableColumn {
  header: string;
  numeric?: boolean;
}

/** The numbers behind a chart, as its table view and its CSV show them. */
export interface ChartTable {
  caption: string;
  columns: TableColumn[];
  rows: Cell[][];
}

/** What a table cell says: null is "no data", never 0. */
export const cellText = (cell: Cell): string => (cell === null ? 'no data' : typeof cell === 'number' ? cell.toLocaleString('en-GB', { maximumFractionDigits: 2 }) : cell);

/** CSV of the table; a cell with no data is left empty. Formula-like text is escaped for spreadsheets. */
export function tableCsv(table: ChartTable): string {
  return Papa.unparse(
    { fields: table.columns.map((c) => c.header), data: table.rows.map((row) => row.map((cell) => (cell === null ? '' : cell))) },
    { escapeFormulae: true, newline: '\r\n' },
  );
}

export const round = (value: number | null, digits = 1): number | null => (value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits);
