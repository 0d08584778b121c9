import type { FieldErrors } from '../../../platform/validation.js';
import { PostForm, TextAreaField, useRecordField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { vetDecisions } from '../status-rules.js';

/**
 * The center's decision on one submitted opportunity. Field ids carry the opportunity id, so several
 * forms can sit on the vetting queue page without clashing.
 */
export function VetForm(props: { opportunityId: string; errors?: FieldErrors; values?: Record<string, string> }) {
  const { t } = usePage();
  const suffix = props.opportunityId.slice(0, 8);
  const decisionError = props.errors?.decision;
  useRecordField('decision', `f-decision-${suffix}-${vetDecisions[0]}`, t('opportunities.vet.decision'));
  return (
    <PostForm action={`/opportunities/${props.opportunityId}/vet`} class="vet-form">
      <fieldset class={`choice-group${decisionError ? ' field-invalid' : ''}`}>
        <legend>{t('opportunities.vet.decision')}</legend>
        {decisionError && (
          <p class="field-error" id={`f-decision-${suffix}-error`}>
            {t(decisionError.key, decisionError.params)}
          </p>
        )}
        {vetDecisions.map((d) => (
          <div class="choice">
            <input type="radio" id={`f-decision-${suffix}-${d}`} name="decision" value={d} checked={props.values?.decision === d} />{' '}
            <label for={`f-decision-${suffix}-${d}`}>{t(`opportunities.vet.${d}`)}</label>
          </div>
        ))}
      </fieldset>
      <TextAreaField
        name="reason"
        label={t('opportunities.vet.reason')}
        hint={t('opportunities.vet.reasonHint')}
        value={props.values?.reason}
        error={props.errors?.reason}
        maxLength={1000}
        rows={3}
      />
      <p>
        <button type="submit">{t('opportunities.vet.submit')}</button>
      </p>
    </PostForm>
  );
}
