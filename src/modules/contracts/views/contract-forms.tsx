import { formatPersonName } from '../../../platform/i18n.js';
import type { FieldErrors } from '../../../platform/validation.js';
import { Checkbox } from '../../../ui/choice-fields.js';
import { ErrorSummary, Field, PostForm, TextAreaField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import type { ContractRecord } from '../repo.js';
import { contentTextMax, nameMax, placeTextMax } from '../schema.js';
import { snapshotOf } from '../snapshot.js';

export type FormState = { values?: Record<string, string>; errors?: FieldErrors };

/** The organization generates the draft from the prefilled Köt. 6. § (1) content ("Ön"); the answers ride along as hidden fields. */
export function GenerateForm(props: { applicationId: string; values: Record<string, string>; hidden: Record<string, string>; errors?: FieldErrors }) {
  const { t } = usePage();
  const { values, errors } = props;
  return (
    <PostForm action={`/applications/${props.applicationId}/contract`} id="generate-contract">
      <ErrorSummary errors={errors} />
      {Object.entries(props.hidden).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
      <TextAreaField
        name="activity"
        rows={4}
        label={t('contracts.field.activity')}
        value={values.activity}
        error={errors?.activity}
        maxLength={contentTextMax}
        required
      />
      <Field name="place" label={t('contracts.field.place')} value={values.place} error={errors?.place} maxLength={placeTextMax} required />
      <TextAreaField
        name="timeAndRest"
        rows={3}
        label={t('contracts.field.timeAndRest')}
        value={values.timeAndRest}
        error={errors?.timeAndRest}
        maxLength={contentTextMax}
        required
      />
      <TextAreaField
        name="benefits"
        rows={2}
        label={t('contracts.field.benefits')}
        value={values.benefits}
        error={errors?.benefits}
        maxLength={contentTextMax}
        required
      />
      <TextAreaField
        name="benefitsOnEnd"
        rows={2}
        label={t('contracts.field.benefitsOnEnd')}
        value={values.benefitsOnEnd}
        error={errors?.benefitsOnEnd}
        maxLength={contentTextMax}
        required
      />
      <Field name="startsOn" type="date" label={t('contracts.field.startsOn')} value={values.startsOn} error={errors?.startsOn} required />
      <Field
        name="endsOn"
        type="date"
        label={t('contracts.field.endsOn')}
        hint={t('contracts.field.endsOnHint')}
        value={values.endsOn}
        error={errors?.endsOn}
      />
      <button class="button" type="submit">
        {t('contracts.generate.submit')}
      </button>
    </PostForm>
  );
}

/** Recording the signature of a draft; the legal representative's name is required for a minor (HUNGARY.md §1.6). */
export function SignForm({ contract, state, today }: { contract: ContractRecord; state: FormState; today: string }) {
  const { t } = usePage();
  const s = snapshotOf(contract);
  const values: Record<string, string | undefined> = {
    signedOn: today,
    volunteerSignatory: formatPersonName(s.volunteer.familyName, s.volunteer.givenName),
    guardianSignatory: s.guardian?.name ?? '',
    ...state.values,
  };
  const errors = state.errors;
  return (
    <PostForm action={`/contracts/${contract.id}/sign`} id="sign-contract">
      <ErrorSummary errors={errors} />
      <Field name="signedOn" type="date" label={t('contracts.field.signedOn')} value={values.signedOn} error={errors?.signedOn} required />
      <Field
        name="organizationSignatory"
        label={t('contracts.field.organizationSignatory')}
        value={values.organizationSignatory}
        error={errors?.organizationSignatory}
        maxLength={nameMax}
        required
      />
      <Field
        name="volunteerSignatory"
        label={t('contracts.field.volunteerSignatory')}
        hint={s.signing === 'representative_for_child' ? t('contracts.field.volunteerChildHint') : undefined}
        value={values.volunteerSignatory}
        error={errors?.volunteerSignatory}
        maxLength={nameMax}
        required
      />
      {contract.guardianRequired && (
        <Field
          name="guardianSignatory"
          label={t('contracts.field.guardianSignatory')}
          hint={t('contracts.field.guardianHint')}
          value={values.guardianSignatory}
          error={errors?.guardianSignatory}
          maxLength={nameMax}
          required
        />
      )}
      <button class="button" type="submit">
        {t('contracts.sign.submit')}
      </button>
    </PostForm>
  );
}

/** Voiding needs a reason and a ticked confirmation (destructive, works without JavaScript). */
export function VoidForm({ contract, state }: { contract: ContractRecord; state: FormState }) {
  const { t } = usePage();
  const errors = state.errors;
  return (
    <PostForm action={`/contracts/${contract.id}/void`} id="void-contract">
      <ErrorSummary errors={errors} />
      <TextAreaField
        name="reason"
        rows={2}
        label={t('contracts.field.voidReason')}
        value={state.values?.reason}
        error={errors?.reason}
        maxLength={1000}
        required
      />
      <Checkbox name="confirm" label={t('contracts.void.confirm')} error={errors?.confirm} required />
      <button class="button button-secondary" type="submit">
        {t('contracts.void.submit')}
      </button>
    </PostForm>
  );
}
