import { formatPersonName } from '../../../platform/i18n.js';
import type { Page } from '../../../platform/list-params.js';
import type { FieldErrors } from '../../../platform/validation.js';
import { ErrorSummary, Field, PostForm } from '../../../ui/forms.js';
import { ListPage } from '../../../ui/list-page.js';
import { usePage } from '../../../ui/page-context.js';
import { PlaceField } from '../../../ui/place-field.js';
import type { CompanyListRow } from '../repo.js';

/** Center staff: the companies of their center(s). */
export function CompaniesListPage(props: { page: Page<CompanyListRow>; params: { sort: string; dir: 'asc' | 'desc' } }) {
  const { t } = usePage();
  return (
    <ListPage
      title={t('companies.manage.title')}
      page={props.page}
      params={props.params}
      rowKey={(r) => r.id}
      emptyText={t('companies.manage.empty')}
      columns={[
        { label: t('companies.field.name'), sortKey: 'name', rowHeader: true, cell: (r) => <a href={`/companies/manage/${r.id}/edit`}>{r.name}</a> },
        { label: t('companies.field.taxNumber'), cell: (r) => r.taxNumber ?? '' },
        { label: t('companies.field.place'), cell: (r) => r.placeName ?? '' },
        { label: t('companies.list.coordinators'), cell: (r) => r.coordinators },
        { label: t('companies.list.teams'), cell: (r) => r.teams },
        { label: t('companies.list.home'), cell: (r) => <a href={`/companies/${r.id}`}>{t('companies.list.open', { name: r.name })}</a> },
      ]}
    >
      <p>
        <a class="button" href="/companies/manage/new">
          {t('companies.manage.new')}
        </a>
      </p>
    </ListPage>
  );
}

type Coordinator = { userId: string; familyName: string; givenName: string; email: string };

/** Create or edit a company; when editing, its coordinators and the form to appoint one. */
export function CompanyFormPage(props: {
  values: Record<string, string>;
  errors?: FieldErrors;
  company?: { id: string; name: string; coordinators: Coordinator[] };
  appoint?: { values: Record<string, string>; errors?: FieldErrors };
}) {
  const { t } = usePage();
  const { values, errors, company } = props;
  return (
    <>
      <p class="breadcrumb">
        <a href="/companies/manage">{t('companies.manage.title')}</a>
      </p>
      <h1>{company ? t('companies.edit.title', { name: company.name }) : t('companies.new.title')}</h1>
      <ErrorSummary errors={errors ?? props.appoint?.errors} />
      <PostForm action={company ? `/companies/manage/${company.id}` : '/companies/manage'}>
        <Field name="name" label={t('companies.field.name')} value={values.name} error={errors?.name} required maxLength={200} autocomplete="organization" />
        <Field
          name="taxNumber"
          label={t('companies.field.taxNumber')}
          hint={t('organizations.field.taxNumberHint')}
          value={values.taxNumber}
          error={errors?.taxNumber}
          maxLength={30}
          inputAttrs={{ inputMode: 'numeric' }}
        />
        <PlaceField name="place" label={t('companies.field.place')} value={values.place} error={errors?.place} required />
        <Field
          name="address"
          label={t('companies.field.address')}
          value={values.address}
          error={errors?.address}
          maxLength={300}
          autocomplete="street-address"
        />
        <Field name="email" type="email" label={t('companies.field.email')} value={values.email} error={errors?.email} maxLength={254} autocomplete="email" />
        <Field name="phone" type="tel" label={t('companies.field.phone')} value={values.phone} error={errors?.phone} maxLength={30} autocomplete="tel" />
        <button type="submit">{t('form.save')}</button>
      </PostForm>
      {company && (
        <section aria-labelledby="coordinators-heading">
          <h2 id="coordinators-heading">{t('companies.coordinators.title')}</h2>
          {company.coordinators.length ? (
            <ul>
              {company.coordinators.map((c) => (
                <li key={c.userId}>
                  {formatPersonName(c.familyName, c.givenName)} ({c.email})
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('companies.coordinators.none')}</p>
          )}
          <PostForm action={`/companies/manage/${company.id}/coordinators`}>
            <Field
              name="email"
              type="email"
              label={t('companies.coordinators.email')}
              hint={t('companies.coordinators.hint')}
              value={props.appoint?.values.email}
              error={props.appoint?.errors?.email}
              required
              maxLength={254}
            />
            <button type="submit">{t('companies.coordinators.appoint')}</button>
          </PostForm>
        </section>
      )}
    </>
  );
}
