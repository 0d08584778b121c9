import type { FieldErrors } from '../../../platform/validation.js';
import { ErrorSummary, Field, PostForm, SelectField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { PlaceField } from '../../../ui/place-field.js';
import type { Choice } from '../../inquiries/choices-repo.js';

/** GET /schools/manage/new and /schools/:schoolId/edit: a school's data (program staff). */
export function SchoolFormPage(props: {
  school?: { id: string; name: string };
  centers: Choice[];
  hosts: Choice[];
  values: Record<string, string>;
  errors?: FieldErrors;
}) {
  const { t } = usePage();
  const v = props.values;
  const e = props.errors;
  const action = props.school ? `/schools/${props.school.id}/edit` : '/schools/manage';
  const back = props.school ? `/schools/${props.school.id}` : '/schools/manage';
  return (
    <>
      <p class="breadcrumb">
        <a href="/schools/manage">{t('schools.manage.title')}</a>
        {props.school && (
          <>
            {' › '}
            <a href={back}>{props.school.name}</a>
          </>
        )}
      </p>
      <h1>{props.school ? t('schools.edit.title') : t('schools.new.title')}</h1>
      <ErrorSummary errors={e} />
      <PostForm action={action}>
        {!props.school &&
          (props.centers.length === 1 ? (
            <input type="hidden" name="centerId" value={props.centers[0]?.id} />
          ) : (
            <SelectField
              name="centerId"
              label={t('schools.field.center')}
              options={props.centers.map((c) => ({ value: c.id, label: c.name }))}
              value={v.centerId}
              error={e?.centerId}
              emptyLabel=""
              required
            />
          ))}
        <Field name="name" label={t('schools.field.name')} value={v.name} error={e?.name} required maxLength={200} />
        <Field
          name="omId"
          label={t('schools.field.omId')}
          hint={t('schools.field.omIdHint')}
          value={v.omId}
          error={e?.omId}
          required
          maxLength={6}
          inputAttrs={{ inputMode: 'numeric' }}
        />
        <PlaceField name="place" label={t('schools.field.place')} value={v.place} error={e?.place} required />
        <Field name="address" label={t('schools.field.address')} value={v.address} error={e?.address} maxLength={300} />
        <Field name="email" type="email" label={t('schools.field.email')} value={v.email} error={e?.email} maxLength={254} />
        <Field name="phone" type="tel" label={t('schools.field.phone')} value={v.phone} error={e?.phone} maxLength={30} />
        {props.hosts.length > 0 && (
          <SelectField
            name="hostOrganizationId"
            label={t('schools.field.hostOrganization')}
            hint={t('schools.field.hostOrganizationHint')}
            options={props.hosts.map((h) => ({ value: h.id, label: h.name }))}
            value={v.hostOrganizationId}
            error={e?.hostOrganizationId}
            emptyLabel={t('schools.field.noHost')}
          />
        )}
        <p class="toolbar">
          <button type="submit">{t('form.save')}</button>
          <a href={back}>{t('form.cancel')}</a>
        </p>
      </PostForm>
    </>
  );
}
