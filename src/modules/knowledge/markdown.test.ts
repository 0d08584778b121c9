import { describe, expect, it } from 'vitest';
import { articleBodyText, renderArticleBody } from './markdown.js';

describe('renderArticleBody', () => {
  it('renders headings one level down, lists, links and emphasis', () => {
    const html = renderArticleBody(
      '# Szerződés\n\nA **Köt.** szerint:\n\n- írásban\n- határozott időre\n\n[Köt. 6. §](https://net.jogtar.hu/jogszabaly?docid=a0500088.tv)',
    );
    expect(html).toContain('<h2>Szerződés</h2>');
    expect(html).toContain('<strong>Köt.</strong>');
    expect(html).toContain('<ul>\n<li>írásban</li>');
    expect(html).toContain('<a href="https://net.jogtar.hu/jogszabaly?docid=a0500088.tv">Köt. 6. §</a>');
    expect(renderArticleBody('## Fő\n\n### Al')).toMatch(/<h2>Fő<\/h2>\n<h3>Al<\/h3>/);
    expect(renderArticleBody('# a\n\n###### mély')).toContain('<h6>mély</h6>');
  });

  it('shows raw HTML as text and never renders a script, an image or a javascript: link', () => {
    const html = renderArticleBody(
      '<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n![kép](https://example.org/x.png)\n\n[kattints](javascript:alert(1))',
    );
    expect(html).not.toMatch(/<script|<img|href="javascript/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('[kattints](javascript:alert(1))');
  });

  it('escapes attribute values of links', () => {
    const html = renderArticleBody('[x](https://example.org/?a="b"&c=<d>)');
    expect(html).toContain('href="https://example.org/?a=%22b%22&amp;c=%3Cd%3E"');
  });
});

describe('articleBodyText', () => {
  it('keeps the words without the markup', () => {
    expect(articleBodyText('# Cím\n\nEgy *fontos* [hivatkozás](https://example.org) és `kód`.\n\n- pont')).toBe('Cím Egy fontos hivatkozás és kód. pont');
  });
});
