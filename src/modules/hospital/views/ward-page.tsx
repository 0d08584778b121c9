import { addDays } from '../../../platform/budapest-time.js';
import { formatPersonName } from '../../../platform/i18n.js';
import type { FieldErrors } from '../../../platform/validation.js';
import { ConfirmForm } from '../../../ui/confirm-form.js';
import { ExportLinks } from '../../../ui/export-links.js';
import { ErrorSummary, Field, PostForm, SelectField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { slotDay } from '../roster-weeks.js';
import type { WardWeek } from '../ward-service.js';
import { dayText, HospitalNav, timeRange, weekdayLabel } from './labels.js';

/**
 * GET /hospital/wards/:wardId: who comes when in one week (the supervisor view, printable, CSV/XLSX);
 * for the program's staff also the weekly slots, to add or end.
 */
export function WardPage(props: { week: WardWeek; values?: Record<string, string>; errors?: FieldErrors; endError?: { slotId: string; errors: FieldErrors } }) {
  const { t, locale } = usePage();
  const { access, weekStart, grid, slots } = props.week;
  const { ward, program, staff } = access;
  const base = `/hospital/wards/${ward.id}`;
  const v = props.values ?? {};
  const e = props.errors;
  const caption = t('hospital.ward.weekOf', { date: dayText(locale, weekStart) });
  return (
    <>
      <h1>{t('hospital.ward.title', { ward: ward.name, organization: ward.organizationName })}</h1>
      <p>
        {program.name}
        {(ward.supervisorAccountName ?? ward.supervisorName) && ` · ${t('hospital.field.supervisor')}: ${ward.supervisorAccountName ?? ward.supervisorName}`}
      </p>
      {staff && <HospitalNav programId={program.id} staff />}
      <p class="toolbar">
        <a href={`${base}?week=${addDays(weekStart, -7)}`}>{t('hospital.ward.previous')}</a>{' '}
        <a href={`${base}?week=${addDays(weekStart, 7)}`}>{t('hospital.ward.next')}</a>
      </p>
      {grid.length === 0 ? (
        <p>{t('hospital.ward.noSlots')}</p>
      ) : (
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('hospital.field.day')}</th>
              <th scope="col">{t('hospital.field.time')}</th>
              <th scope="col">{t('hospital.field.task')}</th>
              <th scope="col">{t('hospital.field.capacity')}</th>
              <th scope="col">{t('hospital.field.volunteers')}</th>
            </tr>
          </thead>
          <tbody>
            {grid.map(({ slot, signups }) => (
              <tr key={slot.id}>
                <th scope="row">
                  {dayText(locale, slotDay(slot, weekStart))} ({weekdayLabel(t, slot.weekday)})
                </th>
                <td>{timeRange(slot.startsAt, slot.endsAt)}</td>
                <td>{slot.task ?? '–'}</td>
                <td>
                  {signups.length}/{slot.capacity}
                </td>
                <td>{signups.length === 0 ? t('hospital.ward.nobody') : signups.map((s) => formatPersonName(s.familyName, s.givenName)).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p class="hint">{t('hospital.ward.print')}</p>
      <ExportLinks />
      {staff && (
        <>
          <h2>{t('hospital.ward.slotsTitle')}</h2>
          <ul>
            {slots.map((s) => (
              <li key={s.id}>
                {weekdayLabel(t, s.weekday)} {timeRange(s.startsAt, s.endsAt)}
                {s.task ? `, ${s.task}` : ''} · {t('hospital.field.capacity')}: {s.capacity} · {dayText(locale, s.activeFrom)} –{' '}
                {s.activeUntil ? dayText(locale, s.activeUntil) : t('hospital.ward.always')}
                {!s.activeUntil && (
                  <ConfirmForm
                    action={`${base}/slots/${s.id}/end`}
                    button={t('hospital.ward.endSlot')}
                    question={t('hospital.ward.endSlotQuestion')}
                    idSuffix={s.id}
                    error={props.endError?.slotId === s.id ? props.endError.errors.confirm : undefined}
                  />
                )}
              </li>
            ))}
          </ul>
          <h3>{t('hospital.ward.newSlot')}</h3>
          <ErrorSummary errors={e} />
          <PostForm action={`${base}/slots`}>
            <SelectField
              name="weekday"
              label={t('hospital.field.weekday')}
              options={[1, 2, 3, 4, 5, 6, 7].map((d) => ({ value: String(d), label: weekdayLabel(t, d) }))}
              value={v.weekday}
              error={e?.weekday}
              required
            />
            <Field name="startsAt" type="time" label={t('hospital.field.startsAt')} value={v.startsAt} error={e?.startsAt} required />
            <Field name="endsAt" type="time" label={t('hospital.field.endsAt')} value={v.endsAt} error={e?.endsAt} required />
            <Field
              name="capacity"
              type="number"
              label={t('hospital.field.capacity')}
              value={v.capacity ?? '2'}
              error={e?.capacity}
              required
              min={1}
              max={100}
            />
            <Field name="task" label={t('hospital.field.task')} value={v.task} error={e?.task} maxLength={300} />
            <Field name="activeFrom" type="date" label={t('hospital.field.activeFrom')} value={v.activeFrom} error={e?.activeFrom} required />
            <Field name="activeUntil" type="date" label={t('hospital.field.activeUntil')} value={v.activeUntil} error={e?.activeUntil} />
            <p>
              <button type="submit">{t('hospital.ward.addSlot')}</button>
            </p>
          </PostForm>
        </>
      )}
    </>
  );
}
