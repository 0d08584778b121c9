import { describe, expect, it } from 'vitest';
import { axePagesForSuite, axePagesRun } from '../../../e2e/support/axe-pages.js';
import { guardianLinks } from '../../db/schema/index.js';
import { createUser } from '../../test-support/factories.js';
import { createAgreement } from './school-factories.js';
import { schoolScene } from './schools-test-support.js';

/** axe on the school pages as a browser renders them (0 violations): lists, forms with errors, pages, the guardian's and the host's. */
describe.skipIf(!axePagesRun)('school pages in a browser (axe)', () => {
  const pages = axePagesForSuite();

  it('the school, student, agreement, host and guardian pages have no violations', async () => {
    const s = await schoolScene(pages.app);
    const agreement = await createAgreement(pages.app.db, s.school.id, s.host.id, { startsOn: '2026-01-01', endsOn: '2030-06-30' });
    const guardian = await createUser(pages.app.db, { grants: [{ role: 'guardian' }] });
    const now = new Date();
    await pages.app.db.insert(guardianLinks).values({
      volunteerId: s.studentB.volunteer.id,
      guardianUserId: guardian.id,
      invitedEmail: guardian.email,
      invitedAt: now,
      expiresAt: now,
      confirmedAt: now,
    });
    const school = `/schools/${s.school.id}`;
    const student = `${school}/students/${s.studentB.student.id}`;
    const c = s.coordinator.user.id;
    const reports = [
      await pages.violationsOn(s.staff.user.id, '/schools/manage', s.school.name),
      await pages.violationsOn(s.staff.user.id, '/schools/manage/new', 'OM-azonosító'),
      await pages.violationsAfterSubmit(
        s.staff.user.id,
        '/schools/manage/new',
        { action: '/schools/manage', fields: { omId: '12' } },
        'pontosan 6 számjegyből',
      ),
      await pages.violationsOn(s.staff.user.id, `${school}/edit`, 'Az iskola adatainak szerkesztése'),
      await pages.violationsOn(s.staff.user.id, school, 'IKSZ-koordinátor kijelölése'),
      await pages.violationsOn(s.classTeacher.user.id, '/schools', 'Osztályfőnök (10.B)'),
      await pages.violationsOn(c, school, 'Osztályfőnök kijelölése'),
      await pages.violationsAfterSubmit(
        c,
        school,
        { action: `${school}/class-teachers`, fields: { teacherEmail: 'nincs@senki.example', classNames: '10.A' } },
        'Nincs Kapocs-fiók',
      ),
      await pages.violationsOn(c, `${school}/students`, s.studentB.volunteer.givenName),
      await pages.violationsOn(c, `${school}/students/new`, 'Meglévő önkéntes'),
      await pages.violationsAfterSubmit(c, `${school}/students/new`, { action: `${school}/students`, fields: { className: 'x' } }, 'például 10.B'),
      await pages.violationsOn(c, student, 'Mentesség'),
      await pages.violationsOn(c, `${school}/settings`, 'Órák egy fogadó szervezetnél'),
      await pages.violationsOn(c, `${school}/agreements`, s.host.name),
      await pages.violationsOn(c, `${school}/agreements/new`, 'Szöveg előállítása a sablonból'),
      await pages.violationsOn(c, `${school}/agreements/${agreement.id}`, 'Aláírások rögzítése'),
      await pages.violationsOn(s.hostMember.user.id, `/organizations/${s.host.id}/iksz-agreements`, s.school.name),
      await pages.violationsOn(s.hostMember.user.id, `/organizations/${s.host.id}/iksz-agreements/${agreement.id}`, 'A szervezet aláírásának rögzítése'),
      await pages.violationsOn(guardian.id, `/iksz/agreement/${s.studentB.student.id}`, 'Gondviselőként egyetértek'),
      await pages.violationsOn(c, '/dashboard', 'Iskolai közösségi szolgálat'),
    ];
    expect(reports.filter(Boolean).join('\n')).toBe('');
  }, 600_000);
});
