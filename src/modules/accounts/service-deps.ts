import type { Config } from '../../config.js';
import type { Database } from '../../db/database.js';
import type { Locale } from '../../platform/i18n.js';
import type { Recipient } from './mails.js';
import type { UserRow } from './repo.js';

/** What the accounts services need from the app: the database and the public address for links. */
export type AccountsDeps = { db: Database; config: Pick<Config, 'baseUrl'> };

/** Facts about the request that rules depend on (rate-limit keys, the language of e-mails). */
export type RequestOrigin = { ip: string; locale: Locale };

export function recipientOf(user: UserRow): Recipient {
  return { email: user.email, familyName: user.familyName, givenName: user.givenName, locale: user.locale };
}

/** The user's fields that may appear in the audit trail (never the password hash). */
export function auditedUserFields(user: UserRow) {
  return {
    email: user.email,
    familyName: user.familyName,
    givenName: user.givenName,
    locale: user.locale,
    signupKind: user.signupKind,
    emailConfirmedAt: user.emailConfirmedAt,
    disabledAt: user.disabledAt,
  };
}
