import { build, type BuildOptions } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const RENDERER_OUT = join(ROOT, 'dist', 'renderer');
export const ELECTRON_OUT = join(ROOT, 'dist', 'electron');

const common: BuildOptions = { bundle: true, sourcemap: true, logLevel: 'warning', legalComments: 'none' };

/** How the renderer is bundled: one script and one stylesheet, loaded by a static index.html with a strict CSP. */
export function rendererBuildOptions(opts: { minify?: boolean } = {}): BuildOptions {
  return {
    ...common,
    // The map's layout runs ELK in a worker: its own script, loaded by the page as blast-layout.js.
    entryPoints: { app: join(ROOT, 'renderer', 'main.tsx'), 'blast-layout': join(ROOT, 'renderer', 'blast', 'layout-worker.ts') },
    outdir: RENDERER_OUT,
    platform: 'browser',
    format: 'iife',
    target: ['chrome130'],
    jsx: 'automatic',
    minify: opts.minify ?? true,
    loader: { '.woff2': 'file', '.svg': 'file' },
    define: { 'process.env.NODE_ENV': '"production"' },
  };
}

export async function buildRenderer(opts: { minify?: boolean } = {}): Promise<void> {
  mkdirSync(RENDERER_OUT, { recursive: true });
  await build(rendererBuildOptions(opts));
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
