import { formatPersonName } from '../../../platform/i18n.js';
import type { FieldErrors } from '../../../platform/validation.js';
import { CheckboxGroup, RadioGroup } from '../../../ui/choice-fields.js';
import { Field, FieldErrorText, PostForm, SelectField, TextAreaField, useRecordField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { type ArticleFormValues, emptySourceRows, type SourceRowValues, sourceFieldName } from '../article-form.js';
import type { ReviewerRow, WritingPlaces } from '../manage-service.js';
import { knowledgeAudiences, knowledgeCategories, knowledgeKinds, maxSlugLength, maxSources } from '../schema.js';
import { audienceLabel, categoryLabel, kindLabel } from './knowledge-labels.js';

type Props = {
  action: string;
  values: ArticleFormValues;
  errors?: FieldErrors;
  reviewers: ReviewerRow[];
  /** Present for a new article: where it may be written (its center or national). */
  places?: WritingPlaces;
};

/** One source as three fields under its own legend ("2. forrás"), each with its error next to it. */
function SourceRow(props: { index: number; row: SourceRowValues; errors?: FieldErrors }) {
  const { t } = usePage();
  const { index, row, errors } = props;
  return (
    <fieldset class="source-row">
      <legend>{t('knowledge.field.sourceN', { n: index + 1 })}</legend>
      <Field
        name={sourceFieldName(index, 'citation')}
        label={t('knowledge.field.sourceCitation')}
        value={row.citation}
        error={errors?.[sourceFieldName(index, 'citation')]}
        maxLength={200}
      />
      <Field
        name={sourceFieldName(index, 'label')}
        label={t('knowledge.field.sourceLabel')}
        value={row.label}
        error={errors?.[sourceFieldName(index, 'label')]}
        maxLength={200}
      />
      <Field
        name={sourceFieldName(index, 'url')}
        type="url"
        label={t('knowledge.field.sourceUrl')}
        value={row.url}
        error={errors?.[sourceFieldName(index, 'url')]}
        maxLength={500}
      />
    </fieldset>
  );
}

/** The existing sources and a few empty rows (no JavaScript needed to add one): a blank row is no source. */
function SourcesFieldset(props: { sources: SourceRowValues[]; errors?: FieldErrors }) {
  const { t } = usePage();
  const rows = [...props.sources];
  while (rows.length < Math.min(maxSources, props.sources.length + emptySourceRows)) rows.push({ citation: '', label: '', url: '' });
  // The list-wide error (too many sources) points at the first row.
  useRecordField('sources', `f-${sourceFieldName(0, 'citation')}`, t('knowledge.article.sources'));
  return (
    <fieldset class={`choice-group${props.errors?.sources ? ' field-invalid' : ''}`}>
      <legend>{t('knowledge.article.sources')}</legend>
      <p class="hint">{t('knowledge.field.sourcesHint')}</p>
      <FieldErrorText id="f-sources-error" error={props.errors?.sources} />
      {rows.map((row, i) => (
        <SourceRow index={i} row={row} errors={props.errors} />
      ))}
    </fieldset>
  );
}

/** "Kovács Anna", and the center when the choice spans several (a new article's reviewers). */
function reviewerOptions(reviewers: ReviewerRow[], places: WritingPlaces | undefined, nationalLabel: string) {
  const centerNames = new Map(places?.centers.map((c) => [c.id, c.name]));
  const seen = new Set<string>();
  const options: { value: string; label: string }[] = [];
  for (const r of reviewers) {
    if (seen.has(r.userId)) continue;
    seen.add(r.userId);
    const name = formatPersonName(r.familyName, r.givenName);
    const where = r.centerId === null ? nationalLabel : centerNames.get(r.centerId);
    options.push({ value: r.userId, label: places && where ? `${name} (${where})` : name });
  }
  return options;
}

/** The editor's form: every field of an article's content; a new article also chooses its center, address and kind. */
export function ArticleForm(props: Props) {
  const { t } = usePage();
  const { values, errors, places } = props;
  const creating = places !== undefined;
  const centerOptions = places
    ? [...(places.national ? [{ value: '', label: t('knowledge.manage.national') }] : []), ...places.centers.map((c) => ({ value: c.id, label: c.name }))]
    : [];
  return (
    <PostForm action={props.action} class="article-form">
      {creating && (
        <SelectField
          name="centerId"
          label={t('knowledge.field.center')}
          hint={t('knowledge.field.centerHint')}
          options={centerOptions}
          value={values.centerId}
          error={errors?.centerId}
          required
        />
      )}
      <Field name="title" label={t('knowledge.field.title')} value={values.title} error={errors?.title} required maxLength={200} />
      {creating && (
        <>
          <Field
            name="slug"
            label={t('knowledge.field.slug')}
            hint={t('knowledge.field.slugHint')}
            value={values.slug}
            error={errors?.slug}
            required
            maxLength={maxSlugLength}
            autocomplete="off"
          />
          <RadioGroup
            name="kind"
            legend={t('knowledge.field.kind')}
            options={knowledgeKinds.map((k) => ({ value: k, label: t(kindLabel(k)) }))}
            value={values.kind || 'article'}
            error={errors?.kind}
            required
          />
        </>
      )}
      <TextAreaField name="summary" label={t('knowledge.field.summary')} value={values.summary} error={errors?.summary} required maxLength={500} rows={3} />
      <TextAreaField
        name="body"
        label={t('knowledge.field.body')}
        hint={t('knowledge.field.bodyHint')}
        value={values.body}
        error={errors?.body}
        required
        maxLength={50_000}
        rows={18}
      />
      <SelectField
        name="category"
        label={t('knowledge.field.category')}
        options={knowledgeCategories.map((c) => ({ value: c, label: t(categoryLabel(c)) }))}
        value={values.category}
        error={errors?.category}
        emptyLabel=""
        required
      />
      <CheckboxGroup
        name="audiences"
        legend={t('knowledge.article.audiences')}
        options={knowledgeAudiences.map((a) => ({ value: a, label: t(audienceLabel(a)) }))}
        values={values.audiences}
        error={errors?.audiences}
      />
      <SourcesFieldset sources={values.sources} errors={errors} />
      <Field name="lastCheckedOn" type="date" label={t('knowledge.field.lastChecked')} value={values.lastCheckedOn} error={errors?.lastCheckedOn} />
      <SelectField
        name="reviewerUserId"
        label={t('knowledge.field.reviewer')}
        hint={t('knowledge.field.reviewerHint')}
        options={reviewerOptions(props.reviewers, places, t('knowledge.manage.nationalAdmin'))}
        value={values.reviewerUserId}
        error={errors?.reviewerUserId}
        emptyLabel={t('knowledge.field.noReviewer')}
      />
      {!creating && <input type="hidden" name="baseVersion" value={values.baseVersion} />}
      <p class="toolbar">
        <button type="submit" name="intent" value="save">
          {creating ? t('knowledge.manage.create') : t('form.save')}
        </button>
        <button type="submit" name="intent" value="preview" class="button-secondary">
          {t('knowledge.manage.preview')}
        </button>
      </p>
    </PostForm>
  );
}
