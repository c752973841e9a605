import Papa from 'papaparse';
import type { Catalog } from '../model/catalog';
import { FORMULA_START } from './csv-table';
import { SERVICE_COLUMNS } from './services-csv';

/**
 * The services as CSV in exactly the format the services import reads, so a spreadsheet round
 * trip (export, edit, import) updates the catalog. Text that Excel would run as a formula gets a
 * leading quote, which the import removes again.
 */
export function servicesToCsv(catalog: Catalog): string {
  const siteNames = new Map(catalog.sites.map((s) => [s.id, s.name]));
  const processNames = new Map(catalog.processes.map((p) => [p.id, p.name]));
  const names = (ids: number[], from: Map<number, string>) => ids.map((id) => from.get(id) ?? '').filter(Boolean).join('; ');
  const rows = [...catalog.services]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((s) => [
      s.name, s.kind, String(s.tier), s.ownerTeam, s.hosting, names(s.siteIds, siteNames), names(s.processIds, processNames),
      s.rtoMinutes === null ? '' : String(s.rtoMinutes), s.rpoMinutes === null ? '' : String(s.rpoMinutes), s.description,
    ]);
  return Papa.unparse({ fields: [...SERVICE_COLUMNS], data: rows }, { escapeFormulae: FORMULA_START, newline: '\r\n' });
}
