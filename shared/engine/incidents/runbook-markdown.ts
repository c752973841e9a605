import type { RunbookStep } from '../../model/ops';
import { STEP_KIND_LABELS } from '../../model/ops-enums';

/** A runbook as Markdown: a title, a summary, the services by name, then a `##` heading per step. */
export function runbookToMarkdown(runbook: { title: string; summary: string; steps: readonly RunbookStep[] }, serviceNames: readonly string[]): string {
  const lines = [`# ${oneLine(runbook.title)}`, ''];
  if (runbook.summary.trim()) lines.push(runbook.summary.trim(), '');
  if (serviceNames.length) lines.push(`Services: ${serviceNames.map(oneLine).join('; ')}`, '');
  runbook.steps.forEach((step, i) => {
    lines.push(`## ${i + 1}. ${oneLine(step.title)}`, '');
    if (step.ownerRole) lines.push(`- Owner: ${oneLine(step.ownerRole)}`);
    lines.push(`- Expected: ${step.expectedMinutes} min`, `- Kind: ${STEP_KIND_LABELS[step.kind]}`);
    if (step.after !== null) lines.push(`- After: step ${step.after}`);
    lines.push('');
    if (step.details.trim()) lines.push(step.details.trim(), '');
  });
  return lines.join('\n');
}

const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ').trim();

export interface ParsedRunbook {
  title: string;
  summary: string;
  serviceNames: string[];
  steps: RunbookStep[];
}

export interface MarkdownError {
  line: number;
  message: string;
}

const META = /^\s*[-*]\s*(Owner|Expected|Kind|After)\s*:\s*(.*)$/i;

/** Reads what runbookToMarkdown writes (and what a person would write by hand in that shape). */
export function parseRunbookMarkdown(text: string): { runbook: ParsedRunbook | null; serviceNames: string[]; errors: MarkdownError[] } {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const errors: MarkdownError[] = [];
  let title = '';
  const summary: string[] = [];
  const serviceNames: string[] = [];
  const steps: Array<RunbookStep & { line: number }> = [];
  let current: (RunbookStep & { line: number; body: string[]; inMeta: boolean }) | null = null;
  const close = () => {
    if (!current) return;
    const { body, inMeta: _inMeta, ...step } = current;
    steps.push({ ...step, details: body.join('\n').trim() });
    current = null;
  };
  lines.forEach((raw, i) => {
    const line = i + 1;
    const h1 = /^#\s+(.+)$/.exec(raw);
    const h2 = /^##\s+(.+)$/.exec(raw);
    if (h2) {
      close();
      current = { title: h2[1]!.replace(/^\d+[.)]\s*/, '').trim(), details: '', ownerRole: '', expectedMinutes: 5, kind: 'technical', after: null, line, body: [], inMeta: true };
      return;
    }
    if (h1 && !current && !title) {
      title = h1[1]!.trim();
      return;
    }
    if (!current) {
      const services = /^Services\s*:\s*(.*)$/i.exec(raw);
      if (services) serviceNames.push(...services[1]!.split(';').map((s) => s.trim()).filter(Boolean));
      else summary.push(raw);
      return;
    }
    const meta = current.inMeta ? META.exec(raw) : null;
    if (meta) {
      const [, key, value] = meta as unknown as [string, string, string];
      const k = key.toLowerCase();
      if (k === 'owner') current.ownerRole = value.trim();
      else if (k === 'expected') {
        const minutes = /^(\d+)\s*(min|minutes?|m)?$/i.exec(value.trim());
        if (minutes) current.expectedMinutes = Number(minutes[1]);
        else errors.push({ line, message: `Expected time "${value.trim()}" is not a number of minutes (write "15 min")` });
      } else if (k === 'kind') {
        const v = value.trim().toLowerCase();
        if (v.startsWith('tech')) current.kind = 'technical';
        else if (v.startsWith('business')) current.kind = 'business';
        else errors.push({ line, message: `Kind "${value.trim()}" is neither Technical nor Business continuity` });
      } else {
        const after = /^(?:step\s*)?(\d+)$/i.exec(value.trim());
        if (after) current.after = Number(after[1]);
        else errors.push({ line, message: `"After: ${value.trim()}" should name a step number (write "After: step 2")` });
      }
      return;
    }
    if (raw.trim() !== '') current.inMeta = false;
    current.body.push(raw);
  });
  close();
  if (!title) errors.push({ line: 1, message: 'The runbook needs a title: a first line like "# WMS failover to the secondary region"' });
  if (steps.length === 0) errors.push({ line: lines.length, message: 'The runbook has no steps: write a "## " heading for each step' });
  steps.forEach((s, i) => {
    if (!s.title) errors.push({ line: s.line, message: `Step ${i + 1} has no title` });
    if (s.after !== null && s.after >= i + 1) errors.push({ line: s.line, message: `Step ${i + 1} can only come after an earlier step, not step ${s.after}` });
  });
  if (errors.length) return { runbook: null, serviceNames, errors };
  return { runbook: { title, summary: summary.join('\n').trim(), serviceNames, steps: steps.map(({ line: _line, ...s }) => s) }, serviceNames, errors };
}
