import type { ExportTable } from '../../platform/export.js';
import type { Translate } from '../../platform/i18n.js';
import type { CourseListRow } from './course-repo.js';
import type { MyRegistrationRow } from './mine-service.js';
import type { ParticipantRow } from './participants-repo.js';
import type { SessionRow } from './session-repo.js';
import { audienceKey, courseStatusKey, registrationStatusKey, sessionPlaceText } from './views/labels.js';

/** The staff's course list as a spreadsheet: the columns on screen plus what each course grants. */
export function courseExportTable(t: Translate, rows: CourseListRow[]): ExportTable<CourseListRow> {
  return {
    filename: 'kapocs-kepzesek',
    sheetName: t('trainings.manage.title'),
    rows,
    columns: [
      { header: t('trainings.field.title'), value: (c) => c.title, width: 40 },
      { header: t('trainings.field.slug'), value: (c) => c.slug, width: 30 },
      { header: t('trainings.field.audience'), value: (c) => t(audienceKey(c.audience)), width: 18 },
      { header: t('trainings.field.status'), value: (c) => t(courseStatusKey(c.status)), width: 14 },
      { header: t('trainings.field.center'), value: (c) => c.centerName ?? t('trainings.course.national'), width: 36 },
      { header: t('trainings.field.durationMinutes'), value: (c) => c.durationMinutes, width: 14 },
      { header: t('trainings.field.qualificationName'), value: (c) => c.qualificationName, width: 28 },
      { header: t('trainings.field.validityMonths'), value: (c) => c.validityMonths, width: 14 },
      { header: t('trainings.field.minAge'), value: (c) => c.minAge, width: 12 },
      { header: t('trainings.manage.upcoming'), value: (c) => c.upcomingSessions, width: 14 },
      { header: t('trainings.manage.updated'), value: (c) => c.updatedAt, width: 18 },
      { header: 'ID', value: (c) => c.id, width: 38 },
    ],
  };
}

/** A course's sessions (its staff page) as a spreadsheet. */
export function courseSessionsExportTable(t: Translate, rows: SessionRow[]): ExportTable<SessionRow> {
  return {
    filename: 'kapocs-kepzes-alkalmai',
    sheetName: t('trainings.manage.sessions'),
    rows,
    columns: [
      { header: t('trainings.session.starts'), value: (s) => s.startsAt, width: 18 },
      { header: t('trainings.session.ends'), value: (s) => s.endsAt, width: 18 },
      { header: t('trainings.session.where'), value: (s) => sessionPlaceText(t, s), width: 40 },
      { header: t('trainings.session.trainer'), value: (s) => s.trainerName, width: 28 },
      { header: t('trainings.session.center'), value: (s) => s.centerName, width: 36 },
      { header: t('trainings.session.capacity'), value: (s) => s.capacity, width: 12 },
      { header: t('trainings.session.seatsTaken'), value: (s) => s.seatsTaken, width: 12 },
      { header: t('trainings.session.waitlist'), value: (s) => s.waitlisted, width: 12 },
      { header: t('trainings.session.cancelledAt'), value: (s) => s.cancelledAt, width: 18 },
      { header: 'ID', value: (s) => s.id, width: 38 },
    ],
  };
}

/** A session's roster as a spreadsheet (the sign-in sheet's data): seat holders, then the waitlist in its order. */
export function participantExportTable(t: Translate, rows: ParticipantRow[]): ExportTable<ParticipantRow> {
  return {
    filename: 'kapocs-kepzes-resztvevok',
    sheetName: t('trainings.session.participants'),
    rows,
    columns: [
      { header: t('trainings.participant.name'), value: (r) => r.participantName, width: 32 },
      { header: t('trainings.participant.email'), value: (r) => r.participantEmail, width: 32 },
      { header: t('trainings.participant.organization'), value: (r) => r.organizationName, width: 32 },
      { header: t('trainings.participant.status'), value: (r) => t(registrationStatusKey(r.status)), width: 16 },
      { header: t('trainings.mine.positionColumn'), value: (r) => r.waitlistPosition, width: 12 },
      { header: t('trainings.offer.untilColumn'), value: (r) => r.offerExpiresAt, width: 18 },
      { header: t('trainings.participant.registered'), value: (r) => r.createdAt, width: 18 },
      { header: 'ID', value: (r) => r.id, width: 38 },
    ],
  };
}

/** The person's own registrations as a spreadsheet. */
export function myTrainingsExportTable(t: Translate, rows: MyRegistrationRow[]): ExportTable<MyRegistrationRow> {
  return {
    filename: 'kapocs-kepzeseim',
    sheetName: t('trainings.mine.title'),
    rows,
    columns: [
      { header: t('trainings.mine.course'), value: (r) => r.courseTitle, width: 40 },
      { header: t('trainings.session.starts'), value: (r) => r.startsAt, width: 18 },
      {
        header: t('trainings.session.where'),
        value: (r) => (r.online ? t('trainings.session.online') : [r.placeName, r.address].filter(Boolean).join(', ')),
        width: 36,
      },
      { header: t('trainings.participant.status'), value: (r) => t(registrationStatusKey(r.status)), width: 16 },
      { header: t('trainings.mine.positionColumn'), value: (r) => r.waitlistPosition, width: 12 },
      { header: t('trainings.offer.untilColumn'), value: (r) => r.offerExpiresAt, width: 18 },
    ],
  };
}
