import { build, type BuildOptions } from 'esbuild';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const RENDERER_OUT = join(ROOT, 'dist', 'renderer');
export const ELECTRON_OUT = join(ROOT, 'dist', 'electron');
export const CLI_OUT = join(ROOT, 'dist', 'cli');
/** What bin/release-cockpit.mjs runs when it is at least as new as the sources. */
export const CLI_BUNDLE = join(CLI_OUT, 'release-cockpit.mjs');

const common: BuildOptions = { bundle: true, sourcemap: true, logLevel: 'warning', legalComments: 'none' };

/**
 * How the renderer is bundled: an ES module entry plus chunks, loaded by a static index.html with a
 * strict CSP. The screens that bring big libraries (the map's cytoscape, Markdown) are their own
 * chunks, loaded when their section first opens, so they cost the calendar's cold start nothing.
 */
export function rendererBuildOptions(opts: { minify?: boolean } = {}): BuildOptions {
  return {
    ...common,
    entryPoints: { app: join(ROOT, 'renderer', 'main.tsx') },
    outdir: RENDERER_OUT,
    chunkNames: 'chunks/[name]-[hash]',
    splitting: true,
    platform: 'browser',
    format: 'esm',
    target: ['chrome130'],
    jsx: 'automatic',
    minify: opts.minify ?? true,
    loader: { '.woff2': 'file', '.svg': 'file' },
    define: { 'process.env.NODE_ENV': '"production"' },
  };
}

/** The map's layout runs ELK in a classic worker: its own script, loaded by the page as blast-layout.js. */
export function workerBuildOptions(opts: { minify?: boolean } = {}): BuildOptions {
  return {
    ...common,
    entryPoints: { 'blast-layout': join(ROOT, 'renderer', 'blast', 'layout-worker.ts') },
    outdir: RENDERER_OUT,
    platform: 'browser',
    format: 'iife',
    target: ['chrome130'],
    minify: opts.minify ?? true,
    define: { 'process.env.NODE_ENV': '"production"' },
  };
}

export async function buildRenderer(opts: { minify?: boolean } = {}): Promise<void> {
  // Chunk names carry content hashes: clear old ones so the folder holds one build.
  rmSync(join(RENDERER_OUT, 'chunks'), { recursive: true, force: true });
  mkdirSync(RENDERER_OUT, { recursive: true });
  await Promise.all([build(rendererBuildOptions(opts)), build(workerBuildOptions(opts))]);
  copyFileSync(join(ROOT, 'renderer', 'index.html'), join(RENDERER_OUT, 'index.html'));
}

/** Electron main and preload as CommonJS; the preload must be one file because it runs sandboxed. */
export async function buildElectron(): Promise<void> {
  mkdirSync(ELECTRON_OUT, { recursive: true });
  await build({
    ...common,
    entryPoints: { main: join(ROOT, 'electron', 'main', 'main.ts'), preload: join(ROOT, 'electron', 'main', 'preload.ts') },
    outdir: ELECTRON_OUT,
    outExtension: { '.js': '.cjs' },
    platform: 'node',
    format: 'cjs',
    target: ['node22'],
    external: ['electron', 'better-sqlite3'],
  });
}

/**
 * The command line as plain JavaScript, so a pipeline's `release-cockpit gate` compiles no TypeScript.
 * Each command is its own chunk, loaded when it runs. The CommonJS libraries inside call require(),
 * which an ES module lacks: the banner provides it.
 */
export function cliBuildOptions(): BuildOptions {
  return {
    ...common,
    sourcemap: false,
    entryPoints: { 'release-cockpit': join(ROOT, 'electron', 'cli', 'main.ts') },
    outdir: CLI_OUT,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: ['node22'],
    external: ['better-sqlite3'],
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  };
}

export async function buildCli(): Promise<void> {
  // Chunk names carry content hashes: clear old ones so the folder holds one build.
  rmSync(CLI_OUT, { recursive: true, force: true });
  await build(cliBuildOptions());
}
