import { isCalendarDay } from '../../../platform/budapest-time.js';
import { formatPersonName } from '../../../platform/i18n.js';
import type { FieldErrors } from '../../../platform/validation.js';
import { ErrorSummary, Field, PostForm, TextAreaField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { type ApplicationStatus, finalStatuses } from '../../placements/status-rules.js';
import { needsRepresentative } from '../register-rules.js';
import type { EntryPage } from '../service.js';
import { NotKeptNotice } from './not-kept.js';

type Props = { data: EntryPage; today: string; values?: Record<string, string>; errors?: FieldErrors };

const isDay = (v: string | undefined): v is string => !!v && isCalendarDay(v);

/**
 * Shown when the volunteer is a minor on the start day (today while the start is not filled in),
 * or when that cannot be told (no birth date yet).
 */
function showRepresentative(values: Record<string, string>, today: string): boolean {
  if (!isDay(values.birthDate)) return true;
  return needsRepresentative(values.birthDate, isDay(values.startsOn) ? values.startsOn : today);
}

/** A placement's register entry (Köt. 14. § items 1–6), for the host organization ("Ön"). */
export function EntryPageView({ data, today, values: posted, errors }: Props) {
  const { t } = usePage();
  const { placement } = data;
  const values = posted ?? data.prefill;
  const text = (name: string, max: number, required = true, hint?: string) => (
    <Field
      name={name}
      label={t(`register.field.${name}` as Parameters<typeof t>[0])}
      value={values[name]}
      error={errors?.[name]}
      maxLength={max}
      required={required}
      hint={hint}
    />
  );
  const day = (name: string, required = true, hint?: string) => (
    <Field
      name={name}
      type="date"
      label={t(`register.field.${name}` as Parameters<typeof t>[0])}
      value={values[name]}
      error={errors?.[name]}
      required={required}
      hint={hint}
    />
  );
  return (
    <>
      <p class="breadcrumb">
        <a href={`/applications/${placement.id}`}>{t('register.entry.back')}</a>
      </p>
      <h1>{t('register.entry.title', { title: placement.opportunityTitle })}</h1>
      <ErrorSummary errors={errors} />
      <dl class="details">
        <dt>{t('register.entry.volunteer')}</dt>
        <dd>{formatPersonName(placement.volunteerFamilyName, placement.volunteerGivenName)}</dd>
        <dt>{t('register.entry.organization')}</dt>
        <dd>{placement.organizationName}</dd>
      </dl>
      {!data.keeps ? (
        <NotKeptNotice organization={data.organization} />
      ) : !data.mayRecord ? (
        <p class="empty-state">{t('register.entry.notAgreed')}</p>
      ) : (
        <>
          <p>{t('register.entry.intro')}</p>
          {data.fromContract && <p class="hint">{t('register.entry.fromContract')}</p>}
          {finalStatuses.has(placement.status as ApplicationStatus) && !values.endsOn && (
            <p role="note">
              <strong>{t('register.entry.endMissing')}</strong>
            </p>
          )}
          <PostForm action={`/applications/${placement.id}/register`}>
            <fieldset>
              <legend>{t('register.section.identity')}</legend>
              {text('familyName', 100)}
              {text('givenName', 100)}
              {text('birthName', 200, false, t('register.field.birthNameHint'))}
              {text('birthPlace', 100)}
              {day('birthDate')}
              {text('motherName', 200, true, t('register.field.motherNameHint'))}
              {text('citizenship', 100, false, t('register.field.citizenshipHint'))}
            </fieldset>
            <fieldset>
              <legend>{t('register.section.residence')}</legend>
              {text('residence', 300)}
            </fieldset>
            {showRepresentative(values, today) && (
              <fieldset>
                <legend>{t('register.section.representative')}</legend>
                <p class="hint">{t('register.section.representativeHint')}</p>
                {text('representativeName', 200, false)}
                {text('representativeBirthPlace', 100, false)}
                {day('representativeBirthDate', false)}
                {text('representativeMotherName', 200, false)}
                {text('representativeResidence', 300, false)}
              </fieldset>
            )}
            <fieldset>
              <legend>{t('register.section.contract')}</legend>
              <TextAreaField
                rows={3}
                name="activity"
                label={t('register.field.activity')}
                value={values.activity}
                error={errors?.activity}
                maxLength={2000}
                required
              />
              <TextAreaField rows={2} name="place" label={t('register.field.place')} value={values.place} error={errors?.place} maxLength={500} required />
              <TextAreaField
                rows={2}
                name="timeAndRest"
                label={t('register.field.timeAndRest')}
                value={values.timeAndRest}
                error={errors?.timeAndRest}
                maxLength={1000}
                required
              />
            </fieldset>
            <fieldset>
              <legend>{t('register.section.term')}</legend>
              {day('startsOn')}
              {day('endsOn', false, t('register.field.endsOnHint'))}
            </fieldset>
            <button class="button" type="submit">
              {t('register.form.submit')}
            </button>
          </PostForm>
          <p>
            <a href={`/organizations/${placement.organizationId}/register`}>{t('register.entry.list')}</a>
          </p>
        </>
      )}
    </>
  );
}
