/**
 * `npm run bench:hostile`: feeds each oversized or explosive input to the API in its own process and
 * prints, as JSON, how it was answered, how long it took and the process's peak memory (maxRSS) next
 * to its memory just before the call, so the figure is the cost of refusing, not of building the input.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dispatch } from '../electron/api/dispatch';
import { handlers } from '../electron/api/handler-table';
import { openWorkspace } from '../electron/store/open-workspace';
import type { Method } from '../shared/api/contract';

const MB = 1024 * 1024;
const WINDOW = { name: 'Night freeze', type: 'freeze', severity: 'hard', startLocal: '2030-01-01T00:00', endLocal: '2030-01-01T01:00', timeZone: 'UTC', scope: { all: true } };
const vevent = (uid: string, ...lines: string[]) => ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20300101T000000Z', ...lines, 'END:VEVENT'].join('\r\n');
const calendar = (...events: string[]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//bench//EN', ...events, 'END:VCALENDAR'].join('\r\n');
const laughs = (levels: number) => ['l0: &l0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]', ...Array.from({ length: levels }, (_, i) => `l${i + 1}: &l${i + 1} [${Array(9).fill(`*l${i}`).join(',')}]`)].join('\n');

/** Each case builds its input lazily, in the child process that measures it. */
const CASES: Record<string, () => [Method, unknown]> = {
  'csv-50mb': () => ['import.servicesCsv', { text: `name,kind\n${'x,wms\n'.repeat(50_000_000 / 6)}` }],
  'csv-100k-rows': () => ['import.servicesCsv', { text: `name,kind\n${Array.from({ length: 100_000 }, (_, i) => `Service ${i},wms`).join('\n')}` }],
  'dependencies-csv-100k-rows': () => ['import.dependenciesCsv', { text: `parent,type,child\n${Array.from({ length: 100_000 }, (_, i) => `CI ${i},Depends on::Used by,CI ${i + 1}`).join('\n')}` }],
  'name-10k-chars-api': () => ['service.create', { name: 'N'.repeat(10_000), kind: 'wms', tier: 1, hosting: 'cloud' }],
  'name-10k-chars-csv': () => ['import.servicesCsv', { text: `name,kind\n${'N'.repeat(10_000)},wms` }],
  'yaml-billion-laughs': () => ['import.backstage', { files: [{ name: 'bomb.yaml', text: laughs(9) }] }],
  'window-rrule-secondly': () => ['window.create', { ...WINDOW, recurrence: 'FREQ=SECONDLY' }],
  'window-rrule-count-2e9': () => ['window.create', { ...WINDOW, recurrence: 'FREQ=HOURLY;COUNT=2000000000' }],
  'ics-rrule-secondly-and-huge-count': () => ['import.ics', { text: calendar(
    vevent('s@x', 'SUMMARY:Every second', 'DTSTART:20301201T000000Z', 'DTEND:20301201T010000Z', 'RRULE:FREQ=SECONDLY'),
    vevent('c@x', 'SUMMARY:Forever', 'DTSTART:20301201T000000Z', 'DTEND:20301201T010000Z', 'RRULE:FREQ=DAILY;COUNT=2000000000'),
  ) }],
  'ics-100k-events': () => ['import.ics', { text: calendar(...Array.from({ length: 100_000 }, (_, i) => vevent(`${i}@x`, 'SUMMARY:x', 'DTSTART;VALUE=DATE:20301225'))) }],
  'workspace-json-100k-services': () => ['import.workspaceJson', { text: JSON.stringify({ format: 'release-cockpit-workspace', schemaVersion: 1, services: Array(100_000).fill({ id: 1 }) }) }],
};

async function measure(name: string): Promise<void> {
  const build = CASES[name];
  if (!build) throw new Error(`Unknown case ${name}`);
  const db = openWorkspace(':memory:');
  const [method, built] = build();
  // As IPC or HTTP would deliver it: plain, flat strings (a built-up string would be flattened, and counted, inside the call).
  const input: unknown = JSON.parse(JSON.stringify(built));
  global.gc?.();
  const before = process.memoryUsage();
  const started = performance.now();
  const result = await dispatch(handlers, { db, actor: 'bench', workspacePath: ':memory:', appVersion: '0' }, method, input, () => undefined);
  const ms = performance.now() - started;
  const after = process.memoryUsage();
  const message = result.ok ? 'accepted' : `${result.error.code}: ${[result.error.message, ...((result.error.details as { errors?: { message: string }[] })?.errors ?? []).map((e) => e.message)].join(' / ').slice(0, 240)}`;
  console.log(JSON.stringify({
    method, answer: message, ms: Math.round(ms),
    rssBeforeMB: Math.round(before.rss / MB), peakRssMB: Math.round((process.resourceUsage().maxRSS * 1024) / MB),
    heapUsedBeforeMB: Math.round(before.heapUsed / MB), heapUsedAfterMB: Math.round(after.heapUsed / MB),
  }));
}

const caseArg = process.argv.indexOf('--case');
if (caseArg >= 0) {
  await measure(process.argv[caseArg + 1] ?? '');
} else {
  const figures: Record<string, unknown> = {};
  for (const name of Object.keys(CASES)) {
    // One process per case: maxRSS only ever grows, so a shared process would blur the figures.
    const child = spawnSync(process.execPath, [...process.execArgv, '--expose-gc', fileURLToPath(import.meta.url), '--case', name], { encoding: 'utf8' });
    figures[name] = child.status === 0 ? JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}') : { failed: child.stderr.slice(-500) };
    process.stderr.write(`${name} done\n`);
  }
  console.log(JSON.stringify(figures, null, 2));
}
