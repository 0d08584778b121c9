import { describe, expect, it } from 'vitest';
import { cancelledShiftCalendar, shiftsCalendar } from './calendar.js';

const entry = {
  applicationId: '11111111-1111-4111-8111-111111111111',
  shiftId: '22222222-2222-4222-8222-222222222222',
  startsAt: new Date('2026-12-05T08:00:00Z'),
  revision: 0,
  endsAt: new Date('2026-12-05T11:00:00Z'),
  title: 'Árvíztűrő faültetés',
  description: 'Fákat ültetünk; hozz kesztyűt, kérlek.',
  address: 'Fő utca 1.',
  remote: false,
  placeName: 'Kecskemét',
  organizationName: 'Zöld Egyesület',
  volunteerEmail: 'anna@example.org',
};

describe('shiftsCalendar', () => {
  it('writes one VEVENT per shift with UTC times, UID, place and link', () => {
    const text = shiftsCalendar([entry], { name: 'Kapocs', baseUrl: 'https://kapocs.example' });
    const unfolded = text.replace(/\r\n[ \t]/g, '');
    expect(unfolded).toContain('BEGIN:VCALENDAR');
    expect(unfolded.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(unfolded).toContain('DTSTART:20261205T080000Z');
    expect(unfolded).toContain('DTEND:20261205T110000Z');
    expect(unfolded).toContain(`UID:${entry.applicationId}@kapocs.example`);
    expect(unfolded).toContain('SUMMARY:Árvíztűrő faültetés – Zöld Egyesület');
    // Commas and semicolons are escaped in text values (RFC 5545 3.3.11).
    expect(unfolded).toContain('LOCATION:Kecskemét\\, Fő utca 1.');
    expect(unfolded).toContain('DESCRIPTION:Fákat ültetünk\\; hozz kesztyűt\\, kérlek.');
    expect(unfolded).toContain(`URL;VALUE=URI:https://kapocs.example/applications/${entry.applicationId}`);
    expect(unfolded).toContain('SEQUENCE:0');
    expect(unfolded).not.toContain('METHOD:');
  });

  it('ends every line, the last one too, with CRLF and keeps lines within 75 octets', () => {
    const long = { ...entry, description: `Első sor\r\nmásodik sor\n${'Árvíztűrő tükörfúrógép, '.repeat(8)}` };
    for (const text of [
      shiftsCalendar([long], { name: 'Kapocs', baseUrl: 'https://kapocs.example' }),
      cancelledShiftCalendar(long, { name: 'Kapocs', baseUrl: 'https://kapocs.example' }),
    ]) {
      expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
      expect(text).not.toMatch(/\r(?!\n)|(?<!\r)\n/);
      for (const line of text.slice(0, -2).split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
      expect(text.replace(/\r\n[ \t]/g, '')).toContain('DESCRIPTION:Első sor\\nmásodik sor\\nÁrvíztűrő');
    }
  });

  it('cancels with the same UID, a higher SEQUENCE, STATUS:CANCELLED and METHOD:CANCEL', () => {
    const text = cancelledShiftCalendar(entry, { name: 'Kapocs', baseUrl: 'https://kapocs.example' }).replace(/\r\n[ \t]/g, '');
    expect(text).toContain('METHOD:CANCEL');
    expect(text).toContain(`UID:${entry.applicationId}@kapocs.example`);
    expect(text).toContain('SEQUENCE:1');
    expect(text).toContain('STATUS:CANCELLED');
    expect(text).toContain('DTSTART:20261205T080000Z');
    // A download names no parties: nobody sent it.
    expect(text).not.toContain('ORGANIZER');
    expect(text).not.toContain('ATTENDEE');
  });

  it('names the organization (at the system address) as ORGANIZER and the volunteer as ATTENDEE when mailed', () => {
    const parties = { organizer: { name: 'Zöld Egyesület', email: 'noreply@kapocs.example' }, attendee: 'anna@example.org' };
    const text = cancelledShiftCalendar(entry, { name: 'Kapocs', baseUrl: 'https://kapocs.example', parties }).replace(/\r\n[ \t]/g, '');
    expect(text).toContain('ORGANIZER;CN="Zöld Egyesület":mailto:noreply@kapocs.example');
    expect(text).toMatch(/^ATTENDEE;[^\r]*ROLE=REQ-PARTICIPANT[^\r]*:mailto:anna@example\.org\r$/im);
    expect(text).toContain('METHOD:CANCEL');
  });

  it('leaves the location out for remote work, and is empty without shifts', () => {
    const text = shiftsCalendar([{ ...entry, remote: true }], { name: 'Kapocs', baseUrl: 'https://kapocs.example' });
    expect(text).not.toContain('LOCATION');
    expect(shiftsCalendar([], { name: 'Kapocs', baseUrl: 'https://kapocs.example' })).not.toContain('VEVENT');
  });
});
