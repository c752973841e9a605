/**
 * Limits on what a file or a call may ask of the app, in one place. Each is far above what a real
 * distributor's catalog or calendar needs, and low enough that a hostile or broken input is refused
 * early, with a message that names the limit, before it can take the memory or the time.
 */

/** Characters in one imported file: a services CSV of 20,000 rows is about 4 MB. */
export const MAX_IMPORT_CHARS = 20_000_000;
/** Rows of a CSV, events of a calendar, documents of a Backstage import, items of a workspace list. */
export const MAX_IMPORT_ROWS = 20_000;
/** Backstage catalog-info files in one import. */
export const MAX_IMPORT_FILES = 1000;
/** YAML aliases expanded in one document: a few are normal, a billion-laughs bomb needs thousands. */
export const MAX_YAML_ALIASES = 100;
/** Problems listed for a rejected file; the count says how many more there were. */
export const MAX_REPORTED_ERRORS = 500;
/** Names of services, sites, processes and windows. */
export const MAX_NAME_CHARS = 120;
/** COUNT of a window's recurrence rule. */
export const MAX_RECURRENCE_COUNT = 5000;
/** Occurrences of a recurring window in one day: hourly at most (a window has minute precision). */
export const MAX_OCCURRENCES_PER_DAY = 24;

const MB = 1_000_000;
const number = (n: number) => n.toLocaleString('en-US');

export const tooLargeMessage = (chars: number) =>
  `The file is ${(chars / MB).toFixed(1)} MB; the limit is ${MAX_IMPORT_CHARS / MB} MB. Split it into smaller files and import them one after the other.`;

export const tooManyRowsMessage = (what: string) =>
  `The file has more than ${number(MAX_IMPORT_ROWS)} ${what}, the limit for one import; nothing was read past it. Split it into smaller files and import them one after the other.`;
