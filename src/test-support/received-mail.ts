import { type ParsedMail, simpleParser } from 'mailparser';
import nodemailer from 'nodemailer';
import type { Database } from '../db/database.js';
import { type MailTransport, mailMessage, sendDueMail } from '../platform/mail.js';

export const testMailFrom = 'Kapocs <noreply@kapocs.example>';

/**
 * Sends the due outbox mail through the same message building as the SMTP transport, rendered by
 * nodemailer's stream transport into the raw RFC 5322 bytes, and parses them back with mailparser,
 * as a receiving mail client would. Returns the parsed messages by recipient address.
 */
export async function receiveDueMail(db: Database): Promise<Map<string, ParsedMail[]>> {
  const renderer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  const raw: { to: string; message: Buffer }[] = [];
  const transport: MailTransport = {
    async send(mail) {
      const info = await renderer.sendMail(mailMessage(mail));
      raw.push({ to: mail.to, message: info.message as Buffer });
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
