import type { ExportTable } from '../../platform/export.js';
import type { Translate } from '../../platform/i18n.js';
import { roleLabel } from './role-labels.js';
import type { UserListRow } from './service.js';

function statusText(t: Translate, u: UserListRow): string {
  if (u.disabledAt) return t('users.status.disabled');
  return u.emailConfirmedAt ? t('users.status.active') : t('users.status.unconfirmed');
}

/** The (filtered) user list as a spreadsheet. */
export function userExportTable(t: Translate, rows: UserListRow[]): ExportTable<UserListRow> {
  return {
    filename: 'kapocs-felhasznalok',
    sheetName: t('users.list.title'),
    rows,
    columns: [
      { header: t('users.field.familyName'), value: (u) => u.familyName },
      { header: t('users.field.givenName'), value: (u) => u.givenName },
      { header: t('users.field.email'), value: (u) => u.email, width: 36 },
      { header: t('users.field.roles'), value: (u) => u.roles.map((r) => roleLabel(t, r)).join(', '), width: 40 },
      { header: t('users.field.status'), value: (u) => statusText(t, u) },
      { header: t('users.field.created'), value: (u) => u.createdAt, width: 18 },
      { header: 'ID', value: (u) => u.id, width: 38 },
    ],
  };
}
