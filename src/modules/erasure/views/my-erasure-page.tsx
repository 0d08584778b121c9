import { formatDate } from '../../../platform/i18n.js';
import type { FieldErrors } from '../../../platform/validation.js';
import { Checkbox } from '../../../ui/choice-fields.js';
import { ErrorSummary, PostForm, TextAreaField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import type { MyErasure } from '../service.js';
import { CountsList } from './counts-list.js';

type Props = { data: MyErasure; values?: Record<string, string>; errors?: FieldErrors };

/** The volunteer's own erasure page ("te"): what goes, what stays and why, the open request or the form. */
export function MyErasurePage({ data, values = {}, errors }: Props) {
  const { t, locale } = usePage();
  return (
    <>
      <p class="breadcrumb">
        <a href="/volunteer/my-volunteering">{t('erasure.my.back')}</a>
      </p>
      <h1>{t('erasure.my.title')}</h1>
      <ErrorSummary errors={errors} />
      {data.volunteer === null ? (
        <p class="empty-state">{t('erasure.my.noProfile')}</p>
      ) : (
        <>
          <p>{t('erasure.my.intro')}</p>
          <h2>{t('erasure.my.erasedTitle')}</h2>
          <ul>
            <li>{t('erasure.my.erased1')}</li>
            <li>{t('erasure.my.erased2')}</li>
            <li>{t('erasure.my.erased3')}</li>
            <li>{t('erasure.my.erased4')}</li>
          </ul>
          <h2>{t('erasure.my.keptTitle')}</h2>
          <ul>
            <li>{t('erasure.my.kept1')}</li>
            <li>{t('erasure.my.kept2')}</li>
          </ul>
          <h2>{t('erasure.my.countsTitle')}</h2>
          <CountsList counts={data.counts} />
          {data.open ? (
            <section>
              <h2>{t('erasure.my.openTitle')}</h2>
              <p>{t('erasure.my.openText', { at: formatDate(locale, data.open.requestedAt) })}</p>
              <PostForm action="/volunteer/erasure/cancel">
                <button class="button button-secondary" type="submit">
                  {t('erasure.my.cancel')}
                </button>
              </PostForm>
            </section>
          ) : (
            <>
              {data.latest?.status === 'rejected' && data.latest.decidedAt && (
                <p>{t('erasure.my.lastRejected', { at: formatDate(locale, data.latest.decidedAt), reason: data.latest.decisionNote ?? '' })}</p>
              )}
              {data.latest?.status === 'cancelled' && data.latest.decidedAt && (
                <p>{t('erasure.my.lastCancelled', { at: formatDate(locale, data.latest.decidedAt) })}</p>
              )}
              <h2>{t('erasure.my.formTitle')}</h2>
              <PostForm action="/volunteer/erasure">
                <TextAreaField
                  rows={3}
                  name="reason"
                  label={t('erasure.my.reason')}
                  hint={t('erasure.my.reasonHint')}
                  value={values.reason}
                  error={errors?.reason}
                  maxLength={1000}
                />
                <Checkbox name="confirm" label={t('erasure.my.confirm')} error={errors?.confirm} required />
                <button class="button" type="submit">
                  {t('erasure.my.submit')}
                </button>
              </PostForm>
            </>
          )}
        </>
      )}
    </>
  );
}
