import { formatPersonName } from '../../../platform/i18n.js';
import type { FieldErrors } from '../../../platform/validation.js';
import { ConfirmForm } from '../../../ui/confirm-form.js';
import { ErrorSummary, Field, PostForm, SelectField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import type { VolunteerRequirements } from '../requirements-service.js';
import type { RosterOccurrence } from '../roster-service.js';
import { healthStatusChoices } from '../schema.js';
import { dayText, HospitalNav, RefusalNotice, requirementLabel, StateCell, timeRange, weekdayLabel } from './labels.js';

export type VolunteerPageErrors = { health?: FieldErrors; declaration?: FieldErrors; withdraw?: FieldErrors; signup?: FieldErrors };

/** GET /hospital/:hospitalProgramId/volunteers/:volunteerId: the requirements staff record, and a sign-up for the volunteer. */
export function VolunteerPage(props: {
  detail: VolunteerRequirements;
  occurrences: RosterOccurrence[];
  values?: Record<string, string>;
  errors?: VolunteerPageErrors;
  refusal?: string[];
}) {
  const { t, locale } = usePage();
  const { program, volunteer, statuses, declaration } = props.detail;
  const base = `/hospital/${program.id}/volunteers/${volunteer.id}`;
  const name = formatPersonName(volunteer.familyName, volunteer.givenName);
  const e = props.errors ?? {};
  const v = props.values ?? {};
  const induction = statuses.find((s) => s.kind === 'induction');
  return (
    <>
      <p class="breadcrumb">
        <a href={`/hospital/${program.id}/volunteers`}>{t('hospital.volunteers.title', { program: program.name })}</a>
      </p>
      <h1>{t('hospital.volunteer.title', { name, program: program.name })}</h1>
      <HospitalNav programId={program.id} staff />
      <ErrorSummary errors={{ ...e.health, ...e.declaration, ...e.withdraw, ...e.signup }} />
      <table>
        <caption>{t('hospital.volunteer.requirements')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('hospital.volunteer.requirements')}</th>
            <th scope="col">{t('hospital.field.status')}</th>
          </tr>
        </thead>
        <tbody>
          {statuses.map((s) => (
            <tr key={s.kind}>
              <th scope="row">{requirementLabel(t, s.kind)}</th>
              <td>
                <StateCell status={s} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="hint">{induction ? t('hospital.volunteer.inductionHint', { name: induction.name }) : t('hospital.volunteer.noInduction')}</p>

      <h2>{t('hospital.health.title')}</h2>
      <p class="hint">
        {program.healthValidMonths != null ? t('hospital.health.hint', { months: program.healthValidMonths }) : t('hospital.health.hintNoExpiry')}
      </p>
      {volunteer.healthCheckedAt && (
        <p>
          {t('hospital.health.current', {
            status: t(`hospital.health.${volunteer.healthStatus === 'fit' ? 'fit' : volunteer.healthStatus === 'not_fit' ? 'not_fit' : 'unknown'}`),
            date: dayText(locale, volunteer.healthCheckedAt),
            by: props.detail.healthCheckedByName ?? '–',
          })}
        </p>
      )}
      <PostForm action={`${base}/health`}>
        <SelectField
          name="status"
          label={t('hospital.field.healthStatus')}
          options={healthStatusChoices.map((c) => ({ value: c, label: t(`hospital.health.${c}`) }))}
          value={v.status}
          error={e.health?.status}
          required
        />
        <Field name="checkedOn" type="date" label={t('hospital.field.checkedOn')} value={v.checkedOn} error={e.health?.checkedOn} required />
        <p>
          <button type="submit">{t('hospital.health.save')}</button>
        </p>
      </PostForm>

      <h2>{t('hospital.declaration.title')}</h2>
      <p class="hint">{t('hospital.declaration.hint')}</p>
      <p>
        <a href={`${base}/declaration.pdf`}>{t('hospital.declaration.pdf')}</a>
      </p>
      {declaration && <p>{t('hospital.declaration.signed', { date: dayText(locale, declaration.signedOn) })}</p>}
      <PostForm action={`${base}/declaration`}>
        <Field name="signedOn" type="date" label={t('hospital.field.signedOn')} value={v.signedOn} error={e.declaration?.signedOn} required />
        <p>
          <button type="submit">{t('hospital.declaration.save')}</button>
        </p>
      </PostForm>
      {declaration && (
        <ConfirmForm
          action={`${base}/declaration/withdraw`}
          button={t('hospital.declaration.withdraw')}
          question={t('hospital.declaration.withdrawQuestion')}
          idSuffix="declaration"
          error={e.withdraw?.confirm}
        />
      )}

      <h2>{t('hospital.staffSignup.title')}</h2>
      <RefusalNotice refusal={props.refusal} />
      {props.occurrences.length === 0 ? (
        <p>{t('hospital.staffSignup.none')}</p>
      ) : (
        <PostForm action={`${base}/signups`}>
          <SelectField
            name="slotWeek"
            label={t('hospital.field.slotWeek')}
            options={props.occurrences.map((o) => ({
              value: `${o.slot.id}:${o.weekStart}`,
              label: `${dayText(locale, o.day)} (${weekdayLabel(t, o.slot.weekday)}) ${timeRange(o.slot.startsAt, o.slot.endsAt)} – ${o.slot.wardName}${o.slot.task ? `, ${o.slot.task}` : ''} (${o.slot.capacity - o.taken}/${o.slot.capacity})`,
            }))}
            value={v.slotWeek}
            error={e.signup?.slotWeek}
            required
          />
          <p>
            <button type="submit">{t('hospital.staffSignup.save')}</button>
          </p>
        </PostForm>
      )}
    </>
  );
}
