import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCenter } from '../../test-support/factories.js';
import { firstOutOfOrder, pdfText, readTaggedPdf, taggedNodes } from '../../test-support/pdf-reader.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import type { TestClient } from '../../test-support/test-client.js';
import { volunteerWithLogin } from '../placements/placements-test-support.js';
import { certificatesOfVolunteer, createHourEntry, createPlacement, hostWithApprover } from './certificates-test-support.js';
import { formatVerificationCode } from './verification-code.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

/**
 * Kovács Anna's placement at "Erdő Őrzők Egyesülete", hours approved by Szűcs Ödön (Fűnyírás
 * 7 h 30 min and Faültetés 5 h unless other activities are given), and her placement certificate.
 */
async function placementCertificate(
  activities = [
    { activity: 'Fűnyírás', minutes: 450 },
    { activity: 'Faültetés', minutes: 300 },
  ],
) {
  const center = await createCenter(t.db);
  const host = await hostWithApprover(t, center.id, { name: 'Erdő Őrzők Egyesülete', approver: { familyName: 'Szűcs', givenName: 'Ödön' } });
  const volunteer = await volunteerWithLogin(t, { centerId: center.id, familyName: 'Kovács', givenName: 'Anna' });
  const placement = await createPlacement(t.db, volunteer.volunteer, host.opportunity);
  for (const a of activities) await createHourEntry(t.db, placement, host.organization.id, { ...a, day: '2026-10-03', decidedBy: host.member.id });
  expect((await volunteer.client.post('/volunteer/certificates', { kind: 'placement', applicationId: placement.id })).statusCode).toBe(303);
  const [cert] = await certificatesOfVolunteer(t.db, volunteer.volunteer.id);
  if (!cert) throw new Error('certificate missing');
  return { host, volunteer, cert, url: `/certificates/${cert.id}/pdf` };
}

async function download(client: TestClient, url: string) {
  const res = await client.get(url);
  expect(res.statusCode).toBe(200);
  return res.rawPayload;
}

describe('the certificate PDF for a screen reader', () => {
  it('is a tagged PDF in Hungarian whose title the viewer shows, with nothing left untagged', async () => {
    const s = await placementCertificate();
    const reading = await readTaggedPdf(await download(s.volunteer.client, s.url));
    expect(reading).toMatchObject({
      marked: true,
      lang: 'hu-HU',
      title: 'Igazolás önkéntes tevékenységről',
      displayDocTitle: true,
      everyPageTagged: true,
      untagged: '',
    });
    expect(reading.tree.map((n) => n.role)).toEqual(['Document']);
  });

  it('reads the heading, the statement, the organization, the hours as a table, the signer and the verification block in order', async () => {
    const s = await placementCertificate();
    const pdf = await download(s.volunteer.client, s.url);
    const { tree, reading } = await readTaggedPdf(pdf);
    const code = formatVerificationCode(s.cert.code);
    const verifyUrl = `${t.config.baseUrl}/certificates/verify/${code}`;
    expect(reading.map((e) => e.role)).toEqual([
      'H1',
      'P',
      'H2',
      'LBody',
      'H2',
      'TH',
      'TH',
      'TD',
      'TD',
      'TD',
      'TD',
      'TH',
      'TD',
      'P',
      'P',
      'P',
      'P',
      'P',
      'P',
      'Link',
      'Figure',
    ]);
    expect(reading[0]?.text).toBe('Igazolás önkéntes tevékenységről');
    expect(reading[1]?.text).toMatch(/^Igazoljuk, hogy Kovács Anna a\(z\) Erdő Őrzők Egyesülete .*összesen 12 óra 30 perc/);
    expect(reading[2]?.text).toBe('Fogadó szervezet');
    expect(reading[3]?.text).toMatch(/^Erdő Őrzők Egyesülete — székhely: /);
    expect(taggedNodes(tree, 'TR').map((tr) => tr.children.map((cell) => `${cell.role} ${cell.text}`))).toEqual([
      ['TH Tevékenység', 'TH Időtartam'],
      ['TD Faültetés', 'TD 5 óra'],
      ['TD Fűnyírás', 'TD 7 óra 30 perc'],
      ['TH Összesen', 'TD 12 óra 30 perc'],
    ]);
    expect(reading.slice(14, 20).map((e) => e.text)).toEqual([
      'Szűcs Ödön',
      'a fogadó szervezet képviselője',
      'Ellenőrző kód:',
      code,
      'Az igazolás érvényessége ezen a címen ellenőrizhető (vagy olvassa be a QR- kódot):',
      verifyUrl,
    ]);
    expect(reading.at(-1)?.text).toBe(`QR-kód, amely az ellenőrzés címére mutat: ${verifyUrl}`);

    // The extracted text (search, copy and paste) comes in the same order.
    const text = await pdfText(pdf);
    const order = ['Igazolás önkéntes tevékenységről', 'Kovács Anna', 'Fogadó szervezet', 'Fűnyírás', '7 óra 30 perc', 'Összesen', 'Szűcs Ödön', code];
    expect(firstOutOfOrder(text, order)).toBeNull();
  });

  it('reads the revocation notice first, before the heading', async () => {
    const s = await placementCertificate();
    expect((await s.host.memberClient.post(`/certificates/${s.cert.id}/revoke`, { reason: 'Hibás óraszám', confirm: 'on' })).statusCode).toBe(303);
    const { reading } = await readTaggedPdf(await download(s.volunteer.client, s.url));
    expect(reading[0]?.role).toBe('P');
    expect(reading[0]?.text).toMatch(/^VISSZAVONVA: .*\(Hibás óraszám\)/);
    expect(reading[1]).toEqual({ role: 'H1', text: 'Igazolás önkéntes tevékenységről' });
  });

  it('a table that runs onto a second page keeps each row whole, and the second page is tagged too', async () => {
    const activities = Array.from({ length: 45 }, (_, i) => ({ activity: `Ültetés ${String(i + 1).padStart(2, '0')}. szakasz`, minutes: 60 }));
    const s = await placementCertificate(activities);
    const { tree, everyPageTagged, untagged } = await readTaggedPdf(await download(s.volunteer.client, s.url));
    expect(tree.map((n) => n.role)).toEqual(['Document', 'Document']);
    expect(everyPageTagged).toBe(true);
    expect(untagged).toBe('');
    const rows = taggedNodes(tree, 'TR').map((tr) => tr.children.map((cell) => cell.text));
    expect(rows).toHaveLength(47);
    expect(rows.every((cells) => cells.length === 2 && cells.every(Boolean))).toBe(true);
    expect(rows.at(-1)).toEqual(['Összesen', '45 óra']);
  });
});
