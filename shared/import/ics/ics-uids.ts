/**
 * Exported UIDs are stable across exports and unique across workspaces:
 *   window-<id>@<workspace uid>.release-cockpit               a window in one zone (an IANA zone or UTC)
 *   window-<id>-<zone slug>@<workspace uid>.release-cockpit   a 'site' window, one event per site zone
 *   release-<id>@<workspace uid>.release-cockpit
 * Ids are never reused (see nextId), so a UID always means the same window or release.
 */
const DOMAIN = 'release-cockpit';

// '+' is spelled out so Etc/GMT+5 and Etc/GMT-5 stay apart.
export const zoneSlug = (zone: string) => zone.toLowerCase().replace(/\+/g, '-plus-').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

export function windowUid(workspace: string, windowId: number, siteZone: string | null): string {
  return `window-${windowId}${siteZone === null ? '' : `-${zoneSlug(siteZone)}`}@${workspace}.${DOMAIN}`;
}

export const releaseUid = (workspace: string, releaseId: number) => `release-${releaseId}@${workspace}.${DOMAIN}`;

const OWN = /^(window|release)-(\d+)(?:-[a-z0-9-]+)?@([a-z0-9]+)\.release-cockpit$/i;

/** What a UID written by Release Cockpit points at; `workspace` says which workspace wrote it. */
export function readCockpitUid(uid: string): { kind: 'window' | 'release'; id: number; workspace: string } | null {
  const match = OWN.exec(uid.trim());
  if (!match) return null;
  return { kind: match[1]!.toLowerCase() as 'window' | 'release', id: Number(match[2]), workspace: match[3]!.toLowerCase() };
}
