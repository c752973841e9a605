import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/api/dispatch';
import { handlers } from '../../electron/api/handler-table';
import type { Io, Values } from '../../electron/cli/cli-io';
import { runIncident } from '../../electron/cli/incident-commands';
import { openSession } from '../../electron/host/session';

const dir = mkdtempSync(join(tmpdir(), 'cockpit-incident-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(values: Values, positionals: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (l) => out.push(l), err: (l) => err.push(l) };
  return { code: await runIncident(values, positionals, io), out: out.join('\n'), err: err.join('\n') };
}

describe('release-cockpit incident', () => {
  it('lists incidents, shows and exports one report as Markdown or JSON, and says what is wrong with bad arguments', async () => {
    const workspace = join(dir, 'ws.sqlite');
    const session = openSession(workspace, { actor: 'ana' });
    const services = (await dispatch(handlers, session.ctx, 'catalog.get', {})) as { ok: true; value: { services: { id: number; name: string }[] } };
    const edi = services.value.services.find((s) => s.name === 'EDI Gateway (AS2)')!;
    const made = await dispatch(handlers, session.ctx, 'incident.create', { title: 'ASNs <not> sent', severity: 'SEV2', serviceIds: [edi.id], roles: [{ role: 'Incident commander', name: 'Ana' }] });
    expect(made.ok).toBe(true);
    const id = String((made as { ok: true; value: { id: number } }).value.id);
    session.close();

    const list = await cli({ workspace }, ['list']);
    expect(list.code).toBe(0);
    expect(list.out).toMatch(new RegExp(`^#${id} {2}SEV2 {2}Triage .* ASNs <not> sent$`, "m"));
    const show = await cli({ workspace }, ['show', id]);
    expect(show.out).toMatch(/^# SEV2 ASNs &lt;not&gt; sent/);
    expect(show.out).toContain('## Blast radius');
    const out = join(dir, 'report.json');
    const exported = await cli({ workspace, format: 'json', out }, ['export', id]);
    expect(exported.code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).incident).toMatchObject({ title: 'ASNs <not> sent', severity: 'SEV2', failingServices: ['EDI Gateway (AS2)'] });

    expect((await cli({ workspace }, ['show', '9999'])).code).toBe(1);
    expect((await cli({ workspace }, ['show'])).code).toBe(2);
    expect((await cli({ workspace, format: 'pdf' }, ['export', id])).code).toBe(2);
    expect((await cli({ workspace }, ['delete', id])).code).toBe(2);
  });
});
