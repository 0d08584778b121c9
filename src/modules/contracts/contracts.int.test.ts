import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractTemplates, organizationMembers, organizations } from '../../db/schema/index.js';
import { budapestDay } from '../../platform/budapest-time.js';
import { createUser } from '../../test-support/factories.js';
import { pdfText } from '../../test-support/pdf-reader.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { TestClient } from '../../test-support/test-client.js';
import { clientFor, hostScene, volunteerWithLogin } from '../placements/placements-test-support.js';
import { addBenefit, contractAudit, contractScene, contractsOf, generateForm } from './contracts-test-support.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const today = () => budapestDay(new Date());
/** A birth date that makes the volunteer `years` old today (and on a start day of today). */
const bornYearsAgo = (years: number) => `${Number(today().slice(0, 4)) - years}-${today().slice(5, 7)}-01`;

describe('the organization contract template', () => {
  it('shows the default texts and the fixed Köt. 6. § (1) section; an admin saves own texts (audited)', async () => {
    const s = await contractScene(t);
    const url = `/organizations/${s.organization.id}/contract-template`;
    const page = await s.memberClient.get(url);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Még nincs mentett saját szöveg');
    expect(page.body).toContain('a közérdekű önkéntes tevékenységről szóló 2005. évi LXXXVIII. törvény');
    expect(page.body).toContain('Ez a rész nem szerkeszthető: a törvény írja elő');
    expect(page.body).toContain('A szerződés kötelező tartalma (Köt. 6. § (1) bekezdés)');

    const saved = await s.memberClient.post(url, {
      introText: '  Együttműködünk a gát védelmében.  ',
      dutiesText: 'Munkavédelmi oktatás.',
      closingText: 'Felmondás írásban.',
    });
    expect(saved.statusCode).toBe(303);
    const [row] = await t.db.select().from(contractTemplates).where(eq(contractTemplates.organizationId, s.organization.id));
    expect(row).toMatchObject({
      introText: 'Együttműködünk a gát védelmében.',
      dutiesText: 'Munkavédelmi oktatás.',
      closingText: 'Felmondás írásban.',
      updatedByUserId: s.member.id,
    });
    expect((await contractAudit(t, 'contract_template', s.organization.id)).map((a) => a.action)).toEqual(['create']);
    const again = await s.memberClient.get(url);
    expect(again.body).toContain('Együttműködünk a gát védelmében.');
    expect(again.body).toContain('Utoljára mentve');
    expect((await s.memberClient.post(url, { introText: 'Második', dutiesText: 'Munkavédelmi oktatás.', closingText: 'Felmondás írásban.' })).statusCode).toBe(
      303,
    );
    expect((await contractAudit(t, 'contract_template', s.organization.id)).map((a) => a.action)).toEqual(['create', 'update']);
  });

  it('shows a script typed into a text escaped, in the form and in the preview', async () => {
    const s = await contractScene(t);
    const url = `/organizations/${s.organization.id}/contract-template`;
    expect((await s.memberClient.post(url, { introText: '<script>alert(1)</script>', dutiesText: 'Kötelességek.', closingText: 'Zárás.' })).statusCode).toBe(
      303,
    );
    const page = await s.memberClient.get(url);
    expect(page.body).not.toContain('<script>alert(1)</script>');
    expect(page.body).toContain('&lt;script>alert(1)&lt;/script>');
  });

  it('refuses empty and too long texts with Hungarian messages next to the field (422, nothing saved)', async () => {
    const s = await contractScene(t);
    const url = `/organizations/${s.organization.id}/contract-template`;
    const res = await s.memberClient.post(url, { introText: '   ', dutiesText: 'x'.repeat(4001), closingText: 'Rendben.' });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('Kötelező mező.');
    expect(res.body).toMatch(/f-dutiesText-error/);
    expect(res.body).toContain('Legfeljebb 4000 karakter lehet.');
    expect(await t.db.select().from(contractTemplates).where(eq(contractTemplates.organizationId, s.organization.id))).toHaveLength(0);
  });

  it('staff members read it without a form and may not save; other organizations and volunteers get 403', async () => {
    const s = await contractScene(t);
    const url = `/organizations/${s.organization.id}/contract-template`;
    const staff = await createUser(t.db);
    await t.db.insert(organizationMembers).values({ organizationId: s.organization.id, userId: staff.id, role: 'staff' });
    const staffClient = await clientFor(t, staff.id);
    const page = await staffClient.get(url);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('A szerződésmintát a szervezet adminisztrátorai szerkeszthetik.');
    expect(page.body).not.toContain('name="introText"');
    expect((await staffClient.post(url, { introText: 'a', dutiesText: 'b', closingText: 'c' })).statusCode).toBe(403);
    const other = await hostScene(t);
    expect((await other.memberClient.get(url)).statusCode).toBe(403);
    expect((await other.memberClient.post(url, { introText: 'a', dutiesText: 'b', closingText: 'c' })).statusCode).toBe(403);
    expect((await s.volunteer.client.get(url)).statusCode).toBe(403);
  });
});

describe('the contract page and generation', () => {
  it('shows the calculation with reasons, derived facts and a form prefilled from the placement', async () => {
    const s = await contractScene(t);
    const page = await s.memberClient.get(s.url);
    expect(page.statusCode).toBe(200);
    // One 3-hour shift, an adult, no benefit: no trigger.
    expect(page.body).toContain('Nem kötelező írásba foglalni, de ajánlott');
    expect(page.body).toContain('A tervezett időtartam 1 egymást követő nap.');
    expect(page.body).toContain('Árvízvédelmi gyűjtés: Homokzsákok töltése a gát mellett.');
    expect(page.body).toContain('value="Kecskemét, Fő utca 1."');
    expect(page.body).toContain('Az önkéntes juttatásban nem részesül.');
    expect(page.body).toContain(`value="${budapestDay(s.shift.startsAt)}"`);

    // A travel benefit in the ledger and a ticked answer make it required, each reason listed.
    await addBenefit(t, s, 'travel');
    const required = await s.memberClient.get(`${s.url}?volunteerAsks=on`);
    expect(required.body).toContain('Írásba kell foglalni, mert:');
    expect(required.body).toContain('data-code="benefit"');
    expect(required.body).toContain('data-code="volunteer_asks"');
    expect(required.body).toContain('Utazás');
    // The answer rides along to the generate form as a hidden field.
    expect(required.body).toContain('type="hidden" name="volunteerAsks" value="on"');
  });

  it('generates a draft with the snapshot and requirement (audited); a second live contract is refused', async () => {
    const s = await contractScene(t, { birthDate: '1985-03-04' });
    const res = await s.memberClient.post(s.url, { ...generateForm(), volunteerAsks: 'on' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(s.url);
    const [contract] = await contractsOf(t, s.application.id);
    expect(contract).toMatchObject({
      status: 'draft',
      activity: 'Homokzsákok töltése és szállítása.',
      startsOn: '2026-06-01',
      endsOn: null,
      guardianRequired: false,
      organizationId: s.organization.id,
      volunteerId: s.volunteer.volunteer.id,
      createdByUserId: s.member.id,
    });
    expect(contract?.snapshot).toMatchObject({
      organization: { name: s.organization.name, seat: 'Kecskemét' },
      volunteer: { familyName: 'Kovács', givenName: 'Őszike', birthDate: '1985-03-04' },
      guardian: null,
      template: { introText: expect.stringContaining('2005. évi LXXXVIII. törvény') },
    });
    expect((contract?.requirement as { reasons: { code: string }[] } | undefined)?.reasons.map((r) => r.code)).toEqual(['indefinite_term', 'volunteer_asks']);
    expect((await contractAudit(t, 'volunteer_contract', contract?.id as string)).map((a) => a.action)).toEqual(['create']);

    const page = await s.memberClient.get(s.url);
    expect(page.body).toContain('Tervezet (aláírásra vár)');
    expect(page.body).toContain(`/contracts/${contract?.id}/contract.pdf`);
    expect(page.body).toContain('A szerződés elkészítésekor végzett számítás:');
    expect(page.body).not.toContain('id="generate-contract"');

    const second = await s.memberClient.post(s.url, generateForm());
    expect(second.statusCode).toBe(422);
    expect(second.body).toContain('Ehhez a helyhez már van érvényes szerződés.');
    expect(await contractsOf(t, s.application.id)).toHaveLength(1);
  });

  it('refuses invalid input with Hungarian messages next to the fields', async () => {
    const s = await contractScene(t);
    const res = await s.memberClient.post(s.url, generateForm({ activity: '', startsOn: '2026-02-30', place: 'x'.repeat(501) }));
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('Kötelező mező.');
    expect(res.body).toContain('Érvénytelen érték.');
    expect(res.body).toContain('f-activity-error');
    expect(res.body).toContain('f-place-error');
    const backwards = await s.memberClient.post(s.url, generateForm({ startsOn: '2026-06-10', endsOn: '2026-06-01' }));
    expect(backwards.statusCode).toBe(422);
    expect(backwards.body).toContain('A befejező nap nem lehet korábbi a kezdő napnál.');
    // A rejected form shows the calculation for the term typed into it (12 days: written form, Köt. 6. §).
    const typed = await s.memberClient.post(s.url, generateForm({ activity: '', startsOn: '2026-06-01', endsOn: '2026-06-12' }));
    expect(typed.statusCode).toBe(422);
    expect(typed.body).toContain('Legalább 10 napra szól: a tervezett időtartam 12 nap (Köt. 6. §).');
    expect(typed.body).toContain('value="2026-06-12"');
    expect(await contractsOf(t, s.application.id)).toHaveLength(0);
  });

  it('refuses a volunteer under 16 abroad (Köt. 5. §) and a placement not agreed yet', async () => {
    const s = await contractScene(t, { birthDate: bornYearsAgo(15), guardianName: 'Kovács Péter' });
    const abroad = await s.memberClient.post(s.url, { ...generateForm({ startsOn: today() }), abroad: 'on' });
    expect(abroad.statusCode).toBe(422);
    expect(abroad.body).toContain('16 év alatti önkéntes külföldön nem végezhet önkéntes tevékenységet (Köt. 5. §)');
    const applied = await contractScene(t, { status: 'applied' });
    const res = await applied.memberClient.post(applied.url, generateForm());
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('Szerződés csak elfogadott, folyamatban lévő vagy befejezett jelentkezéshez készíthető.');
    expect(await contractsOf(t, s.application.id)).toHaveLength(0);
  });
});

describe('signing and voiding', () => {
  it("a minor's contract needs the legal representative's name; the signed date may not be in the future", async () => {
    const s = await contractScene(t, { birthDate: bornYearsAgo(15), guardianName: 'Kovács Péter' });
    expect((await s.memberClient.post(s.url, generateForm({ startsOn: today(), endsOn: today() }))).statusCode).toBe(303);
    const [contract] = await contractsOf(t, s.application.id);
    expect(contract).toMatchObject({ guardianRequired: true });
    expect(contract?.snapshot).toMatchObject({ guardian: { name: 'Kovács Péter' }, signing: 'minor_with_consent' });
    const url = `/contracts/${contract?.id}/sign`;
    const noGuardian = await s.memberClient.post(url, {
      signedOn: today(),
      volunteerSignatory: 'Kovács Őszike',
      organizationSignatory: 'Szabó Éva',
      guardianSignatory: '',
    });
    expect(noGuardian.statusCode).toBe(422);
    expect(noGuardian.body).toContain('Kiskorú önkéntesnél adja meg a törvényes képviselő nevét.');
    const future = await s.memberClient.post(url, {
      signedOn: '2999-01-01',
      volunteerSignatory: 'Kovács Őszike',
      organizationSignatory: 'Szabó Éva',
      guardianSignatory: 'Kovács Péter',
    });
    expect(future.statusCode).toBe(422);
    expect(future.body).toContain('Az aláírás napja nem lehet jövőbeli.');
    // The volunteer reads the contract but records nothing.
    expect(
      (await s.volunteer.client.post(url, { signedOn: today(), volunteerSignatory: 'a', organizationSignatory: 'b', guardianSignatory: 'c' })).statusCode,
    ).toBe(403);

    const ok = await s.memberClient.post(url, {
      signedOn: today(),
      volunteerSignatory: 'Kovács Őszike',
      organizationSignatory: 'Szabó Éva',
      guardianSignatory: 'Kovács Péter',
    });
    expect(ok.statusCode).toBe(303);
    const [signed] = await contractsOf(t, s.application.id);
    expect(signed).toMatchObject({
      status: 'signed',
      signedOn: today(),
      guardianSignatory: 'Kovács Péter',
      organizationSignatory: 'Szabó Éva',
      signedRecordedByUserId: s.member.id,
    });
    expect((await contractAudit(t, 'volunteer_contract', signed?.id as string)).map((a) => a.action)).toEqual(['create', 'sign']);
    const again = await s.memberClient.post(url, { signedOn: today(), volunteerSignatory: 'x', organizationSignatory: 'y', guardianSignatory: 'z' });
    expect(again.statusCode).toBe(422);
    expect(again.body).toContain('Csak aláírásra váró tervezet aláírása rögzíthető.');
  });

  it('voiding needs a reason and the confirmation; then a new contract can be made and the old one is listed', async () => {
    const s = await contractScene(t);
    expect((await s.memberClient.post(s.url, generateForm())).statusCode).toBe(303);
    const [contract] = await contractsOf(t, s.application.id);
    const url = `/contracts/${contract?.id}/void`;
    const missing = await s.memberClient.post(url, { reason: '' });
    expect(missing.statusCode).toBe(422);
    expect(missing.body).toContain('Adja meg az érvénytelenítés okát.');
    expect(missing.body).toContain('Az érvénytelenítéshez jelölje be a megerősítést.');
    expect((await s.volunteer.client.post(url, { reason: 'Nem kérem', confirm: 'on' })).statusCode).toBe(403);
    expect((await s.memberClient.post(url, { reason: 'Elírt kezdő nap', confirm: 'on' })).statusCode).toBe(303);
    const [voided] = await contractsOf(t, s.application.id);
    expect(voided).toMatchObject({ status: 'void', voidReason: 'Elírt kezdő nap' });
    expect((await contractAudit(t, 'volunteer_contract', voided?.id as string)).map((a) => a.action)).toEqual(['create', 'void']);
    expect((await s.memberClient.post(url, { reason: 'Még egyszer', confirm: 'on' })).statusCode).toBe(422);
    expect((await s.memberClient.post(s.url, generateForm({ startsOn: '2026-06-02' }))).statusCode).toBe(303);
    const page = await s.memberClient.get(s.url);
    expect(page.body).toContain('Érvénytelenített szerződések');
    expect(page.body).toContain('Elírt kezdő nap');
    expect(await contractsOf(t, s.application.id)).toHaveLength(2);
  });
});

describe('who sees what', () => {
  it('the volunteer and the coordinator read the page and the PDF without forms; others get 404, anonymous the login', async () => {
    const s = await contractScene(t);
    expect((await s.memberClient.post(s.url, generateForm())).statusCode).toBe(303);
    const [contract] = await contractsOf(t, s.application.id);
    const pdfUrl = `/contracts/${contract?.id}/contract.pdf`;
    for (const client of [s.volunteer.client, s.coordinatorClient]) {
      const page = await client.get(s.url);
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain(pdfUrl);
      expect(page.body).not.toContain('id="sign-contract"');
      expect(page.body).not.toContain('id="void-contract"');
      expect((await client.get(pdfUrl)).statusCode).toBe(200);
    }
    expect((await s.volunteer.client.post(s.url, generateForm())).statusCode).toBe(403);
    const other = await hostScene(t);
    const stranger = await volunteerWithLogin(t, { centerId: s.center.id });
    for (const client of [other.memberClient, stranger.client]) {
      expect((await client.get(s.url)).statusCode).toBe(404);
      expect((await client.get(pdfUrl)).statusCode).toBe(404);
      expect((await client.post(s.url, generateForm())).statusCode).toBe(404);
      expect((await client.post(`/contracts/${contract?.id}/sign`, {})).statusCode).toBe(404);
      expect((await client.post(`/contracts/${contract?.id}/void`, { reason: 'x', confirm: 'on' })).statusCode).toBe(404);
    }
    const anonymous = await new TestClient(t.app, t.config.secretKey).get(pdfUrl);
    expect(anonymous.statusCode).toBe(303);
    expect(await contractsOf(t, s.application.id)).toHaveLength(1);
  });
});

describe('the PDF', () => {
  it('has the title, ő and ű, the parties, the four required items with the section, and the guardian line for a minor', async () => {
    const s = await contractScene(t, { birthDate: bornYearsAgo(12), guardianName: 'Kovács Ödön' });
    expect((await s.memberClient.post(s.url, generateForm({ startsOn: today(), endsOn: today() }))).statusCode).toBe(303);
    const [contract] = await contractsOf(t, s.application.id);
    const res = await s.volunteer.client.get(`/contracts/${contract?.id}/contract.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="onkentes-szerzodes-${contract?.id}.pdf"`);
    const text = (await pdfText(res.rawPayload)).replace(/\s+/g, ' ');
    expect(text).toContain('Önkéntes szerződés');
    expect(text).toContain('ő');
    expect(text).toContain('ű');
    expect(text).toContain(s.organization.name);
    expect(text).toContain('Kovács Őszike');
    expect(text).toContain('Köt. 6. § (1) a)');
    expect(text).toContain('Homokzsákok töltése és szállítása.');
    expect(text).toContain('Köt. 6. § (1) b)');
    expect(text).toContain('Kecskemét, Fő utca 1.');
    expect(text).toContain('Köt. 6. § (1) c)');
    expect(text).toContain('Szombatonként 9 és 12 óra között');
    expect(text).toContain('Köt. 6. § (1) d)');
    expect(text).toContain('Útiköltség-térítés.');
    expect(text).toContain('A megszűnésig felmerült költséget a szervezet megtéríti.');
    expect(text).toContain('törvényes képviselő');
    expect(text).toContain('Kovács Ödön');
    expect(text).toContain('14. életévét nem töltötte be');
  });

  it('a signed adult contract prints the signed date and signatories, and no guardian line', async () => {
    const s = await contractScene(t);
    // The seat has a street address; the contract is dated at the settlement alone.
    await t.db.update(organizations).set({ address: 'Kossuth tér 3.' }).where(eq(organizations.id, s.organization.id));
    expect((await s.memberClient.post(s.url, generateForm({ startsOn: '2026-01-05', endsOn: '2026-01-20' }))).statusCode).toBe(303);
    const [contract] = await contractsOf(t, s.application.id);
    expect(
      (
        await s.memberClient.post(`/contracts/${contract?.id}/sign`, {
          signedOn: '2026-01-02',
          volunteerSignatory: 'Kovács Őszike',
          organizationSignatory: 'Szűcs Ödön',
        })
      ).statusCode,
    ).toBe(303);
    const text = (await pdfText((await s.memberClient.get(`/contracts/${contract?.id}/contract.pdf`)).rawPayload)).replace(/\s+/g, ' ');
    expect(text).toContain('Kelt: Kecskemét, 2026. 01. 02.');
    expect(text).toContain('székhely: Kecskemét, Kossuth tér 3.');
    expect(text).toContain('Szűcs Ödön');
    expect(text).toContain('2026. 01. 05. napjától 2026. 01. 20. napjáig');
    expect(text).not.toContain('törvényes képviselő');
  });
});

describe('template texts in generated contracts', () => {
  it('a saved template is used in the next contract; earlier contracts keep their snapshot', async () => {
    const s = await contractScene(t);
    expect((await s.memberClient.post(s.url, generateForm())).statusCode).toBe(303);
    await s.memberClient.post(`/organizations/${s.organization.id}/contract-template`, {
      introText: 'Saját bevezető űrlapból.',
      dutiesText: 'Saját kötelezettségek.',
      closingText: 'Saját zárás.',
    });
    const [first] = await contractsOf(t, s.application.id);
    const firstText = await pdfText((await s.memberClient.get(`/contracts/${first?.id}/contract.pdf`)).rawPayload);
    expect(firstText).not.toContain('Saját bevezető');
    // A replacement contract uses the saved texts.
    await s.memberClient.post(`/contracts/${first?.id}/void`, { reason: 'Új minta', confirm: 'on' });
    expect((await s.memberClient.post(s.url, generateForm())).statusCode).toBe(303);
    const [, second] = await contractsOf(t, s.application.id);
    const secondText = await pdfText((await s.memberClient.get(`/contracts/${second?.id}/contract.pdf`)).rawPayload);
    expect(secondText).toContain('Saját bevezető űrlapból.');
    expect(secondText).toContain('Saját zárás.');
  });
});

describe('hostile input from the organization member (the shared hostile-input suite has no member persona)', () => {
  it('answers < 500 and never echoes a script unescaped, for every form of the module', async () => {
    const s = await contractScene(t, { birthDate: bornYearsAgo(15) });
    expect((await s.memberClient.post(s.url, generateForm())).statusCode).toBe(303);
    const [contract] = await contractsOf(t, s.application.id);
    const script = '<script>alert(1)</script>';
    const forms: [string, string[]][] = [
      [`/organizations/${s.organization.id}/contract-template`, ['introText', 'dutiesText', 'closingText']],
      [s.url, ['activity', 'place', 'timeAndRest', 'benefits', 'benefitsOnEnd', 'startsOn', 'endsOn', 'abroad', 'nonEeaExemption']],
      [`/contracts/${contract?.id}/sign`, ['signedOn', 'volunteerSignatory', 'organizationSignatory', 'guardianSignatory']],
      [`/contracts/${contract?.id}/void`, ['reason', 'confirm']],
    ];
    const values = [script, 'x'.repeat(100_000), "'; drop table volunteer_contracts; --", '9'.repeat(400), '2026-13-45', '\u202e\u0007'];
    for (const [url, fields] of forms) {
      for (const value of values) {
        const body = Object.fromEntries(fields.map((f) => [f, value]));
        const res = await s.memberClient.post(url, body);
        expect(res.statusCode, `${url} ${value.slice(0, 20)}`).toBeLessThan(500);
        expect(res.body).not.toContain(script);
      }
    }
    for (const query of ['?startsOn=<script>&endsOn=2026-01-01', '?abroad[]=on&nonEeaExemption=%3Cscript%3E', `?startsOn=${'9'.repeat(300)}`]) {
      const res = await s.memberClient.get(`${s.url}${query}`);
      expect(res.statusCode).toBe(200);
      expect(res.body).not.toContain('<script>');
    }
  }, 60_000);
});
