import { can } from '../../../platform/authz.js';
import type { ListParams, Page } from '../../../platform/list-params.js';
import type { FieldErrors } from '../../../platform/validation.js';
import { ExportLinks } from '../../../ui/export-links.js';
import { ErrorSummary, Field, PostForm, SelectField, TextAreaField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { Pagination } from '../../../ui/pagination.js';
import { SortableTable } from '../../../ui/table.js';
import { legalAmountKinds } from '../../../db/schema/legal-data.js';
import { volunteerHourValueFt, yearlyRewardCapFt } from '../legal-amounts.js';
import type { LegalAmountRecord } from '../legal-data-admin-service.js';
import type { AmountChange } from '../legal-data-preview.js';
import type { LegalAmountSort } from '../legal-data-repo.js';
import { Breadcrumb, ConfirmForms, NoBreaksWarning, dayText, ftText } from './legal-data-parts.js';

const listLink = '/admin/legal-amounts';

export function LegalAmountListPage(props: { page: Page<LegalAmountRecord>; params: ListParams<LegalAmountSort>; schoolYearWithoutBreaks: string | null }) {
  const { t, locale, actor } = usePage();
  const manage = can(actor, 'legal.manage');
  return (
    <>
      <Breadcrumb />
      <h1>{t('legal.amounts.title')}</h1>
      <p class="lead">{t('legal.amounts.intro')}</p>
      <NoBreaksWarning schoolYear={props.schoolYearWithoutBreaks} />
      <p>
        {manage && (
          <a class="button" href={`${listLink}/new`}>
            {t('legal.amounts.new')}
          </a>
        )}{' '}
        <a href="/admin/school-calendar">{t('legal.calendar.title')}</a>
      </p>
      <SortableTable
        caption={t('legal.amounts.title')}
        rows={props.page.items}
        rowKey={(r) => r.id}
        sort={props.params.sort}
        dir={props.params.dir}
        emptyText={t('legal.amounts.empty')}
        columns={[
          { label: t('legal.field.effectiveFrom'), sortKey: 'effective', rowHeader: true, cell: (r) => dayText(locale, r.effectiveFrom) },
          { label: t('legal.field.kind'), cell: (r) => t(`legal.kind.${r.kind}`) },
          { label: t('legal.field.amount'), sortKey: 'amount', cell: (r) => ftText(r.amountHuf) },
          { label: t('legal.field.hourValue'), cell: (r) => ftText(volunteerHourValueFt(r.amountHuf)) },
          { label: t('legal.field.rewardCap'), cell: (r) => ftText(yearlyRewardCapFt(r.amountHuf)) },
          { label: t('legal.field.source'), cell: (r) => r.source },
          ...(manage
            ? [
                {
                  label: t('legal.field.actions'),
                  cell: (r: LegalAmountRecord) => (
                    <>
                      <a href={`${listLink}/${r.id}/edit`}>{t('legal.amounts.edit')}</a> · <a href={`${listLink}/${r.id}/delete`}>{t('legal.amounts.delete')}</a>
                    </>
                  ),
                },
              ]
            : []),
        ]}
      />
      {props.page.total > 0 && (
        <>
          <Pagination page={props.page} />
          <ExportLinks />
        </>
      )}
    </>
  );
}

export function LegalAmountFormPage(props: { editingId?: string; values: Record<string, string>; errors?: FieldErrors }) {
  const { t } = usePage();
  const { values, errors } = props;
  const title = t(props.editingId ? 'legal.amounts.edit' : 'legal.amounts.new');
  return (
    <>
      <Breadcrumb>
        <a href={listLink}>{t('legal.amounts.title')}</a>
      </Breadcrumb>
      <h1>{title}</h1>
      {props.editingId && <p class="warning" role="note">{t('legal.preview.editWarning')}</p>}
      <ErrorSummary errors={errors} />
      <PostForm action={props.editingId ? `${listLink}/${props.editingId}` : listLink}>
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
        <TextAreaField name="source" label={t('legal.field.source')} value={values.source} error={errors?.source} required maxLength={1000} />
        <p class="toolbar">
          <button type="submit">{t('legal.preview.title')}</button>
          <a href={listLink}>{t('form.cancel')}</a>
        </p>
      </PostForm>
    </>
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
    <>
      <Breadcrumb>
        <a href={listLink}>{t('legal.amounts.title')}</a>
      </Breadcrumb>
      <h1>{t('legal.preview.title')}</h1>
      <p>{t('legal.preview.intro')}</p>
      <AmountChangeTable changes={props.changes} />
      <ConfirmForms action={props.editingId ? `${listLink}/${props.editingId}` : listLink} values={props.values} confirmLabel={t('legal.preview.confirm')} />
    </>
  );
}

export function LegalAmountDeletePage(props: { row: LegalAmountRecord; changes: AmountChange[] }) {
  const { t } = usePage();
  return (
    <>
      <Breadcrumb>
        <a href={listLink}>{t('legal.amounts.title')}</a>
      </Breadcrumb>
      <h1>{t('legal.amounts.delete')}</h1>
      <p class="warning" role="note">{t('legal.preview.editWarning')}</p>
      <p>{t('legal.preview.intro')}</p>
      <AmountChangeTable changes={props.changes} />
      <ConfirmForms action={`${listLink}/${props.row.id}/delete`} values={{}} confirmLabel={t('legal.preview.confirmDelete')} backHref={listLink} />
    </>
  );
}
