import { formatDate, formatPersonName } from '../../../platform/i18n.js';
import type { FieldErrors } from '../../../platform/validation.js';
import { Checkbox } from '../../../ui/choice-fields.js';
import { ErrorSummary, PostForm, TextAreaField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import type { StaffErasure } from '../service.js';
import { CountsList } from './counts-list.js';

type Props = { data: StaffErasure; values?: Record<string, string>; errors?: FieldErrors };

/** Center staff record a walk-in volunteer's erasure request ("Ön"); the center's admin decides later. */
export function StaffRequestPage({ data, values = {}, errors }: Props) {
  const { t, locale } = usePage();
  const { volunteer, open } = data;
  return (
    <>
      <p class="breadcrumb">
        <a href={`/volunteers/${volunteer.id}`}>{t('erasure.staff.back')}</a>
      </p>
      <h1>{t('erasure.staff.title')}</h1>
      <ErrorSummary errors={errors} />
      <dl class="details">
        <dt>{t('erasure.staff.volunteer')}</dt>
        <dd>{formatPersonName(volunteer.familyName, volunteer.givenName)}</dd>
      </dl>
      {volunteer.erasedAt ? (
        <p>{t('erasure.staff.erased', { at: formatDate(locale, volunteer.erasedAt) })}</p>
      ) : open ? (
        <p>
          {t('erasure.staff.open', { at: formatDate(locale, open.requestedAt) })}{' '}
          {data.mayDecide && <a href={`/admin/erasure-requests/${open.id}`}>{t('erasure.staff.openLink')}</a>}
        </p>
      ) : (
        <>
          <p>{t('erasure.staff.intro')}</p>
          <h2>{t('erasure.detail.whatHappens')}</h2>
          <p>{t('erasure.detail.whatHappensText')}</p>
          <CountsList counts={data.counts} />
          <PostForm action={`/volunteers/${volunteer.id}/erasure`}>
            <TextAreaField
              rows={3}
              name="reason"
              label={t('erasure.staff.reason')}
              hint={t('erasure.staff.reasonHint')}
              value={values.reason}
              error={errors?.reason}
              maxLength={1000}
            />
            <Checkbox name="confirm" label={t('erasure.staff.confirm')} error={errors?.confirm} required />
            <button class="button" type="submit">
              {t('erasure.staff.submit')}
            </button>
          </PostForm>
        </>
      )}
    </>
  );
}
