import { benefitTypes } from '../../../db/schema/benefits.js';
import type { FieldErrors } from '../../../platform/validation.js';
import { Checkbox } from '../../../ui/choice-fields.js';
import { Field, PostForm, SelectField, TextAreaField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import type { RewardCapStatus } from '../cap-status.js';
import { NearCapWarning } from './cap-status-panel.js';

type Props = { applicationId: string; today: string; values: Record<string, string>; errors?: FieldErrors; cap: RewardCapStatus | null };

/** The record form ("Ön" to the organization): type, date, whole forints, description, reimbursement or in kind. */
export function RecordBenefitForm({ applicationId, today, values, errors, cap }: Props) {
  const { t } = usePage();
  return (
    <section aria-labelledby="record-benefit">
      <h2 id="record-benefit">{t('benefits.form.title')}</h2>
      <p>{t('benefits.form.intro')}</p>
      {cap && <NearCapWarning cap={cap} />}
      <PostForm action={`/applications/${applicationId}/benefits`}>
        <SelectField
          name="type"
          label={t('benefits.field.type')}
          options={benefitTypes.map((type) => ({ value: type, label: t(`benefits.type.${type}`) }))}
          value={values.type}
          error={errors?.type}
          required
        />
        <Field name="givenOn" type="date" label={t('benefits.field.givenOn')} value={values.givenOn ?? today} error={errors?.givenOn} required />
        <Field
          name="amount"
          label={t('benefits.field.amount')}
          hint={t('benefits.form.amountHint')}
          value={values.amount}
          error={errors?.amount}
          inputAttrs={{ inputMode: 'numeric' }}
          maxLength={20}
          required
        />
        <TextAreaField
          rows={2}
          name="description"
          label={t('benefits.field.description')}
          hint={t('benefits.form.descriptionHint')}
          value={values.description}
          error={errors?.description}
          maxLength={500}
        />
        <Checkbox name="reimbursement" label={t('benefits.form.reimbursement')} checked={values.reimbursement === 'on'} error={errors?.reimbursement} />
        <button class="button" type="submit">
          {t('benefits.form.submit')}
        </button>
      </PostForm>
    </section>
  );
}
