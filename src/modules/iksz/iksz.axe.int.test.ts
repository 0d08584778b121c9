import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { axePagesForSuite, axePagesRun } from '../../../e2e/support/axe-pages.js';
import { ikszOccasions, ikszTransferCertificates } from '../../db/schema/index.js';
import { ikszScene, occasionForm } from './iksz-test-support.js';

/** axe on the IKSZ pages as a browser renders them (0 violations): the student's log, forms with errors, the school's and the host's pages. */
describe.skipIf(!axePagesRun)('IKSZ pages in a browser (axe)', () => {
  const pages = axePagesForSuite();

  it('the log, the student page, the host page, the school list and queue, and the verification page have no violations', async () => {
    const s = await ikszScene(pages.app);
    expect((await s.student.client.post(`/iksz/students/${s.student.id}/occasions`, occasionForm(s))).statusCode).toBe(303);
    const [occasion] = await pages.app.db.select().from(ikszOccasions).where(eq(ikszOccasions.studentId, s.student.id));
    const id = occasion?.id as string;
    const student = s.student.user.id;
    const coordinator = s.coordinator.user.id;
    const reports = [
      await pages.violationsOn(student, '/iksz/my', 'Haladás az 50 óra felé'),
      await pages.violationsAfterSubmit(
        student,
        '/iksz/my',
        { action: `/iksz/students/${s.student.id}/occasions`, fields: { start: '14:00', end: '18:00', activity: 'Túl hosszú' } },
        'Az alábbi mezőket javítani kell',
      ),
      await pages.violationsOn(student, `/iksz/occasions/${id}/edit`, 'Alkalom javítása'),
      await pages.violationsOn(student, `/iksz/occasions/${id}/delete`, 'Végleges törlés'),
      await pages.violationsOn(student, '/dashboard', 'elfogadva az 50 órából'),
      await pages.violationsOn(s.hostMember.user.id, `/organizations/${s.host.id}/iksz`, 'Igazolásra vár'),
      await pages.violationsOn(s.hostMember.user.id, `/iksz/occasions/${id}/host-reject`, 'Az elutasítás oka'),
      await pages.violationsOn(coordinator, `/iksz/students/${s.student.id}`, 'Felkészítés vagy feldolgozás rögzítése'),
      await pages.violationsOn(coordinator, `/schools/${s.school.id}/iksz`, 'Diák Dóra'),
      await pages.violationsOn(coordinator, `/schools/${s.school.id}/iksz/occasions?status=logged`, 'Idősek látogatása'),
      await pages.violationsOn(s.guardian.user.id, `/iksz/students/${s.student.id}`, 'Napló'),
    ];
    expect((await s.coordinator.client.post(`/iksz/students/${s.student.id}/transfer-certificates`, { confirm: 'on' })).statusCode).toBe(303);
    const [cert] = await pages.app.db.select().from(ikszTransferCertificates).where(eq(ikszTransferCertificates.studentId, s.student.id));
    reports.push(await pages.violationsOn(null, `/iksz/verify/${cert?.verificationCode}`, 'Az igazolás érvényes'));
    reports.push(await pages.violationsOn(null, '/iksz/verify/AAAA-BBBB-CCCC', 'Nincs ilyen igazolás', 404));
    expect(reports.filter(Boolean).join('\n')).toBe('');
  }, 300_000);
});
