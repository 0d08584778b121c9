import { formatDateTime, formatPersonName } from '../../../platform/i18n.js';
import { ErrorSummary } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { dayText } from '../contract-document.js';
import type { ContractRecord } from '../repo.js';
import { answerValues } from '../schema.js';
import type { ContractPageData } from '../service.js';
import { requirementOf } from '../snapshot.js';
import { type FormState, GenerateForm, SignForm, VoidForm } from './contract-forms.js';
import { AnswersForm, DerivedFacts, PlacementRequirementReasons } from './requirement-panel.js';

export type ContractPageProblem = { form: 'generate' | 'sign' | 'void' } & FormState;

type Props = { data: ContractPageData; today: string; problem?: ContractPageProblem };

const stateOf = (problem: ContractPageProblem | undefined, form: ContractPageProblem['form']): FormState => (problem?.form === form ? problem : {});

function ContractDetails({ contract }: { contract: ContractRecord }) {
  const { t, locale } = usePage();
  return (
    <dl class="details">
      <dt>{t('contracts.field.status')}</dt>
      <dd>{t(`contracts.status.${contract.status as 'draft'}`)}</dd>
      <dt>{t('contracts.field.term')}</dt>
      <dd>
        {contract.endsOn
          ? t('contracts.term.fixed', { from: dayText(locale, contract.startsOn), to: dayText(locale, contract.endsOn) })
          : t('contracts.term.indefinite', { from: dayText(locale, contract.startsOn) })}
      </dd>
      <dt>{t('contracts.field.createdAt')}</dt>
      <dd>{formatDateTime(locale, contract.createdAt)}</dd>
      {contract.signedOn && (
        <>
          <dt>{t('contracts.field.signedOn')}</dt>
          <dd>{dayText(locale, contract.signedOn)}</dd>
          <dt>{t('contracts.field.signatories')}</dt>
          <dd>{[contract.organizationSignatory, contract.volunteerSignatory, contract.guardianSignatory].filter(Boolean).join(', ')}</dd>
        </>
      )}
      {contract.guardianRequired && (
        <>
          <dt>{t('contracts.field.guardian')}</dt>
          <dd>{t('contracts.guardian.required')}</dd>
        </>
      )}
      <dt>{t('contracts.field.pdf')}</dt>
      <dd>
        <a href={`/contracts/${contract.id}/contract.pdf`}>{t('contracts.pdf.download')}</a>
      </dd>
    </dl>
  );
}

function Voided({ contracts }: { contracts: ContractRecord[] }) {
  const { t, locale } = usePage();
  if (contracts.length === 0) return null;
  return (
    <section aria-labelledby="voided-contracts">
      <h2 id="voided-contracts">{t('contracts.voided.title')}</h2>
      <div class="table-scroll">
        <table>
          <caption class="visually-hidden">{t('contracts.voided.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('contracts.field.createdAt')}</th>
              <th scope="col">{t('contracts.field.voidedAt')}</th>
              <th scope="col">{t('contracts.field.voidReason')}</th>
              <th scope="col">{t('contracts.field.pdf')}</th>
            </tr>
          </thead>
          <tbody>
            {contracts.map((c) => (
              <tr key={c.id}>
                <td>{formatDateTime(locale, c.createdAt)}</td>
                <td>{c.voidedAt ? formatDateTime(locale, c.voidedAt) : ''}</td>
                <td>{c.voidReason}</td>
                <td>
                  <a href={`/contracts/${c.id}/contract.pdf`} aria-label={t('contracts.pdf.downloadVoided', { at: formatDateTime(locale, c.createdAt) })}>
                    {t('contracts.pdf.download')}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/**
 * A placement's contract page, for every side: the written-form calculation with its reasons, the
 * live contract and the voided ones; the host organization also generates, records the signature
 * and voids here. Formal "Ön" (the organization is the one who acts).
 */
export function ContractPage({ data, today, problem }: Props) {
  const { t } = usePage();
  const { placement, live, calculation, may } = data;
  const url = `/applications/${placement.id}/contract`;
  const stored = live ? requirementOf(live) : null;
  const generateValues = { ...data.prefill, ...stateOf(problem, 'generate').values };
  const shown = { generate: may.generate, sign: !!live && may.sign, void: !!live && may.void };
  return (
    <>
      <h1>{t('contracts.page.title', { title: placement.opportunityTitle })}</h1>
      <p>
        {t('contracts.page.parties', {
          volunteer: formatPersonName(placement.volunteerFamilyName, placement.volunteerGivenName),
          organization: placement.organizationName,
        })}
      </p>
      <p>
        <a href={`/applications/${placement.id}`}>{t('contracts.page.back')}</a>
      </p>
      {problem && !shown[problem.form] && <ErrorSummary errors={problem.errors} />}
      <section aria-labelledby="contract-requirement">
        <h2 id="contract-requirement">{t('contracts.requirement.title')}</h2>
        {stored ? (
          <>
            <p>{t('contracts.requirement.asGenerated')}</p>
            <PlacementRequirementReasons requirement={stored} abroadBan={false} />
          </>
        ) : (
          <>
            <PlacementRequirementReasons requirement={calculation.requirement} abroadBan={!!calculation.abroadBan} />
            <h3>{t('contracts.facts.title')}</h3>
            <DerivedFacts facts={calculation.facts} age={calculation.signing.age} ledgerTypes={data.ledgerTypes} />
            <AnswersForm action={url} answers={data.answers} term={data.prefill} />
          </>
        )}
      </section>
      <section aria-labelledby="live-contract">
        <h2 id="live-contract">{t('contracts.live.title')}</h2>
        {live ? (
          <ContractDetails contract={live} />
        ) : (
          <p class="empty-state">{t(may.generate ? 'contracts.live.emptyOrganization' : 'contracts.live.empty')}</p>
        )}
        {live && may.sign && (
          <>
            <h3>{t('contracts.sign.title')}</h3>
            <p>{t('contracts.sign.intro')}</p>
            <SignForm contract={live} state={stateOf(problem, 'sign')} today={today} />
          </>
        )}
        {live && may.void && (
          <>
            <h3>{t('contracts.void.title')}</h3>
            <p>{t('contracts.void.intro')}</p>
            <VoidForm contract={live} state={stateOf(problem, 'void')} />
          </>
        )}
      </section>
      {may.generate && (
        <section aria-labelledby="generate-contract-title">
          <h2 id="generate-contract-title">{t('contracts.generate.title')}</h2>
          <p>{t('contracts.generate.intro')}</p>
          <GenerateForm applicationId={placement.id} values={generateValues} hidden={answerValues(data.answers)} errors={stateOf(problem, 'generate').errors} />
        </section>
      )}
      <Voided contracts={data.voided} />
    </>
  );
}
