import type { FieldErrors } from '../../../platform/validation.js';
import { ErrorSummary, Field, PostForm } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { PlaceField } from '../../../ui/place-field.js';

type PointFormProps = {
  center: { id: string; name: string; county: string };
  /** Undefined for a new point. */
  pointId?: string;
  values: Record<string, string>;
  errors?: FieldErrors;
};

/** Create and edit form: fields `name`, `place`, `address`, `email`, `phone`. */
export function PointFormPage(props: PointFormProps) {
  const { t } = usePage();
  const { values, errors, center } = props;
  const editing = props.pointId !== undefined;
  return (
    <>
      <p class="breadcrumb">
        <a href="/admin">{t('nav.admin')}</a> › <a href={`/admin/centers/${center.id}`}>{center.name}</a>
      </p>
      <h1>{editing ? t('points.edit.title') : t('points.new.title')}</h1>
      <ErrorSummary errors={errors} />
      <PostForm action={editing ? `/admin/points/${props.pointId}` : `/admin/centers/${center.id}/points`}>
        <Field name="name" label={t('points.field.name')} value={values.name} error={errors?.name} required maxLength={200} />
        <PlaceField
          name="place"
          label={t('points.field.place')}
          hint={t('points.field.placeHint', { county: center.county })}
          value={values.place}
          error={errors?.place}
          required
        />
        <Field name="address" label={t('points.field.address')} value={values.address} error={errors?.address} maxLength={300} autocomplete="street-address" />
        <Field name="email" type="email" label={t('points.field.email')} value={values.email} error={errors?.email} autocomplete="email" />
        <Field name="phone" type="tel" label={t('points.field.phone')} value={values.phone} error={errors?.phone} autocomplete="tel" />
        <p class="toolbar">
          <button type="submit">{t('form.save')}</button>
          <a href={editing ? `/admin/points/${props.pointId}` : `/admin/centers/${center.id}`}>{t('form.cancel')}</a>
        </p>
      </PostForm>
    </>
  );
}
