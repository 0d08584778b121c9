import { formatDate, formatPersonName } from '../../../platform/i18n.js';
import type { FieldErrors } from '../../../platform/validation.js';
import { Checkbox } from '../../../ui/choice-fields.js';
import { ErrorSummary, PostForm, TextAreaField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import type { StaffErasure } from '../service.js';
import { CountsList } from './counts-list.js';

type Props = { data: StaffErasure; values?: Record<string, string>; errors?: FieldErrors };

type FormProps = {
  action: string;
  names: { reason: string; confirm: string };
  confirmLabel: string;
  submitLabel: string;
  values: Record<string, string>;
  errors?: FieldErrors;
};

/** The reason field and the "the volunteer asked" checkbox of a request recorded by staff. */
function StaffRequestForm({ names, ...props }: FormProps) {
  const { t } = usePage();
  return (
    <PostForm action={props.action}>
      <TextAreaField
        rows={3}
        name={names.reason}
        label={t('erasure.staff.reason')}
        hint={t('erasure.staff.reasonHint')}
        value={props.values[names.reason]}
        error={props.errors?.[names.reason]}
        maxLength={1000}
      />
      <Checkbox name={names.confirm} label={props.confirmLabel} error={props.errors?.[names.confirm]} required />
      <button class="button" type="submit">
        {props.submitLabel}
      </button>
    </PostForm>
  );
}

/** Center staff record a walk-in volunteer's data request ("Ön"): erasure or a copy of the data; the center's admin answers later. */
export function StaffRequestPage({ data, values = {}, errors }: Props) {
  const { t, locale } = usePage();
  const { volunteer, open, access } = data;
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
      ) : (
        <>
          {!volunteer.hasEmail && (
            <p class="warning" role="note">
              {t('erasure.detail.noEmail')}
            </p>
          )}
          <h2>{t('erasure.staff.erasureTitle')}</h2>
          {open ? (
            <p>
              {t('erasure.staff.open', { at: formatDate(locale, open.requestedAt) })}{' '}
              {data.mayDecide && <a href={`/admin/erasure-requests/${open.id}`}>{t('erasure.staff.openLink')}</a>}
            </p>
          ) : (
            <>
              <p>{t('erasure.staff.intro')}</p>
              <h3>{t('erasure.detail.whatHappens')}</h3>
              <p>{t('erasure.detail.whatHappensText')}</p>
              <CountsList counts={data.counts} />
              <StaffRequestForm
                action={`/volunteers/${volunteer.id}/erasure`}
                names={{ reason: 'reason', confirm: 'confirm' }}
                confirmLabel={t('erasure.staff.confirm')}
                submitLabel={t('erasure.staff.submit')}
                values={values}
                errors={errors}
              />
            </>
          )}
          <h2>{t('erasure.staff.accessTitle')}</h2>
          {access.open ? (
            <p>
              {t('erasure.staff.accessOpen', { at: formatDate(locale, access.open.requestedAt) })}{' '}
              {data.mayDecideAccess && <a href={`/admin/erasure-requests/${access.open.id}`}>{t('erasure.staff.openLink')}</a>}
            </p>
          ) : (
            <>
              <p>{t('erasure.staff.accessIntro')}</p>
              <StaffRequestForm
                action={`/volunteers/${volunteer.id}/erasure/access`}
                names={{ reason: 'accessReason', confirm: 'accessConfirm' }}
                confirmLabel={t('erasure.staff.accessConfirm')}
                submitLabel={t('erasure.staff.accessSubmit')}
                values={values}
                errors={errors}
              />
            </>
          )}
        </>
      )}
    </>
  );
}
