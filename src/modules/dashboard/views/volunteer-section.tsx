import { formatDateTime } from '../../../platform/i18n.js';
import { PostForm } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import type { ApplicationStatus } from '../../placements/service.js';
import type { Dashboard } from '../service.js';
import { ListSection } from './list-section.js';

export function VolunteerSection({ data }: { data: NonNullable<Dashboard['volunteer']> }) {
  const { t, locale } = usePage();
  return (
    <section class="card" aria-labelledby="dash-volunteer">
      <h2 id="dash-volunteer">{t('dashboard.volunteer')}</h2>
      <ListSection
        heading={t('dashboard.myApplications')}
        rows={data.applications}
        emptyText={t('dashboard.noApplications')}
        item={(a) => (
          <>
            <a href={`/applications/${a.id}`}>{a.title}</a> – {t(`placements.status.${a.status as ApplicationStatus}`)}
            {a.startsAt && ` (${formatDateTime(locale, new Date(a.startsAt))})`}
          </>
        )}
      />
      <ListSection
        heading={t('dashboard.upcomingShifts')}
        rows={data.upcomingShifts.map((s) => ({ ...s, id: s.shiftId }))}
        emptyText={t('dashboard.noShifts')}
        item={(s) => (
          <>
            {formatDateTime(locale, s.startsAt)} – <a href={`/applications/${s.applicationId}`}>{s.title}</a> ·{' '}
            <a href={`/shifts/${s.shiftId}/calendar.ics`}>{t('placements.calendar.ics')}</a>
          </>
        )}
      />
      <ListSection
        heading={t('dashboard.myTrainings')}
        rows={data.trainings}
        emptyText={t('dashboard.noTrainings')}
        item={(r) => (
          <>
            {formatDateTime(locale, r.startsAt)} – <a href="/trainings/mine">{r.courseTitle}</a> –{' '}
            {r.status === 'waitlisted' && r.waitlistPosition != null
              ? t('dashboard.trainingWaitlisted', { position: r.waitlistPosition })
              : t(`dashboard.trainingStatus.${r.status as 'registered' | 'offered'}`)}
          </>
        )}
      />
      <p>
        <a href="/volunteer/suggestions">{t('dashboard.suggestions')}</a> · <a href="/opportunities">{t('dashboard.search')}</a> ·{' '}
        <a href="/volunteer/certificates">{t('certificates.title')}</a> · <a href="/volunteer/my-volunteering">{t('myVolunteering.dashboardLink')}</a> ·{' '}
        <a href="/trainings">{t('trainings.nav')}</a>
      </p>
      <PostForm action="/volunteer/calendar-token">
        <button class="button button-secondary" type="submit">
          {data.hasCalendarFeed ? t('placements.calendar.rotate') : t('placements.calendar.create')}
        </button>
      </PostForm>
    </section>
  );
}
