import { formatDate } from '../../../platform/i18n.js';
import type { FieldErrors } from '../../../platform/validation.js';
import { Checkbox } from '../../../ui/choice-fields.js';
import { ErrorSummary, PostForm, TextAreaField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { deadlineDate } from '../deadline.js';
import type { MyErasure } from '../service.js';
import { CountsList } from './counts-list.js';

type Props = { data: MyErasure; values?: Record<string, string>; errors?: FieldErrors };

type Mine = Extract<MyErasure, { counts: unknown }>;

/** The copy of one's data: the instant download, and the request to the center with its state. */
function AccessSection({ access }: { access: Mine['access'] }) {
  const { t, locale } = usePage();
  const { open, latest } = access;
  return (
    <section>
      <h2>{t('erasure.myAccess.title')}</h2>
      <p>{t('erasure.myAccess.intro')}</p>
      <p>
        <a class="button button-secondary" href="/volunteer/my-data.zip" download>
          {t('erasure.myAccess.download')}
        </a>
      </p>
      {open ? (
        <>
          <p>
            {t('erasure.myAccess.open', { at: formatDate(locale, open.requestedAt), deadline: formatDate(locale, deadlineDate(open.deadline.deadlineDay)) })}
          </p>
          <PostForm action="/volunteer/erasure/cancel">
            <input type="hidden" name="kind" value="access" />
            <button class="button button-secondary" type="submit">
              {t('erasure.myAccess.cancel')}
            </button>
          </PostForm>
        </>
      ) : (
        <>
          {latest?.decidedAt && latest.status === 'completed' && <p>{t('erasure.myAccess.lastCompleted', { at: formatDate(locale, latest.decidedAt) })}</p>}
          {latest?.decidedAt && latest.status === 'rejected' && (
            <p>{t('erasure.myAccess.lastRejected', { at: formatDate(locale, latest.decidedAt), reason: latest.decisionNote ?? '' })}</p>
          )}
          {latest?.decidedAt && latest.status === 'cancelled' && <p>{t('erasure.myAccess.lastCancelled', { at: formatDate(locale, latest.decidedAt) })}</p>}
          <p>{t('erasure.myAccess.askText')}</p>
          <PostForm action="/volunteer/erasure/access">
            <button class="button button-secondary" type="submit">
              {t('erasure.myAccess.submit')}
            </button>
          </PostForm>
        </>
      )}
    </section>
  );
}

/** The volunteer's own data page ("te"): a copy of their data; for erasure, what goes, what stays and why, the open request or the form. */
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
          <AccessSection access={data.access} />
          <h2>{t('erasure.my.erasureTitle')}</h2>
          <p>{t('erasure.my.intro')}</p>
          <h3>{t('erasure.my.erasedTitle')}</h3>
          <ul>
            <li>{t('erasure.my.erased1')}</li>
            <li>{t('erasure.my.erased2')}</li>
            <li>{t('erasure.my.erased3')}</li>
            <li>{t('erasure.my.erased4')}</li>
          </ul>
          <h3>{t('erasure.my.keptTitle')}</h3>
          <ul>
            <li>{t('erasure.my.kept1')}</li>
            <li>{t('erasure.my.kept2')}</li>
          </ul>
          <h3>{t('erasure.my.countsTitle')}</h3>
          <CountsList counts={data.counts} />
          {data.open ? (
            <section>
              <h3>{t('erasure.my.openTitle')}</h3>
              <p>
                {t('erasure.my.openText', {
                  at: formatDate(locale, data.open.requestedAt),
                  deadline: formatDate(locale, deadlineDate(data.open.deadline.deadlineDay)),
                })}
              </p>
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
              <h3>{t('erasure.my.formTitle')}</h3>
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
