import { handlers } from '../api/handler-table';
import { callApi, consoleIo, jsonOption, withWorkspace, workspaceOption, type Io, type Values } from './cli-io';
import type { Command } from './commands';

const USAGE = 'audit verify|checkpoint --workspace FILE [--json]';

/**
 * `audit verify`: walks the hash chain and names the first broken entry (exit 1). `audit checkpoint`:
 * the head hash and count to keep elsewhere. Tamper-evident, not tamper-proof: whoever can write the
 * file can rebuild the chain, which only a checkpoint kept elsewhere reveals.
 */
export async function runAudit(values: Values, positionals: string[], io: Io): Promise<number> {
  const [sub] = positionals;
  if (sub !== 'verify' && sub !== 'checkpoint') {
    io.err(`Say verify or checkpoint. Usage: release-cockpit ${USAGE}`);
    return 2;
  }
  return withWorkspace(values, io, async (session) => {
    if (sub === 'checkpoint') {
      const head = await callApi(session, 'audit.checkpoint', {}, io, handlers);
      if (!head) return 1;
      if (values.json) io.out(JSON.stringify(head, null, 2));
      else io.out(`${head.count} audit entries; head entry ${head.headId}${head.headAt ? ` (${head.headAt})` : ''}; head hash ${head.headHash}`);
      return 0;
    }
    const verdict = await callApi(session, 'audit.verify', {}, io, handlers);
    if (!verdict) return 1;
    if (values.json) io.out(JSON.stringify(verdict, null, 2));
    else if (verdict.intact) io.out(`The audit trail is intact: ${verdict.count} entries chain to head hash ${verdict.headHash}. Compare that hash with a checkpoint kept elsewhere to know that history was not rebuilt.`);
    else io.err(`The audit trail is broken at entry ${verdict.brokenId}${verdict.brokenAt ? ` (${verdict.brokenAt})` : ''}: ${verdict.problem}`);
    return verdict.intact ? 0 : 1;
  });
}

export const auditCommand: Command = {
  usage: USAGE,
  summary: 'Check the tamper-evident audit trail (verify: the first broken entry, exit 1), or print its head hash and count (checkpoint).',
  options: { ...workspaceOption, ...jsonOption },
  run: (values, positionals) => runAudit(values, positionals, consoleIo),
};
