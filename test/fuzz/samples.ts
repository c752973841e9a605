import { readFileSync } from 'node:fs';
import { dispatch } from '../../electron/api/dispatch';
import { handlers } from '../../electron/api/handler-table';
import type { HandlerContext } from '../../electron/api/context';
import type { Catalog } from '../../shared/model/catalog';

/** Valid files of every import format, taken from the demo workspace, to bend into hostile ones. */
export interface Samples {
  servicesCsv: string[];
  dependenciesCsv: string[];
  backstage: string[];
  ics: string[];
  workspaceJson: string[];
  markdown: string[];
}

async function read<T>(ctx: HandlerContext, method: 'export.servicesCsv' | 'export.workspaceJson' | 'export.ics' | 'catalog.get', input: unknown = {}): Promise<T> {
  const result = await dispatch(handlers, ctx, method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as T;
}

const ALIAS_BOMB = ['a: &a ["x","x","x","x","x","x","x","x","x"]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]', 'd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]'].join('\n');

const SMALL_ICS = [
  'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//fuzz//EN',
  'BEGIN:VEVENT', 'UID:weekly@fuzz', 'DTSTAMP:20260101T000000Z', 'DTSTART;TZID=Europe/Berlin:20260105T220000', 'DTEND;TZID=Europe/Berlin:20260106T020000',
  'RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=10', 'SUMMARY:Weekly freeze', 'END:VEVENT',
  'BEGIN:VEVENT', 'UID:day@fuzz', 'DTSTAMP:20260101T000000Z', 'DTSTART;VALUE=DATE:20261224', 'DTEND;VALUE=DATE:20261227', 'SUMMARY:Holiday', 'END:VEVENT',
  'END:VCALENDAR', '',
].join('\r\n');

export async function buildSamples(ctx: HandlerContext): Promise<Samples> {
  const catalog = await read<Catalog>(ctx, 'catalog.get');
  const name = new Map(catalog.services.map((s) => [s.id, s.name]));
  const deps = catalog.dependencies.slice(0, 30).map((d) => `${name.get(d.fromId)},${name.get(d.toId)},${d.kind},${d.strength}`);
  const [a, b] = catalog.services;
  return {
    servicesCsv: [
      (await read<{ text: string }>(ctx, 'export.servicesCsv')).text,
      'name,kind,tier,owner_team\r\nNew fuzz service,wms,2,Ops\r\n"=HYPERLINK(""x"")",erp,1,\r\n',
    ],
    dependenciesCsv: [
      ['from,to,kind,strength', ...deps].join('\r\n'),
      `from,to\n${a?.name},${b?.name}\nNot in the catalog,${a?.name}\n`,
      `parent,type,child\n${a?.name},Depends on::Used by,New CI one\nNew CI two,Runs on::Runs,${b?.name}\nx,Unknown::Thing,y\n`,
    ],
    backstage: [readFileSync(new URL('../fixtures/backstage/catalog-info.yaml', import.meta.url), 'utf8'), ALIAS_BOMB],
    ics: [(await read<{ text: string }>(ctx, 'export.ics', { items: ['freezes', 'maintenance', 'releases'] })).text, SMALL_ICS],
    workspaceJson: [(await read<{ text: string }>(ctx, 'export.workspaceJson')).text],
    markdown: ['# Roll back the WMS\n\n## Stop the pickers\nTell the floor.\n\n## Restore\n```\nrestore --last\n```\n'],
  };
}
