import { formatPersonName } from '../../../platform/i18n.js';
import type { FieldErrors } from '../../../platform/validation.js';
import { Checkbox } from '../../../ui/choice-fields.js';
import { ErrorSummary, PostForm } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { retainUntil } from '../register-rules.js';
import type { PurgePage } from '../service.js';
import { NotKeptNotice } from './not-kept.js';
import { dayText } from './register-cell.js';

/** The confirmation before the entries past retention are deleted ("Ön"): which ones, and a checkbox. */
export function PurgePageView({ data, errors }: { data: PurgePage; errors?: FieldErrors }) {
  const { t, locale } = usePage();
  const { organization, entries } = data;
  const back = `/organizations/${organization.id}/register`;
  return (
    <>
      <p class="breadcrumb">
        <a href={back}>{t('register.print.back')}</a>
      </p>
      <h1>{t('register.purge.title')}</h1>
      <ErrorSummary errors={errors} />
      {!data.keeps ? (
        <NotKeptNotice organization={organization} />
      ) : entries.length === 0 ? (
        <p class="empty-state">{t('register.purge.none')}</p>
      ) : (
        <>
          <p>{t('register.purge.intro')}</p>
          <div class="table-scroll">
            <table>
              <caption class="visually-hidden">{t('register.purge.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('register.entry.volunteer')}</th>
                  <th scope="col">{t('register.field.startsOn')}</th>
                  <th scope="col">{t('register.field.endsOn')}</th>
                  <th scope="col">{t('register.field.retainUntil')}</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((e) => (
                  <tr key={e.id}>
                    <th scope="row">{formatPersonName(e.familyName, e.givenName)}</th>
                    <td>{dayText(locale, e.startsOn)}</td>
                    <td>{e.endsOn ? dayText(locale, e.endsOn) : '–'}</td>
                    <td>{dayText(locale, retainUntil(e.endsOn) ?? e.startsOn)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <PostForm action={`${back}/purge`}>
            <Checkbox name="confirm" label={t('register.purge.confirm', { count: entries.length })} error={errors?.confirm} required />
            <button class="button button-danger" type="submit">
              {t('register.purge.submit')}
            </button>{' '}
            <a href={back}>{t('register.purge.cancel')}</a>
          </PostForm>
        </>
      )}
    </>
  );
}
