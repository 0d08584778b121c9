import type { FieldErrors } from '../../../platform/validation.js';
import { Checkbox, RadioGroup } from '../../../ui/choice-fields.js';
import { ErrorSummary, Field, SelectField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { RelatedArticle } from '../../knowledge/views/related-article.js';
import { type abroadNotAllowed, type ContractRequirement, mandatoryContractContent } from '../contract-requirement.js';
import { ageGroups, exemptionChoices, maxPlannedDays } from '../schema.js';
import { RequirementReasons } from './requirement-reasons.js';

export type ContractCheckAnswer = { requirement: ContractRequirement; abroadBan: ReturnType<typeof abroadNotAllowed> };

/**
 * The contract calculator: a plain GET form (bookmarkable, no JavaScript, no CSRF), the answer with
 * every trigger and its citation, and the mandatory content of Köt. 6. § (1). Formal "Ön".
 */
export function ContractCheckPage(props: { values: Record<string, string>; errors?: FieldErrors; answer?: ContractCheckAnswer }) {
  const { t } = usePage();
  const { values, errors = {}, answer } = props;
  const ticked = (name: string) => values[name] === 'on';
  return (
    <>
      <h1>{t('law.check.title')}</h1>
      <p class="lead">{t('law.check.intro')}</p>
      <RelatedArticle slug="mikor-kell-irasos-onkentes-szerzodes" label="knowledge.related.contract" />
      <form method="get" action="/law/contract-check" aria-label={t('law.check.formLabel')} novalidate>
        <ErrorSummary errors={errors} />
        <RadioGroup
          name="term"
          legend={t('law.check.field.term')}
          required
          value={values.term}
          error={errors.term}
          options={[
            { value: 'fixed', label: t('law.check.term.fixed') },
            { value: 'indefinite', label: t('law.check.term.indefinite') },
          ]}
        />
        <Field
          name="days"
          type="number"
          min={1}
          max={maxPlannedDays}
          label={t('law.check.field.days')}
          hint={t('law.check.field.daysHint')}
          value={values.days}
          error={errors.days}
        />
        <RadioGroup
          name="ageGroup"
          legend={t('law.check.field.ageGroup')}
          required
          value={values.ageGroup}
          error={errors.ageGroup}
          options={ageGroups.map((g) => ({ value: g, label: t(`law.check.age.${g}`) }))}
        />
        <Checkbox name="limitedCapacity" label={t('law.check.field.limitedCapacity')} checked={ticked('limitedCapacity')} error={errors.limitedCapacity} />
        <Checkbox name="benefit" label={t('law.check.field.benefit')} checked={ticked('benefit')} error={errors.benefit} />
        <Checkbox name="construction" label={t('law.check.field.construction')} checked={ticked('construction')} error={errors.construction} />
        <Checkbox name="abroad" label={t('law.check.field.abroad')} checked={ticked('abroad')} error={errors.abroad} />
        <Checkbox name="nonEea" label={t('law.check.field.nonEea')} checked={ticked('nonEea')} error={errors.nonEea} />
        <SelectField
          name="nonEeaExemption"
          label={t('law.check.field.nonEeaExemption')}
          value={values.nonEeaExemption}
          error={errors.nonEeaExemption}
          options={exemptionChoices.map((c) => ({ value: c, label: t(`law.check.exemption.${c}`) }))}
        />
        <Checkbox
          name="restrictedTermination"
          label={t('law.check.field.restrictedTermination')}
          checked={ticked('restrictedTermination')}
          error={errors.restrictedTermination}
        />
        <Checkbox name="volunteerAsks" label={t('law.check.field.volunteerAsks')} checked={ticked('volunteerAsks')} error={errors.volunteerAsks} />
        <Checkbox name="otherLaw" label={t('law.check.field.otherLaw')} checked={ticked('otherLaw')} error={errors.otherLaw} />
        <p>
          <button type="submit">{t('law.check.submit')}</button>
        </p>
      </form>
      {answer && <ContractCheckResult answer={answer} />}
      <section aria-labelledby="mandatory-content">
        <h2 id="mandatory-content">{t('law.check.contentTitle')}</h2>
        <p>{t('law.check.contentIntro')}</p>
        <ol type="a">
          {mandatoryContractContent.map((c) => (
            <li>
              {t(`law.content.${c.code}`)} ({c.section})
            </li>
          ))}
        </ol>
        <p class="hint">{t('law.check.source')}</p>
      </section>
    </>
  );
}

function ContractCheckResult(props: { answer: ContractCheckAnswer }) {
  const { t } = usePage();
  const { requirement, abroadBan } = props.answer;
  return (
    <section aria-labelledby="contract-check-result" class="result" id="result">
      <h2 id="contract-check-result">{t('law.check.resultTitle')}</h2>
      <RequirementReasons
        requirement={requirement}
        abroadBan={abroadBan != null}
        requiredText={t('law.check.required')}
        notRequiredText={t('law.check.notRequired')}
      />
    </section>
  );
}
