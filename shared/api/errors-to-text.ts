import { type ZodError } from 'zod';
import { type FieldIssue } from './result';

const FIELD_NAMES: Record<string, string> = {
  name: 'Name', region: 'Region', timeZone: 'Time zone', kind: 'Kind', tier: 'Tier', ownerTeam: 'Owner team',
  hosting: 'Hosting', siteIds: 'Sites', processIds: 'Business processes', rtoMinutes: 'RTO', rpoMinutes: 'RPO',
  fromId: 'Depends from', toId: 'Depends on', strength: 'Strength', title: 'Title',
};

export function fieldLabel(path: string): string {
  const head = path.split('.')[0] ?? path;
  return FIELD_NAMES[head] ?? head;
}

export function zodIssues(error: ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

/** One readable sentence for a list of field issues. */
export function issuesSentence(issues: FieldIssue[]): string {
  return issues.map((i) => (i.path ? `${fieldLabel(i.path)}: ${i.message}` : i.message)).join('; ');
}
