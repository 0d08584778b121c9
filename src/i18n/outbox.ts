import type { Translation } from './index.js';

/** Strings of the outbox viewer. */
export const hu = {
  'outbox.title': 'Kimenő levelek',
  'outbox.intro': 'A rendszer által küldött e-mailek. SMTP nélkül (például a bemutatóban) itt olvashatók el.',
  'outbox.empty': 'Nincs kimenő levél.',
  'outbox.field.subject': 'Tárgy',
  'outbox.field.to': 'Címzett',
  'outbox.field.created': 'Létrehozva',
  'outbox.field.status': 'Állapot',
  'outbox.field.sentAt': 'Elküldve',
  'outbox.field.attempts': 'Próbálkozások',
  'outbox.field.lastError': 'Utolsó hiba',
  'outbox.field.body': 'Szöveg',
  'outbox.field.headers': 'További fejlécmezők',
  'outbox.field.attachments': 'Csatolmányok',
  'outbox.status.sent': 'Elküldve: {at}',
  'outbox.status.pending': 'Küldésre vár',
  'outbox.status.failing': { other: 'Sikertelen küldés ({count} próbálkozás)' },
} as const;

export const en: Translation<typeof hu> = {
  'outbox.title': 'Outbox',
  'outbox.intro': 'E-mails the system sends. Without SMTP (for example in the demo) you can read them here.',
  'outbox.empty': 'The outbox is empty.',
  'outbox.field.subject': 'Subject',
  'outbox.field.to': 'To',
  'outbox.field.created': 'Created',
  'outbox.field.status': 'Status',
  'outbox.field.sentAt': 'Sent',
  'outbox.field.attempts': 'Attempts',
  'outbox.field.lastError': 'Last error',
  'outbox.field.body': 'Text',
  'outbox.field.headers': 'Other header fields',
  'outbox.field.attachments': 'Attachments',
  'outbox.status.sent': 'Sent: {at}',
  'outbox.status.pending': 'Waiting to be sent',
  'outbox.status.failing': { one: 'Sending failed ({count} attempt)', other: 'Sending failed ({count} attempts)' },
};
