import type { FieldErrors } from '../../../platform/validation.js';
import { CheckboxGroup, RadioGroup } from '../../../ui/choice-fields.js';
import { ErrorSummary, Field, PostForm, SelectField, TextAreaField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { readinessAreas } from '../../readiness/areas.js';
import type { CenterChoice } from '../course-repo.js';
import { courseAudiences, courseStatuses } from '../schema.js';
import { audienceKey, courseStatusKey } from './labels.js';

/** A course form as typed (its text fields), with the ticked readiness areas. */
export type CourseFormValues = { text: Record<string, string>; areas: string[] };

/** The course's fields, shared by the new-course and the edit forms; `centers` only when a new course's center is chosen. */
function CourseFields(props: { values: CourseFormValues; errors?: FieldErrors; centers?: { choices: CenterChoice[]; national: boolean } }) {
  const { t } = usePage();
  const v = props.values.text;
  const e = props.errors ?? {};
  return (
    <>
      {props.centers && (
        <SelectField
          name="centerId"
          label={t('trainings.field.center')}
          hint={t('trainings.field.centerHint')}
          options={props.centers.choices.map((c) => ({ value: c.id, label: c.name }))}
          value={v.centerId ?? ''}
          emptyLabel={props.centers.national ? t('trainings.course.national') : undefined}
          error={e.centerId}
        />
      )}
      <Field name="title" label={t('trainings.field.title')} value={v.title} error={e.title} required maxLength={200} />
      <Field name="slug" label={t('trainings.field.slug')} hint={t('trainings.field.slugHint')} value={v.slug} error={e.slug} required maxLength={80} />
      <SelectField
        name="audience"
        label={t('trainings.field.audience')}
        options={courseAudiences.map((a) => ({ value: a, label: t(audienceKey(a)) }))}
        value={v.audience}
        error={e.audience}
        required
      />
      <TextAreaField name="summary" label={t('trainings.field.summary')} value={v.summary} error={e.summary} required maxLength={500} rows={2} />
      <TextAreaField
        name="description"
        label={t('trainings.field.description')}
        hint={t('trainings.field.descriptionHint')}
        value={v.description}
        error={e.description}
        required
        rows={8}
      />
      <Field
        name="duration"
        label={t('trainings.field.durationHours')}
        hint={t('trainings.field.durationHint')}
        value={v.duration}
        error={e.duration}
        required
      />
      <TextAreaField
        name="prerequisites"
        label={t('trainings.field.prerequisites')}
        value={v.prerequisites}
        error={e.prerequisites}
        maxLength={2000}
        rows={2}
      />
      <Field
        name="qualificationName"
        label={t('trainings.field.qualificationName')}
        hint={t('trainings.field.qualificationHint')}
        value={v.qualificationName}
        error={e.qualificationName}
        maxLength={100}
      />
      <Field
        name="validityMonths"
        type="number"
        min={1}
        max={240}
        label={t('trainings.field.validityMonths')}
        hint={t('trainings.field.validityHint')}
        value={v.validityMonths}
        error={e.validityMonths}
      />
      <Field
        name="minAge"
        type="number"
        min={10}
        max={99}
        label={t('trainings.field.minAge')}
        hint={t('trainings.field.minAgeHint')}
        value={v.minAge}
        error={e.minAge}
      />
      <CheckboxGroup
        name="readinessAreas"
        legend={t('trainings.field.readinessAreas')}
        hint={t('trainings.field.readinessHint')}
        options={readinessAreas.map((a) => ({ value: a, label: t(`readiness.area.${a}`) }))}
        values={props.values.areas}
        error={e.readinessAreas}
      />
      <RadioGroup
        name="status"
        legend={t('trainings.field.status')}
        options={courseStatuses.map((s) => ({ value: s, label: t(courseStatusKey(s)), hint: t(`trainings.courseStatusHint.${s}`) }))}
        value={v.status}
        error={e.status}
        required
      />
    </>
  );
}

/** The course form: a new course (with its center) or an edit. */
export function CourseForm(props: {
  action: string;
  values: CourseFormValues;
  errors?: FieldErrors;
  centers?: { choices: CenterChoice[]; national: boolean };
  submit: string;
}) {
  return (
    <PostForm action={props.action}>
      <ErrorSummary errors={props.errors} />
      <CourseFields values={props.values} errors={props.errors} centers={props.centers} />
      <p>
        <button type="submit">{props.submit}</button>
      </p>
    </PostForm>
  );
}

/** GET /trainings/manage/new. */
export function NewCoursePage(props: { values: CourseFormValues; errors?: FieldErrors; centers: { choices: CenterChoice[]; national: boolean } }) {
  const { t } = usePage();
  return (
    <>
      <p class="breadcrumb">
        <a href="/trainings/manage">{t('trainings.manage.title')}</a>
      </p>
      <h1>{t('trainings.manage.newTitle')}</h1>
      <CourseForm action="/trainings/manage" values={props.values} errors={props.errors} centers={props.centers} submit={t('trainings.manage.create')} />
    </>
  );
}
