#!/usr/bin/env node
// Runs the bundled CLI when it is at least as new as the sources, so a pipeline's `gate` compiles no
// TypeScript. Otherwise it runs the TypeScript from source through tsx: someone editing the source
// never runs a stale CLI, and a clone installed with --ignore-scripts still works.
import module from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundlePath, isBundleCurrent } from './cli-bundle.mjs';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(`Release Cockpit needs Node 22.12 or newer (24 LTS recommended); this is Node ${process.versions.node}. See README → Prerequisites.`);
  process.exit(1);
}

const root = dirname(dirname(fileURLToPath(import.meta.url)));
if (isBundleCurrent(root)) {
  // V8 keeps the compiled bundle in the OS temp folder, so later runs skip compiling it (NODE_DISABLE_COMPILE_CACHE=1 turns this off).
  module.enableCompileCache?.();
  await import(pathToFileURL(bundlePath(root)).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../electron/cli/main.ts');
}
