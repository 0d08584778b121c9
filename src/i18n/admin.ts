import type { Translation } from './index.js';

/** Strings of the admin dashboard. */
export const hu = {
  'admin.title': 'Adminisztráció',
  'admin.intro': 'Itt kezelheti azokat az adatokat, amelyekhez jogosultsága van.',
  'admin.centersCount': '{centers} önkéntes központ, {points} önkéntes pont',
  'admin.openCenters': 'Központok megnyitása',
  'admin.ownPoints': 'Saját önkéntes pontjai',
  'admin.usersCount': { other: '{count} felhasználó' },
  'admin.openUsers': 'Felhasználók és szerepkörök',
  'admin.auditText': 'Ki, mikor, mit változtatott.',
  'admin.openAudit': 'Napló megnyitása',
  'admin.pendingMail': 'Kézbesítésre váró levelek: {count}',
  'admin.openOutbox': 'Kimenő levelek megnyitása',
} as const;

export const en: Translation<typeof hu> = {
  'admin.title': 'Administration',
  'admin.intro': 'Manage the data you have access to.',
  'admin.centersCount': '{centers} volunteer centers, {points} volunteer points',
  'admin.openCenters': 'Open centers',
  'admin.ownPoints': 'Your volunteer points',
  'admin.usersCount': { one: '{count} user', other: '{count} users' },
  'admin.openUsers': 'Users and roles',
  'admin.auditText': 'Who changed what, and when.',
  'admin.openAudit': 'Open the audit log',
  'admin.pendingMail': 'Messages waiting to be sent: {count}',
  'admin.openOutbox': 'Open the outbox',
};
