import { usePage } from '../../../ui/page-context.js';

/** Active, disabled, or waiting for the e-mail confirmation. */
export function UserStatus(props: { user: { disabledAt: Date | null; emailConfirmedAt: Date | null } }) {
  const { t } = usePage();
  if (props.user.disabledAt) return <strong>{t('users.status.disabled')}</strong>;
  if (!props.user.emailConfirmedAt) return <span>{t('users.status.unconfirmed')}</span>;
  return <span>{t('users.status.active')}</span>;
}
