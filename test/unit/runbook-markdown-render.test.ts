import { describe, expect, it } from 'vitest';
import { renderMarkdown, safeLink } from '../../renderer/runbooks/markdown';

describe('runbook details as Markdown', () => {
  it('keeps only http, https and mailto links, after parsing the address', () => {
    expect(safeLink('https://help.sap.com/docs')).toBe(true);
    expect(safeLink('mailto:noc@example.com')).toBe(true);
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', '/relative', 'vbscript:x', 'java\nscript:alert(1)']) {
      expect(safeLink(bad), bad).toBe(false);
    }
  });

  it('escapes raw HTML and opens links outside the app', () => {
    const html = renderMarkdown('<img src=x onerror=alert(1)> **bold** [SAP](https://help.sap.com) [bad](javascript:alert(1)) ![i](https://x/y.png)');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img');
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('<a href="https://help.sap.com" target="_blank" rel="noopener noreferrer">SAP</a>');
    expect(html).not.toMatch(/href="(?!https:)/);
    expect(html).toContain('[bad](javascript:alert(1))'); // left as text, not a link
  });
});
