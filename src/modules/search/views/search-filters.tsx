import type { FieldErrors } from '../../../platform/validation.js';
import { ErrorSummary, Field, SelectField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { PlaceField } from '../../../ui/place-field.js';
import { defaultRadiusKm, radiusChoicesKm, searchSorts } from '../schema.js';
import type { SearchChoices } from '../service.js';

/** What the form shows: the query string as typed (the first value of a repeated parameter). */
export type SearchFormValues = Record<string, string>;

function Checkbox(props: { name: string; label: string; checked: boolean }) {
  const id = `f-${props.name}`;
  return (
    <div class="choice">
      <input type="checkbox" id={id} name={props.name} value="1" checked={props.checked} />
      <label for={id}>{props.label}</label>
    </div>
  );
}

/**
 * A plain GET form: every filter is a query parameter, so a search can be bookmarked and shared
 * and works without JavaScript. The settlement is typed as text and resolved on the server.
 */
export function SearchFilters(props: { values: SearchFormValues; choices: SearchChoices; errors?: FieldErrors }) {
  const { t } = usePage();
  const { values, errors = {} } = props;
  const isOn = (name: string) => ['1', 'on', 'true'].includes(values[name] ?? '');
  return (
    <form method="get" action="/opportunities" role="search" aria-label={t('search.form.label')} novalidate>
      <ErrorSummary errors={errors} />
      <div class="toolbar">
        <Field
          name="q"
          type="search"
          label={t('search.field.q')}
          hint={t('search.field.qHint')}
          value={values.q}
          error={errors.q}
          maxLength={200}
          autocomplete="off"
        />
        <div class="field">
          <button type="submit">{t('search.submit')}</button>
        </div>
      </div>
      <div class="toolbar">
        <SelectField
          name="cause"
          label={t('search.field.cause')}
          options={props.choices.causes.map((c) => ({ value: c.slug, label: c.name }))}
          value={values.cause}
          error={errors.cause}
          emptyLabel={t('search.field.anyCause')}
        />
        <SelectField
          name="skill"
          label={t('search.field.skill')}
          options={props.choices.skills.map((s) => ({ value: s.slug, label: s.name }))}
          value={values.skill}
          error={errors.skill}
          emptyLabel={t('search.field.anySkill')}
        />
        <PlaceField name="place" label={t('search.field.place')} hint={t('search.field.placeHint')} value={values.place} error={errors.place} />
        <SelectField
          name="radius"
          label={t('search.field.radius')}
          options={radiusChoicesKm.map((km) => ({ value: String(km), label: t('search.radiusKm', { km }) }))}
          value={values.radius || String(defaultRadiusKm)}
          error={errors.radius}
        />
      </div>
      <div class="toolbar">
        <Field name="from" type="date" label={t('search.field.from')} value={values.from} error={errors.from} />
        <Field name="to" type="date" label={t('search.field.to')} value={values.to} error={errors.to} />
        <Field name="age" type="number" label={t('search.field.age')} hint={t('search.field.ageHint')} value={values.age} error={errors.age} />
        <SelectField
          name="sort"
          label={t('search.field.sort')}
          options={searchSorts.map((s) => ({ value: s, label: t(`search.sort.${s}`) }))}
          value={values.sort || 'relevance'}
          error={errors.sort}
        />
      </div>
      <fieldset class="choice-group">
        <legend>{t('search.field.more')}</legend>
        <Checkbox name="remote" label={t('search.field.remote')} checked={isOn('remote')} />
        <Checkbox name="group" label={t('search.field.group')} checked={isOn('group')} />
      </fieldset>
      <p>
        <button type="submit">{t('search.submit')}</button> <a href="/opportunities">{t('search.reset')}</a>
      </p>
    </form>
  );
}
