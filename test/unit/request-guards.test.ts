import type { IncomingMessage } from 'node:http';
import * as crypto from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { hostAllowed, originAllowed, tokenMatches } from '../../electron/host/request-guards';

const req = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage;

describe('loopback host guards', () => {
  it('accepts only our own host names on our port', () => {
    expect(hostAllowed(req({ host: '127.0.0.1:4180' }), 4180)).toBe(true);
    expect(hostAllowed(req({ host: 'localhost:4180' }), 4180)).toBe(true);
    expect(hostAllowed(req({ host: '127.0.0.1:4181' }), 4180)).toBe(false);
    expect(hostAllowed(req({ host: 'evil.example:4180' }), 4180)).toBe(false);
    expect(hostAllowed(req({ host: '127.0.0.1.evil.example:4180' }), 4180)).toBe(false);
    expect(hostAllowed(req({}), 4180)).toBe(false);
  });

  it('accepts a missing Origin or our own, and nothing else', () => {
    expect(originAllowed(req({}), 4180)).toBe(true);
    expect(originAllowed(req({ origin: 'http://127.0.0.1:4180' }), 4180)).toBe(true);
    expect(originAllowed(req({ origin: 'http://127.0.0.1:4180.evil.example' }), 4180)).toBe(false);
    expect(originAllowed(req({ origin: 'https://127.0.0.1:4180' }), 4180)).toBe(false);
    expect(originAllowed(req({ origin: 'null' }), 4180)).toBe(false);
  });

  it('compares tokens exactly', () => {
    expect(tokenMatches('abc', 'abc')).toBe(true);
    expect(tokenMatches('abc', 'abd')).toBe(false);
    expect(tokenMatches('abc', 'ab')).toBe(false);
    expect(tokenMatches('abc', undefined)).toBe(false);
  });
});

describe('the token comparison', () => {
  it('runs in constant time through crypto.timingSafeEqual for a same-length guess, and never throws for another length', async () => {
    vi.resetModules();
    const timingSafeEqual = vi.fn(crypto.timingSafeEqual);
    vi.doMock('node:crypto', () => ({ ...crypto, timingSafeEqual }));
    const guards = await import('../../electron/host/request-guards');
    expect(guards.tokenMatches('s3cret-token', 's3cret-tokeN')).toBe(false);
    expect(timingSafeEqual).toHaveBeenCalledTimes(1);
    expect(guards.tokenMatches('s3cret-token', 's3cret-token')).toBe(true);
    expect(timingSafeEqual).toHaveBeenCalledTimes(2);
    // Different lengths (in bytes too: é is two) are refused before the comparison, which would throw.
    expect(guards.tokenMatches('s3cret-token', 's3cret-toke')).toBe(false);
    expect(guards.tokenMatches('s3cret-token', 's3cret-tokeé')).toBe(false);
    expect(timingSafeEqual).toHaveBeenCalledTimes(2);
    vi.doUnmock('node:crypto');
  });
});
