import type { FieldErrors } from '../../../platform/validation.js';
import { ExportLinks } from '../../../ui/export-links.js';
import { usePage } from '../../../ui/page-context.js';
import { Pagination } from '../../../ui/pagination.js';
import { SortableTable, type TableColumn } from '../../../ui/table.js';
import { RelatedArticle } from '../../knowledge/views/related-article.js';
import { registerColumnHeader, registerColumns } from '../columns.js';
import type { RegisterRow } from '../register-row.js';
import type { RegisterYear } from '../service.js';
import { NotKeptNotice } from './not-kept.js';
import { RegisterCell } from './register-cell.js';
import { YearForm } from './year-form.js';

type Props = { data: RegisterYear; sort: string; dir: 'asc' | 'desc'; yearValue: string; errors?: FieldErrors };

/** Sortable columns: the name (Hungarian order) and the start. */
const sortOf: Partial<Record<string, string>> = { 'register.field.familyName': 'name', 'register.field.startsOn': 'start' };

/** The organization's register for a year ("Ön"): every column of Köt. 14. §, paged, with CSV/XLSX, print and the purge link. */
export function RegisterListPage({ data, sort, dir, yearValue, errors }: Props) {
  const { t } = usePage();
  const { organization } = data;
  const base = `/organizations/${organization.id}/register`;
  const columns: TableColumn<RegisterRow>[] = registerColumns.map((column, i) => ({
    label: registerColumnHeader(t, column),
    sortKey: sortOf[column.label],
    rowHeader: i === 0,
    cell: (row: RegisterRow) => <RegisterCell column={column} row={row} />,
  }));
  columns.push({
    label: t('register.field.actions'),
    cell: (row) =>
      row.applicationId ? (
        <a href={`/applications/${row.applicationId}/register`}>
          {t('register.list.edit')}
          <span class="visually-hidden">{` – ${row.familyName} ${row.givenName}`}</span>
        </a>
      ) : (
        '–'
      ),
  });
  return (
    <>
      <p class="breadcrumb">
        <a href={`/organizations/${organization.id}`}>{organization.name}</a>
      </p>
      <h1>{t('register.list.title', { year: data.year, name: organization.name })}</h1>
      {!data.keeps ? (
        <NotKeptNotice organization={organization} />
      ) : (
        <>
          <p>{t('register.list.intro')}</p>
          <RelatedArticle slug="az-onkentesek-nyilvantartasa" label="knowledge.related.register" />
          <p>{t('register.list.kotNumber', { number: organization.kotRegistrationNumber ?? '' })}</p>
          <YearForm organizationId={organization.id} years={data.years} value={yearValue} errors={errors} />
          {data.flaggedCount > 0 && (
            <p role="note">
              <strong>{t('register.list.flagged', { count: data.flaggedCount })}</strong> <a href={`${base}/purge`}>{t('register.list.purgeLink')}</a>
            </p>
          )}
          <SortableTable
            caption={t('register.list.title', { year: data.year, name: organization.name })}
            rows={data.rows.items}
            rowKey={(r) => r.id}
            sort={sort}
            dir={dir}
            emptyText={t('register.list.empty')}
            columns={columns}
          />
          {data.rows.total > 0 && (
            <>
              <Pagination page={data.rows} />
              <ExportLinks />
              <p>
                <a href={`${base}/print?year=${data.year}`}>{t('register.list.print')}</a>
              </p>
            </>
          )}
        </>
      )}
    </>
  );
}
