import { describe, expect, it } from 'vitest';
import { memoryWorkspace } from './helpers';

/** Writes by three people on three days, each audited at its own time. */
async function trail() {
  const w = memoryWorkspace();
  const at = (iso: string) => (w.ctx.now = () => new Date(iso));
  at('2031-03-01T09:00:00Z');
  const leeds = await w.ok('site.create', { name: 'Leeds DC', kind: 'dc', region: 'UK', timeZone: 'Europe/London' }, 'Rita');
  at('2031-03-02T09:00:00Z');
  const wms = await w.ok('service.create', { name: 'WMS 50%_off', kind: 'wms', tier: 1, ownerTeam: 'Warehouse', hosting: 'cloud', siteIds: [leeds.id] }, 'Omar');
  at('2031-03-03T09:00:00Z');
  await w.ok('service.update', { ...wms, name: 'WMS Central' }, 'rita');
  await w.ok('site.create', { name: 'Dallas DC', kind: 'dc', region: 'US', timeZone: 'America/Chicago' }, 'Eve');
  return { ...w, leeds, wms };
}

describe('audit.list filters and paging', () => {
  it('keeps working for the existing callers: a limit, an entity and an entity id, newest first', async () => {
    const w = await trail();
    const all = await w.ok('audit.list', {});
    expect(all.map((e) => e.id)).toEqual([...all.map((e) => e.id)].sort((a, b) => b - a));
    expect(all).toHaveLength(4);
    expect(await w.ok('audit.list', { limit: 1 })).toMatchObject([{ actor: 'Eve', entity: 'site', action: 'create' }]);
    const service = await w.ok('audit.list', { entity: 'service', entityId: w.wms.id });
    expect(service.map((e) => e.action)).toEqual(['update', 'create']);
    expect(service[0]).toMatchObject({ before: { name: 'WMS 50%_off' }, after: { name: 'WMS Central' } });
  });

  it('filters by actor in any case, by a time range and by words of the summary', async () => {
    const w = await trail();
    expect((await w.ok('audit.list', { actor: 'RITA' })).map((e) => e.entity)).toEqual(['service', 'site']);
    expect(await w.ok('audit.list', { actor: 'Nobody' })).toEqual([]);
    const day2 = await w.ok('audit.list', { from: '2031-03-02T00:00:00Z', to: '2031-03-03T00:00:00Z' });
    expect(day2.map((e) => e.actor)).toEqual(['Omar']);
    // Bounds in another offset are the same instants.
    expect(await w.ok('audit.list', { from: '2031-03-02T10:00:00+01:00', to: '2031-03-02T10:00:01+01:00' })).toHaveLength(1);
    expect((await w.ok('audit.list', { from: '2031-03-03T00:00:00Z' })).map((e) => e.actor)).toEqual(['Eve', 'rita']);
    expect((await w.ok('audit.list', { text: 'dallas' })).map((e) => e.actor)).toEqual(['Eve']);
    // LIKE wildcards in the search are taken literally.
    expect((await w.ok('audit.list', { text: '50%_' })).map((e) => e.action)).toEqual(['create']);
    expect(await w.ok('audit.list', { text: '%' })).toHaveLength(1);
    expect(await w.ok('audit.list', { text: 'WMS_' })).toEqual([]);
    expect((await w.ok('audit.list', { actor: 'rita', entity: 'site', text: 'Leeds' })).map((e) => e.entityId)).toEqual([w.leeds.id]);
  });

  it('pages with the before cursor, and a page stays put while new entries arrive', async () => {
    const w = await trail();
    const first = await w.ok('audit.list', { limit: 2 });
    await w.ok('site.create', { name: 'Reno DC', kind: 'dc', region: 'US', timeZone: 'America/Los_Angeles' }, 'Eve');
    const second = await w.ok('audit.list', { limit: 2, before: first[1]!.id });
    expect(second.map((e) => e.actor)).toEqual(['Omar', 'Rita']);
    expect(await w.ok('audit.list', { limit: 2, before: second[1]!.id })).toEqual([]);
    expect(await w.call('audit.list', { from: 'yesterday' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('names every actor and entity kind for the filters', async () => {
    const w = await trail();
    expect(await w.ok('audit.facets', {})).toEqual({ actors: ['Eve', 'Omar', 'Rita'], entities: ['service', 'site'] });
  });
});
