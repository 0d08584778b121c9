import { describe, expect, it } from 'vitest';
import { expiryReminderMail } from './expiry-reminders.js';

const qualification = {
  id: 'q',
  name: 'Elsősegély',
  validUntil: '2031-04-15',
  volunteerId: 'v',
  centerId: null,
  givenName: 'Anna',
  email: 'anna@kapocs.example',
  locale: 'hu',
};
const course = { id: 'c', slug: 'elsosegely', title: 'Elsősegély alapfokon' };

describe('the expiry reminder', () => {
  it('speaks to the volunteer informally, with the date in Hungarian and the sessions listed', () => {
    const mail = expiryReminderMail(
      qualification,
      course,
      [{ courseId: 'c', startsAt: new Date('2031-03-10T08:00:00Z'), online: false, placeName: 'Kecskemét', freeSeats: 4 }],
      'https://kapocs.example',
    );
    expect(mail.to).toBe('anna@kapocs.example');
    expect(mail.subject).toBe('Hamarosan lejár a képesítésed: Elsősegély (2031. 04. 15.)');
    expect(mail.text).toContain('Kedves Anna!');
    expect(mail.text).toContain('képesítésed 2031. 04. 15. napján lejár');
    expect(mail.text).toContain('- 2031. 03. 10. 09:00, Kecskemét (szabad helyek: 4)');
    expect(mail.text).toContain('Itt jelentkezhetsz: https://kapocs.example/trainings/elsosegely');
  });

  it('falls back to Hungarian for an unknown locale', () => {
    expect(expiryReminderMail({ ...qualification, locale: 'de' }, undefined, [], 'https://kapocs.example').text).toContain('https://kapocs.example/trainings');
  });
});
