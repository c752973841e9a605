import type { ICalDayJsStub } from 'ical-generator';

/**
 * A date value ical-generator prints as the given wall clock in the event's TZID. Date and luxon
 * values go through an instant, which moves a wall time inside a spring-forward gap (02:30 becomes
 * 03:30) and with it every occurrence of the RRULE; this keeps the window's own text. ical-generator
 * formats Day.js-style values through format('YYYYMMDD') and format('HHmmss'), so that is the shape.
 * `instantMs` (the real start) serves the library's ordering checks.
 */
export function wallClockValue(local: string, instantMs: number): ICalDayJsStub {
  const [date = '', time = ''] = local.split('T');
  const value: ICalDayJsStub = {
    format: (pattern?: string) => {
      if (pattern === 'YYYYMMDD') return date.replace(/-/g, '');
      if (pattern === 'HHmmss') return `${time.replace(':', '')}00`;
      return new Date(instantMs).toISOString();
    },
    isValid: () => true,
    toDate: () => new Date(instantMs),
    toJSON: () => new Date(instantMs).toISOString(),
    tz: () => value,
  };
  return value;
}
