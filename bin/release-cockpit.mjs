#!/usr/bin/env node
// Runs the TypeScript CLI straight from source through tsx, so a fresh clone needs no build step.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(`Release Cockpit needs Node 22.12 or newer (24 LTS recommended); this is Node ${process.versions.node}. See README → Prerequisites.`);
  process.exit(1);
}
const { register } = await import('tsx/esm/api');
register();
await import('../electron/cli/main.ts');
