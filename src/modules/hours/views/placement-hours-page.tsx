import { formatDateTime, formatDuration, formatPersonName } from '../../../platform/i18n.js';
import type { FieldErrors } from '../../../platform/validation.js';
import { Checkbox } from '../../../ui/choice-fields.js';
import { ErrorSummary, PostForm } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { Pagination } from '../../../ui/pagination.js';
import { SortableTable } from '../../../ui/table.js';
import type { MinorTimeViolation } from '../../volunteer-law/minor-time-limits.js';
import { type EntryStatus, entryStatuses, type PlacementHours } from '../list-service.js';
import type { HourEntryListRow } from '../repo.js';
import { DecisionActions } from './decision-actions.js';
import { dayText, timeRangeText } from './entry-text.js';
import { LogHoursForm } from './log-form.js';
import { MinorViolations } from './minor-violations.js';

type Props = {
  data: PlacementHours;
  today: string;
  values?: Record<string, string>;
  errors?: FieldErrors;
  minor?: { violations: MinorTimeViolation[]; mayOverride: boolean };
};

function EntryActions({ row, data }: { row: HourEntryListRow; data: PlacementHours }) {
  const { t, locale } = usePage();
  const e = row.entry;
  if (e.status !== 'submitted') return null;
  const which = ` – ${dayText(locale, e.activityDay)}, ${e.activity}`;
  return (
    <>
      {data.may.decide && <DecisionActions entryId={e.id} which={which} />}
      {data.may.deleteOwn && (
        <a href={`/hours/${e.id}/delete`}>
          {t('hours.delete.link')}
          <span class="visually-hidden">{which}</span>
        </a>
      )}
    </>
  );
}

/** A placement's hours: totals by status, the entries with their decisions, and the forms the actor may use. */
export function PlacementHoursPage({ data, today, values = {}, errors, minor }: Props) {
  const { t, locale } = usePage();
  const { placement, totals } = data;
  const status = (s: string) => t(`hours.status.${s as EntryStatus}`);
  const hasActions = data.may.decide || data.may.deleteOwn;
  return (
    <>
      <p class="breadcrumb">
        <a href={`/applications/${placement.id}`}>{t('hours.page.placement')}</a>
      </p>
      <h1>{t('hours.page.title', { title: placement.opportunityTitle })}</h1>
      <ErrorSummary errors={errors} />
      {minor && <MinorViolations violations={minor.violations} />}
      <dl class="details">
        <dt>{t('hours.field.volunteer')}</dt>
        <dd>{formatPersonName(placement.volunteerFamilyName, placement.volunteerGivenName)}</dd>
        <dt>{t('hours.field.organization')}</dt>
        <dd>{placement.organizationName}</dd>
      </dl>

      <h2>{t('hours.totals.title')}</h2>
      <dl class="details">
        {entryStatuses.map((s) => (
          <>
            <dt>{status(s)}</dt>
            <dd>{t('hours.totals.row', { count: totals[s].entries, duration: formatDuration(t, locale, totals[s].minutes) })}</dd>
          </>
        ))}
      </dl>

      <h2>{t('hours.entries.title')}</h2>
      <SortableTable
        caption={t('hours.entries.title')}
        rows={data.entries.items}
        rowKey={(r) => r.entry.id}
        sort="day"
        dir="desc"
        emptyText={t('hours.entries.empty')}
        columns={[
          { label: t('hours.field.day'), rowHeader: true, cell: (r) => dayText(locale, r.entry.activityDay) },
          { label: t('hours.field.time'), cell: (r) => timeRangeText(r.entry.startsAt, r.entry.endsAt) ?? t('hours.entries.noTime') },
          { label: t('hours.field.duration'), cell: (r) => formatDuration(t, locale, r.entry.minutes) },
          {
            label: t('hours.field.activity'),
            cell: (r) => (
              <>
                {r.entry.activity}
                {r.entry.note && <p class="muted">{r.entry.note}</p>}
                {r.entry.minorRuleOverrideReason && <p class="muted">{t('hours.entries.override', { reason: r.entry.minorRuleOverrideReason })}</p>}
              </>
            ),
          },
          { label: t('hours.field.status'), cell: (r) => <strong>{status(r.entry.status)}</strong> },
          { label: t('hours.field.loggedBy'), cell: (r) => (r.loggedByFamilyName ? formatPersonName(r.loggedByFamilyName, r.loggedByGivenName ?? '') : '–') },
          {
            label: t('hours.field.decision'),
            cell: (r) =>
              r.entry.decidedAt ? (
                <>
                  {t('hours.entries.decidedBy', {
                    name: r.decidedByFamilyName ? formatPersonName(r.decidedByFamilyName, r.decidedByGivenName ?? '') : '–',
                    at: formatDateTime(locale, r.entry.decidedAt),
                  })}
                  {r.entry.decisionReason && <p class="muted">{t('hours.entries.reason', { reason: r.entry.decisionReason })}</p>}
                </>
              ) : (
                '–'
              ),
          },
          ...(hasActions ? [{ label: t('hours.field.actions'), cell: (r: HourEntryListRow) => <EntryActions row={r} data={data} /> }] : []),
        ]}
      />
      {data.entries.total > 0 && <Pagination page={data.entries} />}

      {data.may.decide && totals.submitted.entries > 0 && (
        <section aria-labelledby="approve-all">
          <h2 id="approve-all">{t('hours.bulk.title')}</h2>
          <p>{t('hours.bulk.intro', { count: totals.submitted.entries, duration: formatDuration(t, locale, totals.submitted.minutes) })}</p>
          <PostForm action={`/applications/${placement.id}/hours/approve-all`}>
            <Checkbox name="confirm" label={t('hours.bulk.confirm')} error={errors?.confirm} required />
            <button class="button" type="submit">
              {t('hours.bulk.submit')}
            </button>
          </PostForm>
          <p>
            <a href={`/organizations/${placement.organizationId}/hours`}>{t('hours.page.organizationList')}</a>
          </p>
        </section>
      )}

      {data.may.log ? (
        <LogHoursForm applicationId={placement.id} today={today} values={values} errors={errors} showOverride={!!minor?.mayOverride} />
      ) : (
        <p class="empty-state">{t('hours.form.notAgreed')}</p>
      )}
    </>
  );
}
