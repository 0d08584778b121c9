import type { FieldErrors } from '../../../platform/validation.js';
import { ErrorSummary, Field, PostForm, SelectField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { PlaceField } from '../../../ui/place-field.js';
import { hostTypes } from '../../organizations/host-types.js';

/**
 * GET /inquiries/:inquiryId/organization: the organization that asked, recorded as a lead in one step
 * (prefilled from the inquiry). It waits in the vetting queue until it registers its people and data.
 */
export function LeadPage(props: { inquiryId: string; values: Record<string, string>; errors?: FieldErrors }) {
  const { t, locale } = usePage();
  const { values, errors } = props;
  const back = `/inquiries/${props.inquiryId}`;
  return (
    <>
      <p class="breadcrumb">
        <a href="/inquiries">{t('inquiries.list.title')}</a> › <a href={back}>{t('inquiries.page.documentTitle')}</a>
      </p>
      <h1>{t('inquiries.lead.title')}</h1>
      <p class="lead">{t('inquiries.lead.lead')}</p>
      <ErrorSummary errors={errors} />
      <PostForm action={`/inquiries/${props.inquiryId}/organization`}>
        <Field name="name" label={t('organizations.field.name')} value={values.name} error={errors?.name} required maxLength={200} autocomplete="off" />
        <SelectField
          name="hostType"
          label={t('organizations.field.hostType')}
          hint={t('organizations.field.hostTypeHint')}
          options={hostTypes.map((h) => ({ value: h.code, label: h[locale] }))}
          value={values.hostType}
          error={errors?.hostType}
          emptyLabel={t('inquiries.lead.chooseHostType')}
          required
        />
        <PlaceField name="place" label={t('organizations.field.place')} value={values.place} error={errors?.place} required />
        <Field name="email" type="email" label={t('organizations.field.email')} value={values.email} error={errors?.email} autocomplete="off" />
        <Field name="phone" type="tel" label={t('organizations.field.phone')} value={values.phone} error={errors?.phone} autocomplete="off" />
        <p class="toolbar">
          <button type="submit">{t('inquiries.lead.submit')}</button>
          <a href={back}>{t('form.cancel')}</a>
        </p>
      </PostForm>
    </>
  );
}
