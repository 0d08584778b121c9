import { describe, expect, it } from 'vitest';
import { axePagesForSuite, axePagesRun } from '../../../e2e/support/axe-pages.js';
import { createCenter, createUser, placeByName } from '../../test-support/factories.js';
import { createAdvocacyFixtures } from './advocacy-fixtures.js';

/** axe on the advocacy pages as a browser renders them (0 violations): lists, forms with errors, pages, timelines, confirmations. */
describe.skipIf(!axePagesRun)('advocacy pages in a browser (axe)', () => {
  const pages = axePagesForSuite();

  it('the stakeholder and action pages have no violations', async () => {
    const db = pages.app.db;
    const center = await createCenter(db, { name: 'Axe Érdekérvényesítő Központ' });
    const user = await createUser(db, { grants: [{ role: 'center_coordinator', centerId: center.id }] });
    const { stakeholderId, advocacyActionId, advocacyDocumentId } = await createAdvocacyFixtures(db, { centerId: center.id });
    const kecskemet = await placeByName(db, 'Kecskemét');
    const u = user.id;
    const action = `/advocacy/actions/${advocacyActionId}`;
    const reports = [
      await pages.violationsOn(u, '/advocacy/stakeholders', 'Fixture Község Önkormányzata'),
      await pages.violationsOn(u, '/advocacy/stakeholders?kind=media', 'Nincs a szűrésnek megfelelő tétel.'),
      await pages.violationsOn(u, '/advocacy/stakeholders/new', 'Az adatkezelés jogalapja'),
      await pages.violationsAfterSubmit(
        u,
        '/advocacy/stakeholders/new',
        { action: '/advocacy/stakeholders', fields: { name: '', contactName: 'Nagy Péter' } },
        'Kapcsolattartó adatait csak',
      ),
      await pages.violationsOn(u, `/advocacy/stakeholders/${stakeholderId}`, 'Fixture egyeztetés'),
      await pages.violationsOn(u, `/advocacy/stakeholders/${stakeholderId}/edit`, 'Érdekelt fél szerkesztése'),
      await pages.violationsOn(u, `/advocacy/stakeholders/${stakeholderId}/erase-contact`, 'véglegesen törlődik'),
      await pages.violationsOn(u, '/advocacy/actions', 'Fixture egyeztetés'),
      await pages.violationsOn(u, '/advocacy/actions/new?who=fixture', 'Fixture Község Önkormányzata'),
      await pages.violationsAfterSubmit(u, '/advocacy/actions/new', { action: '/advocacy/actions', fields: { title: '' } }, 'Az alábbi mezőket javítani kell'),
      await pages.violationsOn(u, action, 'emlekezteto.pdf'),
      await pages.violationsOn(u, `${action}/edit`, 'Tevékenység szerkesztése'),
      await pages.violationsOn(u, `${action}/delete`, 'Ez nem vonható vissza.'),
      await pages.violationsOn(u, `${action}/documents/${advocacyDocumentId}/delete`, 'emlekezteto.pdf'),
      await pages.violationsOn(u, `/advocacy/settlements/${kecskemet.id}`, 'Kecskemét'),
      await pages.violationsOn(u, '/advocacy/evidence', 'Bizonyítékcsomag'),
      await pages.violationsOn(u, '/advocacy/evidence?area=settlement&place=Kecskem%C3%A9t&year=2026', 'Gazdasági érték'),
      await pages.violationsOn(u, '/advocacy/evidence?area=district', 'Válassza ki a járást.', 422),
    ];
    expect(reports.filter(Boolean).join('\n')).toBe('');
  }, 180_000);
});
