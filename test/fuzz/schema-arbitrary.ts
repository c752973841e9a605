import fc from 'fast-check';
import { z } from 'zod';
import { hostileString } from './hostile';

/** The subset of JSON Schema that z.toJSONSchema writes for our contract. */
interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
}

/** Values for a named field, so generated input gets past the first checks and reaches the handler. */
export type Hints = Record<string, fc.Arbitrary<unknown>>;

const localTime = fc.date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2028-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 16));
const isoTime = fc.date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2028-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString());

function stringArb(s: JsonSchema): fc.Arbitrary<unknown> {
  if (s.format === 'date-time') return fc.oneof({ weight: 4, arbitrary: isoTime }, { weight: 1, arbitrary: hostileString });
  if (s.pattern) {
    const re = new RegExp(s.pattern);
    // Real dates and times in the shape the pattern asks for (a date, or a local date-time); random digits otherwise.
    const shaped = [localTime, localTime.map((v) => v.slice(0, 10))].find((arb) => fc.sample(arb, { numRuns: 3, seed: 1 }).every((v) => re.test(v)));
    return fc.oneof({ weight: 4, arbitrary: shaped ?? fc.stringMatching(re) }, { weight: 1, arbitrary: fc.stringMatching(re) }, { weight: 1, arbitrary: hostileString });
  }
  const maxLength = Math.min(s.maxLength ?? 60, 60);
  return fc.oneof({ weight: 3, arbitrary: fc.string({ minLength: s.minLength ?? 0, maxLength }) }, { weight: 2, arbitrary: hostileString });
}

function integerArb(s: JsonSchema): fc.Arbitrary<unknown> {
  const min = s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : (s.minimum ?? -1e6);
  const max = Math.min(s.maximum ?? 1e6, Number.MAX_SAFE_INTEGER);
  // Small positive numbers hit the demo's ids; the edges and a few out-of-range values test the checks.
  return fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: Math.max(min, 0), max: Math.max(Math.min(max, 60), Math.max(min, 0)) }) },
    { weight: 2, arbitrary: fc.integer({ min: Math.max(min, -Number.MAX_SAFE_INTEGER), max }) },
    { weight: 1, arbitrary: fc.constantFrom(min, max, min - 1, max + 1, 0, -1, 1.5, Number.MAX_SAFE_INTEGER) },
  );
}

export function fromJsonSchema(s: JsonSchema, hints: Hints, key = ''): fc.Arbitrary<unknown> {
  const hint = hints[key];
  if (hint) return hint;
  if (s.anyOf ?? s.oneOf) return fc.oneof(...(s.anyOf ?? s.oneOf ?? []).map((x) => fromJsonSchema(x, hints, key)));
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum) return fc.constantFrom(...s.enum);
  switch (s.type) {
    case 'string': return stringArb(s);
    case 'integer': return integerArb(s);
    case 'number': return fc.oneof(integerArb(s), fc.double());
    case 'boolean': return fc.boolean();
    case 'null': return fc.constant(null);
    case 'array': {
      const items = fromJsonSchema(s.items ?? {}, hints, key);
      return fc.array(items, { minLength: s.minItems ?? 0, maxLength: Math.min(s.maxItems ?? 4, 4) });
    }
    case 'object': {
      const required = new Set(s.required ?? []);
      const entries = Object.entries(s.properties ?? {});
      const model = Object.fromEntries(entries.map(([k, v]) => [k, fromJsonSchema(v, hints, k)]));
      return fc.record(model, { requiredKeys: entries.map(([k]) => k).filter((k) => required.has(k)) });
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** Input for a contract method: shaped by its zod schema (refinements aside), with field hints. */
export function inputFor(schema: z.ZodType, hints: Hints): fc.Arbitrary<unknown> {
  return fromJsonSchema(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema, hints);
}

/** Replaces one field (or adds a stray one) with any JSON value: what a hand-written or buggy client sends. */
export function mutatedInput(base: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.tuple(base, fc.nat(), fc.oneof(fc.jsonValue({ maxDepth: 2 }), hostileString), fc.boolean()).map(([value, pick, junk, stray]) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return junk;
    const keys = Object.keys(value);
    const key = stray || keys.length === 0 ? '__stray' : keys[pick % keys.length]!;
    return { ...value, [key]: junk };
  });
}
