import type { FieldErrors } from '../../../platform/validation.js';
import { Checkbox, CheckboxGroup } from '../../../ui/choice-fields.js';
import { ErrorSummary, Field, PostForm, SelectField, TextAreaField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { PlaceField } from '../../../ui/place-field.js';
import { ikszAreas } from '../../iksz/areas.js';
import { ikszAreaLabel } from '../../programs/views/labels.js';
import { languageCodes } from '../../volunteers/choices.js';
import { type FormValues, opportunityKinds } from '../schema.js';
import type { Choices } from '../service.js';
import { listLabel } from './labels.js';

type Props = {
  organization: { id: string; name: string };
  /** Undefined for a new opportunity. */
  opportunityId?: string;
  choices: Choices;
  values: FormValues;
  errors?: FieldErrors;
};

const text = (v: string | string[] | undefined) => (typeof v === 'string' ? v : '');
const list = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const isOn = (v: string | string[] | undefined) => v === 'on' || v === 'true' || v === '1';

/** The opportunity's fields (without the page around them), shared by the new and the edit page. */
export function OpportunityForm(props: Props) {
  const { t, locale } = usePage();
  const { values, errors, choices } = props;
  const editing = props.opportunityId !== undefined;
  return (
    <>
      <ErrorSummary errors={errors} />
      <PostForm action={editing ? `/opportunities/${props.opportunityId}` : `/organizations/${props.organization.id}/opportunities`}>
        <Field name="title" label={t('opportunities.field.title')} value={text(values.title)} error={errors?.title} required maxLength={200} />
        <TextAreaField
          name="description"
          label={t('opportunities.field.description')}
          value={text(values.description)}
          error={errors?.description}
          required
          maxLength={5000}
          rows={8}
        />
        <SelectField
          name="kind"
          label={t('opportunities.field.kind')}
          value={text(values.kind)}
          error={errors?.kind}
          required
          emptyLabel={t('opportunities.field.kindChoose')}
          options={opportunityKinds.map((k) => ({ value: k, label: t(`opportunities.kind.${k}`) }))}
        />
        <CheckboxGroup
          name="causes"
          legend={t('opportunities.field.causes')}
          values={list(values.causes)}
          error={errors?.causes}
          options={choices.causes.map((c) => ({ value: c.slug, label: listLabel(c, locale) }))}
        />
        <CheckboxGroup
          name="skills"
          legend={t('opportunities.field.skills')}
          values={list(values.skills)}
          error={errors?.skills}
          options={choices.skills.map((s) => ({ value: s.slug, label: listLabel(s, locale) }))}
        />
        <fieldset class="choice-group">
          <legend>{t('opportunities.field.where')}</legend>
          <Checkbox name="remote" label={t('opportunities.field.remote')} checked={isOn(values.remote)} error={errors?.remote} />
          <PlaceField
            name="place"
            label={t('opportunities.field.place')}
            value={text(values.place)}
            error={errors?.place}
            hint={t('opportunities.field.placeHint')}
          />
          <Field
            name="address"
            label={t('opportunities.field.address')}
            value={text(values.address)}
            error={errors?.address}
            maxLength={300}
            autocomplete="street-address"
          />
        </fieldset>
        <fieldset class="choice-group">
          <legend>{t('opportunities.field.requirements')}</legend>
          <Field
            type="number"
            min={10}
            max={99}
            name="minAge"
            label={t('opportunities.field.minAge')}
            hint={t('opportunities.field.minAgeHint')}
            value={text(values.minAge)}
            error={errors?.minAge}
          />
          <TextAreaField
            name="requiredQualifications"
            label={t('opportunities.field.qualifications')}
            hint={t('opportunities.field.qualificationsHint')}
            value={text(values.requiredQualifications)}
            error={errors?.requiredQualifications}
            maxLength={2000}
            rows={3}
          />
          <Checkbox name="requiresConduct" label={t('opportunities.field.requiresConduct')} checked={isOn(values.requiresConduct)} />
          <Checkbox name="requiresHealth" label={t('opportunities.field.requiresHealth')} checked={isOn(values.requiresHealth)} />
          <Checkbox name="groupFriendly" label={t('opportunities.field.groupFriendly')} checked={isOn(values.groupFriendly)} />
        </fieldset>
        <fieldset class="choice-group">
          <legend>{t('programs.opportunityForm.legend')}</legend>
          <Checkbox name="ikszEligible" label={t('programs.opportunityForm.eligible')} checked={isOn(values.ikszEligible)} />
          <CheckboxGroup
            name="ikszAreas"
            legend={t('programs.opportunityForm.areas')}
            hint={t('programs.opportunityForm.areasHint')}
            values={list(values.ikszAreas)}
            error={errors?.ikszAreas}
            options={ikszAreas.map((a) => ({ value: a, label: ikszAreaLabel(t, a) }))}
          />
        </fieldset>
        <CheckboxGroup
          name="languages"
          legend={t('opportunities.field.languages')}
          values={list(values.languages)}
          error={errors?.languages}
          options={languageCodes.map((code) => ({ value: code, label: t(`opportunities.language.${code}`) }))}
        />
        <TextAreaField
          name="accessibilityNotes"
          label={t('opportunities.field.accessibility')}
          value={text(values.accessibilityNotes)}
          error={errors?.accessibilityNotes}
          maxLength={1000}
          rows={3}
        />
        <fieldset class="choice-group">
          <legend>{t('opportunities.field.contact')}</legend>
          <Field
            name="contactName"
            label={t('opportunities.field.contactName')}
            value={text(values.contactName)}
            error={errors?.contactName}
            maxLength={200}
            autocomplete="name"
          />
          <Field
            name="contactEmail"
            type="email"
            label={t('opportunities.field.contactEmail')}
            value={text(values.contactEmail)}
            error={errors?.contactEmail}
            autocomplete="email"
          />
          <Field
            name="contactPhone"
            type="tel"
            label={t('opportunities.field.contactPhone')}
            value={text(values.contactPhone)}
            error={errors?.contactPhone}
            autocomplete="tel"
          />
        </fieldset>
        <p class="toolbar">
          <button type="submit">{t('form.save')}</button>
          <a href={`/organizations/${props.organization.id}/opportunities`}>{t('form.cancel')}</a>
        </p>
      </PostForm>
    </>
  );
}

export function NewOpportunityPage(props: Omit<Props, 'opportunityId'>) {
  const { t } = usePage();
  return (
    <>
      <p class="breadcrumb">
        <a href={`/organizations/${props.organization.id}/opportunities`}>{props.organization.name}</a>
      </p>
      <h1>{t('opportunities.new.title')}</h1>
      <p>{t('opportunities.new.intro')}</p>
      <OpportunityForm {...props} />
    </>
  );
}
