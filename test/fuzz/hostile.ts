import fc from 'fast-check';

/** Strings that have broken parsers, spreadsheets, calendars or SQL before. */
export const HOSTILE_STRINGS = [
  '', ' ', '\u0000', '\uFEFF', '\uD800', '\r\n', '"', '""', "'", ',', ';', '\\', '\t=1+1',
  '=HYPERLINK("http://evil.example","x")', '+cmd|/C calc!A0', '-2+3', '@SUM(A1)',
  "'; DROP TABLE services; --", '../../../etc/passwd', 'C:\\Windows\\system32', '%s%n%x', '${7*7}', '{{7*7}}',
  '<script>alert(1)</script>', '\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:evil', 'RRULE:FREQ=SECONDLY', 'FREQ=YEARLY;COUNT=999999999',
  '*a', '&a [*a,*a]', '!!js/function "x"', '!!binary AAAA', '---', '__proto__', 'constructor', 'NaN', '-0', '1e309',
  '9007199254740993', '2024-02-30T25:61', '0000-00-00T00:00', 'Europe/Nowhere', '🚚📦', 'a\u0301', 'x'.repeat(10_000),
];

export const hostileString = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
);

/** Tokens inserted into sample files: each one meaningful to at least one of the formats. */
const TOKENS = [
  '"', '\r\n', '\n', ',', ';', '\t', ':', '\\', '=', '\u0000', '\uFEFF', '*', '&', '!', '#', '- ', '  ', '{', '}', '[', ']',
  'BEGIN:VEVENT\r\n', 'END:VEVENT\r\n', 'END:VCALENDAR\r\n', 'RRULE:FREQ=SECONDLY\r\n', 'RRULE:FREQ=DAILY;COUNT=999999999\r\n',
  'DTSTART:20260101T000000Z\r\n', 'DTSTART;TZID=Mars/Olympus:20260101T000000\r\n', 'DURATION:-P1D\r\n', 'EXDATE:garbage\r\n',
  '&anchor ', '*anchor', '<<: *anchor', '!!binary ', 'null', 'true', '-1', '1e999', '99999999999999999999', '"__proto__":',
  'parent,type,child\r\n', 'from,to\r\n', 'name\r\n', '=cmd|', '\'=1', 'x'.repeat(500),
];

type Op = { kind: 'insert' | 'delete' | 'duplicate' | 'truncate' | 'replace'; at: number; len: number; token: string };

const op: fc.Arbitrary<Op> = fc.record({
  kind: fc.constantFrom('insert', 'insert', 'delete', 'duplicate', 'truncate', 'replace'),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  len: fc.integer({ min: 1, max: 200 }),
  token: fc.oneof(fc.constantFrom(...TOKENS), hostileString),
});

function apply(text: string, o: Op): string {
  const at = Math.floor(o.at * text.length);
  switch (o.kind) {
    case 'insert': return text.slice(0, at) + o.token + text.slice(at);
    case 'delete': return text.slice(0, at) + text.slice(at + o.len);
    case 'duplicate': return text.slice(0, at + o.len) + text.slice(at, at + o.len) + text.slice(at);
    case 'truncate': return text.slice(0, at);
    case 'replace': return text.slice(0, at) + o.token + text.slice(at + o.len);
  }
}

/** A sample file, unchanged now and then, otherwise bent by one to five edits. */
export function mutatedText(samples: readonly string[]): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom(...samples), fc.array(op, { minLength: 0, maxLength: 5 })).map(([text, ops]) => ops.reduce(apply, text));
}
