import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { servicesToCsv } from '../../shared/import/services-csv-export';
import type { Catalog, Service } from '../../shared/model/catalog';
import { memoryWorkspace } from './helpers';

// Every CSV the app writes: today the services export (export.servicesCsv) is the only one.
const HOSTILE = ['=HYPERLINK("http://evil.example","x")', '+cmd|/C calc!A0', '-2+3', '@SUM(A1:A9)', "'=already quoted", "''+twice", '=1+1\nsecond line'];

const service = (name: string, description = ''): Service => ({
  id: 1, name, kind: 'wms', tier: 1, ownerTeam: '', hosting: 'cloud', siteIds: [], processIds: [], rtoMinutes: null, rpoMinutes: null, description,
});
const catalogOf = (...services: Service[]): Catalog => ({ sites: [], processes: [], dependencies: [], services: services.map((s, i) => ({ ...s, id: i + 1 })) });
const cells = (csv: string) => Papa.parse<string[]>(csv).data.slice(1).filter((r) => r.length > 1);

describe('the services CSV export neutralises spreadsheet formulas', () => {
  it('puts a quote before every cell that starts like a formula, tab and carriage return included', () => {
    const csv = servicesToCsv(catalogOf(...[...HOSTILE, '\tTabbed', '\rReturned'].map((n) => service(n, n))));
    for (const row of cells(csv)) {
      expect(row[0]).toMatch(/^'/);
      expect(row[9]).toMatch(/^'/);
    }
    expect(csv).toContain(`"'=1+1\nsecond line"`); // papaparse's own pattern lets a multi-line formula through
    expect(csv).toContain(`"'''+twice"`);
    expect(servicesToCsv(catalogOf(service('Plain name', 'a - b = c')))).toContain('Plain name,wms,1,,cloud,,,,,a - b = c');
  });

  it('imports its own export back to the same names and descriptions', async () => {
    const { ok } = memoryWorkspace();
    for (const name of HOSTILE) await ok('service.create', { name: name.replace('\n', ' '), kind: 'wms', tier: 1, hosting: 'cloud', description: name });
    const before = (await ok('catalog.get', {})).services;
    const exported = await ok('export.servicesCsv', {});
    const fresh = memoryWorkspace();
    await fresh.ok('import.servicesCsv', { text: exported.text });
    const after = (await fresh.ok('catalog.get', {})).services;
    const shape = (list: Service[]) => list.map((s) => [s.name, s.description]).sort();
    expect(shape(after)).toEqual(shape(before));
  });
});
