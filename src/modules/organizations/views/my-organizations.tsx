import { usePage } from '../../../ui/page-context.js';
import type { MyOrganizationRow } from '../members-repo.js';
import { OrganizationStatus } from './status-badge.js';

/** The logged-in user's organizations with their status and the user's role. */
export function MyOrganizationsPage(props: { organizations: MyOrganizationRow[] }) {
  const { t } = usePage();
  return (
    <>
      <h1>{t('organizations.my.title')}</h1>
      <p>
        <a class="button" href="/organizations/register">
          {t('organizations.my.register')}
        </a>
      </p>
      {props.organizations.length === 0 ? (
        <p class="empty-state">{t('organizations.my.empty')}</p>
      ) : (
        <div class="table-scroll">
          <table>
            <caption class="visually-hidden">{t('organizations.my.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('organizations.field.name')}</th>
                <th scope="col">{t('organizations.field.place')}</th>
                <th scope="col">{t('organizations.field.status')}</th>
                <th scope="col">{t('organizations.field.role')}</th>
              </tr>
            </thead>
            <tbody>
              {props.organizations.map((o) => (
                <tr>
                  <th scope="row">
                    <a href={`/organizations/${o.id}`}>{o.name}</a>
                  </th>
                  <td>{o.placeName}</td>
                  <td>
                    <OrganizationStatus status={o.status} />
                  </td>
                  <td>{o.role === 'admin' ? t('organizations.members.role.admin') : t('organizations.members.role.staff')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
