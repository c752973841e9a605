import fc from 'fast-check';
import { contract, type Method } from '../../shared/api/contract';
import { hostileString, mutatedText } from './hostile';
import type { Samples } from './samples';
import { type Hints, inputFor, mutatedInput } from './schema-arbitrary';

/**
 * Left out of the fuzzing, on purpose:
 * - workspace.open switches the session to (or creates) a file at whatever path it is given: it
 *   would litter the disk and move the run off its disposable workspace. Its input is a path and a flag.
 */
export const EXCLUDED: Partial<Record<Method, string>> = {
  'workspace.open': 'switches the session to another file at any path it is given',
};

export const FUZZED_METHODS = (Object.keys(contract) as Method[]).filter((m) => !(m in EXCLUDED));

const RULES = [
  'FREQ=WEEKLY;BYDAY=SU', 'RRULE:FREQ=MONTHLY;BYMONTHDAY=1', 'FREQ=DAILY;COUNT=5', 'FREQ=YEARLY;UNTIL=20300101T000000Z',
  'FREQ=SECONDLY', 'FREQ=MINUTELY;COUNT=100000', 'FREQ=HOURLY;BYMINUTE=0,5,10,15,20,25,30,35,40,45,50,55;BYSECOND=0,1,2,3,4,5,6,7,8,9',
  'FREQ=DAILY;COUNT=999999999', 'FREQ=WEEKLY;INTERVAL=0', 'FREQ=WEEKLY;BYDAY=XX', 'DTSTART:20260101T000000Z\nRRULE:FREQ=DAILY', 'garbage',
];

const common: Hints = {
  timeZone: fc.oneof(fc.constantFrom('Europe/Berlin', 'America/Chicago', 'UTC', 'site', 'Mars/Olympus', ''), hostileString),
  recurrence: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(null, ...RULES) }, { weight: 1, arbitrary: hostileString }),
  // The schedule search runs for timeLimitMs by design (up to a minute): the fuzzer keeps it to the minimum.
  timeLimitMs: fc.constant(50),
};

/** Field hints for the methods whose input is a whole file. */
function fileHints(method: Method, samples: Samples): Hints {
  switch (method) {
    case 'import.servicesCsv': return { text: mutatedText(samples.servicesCsv) };
    case 'import.dependenciesCsv': return { text: mutatedText(samples.dependenciesCsv) };
    case 'import.workspaceJson': return { text: mutatedText(samples.workspaceJson) };
    case 'import.ics': return { text: mutatedText(samples.ics) };
    case 'runbook.importMarkdown': return { text: mutatedText(samples.markdown) };
    case 'import.backstage': return { text: mutatedText(samples.backstage), name: fc.constantFrom('catalog-info.yaml', '../x.yaml', '') };
    default: return {};
  }
}

/** Any method's input: shaped by its schema, one field bent, or any JSON at all. */
export function methodInput(method: Method, samples: Samples): fc.Arbitrary<unknown> {
  const shaped = inputFor(contract[method].input, { ...common, ...fileHints(method, samples) });
  return fc.oneof(
    { weight: 6, arbitrary: shaped },
    { weight: 3, arbitrary: mutatedInput(shaped) },
    { weight: 1, arbitrary: fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant(undefined)) },
  );
}

export const IMPORT_METHODS = ['import.servicesCsv', 'import.dependenciesCsv', 'import.backstage', 'import.ics', 'import.workspaceJson'] as const satisfies Method[];

export interface FuzzCase {
  target: string;
  via: 'dispatch' | 'http';
  method: Method;
  input: unknown;
}

/**
 * The mix: every method through dispatch, a smaller share through the loopback host, and the five
 * importers with bent copies of real files (schema-shaped, so almost every case reaches the parser).
 */
export function fuzzCase(samples: Samples): fc.Arbitrary<FuzzCase> {
  const anyMethod = (via: FuzzCase['via']) =>
    fc.constantFrom(...FUZZED_METHODS).chain((method) => methodInput(method, samples).map((input) => ({ target: `api:${via}`, via, method, input })));
  const importer = (method: (typeof IMPORT_METHODS)[number]) =>
    inputFor(contract[method].input, { ...common, ...fileHints(method, samples) }).map((input) => ({ target: method, via: 'dispatch' as const, method, input }));
  return fc.oneof(
    { weight: 50, arbitrary: anyMethod('dispatch') },
    { weight: 10, arbitrary: anyMethod('http') },
    ...IMPORT_METHODS.map((m) => ({ weight: 8, arbitrary: importer(m) })),
  );
}
