import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bundlePath, isBundleCurrent } from '../../bin/cli-bundle.mjs';
import { gateHandlers } from '../../electron/api/gate-handlers';
import { handlers } from '../../electron/api/handler-table';
import { cliBuildOptions } from '../../electron/build/bundle';

describe('the CLI bundle', () => {
  it('gives the gate the very handlers of the one table, so the CLI and the app cannot answer differently', () => {
    for (const [method, handler] of Object.entries(gateHandlers)) expect(handler, method).toBe(handlers[method as keyof typeof gateHandlers]);
  });

  it('loads only what the gate needs when a pipeline runs `gate`: no import or ICS parsers, no scheduler, no zod locales', async () => {
    const result = await build({ ...cliBuildOptions(), write: false, metafile: true, logLevel: 'silent' });
    const outputs = result.metafile.outputs;
    const [gateChunk] = Object.entries(outputs).find(([, o]) => o.entryPoint?.endsWith('electron/cli/gate-command.ts'))!;
    // Everything the gate's chunk imports statically loads with it; dynamic imports wait for their command.
    const loaded = new Set<string>();
    const visit = (path: string) => {
      if (loaded.has(path) || !outputs[path]) return;
      loaded.add(path);
      for (const i of outputs[path].imports) if (i.kind === 'import-statement') visit(i.path);
    };
    visit(gateChunk);
    const inputs = [...loaded].flatMap((path) => Object.keys(outputs[path]!.inputs));
    expect(inputs.some((path) => path.endsWith('shared/engine/conflicts/gate.ts'))).toBe(true);
    expect(inputs.filter((path) => /node_modules\/(yaml|papaparse|ical\.js|ical-generator|timezones-ical-library)\/|node_modules\/zod\/.*locales\/(?!en\.)|shared\/engine\/rcpsp\//.test(path))).toEqual([]);
  });
});

describe('when bin/release-cockpit.mjs may run the bundle', () => {
  let root: string;
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  function checkout(): { touch(path: string, secondsAgo: number): void } {
    root = mkdtempSync(join(tmpdir(), 'cockpit-bundle-'));
    const age = (path: string, secondsAgo: number) => {
      const at = Date.now() / 1000 - secondsAgo;
      utimesSync(join(root, path), at, at);
    };
    const touch = (path: string, secondsAgo: number) => {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), '');
      age(path, secondsAgo);
    };
    for (const path of ['package.json', 'electron/cli/main.ts', 'electron/api/handlers/gate.ts', 'shared/engine/conflicts/gate.ts']) touch(path, 100);
    for (const folder of ['electron', 'electron/cli', 'electron/api', 'electron/api/handlers', 'shared', 'shared/engine', 'shared/engine/conflicts']) age(folder, 100);
    return { touch };
  }

  it('runs it when it is newer than every source file', () => {
    checkout().touch('dist/cli/release-cockpit.mjs', 50);
    expect(isBundleCurrent(root)).toBe(true);
  });

  it('falls back to the source when it is missing', () => {
    checkout();
    expect(isBundleCurrent(root)).toBe(false);
  });

  it.each(['shared/engine/conflicts/gate.ts', 'electron/api/handlers/new-file.ts', 'package.json'])('falls back to the source once %s is edited after the build', (edited) => {
    const tree = checkout();
    tree.touch('dist/cli/release-cockpit.mjs', 50);
    tree.touch(edited, 10);
    expect(isBundleCurrent(root)).toBe(false);
  });

  it('falls back to the source once a source file is deleted after the build', () => {
    checkout().touch('dist/cli/release-cockpit.mjs', 50);
    unlinkSync(join(root, 'electron/api/handlers/gate.ts'));
    expect(isBundleCurrent(root)).toBe(false);
  });

  it('runs it in a copy that ships no sources', () => {
    root = mkdtempSync(join(tmpdir(), 'cockpit-bundle-'));
    mkdirSync(join(root, 'dist', 'cli'), { recursive: true });
    writeFileSync(bundlePath(root), '');
    expect(isBundleCurrent(root)).toBe(true);
  });
});
