import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handlers, type HandlerTable } from '../../electron/api/handler-table';
import { FuzzEnv } from '../fuzz/fuzz-env';
import { buildSamples, type Samples } from '../fuzz/samples';
import { type FuzzCase, fuzzCase } from '../fuzz/targets';

// The same properties as `npm run fuzz` (10,000 cases), with fewer cases so the suite stays quick.
const CASES = 200;

describe('hostile input through the API and the importers', () => {
  let env: FuzzEnv;
  let samples: Samples;

  beforeAll(async () => {
    env = new FuzzEnv();
    const session = env.sampleSession();
    samples = await buildSamples(session.ctx);
    session.close();
  });
  afterAll(() => env.close());

  it('answers every case with a typed Result, never INTERNAL, in time, and a failed write or a read changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fuzzCase(samples), async (c) => {
        expect(await env.check(c)).toBeNull();
      }),
      { numRuns: CASES },
    );
  }, 180_000);

  it('the checks fail for a handler that throws, and for a read that writes', async () => {
    const broken: HandlerTable = {
      ...handlers,
      'plan.get': () => {
        throw new TypeError('a slip in a handler');
      },
      'catalog.get': (input, ctx) => {
        ctx.db.prepare('DELETE FROM dependencies WHERE id = (SELECT min(id) FROM dependencies)').run();
        return handlers['catalog.get'](input, ctx);
      },
    };
    const buggy = new FuzzEnv(broken);
    const at = (method: FuzzCase['method']): FuzzCase => ({ target: 'api:dispatch', via: 'dispatch', method, input: {} });
    try {
      expect(await buggy.check(at('plan.get'))).toMatch(/^INTERNAL error.*a slip in a handler/);
      expect(await buggy.check(at('catalog.get'))).toBe('a read changed the workspace');
      expect(await buggy.check(at('exception.list'))).toBeNull();
    } finally {
      await buggy.close();
    }
  });
});
