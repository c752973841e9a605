import { describe, expect, it } from 'vitest';
import { count, plural } from '../../shared/text/plural';

describe('plural', () => {
  it('says one or many, with the count grouped as people read it', () => {
    expect(plural(1, 'service')).toBe('1 service');
    expect(plural(0, 'service')).toBe('0 services');
    expect(plural(2, 'entity', 'entities')).toBe('2 entities');
    expect(plural(1234, 'row')).toBe('1,234 rows');
    expect(count(10_000)).toBe('10,000');
  });
});
