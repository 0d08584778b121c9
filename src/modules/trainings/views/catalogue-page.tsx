import { formatDateTime } from '../../../platform/i18n.js';
import { Checkbox } from '../../../ui/choice-fields.js';
import { SelectField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { Pagination } from '../../../ui/pagination.js';
import { PlaceField } from '../../../ui/place-field.js';
import type { CatalogueResults } from '../catalogue-service.js';
import { courseAudiences } from '../schema.js';
import { audienceKey, durationText, seatsText, sessionPlaceText } from './labels.js';

/** GET /trainings: published courses with their next sessions, filtered with a plain GET form (works without JavaScript). */
export function CataloguePage(props: { results: CatalogueResults }) {
  const { t, locale } = usePage();
  const { page, search } = props.results;
  const filtered = Boolean(search.audience || search.place || search.online);
  return (
    <>
      <h1>{t('trainings.catalogue.title')}</h1>
      <p class="lead">{t('trainings.catalogue.lead')}</p>
      <form method="get" action="/trainings" role="search" class="toolbar" aria-label={t('trainings.catalogue.filters')}>
        <SelectField
          name="audience"
          label={t('trainings.field.audience')}
          options={courseAudiences.map((a) => ({ value: a, label: t(audienceKey(a)) }))}
          value={search.audience ?? ''}
          emptyLabel={t('trainings.catalogue.anyAudience')}
        />
        <PlaceField
          name="place"
          label={t('trainings.catalogue.place')}
          value={search.place}
          error={props.results.placeUnknown ? { key: 'places.error.notFound' } : undefined}
        />
        <Checkbox name="online" label={t('trainings.catalogue.online')} checked={search.online} />
        <div class="field">
          <button type="submit">{t('form.filter')}</button>
        </div>
      </form>
      {page.total > 0 ? (
        <>
          <p aria-live="polite">
            {t('trainings.catalogue.count', { count: page.total })}
            {props.results.placeLabel ? ` · ${t('trainings.catalogue.near', { place: props.results.placeLabel })}` : ''}
          </p>
          <ul class="result-list">
            {page.items.map((c) => (
              <li key={c.id}>
                <h2 class="result-title">
                  <a href={`/trainings/${c.slug}`}>{c.title}</a>
                </h2>
                <p class="muted small">
                  {t(audienceKey(c.audience))} · {durationText(t, locale, c.durationMinutes)}
                  {c.qualificationName ? ` · ${t('trainings.course.grants', { name: c.qualificationName })}` : ''}
                </p>
                <p>{c.summary}</p>
                {c.sessions.length === 0 ? (
                  <p class="muted">{t('trainings.catalogue.noSessions')}</p>
                ) : (
                  <ul>
                    {c.sessions.map((s) => (
                      <li key={s.id}>
                        {formatDateTime(locale, s.startsAt)} – {sessionPlaceText(t, s)} ({seatsText(t, s)})
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
          <Pagination page={page} />
        </>
      ) : (
        <p class="empty-state" aria-live="polite">
          {filtered ? t('trainings.catalogue.noMatch') : t('trainings.catalogue.empty')}
        </p>
      )}
    </>
  );
}
