import type { RcpspProblem } from './types';
import { validateProblem } from './validate';

/** A numeric row of the file with its 1-based line number, for error messages. */
interface Row {
  line: number;
  values: number[];
}

const startsWithDigit = (line: string): boolean => /^\d/.test(line.trim());

function fail(message: string): never {
  throw new Error(`Malformed PSPLIB .sm file: ${message}`);
}

function parseRow(line: string, lineNumber: number): number[] {
  const tokens = line.trim().split(/\s+/);
  return tokens.map((token) => {
    if (!/^\d+$/.test(token)) fail(`line ${lineNumber}: expected whole numbers, got "${token}"`);
    return Number(token);
  });
}

/**
 * Numeric rows after a section title. Column headers before the first row are skipped;
 * the section ends at the first non-numeric line after data started (the `****` rule).
 */
function sectionRows(lines: string[], title: string): Row[] {
  const titleIndex = lines.findIndex((line) => line.trim().toUpperCase().startsWith(title));
  if (titleIndex < 0) fail(`missing section ${title}`);
  const rows: Row[] = [];
  for (let i = titleIndex + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (startsWithDigit(line)) rows.push({ line: i + 1, values: parseRow(line, i + 1) });
    else if (rows.length > 0 || line.trim().startsWith('*')) break;
  }
  if (rows.length === 0) fail(`section ${title} has no data rows`);
  return rows;
}

/** Value after the colon of a header line such as `jobs (incl. supersource/sink ):  32`. */
function headerNumber(lines: string[], pattern: RegExp): number | undefined {
  const line = lines.find((l) => pattern.test(l));
  if (line === undefined) return undefined;
  const match = /:\s*(\d+)/.exec(line);
  if (!match) fail(`unreadable header line "${line.trim()}"`);
  return Number(match[1]);
}

/**
 * Parses a PSPLIB single-mode instance (`.sm`). Jobs become 0-based: job 1 of the file
 * (the source dummy) is index 0 and the sink is the last index.
 */
export function parsePsplibSm(text: string): RcpspProblem {
  const lines = text.split(/\r?\n/);
  const declaredJobs = headerNumber(lines, /^\s*jobs\s*\(/i);
  const declaredRenewable = headerNumber(lines, /^\s*-\s*renewable\s*:/i);
  for (const kind of [/^\s*-\s*nonrenewable\s*:/i, /^\s*-\s*doubly constrained\s*:/i]) {
    const count = headerNumber(lines, kind);
    if (count !== undefined && count > 0) fail('only renewable resources are supported (single-mode RCPSP)');
  }

  const availability = sectionRows(lines, 'RESOURCEAVAILABILITIES');
  const capacities = availability[0]!.values;
  const resourceCount = declaredRenewable ?? capacities.length;
  if (capacities.length !== resourceCount) {
    fail(`line ${availability[0]!.line}: ${capacities.length} capacities for ${resourceCount} renewable resources`);
  }

  const precedence = sectionRows(lines, 'PRECEDENCE RELATIONS');
  const requests = sectionRows(lines, 'REQUESTS/DURATIONS');
  const n = precedence.length;
  if (declaredJobs !== undefined && declaredJobs !== n) fail(`header declares ${declaredJobs} jobs, precedence lists ${n}`);
  if (requests.length !== n) fail(`precedence lists ${n} jobs but requests/durations lists ${requests.length}`);

  const jobs = precedence.map(({ line, values }, index) => {
    const [jobNumber, modes, successorCount, ...successors] = values;
    if (jobNumber !== index + 1) fail(`line ${line}: expected job ${index + 1}, found ${jobNumber}`);
    if (modes !== 1) fail(`line ${line}: job ${jobNumber} has ${modes} modes; only single-mode is supported`);
    if (successors.length !== successorCount) {
      fail(`line ${line}: job ${jobNumber} declares ${successorCount} successors but lists ${successors.length}`);
    }
    for (const s of successors) if (s < 1 || s > n) fail(`line ${line}: job ${jobNumber} has unknown successor ${s}`);

    const request = requests[index]!;
    const [requestJob, mode, duration, ...demands] = request.values;
    if (requestJob !== index + 1) fail(`line ${request.line}: expected job ${index + 1}, found ${requestJob}`);
    if (mode !== 1) fail(`line ${request.line}: job ${requestJob} uses mode ${mode}; only single-mode is supported`);
    if (duration === undefined || demands.length !== resourceCount) {
      fail(`line ${request.line}: expected a duration and ${resourceCount} demands for job ${requestJob}`);
    }
    return { duration, demands, successors: successors.map((s) => s - 1) };
  });

  if (jobs[0]!.duration !== 0) fail('job 1 (source) must have duration 0');
  if (jobs[n - 1]!.duration !== 0) fail(`job ${n} (sink) must have duration 0`);
  const problem = { jobs, capacities };
  try {
    validateProblem(problem);
  } catch (error) {
    fail((error as Error).message);
  }
  return problem;
}
