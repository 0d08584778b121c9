import { usePage } from '../../../ui/page-context.js';

/** Köt. 14. §: an organization without a Köt. registration number keeps no register; said to it ("Ön"). */
export function NotKeptNotice({ organization }: { organization: { id: string; name: string } }) {
  const { t } = usePage();
  return (
    <section aria-labelledby="register-not-kept" class="empty-state">
      <h2 id="register-not-kept">{t('register.notKept.title')}</h2>
      <p>{t('register.notKept.body', { name: organization.name })}</p>
      <p>
        <a href={`/organizations/${organization.id}`}>{organization.name}</a>
      </p>
    </section>
  );
}
