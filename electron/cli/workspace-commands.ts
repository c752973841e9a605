import { existsSync, writeFileSync } from 'node:fs';
import { handlers } from '../api/handler-table';
import { describeImport } from '../api/describe-result';
import { dispatch } from '../api/dispatch';
import { importFiles } from '../api/import-file';
import { openSession } from '../host/session';
import { resolveWorkspacePath } from '../host/workspace-location';
import type { Command } from './commands';

const workspaceOption = { workspace: { type: 'string' as const } };
const jsonOption = { json: { type: 'boolean' as const } };

export const demoCommand: Command = {
  usage: 'demo --workspace FILE',
  summary: 'Create a new workspace holding the demo distributor (8 DCs, 40+ services, freezes, releases).',
  options: workspaceOption,
  async run(values) {
    const file = resolveWorkspacePath(values.workspace as string | undefined);
    if (existsSync(file)) {
      console.error(`${file} already exists. Choose a new file name; the demo never overwrites a workspace.`);
      return 1;
    }
    const session = openSession(file);
    try {
      const info = await dispatch(handlers, session.ctx, 'workspace.info', {});
      if (!info.ok) throw new Error(info.error.message);
      const { counts } = info.value as { counts: Record<string, number> };
      console.log(`Created demo workspace ${session.ctx.workspacePath}: ${Object.entries(counts).map(([k, n]) => `${n} ${k}`).join(', ')}.`);
      return 0;
    } finally {
      session.close();
    }
  },
};

export const importCommand: Command = {
  usage: 'import FILE [FILE…] --workspace FILE [--create-missing] [--json]',
  summary: 'Import services CSV, dependencies CSV (or ServiceNow cmdb_rel_ci), Backstage YAML, or workspace JSON. All or nothing. --create-missing: a dependencies CSV may name services the catalog lacks; they are created as unclassified.',
  options: { ...workspaceOption, ...jsonOption, 'create-missing': { type: 'boolean' } },
  async run(values, files) {
    if (files.length === 0) {
      console.error('Name the file to import. Usage: release-cockpit import FILE --workspace FILE');
      return 2;
    }
    const missing = files.filter((f) => !existsSync(f));
    if (missing.length) {
      console.error(`No such file: ${missing.join(', ')}`);
      return 1;
    }
    const session = openSession(resolveWorkspacePath(values.workspace as string | undefined), { seedNew: false });
    try {
      const result = await importFiles((method, input) => dispatch(handlers, session.ctx, method, input), files, { createMissing: values['create-missing'] === true });
      if (values.json) console.log(JSON.stringify(result, null, 2));
      else for (const line of describeImport(result)) (result.ok ? console.log : console.error)(line);
      return result.ok ? 0 : 1;
    } finally {
      session.close();
    }
  },
};

export const exportCommand: Command = {
  usage: 'export --workspace FILE [--out FILE]',
  summary: 'Write the whole workspace as JSON (to stdout, or to --out).',
  options: { ...workspaceOption, out: { type: 'string' } },
  async run(values) {
    const file = resolveWorkspacePath(values.workspace as string | undefined);
    if (!existsSync(file)) {
      console.error(`No workspace at ${file}.`);
      return 1;
    }
    const session = openSession(file, { seedNew: false });
    try {
      const result = await dispatch(handlers, session.ctx, 'export.workspaceJson', {});
      if (!result.ok) {
        console.error(result.error.message);
        return 1;
      }
      const { text } = result.value as { text: string };
      if (values.out) {
        writeFileSync(values.out as string, text);
        console.log(`Wrote ${values.out}`);
      } else process.stdout.write(text + '\n');
      return 0;
    } finally {
      session.close();
    }
  },
};
