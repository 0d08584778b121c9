import type { FieldErrors } from '../../../platform/validation.js';
import { ErrorSummary, Field, PostForm, SelectField, SummaryTarget } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { PlaceField } from '../../../ui/place-field.js';
import { hostTypes } from '../host-types.js';
import type { RegistrationChoices } from '../registration-service.js';

type OrganizationFormProps = {
  choices: RegistrationChoices;
  values: Record<string, string>;
  causes: string[];
  errors?: FieldErrors;
  /** Present when editing. */
  organization?: { id: string; name: string; status: string; statusReason: string | null };
};

/**
 * Registration and edit form. Fields: name, hostType, taxNumber, kotRegistrationNumber, place,
 * pointId, address, email, phone, website, causes, description.
 */
export function OrganizationFormPage(props: OrganizationFormProps) {
  const { t, locale } = usePage();
  const { values, errors, organization } = props;
  const action = organization ? `/organizations/${organization.id}` : '/organizations/register';
  const causeError = errors?.causes;
  return (
    <>
      <p class="breadcrumb">
        <a href="/my/organizations">{t('organizations.my.title')}</a>
        {organization && (
          <>
            {' › '}
            <a href={`/organizations/${organization.id}`}>{organization.name}</a>
          </>
        )}
      </p>
      <h1>{organization ? t('organizations.edit.title') : t('organizations.register.title')}</h1>
      {!organization && <p class="lead">{t('organizations.register.intro')}</p>}
      {organization?.status === 'approved' && (
        <p class="privacy-summary" role="note">
          {t('organizations.edit.legalWarning')}
        </p>
      )}
      {organization?.status === 'needs_changes' && (
        <p class="privacy-summary" role="note">
          {t('organizations.edit.needsChanges', { reason: organization.statusReason ?? '' })}
        </p>
      )}
      <ErrorSummary errors={errors} />
      <PostForm action={action}>
        <Field
          name="name"
          label={t('organizations.field.name')}
          value={values.name}
          error={errors?.name}
          required
          maxLength={200}
          autocomplete="organization"
        />
        <div>
          <SelectField
            name="hostType"
            label={t('organizations.field.hostType')}
            options={hostTypes.map((h) => ({ value: h.code, label: h[locale] }))}
            value={values.hostType}
            error={errors?.hostType}
            emptyLabel=""
            required
          />
          <p class="hint">{t('organizations.field.hostTypeHint')}</p>
        </div>
        <Field
          name="taxNumber"
          label={t('organizations.field.taxNumber')}
          hint={t('organizations.field.taxNumberHint')}
          value={values.taxNumber}
          error={errors?.taxNumber}
          required
          maxLength={30}
          inputAttrs={{ inputMode: 'numeric' }}
        />
        <Field
          name="kotRegistrationNumber"
          label={t('organizations.field.kotRegistrationNumber')}
          hint={t('organizations.field.kotRegistrationNumberHint')}
          value={values.kotRegistrationNumber}
          error={errors?.kotRegistrationNumber}
          maxLength={20}
          inputAttrs={{ inputMode: 'numeric' }}
        />
        <PlaceField
          name="place"
          label={t('organizations.field.place')}
          hint={t('organizations.field.placeHint')}
          value={values.place}
          error={errors?.place}
          required
        />
        <SelectField
          name="pointId"
          label={t('organizations.field.pointId')}
          options={props.choices.points.map((p) => ({ value: p.id, label: `${p.name} – ${p.centerName} (${p.county})` }))}
          value={values.pointId}
          error={errors?.pointId}
          emptyLabel={t('organizations.field.pointNone')}
        />
        <Field
          name="address"
          label={t('organizations.field.address')}
          value={values.address}
          error={errors?.address}
          maxLength={300}
          autocomplete="street-address"
        />
        <Field name="email" type="email" label={t('organizations.field.email')} value={values.email} error={errors?.email} autocomplete="email" />
        <Field name="phone" type="tel" label={t('organizations.field.phone')} value={values.phone} error={errors?.phone} autocomplete="tel" />
        <Field
          name="website"
          type="url"
          label={t('organizations.field.website')}
          hint={t('organizations.field.websiteHint')}
          value={values.website}
          error={errors?.website}
          maxLength={300}
          autocomplete="url"
        />
        <fieldset class={`choice-group${causeError ? ' field-invalid' : ''}`}>
          <legend>{t('organizations.field.causes')}</legend>
          <SummaryTarget name="causes" id="f-causes" label={t('organizations.field.causes')} />
          {causeError && (
            <p class="field-error" id="f-causes-error">
              {t(causeError.key, causeError.params)}
            </p>
          )}
          {props.choices.causes.map((c, i) => {
            const id = i === 0 ? 'f-causes' : `f-causes-${c.slug}`;
            return (
              <div class="choice">
                <input type="checkbox" id={id} name="causes" value={c.slug} checked={props.causes.includes(c.slug)} />{' '}
                <label for={id}>{locale === 'en' ? c.nameEn : c.nameHu}</label>
              </div>
            );
          })}
        </fieldset>
        <div class={`field${errors?.description ? ' field-invalid' : ''}`}>
          <label for="f-description">{t('organizations.field.description')}</label>
          <SummaryTarget name="description" id="f-description" label={t('organizations.field.description')} />
          <p class="hint" id="f-description-hint">
            {t('organizations.field.descriptionHint')}
          </p>
          <textarea
            id="f-description"
            name="description"
            rows={8}
            maxLength={4000}
            aria-invalid={errors?.description ? 'true' : undefined}
            aria-describedby={errors?.description ? 'f-description-hint f-description-error' : 'f-description-hint'}
          >
            {values.description ?? ''}
          </textarea>
          {errors?.description && (
            <p class="field-error" id="f-description-error">
              {t(errors.description.key, errors.description.params)}
            </p>
          )}
        </div>
        <p class="toolbar">
          <button type="submit">{organization ? t('form.save') : t('organizations.register.submit')}</button>
          <a href={organization ? `/organizations/${organization.id}` : '/my/organizations'}>{t('form.cancel')}</a>
        </p>
      </PostForm>
    </>
  );
}
