import type { FieldErrors } from '../../../platform/validation.js';
import { ErrorSummary, PostForm, TextAreaField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { type EligibilityCode, overridableCodes } from '../../volunteer-law/eligibility.js';
import type { RefusalReason } from '../errors.js';
import { refusalText } from './refusal-text.js';

export type ReferralRefusal = {
  opportunityId: string;
  volunteerId: string;
  stage: string;
  reasons: RefusalReason[];
  values?: Record<string, string>;
  errors?: FieldErrors;
};

const overridable = (r: RefusalReason) => overridableCodes.has(r.code as EligibilityCode);

/**
 * The referral a coordinator tried, refused: why (the same reasons as the volunteer and matching
 * see), and, when every reason is the host's own requirement, the override with a written reason.
 * The law's rules are listed apart and cannot be overridden (the service enforces it too).
 */
export function ReferralRefusedPage(props: ReferralRefusal) {
  const { t, locale } = usePage();
  const text = (r: RefusalReason) => refusalText(t, locale, r, 'staff');
  const law = props.reasons.filter((r) => !overridable(r));
  const host = props.reasons.filter(overridable);
  const values = props.values ?? {};
  return (
    <>
      <h1>{t('placements.referral.title')}</h1>
      <ErrorSummary errors={props.errors} />
      <p>{t('placements.referral.lead')}</p>
      {host.length > 0 && (
        <ul class="reasons">
          {host.map((r) => (
            <li>{text(r)}</li>
          ))}
        </ul>
      )}
      {law.length > 0 ? (
        <section aria-labelledby="referral-law">
          <h2 id="referral-law">{t('placements.referral.lawTitle')}</h2>
          <ul class="reasons">
            {law.map((r) => (
              <li>{text(r)}</li>
            ))}
          </ul>
          <p>{t('placements.referral.lawLead')}</p>
        </section>
      ) : (
        <PostForm action={`/opportunities/${props.opportunityId}/refer`}>
          <input type="hidden" name="volunteerId" value={props.volunteerId} />
          <input type="hidden" name="stage" value={props.stage} />
          <p class="hint">{t('placements.referral.overrideHint')}</p>
          <div class="choice">
            <input type="checkbox" id="f-override" name="override" value="on" checked={values.override === 'on'} />{' '}
            <label for="f-override">{t('placements.referral.override')}</label>
          </div>
          <TextAreaField
            name="overrideReason"
            label={t('placements.referral.overrideReason')}
            value={values.overrideReason}
            error={props.errors?.overrideReason}
            maxLength={1000}
            rows={3}
          />
          <button type="submit" class="button">
            {t('placements.referral.submit')}
          </button>
        </PostForm>
      )}
      <p>
        <a href={`/opportunities/${props.opportunityId}/candidates`}>{t('placements.referral.back')}</a>
      </p>
    </>
  );
}
