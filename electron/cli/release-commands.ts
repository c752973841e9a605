import type { WorkspaceSnapshot } from '../../shared/api/contract';
import { approvalStatus, nextStatuses, openForApproval, OUTCOMES_FOR, policyForTier, releaseTier, STATUS_WORDS, transitionRefusal } from '../../shared/engine/governance';
import { CHANGE_TYPE_LABELS, OUTCOME_LABELS, RELEASE_OUTCOMES, ROLE_LABELS, type ReleaseOutcome, type Role } from '../../shared/model/governance-enums';
import type { Release } from '../../shared/model/plan';
import { handlers } from '../api/handler-table';
import type { Session } from '../host/session';
import { actorOption, callApi, consoleIo, findRelease, jsonOption, tryApi, withWorkspace, workspaceOption, type Io, type Values } from './cli-io';
import type { Command } from './commands';

/**
 * Exit codes of `release`: 0 done (or shown); 1 bad input or failure (no workspace, no such release, a
 * title several releases share, a value the API rejects, a read-only file); 2 usage error; 3 refused by
 * change control: the handler's rule said no (an illegal move, separation of duties, a policy not met,
 * an acting name that is no profile), its reason on stderr. Like the gate's 3, "the rules say no".
 */
export const RELEASE_OK = 0;
export const RELEASE_FAILED = 1;
export const RELEASE_USAGE = 2;
export const RELEASE_REFUSED = 3;

type Status = Release['status'];

const SUBCOMMANDS = ['show', 'submit', 'approve', 'schedule', 'start', 'cancel', 'close'] as const;
type Sub = (typeof SUBCOMMANDS)[number];
const isSub = (text: string | undefined): text is Sub => SUBCOMMANDS.includes(text as Sub);

/** The lifecycle move each plain subcommand asks the handler for. */
const MOVES = { submit: 'submitted', schedule: 'scheduled', start: 'in-progress', cancel: 'cancelled' } as const satisfies Partial<Record<Sub, Status>>;

const USAGE = [
  'release show|submit|approve|schedule|start|cancel ID|"TITLE" --workspace FILE [--as NAME] [--json]',
  '  release-cockpit release approve ID|"TITLE" [--comment TEXT] --workspace FILE [--as NAME] [--json]',
  `  release-cockpit release close ID|"TITLE" --outcome ${RELEASE_OUTCOMES.join('|')} [--note TEXT] --workspace FILE [--as NAME] [--json]`,
].join('\n');

/** The closing status an outcome belongs to, as the lifecycle pairs them (rolled-back and failed have their own). */
function closingStatus(outcome: ReleaseOutcome): Status {
  const statuses = Object.keys(OUTCOMES_FOR) as Status[];
  return statuses.find((status) => OUTCOMES_FOR[status]!.includes(outcome))!;
}

/** The command that makes a move, for `show`; null for a move only the app offers. */
function commandFor(to: Status): string | null {
  if (to in OUTCOMES_FOR) return `release close --outcome ${OUTCOMES_FOR[to]!.join('|')}`;
  const sub = (Object.keys(MOVES) as (keyof typeof MOVES)[]).find((s) => MOVES[s] === to);
  return sub ? `release ${sub}` : null;
}

/** One release as `show` reports it; the same object ends every move's --json answer. */
export interface ReleaseView {
  id: number;
  title: string;
  type: Release['type'];
  standardKind: string | null;
  status: Status;
  requester: string;
  plannedStart: string | null;
  durationMinutes: number;
  tier: 1 | 2 | 3;
  /** What its tier's policy asks of it; null for a pre-approved standard change. */
  policy: { approvers: number; roles: Role[] } | null;
  preApproved: boolean;
  policyMet: boolean;
  /** Who is still needed, in words, as the app says it. */
  stillNeeded: string[];
  /** Whether an approval can land on it now (submitted, or an emergency change after submission). */
  approvalOpen: boolean;
  /** Every approval, withdrawn ones too, oldest first. */
  approvals: { approver: string; role: Role | null; at: string; comment: string; withdrawnAt: string | null; withdrawnReason: string | null }[];
  /** The moves its lifecycle allows next, each with the rule's current answer and the command that asks for it. */
  next: { status: Status; command: string | null; allowed: boolean; reason: string | null }[];
  outcome: { result: ReleaseOutcome | null; note: string | null } | null;
  submittedAt: string | null;
  approvedAt: string | null;
  startedAt: string | null;
  finishedAt: string | null;
}

/** Where a release stands, by the shared governance rules the host judges with (tier, policy, approvals, lifecycle). */
export function releaseView(snapshot: WorkspaceSnapshot, release: Release): ReleaseView {
  const tierOf = new Map(snapshot.catalog.services.map((s) => [s.id, s.tier]));
  const tier = releaseTier(release, (id) => tierOf.get(id));
  const policy = policyForTier(snapshot.governance.policies, tier);
  const approvals = snapshot.governance.approvals.filter((a) => a.releaseId === release.id).sort((a, b) => a.at.localeCompare(b.at) || a.id - b.id);
  const status = approvalStatus(release, policy, approvals);
  const closed = release.outcomeResult != null || (release.outcome ?? '') !== '';
  return {
    id: release.id,
    title: release.title,
    type: release.type,
    standardKind: release.standardKind ?? null,
    status: release.status,
    requester: release.requester,
    plannedStart: release.plannedStart,
    durationMinutes: release.durationMinutes,
    tier,
    policy: status.rule ? { approvers: status.rule.approvers, roles: status.rule.roles } : null,
    preApproved: status.preApproved,
    policyMet: status.satisfied,
    stillNeeded: status.stillNeeded,
    approvalOpen: openForApproval(release),
    approvals: approvals.map((a) => ({ approver: a.approver, role: a.role, at: a.at, comment: a.note, withdrawnAt: a.withdrawnAt, withdrawnReason: a.withdrawnReason })),
    next: nextStatuses(release).map((to) => {
      const reason = transitionRefusal(release, to, status);
      return { status: to, command: commandFor(to), allowed: reason === null, reason };
    }),
    outcome: closed ? { result: release.outcomeResult ?? null, note: release.outcome ?? null } : null,
    submittedAt: release.submittedAt ?? null,
    approvedAt: release.approvedAt ?? null,
    startedAt: release.startedAt ?? null,
    finishedAt: release.finishedAt ?? null,
  };
}

const policyWords = (view: ReleaseView): string => {
  if (!view.policy) return `pre-approved standard change${view.standardKind ? ` (${view.standardKind})` : ''}`;
  const roles = view.policy.roles.map((r) => `one from ${ROLE_LABELS[r]}`);
  return view.policy.approvers === 0 && roles.length === 0 ? 'no approver needed' : [`${view.policy.approvers} approver${view.policy.approvers === 1 ? '' : 's'}`, ...roles].join(', ');
};

const approvalWords = (view: ReleaseView): string =>
  view.preApproved ? 'pre-approved standard change' : view.policyMet ? `its tier-${view.tier} policy is met` : `it still needs ${view.stillNeeded.join(' and ')}`;

function printView(view: ReleaseView, io: Io): void {
  io.out(`#${view.id} "${view.title}"`);
  io.out(`  Type:       ${CHANGE_TYPE_LABELS[view.type].toLowerCase()} change${view.standardKind ? ` (${view.standardKind})` : ''}, tier ${view.tier}; policy: ${policyWords(view)}`);
  const times = (['submittedAt', 'approvedAt', 'startedAt', 'finishedAt'] as const).filter((k) => view[k]).map((k) => `${k.replace('At', '')} ${view[k]}`);
  io.out(`  Status:     ${view.status}${times.length ? ` (${times.join(', ')})` : ''}`);
  io.out(`  Requester:  ${view.requester || '(none)'}`);
  io.out(`  Planned:    ${view.plannedStart ? `${view.plannedStart} for ${view.durationMinutes} min` : 'no planned start'}`);
  if (view.approvals.length === 0) io.out('  Approvals:  none');
  else {
    io.out('  Approvals:');
    for (const a of view.approvals) {
      const role = a.role ? ` (${ROLE_LABELS[a.role]})` : '';
      const comment = a.comment ? `: "${a.comment}"` : '';
      const withdrawn = a.withdrawnAt ? `; WITHDRAWN ${a.withdrawnAt}${a.withdrawnReason ? `: ${a.withdrawnReason}` : ''}` : '';
      io.out(`    - ${a.approver}${role}, ${a.at}${comment}${withdrawn}`);
    }
  }
  io.out(`  Policy:     ${view.preApproved ? 'pre-approved, no approver needed' : view.policyMet ? 'met' : `still needs ${view.stillNeeded.join(' and ')}`}${view.approvalOpen ? '; open for approval (release approve)' : ''}`);
  if (view.outcome) io.out(`  Outcome:    ${view.outcome.result ? OUTCOME_LABELS[view.outcome.result] : '(none)'}${view.outcome.note ? `: ${view.outcome.note}` : ''}`);
  if (view.next.length === 0) io.out(`  Next:       nothing; ${STATUS_WORDS[view.status]} is final`);
  else {
    io.out('  Next:');
    for (const n of view.next) {
      const how = n.allowed ? (n.command ?? 'in the app (Change control)') : `refused now: ${n.reason}`;
      io.out(`    - ${n.status}: ${how}`);
    }
  }
}

const VERBS: Record<Exclude<Sub, 'show'>, string> = { submit: 'Submitted', approve: 'Approved', schedule: 'Scheduled', start: 'Started', cancel: 'Cancelled', close: 'Closed' };

/** Asks the handler table for the move; the rules (lifecycle, separation of duties, policy) and the audit are all the handler's. */
async function runMove(session: Session, sub: Exclude<Sub, 'show'>, release: Release, values: Values, io: Io): Promise<number> {
  const answer =
    sub === 'approve'
      ? await tryApi(session, 'release.approve', { id: release.id, ...(typeof values.comment === 'string' ? { note: values.comment } : {}) }, io, handlers)
      : await tryApi(
          session,
          'release.transition',
          sub === 'close'
            ? { id: release.id, to: closingStatus(values.outcome as ReleaseOutcome), outcome: values.outcome as ReleaseOutcome, ...(typeof values.note === 'string' ? { note: values.note } : {}) }
            : { id: release.id, to: MOVES[sub] },
          io,
          handlers,
        );
  if (!answer.ok) return answer.code === 'REFUSED' ? RELEASE_REFUSED : RELEASE_FAILED;
  const snapshot = await callApi(session, 'workspace.snapshot', {}, io, handlers);
  if (!snapshot) return RELEASE_FAILED;
  const view = releaseView(snapshot, snapshot.plan.releases.find((r) => r.id === release.id) ?? answer.value);
  if (values.json) {
    io.out(JSON.stringify({ action: sub, actor: session.ctx.actor, from: release.status, release: view }, null, 2));
    return RELEASE_OK;
  }
  const change = view.status === release.status ? `still ${view.status}` : `${release.status} → ${view.status}`;
  const outcome = sub === 'close' && view.outcome?.result ? `, outcome ${view.outcome.result}${view.outcome.note ? ` ("${view.outcome.note}")` : ''}` : '';
  const approval = sub === 'approve' || sub === 'submit' ? `; ${approvalWords(view)}` : '';
  io.out(`${VERBS[sub]} "${view.title}" (#${view.id}) as ${session.ctx.actor}: ${change}${outcome}${approval}.`);
  return RELEASE_OK;
}

/** `release SUB ID|"TITLE"`: show a release's change control, or move it through the handler table as the acting profile. */
export async function runRelease(values: Values, positionals: string[], io: Io): Promise<number> {
  const [sub, target, ...extra] = positionals;
  const usage = (why: string) => {
    io.err(`${why}\nUsage: release-cockpit ${USAGE}`);
    return RELEASE_USAGE;
  };
  if (!isSub(sub)) return usage(`Say what to do with the release: ${SUBCOMMANDS.join(', ')}.`);
  if (target === undefined || target.trim() === '') return usage('Name the release by its id or its exact title.');
  if (extra.length > 0) return usage(`One release at a time; put a title in quotes ("${[target, ...extra].join(' ')}").`);
  if (values.as !== undefined && String(values.as).trim() === '') return usage('--as needs a profile name.');
  if (values.comment !== undefined && sub !== 'approve') return usage('--comment goes with approve.');
  if (values.note !== undefined && sub !== 'close') return usage('--note goes with close (the outcome\'s note).');
  if (values.outcome !== undefined && sub !== 'close') return usage('--outcome goes with close.');
  if (sub === 'close' && !RELEASE_OUTCOMES.includes(values.outcome as ReleaseOutcome)) {
    return usage(values.outcome === undefined ? `Say how it went: --outcome ${RELEASE_OUTCOMES.join('|')}.` : `--outcome is one of ${RELEASE_OUTCOMES.join(', ')} (got "${String(values.outcome)}").`);
  }
  return withWorkspace(values, io, async (session) => {
    if (sub !== 'show') {
      const plan = await callApi(session, 'plan.get', {}, io, handlers);
      if (!plan) return RELEASE_FAILED;
      const release = findRelease(plan.releases, target, io);
      return release ? runMove(session, sub, release, values, io) : RELEASE_FAILED;
    }
    const snapshot = await callApi(session, 'workspace.snapshot', {}, io, handlers);
    if (!snapshot) return RELEASE_FAILED;
    const release = findRelease(snapshot.plan.releases, target, io);
    if (!release) return RELEASE_FAILED;
    const view = releaseView(snapshot, release);
    if (values.json) io.out(JSON.stringify(view, null, 2));
    else printView(view, io);
    return RELEASE_OK;
  });
}

export const releaseCommand: Command = {
  usage: USAGE,
  summary:
    'Change control from a terminal: show a release (type, status, requester, approvals, who is still needed, the moves allowed next), or submit / approve / schedule / start / cancel / close it as RELEASE_COCKPIT_AS (--as NAME overrides). Exit 0 done, 1 bad input, 2 usage, 3 refused by change control (the reason on stderr).',
  options: { ...workspaceOption, ...jsonOption, ...actorOption, comment: { type: 'string' }, outcome: { type: 'string' }, note: { type: 'string' } },
  run: (values, positionals) => runRelease(values, positionals, consoleIo),
};
