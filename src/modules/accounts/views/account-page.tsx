import { formatDate, formatPersonName, type MessageKey } from '../../../platform/i18n.js';
import { usePage } from '../../../ui/page-context.js';
import type { AccountOverview, AccountRole } from '../service.js';

/** "Önkéntes Pont koordinátor – Bajai Önkéntes Pont (Példa Központ)"; personal roles have no tenant. */
function RoleLine(props: { grant: AccountRole }) {
  const { t } = usePage();
  const { grant } = props;
  const tenant = grant.pointName ? (grant.centerName ? `${grant.pointName} (${grant.centerName})` : grant.pointName) : grant.centerName;
  return (
    <li>
      {t(`accounts.role.${grant.role}`)}
      {tenant && ` – ${tenant}`}
    </li>
  );
}

export function AccountPage(props: { account: AccountOverview }) {
  const { t, locale } = usePage();
  const { account } = props;
  const kindKey: MessageKey = account.signupKind === 'organization' ? 'accounts.account.kind.organization' : 'accounts.account.kind.volunteer';
  const waitingForOrgRole = account.signupKind === 'organization' && !account.roles.some((r) => r.role !== 'volunteer' && r.role !== 'guardian');
  return (
    <>
      <h1>{t('accounts.account.title')}</h1>
      <section aria-labelledby="account-details">
        <h2 id="account-details">{t('accounts.account.details')}</h2>
        <dl class="details">
          <dt>{t('accounts.account.name')}</dt>
          <dd>{formatPersonName(account.familyName, account.givenName)}</dd>
          <dt>{t('accounts.account.email')}</dt>
          <dd>{account.email}</dd>
          <dt>{t('accounts.account.signupKind')}</dt>
          <dd>{t(kindKey)}</dd>
          <dt>{t('accounts.account.memberSince')}</dt>
          <dd>{formatDate(locale, account.createdAt)}</dd>
        </dl>
      </section>
      <section aria-labelledby="account-roles">
        <h2 id="account-roles">{t('accounts.account.roles')}</h2>
        {account.roles.length > 0 ? (
          <ul>
            {account.roles.map((grant) => (
              <RoleLine grant={grant} />
            ))}
          </ul>
        ) : (
          <p class="muted">{t('accounts.account.noRoles')}</p>
        )}
        {waitingForOrgRole && <p>{t('accounts.account.orgPending')}</p>}
      </section>
      <section aria-labelledby="account-security">
        <h2 id="account-security">{t('accounts.account.security')}</h2>
        <p>
          <a href="/account/password">{t('accounts.account.changePassword')}</a>
        </p>
      </section>
    </>
  );
}
