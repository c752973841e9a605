import { BrowserWindow, Menu, app, dialog, ipcMain, session as electronSession, shell } from 'electron';
import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { actingAs } from '../../shared/api/bridge';
import { openSession } from '../host/session';
import { WorkspaceHub } from '../host/workspace-hub';
import { resolveWorkspacePath } from '../host/workspace-location';
import { APP_INDEX_URL, registerAppScheme, serveAppScheme } from './app-protocol';
import { buildMenu } from './file-menu';
import { isTrustedSender, safeExternalUrl } from './trusted-sender';
import { secureWebPreferences } from './web-preferences';
import { loadWindowState, saveWindowState } from './window-state';

const RENDERER_DIR = join(__dirname, '..', 'renderer');
const PRELOAD = join(__dirname, 'preload.cjs');

function workspaceFlag(): string | undefined {
  const { values } = parseArgs({ args: process.argv.slice(app.isPackaged ? 1 : 2), options: { workspace: { type: 'string' } }, strict: false, allowPositionals: true });
  return typeof values.workspace === 'string' ? values.workspace : undefined;
}

let hub: WorkspaceHub | null = null;
let mainWindow: BrowserWindow | null = null;

function createWindow(): BrowserWindow {
  const state = loadWindowState(app.getPath('userData'));
  const win = new BrowserWindow({
    ...state.bounds,
    minWidth: 960,
    minHeight: 600,
    title: 'Release Cockpit',
    show: false,
    webPreferences: secureWebPreferences(PRELOAD),
  });
  if (state.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  win.on('close', () => saveWindowState(app.getPath('userData'), win));
  void win.loadURL(APP_INDEX_URL);
  return win;
}

function lockDownContents(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      const external = safeExternalUrl(url);
      if (external) void shell.openExternal(external);
      return { action: 'deny' };
    });
  });
}


registerAppScheme();

function start(): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  lockDownContents();

  void app.whenReady().then(() => {
    electronSession.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
    serveAppScheme(RENDERER_DIR);
    try {
      hub = new WorkspaceHub(openSession(resolveWorkspacePath(workspaceFlag(), process.env, app.getPath('userData'))), { log: console.error });
    } catch (error) {
      dialog.showErrorBox('Release Cockpit cannot open the workspace', error instanceof Error ? error.message : String(error));
      app.quit();
      return;
    }
    ipcMain.handle('cockpit:call', async (event, method: unknown, input: unknown, actor: unknown) => {
      if (!isTrustedSender(event.senderFrame, APP_INDEX_URL) || !hub) {
        return { ok: false, error: { code: 'UNAUTHORISED', message: 'Calls are accepted only from the Release Cockpit window.' } };
      }
      return hub.call(String(method), input, actingAs(actor));
    });
    ipcMain.handle('cockpit:save-pdf', async (event, suggestedName: unknown) => {
      if (!isTrustedSender(event.senderFrame, APP_INDEX_URL)) return { saved: null };
      const name = typeof suggestedName === 'string' ? basename(suggestedName).replace(/[^\w. -]+/g, '-') : 'report.pdf';
      const pdf = await event.sender.printToPDF({ printBackground: true, pageSize: 'A4' });
      const choice = await dialog.showSaveDialog({ title: 'Save PDF', defaultPath: name.endsWith('.pdf') ? name : `${name}.pdf`, filters: [{ name: 'PDF', extensions: ['pdf'] }] });
      if (choice.canceled || !choice.filePath) return { saved: null };
      writeFileSync(choice.filePath, pdf);
      return { saved: choice.filePath };
    });
    Menu.setApplicationMenu(buildMenu({ hub: () => hub!, window: () => mainWindow }));
    mainWindow = createWindow();
    // Every change set (this window's writes, the File menu's, another process's) goes to the page, which applies it.
    hub.subscribe((push) => {
      if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send('cockpit:push', push);
    });
  });

  app.on('window-all-closed', () => {
    hub?.close();
    hub = null;
    app.quit();
  });
}

start();
