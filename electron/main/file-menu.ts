import { Menu, dialog, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { describeImport } from '../api/describe-result';
import { importFiles } from '../api/import-file';
import type { WorkspaceHub } from '../host/workspace-hub';

export interface MenuHost {
  hub(): WorkspaceHub;
  window(): BrowserWindow | null;
}

/** Switching goes through the hub, which tells the page to read the new workspace; no reload. */
async function switchTo(host: MenuHost, file: string, create: boolean): Promise<void> {
  const result = await host.hub().call('workspace.open', { path: file, create });
  if (!result.ok) await dialog.showMessageBox({ type: 'error', message: result.error.message });
}

const WORKSPACE_FILTER = [{ name: 'Release Cockpit workspace', extensions: ['sqlite', 'db'] }];

async function newWorkspace(host: MenuHost): Promise<void> {
  const choice = await dialog.showSaveDialog({ title: 'New workspace', defaultPath: 'workspace.sqlite', filters: WORKSPACE_FILTER });
  if (choice.canceled || !choice.filePath) return;
  if (existsSync(choice.filePath)) {
    if (choice.filePath === host.hub().session.ctx.workspacePath) {
      await dialog.showMessageBox({ type: 'warning', message: 'That is the workspace you have open. Choose another file name.' });
      return;
    }
    // The save dialog already asked to replace it; its journal files must go too or SQLite would replay them.
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(choice.filePath + suffix, { force: true });
  }
  await switchTo(host, choice.filePath, true);
}

async function openWorkspaceFile(host: MenuHost): Promise<void> {
  const choice = await dialog.showOpenDialog({ title: 'Open workspace', properties: ['openFile'], filters: WORKSPACE_FILTER });
  const file = choice.filePaths[0];
  if (!choice.canceled && file) await switchTo(host, file, false);
}

async function saveCopy(host: MenuHost): Promise<void> {
  const choice = await dialog.showSaveDialog({ title: 'Save a copy of the workspace', defaultPath: 'workspace-copy.sqlite', filters: WORKSPACE_FILTER });
  if (choice.canceled || !choice.filePath) return;
  // SQLite's online backup: a consistent copy even while the app keeps writing.
  await host.hub().session.ctx.db.backup(choice.filePath);
  await dialog.showMessageBox({ type: 'info', message: `Saved a copy to ${choice.filePath}` });
}

async function importFromMenu(host: MenuHost): Promise<void> {
  const choice = await dialog.showOpenDialog({
    title: 'Import into the workspace',
    properties: ['openFile', 'multiSelections'],
    filters: [{ name: 'Services or dependencies CSV, Backstage YAML, workspace JSON', extensions: ['csv', 'yaml', 'yml', 'json'] }],
  });
  if (choice.canceled || choice.filePaths.length === 0) return;
  if (choice.filePaths.some((f) => f.toLowerCase().endsWith('.json'))) {
    const confirm = await dialog.showMessageBox({
      type: 'warning',
      message: 'Replace the whole workspace?',
      detail: 'A workspace JSON import replaces every service, site, dependency, window and release, and clears undo history. Save a copy first if in doubt.',
      buttons: ['Replace workspace', 'Cancel'],
      defaultId: 1,
      cancelId: 1,
    });
    if (confirm.response !== 0) return;
  }
  // Through the hub, so the page is pushed the import's change set.
  const result = await importFiles((method, input) => host.hub().call(method, input), choice.filePaths);
  const [first, ...rest] = describeImport(result);
  await dialog.showMessageBox({ type: result.ok ? 'info' : 'error', message: first ?? '', detail: rest.join('\n') });
}

async function exportFromMenu(host: MenuHost): Promise<void> {
  const result = await host.hub().call('export.workspaceJson', {});
  if (!result.ok) {
    await dialog.showMessageBox({ type: 'error', message: result.error.message });
    return;
  }
  const { fileName, text } = result.value as { fileName: string; text: string };
  const choice = await dialog.showSaveDialog({ title: 'Export workspace as JSON', defaultPath: fileName, filters: [{ name: 'JSON', extensions: ['json'] }] });
  if (!choice.canceled && choice.filePath) writeFileSync(choice.filePath, text);
}

export function buildMenu(host: MenuHost): Menu {
  const run = (fn: (h: MenuHost) => Promise<void>) => () => {
    fn(host).catch((error: unknown) => dialog.showErrorBox('Release Cockpit', error instanceof Error ? error.message : String(error)));
  };
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'File',
      submenu: [
        { label: 'New workspace…', accelerator: 'CmdOrCtrl+N', click: run(newWorkspace) },
        { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: run(openWorkspaceFile) },
        { label: 'Save a copy…', accelerator: 'CmdOrCtrl+Shift+S', click: run(saveCopy) },
        { type: 'separator' },
        { label: 'Import…', accelerator: 'CmdOrCtrl+I', click: run(importFromMenu) },
        { label: 'Export…', accelerator: 'CmdOrCtrl+E', click: run(exportFromMenu) },
        { type: 'separator' },
        { role: 'quit' },
      ],
    },
    { label: 'Edit', submenu: [{ role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }] },
    { label: 'View', submenu: [{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }] },
  ];
  return Menu.buildFromTemplate(template);
}
