import { formatDate } from '../../../platform/i18n.js';
import { usePage } from '../../../ui/page-context.js';
import { registerColumnHeader, registerColumns } from '../columns.js';
import type { RegisterRow } from '../register-row.js';
import type { RegisterOrganization } from '../repo.js';
import { NotKeptNotice } from './not-kept.js';
import { RegisterCell } from './register-cell.js';

type Props = { organization: RegisterOrganization; keeps: boolean; year: number; rows: RegisterRow[]; printedAt: Date };

/** The register of a year for printing: all rows, every column, the organization, its Köt. number and the date printed. */
export function RegisterPrintPage({ organization, keeps, year, rows, printedAt }: Props) {
  const { t, locale } = usePage();
  const title = t('register.print.title', { year });
  return (
    <>
      <p class="breadcrumb">
        <a href={`/organizations/${organization.id}/register?year=${year}`}>{t('register.print.back')}</a>
      </p>
      <h1>{title}</h1>
      {!keeps ? (
        <NotKeptNotice organization={organization} />
      ) : (
        <>
          <dl class="details">
            <dt>{t('register.print.organization')}</dt>
            <dd>{organization.name}</dd>
            <dt>{t('register.print.kotNumber')}</dt>
            <dd>{organization.kotRegistrationNumber}</dd>
            <dt>{t('register.print.printedOn')}</dt>
            <dd>{formatDate(locale, printedAt)}</dd>
            <dt>{t('register.print.rows')}</dt>
            <dd>{rows.length}</dd>
          </dl>
          {rows.length === 0 ? (
            <p class="empty-state">{t('register.list.empty')}</p>
          ) : (
            // Focusable, so a keyboard user can scroll the wide table on screen (axe: scrollable-region-focusable).
            <div class="table-scroll" tabindex={0} role="region" aria-label={title}>
              <table>
                <caption>{`${title} – ${organization.name}`}</caption>
                <thead>
                  <tr>
                    {registerColumns.map((c) => (
                      <th scope="col">{registerColumnHeader(t, c)}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.id}>
                      {registerColumns.map((c, i) =>
                        i === 0 ? (
                          <th scope="row">
                            <RegisterCell column={c} row={row} />
                          </th>
                        ) : (
                          <td>
                            <RegisterCell column={c} row={row} />
                          </td>
                        ),
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </>
  );
}
