import { type ParsedMail, simpleParser } from 'mailparser';
import nodemailer from 'nodemailer';
import type { Database } from '../db/database.js';
import { type MailTransport, mailMessage, type OutgoingMail, sendDueMail } from '../platform/mail.js';

export const testMailFrom = 'Kapocs <noreply@kapocs.example>';

const renderer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });

/** The raw RFC 5322 bytes the SMTP transport would send for this mail (nodemailer's stream transport, CRLF line ends). */
export async function rawMessage(mail: OutgoingMail & { from: string }): Promise<Buffer> {
  return (await renderer.sendMail(mailMessage(mail))).message as Buffer;
}

/** One mail as a receiving client reads it: rendered as the SMTP transport renders it, parsed back with mailparser. */
export async function receiveMail(mail: OutgoingMail & { from: string }): Promise<ParsedMail> {
  return simpleParser(await rawMessage(mail));
}

/**
 * Sends the due outbox mail through the same message building as the SMTP transport, rendered by
 * nodemailer's stream transport into the raw RFC 5322 bytes, and parses them back with mailparser,
 * as a receiving mail client would. Returns the parsed messages by recipient address.
 */
export async function receiveDueMail(db: Database): Promise<Map<string, ParsedMail[]>> {
  const raw: { to: string; message: Buffer }[] = [];
  const transport: MailTransport = {
    async send(mail) {
      raw.push({ to: mail.to, message: await rawMessage(mail) });
    },
  };
  while ((await sendDueMail(db, transport, testMailFrom)) > 0);
  const received = new Map<string, ParsedMail[]>();
  for (const { to, message } of raw) {
    const parsed = await simpleParser(message);
    received.set(to, [...(received.get(to) ?? []), parsed]);
  }
  return received;
}

/** The unfolded header field's value as the message carries it (mailparser's `headerLines` keep the original text). */
export function headerLine(mail: ParsedMail, name: string): string | undefined {
  const line = mail.headerLines.find((h) => h.key === name.toLowerCase())?.line;
  return line
    ?.slice(line.indexOf(':') + 1)
    .replace(/\r?\n[ \t]+/g, ' ')
    .trim();
}

/**
 * The calendar parts of a received mail: `text/calendar` parts (the iMIP form, RFC 6047, whose
 * `method` parameter tells a client what to do) and attached `.ics` files, each with its text.
 */
export function calendarParts(mail: ParsedMail): { contentType: string; method: string | undefined; filename: string | undefined; text: string }[] {
  return mail.attachments
    .filter((a) => a.contentType === 'text/calendar' || a.contentType === 'application/ics' || a.filename?.endsWith('.ics'))
    .map((a) => {
      const header = a.headers.get('content-type') as { params?: Record<string, string> } | undefined;
      return { contentType: a.contentType, method: header?.params?.method, filename: a.filename, text: a.content.toString('utf8') };
    });
}
