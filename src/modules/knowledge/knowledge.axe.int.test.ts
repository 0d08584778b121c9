import { describe, expect, it } from 'vitest';
import { axePagesForSuite, axePagesRun } from '../../../e2e/support/axe-pages.js';

/**
 * axe on the public knowledge-base pages as a browser renders them (0 violations): the list, an
 * accent-insensitive search with marked matches, a search that finds nothing with "Erre gondoltál",
 * an article, its printable version and the FAQ.
 */
describe.skipIf(!axePagesRun)('knowledge-base pages in a browser (axe)', () => {
  const pages = axePagesForSuite();

  it('the list, the searches, an article, the print view and the FAQ have no violations', async () => {
    const reports = [
      await pages.violationsOn(null, '/knowledge', 'Tudástár'),
      await pages.violationsOn(null, '/knowledge?q=szerzodes', 'szerződés'),
      await pages.violationsOn(null, '/knowledge?q=szerzodsek', 'Erre gondoltál'),
      await pages.violationsOn(null, '/knowledge/kiskoru-onkentesek', 'Időkorlátok'),
      await pages.violationsOn(null, '/knowledge/kiskoru-onkentesek/print', 'Források'),
      await pages.violationsOn(null, '/knowledge/faq', 'Gyakori kérdések'),
    ];
    expect(reports.filter(Boolean).join('\n')).toBe('');
  }, 120_000);
});
