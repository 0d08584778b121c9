import { formatDuration, type Locale, type Translate } from '../../../platform/i18n.js';
import { placeLabel } from '../../places/service.js';
import { reasonParams } from '../../volunteer-law/eligibility-text.js';
import type { TrainingRefusal } from '../errors.js';
import type { RegistrationStatus } from '../registration-rules.js';
import type { CourseAudience, CourseStatus } from '../schema.js';
import type { SessionRow } from '../session-repo.js';

/** Message keys of the trainings' choices, and the texts several pages share. */
export const audienceKey = (a: CourseAudience) => `trainings.audience.${a}` as const;
export const courseStatusKey = (s: CourseStatus) => `trainings.courseStatus.${s}` as const;
export const registrationStatusKey = (s: RegistrationStatus) => `trainings.status.${s}` as const;

/** "4 óra", "1 óra 30 perc". */
export function durationText(t: Translate, locale: Locale, minutes: number): string {
  return formatDuration(t, locale, minutes);
}

/** Where a session is held: "Kecskemét (Bács-Kiskun), Fő utca 1." or "Online". */
export function sessionPlaceText(t: Translate, session: Pick<SessionRow, 'online' | 'placeName' | 'placeCounty' | 'address'>): string {
  if (session.online) return t('trainings.session.online');
  const settlement = session.placeName && session.placeCounty ? placeLabel({ name: session.placeName, county: session.placeCounty }) : '';
  return [settlement, session.address ?? ''].filter(Boolean).join(', ');
}

/** Seats left, or that the session is full and how many wait. */
export function seatsText(t: Translate, session: Pick<SessionRow, 'capacity' | 'seatsTaken' | 'waitlisted'>): string {
  const free = session.capacity - session.seatsTaken;
  if (free > 0) return t('trainings.session.freeSeats', { count: free });
  return t('trainings.session.full', { count: session.waitlisted });
}

/** The age and guardian codes a training can refuse for (volunteer-law's, on the session's day). */
const trainingReasonCodes = ['birth_date_missing', 'under_10', 'below_min_age', 'under_16', 'minor_night', 'minor_too_long', 'closed', 'no_profile'] as const;
type TrainingReasonCode = (typeof trainingReasonCodes)[number];
const isTrainingReasonCode = (code: string): code is TrainingReasonCode => (trainingReasonCodes as readonly string[]).includes(code);

/**
 * One refusal in words: to the volunteer themself ("te", `trainings.reason.self.<code>`) or to whoever
 * registers someone else (`trainings.reason.other.<code>`).
 */
export function refusalText(t: Translate, locale: Locale, reason: TrainingRefusal, reader: 'self' | 'other'): string {
  const code = isTrainingReasonCode(reason.code) ? reason.code : 'closed';
  const params = reasonParams(locale, 'params' in reason ? reason.params : undefined);
  return reader === 'self' ? t(`trainings.reason.self.${code}`, params) : t(`trainings.reason.other.${code}`, params);
}
