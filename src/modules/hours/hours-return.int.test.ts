import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { entryRow, insertEntry, placementScene } from './hours-test-support.js';

/**
 * Issue 12: after approving or rejecting hours from a list, the organization lands back on that list
 * with its sort and page (the list travels with the form as a local `next`), and sees the flash.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const escaped = (url: string) => url.replaceAll('&', '&amp;');

describe('back to the list after a decision on hours', () => {
  it('approve from the organization’s sorted list returns to it, with the flash', async () => {
    const s = await placementScene(t);
    const entry = await insertEntry(t, s, { activity: 'Kertrendezés' });
    const list = `/organizations/${s.organization.id}/hours?sort=day&dir=asc`;
    const page = await s.memberClient.get(list);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`<input type="hidden" name="next" value="${escaped(list)}"/>`);

    const res = await s.memberClient.post(`/hours/${entry.id}/approve`, { next: list });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(list);
    expect(await entryRow(t, entry.id)).toMatchObject({ status: 'approved' });
    const back = await s.memberClient.get(list);
    expect(back.body).toContain('A bejegyzést jóváhagytuk.');
  });

  it('reject: the link carries the list, the reason page keeps it (also through an error), and the decision returns there', async () => {
    const s = await placementScene(t);
    const entry = await insertEntry(t, s, { activity: 'Plakátragasztás' });
    const list = `/organizations/${s.organization.id}/hours?sort=volunteer&dir=desc`;
    const page = await s.memberClient.get(list);
    const rejectLink = `/hours/${entry.id}/reject?next=${encodeURIComponent(list)}`;
    expect(page.body).toContain(`href="${rejectLink}"`);

    const form = await s.memberClient.get(rejectLink);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain(`<input type="hidden" name="next" value="${escaped(list)}"/>`);
    expect(form.body).toContain(`href="${escaped(list)}"`); // cancel goes back to the list too

    const missing = await s.memberClient.post(`/hours/${entry.id}/reject`, { reason: '', next: list });
    expect(missing.statusCode).toBe(422);
    expect(missing.body).toContain(`<input type="hidden" name="next" value="${escaped(list)}"/>`);

    const res = await s.memberClient.post(`/hours/${entry.id}/reject`, { reason: 'Ezen a napon nem volt foglalkozás.', next: list });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(list);
    expect(await entryRow(t, entry.id)).toMatchObject({ status: 'rejected' });
    expect((await s.memberClient.get(list)).body).toContain('A bejegyzést elutasítottuk');
  });

  it('from the placement’s own hours page the decision returns to that page', async () => {
    const s = await placementScene(t);
    const entry = await insertEntry(t, s);
    const page = await s.memberClient.get(s.hoursUrl);
    expect(page.body).toContain(`<input type="hidden" name="next" value="${s.hoursUrl}"/>`);
    const res = await s.memberClient.post(`/hours/${entry.id}/approve`, { next: s.hoursUrl });
    expect(res.headers.location).toBe(s.hoursUrl);
  });

  it('a foreign or malformed next is ignored: the placement’s hours page instead', async () => {
    const s = await placementScene(t);
    for (const evil of ['https://evil.example/', '//evil.example/', '/\\evil.example']) {
      const entry = await insertEntry(t, s);
      const approved = await s.memberClient.post(`/hours/${entry.id}/approve`, { next: evil });
      expect(approved.statusCode).toBe(303);
      expect(approved.headers.location).toBe(s.hoursUrl);
      const other = await insertEntry(t, s);
      const form = await s.memberClient.get(`/hours/${other.id}/reject?next=${encodeURIComponent(evil)}`);
      expect(form.body).not.toContain('name="next"');
      const rejected = await s.memberClient.post(`/hours/${other.id}/reject`, { reason: 'Nem volt ilyen alkalom.', next: evil });
      expect(rejected.headers.location).toBe(s.hoursUrl);
    }
  });
});
