import { formatDate, formatDateTime, formatPersonName } from '../../../platform/i18n.js';
import type { FieldErrors } from '../../../platform/validation.js';
import { Checkbox } from '../../../ui/choice-fields.js';
import { ErrorSummary, PostForm, TextAreaField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import type { ErasureRequestDetail } from '../service.js';
import { CountsList } from './counts-list.js';
import { DeadlineText } from './deadline-text.js';
import { statusLabelKey } from './status-label.js';

type Props = { data: ErasureRequestDetail; values?: Record<string, string>; errors?: FieldErrors };

const nameOr = (family: string | null, given: string | null) => (family ? formatPersonName(family, given ?? '') : '–');

/** An open access request: download the volunteer's archive, then mark the request done. */
function AccessAnswer({ data, errors }: { data: ErasureRequestDetail; errors?: FieldErrors }) {
  const { t } = usePage();
  const { request } = data;
  return (
    <section>
      <h2>{t('erasure.access.whatTitle')}</h2>
      <p>{t('erasure.access.whatText')}</p>
      <p>
        <a class="button button-secondary" href={`/admin/erasure-requests/${request.id}/archive.zip`} download>
          {t('erasure.access.download')}
        </a>
      </p>
      <h2>{t('erasure.access.completeTitle')}</h2>
      <PostForm action={`/admin/erasure-requests/${request.id}/complete`}>
        <Checkbox name="confirm" label={t('erasure.access.confirm')} error={errors?.confirm} required />
        <button class="button" type="submit">
          {t('erasure.access.completeSubmit')}
        </button>
      </PostForm>
    </section>
  );
}

/** One data request for the center ("Ön"): who, when, why, the deadline; for an erasure what it touches; complete or reject. */
export function RequestDetailPage({ data, values = {}, errors }: Props) {
  const { t, locale } = usePage();
  const { request, volunteer } = data;
  const open = request.status === 'requested';
  const erasure = request.kind === 'erasure';
  const hasAddress = !!(volunteer.email ?? volunteer.accountEmail);
  return (
    <>
      <p class="breadcrumb">
        <a href="/admin/erasure-requests">{t('erasure.detail.back')}</a>
      </p>
      <h1>{t('erasure.detail.title')}</h1>
      <ErrorSummary errors={errors} />
      {data.refusal && !errors?._form && (
        <div class="error-summary" role="alert">
          <p>{t(data.refusal)}</p>
        </div>
      )}
      {open && !hasAddress && (
        <p class="warning" role="note">
          {t('erasure.detail.noEmail')}
        </p>
      )}
      <dl class="details">
        <dt>{t('erasure.detail.kind')}</dt>
        <dd>{t(`erasure.kind.${request.kind}`)}</dd>
        <dt>{t('erasure.detail.volunteer')}</dt>
        <dd>{formatPersonName(volunteer.familyName, volunteer.givenName)}</dd>
        <dt>{t('erasure.detail.center')}</dt>
        <dd>{data.centerName ?? '–'}</dd>
        <dt>{t('erasure.detail.requestedAt')}</dt>
        <dd>{formatDateTime(locale, request.requestedAt)}</dd>
        <dt>{t('erasure.detail.requestedBy')}</dt>
        <dd>{nameOr(data.requestedByFamilyName, data.requestedByGivenName)}</dd>
        <dt>{t('erasure.detail.status')}</dt>
        <dd>{t(statusLabelKey(request))}</dd>
        {data.deadline && (
          <>
            <dt>{t('erasure.detail.deadline')}</dt>
            <dd>
              <DeadlineText deadline={data.deadline} />
            </dd>
          </>
        )}
        {request.status !== 'completed' && (
          <>
            <dt>{t('erasure.detail.reason')}</dt>
            <dd>{request.reason ?? t('erasure.detail.noReason')}</dd>
          </>
        )}
        {request.decidedAt && (
          <>
            <dt>{t('erasure.detail.decidedBy')}</dt>
            <dd>{nameOr(data.decidedByFamilyName, data.decidedByGivenName)}</dd>
            <dt>{t('erasure.detail.decidedAt')}</dt>
            <dd>{formatDateTime(locale, request.decidedAt)}</dd>
          </>
        )}
        {request.status === 'rejected' && (
          <>
            <dt>{t('erasure.detail.decisionNote')}</dt>
            <dd>{request.decisionNote ?? '–'}</dd>
          </>
        )}
      </dl>
      {volunteer.erasedAt && <p>{t('erasure.detail.erasedNote', { at: formatDate(locale, volunteer.erasedAt) })}</p>}

      {erasure && (
        <>
          <h2>{t('erasure.detail.whatHappens')}</h2>
          <p>{t('erasure.detail.whatHappensText')}</p>
          <CountsList counts={data.counts} />
        </>
      )}
      {open && !erasure && <AccessAnswer data={data} errors={errors} />}

      {open && erasure && !data.refusal && (
        <section>
          <h2>{t('erasure.detail.confirmTitle')}</h2>
          <PostForm action={`/admin/erasure-requests/${request.id}/confirm`}>
            <Checkbox name="confirm" label={t('erasure.detail.confirm')} error={errors?.confirm} required />
            <button class="button button-danger" type="submit">
              {t('erasure.detail.confirmSubmit')}
            </button>
          </PostForm>
        </section>
      )}
      {open && (
        <section>
          <h2>{t('erasure.detail.rejectTitle')}</h2>
          <PostForm action={`/admin/erasure-requests/${request.id}/reject`}>
            <TextAreaField
              rows={3}
              name="reason"
              label={t('erasure.detail.rejectReason')}
              hint={t('erasure.detail.rejectHint')}
              value={values.reason}
              error={errors?.reason}
              maxLength={1000}
              required
            />
            <button class="button button-secondary" type="submit">
              {t('erasure.detail.rejectSubmit')}
            </button>
          </PostForm>
        </section>
      )}
    </>
  );
}
