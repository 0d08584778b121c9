import type { ComponentChildren } from 'preact';
import { formatDateTime, formatPersonName } from '../../../platform/i18n.js';
import { usePage } from '../../../ui/page-context.js';
import type { ApplicationStatus } from '../../placements/service.js';
import { type Dashboard, newVolunteerDays } from '../service.js';
import { ListSection } from './list-section.js';

/** One number with what it counts, linked to the list behind it. */
function Tile(props: { count: number; label: string; href: string; children?: ComponentChildren }) {
  return (
    <li class="tile">
      <a href={props.href}>
        <span class="tile-count">{props.count}</span> <span class="tile-label">{props.label}</span>
      </a>
      {props.children && <p class="tile-note">{props.children}</p>}
    </li>
  );
}

function CoordinatorTiles({ data }: { data: NonNullable<Dashboard['coordinator']> }) {
  const { t } = usePage();
  return (
    <ul class="tiles">
      <Tile count={data.hostAnswers.waiting} label={t('dashboard.tile.hostAnswers')} href="/center/follow-up/host-answers?scope=all">
        <a href="/center/follow-up/host-answers">{t('dashboard.tile.hostAnswersOverdue', { count: data.hostAnswers.overdue })}</a>
      </Tile>
      {data.organizationsToVet !== undefined && (
        <Tile count={data.organizationsToVet} label={t('dashboard.tile.organizationsToVet')} href="/center/organizations?status=submitted" />
      )}
      {data.opportunitiesToVet !== undefined && (
        <Tile count={data.opportunitiesToVet} label={t('dashboard.tile.opportunitiesToVet')} href="/center/opportunities" />
      )}
      {data.hours && (
        <Tile count={data.hours.stale} label={t('dashboard.tile.hoursStale')} href="/coordinator/hours">
          {t('dashboard.tile.hoursWaiting', { count: data.hours.waiting })}
        </Tile>
      )}
      {data.newVolunteers !== undefined && (
        <Tile count={data.newVolunteers} label={t('dashboard.tile.newVolunteers', { days: newVolunteerDays })} href="/volunteers?sort=created&dir=desc" />
      )}
      <Tile count={data.followUpsDue} label={t('dashboard.tile.followUps')} href="/center/follow-up" />
      {data.trainings && (
        <Tile count={data.trainings.upcoming.length} label={t('trainings.dashboard.sessions')} href="#dash-trainings">
          {t('trainings.dashboard.offers', { count: data.trainings.openOffers })}
        </Tile>
      )}
    </ul>
  );
}

export function CoordinatorSection({ data }: { data: NonNullable<Dashboard['coordinator']> }) {
  const { t, locale } = usePage();
  return (
    <section class="card card-wide" aria-labelledby="dash-coordinator">
      <h2 id="dash-coordinator">{t('dashboard.coordinatorWork')}</h2>
      <CoordinatorTiles data={data} />
      <ListSection
        heading={t('dashboard.recentPlacements')}
        rows={data.recentPlacements}
        emptyText={t('dashboard.noneRecentPlacements')}
        item={(a) => (
          <>
            <a href={`/applications/${a.id}`}>{formatPersonName(a.familyName, a.givenName)}</a> – {a.title} (
            {t(`placements.status.${a.status as ApplicationStatus}`)})
          </>
        )}
      />
      <ListSection
        heading={t('dashboard.withoutPlacement')}
        rows={data.volunteersWithoutPlacement}
        emptyText={t('dashboard.noneWithoutPlacement')}
        item={(v) => (
          <>
            <a href={`/volunteers/${v.id}`}>{formatPersonName(v.familyName, v.givenName)}</a>
          </>
        )}
      />
      {data.trainings && (
        <ListSection
          heading={t('trainings.dashboard.sessions')}
          headingId="dash-trainings"
          rows={data.trainings.upcoming}
          emptyText={t('trainings.dashboard.noSessions')}
          item={(s) => (
            <>
              <a href={`/trainings/sessions/${s.id}`}>{formatDateTime(locale, s.startsAt)}</a> –{' '}
              {t('trainings.dashboard.session', { course: s.courseTitle, taken: s.seatsTaken, capacity: s.capacity, waiting: s.waitlisted })}
            </>
          )}
        />
      )}
      <ListSection
        heading={t('dashboard.withoutApplicants')}
        rows={data.opportunitiesWithoutApplicants}
        emptyText={t('dashboard.noneWithoutApplicants')}
        item={(o) => (
          <>
            <a href={`/opportunities/${o.id}/candidates`}>{o.title}</a> ({o.organizationName})
          </>
        )}
      />
    </section>
  );
}
