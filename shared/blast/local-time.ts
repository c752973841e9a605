/** "03:12 Tue" in a zone: the hour people there are living, so a 3 a.m. hit elsewhere stands out. */
export function localTimeIn(timeZone: string, nowMs: number): { text: string; hour: number } {
  try {
    const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', weekday: 'short', hourCycle: 'h23' }).formatToParts(new Date(nowMs));
    const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
    return { text: `${get('hour')}:${get('minute')} ${get('weekday')}`, hour: Number(get('hour')) };
  } catch {
    return { text: 'unknown zone', hour: 12 };
  }
}

/** Outside 07:00–19:00 local: staff are thin on the ground, or a night shift is picking. */
export const isOffHours = (hour: number) => hour < 7 || hour >= 19;
