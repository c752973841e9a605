import { parseArgs } from 'node:util';
import { buildRenderer, RENDERER_OUT } from '../build/bundle';
import { startHttpHost } from './http-host';
import { openSession } from './session';
import { WorkspaceHub } from './workspace-hub';
import { resolveWorkspacePath } from './workspace-location';

const USAGE = 'Usage: npm run serve -- [--port N] [--workspace FILE]';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { port: { type: 'string' }, workspace: { type: 'string' }, help: { type: 'boolean', short: 'h' }, 'no-build': { type: 'boolean' } },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = values.port === undefined ? 4180 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a number from 0 to 65535. ${USAGE}`);
  if (!values['no-build']) await buildRenderer();
  const session = openSession(resolveWorkspacePath(values.workspace));
  const hub = new WorkspaceHub(session, { log: console.error });
  let host;
  try {
    host = await startHttpHost({ hub, staticDir: RENDERER_OUT, port, log: console.error });
  } catch (error) {
    hub.close();
    if ((error as { code?: string }).code === 'EADDRINUSE') throw new Error(`Port ${port} is already in use. Pass --port N, or --port 0 for any free port.`, { cause: error });
    throw error;
  }
  console.log(`Release Cockpit is serving ${session.ctx.workspacePath}${session.seeded ? ' (new demo workspace)' : ''} at ${host.url}`);
  const stop = () => {
    void host.close().then(() => {
      hub.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
