import { handlers } from '../api/handler-table';
import { callApi, consoleIo, jsonOption, withWorkspace, parseInstant, workspaceOption, type Io, type Values } from './cli-io';
import type { Command } from './commands';

/** `schedule`: proposes planned starts; --apply writes them as one undoable, audited step. */
export async function runSchedule(values: Values, _positionals: string[], io: Io): Promise<number> {
  const timeLimitMs = Number(values['time-limit-ms'] ?? 2000);
  const seed = Number(values.seed ?? 1);
  const now = parseInstant(values.now, Date.now());
  if (!(Number.isFinite(timeLimitMs) && timeLimitMs > 0) || !Number.isInteger(seed) || Number.isNaN(now)) {
    io.err('--time-limit-ms must be a positive number, --seed an integer and --now an ISO time with an offset (2025-11-03T09:00Z).');
    return 2;
  }
  return withWorkspace(values, io, async (session) => {
    // The host's clock is the schedule's "now": --now pins it, as tests pin the app's.
    session.ctx.now = () => new Date(now);
    const proposal = await callApi(session, 'schedule.propose', { timeLimitMs, seed }, io, handlers);
    if (!proposal) return 1;
    let applied = 0;
    if (values.apply && proposal.moves.length > 0) {
      const result = await callApi(session, 'schedule.apply', { moves: proposal.moves.map((m) => ({ releaseId: m.releaseId, to: m.to })) }, io, handlers);
      if (!result) return 1;
      applied = result.applied;
    }
    if (values.json) io.out(JSON.stringify({ ...proposal, applied }, null, 2));
    else {
      io.out(`${proposal.moves.length} move(s), ${proposal.unchanged} unchanged, ${proposal.infeasible.length} cannot be scheduled (${proposal.ms} ms).`);
      for (const m of proposal.moves) io.out(`  "${m.title}" (#${m.releaseId}): ${m.from ?? 'unplanned'} -> ${m.to}. ${m.reason}`);
      for (const i of proposal.infeasible) {
        io.out(`  "${i.title}" (#${i.releaseId}) cannot be scheduled${i.earliest ? ` (earliest ${i.earliest})` : ''}: ${i.reasons.join(' ')}`);
      }
      if (values.apply) io.out(applied ? `Applied ${applied} new planned start(s) as one step; undo it in the app (Ctrl+Z).` : 'Nothing to apply.');
      else if (proposal.moves.length) io.out('Run again with --apply to write these planned starts.');
    }
    return 0;
  });
}

export const scheduleCommand: Command = {
  usage: 'schedule --workspace FILE [--apply] [--time-limit-ms N] [--seed N] [--now ISO] [--json]',
  summary: 'Propose planned starts for draft/submitted/approved/scheduled releases; --apply writes them (one undo step).',
  options: { ...workspaceOption, ...jsonOption, apply: { type: 'boolean' }, 'time-limit-ms': { type: 'string' }, seed: { type: 'string' }, now: { type: 'string' } },
  run: (values, positionals) => runSchedule(values, positionals, consoleIo),
};
