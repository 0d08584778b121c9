import { describe, expect, it } from 'vitest';
import { hu } from '../../i18n/accounts.js';
import { confirmationMail, confirmLink, duplicateSignupMail, passwordChangedMail, passwordResetMail, resetLink } from './mails.js';

const anna = { email: 'anna@example.hu', familyName: 'Kiss', givenName: 'Anna', locale: 'hu' };

describe('account e-mails', () => {
  it('build absolute links from BASE_URL with the raw token', () => {
    expect(confirmLink('https://kapocs.hu', 'abc-_1')).toBe('https://kapocs.hu/confirm-email?token=abc-_1');
    expect(resetLink('https://kapocs.hu', 'abc')).toBe('https://kapocs.hu/reset-password?token=abc');
  });

  it('greet informally in Hungarian (te, as every visitor), family name first, and state how long the link lives', () => {
    const mail = confirmationMail(anna, 'https://kapocs.hu/confirm-email?token=t1');
    expect(mail.to).toBe('anna@example.hu');
    expect(mail.text).toMatch(/^Kedves Kiss Anna!/);
    expect(mail.text).toContain('https://kapocs.hu/confirm-email?token=t1');
    expect(mail.text).toContain('48 óráig');
    expect(mail.text).toContain('Ha nem te regisztráltál');
    expect(mail.text).not.toMatch(/(?<!\p{L})Ön(?!\p{L})/u);
    expect(passwordResetMail(anna, 'L').text).toContain('60 percig');
  });

  it("are written in the recipient's language, Hungarian for an unknown one", () => {
    expect(confirmationMail({ ...anna, locale: 'en' }, 'L').text).toMatch(/^Dear Kiss Anna,/);
    expect(confirmationMail({ ...anna, locale: 'xx' }, 'L').subject).toBe(hu['accounts.mail.confirm.subject']);
  });

  it('the duplicate notice points to login and password reset, with no token', () => {
    const mail = duplicateSignupMail(anna, 'https://kapocs.hu');
    expect(mail.text).toContain('https://kapocs.hu/login');
    expect(mail.text).toContain('https://kapocs.hu/forgot-password');
    expect(mail.text).not.toContain('token');
  });

  it('the password-changed notice says when, in Hungarian date order', () => {
    const mail = passwordChangedMail(anna, 'https://kapocs.hu', new Date('2026-11-24T09:30:00Z'));
    expect(mail.text).toContain('2026. 11. 24.');
    expect(mail.text).toContain('10:30');
  });
});
