import { formatPersonName } from '../../../platform/i18n.js';
import { ErrorSummary, Field, PostForm, SelectField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import type { MemberRow } from '../members-repo.js';
import type { FormState } from './organization-page.js';

/** The members list; admins (and the center's vetters) add by e-mail and remove after confirmation. */
export function OrganizationMembers(props: { organizationId: string; members: MemberRow[]; manage: boolean; state?: FormState }) {
  const { t } = usePage();
  const errors = props.state?.errors;
  const values = props.state?.values ?? {};
  const roleLabel = (role: string) => (role === 'admin' ? t('organizations.members.role.admin') : t('organizations.members.role.staff'));
  return (
    <>
      <h3>{t('organizations.members.title')}</h3>
      <ul class="member-list">
        {props.members.map((m) => {
          const name = formatPersonName(m.familyName, m.givenName);
          return (
            <li>
              {name} ({roleLabel(m.role)})
              {props.manage && (
                <>
                  {' '}
                  <a href={`/organizations/${props.organizationId}/members/${m.userId}/delete`}>
                    {t('organizations.members.remove')}
                    <span class="visually-hidden"> – {name}</span>
                  </a>
                </>
              )}
            </li>
          );
        })}
      </ul>
      {props.manage && (
        <section aria-labelledby="member-add-heading">
          <h4 id="member-add-heading">{t('organizations.members.add')}</h4>
          <ErrorSummary errors={errors} />
          <PostForm action={`/organizations/${props.organizationId}/members`}>
            <Field
              name="email"
              type="email"
              label={t('organizations.members.email')}
              hint={t('organizations.members.addHint')}
              value={values.email}
              error={errors?.email}
              required
              autocomplete="off"
            />
            <SelectField
              name="role"
              label={t('organizations.field.role')}
              options={[
                { value: 'staff', label: roleLabel('staff') },
                { value: 'admin', label: roleLabel('admin') },
              ]}
              value={values.role ?? 'staff'}
              error={errors?.role}
            />
            <button type="submit">{t('organizations.members.add')}</button>
          </PostForm>
        </section>
      )}
    </>
  );
}
