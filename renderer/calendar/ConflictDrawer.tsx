// Being built: the conflict drawer.
export function ConflictDrawer(_: { releaseId: number }) {
  return null;
}
