import type { FieldErrors } from '../../../platform/validation.js';
import { RadioGroup } from '../../../ui/choice-fields.js';
import { ErrorSummary, Field, PostForm, SelectField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { PlaceField } from '../../../ui/place-field.js';
import { studentGrades, studentTracks } from '../schema.js';
import { SchoolNav, trackLabel } from './labels.js';

/** GET /schools/:schoolId/students/new: enrol an existing volunteer (by their account's e-mail) or a new profile without a login. */
export function StudentFormPage(props: { school: { id: string; name: string }; values: Record<string, string>; errors?: FieldErrors }) {
  const { t } = usePage();
  const v = props.values;
  const e = props.errors;
  const base = `/schools/${props.school.id}`;
  return (
    <>
      <SchoolNav schoolId={props.school.id} schoolName={props.school.name} manage />
      <h1>{t('schools.students.new')}</h1>
      <ErrorSummary errors={e} />
      <PostForm action={`${base}/students`}>
        <RadioGroup
          name="source"
          legend={t('schools.field.source')}
          options={[
            { value: 'account', label: t('schools.source.account'), hint: t('schools.source.accountHint') },
            { value: 'new', label: t('schools.source.new'), hint: t('schools.source.newHint') },
          ]}
          value={v.source ?? 'account'}
          error={e?.source}
          required
        />
        <fieldset>
          <legend>{t('schools.source.account')}</legend>
          <Field name="email" type="email" label={t('schools.field.accountEmail')} value={v.email} error={e?.email} maxLength={254} />
        </fieldset>
        <fieldset>
          <legend>{t('schools.source.new')}</legend>
          <Field name="familyName" label={t('schools.field.familyName')} value={v.familyName} error={e?.familyName} maxLength={100} />
          <Field name="givenName" label={t('schools.field.givenName')} value={v.givenName} error={e?.givenName} maxLength={100} />
          <Field name="birthDate" type="date" label={t('schools.field.birthDate')} value={v.birthDate} error={e?.birthDate} />
          <PlaceField name="place" label={t('schools.field.homePlace')} value={v.place} error={e?.place} />
        </fieldset>
        <Field
          name="className"
          label={t('schools.field.className')}
          hint={t('schools.field.classNameHint')}
          value={v.className}
          error={e?.className}
          required
          maxLength={12}
        />
        <SelectField
          name="grade"
          label={t('schools.field.grade')}
          hint={t('schools.field.gradeHint')}
          options={studentGrades.map((g) => ({ value: g, label: g }))}
          value={v.grade}
          error={e?.grade}
          required
          emptyLabel=""
        />
        <SelectField
          name="track"
          label={t('schools.field.track')}
          options={studentTracks.map((k) => ({ value: k, label: trackLabel(t, k) }))}
          value={v.track ?? 'gimnazium'}
          error={e?.track}
          required
        />
        <p class="toolbar">
          <button type="submit">{t('schools.students.enrol')}</button>
          <a href={`${base}/students`}>{t('form.cancel')}</a>
        </p>
      </PostForm>
    </>
  );
}
