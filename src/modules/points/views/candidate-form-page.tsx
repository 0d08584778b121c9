import type { FieldErrors } from '../../../platform/validation.js';
import { ErrorSummary, Field, PostForm, SelectField, TextAreaField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { PlaceField } from '../../../ui/place-field.js';
import { hostKinds } from '../lifecycle-rules.js';

/** Scouting a candidate point: the host institution, its settlement and contact, and notes. */
export function CandidateFormPage(props: { center: { id: string; name: string; county: string }; values: Record<string, string>; errors?: FieldErrors }) {
  const { t } = usePage();
  const { values: v, errors: e } = props;
  return (
    <>
      <p class="breadcrumb">
        <a href={`/admin/centers/${props.center.id}`}>{props.center.name}</a> ›{' '}
        <a href={`/admin/centers/${props.center.id}/points/coverage`}>{t('points.coverage.title')}</a>
      </p>
      <h1>{t('points.candidate.title')}</h1>
      <p>{t('points.candidate.intro')}</p>
      <ErrorSummary errors={e} />
      <PostForm action={`/admin/centers/${props.center.id}/points/candidates`}>
        <Field name="name" label={t('points.field.name')} required maxLength={200} value={v.name} error={e?.name} />
        <Field name="hostInstitution" label={t('points.field.hostInstitution')} required maxLength={200} value={v.hostInstitution} error={e?.hostInstitution} />
        <SelectField
          name="hostKind"
          label={t('points.field.hostKind')}
          required
          value={v.hostKind}
          error={e?.hostKind}
          emptyLabel={t('points.field.hostKindChoose')}
          options={hostKinds.map((k) => ({ value: k, label: t(`points.hostKind.${k}`) }))}
        />
        <PlaceField
          name="place"
          label={t('points.field.place')}
          required
          value={v.place}
          error={e?.place}
          hint={t('points.field.placeHint', { county: props.center.county })}
        />
        <Field name="address" label={t('points.field.address')} maxLength={300} value={v.address} error={e?.address} />
        <Field name="contactName" label={t('points.field.contactName')} maxLength={200} value={v.contactName} error={e?.contactName} />
        <Field name="email" type="email" label={t('points.field.email')} maxLength={254} value={v.email} error={e?.email} />
        <Field name="phone" type="tel" label={t('points.field.phone')} maxLength={40} value={v.phone} error={e?.phone} />
        <TextAreaField name="notes" label={t('points.field.notes')} rows={4} maxLength={5000} value={v.notes} error={e?.notes} />
        <p>
          <button type="submit">{t('points.candidate.save')}</button>
        </p>
      </PostForm>
    </>
  );
}
