import { describe, expect, it } from 'vitest';
import { axePagesForSuite, axePagesRun } from '../../../e2e/support/axe-pages.js';
import { createCenter } from '../../test-support/factories.js';
import { actorWith, articleContent } from './knowledge-test-support.js';
import { createArticle, editArticle, publishArticle, submitForReview } from './service.js';

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

  it("the editors' pages (list, new with errors, editor, versions, a version, differences, confirmations) and a local article have no violations", async () => {
    const db = pages.app.db;
    const center = await createCenter(db, { name: 'Axe Megyei Önkéntes Központ' });
    const editor = await actorWith(db, { role: 'center_coordinator', centerId: center.id });
    const article = await createArticle(db, editor, center.id, { ...articleContent('Helyi szerződésminta'), slug: 'axe-helyi-szerzodesminta' });
    await submitForReview(db, editor, article.id);
    await publishArticle(db, editor, article.id);
    await editArticle(db, editor, article.id, articleContent('Helyi szerződésminta, javítva', { audiences: ['volunteer'] }), 1);
    const base = `/knowledge/manage/${article.id}`;
    const reports = [
      await pages.violationsOn(editor.userId, '/knowledge/manage', 'Helyi szerződésminta'),
      await pages.violationsOn(editor.userId, '/knowledge/manage?status=review', 'Nincs a szűrésnek megfelelő cikk.'),
      await pages.violationsOn(editor.userId, '/knowledge/manage/new', 'Piszkozat mentése'),
      await pages.violationsAfterSubmit(
        editor.userId,
        '/knowledge/manage/new',
        { action: '/knowledge/manage/new', fields: { title: '', slug: 'manage', 'source-0-url': 'http://nem-biztonsagos' } },
        'Az alábbi mezőket javítani kell',
      ),
      await pages.violationsOn(editor.userId, base, 'Visszavonás a nyilvános oldalról'),
      await pages.violationsOn(editor.userId, `${base}/versions`, 'Ki mentette'),
      await pages.violationsOn(editor.userId, `${base}/versions/1`, 'Helyi szerződésminta'),
      await pages.violationsOn(editor.userId, `${base}/diff?from=1&to=2`, 'törölve'),
      await pages.violationsOn(editor.userId, `${base}/withdraw`, 'Igen, visszavonom'),
      await pages.violationsOn(editor.userId, `${base}/versions/1/restore`, 'új, 3. változatként'),
      await pages.violationsOn(null, '/knowledge/axe-helyi-szerzodesminta', 'Helyi cikk: Axe Megyei Önkéntes Központ'),
      await pages.violationsOn(null, `/knowledge?center=${center.id}&q=szerzodesminta`, 'Helyi cikk'),
    ];
    expect(reports.filter(Boolean).join('\n')).toBe('');
  }, 180_000);
});
