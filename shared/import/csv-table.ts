import Papa from 'papaparse';
import { lineIndex } from './line-index';
import { MAX_IMPORT_ROWS, tooManyRowsMessage } from './limits';
import { type ErrorList } from './row-errors';

export interface CsvRow {
  /** 1-based line where the row starts; the header is line 1 of a typical file. */
  line: number;
  /** Cell text by normalised column name; absent columns are missing keys. */
  cells: Map<string, string>;
}

export interface CsvTable {
  headerLine: number;
  /** Normalised column names in file order. */
  columns: string[];
  rows: CsvRow[];
}

/** "Owner Team", "owner_team" and "OWNER-TEAM" are the same column. */
export const normaliseHeader = (h: string) => h.trim().toLowerCase().replace(/[\s_-]+/g, '_');

/**
 * Text a spreadsheet would run as a formula (or that already carries our guard quotes). Our export
 * puts a quote before it, so Excel shows it as text; the import takes one quote off again, so a
 * value that itself starts with a quote and a formula character round-trips too. Papaparse's own
 * pattern misses a formula followed by a line break in the same cell, hence this one.
 */
export const FORMULA_START = /^'*[=+\-@\t\r]/;
const FORMULA_GUARD = /^'(?='*[=+\-@\t\r])/;

/** Excel in many European locales saves CSV with semicolons; decide from the header line only. */
function delimiterOf(text: string): string {
  const firstLine = text.split(/\r\n|\r|\n/, 1)[0] ?? '';
  const count = (c: string) => firstLine.split(c).length - 1;
  if (count(',') > 0) return ',';
  if (count('\t') > 0) return '\t';
  if (count(';') > 0) return ';';
  return ',';
}

const QUOTE_PROBLEMS: Record<string, string> = {
  MissingQuotes: 'a quoted value is never closed (a " is missing), so the rest of the file could not be read',
  InvalidQuotes: 'a value has a stray " inside it; put the whole value in quotes and double the inner quotes ("")',
};

/**
 * Reads CSV text with papaparse, row by row, keeping each row's real starting line.
 * Blank rows are skipped; rows with more cells than the header are errors.
 */
export function readCsv(input: string, errors: ErrorList, aliases: Record<string, string> = {}): CsvTable | null {
  const text = input.replace(/^\uFEFF/, '');
  const lineOf = lineIndex(text);
  const raw: { line: number; cells: string[] }[] = [];
  let rowStart = 0;
  let tooMany = false;
  Papa.parse<string[]>(text, {
    delimiter: delimiterOf(text),
    step: (result, parser) => {
      // Stop reading at the limit (the header is one more row), so a huge file costs no more memory than a big one.
      if (raw.length > MAX_IMPORT_ROWS) {
        tooMany = true;
        parser.abort();
        return;
      }
      const line = lineOf(rowStart);
      rowStart = result.meta.cursor;
      for (const e of result.errors) errors.at(line, QUOTE_PROBLEMS[e.code] ?? e.message);
      const cells = result.data.map((c) => c.replace(FORMULA_GUARD, ''));
      if (cells.some((c) => c.trim() !== '')) raw.push({ line, cells });
    },
  });
  if (tooMany) {
    errors.at(lineOf(rowStart), tooManyRowsMessage('rows'));
    return null;
  }
  const header = raw.shift();
  if (!header) {
    errors.at(1, 'the file is empty; the first line must name the columns');
    return null;
  }
  const columns = header.cells.map((h) => {
    const name = normaliseHeader(h);
    return aliases[name] ?? name;
  });
  const seen = new Set<string>();
  for (const c of columns) {
    if (c !== '' && seen.has(c)) errors.at(header.line, `the column ${c} appears twice in the header`);
    seen.add(c);
  }
  const rows: CsvRow[] = [];
  for (const r of raw) {
    if (r.cells.length > columns.length) {
      errors.at(r.line, `this row has ${r.cells.length} values but the header has ${columns.length} columns (a value containing a comma needs quotes)`);
      continue;
    }
    const cells = new Map<string, string>();
    columns.forEach((c, i) => {
      if (c !== '' && !cells.has(c)) cells.set(c, (r.cells[i] ?? '').trim());
    });
    rows.push({ line: r.line, cells });
  }
  return { headerLine: header.line, columns, rows };
}
