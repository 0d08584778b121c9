import { benefitTypes } from '../../../db/schema/benefits.js';
import { formatDateTime, formatPersonName } from '../../../platform/i18n.js';
import type { FieldErrors } from '../../../platform/validation.js';
import { ExportLinks } from '../../../ui/export-links.js';
import { ErrorSummary } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { Pagination } from '../../../ui/pagination.js';
import { SortableTable } from '../../../ui/table.js';
import { formatFt } from '../amount-text.js';
import type { LedgerRow } from '../repo.js';
import type { Ledger, YearTotals } from '../service.js';
import { CapStatusPanel } from './cap-status-panel.js';
import { dayText } from './ledger-text.js';
import { RecordBenefitForm } from './record-form.js';

type Props = { data: Ledger; today: string; values?: Record<string, string>; errors?: FieldErrors };

const nameOr = (family: string | null, given: string | null) => (family ? formatPersonName(family, given ?? '') : '–');

function YearTotalsTable({ totals }: { totals: YearTotals }) {
  const { t } = usePage();
  const rows = benefitTypes.filter((type) => totals.byType[type]);
  return (
    <table>
      <caption>{totals.year}</caption>
      <thead>
        <tr>
          <th scope="col">{t('benefits.field.type')}</th>
          <th scope="col">{t('benefits.field.amount')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((type) => {
          const row = totals.byType[type] as { entries: number; amountHuf: number };
          return (
            <tr key={type}>
              <th scope="row">{t(`benefits.type.${type}`)}</th>
              <td>{t('benefits.totals.row', { count: row.entries, amount: formatFt(row.amountHuf) })}</td>
            </tr>
          );
        })}
        <tr>
          <th scope="row">{t('benefits.totals.total')}</th>
          <td>
            <strong>{formatFt(totals.totalHuf)}</strong>
          </td>
        </tr>
      </tbody>
    </table>
  );
}

/** A placement's benefits ledger: entries, yearly totals per type, the reward cap, and the record form for the organization. */
export function LedgerPage({ data, today, values = {}, errors }: Props) {
  const { t, locale } = usePage();
  const { placement } = data;
  const isVolunteerOnly = data.sides.length === 1 && data.sides[0] === 'volunteer';
  return (
    <>
      <p class="breadcrumb">
        <a href={`/applications/${placement.id}`}>{t('benefits.page.placement')}</a>
      </p>
      <h1>{t('benefits.page.title', { title: placement.opportunityTitle })}</h1>
      <ErrorSummary errors={errors} />
      <p>{isVolunteerOnly ? t('benefits.page.volunteerIntro') : t('benefits.page.intro')}</p>
      <dl class="details">
        <dt>{t('benefits.field.volunteer')}</dt>
        <dd>{formatPersonName(placement.volunteerFamilyName, placement.volunteerGivenName)}</dd>
        <dt>{t('benefits.field.organization')}</dt>
        <dd>{placement.organizationName}</dd>
      </dl>

      {data.caps.map((c) => (
        <CapStatusPanel key={c.year} cap={c.status} year={c.year} />
      ))}

      <h2>{t('benefits.entries.title')}</h2>
      <SortableTable
        caption={t('benefits.entries.title')}
        rows={data.entries.items}
        rowKey={(r) => r.benefit.id}
        sort="day"
        dir="desc"
        emptyText={t('benefits.entries.empty')}
        columns={[
          { label: t('benefits.field.givenOn'), rowHeader: true, cell: (r) => dayText(locale, r.benefit.givenOn) },
          { label: t('benefits.field.type'), cell: (r) => t(`benefits.type.${r.benefit.type}`) },
          {
            label: t('benefits.field.amount'),
            cell: (r) => (r.benefit.deletedAt ? <del>{formatFt(r.benefit.amountHuf)}</del> : formatFt(r.benefit.amountHuf)),
          },
          { label: t('benefits.field.kind'), cell: (r) => (r.benefit.reimbursement ? t('benefits.kind.reimbursement') : t('benefits.kind.inKind')) },
          {
            label: t('benefits.field.description'),
            cell: (r) => (
              <>
                {r.benefit.description ?? '–'}
                {r.benefit.deletedAt && (
                  <p>
                    <strong>
                      {t('benefits.entries.deleted', {
                        name: nameOr(r.deletedByFamilyName, r.deletedByGivenName),
                        at: formatDateTime(locale, r.benefit.deletedAt),
                        reason: r.benefit.deletionReason ?? '',
                      })}
                    </strong>
                  </p>
                )}
              </>
            ),
          },
          { label: t('benefits.field.recordedBy'), cell: (r) => nameOr(r.recordedByFamilyName, r.recordedByGivenName) },
          ...(data.may.correct
            ? [
                {
                  label: t('benefits.field.actions'),
                  cell: (r: LedgerRow) =>
                    r.benefit.deletedAt ? (
                      '–'
                    ) : (
                      <a href={`/benefits/${r.benefit.id}/delete`}>
                        {t('benefits.delete.link')}
                        <span class="visually-hidden">
                          {` – ${dayText(locale, r.benefit.givenOn)}, ${t(`benefits.type.${r.benefit.type}`)}, ${formatFt(r.benefit.amountHuf)}`}
                        </span>
                      </a>
                    ),
                },
              ]
            : []),
        ]}
      />
      {data.entries.total > 0 && (
        <>
          <Pagination page={data.entries} />
          <ExportLinks />
        </>
      )}

      <h2>{t('benefits.totals.title')}</h2>
      {data.yearTotals.length > 0 ? (
        <>
          {data.yearTotals.map((year) => (
            <YearTotalsTable key={year.year} totals={year} />
          ))}
          <p class="muted">{t('benefits.totals.note')}</p>
        </>
      ) : (
        <p class="empty-state">{t('benefits.totals.empty')}</p>
      )}

      {data.may.record ? (
        <RecordBenefitForm applicationId={placement.id} today={today} values={values} errors={errors} cap={data.cap} />
      ) : (
        data.may.correct && <p class="empty-state">{t('benefits.form.notAgreed')}</p>
      )}
    </>
  );
}
