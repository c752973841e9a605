// IANA zone validation through Intl, which every runtime we target (Node, Electron, Chromium) ships.
export function isIanaTimeZone(zone: string): boolean {
  if (!zone || zone !== zone.trim()) return false;
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return zone.includes('/') || zone === 'UTC';
  } catch {
    return false;
  }
}
