import { roles } from '../../../platform/authz.js';
import { formatDate, formatPersonName } from '../../../platform/i18n.js';
import type { ListParams, Page } from '../../../platform/list-params.js';
import { Field, SelectField } from '../../../ui/forms.js';
import { ListFilters, ListPage } from '../../../ui/list-page.js';
import { usePage } from '../../../ui/page-context.js';
import { roleLabel } from '../role-labels.js';
import type { UserFilter, UserSort } from '../schema.js';
import type { UserListRow } from '../service.js';
import { UserStatus } from './user-status.js';

export function UserListPage(props: { page: Page<UserListRow>; params: ListParams<UserSort>; filter: UserFilter; national: boolean }) {
  const { t, locale } = usePage();
  const { filter } = props;
  return (
    <ListPage
      title={t('users.list.title')}
      breadcrumb={<a href="/admin">{t('nav.admin')}</a>}
      page={props.page}
      params={props.params}
      rowKey={(u) => u.id}
      emptyText={filter.q || filter.role ? t('users.list.noMatch') : t('users.list.empty')}
      columns={[
        {
          label: t('users.field.name'),
          sortKey: 'name',
          rowHeader: true,
          cell: (u) => <a href={`/admin/users/${u.id}`}>{formatPersonName(u.familyName, u.givenName)}</a>,
        },
        { label: t('users.field.email'), sortKey: 'email', cell: (u) => u.email },
        { label: t('users.field.roles'), cell: (u) => u.roles.map((r) => roleLabel(t, r)).join(', ') },
        { label: t('users.field.status'), cell: (u) => <UserStatus user={u} /> },
        { label: t('users.field.created'), sortKey: 'created', cell: (u) => formatDate(locale, u.createdAt) },
      ]}
    >
      <p class="muted">{props.national ? t('users.list.introNational') : t('users.list.introCenter')}</p>
      <ListFilters action="/admin/users" params={props.params}>
        <Field name="q" type="search" label={t('users.filter.q')} value={filter.q} maxLength={200} />
        <SelectField
          name="role"
          label={t('users.filter.role')}
          options={roles.map((r) => ({ value: r, label: roleLabel(t, r) }))}
          value={filter.role}
          emptyLabel={t('users.filter.anyRole')}
        />
      </ListFilters>
    </ListPage>
  );
}
