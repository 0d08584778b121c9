import type { Queryable } from '../../db/database.js';
import { formatDateTime, isLocale, translator } from '../../platform/i18n.js';
import { enqueueMail } from '../../platform/mail.js';
import { placeLabel } from '../places/service.js';
import type { RegistrationRecord } from './registration-repo.js';
import { localeOfAddress } from './registration-repo.js';
import { findSession } from './session-repo.js';

/** What a mail tells the person registered (trainings.mail.<kind>.…). */
export type TrainingMailKind = 'registered' | 'waitlisted' | 'offer' | 'offerExpired' | 'removed' | 'sessionCancelled' | 'sessionChanged';

/**
 * The person's mail about their registration, in their account's language (Hungarian without one):
 * informal ("te") to volunteers and walk-ins, formal ("Ön") to an organization's staff member, as
 * the center writes to each. Nothing without an address. In the caller's transaction (the outbox).
 */
export async function mailParticipant(
  tx: Queryable,
  registration: Pick<RegistrationRecord, 'id' | 'sessionId' | 'participantName' | 'participantEmail' | 'userId'>,
  kind: TrainingMailKind,
  extra: { baseUrl: string; until?: Date },
): Promise<void> {
  const to = registration.participantEmail;
  if (!to) return;
  const session = await findSession(tx, registration.sessionId);
  if (!session) return;
  const stored = await localeOfAddress(tx, to);
  const locale = isLocale(stored) ? stored : 'hu';
  const t = translator(locale);
  const where = session.online
    ? t('trainings.mail.online', { url: session.onlineUrl ?? '' })
    : [session.placeName && session.placeCounty ? placeLabel({ name: session.placeName, county: session.placeCounty }) : '', session.address ?? '']
        .filter(Boolean)
        .join(', ');
  const params = {
    name: registration.participantName,
    course: session.courseTitle,
    when: formatDateTime(locale, session.startsAt),
    where,
    until: extra.until ? formatDateTime(locale, extra.until) : '–',
    link: kind === 'offer' ? `${extra.baseUrl}/trainings/registrations/${registration.id}/offer` : `${extra.baseUrl}/trainings/${session.courseSlug}`,
    mine: `${extra.baseUrl}/trainings/mine`,
  };
  // A staff member registered for their organization is written to formally; everyone else informally.
  const tone = registration.userId ? 'formal' : 'informal';
  await enqueueMail(tx, {
    to,
    subject: t(`trainings.mail.${kind}.subject`, params),
    text: t(`trainings.mail.${kind}.${tone}`, params),
  });
}
