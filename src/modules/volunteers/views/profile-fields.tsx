import type { FieldErrors } from '../../../platform/validation.js';
import { Checkbox, CheckboxGroup, RadioGroup } from '../../../ui/choice-fields.js';
import { Field, SelectField, TextAreaField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { PlaceField } from '../../../ui/place-field.js';
import { alertFrequencies, consentTextVersion, groupPreferences, languageCodes } from '../choices.js';
import { listOf, type ProfileFormValues, textOf } from '../form-state.js';
import type { ListChoice } from '../repo.js';
import { AvailabilityGrid } from './availability-grid.js';

export type ProfileFieldsProps = {
  values: ProfileFormValues;
  errors?: FieldErrors;
  causes: ListChoice[];
  skills: ListChoice[];
  /** 'own': the volunteer's own form (informal, e-mail from the account); 'staff': a walk-in's form. */
  mode: 'own' | 'staff';
};

/** The fields of a volunteer profile, shared by the volunteer's own form and the staff form. */
export function ProfileFields(props: ProfileFieldsProps) {
  const { t, locale } = usePage();
  const { errors, mode } = props;
  const v = textOf(props.values);
  const nameOf = (c: ListChoice) => (locale === 'en' ? c.nameEn : c.nameHu);
  const own = mode === 'own';
  return (
    <>
      <fieldset>
        <legend>{t('volunteers.section.person')}</legend>
        <Field
          name="familyName"
          label={t('volunteers.field.familyName')}
          value={v.familyName}
          error={errors?.familyName}
          required
          maxLength={100}
          autocomplete={own ? 'family-name' : 'off'}
        />
        <Field
          name="givenName"
          label={t('volunteers.field.givenName')}
          value={v.givenName}
          error={errors?.givenName}
          required
          maxLength={100}
          autocomplete={own ? 'given-name' : 'off'}
        />
        <Field
          name="birthDate"
          type="date"
          label={t('volunteers.field.birthDate')}
          hint={t(own ? 'volunteers.field.birthDateHintOwn' : 'volunteers.field.birthDateHint')}
          value={v.birthDate}
          error={errors?.birthDate}
          required
          autocomplete={own ? 'bday' : 'off'}
        />
        {!own && (
          <Field
            name="email"
            type="email"
            label={t('volunteers.field.email')}
            hint={t('volunteers.field.emailStaffHint')}
            value={v.email}
            error={errors?.email}
            autocomplete="off"
          />
        )}
        <Field name="phone" type="tel" label={t('volunteers.field.phone')} value={v.phone} error={errors?.phone} autocomplete={own ? 'tel' : 'off'} />
      </fieldset>

      <fieldset>
        <legend>{t(own ? 'volunteers.section.where' : 'volunteers.section.whereStaff')}</legend>
        <PlaceField name="homePlace" label={t('volunteers.field.homePlace')} value={v.homePlace} error={errors?.homePlace} required />
        <Field
          name="travelRadiusKm"
          type="number"
          label={t('volunteers.field.travelRadiusKm')}
          hint={t(own ? 'volunteers.field.travelRadiusHintOwn' : 'volunteers.field.travelRadiusHint')}
          value={v.travelRadiusKm}
          error={errors?.travelRadiusKm}
        />
        <Checkbox
          name="remoteOnly"
          label={t(own ? 'volunteers.field.remoteOnlyOwn' : 'volunteers.field.remoteOnly')}
          checked={v.remoteOnly === 'on'}
          error={errors?.remoteOnly}
        />
      </fieldset>

      <CheckboxGroup
        name="causes"
        legend={t(own ? 'volunteers.field.causesOwn' : 'volunteers.field.causes')}
        options={props.causes.map((c) => ({ value: c.slug, label: nameOf(c) }))}
        values={listOf(props.values, 'causes')}
        error={errors?.causes}
      />
      <CheckboxGroup
        name="skills"
        legend={t(own ? 'volunteers.field.skillsOwn' : 'volunteers.field.skills')}
        options={props.skills.map((s) => ({ value: s.slug, label: nameOf(s) }))}
        values={listOf(props.values, 'skills')}
        error={errors?.skills}
      />
      <CheckboxGroup
        name="languages"
        legend={t(own ? 'volunteers.field.languagesOwn' : 'volunteers.field.languages')}
        options={languageCodes.map((code) => ({ value: code, label: t(`volunteers.language.${code}`) }))}
        values={listOf(props.values, 'languages')}
        error={errors?.languages}
      />
      <AvailabilityGrid
        legend={t(own ? 'volunteers.field.availabilityOwn' : 'volunteers.field.availability')}
        values={listOf(props.values, 'availability')}
        error={errors?.availability}
      />
      <RadioGroup
        name="groupPreference"
        legend={t(own ? 'volunteers.field.groupPreferenceOwn' : 'volunteers.field.groupPreference')}
        options={groupPreferences.map((g) => ({ value: g, label: t(`volunteers.group.${g}`) }))}
        value={v.groupPreference}
        error={errors?.groupPreference}
        required
      />
      <TextAreaField
        name="accessibilityNeeds"
        label={t(own ? 'volunteers.field.accessibilityOwn' : 'volunteers.field.accessibility')}
        value={v.accessibilityNeeds}
        error={errors?.accessibilityNeeds}
        maxLength={500}
      />
      <TextAreaField
        name="bio"
        label={t(own ? 'volunteers.field.bioOwn' : 'volunteers.field.bio')}
        hint={t('volunteers.field.bioHint')}
        value={v.bio}
        error={errors?.bio}
        maxLength={1000}
      />
      <SelectField
        name="alertFrequency"
        label={t(own ? 'volunteers.field.alertFrequencyOwn' : 'volunteers.field.alertFrequency')}
        options={alertFrequencies.map((f) => ({ value: f, label: t(`volunteers.alert.${f}`) }))}
        value={v.alertFrequency}
        error={errors?.alertFrequency}
        required
      />

      <fieldset>
        <legend>{t('volunteers.section.guardian')}</legend>
        <p class="hint">{t(own ? 'volunteers.guardian.hintOwn' : 'volunteers.guardian.hint')}</p>
        <Field
          name="guardianName"
          label={t('volunteers.field.guardianName')}
          value={v.guardianName}
          error={errors?.guardianName}
          maxLength={200}
          autocomplete="off"
        />
        <Field
          name="guardianEmail"
          type="email"
          label={t('volunteers.field.guardianEmail')}
          value={v.guardianEmail}
          error={errors?.guardianEmail}
          autocomplete="off"
        />
        <Field
          name="guardianPhone"
          type="tel"
          label={t('volunteers.field.guardianPhone')}
          value={v.guardianPhone}
          error={errors?.guardianPhone}
          autocomplete="off"
        />
      </fieldset>

      <fieldset>
        <legend>{t('volunteers.section.consents')}</legend>
        <p class="hint">{t(own ? 'volunteers.consent.introOwn' : 'volunteers.consent.introStaff', { version: consentTextVersion })}</p>
        <Checkbox
          name="consentDataProcessing"
          label={t('volunteers.consent.data_processing')}
          checked={v.consentDataProcessing === 'on'}
          error={errors?.consentDataProcessing}
          required
        />
        <Checkbox name="consentContact" label={t('volunteers.consent.contact')} checked={v.consentContact === 'on'} error={errors?.consentContact} />
        <Checkbox
          name="consentNewsletter"
          label={t('volunteers.consent.newsletter')}
          checked={v.consentNewsletter === 'on'}
          error={errors?.consentNewsletter}
        />
      </fieldset>
    </>
  );
}
