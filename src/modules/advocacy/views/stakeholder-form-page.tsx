import { formatPersonName } from '../../../platform/i18n.js';
import type { FieldErrors } from '../../../platform/validation.js';
import { ErrorSummary, Field, PostForm, SelectField, TextAreaField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { PlaceField } from '../../../ui/place-field.js';
import type { Choice } from '../../inquiries/choices-repo.js';
import { contactLegalBases, stakeholderKinds } from '../schema.js';
import type { StaffChoice } from '../stakeholders-service.js';
import { AdvocacyFormHeading, legalBasisLabel, stakeholderKindLabel } from './labels.js';

export type StakeholderFormProps = {
  /** The stakeholder being edited; absent for a new one. */
  stakeholder?: { id: string; name: string };
  center: Choice;
  values: Record<string, string>;
  errors?: FieldErrors;
  staff: StaffChoice[];
};

/** GET /advocacy/stakeholders/new and /advocacy/stakeholders/:id/edit: the stakeholder's form. */
export function StakeholderFormPage(props: StakeholderFormProps) {
  const { t } = usePage();
  const v = props.values;
  const e = props.errors;
  const back = props.stakeholder ? `/advocacy/stakeholders/${props.stakeholder.id}` : '/advocacy/stakeholders';
  return (
    <>
      <AdvocacyFormHeading
        list={{ href: '/advocacy/stakeholders', label: t('advocacy.stakeholders.title') }}
        record={props.stakeholder && { href: back, name: props.stakeholder.name }}
        title={props.stakeholder ? t('advocacy.stakeholders.edit') : t('advocacy.stakeholders.new')}
        centerName={props.center.name}
      />
      <ErrorSummary errors={e} />
      <PostForm action={props.stakeholder ? back : '/advocacy/stakeholders'}>
        <input type="hidden" name="centerId" value={props.center.id} />
        <SelectField
          name="kind"
          label={t('advocacy.field.stakeholderKind')}
          options={stakeholderKinds.map((k) => ({ value: k, label: stakeholderKindLabel(t, k) }))}
          value={v.kind}
          error={e?.kind}
          required
        />
        <Field name="name" label={t('advocacy.field.name')} value={v.name} error={e?.name} required maxLength={200} />
        <PlaceField name="place" label={t('advocacy.field.place')} value={v.place} error={e?.place} />
        <SelectField
          name="ownerUserId"
          label={t('advocacy.field.owner')}
          options={props.staff.map((s) => ({ value: s.id, label: formatPersonName(s.familyName, s.givenName) }))}
          value={v.ownerUserId}
          error={e?.ownerUserId}
          emptyLabel={t('advocacy.field.noOwner')}
        />
        <Field name="tags" label={t('advocacy.field.tags')} hint={t('advocacy.field.tagsHint')} value={v.tags} error={e?.tags} maxLength={1000} />
        <TextAreaField name="notes" label={t('advocacy.field.notes')} value={v.notes} error={e?.notes} maxLength={5000} />
        <fieldset>
          <legend>{t('advocacy.contact.legend')}</legend>
          <p class="hint">{t('advocacy.contact.hint')}</p>
          <SelectField
            name="contactLegalBasis"
            label={t('advocacy.field.contactLegalBasis')}
            options={contactLegalBases.map((b) => ({ value: b, label: legalBasisLabel(t, b) }))}
            value={v.contactLegalBasis}
            error={e?.contactLegalBasis}
            emptyLabel={t('advocacy.field.noLegalBasis')}
          />
          <Field name="contactName" label={t('advocacy.field.contactName')} value={v.contactName} error={e?.contactName} maxLength={200} />
          <Field name="contactEmail" type="email" label={t('advocacy.field.contactEmail')} value={v.contactEmail} error={e?.contactEmail} maxLength={254} />
          <Field name="contactPhone" type="tel" label={t('advocacy.field.contactPhone')} value={v.contactPhone} error={e?.contactPhone} maxLength={30} />
        </fieldset>
        <p class="toolbar">
          <button type="submit">{t('form.save')}</button>
          <a href={back}>{t('form.cancel')}</a>
        </p>
      </PostForm>
    </>
  );
}
