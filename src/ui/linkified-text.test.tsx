import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { linkifiedText } from './linkified-text.js';

const html = (text: string) => renderToString(<pre>{linkifiedText(text)}</pre>);

describe('linkifiedText', () => {
  it('links http and https URLs and keeps the text around them', () => {
    expect(html('Nyissa meg: https://kapocs.example/a?b=1&c=2 most')).toBe(
      '<pre>Nyissa meg: <a href="https://kapocs.example/a?b=1&amp;c=2">https://kapocs.example/a?b=1&amp;c=2</a> most</pre>',
    );
    expect(html('http://x.example')).toBe('<pre><a href="http://x.example">http://x.example</a></pre>');
  });

  it('leaves sentence punctuation and closing brackets outside the link', () => {
    expect(html('(lásd https://x.example/út).')).toBe('<pre>(lásd <a href="https://x.example/út">https://x.example/út</a>).</pre>');
  });

  it('escapes markup and never links other schemes', () => {
    const out = html('<img src=x onerror=alert(1)> javascript:alert(1) data:text/html,x ftp://x');
    expect(out).toBe('<pre>&lt;img src=x onerror=alert(1)> javascript:alert(1) data:text/html,x ftp://x</pre>');
  });

  it('does not let a quote or angle bracket break out of the href', () => {
    const out = html('https://x.example/"onmouseover="alert(1) https://y.example/<b>');
    expect(out).toContain('<a href="https://x.example/">https://x.example/</a>&quot;onmouseover');
    expect(out).toContain('<a href="https://y.example/">https://y.example/</a>&lt;b>');
  });

  it('keeps line breaks of a plain-text mail', () => {
    expect(html('a\n\nhttps://x.example\nb')).toBe('<pre>a\n\n<a href="https://x.example">https://x.example</a>\nb</pre>');
  });
});
