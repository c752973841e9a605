import { gateHandlers } from '../api/gate-handlers';
import { callApi, consoleIo, findByName, findRelease, jsonOption, withWorkspace, parseInstant, workspaceOption, type Io, type Values } from './cli-io';
import type { Command } from './commands';

export const GATE_ALLOWED = 0;
export const GATE_BLOCKED = 3;
export const GATE_NEEDS_EXCEPTION = 4;

const USAGE = 'release-cockpit gate (--service NAME [--site NAME] | --release ID|TITLE) [--at ISO-TIME] [--minutes N] --workspace FILE';

/**
 * `gate`: may this change go ahead? For CI/CD. The `plan.gate` method answers with the same conflict
 * engine as the calendar (approved exceptions included): exit 0 allowed, 3 blocked (hard freeze, a
 * clashing committed release, another blocking conflict), 4 only a soft freeze stands in the way.
 */
export async function runGate(values: Values, _positionals: string[], io: Io): Promise<number> {
  const byService = typeof values.service === 'string' && values.service.trim() !== '';
  const byRelease = typeof values.release === 'string' && values.release.trim() !== '';
  if (byService === byRelease) {
    io.err(`Name the service or the release (one of them). Usage: ${USAGE}`);
    return 2;
  }
  const at = parseInstant(values.at, Number.NaN);
  if (values.at !== undefined && Number.isNaN(at)) {
    io.err(`--at must be an ISO time with an offset, for example 2025-11-03T09:00Z (got "${String(values.at)}").`);
    return 2;
  }
  const minutes = values.minutes === undefined ? 60 : Number(values.minutes);
  if (!(Number.isInteger(minutes) && minutes >= 1)) {
    io.err('--minutes must be a whole number of minutes, 1 or more.');
    return 2;
  }
  return withWorkspace(values, io, async (session) => {
    const when = Number.isNaN(at) ? {} : { at: new Date(at).toISOString() };
    let input;
    if (byRelease) {
      const plan = await callApi(session, 'plan.get', {}, io, gateHandlers);
      if (!plan) return 1;
      const release = findRelease(plan.releases, String(values.release), io);
      if (!release) return 1;
      input = { releaseId: release.id, minutes, ...when };
    } else {
      const catalog = await callApi(session, 'catalog.get', {}, io, gateHandlers);
      if (!catalog) return 1;
      const service = findByName(catalog.services, String(values.service), 'service', io);
      if (!service) return 1;
      const site = typeof values.site === 'string' ? findByName(catalog.sites, values.site, 'site', io) : undefined;
      if (site === null) return 1;
      input = { serviceId: service.id, minutes, ...(site ? { siteId: site.id } : {}), ...when };
    }
    const answer = await callApi(session, 'plan.gate', input, io, gateHandlers);
    if (!answer) return 1;
    if (values.json) io.out(JSON.stringify(answer, null, 2));
    else {
      const place = answer.sites.length ? ` at ${answer.sites.join(', ')}` : '';
      io.out(`${answer.verdict}: ${answer.subject}${place} from ${answer.at}`);
      for (const r of answer.reasons) io.out(`  - [${r.severity}] ${r.message}`);
    }
    return answer.exitCode;
  });
}

export const gateCommand: Command = {
  usage: 'gate (--service NAME [--site NAME] | --release ID|TITLE) [--at ISO-TIME] [--minutes N] --workspace FILE [--json]',
  summary: 'CI/CD gate, by the calendar\'s own conflict rules: exit 0 allowed, 3 blocked (hard freeze or clashing release), 4 soft freeze (needs an exception).',
  options: { ...workspaceOption, ...jsonOption, service: { type: 'string' }, site: { type: 'string' }, release: { type: 'string' }, at: { type: 'string' }, minutes: { type: 'string' } },
  run: (values, positionals) => runGate(values, positionals, consoleIo),
};
