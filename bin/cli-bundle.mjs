// Whether the bundled CLI (dist/cli, built by `npm install` and `npm run build`) may run: it must be at
// least as new as every file it is built from. Plain JavaScript, so the check costs a few ms, not a compile.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The bundle's entry under a checkout's root folder. */
export const bundlePath = (root) => join(root, 'dist', 'cli', 'release-cockpit.mjs');

/**
 * Newest modification time under electron/ and shared/ (files, and folders: a deleted or renamed file
 * changes its folder's), and of package.json; 0 when none is there (an installed copy).
 */
export function newestSourceTime(root) {
  let newest = 0;
  const visit = (dir) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
      newest = Math.max(newest, statSync(dir).mtimeMs);
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  visit(join(root, 'electron'));
  visit(join(root, 'shared'));
  try {
    newest = Math.max(newest, statSync(join(root, 'package.json')).mtimeMs);
  } catch {
    // no package.json: nothing to compare
  }
  return newest;
}

/** True when the bundle exists and no source file is newer than it. */
export function isBundleCurrent(root) {
  let built;
  try {
    built = statSync(bundlePath(root)).mtimeMs;
  } catch {
    return false;
  }
  return built >= newestSourceTime(root);
}
