import { describe, expect, it } from 'vitest';
import { calendarParts, rawMessage, receiveMail } from '../test-support/received-mail.js';
import { addressOf, type OutgoingMail } from './mail.js';

const from = 'Kapocs <noreply@kapocs.example>';
const cancelIcs = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'METHOD:CANCEL',
  'BEGIN:VEVENT',
  'UID:abc@kapocs.example',
  'SEQUENCE:1',
  'STATUS:CANCELLED',
  'SUMMARY:Árvíztűrő faültetés – Zöld Egyesület',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');
const mail: OutgoingMail & { from: string } = { from, to: 'anna@example.org', subject: 'Elmarad egy műszak', text: 'Szia Anna!' };
const calendarFile = { filename: 'kapocs-muszak-elmarad.ics', contentType: 'text/calendar; method=CANCEL; charset=utf-8', content: cancelIcs };

describe('mailMessage with attachments, as a mail client receives it', () => {
  it('sends a METHOD:CANCEL calendar as an iMIP text/calendar part and as an attached .ics, byte for byte', async () => {
    const received = await receiveMail({ ...mail, attachments: [calendarFile] });
    expect(received.text?.trim()).toBe('Szia Anna!');
    const parts = calendarParts(received);
    // The alternative Outlook and Gmail act on…
    const imip = parts.find((p) => p.contentType === 'text/calendar' && !p.filename);
    expect(imip?.method).toBe('CANCEL');
    expect(imip?.text).toBe(cancelIcs);
    // …and the file other clients offer to open, under the stored name.
    const file = parts.find((p) => p.filename === 'kapocs-muszak-elmarad.ics');
    expect(file?.text).toBe(cancelIcs);
    expect(parts).toHaveLength(2);
    // The calendar part sits beside the text in multipart/alternative, as iMIP senders put it.
    const raw = (await rawMessage({ ...mail, attachments: [calendarFile] })).toString('utf8');
    expect(raw).toMatch(
      /Content-Type: multipart\/alternative;[\s\S]*Content-Type: text\/plain[\s\S]*Content-Type: text\/calendar; charset=utf-8; method=CANCEL/,
    );
  });

  it('attaches any other text file as it is, with its name and type', async () => {
    const note = { filename: 'jegyzet.txt', contentType: 'text/plain; charset=utf-8', content: 'Árvíztűrő tükörfúrógép\r\n' };
    const received = await receiveMail({ ...mail, attachments: [note] });
    expect(received.attachments).toHaveLength(1);
    expect(received.attachments[0]?.filename).toBe('jegyzet.txt');
    expect(received.attachments[0]?.contentType).toBe('text/plain');
    expect(received.attachments[0]?.content.toString('utf8')).toBe(note.content);
    expect(calendarParts(received)).toEqual([]);
  });

  it('sends a second calendar as a plain attachment: a message carries one iMIP part', async () => {
    const second = { ...calendarFile, filename: 'masik.ics', content: cancelIcs.replace('UID:abc', 'UID:def') };
    const parts = calendarParts(await receiveMail({ ...mail, attachments: [calendarFile, second] }));
    // The iMIP part is the one without a file name (an alternative of the body, not a file).
    expect(parts.filter((p) => p.contentType === 'text/calendar' && !p.filename).map((p) => p.text)).toEqual([cancelIcs]);
    expect(parts.find((p) => p.filename === 'masik.ics')?.text).toContain('UID:def');
  });

  it('has no attachments without any', async () => {
    expect((await receiveMail(mail)).attachments).toEqual([]);
    expect((await receiveMail({ ...mail, attachments: [] })).attachments).toEqual([]);
  });
});

describe('addressOf', () => {
  it('takes the address out of a From value', () => {
    expect(addressOf('Kapocs <noreply@kapocs.example>')).toBe('noreply@kapocs.example');
    expect(addressOf('"Kapocs, Budapest" <info@kapocs.hu> ')).toBe('info@kapocs.hu');
    expect(addressOf(' noreply@kapocs.example ')).toBe('noreply@kapocs.example');
  });
});
