import { describe, expect, it } from 'vitest';
import { readCsv } from '../../shared/import/csv-table';
import { ErrorList } from '../../shared/import/row-errors';

const read = (text: string) => {
  const errors = new ErrorList();
  const table = readCsv(text, errors, { owner: 'owner_team' });
  return { table, errors: errors.sorted() };
};

describe('readCsv', () => {
  it('gives each row the line it starts on, across quoted line breaks, blank lines and CRLF', () => {
    const { table, errors } = read('Name,Description\r\nA,"one\r\ntwo\r\nthree"\r\n\r\nB,plain\r\n"C, Inc.","x"\r\n');
    expect(errors).toEqual([]);
    expect(table?.rows.map((r) => [r.line, r.cells.get('name')])).toEqual([[2, 'A'], [6, 'B'], [7, 'C, Inc.']]);
    expect(table?.rows[0]?.cells.get('description')).toBe('one\r\ntwo\r\nthree');
  });

  it('normalises headers (case, spaces, underscores, aliases) and skips a byte-order mark', () => {
    const { table } = read('\uFEFF Name ,Owner,RTO Minutes,rpo-minutes\nA,Team,1,2\n');
    expect(table?.columns).toEqual(['name', 'owner_team', 'rto_minutes', 'rpo_minutes']);
  });

  it('reads semicolon-separated files saved by European Excel', () => {
    const { table } = read('name;sites\nA;"DC Reno;DC Dallas"\n');
    expect(table?.rows[0]?.cells.get('sites')).toBe('DC Reno;DC Dallas');
  });

  it('removes the quote that guards formulas in exported CSV', () => {
    const { table } = read("name,description\nA,'=SUM(1)\nB,'plain\n");
    expect(table?.rows.map((r) => r.cells.get('description'))).toEqual(['=SUM(1)', "'plain"]);
  });

  it('reports an unclosed quote at the line where the row starts', () => {
    const { errors } = read('name,description\nA,fine\nB,"never closed\nC,lost\n');
    expect(errors).toEqual([{ line: 3, message: expect.stringContaining('a quoted value is never closed') as string }]);
  });

  it('reports an empty file and duplicate columns', () => {
    expect(read('\n\n').errors).toEqual([{ line: 1, message: 'the file is empty; the first line must name the columns' }]);
    expect(read('name,Owner,owner_team\nA,b,c\n').errors).toEqual([{ line: 1, message: 'the column owner_team appears twice in the header' }]);
  });
});
