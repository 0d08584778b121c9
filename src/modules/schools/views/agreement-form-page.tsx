import type { FieldErrors } from '../../../platform/validation.js';
import { CheckboxGroup } from '../../../ui/choice-fields.js';
import { ErrorSummary, Field, PostForm, SelectField, TextAreaField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { ikszAreas } from '../../iksz/areas.js';
import type { Choice } from '../../inquiries/choices-repo.js';
import { areaLabel, SchoolNav } from './labels.js';

/**
 * GET /schools/:schoolId/agreements/new: the agreement's facts; "Generate the text" fills the template
 * in and shows it in the text box, where the coordinator edits it before saving (works without JavaScript).
 */
export function AgreementFormPage(props: {
  school: { id: string; name: string };
  hosts: Choice[];
  values: Record<string, string>;
  areas: string[];
  body?: string;
  errors?: FieldErrors;
}) {
  const { t } = usePage();
  const v = props.values;
  const e = props.errors;
  const base = `/schools/${props.school.id}/agreements`;
  return (
    <>
      <SchoolNav schoolId={props.school.id} schoolName={props.school.name} manage />
      <h1>{t('schools.agreements.new')}</h1>
      <ErrorSummary errors={e} />
      {props.hosts.length === 0 && <p class="empty-state">{t('schools.agreements.noHosts')}</p>}
      <PostForm action={base}>
        <SelectField
          name="organizationId"
          label={t('schools.field.host')}
          options={props.hosts.map((h) => ({ value: h.id, label: h.name }))}
          value={v.organizationId}
          error={e?.organizationId}
          emptyLabel=""
          required
        />
        <Field name="startsOn" type="date" label={t('schools.field.startsOn')} value={v.startsOn} error={e?.startsOn} required />
        <Field name="endsOn" type="date" label={t('schools.field.endsOn')} value={v.endsOn} error={e?.endsOn} required />
        <Field name="mentorName" label={t('schools.field.mentorName')} value={v.mentorName} error={e?.mentorName} required maxLength={200} />
        <TextAreaField
          name="mentorTasks"
          label={t('schools.field.mentorTasks')}
          value={v.mentorTasks}
          error={e?.mentorTasks}
          required
          maxLength={2000}
          rows={3}
        />
        <CheckboxGroup
          name="areas"
          legend={t('schools.field.areas')}
          hint={t('schools.field.areasHint')}
          options={ikszAreas.map((a) => ({ value: a, label: areaLabel(t, a) }))}
          values={props.areas}
          error={e?.areas}
        />
        <p>
          <button type="submit" name="step" value="preview">
            {t('schools.agreements.generate')}
          </button>
        </p>
        {props.body !== undefined && (
          <>
            <TextAreaField
              name="body"
              label={t('schools.field.body')}
              hint={t('schools.field.bodyHint')}
              value={props.body}
              error={e?.body}
              required
              maxLength={30_000}
              rows={24}
            />
            <p class="toolbar">
              <button type="submit" name="step" value="save">
                {t('form.save')}
              </button>
              <a href={base}>{t('form.cancel')}</a>
            </p>
          </>
        )}
      </PostForm>
    </>
  );
}
