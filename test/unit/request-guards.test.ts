import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
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
