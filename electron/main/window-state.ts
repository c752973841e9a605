import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserWindow, Rectangle } from 'electron';

export interface WindowState {
  bounds: Rectangle;
  maximized: boolean;
}

const DEFAULT: WindowState = { bounds: { x: 0, y: 0, width: 1440, height: 900 }, maximized: false };

export function loadWindowState(dir: string): WindowState {
  try {
    const parsed = JSON.parse(readFileSync(join(dir, 'window-state.json'), 'utf8')) as WindowState;
    const b = parsed.bounds;
    if ([b.x, b.y, b.width, b.height].every(Number.isFinite) && b.width >= 640 && b.height >= 480) return parsed;
  } catch {
    // First run or unreadable file: fall back to defaults.
  }
  return DEFAULT;
}

export function saveWindowState(dir: string, win: BrowserWindow): void {
  const state: WindowState = { bounds: win.getNormalBounds(), maximized: win.isMaximized() };
  try {
    writeFileSync(join(dir, 'window-state.json'), JSON.stringify(state));
  } catch {
    // Losing window bounds is harmless; never block quitting on it.
  }
}
