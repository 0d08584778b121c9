import { describe, expect, it } from 'vitest';
import { axePagesForSuite, axePagesRun } from '../../../e2e/support/axe-pages.js';
import { checkInScene, codeOf, rosterScene } from './check-in-test-support.js';

/**
 * axe on the check-in pages as a browser renders them (0 violations): the organization's QR page
 * (empty and with a volunteer on site) and the volunteer's scanned page (check in, check out, refused,
 * unknown code).
 */
describe.skipIf(!axePagesRun)('check-in pages in a browser (axe)', () => {
  const pages = axePagesForSuite();
  const { violationsOn } = pages;

  it('the QR page and the scanned page have no violations', async () => {
    const app = pages.app;
    const s = await checkInScene(app);
    const refused = await checkInScene(app, { status: 'applied' });
    const reports = [await violationsOn(s.member.id, s.hostUrl, 'Még senki nem jelentkezett be')];
    const url = `/check-in/${await codeOf(app, s.shift.id)}`;
    reports.push(await violationsOn(s.volunteer.user.id, url, 'Megérkeztem</button>'));
    // Check in (through the app, as the button would), then both pages again.
    await s.volunteer.client.post(url);
    reports.push(await violationsOn(s.volunteer.user.id, url, 'Végeztem, távozom</button>'));
    reports.push(await violationsOn(s.member.id, s.hostUrl, 'még a helyszínen'));
    await refused.memberClient.get(refused.hostUrl);
    reports.push(await violationsOn(refused.volunteer.user.id, `/check-in/${await codeOf(app, refused.shift.id)}`, 'nincs elfogadott jelentkezésed'));
    reports.push(await violationsOn(s.volunteer.user.id, '/check-in/AAAAAAAAAAAAAAAA', 'Ismeretlen bejelentkezési kód', 404));
    expect(reports.filter(Boolean).join('\n')).toBe('');
  }, 120_000);

  it('the roster after a shift has no violations (radio groups per volunteer, a QR entry waiting)', async () => {
    const s = await rosterScene(pages.app);
    expect(await violationsOn(s.member.id, s.url, 'Jelenlét rögzítése</button>')).toBe('');
  }, 120_000);
});
