import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layering is enforced by eslint.config.js; these cases pin it, so loosening a pattern fails here.
const eslint = new ESLint({ cwd: process.cwd() });

async function restricted(filePath: string, from: string): Promise<boolean> {
  const [result] = await eslint.lintText(`import { x } from '${from}';\nexport const y = x;\n`, { filePath });
  return result!.messages.some((m) => m.ruleId === 'no-restricted-imports');
}

describe('lint boundaries', () => {
  it('keeps electron/ out of the renderer at any depth', async () => {
    expect(await restricted('renderer/App.tsx', '../electron/store/history')).toBe(true);
    expect(await restricted('renderer/catalog/X.tsx', '../../electron/api/dispatch')).toBe(true);
    expect(await restricted('renderer/calendar/release-editor/X.tsx', '../../../electron/store/history')).toBe(true);
    expect(await restricted('renderer/calendar/timeline/deep/X.ts', '../../../../electron/ics/ics-store')).toBe(true);
    expect(await restricted('renderer/X.ts', 'electron')).toBe(true);
    expect(await restricted('renderer/X.ts', 'node:fs')).toBe(true);
  });

  it('lets the renderer use shared/', async () => {
    expect(await restricted('renderer/calendar/X.tsx', '../../shared/text/plural')).toBe(false);
  });

  it('keeps shared/ pure', async () => {
    expect(await restricted('shared/import/X.ts', 'node:fs')).toBe(true);
    expect(await restricted('shared/import/X.ts', 'better-sqlite3')).toBe(true);
    expect(await restricted('shared/import/X.ts', '../model/plan')).toBe(false);
  });
});
