import { formatPersonName } from '../../../platform/i18n.js';
import type { FieldErrors } from '../../../platform/validation.js';
import { Checkbox } from '../../../ui/choice-fields.js';
import { ErrorSummary, PostForm, TextAreaField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { formatFt } from '../amount-text.js';
import type { BenefitRecord, Placement } from '../repo.js';
import { dayText } from './ledger-text.js';

type Props = { benefit: BenefitRecord; placement: Placement; values?: Record<string, string>; errors?: FieldErrors };

/** The organization confirms a correction ("Ön"): the reason is required; the entry stays in the register as deleted. */
export function DeleteBenefitPage({ benefit, placement, values = {}, errors }: Props) {
  const { t, locale } = usePage();
  const back = `/applications/${placement.id}/benefits`;
  return (
    <>
      <h1>{t('benefits.delete.title')}</h1>
      <ErrorSummary errors={errors} />
      <dl class="details">
        <dt>{t('benefits.field.volunteer')}</dt>
        <dd>{formatPersonName(placement.volunteerFamilyName, placement.volunteerGivenName)}</dd>
        <dt>{t('benefits.field.givenOn')}</dt>
        <dd>{dayText(locale, benefit.givenOn)}</dd>
        <dt>{t('benefits.field.type')}</dt>
        <dd>{t(`benefits.type.${benefit.type}`)}</dd>
        <dt>{t('benefits.field.amount')}</dt>
        <dd>{formatFt(benefit.amountHuf)}</dd>
        <dt>{t('benefits.field.description')}</dt>
        <dd>{benefit.description ?? '–'}</dd>
      </dl>
      {benefit.deletedAt ? (
        <p>
          {t('benefits.error.alreadyDeleted')} <a href={back}>{t('benefits.title')}</a>
        </p>
      ) : (
        <>
          <p>{t('benefits.delete.intro')}</p>
          <PostForm action={`/benefits/${benefit.id}/delete`}>
            <TextAreaField
              rows={3}
              name="reason"
              label={t('benefits.delete.reason')}
              hint={t('benefits.delete.reasonHint')}
              value={values.reason}
              error={errors?.reason}
              maxLength={1000}
              required
            />
            <Checkbox name="confirm" label={t('benefits.delete.confirm')} error={errors?.confirm} required />
            <button class="button" type="submit">
              {t('benefits.delete.submit')}
            </button>{' '}
            <a href={back}>{t('benefits.action.cancel')}</a>
          </PostForm>
        </>
      )}
    </>
  );
}
