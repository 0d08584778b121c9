import { formatDateTime } from '../../../platform/i18n.js';
import type { FieldErrors } from '../../../platform/validation.js';
import { ExportLinks } from '../../../ui/export-links.js';
import { ErrorSummary, PostForm } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { Pagination } from '../../../ui/pagination.js';
import type { ShiftList } from '../shift-service.js';
import { acceptsShifts } from '../status-rules.js';
import { ConfirmForm } from './confirm-form.js';
import { ShiftFields } from './shift-fields.js';
import { WeeklyPatternForm } from './weekly-pattern-form.js';

export type ShiftFormState = { values: Record<string, string>; errors?: FieldErrors };
type Props = {
  list: ShiftList;
  shiftForm?: ShiftFormState;
  patternForm?: ShiftFormState;
  /** The shift whose cancel form was posted unconfirmed. */
  cancelErrorFor?: string;
};

/** Shifts of one opportunity: the list (cancel with confirmation), a new shift, the weekly pattern. */
export function ShiftsPage(props: Props) {
  const { t, locale } = usePage();
  const { opportunity, isMember, page, pattern } = props.list;
  const mayChange = isMember && acceptsShifts(opportunity.status);
  const now = Date.now();
  return (
    <>
      <p class="breadcrumb">
        <a href={`/organizations/${opportunity.organizationId}/opportunities`}>{opportunity.organizationName}</a> ›{' '}
        <a href={`/opportunities/${opportunity.id}/edit`}>{opportunity.title}</a>
      </p>
      <h1>{t('opportunities.shifts.pageTitle', { title: opportunity.title })}</h1>
      {page.items.length === 0 ? (
        <p class="empty-state">{t('opportunities.shifts.empty')}</p>
      ) : (
        <div class="table-scroll">
          <table>
            <caption class="visually-hidden">{t('opportunities.shifts.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('opportunities.shifts.starts')}</th>
                <th scope="col">{t('opportunities.shifts.ends')}</th>
                <th scope="col" class="numeric">
                  {t('opportunities.shifts.seats')}
                </th>
                <th scope="col">{t('opportunities.shifts.waitlist')}</th>
                <th scope="col">{t('opportunities.field.status')}</th>
                {mayChange && <th scope="col">{t('list.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {page.items.map((s) => {
                const state = s.cancelledAt ? 'cancelled' : s.endsAt.getTime() < now ? 'past' : 'open';
                return (
                  <tr key={s.id}>
                    <th scope="row">{formatDateTime(locale, s.startsAt)}</th>
                    <td>{formatDateTime(locale, s.endsAt)}</td>
                    <td class="numeric">{t('opportunities.shifts.seatsValue', { taken: s.seatsTaken, capacity: s.capacity })}</td>
                    <td>{t(s.waitlistEnabled ? 'opportunities.yes' : 'opportunities.no')}</td>
                    <td>
                      {t(`opportunities.shifts.state.${state}`)}
                      {state !== 'cancelled' && (
                        <>
                          {' · '}
                          <a href={`/shifts/${s.id}/check-in`} aria-label={t('checkIn.host.linkFull', { when: formatDateTime(locale, s.startsAt) })}>
                            {t('checkIn.host.link')}
                          </a>
                          {isMember && (
                            <>
                              {' · '}
                              <a href={`/shifts/${s.id}/roster`} aria-label={t('checkIn.roster.linkFull', { when: formatDateTime(locale, s.startsAt) })}>
                                {t('checkIn.roster.link')}
                              </a>
                            </>
                          )}
                        </>
                      )}
                    </td>
                    {mayChange && (
                      <td>
                        {state === 'open' && s.startsAt.getTime() > now && (
                          <a href={`/shifts/${s.id}/edit`} aria-label={t('opportunities.shiftEdit.linkFull', { when: formatDateTime(locale, s.startsAt) })}>
                            {t('opportunities.shiftEdit.link')}
                          </a>
                        )}
                        {state === 'open' && (
                          <ConfirmForm
                            action={`/shifts/${s.id}/cancel`}
                            button={t('opportunities.shifts.cancel')}
                            question={t('opportunities.shifts.cancelConfirm', { when: formatDateTime(locale, s.startsAt) })}
                            idSuffix={s.id}
                            error={props.cancelErrorFor === s.id ? { key: 'opportunities.error.confirm' } : undefined}
                          />
                        )}
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {page.total > 0 && (
        <>
          <Pagination page={page} />
          <ExportLinks />
        </>
      )}
      {mayChange && (
        <>
          <section aria-labelledby="new-shift-heading">
            <h2 id="new-shift-heading">{t('opportunities.shifts.newHeading')}</h2>
            <ErrorSummary errors={props.shiftForm?.errors} />
            <PostForm action={`/opportunities/${opportunity.id}/shifts`}>
              <ShiftFields
                values={{ ...props.shiftForm?.values, capacity: props.shiftForm?.values.capacity ?? '10' }}
                errors={props.shiftForm?.errors}
                waitlistOn={props.shiftForm ? props.shiftForm.values.waitlist === 'on' : true}
              />
              <p>
                <button type="submit">{t('opportunities.shifts.add')}</button>
              </p>
            </PostForm>
          </section>
          {(opportunity.kind === 'regular' || props.patternForm) && (
            <WeeklyPatternForm opportunityId={opportunity.id} pattern={pattern} state={props.patternForm} />
          )}
        </>
      )}
    </>
  );
}
