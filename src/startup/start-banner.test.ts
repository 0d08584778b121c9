import { describe, expect, it } from 'vitest';
import { mailBanner } from './start-banner.js';

describe('the start banner says where e-mail goes', () => {
  it('points to the outbox without SMTP', () => {
    expect(mailBanner(undefined, 'http://localhost:3000')).toBe(
      'E-mailek SMTP nélkül, csak a kimenő postafiókban / no SMTP, e-mails stay in the outbox: http://localhost:3000/admin/outbox',
    );
  });

  it('names the SMTP server, never its credentials, when SMTP is set', () => {
    const line = mailBanner('smtps://kapocs:titok-jelszo@mail.example.hu:465', 'https://onkentes.example.hu');
    expect(line).toBe('E-mailek SMTP-n / e-mail via SMTP: smtps://mail.example.hu:465');
    expect(line).not.toMatch(/titok|kapocs:|SMTP nélkül/);
    expect(mailBanner('not a url with a p4ssword', 'x')).toBe('E-mailek SMTP-n / e-mail via SMTP: SMTP');
  });
});
