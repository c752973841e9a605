import MarkdownIt from 'markdown-it';
import { useMemo } from 'react';

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** Only absolute http, https and mailto links, after parsing the address (no javascript:, data:, file:). */
export function safeLink(url: string): boolean {
  try {
    return SAFE_PROTOCOLS.has(new URL(url.trim()).protocol);
  } catch {
    return false;
  }
}

const md = new MarkdownIt({ html: false, linkify: true, typographer: false });
md.validateLink = safeLink;
// Every link opens outside the app, with no access back to it.
const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const token = tokens[idx]!;
  token.attrSet('target', '_blank');
  token.attrSet('rel', 'noopener noreferrer');
  return defaultLinkOpen(tokens, idx, options, env, self);
};
md.disable(['image']);

/** Markdown to HTML with raw HTML escaped and only safe links kept. */
export const renderMarkdown = (text: string) => md.render(text);

/** A runbook step's details, rendered safely. */
export function Markdown({ text, className }: { text: string; className?: string }) {
  const html = useMemo(() => renderMarkdown(text), [text]);
  if (!text.trim()) return null;
  // The HTML comes from markdown-it with html: false and validated links: nothing the author typed runs.
  return <div className={`markdown ${className ?? ''}`} dangerouslySetInnerHTML={{ __html: html }} />;
}
