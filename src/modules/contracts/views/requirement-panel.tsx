import { Checkbox } from '../../../ui/choice-fields.js';
import { SelectField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import type { ContractFacts, ContractRequirement } from '../../volunteer-law/contract-requirement.js';
import { RequirementReasons } from '../../volunteer-law/views/requirement-reasons.js';
import type { ContractAnswers } from '../placement-facts.js';
import { exemptionChoices } from '../schema.js';

/** Why the contract must (or need not) be written: volunteer-law's list, worded for the placement. */
export function PlacementRequirementReasons({ requirement, abroadBan }: { requirement: ContractRequirement; abroadBan: boolean }) {
  const { t } = usePage();
  return (
    <RequirementReasons
      requirement={requirement}
      abroadBan={abroadBan}
      requiredText={t('contracts.requirement.required')}
      notRequiredText={t('contracts.requirement.notRequired')}
    />
  );
}

/** The facts Kapocs derived from the placement's data, said in words. */
export function DerivedFacts({ facts, age, ledgerTypes }: { facts: ContractFacts; age: number | null; ledgerTypes: readonly string[] }) {
  const { t } = usePage();
  return (
    <ul>
      <li>{facts.term.kind === 'indefinite' ? t('contracts.facts.indefinite') : t('contracts.facts.days', { count: facts.term.days })}</li>
      <li>{age === null ? t('contracts.facts.ageUnknown') : t('contracts.facts.age', { age })}</li>
      <li>
        {ledgerTypes.length
          ? t('contracts.facts.ledger', { types: ledgerTypes.map((type) => t(`benefits.type.${type as 'travel'}`)).join(', ') })
          : t('contracts.facts.ledgerEmpty')}
      </li>
    </ul>
  );
}

/** The facts Kapocs has no data for: a GET form, so the calculation is redone without saving anything. */
export function AnswersForm({ action, answers, term }: { action: string; answers: ContractAnswers; term: { startsOn: string; endsOn: string } }) {
  const { t } = usePage();
  return (
    <form method="get" action={action} aria-label={t('contracts.answers.formLabel')} novalidate>
      <input type="hidden" name="startsOn" value={term.startsOn} />
      <input type="hidden" name="endsOn" value={term.endsOn} />
      <fieldset>
        <legend>{t('contracts.answers.legend')}</legend>
        <Checkbox name="plannedBenefit" label={t('contracts.answers.plannedBenefit')} checked={answers.plannedBenefit} />
        <Checkbox name="construction" label={t('law.check.field.construction')} checked={answers.construction} />
        <Checkbox name="abroad" label={t('law.check.field.abroad')} checked={answers.abroad} />
        <Checkbox name="nonEea" label={t('law.check.field.nonEea')} checked={answers.nonEea} />
        <SelectField
          name="nonEeaExemption"
          label={t('law.check.field.nonEeaExemption')}
          value={answers.nonEeaExemption ?? 'none'}
          options={exemptionChoices.map((c) => ({ value: c, label: t(`law.check.exemption.${c}`) }))}
        />
        <Checkbox name="restrictedTermination" label={t('law.check.field.restrictedTermination')} checked={answers.restrictedTermination} />
        <Checkbox name="volunteerAsks" label={t('law.check.field.volunteerAsks')} checked={answers.volunteerAsks} />
        <Checkbox name="otherLaw" label={t('law.check.field.otherLaw')} checked={answers.otherLaw} />
      </fieldset>
      <p>
        <button type="submit" class="button button-secondary">
          {t('contracts.answers.submit')}
        </button>
      </p>
    </form>
  );
}
