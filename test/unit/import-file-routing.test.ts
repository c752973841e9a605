import { describe, expect, it } from 'vitest';
import { importMethodFor } from '../../electron/api/import-file';

describe('which importer a file on disk goes to (CLI import and the File menu)', () => {
  it('routes by extension, and CSV by its header row', () => {
    expect(importMethodFor('workspace.json', '{}')).toBe('import.workspaceJson');
    expect(importMethodFor('catalog-info.yaml', 'kind: Component')).toBe('import.backstage');
    expect(importMethodFor('services.csv', 'name,kind,tier\n')).toBe('import.servicesCsv');
    expect(importMethodFor('deps.csv', 'from,to\n')).toBe('import.dependenciesCsv');
  });

  it('sends iCalendar files to the freeze-calendar importer, by extension or by content', () => {
    expect(importMethodFor('holidays.ics', 'BEGIN:VCALENDAR\r\n')).toBe('import.ics');
    expect(importMethodFor('peak.ical', '')).toBe('import.ics');
    expect(importMethodFor('export.txt', '  BEGIN:VCALENDAR\r\nVERSION:2.0')).toBe('import.ics');
  });
});
