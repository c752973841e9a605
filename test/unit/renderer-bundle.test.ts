import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { rendererBuildOptions } from '../../electron/build/bundle';

describe('the renderer bundle', () => {
  it('leaves out zod: the host validates every call, and half a megabyte less to parse opens the app sooner', async () => {
    const result = await build({ ...rendererBuildOptions(), write: false, metafile: true, sourcemap: false, logLevel: 'silent' });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((path) => path.includes('renderer/calendar/timeline/Timeline.tsx'))).toBe(true);
    expect(inputs.filter((path) => path.includes('node_modules/zod/'))).toEqual([]);
  });

  it('keeps the map and Markdown libraries out of the start-up script: they load with their sections', async () => {
    const result = await build({ ...rendererBuildOptions(), write: false, metafile: true, sourcemap: false, logLevel: 'silent' });
    const [, app] = Object.entries(result.metafile.outputs).find(([path]) => path.endsWith('dist/renderer/app.js'))!;
    const startup = Object.keys(app.inputs);
    expect(startup.some((path) => path.includes('renderer/calendar/timeline/Timeline.tsx'))).toBe(true);
    expect(startup.filter((path) => /node_modules\/(cytoscape|elkjs|markdown-it)\//.test(path))).toEqual([]);
  });
});
