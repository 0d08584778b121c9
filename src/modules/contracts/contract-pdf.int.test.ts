import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstOutOfOrder, pdfText, readTaggedPdf, taggedNodes } from '../../test-support/pdf-reader.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { contractScene, contractsOf, generateForm } from './contracts-test-support.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

/** A contract of Kovács Őszike (an adult) generated and signed on 2026-01-02, as the volunteer downloads it. */
async function signedContractPdf() {
  const s = await contractScene(t);
  expect((await s.memberClient.post(s.url, generateForm({ startsOn: '2026-01-05', endsOn: '2026-01-20' }))).statusCode).toBe(303);
  const [contract] = await contractsOf(t, s.application.id);
  const signed = await s.memberClient.post(`/contracts/${contract?.id}/sign`, {
    signedOn: '2026-01-02',
    volunteerSignatory: 'Kovács Őszike',
    organizationSignatory: 'Szűcs Ödön',
  });
  expect(signed.statusCode).toBe(303);
  const res = await s.volunteer.client.get(`/contracts/${contract?.id}/contract.pdf`);
  expect(res.statusCode).toBe(200);
  return { organization: s.organization, pdf: res.rawPayload };
}

describe('the contract PDF for a screen reader', () => {
  it('is a tagged PDF in Hungarian whose title the viewer shows, with nothing left untagged', async () => {
    const { pdf } = await signedContractPdf();
    expect(await readTaggedPdf(pdf)).toMatchObject({
      marked: true,
      lang: 'hu-HU',
      title: 'Önkéntes szerződés',
      displayDocTitle: true,
      everyPageTagged: true,
      untagged: '',
    });
  });

  it('reads the title, the parties, the four required items as a numbered list, the date and each signature (name, then role) in order', async () => {
    const { organization, pdf } = await signedContractPdf();
    const { tree, reading } = await readTaggedPdf(pdf);
    expect(reading[0]).toEqual({ role: 'H1', text: 'Önkéntes szerződés' });
    expect(reading[1]?.role).toBe('P');
    expect(reading[1]?.text).toContain(organization.name);
    expect(reading[1]?.text).toContain('Kovács Őszike');
    const requiredAt = reading.findIndex((e) => e.role === 'H2');
    expect(reading[requiredAt]?.text).toBe('A szerződés kötelező tartalma (Köt. 6. § (1) bekezdés)');

    const items = taggedNodes(tree, 'LI').map((li) => li.children.map((c) => `${c.role} ${c.text}`));
    expect(items).toEqual([
      ['Lbl 1.', 'LBody Az önkéntes tevékenység tartalma (Köt. 6. § (1) a)) Homokzsákok töltése és szállítása.'],
      ['Lbl 2.', 'LBody A tevékenység végzésének helye (Köt. 6. § (1) b)) Kecskemét, Fő utca 1.'],
      ['Lbl 3.', 'LBody A tevékenységre fordítandó idő és a pihenőidő (Köt. 6. § (1) c)) Szombatonként 9 és 12 óra között, óránként 10 perc szünettel.'],
      [
        'Lbl 4.',
        expect.stringMatching(
          /^LBody Az önkéntesnek nyújtott juttatások .*\(Köt\. 6\. § \(1\) d\)\) .*Útiköltség-térítés\..*A megszűnésig felmerült költséget/,
        ),
      ],
    ]);
    // The list comes right after its heading; the term follows the list.
    expect(reading.slice(requiredAt + 1, requiredAt + 9).map((e) => e.role)).toEqual(['Lbl', 'LBody', 'Lbl', 'LBody', 'Lbl', 'LBody', 'Lbl', 'LBody']);
    expect(reading[requiredAt + 9]?.text).toContain('2026. 01. 05. napjától 2026. 01. 20. napjáig');

    expect(reading.slice(-5)).toEqual([
      { role: 'P', text: 'Kelt: Kecskemét, 2026. 01. 02.' },
      { role: 'P', text: 'Szűcs Ödön' },
      { role: 'P', text: `a fogadó szervezet (${organization.name}) képviseletében` },
      { role: 'P', text: 'Kovács Őszike' },
      { role: 'P', text: 'önkéntes' },
    ]);

    // The extracted text (search, copy and paste) comes in the same order.
    const text = await pdfText(pdf);
    const order = ['Önkéntes szerződés', 'Kovács Őszike', 'Köt. 6. § (1) a)', 'Köt. 6. § (1) d)', 'Kelt: Kecskemét', 'Szűcs Ödön', 'önkéntes'];
    expect(firstOutOfOrder(text, order)).toBeNull();
  });
});
