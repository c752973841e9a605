import { request } from 'node:http';
import { dispatch } from '../../electron/api/dispatch';
import { handlers, type HandlerTable } from '../../electron/api/handler-table';
import type { HandlerContext } from '../../electron/api/context';
import { startHttpHost, type RunningHost } from '../../electron/host/http-host';
import type { Session } from '../../electron/host/session';
import { WorkspaceHub } from '../../electron/host/workspace-hub';
import { contract } from '../../shared/api/contract';
import { HTTP_CALL_PATH, TOKEN_HEADER } from '../../shared/api/bridge';
import { ERROR_CODES } from '../../shared/api/result';
import type { FuzzCase } from './targets';
import { fingerprint, FuzzWorkspaces } from './workspace';

/** A case that is not answered within this is a hang (a synchronous one shows as the elapsed time). */
export const CASE_TIMEOUT_MS = 5000;
/** Successful writes drift the workspace away from the demo; start again from a fresh copy this often. */
const RESET_EVERY = 150;

interface Lane {
  ctx: HandlerContext;
  call(method: string, input: unknown): Promise<unknown>;
  close(): Promise<void>;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

/** Two disposable demo workspaces, one called through dispatch and one through the loopback host. */
export class FuzzEnv {
  private readonly workspaces = new FuzzWorkspaces();
  private readonly lanes = new Map<FuzzCase['via'], { lane: Lane; uses: number }>();
  /** Unexpected errors the dispatcher logged during the current case. */
  private logged: unknown[] = [];
  private readonly log = (error: unknown) => this.logged.push(error);

  /** `table` is the real handler table except in the test that proves the checks can fail. */
  constructor(private readonly table: HandlerTable = handlers) {}

  /** A session's context, for building samples from the demo. */
  sampleSession(): Session {
    return this.workspaces.open();
  }

  private async lane(via: FuzzCase['via']): Promise<Lane> {
    const current = this.lanes.get(via);
    if (current && current.uses++ < RESET_EVERY) return current.lane;
    await current?.lane.close();
    const lane = via === 'dispatch' ? this.directLane() : await this.httpLane();
    this.lanes.set(via, { lane, uses: 1 });
    return lane;
  }

  private directLane(): Lane {
    const session = this.workspaces.open();
    return { ctx: session.ctx, call: (m, i) => dispatch(this.table, session.ctx, m, i, this.log), close: async () => session.close() };
  }

  private async httpLane(): Promise<Lane> {
    const session = this.workspaces.open();
    const hub = new WorkspaceHub(session, { log: this.log });
    const host: RunningHost = await startHttpHost({ hub, staticDir: this.workspaces.dir, log: this.log });
    // A new connection per call: with client and host in one process, a long synchronous case lets the
    // host's keep-alive timer close a socket just as the client reuses it (ECONNRESET, not the app's doing).
    const call = (method: string, input: unknown) => new Promise<unknown>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: host.port, path: HTTP_CALL_PATH, method: 'POST', agent: false, headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          try {
            resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        });
      });
      req.on('error', reject);
      req.end(JSON.stringify({ method, input }));
    });
    return { ctx: session.ctx, call, close: async () => { await host.close(); hub.close(); } };
  }

  /** Runs one case; returns what was wrong with it, or null. */
  async check(c: FuzzCase): Promise<string | null> {
    const lane = await this.lane(c.via);
    const before = await fingerprint(lane.ctx);
    this.logged = [];
    const started = performance.now();
    let result: unknown;
    try {
      result = await withTimeout(lane.call(c.method, c.input), CASE_TIMEOUT_MS);
    } catch (error) {
      const cause = error instanceof Error && error.cause ? ` (${String((error.cause as { code?: string }).code ?? error.cause)})` : '';
      return `threw or hung: ${error instanceof Error ? error.message : String(error)}${cause}`;
    }
    const ms = performance.now() - started;
    if (ms > CASE_TIMEOUT_MS) return `took ${Math.round(ms)} ms (limit ${CASE_TIMEOUT_MS} ms)`;
    const problem = resultProblem(result);
    if (problem) return this.logged.length ? `${problem} Logged: ${String(this.logged[0]).slice(0, 300)}` : problem;
    if (this.logged.length) return `an unexpected error was logged: ${String(this.logged[0])}`;
    const ok = (result as { ok: boolean }).ok;
    if (!ok || contract[c.method].kind === 'read') {
      if ((await fingerprint(lane.ctx)) !== before) return ok ? 'a read changed the workspace' : 'a failed write changed the workspace';
    }
    return null;
  }

  async close(): Promise<void> {
    for (const { lane } of this.lanes.values()) await lane.close();
    this.workspaces.dispose();
  }
}

/** A typed Result: ok with a value, or an error with a known code other than INTERNAL and a message. */
export function resultProblem(result: unknown): string | null {
  if (typeof result !== 'object' || result === null || typeof (result as { ok?: unknown }).ok !== 'boolean') return `not a Result: ${JSON.stringify(result)?.slice(0, 200)}`;
  const r = result as { ok: boolean; error?: { code?: unknown; message?: unknown } };
  if (r.ok) return null;
  const code = r.error?.code;
  if (typeof code !== 'string' || !(ERROR_CODES as readonly string[]).includes(code)) return `unknown error code ${String(code)}`;
  if (code === 'INTERNAL') return `INTERNAL error: ${String(r.error?.message)}`;
  if (typeof r.error?.message !== 'string' || r.error.message.trim() === '') return `${code} error without a message`;
  return null;
}
