import type { FieldErrors } from '../../../platform/validation.js';
import { ErrorSummary, Field, PostForm, SelectField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { PlaceField } from '../../../ui/place-field.js';

type CenterFormProps = {
  /** Undefined for a new center. */
  centerId?: string;
  counties: string[];
  values: Record<string, string>;
  errors?: FieldErrors;
};

/** Create and edit form (national admins): fields `name`, `county`, `place`, `address`, `email`, `phone`. */
export function CenterFormPage(props: CenterFormProps) {
  const { t } = usePage();
  const { values, errors } = props;
  const editing = props.centerId !== undefined;
  const title = editing ? t('centers.edit.title') : t('centers.new.title');
  const cancel = editing ? `/admin/centers/${props.centerId}` : '/admin/centers';
  return (
    <>
      <p class="breadcrumb">
        <a href="/admin">{t('nav.admin')}</a> › <a href="/admin/centers">{t('centers.list.title')}</a>
      </p>
      <h1>{title}</h1>
      <ErrorSummary errors={errors} />
      <PostForm action={editing ? `/admin/centers/${props.centerId}` : '/admin/centers'}>
        <Field name="name" label={t('centers.field.name')} value={values.name} error={errors?.name} required maxLength={200} />
        <SelectField
          name="county"
          label={t('centers.field.county')}
          options={props.counties.map((c) => ({ value: c, label: c }))}
          value={values.county}
          error={errors?.county}
          emptyLabel={t('centers.field.countyChoose')}
          required
        />
        <PlaceField name="place" label={t('centers.field.place')} value={values.place} error={errors?.place} required />
        <Field name="address" label={t('centers.field.address')} value={values.address} error={errors?.address} maxLength={300} autocomplete="street-address" />
        <Field name="email" type="email" label={t('centers.field.email')} value={values.email} error={errors?.email} autocomplete="email" />
        <Field name="phone" type="tel" label={t('centers.field.phone')} value={values.phone} error={errors?.phone} autocomplete="tel" />
        <Field
          name="hostResponseDays"
          type="number"
          label={t('centers.field.hostResponseDays')}
          hint={t('centers.field.hostResponseDaysHint')}
          value={values.hostResponseDays ?? '5'}
          error={errors?.hostResponseDays}
          required
          min={1}
          max={30}
        />
        <p class="toolbar">
          <button type="submit">{t('form.save')}</button>
          <a href={cancel}>{t('form.cancel')}</a>
        </p>
      </PostForm>
    </>
  );
}
