import { legalAmountKinds } from '../../../db/schema/legal-data.js';
import type { ListParams, Page } from '../../../platform/list-params.js';
import type { FieldErrors } from '../../../platform/validation.js';
import { Field, SelectField } from '../../../ui/forms.js';
import { linkifiedText } from '../../../ui/linkified-text.js';
import { usePage } from '../../../ui/page-context.js';
import { volunteerHourValueFt, yearlyRewardCapFt } from '../legal-amounts.js';
import type { LegalAmountRecord } from '../legal-data-admin-service.js';
import type { AmountChange } from '../legal-data-preview.js';
import type { LegalAmountSort } from '../legal-data-repo.js';
import {
  dayText,
  ftText,
  LegalDataDeletePage,
  LegalDataFormPage,
  LegalDataListPage,
  LegalDataPreviewPage,
  legalAmountList,
  schoolCalendarList,
} from './legal-data-parts.js';

export function LegalAmountListPage(props: { page: Page<LegalAmountRecord>; params: ListParams<LegalAmountSort>; schoolYearWithoutBreaks: string | null }) {
  const { t, locale } = usePage();
  return (
    <LegalDataListPage
      list={legalAmountList}
      other={schoolCalendarList}
      page={props.page}
      params={props.params}
      schoolYearWithoutBreaks={props.schoolYearWithoutBreaks}
      columns={[
        { label: t('legal.field.effectiveFrom'), sortKey: 'effective', rowHeader: true, cell: (r) => dayText(locale, r.effectiveFrom) },
        { label: t('legal.field.kind'), cell: (r) => t(`legal.kind.${r.kind}`) },
        { label: t('legal.field.amount'), sortKey: 'amount', cell: (r) => ftText(r.amountHuf) },
        { label: t('legal.field.hourValue'), cell: (r) => ftText(volunteerHourValueFt(r.amountHuf)) },
        { label: t('legal.field.rewardCap'), cell: (r) => ftText(yearlyRewardCapFt(r.amountHuf)) },
        { label: t('legal.field.source'), cell: (r) => linkifiedText(r.source) },
      ]}
    />
  );
}

export function LegalAmountFormPage(props: { editingId?: string; values: Record<string, string>; errors?: FieldErrors }) {
  const { t } = usePage();
  const { values, errors } = props;
  return (
    <LegalDataFormPage list={legalAmountList} editingId={props.editingId} values={values} errors={errors}>
      <SelectField
        name="kind"
        label={t('legal.field.kind')}
        options={legalAmountKinds.map((k) => ({ value: k, label: t(`legal.kind.${k}`) }))}
        value={values.kind ?? 'monthly_minimum_wage'}
        error={errors?.kind}
        required
      />
      <Field name="effectiveFrom" type="date" label={t('legal.field.effectiveFrom')} value={values.effectiveFrom} error={errors?.effectiveFrom} required />
      <Field name="amount" label={t('legal.field.amount')} value={values.amount} error={errors?.amount} required inputAttrs={{ inputMode: 'numeric' }} />
    </LegalDataFormPage>
  );
}

function AmountChangeTable(props: { changes: AmountChange[] }) {
  const { t, locale } = usePage();
  const cell = (a: AmountChange['before'], pick: 'monthlyMinimumWageFt' | 'volunteerHourValueFt' | 'yearlyRewardCapFt') =>
    a ? ftText(a[pick]) : t('legal.preview.none');
  return (
    <>
      {props.changes.map((c) => (
        <table key={c.day}>
          <caption>
            {c.until
              ? t('legal.preview.fromUntil', { day: dayText(locale, c.day), until: dayText(locale, c.until) })
              : t('legal.preview.from', { day: dayText(locale, c.day) })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('legal.field.kind')}</th>
              <th scope="col">{t('legal.preview.before')}</th>
              <th scope="col">{t('legal.preview.after')}</th>
            </tr>
          </thead>
          <tbody>
            {(
              [
                ['legal.kind.monthly_minimum_wage', 'monthlyMinimumWageFt'],
                ['legal.field.hourValue', 'volunteerHourValueFt'],
                ['legal.field.rewardCap', 'yearlyRewardCapFt'],
              ] as const
            ).map(([label, pick]) => (
              <tr key={pick}>
                <th scope="row">{t(label)}</th>
                <td>{cell(c.before, pick)}</td>
                <td>{cell(c.after, pick)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </>
  );
}

/** The preview of a new or edited amount: nothing saved yet. */
export function LegalAmountPreviewPage(props: { editingId?: string; values: Record<string, string>; changes: AmountChange[] }) {
  const { t } = usePage();
  return (
    <LegalDataPreviewPage list={legalAmountList} editingId={props.editingId} values={props.values}>
      <p>{t('legal.preview.intro')}</p>
      <AmountChangeTable changes={props.changes} />
    </LegalDataPreviewPage>
  );
}

export function LegalAmountDeletePage(props: { row: LegalAmountRecord; changes: AmountChange[] }) {
  const { t } = usePage();
  return (
    <LegalDataDeletePage list={legalAmountList} id={props.row.id} title={t('legal.amounts.delete')}>
      <p class="warning" role="note">
        {t('legal.preview.editWarning')}
      </p>
      <p>{t('legal.preview.intro')}</p>
      <AmountChangeTable changes={props.changes} />
    </LegalDataDeletePage>
  );
}
