import { buildRecurrence, recurrenceToForm, WEEKDAY_CODES, type RecurrenceForm, type WeekdayCode } from '../../../shared/engine/calendar/recurrence-form';
import type { PlanWindow, WindowInput } from '../../../shared/model/plan';

/**
 * The window editor's draft: what the form shows, in the words people use (dates, times, "every
 * Saturday and Sunday"), and the conversions to and from the API's window input. The recurrence
 * is kept as form fields; RRULE text is built only when saving or previewing, never shown.
 */
export type Repeat = 'none' | 'daily' | 'weekly' | 'monthly' | 'yearly';

export interface RepeatDraft {
  freq: Repeat;
  /** Every N days / weeks / months / years, as typed. */
  interval: string;
  /** Weekly: the days it repeats on. */
  weekdays: WeekdayCode[];
  /** Monthly: on a day number, or on the nth weekday. */
  monthlyBy: 'day' | 'weekday';
  /** '1'..'31', '-1' (last day) or '-2' (second-to-last day). */
  monthDay: string;
  /** Monthly and yearly by weekday: '1'..'4' or '-1' (last). */
  nth: string;
  weekday: WeekdayCode;
  /** Yearly: on the start date, or on the nth weekday of a month. */
  yearlyBy: 'date' | 'weekday';
  /** '1'..'12'. */
  month: string;
  ends: 'never' | 'until' | 'count';
  /** Last date, 'YYYY-MM-DD'. */
  until: string;
  count: string;
}

export interface WindowDraft {
  name: string;
  type: WindowInput['type'];
  severity: WindowInput['severity'];
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  /** 'site' (each affected site's own zone) or an IANA zone. */
  timeZone: string;
  repeat: RepeatDraft;
  /** A stored rule the form cannot show; kept as is until the user replaces it. */
  customRule: string | null;
  scope: WindowInput['scope'];
  reason: string;
}

export const WEEKDAY_NAMES: Record<WeekdayCode, string> = {
  MO: 'Monday', TU: 'Tuesday', WE: 'Wednesday', TH: 'Thursday', FR: 'Friday', SA: 'Saturday', SU: 'Sunday',
};
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const NTH_LABELS: Record<string, string> = { '1': 'first', '2': 'second', '3': 'third', '4': 'fourth', '-1': 'last' };

const pad = (n: number) => String(n).padStart(2, '0');
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}$/;

/** Facts of a 'YYYY-MM-DD' date used to prefill the repeat fields; null when the date is not set. */
function dateFacts(date: string): { weekday: WeekdayCode; day: number; nth: string; month: number } | null {
  if (!DATE.test(date)) return null;
  const d = new Date(`${date}T00:00Z`);
  if (Number.isNaN(d.getTime())) return null;
  const day = d.getUTCDate();
  const daysInMonth = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  const nth = day + 7 > daysInMonth && day > 28 ? '-1' : String(Math.min(4, Math.ceil(day / 7)));
  return { weekday: WEEKDAY_CODES[(d.getUTCDay() + 6) % 7]!, day, nth, month: d.getUTCMonth() + 1 };
}

/** Repeat fields that follow the start date: the day it falls on, its day of the month, its month. */
export function repeatDefaults(startDate: string): Omit<RepeatDraft, 'freq' | 'interval' | 'ends' | 'until' | 'count'> {
  const f = dateFacts(startDate);
  return {
    weekdays: f ? [f.weekday] : [],
    monthlyBy: 'day',
    monthDay: f ? String(f.day) : '1',
    nth: f?.nth ?? '1',
    weekday: f?.weekday ?? 'MO',
    yearlyBy: 'date',
    month: String(f?.month ?? 1),
  };
}

function blankRepeat(startDate: string): RepeatDraft {
  return { freq: 'none', interval: '1', ends: 'never', until: '', count: '10', ...repeatDefaults(startDate) };
}

/** A new window: a freeze over the coming weekend, in each site's own time. */
function blankDraft(now: Date): WindowDraft {
  const saturday = new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate() + (((6 - now.getDay() + 7) % 7) || 7)));
  const sunday = new Date(saturday.getTime() + 86_400_000);
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  return {
    name: '',
    type: 'freeze',
    severity: 'hard',
    startDate: iso(saturday),
    startTime: '00:00',
    endDate: iso(sunday),
    endTime: '00:00',
    timeZone: 'site',
    repeat: blankRepeat(iso(saturday)),
    customRule: null,
    scope: { all: false, regions: [], siteIds: [], serviceIds: [], tiers: [], kinds: [] },
    reason: '',
  };
}

/** The repeat fields for a stored rule, or null when the form cannot show it. */
export function repeatFromRule(rule: string, startDate: string): RepeatDraft | null {
  const form = recurrenceToForm(rule);
  if (!form) return null;
  const base = blankRepeat(startDate);
  const byDay = form.byDay ?? [];
  const byMonthDay = form.byMonthDay ?? [];
  const byMonth = form.byMonth ?? [];
  const ordinal = (code: string) => /^(-?\d)?([A-Z]{2})$/.exec(code);
  const repeat: RepeatDraft = {
    ...base,
    freq: form.freq,
    interval: String(form.interval ?? 1),
    ends: form.count !== undefined ? 'count' : form.until !== undefined ? 'until' : 'never',
    until: form.until ?? '',
    count: form.count !== undefined ? String(form.count) : base.count,
  };
  switch (form.freq) {
    case 'daily':
      return byDay.length || byMonthDay.length || byMonth.length ? null : repeat;
    case 'weekly': {
      if (byMonthDay.length || byMonth.length) return null;
      if (byDay.some((d) => ordinal(d)?.[1])) return null;
      return { ...repeat, weekdays: byDay.length ? WEEKDAY_CODES.filter((c) => byDay.includes(c)) : base.weekdays };
    }
    case 'monthly': {
      if (byMonth.length) return null;
      if (byDay.length === 0 && byMonthDay.length <= 1) {
        const day = byMonthDay[0];
        if (day !== undefined && day < -2) return null;
        return { ...repeat, monthlyBy: 'day', monthDay: day === undefined ? base.monthDay : String(day) };
      }
      const single = byDay.length === 1 && byMonthDay.length === 0 ? ordinal(byDay[0]!) : null;
      if (!single?.[1] || !(single[1] in NTH_LABELS)) return null;
      return { ...repeat, monthlyBy: 'weekday', nth: single[1], weekday: single[2] as WeekdayCode };
    }
    case 'yearly': {
      if (byDay.length === 0 && byMonthDay.length === 0 && byMonth.length === 0) return { ...repeat, yearlyBy: 'date' };
      const single = byDay.length === 1 && byMonth.length === 1 && byMonthDay.length === 0 ? ordinal(byDay[0]!) : null;
      if (!single?.[1] || !(single[1] in NTH_LABELS)) return null;
      return { ...repeat, yearlyBy: 'weekday', nth: single[1], weekday: single[2] as WeekdayCode, month: String(byMonth[0]) };
    }
  }
}

export function toDraft(window: PlanWindow | null, now: Date): WindowDraft {
  if (!window) return blankDraft(now);
  const [startDate = '', startTime = ''] = window.startLocal.split('T');
  const [endDate = '', endTime = ''] = window.endLocal.split('T');
  const repeat = window.recurrence ? repeatFromRule(window.recurrence, startDate) : blankRepeat(startDate);
  return {
    name: window.name,
    type: window.type,
    severity: window.severity,
    startDate,
    startTime,
    endDate,
    endTime,
    timeZone: window.timeZone,
    repeat: repeat ?? blankRepeat(startDate),
    customRule: repeat ? null : window.recurrence,
    scope: { ...window.scope },
    reason: window.reason,
  };
}

export type Problems = Record<string, string>;

const whole = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN);

/**
 * The RRULE text for the repeat fields (null: does not repeat), or the problems that stop it,
 * keyed by the field to show them at.
 */
export function ruleFromRepeat(repeat: RepeatDraft, startDate: string): { rule: string | null; problems: Problems } {
  if (repeat.freq === 'none') return { rule: null, problems: {} };
  const problems: Problems = {};
  const interval = whole(repeat.interval);
  if (!(interval >= 1 && interval <= 999)) problems.interval = 'Repeat every 1 to 999';
  const form: RecurrenceForm = { freq: repeat.freq, interval: interval >= 1 ? interval : 1 };
  if (repeat.freq === 'weekly') {
    if (repeat.weekdays.length === 0) problems.weekdays = 'Pick at least one day of the week';
    form.byDay = WEEKDAY_CODES.filter((c) => repeat.weekdays.includes(c));
  }
  if (repeat.freq === 'monthly') {
    if (repeat.monthlyBy === 'day') form.byMonthDay = [Number(repeat.monthDay)];
    else form.byDay = [`${repeat.nth}${repeat.weekday}`];
  }
  if (repeat.freq === 'yearly' && repeat.yearlyBy === 'weekday') {
    form.byDay = [`${repeat.nth}${repeat.weekday}`];
    form.byMonth = [Number(repeat.month)];
  }
  if (repeat.ends === 'until') {
    if (!DATE.test(repeat.until)) problems.until = 'Enter the last date it repeats on';
    else if (DATE.test(startDate) && repeat.until < startDate) problems.until = 'The last date cannot be before the start';
    else form.until = repeat.until;
  }
  if (repeat.ends === 'count') {
    const count = whole(repeat.count);
    if (!(count >= 1 && count <= 9999)) problems.count = 'Enter how many times, 1 or more';
    else form.count = count;
  }
  if (Object.keys(problems).length > 0) return { rule: null, problems };
  try {
    return { rule: buildRecurrence(form), problems: {} };
  } catch (error) {
    return { rule: null, problems: { recurrence: error instanceof Error ? error.message : String(error) } };
  }
}

export interface DraftResult {
  /** What goes to the API (sent as is when there are no problems). */
  input: WindowInput;
  /** Problems found before asking the API, keyed like the API's field paths (plus the repeat fields). */
  problems: Problems;
  /** The input can be expanded into occurrences (dates set, end after start, rule valid). */
  previewable: boolean;
}

export const isEmptyScope = (scope: WindowInput['scope']) =>
  !scope.all && scope.regions.length + scope.siteIds.length + scope.serviceIds.length + scope.tiers.length + scope.kinds.length === 0;

export function fromDraft(draft: WindowDraft): DraftResult {
  const problems: Problems = {};
  if (draft.name.trim() === '') problems.name = 'Name is required';
  const startSet = DATE.test(draft.startDate) && TIME.test(draft.startTime);
  const endSet = DATE.test(draft.endDate) && TIME.test(draft.endTime);
  if (!startSet) problems.startLocal = 'Enter the start date and time';
  if (!endSet) problems.endLocal = 'Enter the end date and time';
  const startLocal = `${draft.startDate}T${draft.startTime}`;
  const endLocal = `${draft.endDate}T${draft.endTime}`;
  if (startSet && endSet && endLocal <= startLocal) problems.endLocal = 'End must be after start';
  let recurrence: string | null = draft.customRule;
  if (draft.customRule === null) {
    const built = ruleFromRepeat(draft.repeat, draft.startDate);
    Object.assign(problems, built.problems);
    recurrence = built.rule;
  }
  if (isEmptyScope(draft.scope)) problems.scope = 'Choose what the window covers: everything, or some regions, sites, services, tiers or kinds';
  const input: WindowInput = {
    name: draft.name,
    type: draft.type,
    // Severity means nothing for a maintenance window; store the neutral value the demo uses.
    severity: draft.type === 'maintenance' ? 'soft' : draft.severity,
    startLocal,
    endLocal,
    timeZone: draft.timeZone,
    recurrence,
    scope: draft.scope,
    reason: draft.reason,
  };
  const timingProblems = ['startLocal', 'endLocal', 'interval', 'weekdays', 'until', 'count', 'recurrence'].some((k) => k in problems);
  return { input, problems, previewable: !timingProblems };
}

/** "Sat 28 Nov 2026" for a 'YYYY-MM-DD' date. */
export function dateLabel(date: string): string {
  if (!DATE.test(date)) return date;
  const d = new Date(`${date}T00:00Z`);
  return `${['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][d.getUTCDay()]} ${d.getUTCDate()} ${MONTH_NAMES[d.getUTCMonth()]!.slice(0, 3)} ${d.getUTCFullYear()}`;
}

/** Moves a local 'YYYY-MM-DD' + 'HH:mm' by a number of minutes. */
export function shiftLocal(date: string, time: string, minutes: number): { date: string; time: string } {
  const ms = Date.parse(`${date}T${time}:00Z`) + minutes * 60_000;
  const d = new Date(ms);
  return { date: d.toISOString().slice(0, 10), time: `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}` };
}
