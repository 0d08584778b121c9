import { formatDate } from '../../../platform/i18n.js';
import type { ListParams, Page } from '../../../platform/list-params.js';
import { Field, SelectField } from '../../../ui/forms.js';
import { ListFilters, ListPage } from '../../../ui/list-page.js';
import { usePage } from '../../../ui/page-context.js';
import { hostTypeLabel } from '../host-types.js';
import { medianHoursText, withinShareText } from '../responsiveness-text.js';
import { type OrganizationFilter, type OrganizationSort, organizationStatuses } from '../schema.js';
import type { ListedOrganization, Organization } from '../service.js';
import { OrganizationStatus, statusKey } from './status-badge.js';

/** Coordinators: the vetting queue, then every organization with filters, paging, sorting, export. */
export function CenterOrganizationsPage(props: {
  queue: Organization[];
  showQueue: boolean;
  page: Page<ListedOrganization>;
  params: ListParams<OrganizationSort>;
  filter: OrganizationFilter;
}) {
  const { t, locale } = usePage();
  const { filter } = props;
  return (
    <>
      <h1>{t('organizations.center.title')}</h1>
      <p class="muted">{t('organizations.center.intro')}</p>
      {props.showQueue && (
        <section aria-labelledby="queue-heading">
          <h2 id="queue-heading">{t('organizations.queue.title')}</h2>
          {props.queue.length === 0 ? (
            <p class="empty-state">{t('organizations.queue.empty')}</p>
          ) : (
            <ul>
              {props.queue.map((o) => (
                <li>
                  <a href={`/organizations/${o.id}`}>{o.name}</a> – {o.placeLabel} ({formatDate(locale, o.updatedAt)})
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <ListPage
        title={t('organizations.title')}
        headingLevel={2}
        page={props.page}
        params={props.params}
        rowKey={(o) => o.id}
        emptyText={filter.q || filter.status ? t('organizations.list.noMatch') : t('organizations.list.empty')}
        columns={[
          { label: t('organizations.field.name'), sortKey: 'name', rowHeader: true, cell: (o) => <a href={`/organizations/${o.id}`}>{o.name}</a> },
          { label: t('organizations.field.status'), sortKey: 'status', cell: (o) => <OrganizationStatus status={o.status} /> },
          { label: t('organizations.field.hostType'), cell: (o) => hostTypeLabel(o.hostType, locale) },
          { label: t('organizations.field.place'), sortKey: 'place', cell: (o) => o.placeName },
          { label: t('organizations.field.taxNumber'), cell: (o) => o.taxNumber ?? '' },
          { label: t('organizations.field.created'), sortKey: 'created', cell: (o) => formatDate(locale, o.createdAt) },
          { label: t('organizations.responsiveness.median'), sortKey: 'responseMedian', cell: (o) => medianHoursText(t, locale, o.responseMedianHours) },
          { label: t('organizations.responsiveness.share'), sortKey: 'responseShare', cell: (o) => withinShareText(t, o.responseWithinShare) },
        ]}
      >
        <ListFilters action="/center/organizations" params={props.params}>
          <Field name="q" type="search" label={t('organizations.filter.q')} value={filter.q} maxLength={200} />
          <SelectField
            name="status"
            label={t('organizations.filter.status')}
            options={organizationStatuses.map((s) => ({ value: s, label: t(statusKey(s)) }))}
            value={filter.status}
            emptyLabel={t('organizations.filter.anyStatus')}
          />
        </ListFilters>
      </ListPage>
    </>
  );
}
