import type { ImpactReport } from './impact-report';

/** Catalog names are free text: backslash every Markdown control character and entity-encode HTML. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+\-.!|~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r?\n/g, ' ');
}

const hardSoft = (strength: 'hard' | 'soft', mode: ImpactReport['mode']) =>
  mode === 'incident' ? (strength === 'hard' ? 'stops' : 'degrades') : strength === 'hard' ? 'hard' : 'soft';

/** The impact panel as Markdown, for a CAB pack or an incident channel. */
export function impactMarkdown(report: ImpactReport, generatedAt: string): string {
  const e = escapeMarkdown;
  const lines: string[] = [];
  const what = report.mode === 'incident' ? 'Incident what-if: failing' : report.direction === 'downstream' ? 'Blast radius of' : 'What is needed by';
  lines.push(`# ${what} ${report.sources.map((s) => e(s.name)).join(', ')}`, '');
  lines.push(`Generated ${e(generatedAt)} · ${report.direction} · depth ${report.maxDepth ?? 'unlimited'}`, '');
  const c = report.counts;
  lines.push(`**${c.impacted} impacted services** (${c.hard} hard, ${c.soft} soft) · tier 1: ${c.tier1} · tier 2: ${c.tier2} · tier 3: ${c.tier3} · score ${report.score}`, '');
  if (report.scoreParts.length) {
    lines.push('| Tier | Path | Services | Points |', '|---|---|---|---|');
    for (const p of report.scoreParts) lines.push(`| ${p.tier} | ${p.strength} | ${p.services} | ${p.points} |`);
    lines.push('');
  }
  lines.push('## Impacted services', '');
  if (report.services.length === 0) lines.push('None.');
  else {
    lines.push('| Service | Tier | Hops | Path | Via | Owner team |', '|---|---|---|---|---|---|');
    for (const s of report.services) lines.push(`| ${e(s.name)} | ${s.tier} | ${s.hops} | ${hardSoft(s.strength, report.mode)} | ${e(s.viaName)} | ${e(s.ownerTeam) || '–'} |`);
  }
  lines.push('', '## Sites', '');
  if (report.sites.length === 0) lines.push('None.');
  for (const s of report.sites) lines.push(`- ${e(s.name)} (${e(s.timeZone)}, local time ${e(s.localTime)}${s.offHours ? ', off hours' : ''}): ${hardSoft(s.strength, report.mode)}`);
  lines.push('', '## Business processes', '');
  if (report.processes.length === 0) lines.push('None.');
  for (const p of report.processes) lines.push(`- ${e(p.name)}: ${hardSoft(p.strength, report.mode)}`);
  lines.push('', '## Teams to notify', '');
  if (report.teams.length === 0) lines.push('None named.');
  for (const t of report.teams) lines.push(`- ${e(t.team)}${t.strength === 'hard' ? ' (hard hit)' : ''}`);
  lines.push('', '## Releases in the next 14 days touching these services', '');
  if (report.releases.length === 0) lines.push('None.');
  for (const r of report.releases) lines.push(`- ${e(r.title)}: ${e(r.plannedStart)} (${e(r.status)})`);
  return `${lines.join('\n')}\n`;
}
